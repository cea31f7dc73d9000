// catchret from %catchpad to label %dest
package dev.irscope.ir;

public final class CatchReturnInst extends Instruction {
  public CatchReturnInst(Value catchPad, BasicBlock dest) {
    super(Opcode.CATCHRET, PrimitiveType.VOID);
    initOperands(catchPad, dest);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("catchret from ");
    w.operand(operand(0));
    w.append(" to ");
    w.typedOperand(operand(1));
  }

  @Override
  protected CatchReturnInst cloneImpl() {
    return new CatchReturnInst(operand(0), (BasicBlock) operand(1));
  }
}
