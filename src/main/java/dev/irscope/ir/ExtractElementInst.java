// extractelement <N x T> %v, iM %idx
package dev.irscope.ir;

public final class ExtractElementInst extends Instruction {
  public ExtractElementInst(Value vector, Value index) {
    super(Opcode.EXTRACTELEMENT, ((VectorType) vector.type()).elementType());
    initOperands(vector, index);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("extractelement ");
    w.typedOperands(operands());
  }

  @Override
  protected ExtractElementInst cloneImpl() {
    return new ExtractElementInst(operand(0), operand(1));
  }
}
