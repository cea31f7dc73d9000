// insertvalue T %agg, T2 %v, i, j, ...
package dev.irscope.ir;

public final class InsertValueInst extends Instruction {
  private final int[] indices;

  public InsertValueInst(Value aggregate, Value value, int[] indices) {
    super(Opcode.INSERTVALUE, aggregate.type());
    this.indices = indices.clone();
    initOperands(aggregate, value);
  }

  public int[] indices() {
    return indices.clone();
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("insertvalue ");
    w.typedOperands(operands());
    for (int i : indices) {
      w.append(", ").append(Integer.toString(i));
    }
  }

  @Override
  protected InsertValueInst cloneImpl() {
    return new InsertValueInst(operand(0), operand(1), indices);
  }
}
