// freeze T %x
package dev.irscope.ir;

public final class FreezeInst extends Instruction {
  public FreezeInst(Value operand) {
    super(Opcode.FREEZE, operand.type());
    initOperands(operand);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("freeze ");
    w.typedOperand(operand(0));
  }

  @Override
  protected FreezeInst cloneImpl() {
    return new FreezeInst(operand(0));
  }
}
