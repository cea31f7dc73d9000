// resume T %v
package dev.irscope.ir;

public final class ResumeInst extends Instruction {
  public ResumeInst(Value value) {
    super(Opcode.RESUME, PrimitiveType.VOID);
    initOperands(value);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("resume ");
    w.typedOperand(operand(0));
  }

  @Override
  protected ResumeInst cloneImpl() {
    return new ResumeInst(operand(0));
  }
}
