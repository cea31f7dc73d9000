// fneg [fast-math flags] T %x
package dev.irscope.ir;

public final class UnaryOperator extends Instruction {
  public UnaryOperator(Opcode opcode, Value operand) {
    super(opcode, operand.type());
    initOperands(operand);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append(opcode().spelling()).append(" ").append(Flags.spell(flags(), false));
    w.typedOperand(operand(0));
  }

  @Override
  protected UnaryOperator cloneImpl() {
    return new UnaryOperator(opcode(), operand(0));
  }
}
