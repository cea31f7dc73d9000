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

  /**
   * %name, or %N for an unnamed parameter, numbered as the printer numbers it (parameters come
   * first) without numbering the whole function.
   */
  @Override
  public String toString() {
    if (hasName()) {
      return "%" + Names.quoteLocal(name());
    }
    int slot = 0;
    for (Argument b : parent.arguments()) {
      if (b == this) {
        break;
      }
      slot += b.hasName() ? 0 : 1;
    }
    return "%" + slot;
  }
}
