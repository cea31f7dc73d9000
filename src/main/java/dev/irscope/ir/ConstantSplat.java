// splat (T v): a vector constant with every element equal to one scalar constant.
package dev.irscope.ir;

public final class ConstantSplat extends Constant {
  public ConstantSplat(VectorType type, Constant element) {
    super(type);
    initOperands(element);
  }

  public Constant element() {
    return (Constant) operand(0);
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("splat (");
    w.typedOperand(operand(0));
    w.append(")");
  }
}
