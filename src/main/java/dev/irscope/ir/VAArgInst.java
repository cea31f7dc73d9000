// va_arg ptr %ap, T
package dev.irscope.ir;

public final class VAArgInst extends Instruction {
  public VAArgInst(Value list, Type type) {
    super(Opcode.VAARG, type);
    initOperands(list);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("va_arg ");
    w.typedOperand(operand(0));
    w.append(", ").append(type().toString());
  }

  @Override
  protected VAArgInst cloneImpl() {
    return new VAArgInst(operand(0), type());
  }
}
