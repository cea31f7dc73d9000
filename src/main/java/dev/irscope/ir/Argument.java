// A formal parameter of a Function.
package dev.irscope.ir;

public final class Argument extends Value {
  private final Function parent;
  private final int index;
  private AttributeSet attributes = AttributeSet.EMPTY;

  public Argument(Type type, Function parent, int index) {
    super(type);
    this.parent = parent;
    this.index = index;
  }

  public Function parent() {
    return parent;
  }

  public int index() {
    return index;
  }

  public AttributeSet attributes() {
    return attributes;
  }

  public void setAttributes(AttributeSet attributes) {
    this.attributes = attributes;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.local(this);
  }
}
