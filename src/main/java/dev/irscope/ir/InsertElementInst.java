// insertelement <N x T> %v, T %elt, iM %idx
package dev.irscope.ir;

public final class InsertElementInst extends Instruction {
  public InsertElementInst(Value vector, Value element, Value index) {
    super(Opcode.INSERTELEMENT, vector.type());
    initOperands(vector, element, index);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("insertelement ");
    w.typedOperands(operands());
  }

  @Override
  protected InsertElementInst cloneImpl() {
    return new InsertElementInst(operand(0), operand(1), operand(2));
  }
}
