// ret void | ret T %v
package dev.irscope.ir;

public final class ReturnInst extends Instruction {
  public ReturnInst(Value value) {
    super(Opcode.RET, PrimitiveType.VOID);
    initOperands(value == null ? new Value[0] : new Value[] {value});
  }

  public Value returnValue() {
    return numOperands() == 0 ? null : operand(0);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("ret ");
    if (numOperands() == 0) {
      w.append("void");
    } else {
      w.typedOperand(operand(0));
    }
  }

  @Override
  protected ReturnInst cloneImpl() {
    return new ReturnInst(returnValue());
  }
}
