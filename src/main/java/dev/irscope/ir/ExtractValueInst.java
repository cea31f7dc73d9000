// extractvalue T %agg, i, j, ...
package dev.irscope.ir;

public final class ExtractValueInst extends Instruction {
  private final int[] indices;

  public ExtractValueInst(Type type, Value aggregate, int[] indices) {
    super(Opcode.EXTRACTVALUE, type);
    this.indices = indices.clone();
    initOperands(aggregate);
  }

  public int[] indices() {
    return indices.clone();
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("extractvalue ");
    w.typedOperand(operand(0));
    for (int i : indices) {
      w.append(", ").append(Integer.toString(i));
    }
  }

  @Override
  protected ExtractValueInst cloneImpl() {
    return new ExtractValueInst(type(), operand(0), indices);
  }
}
