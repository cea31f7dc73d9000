// attributes #N = { ... }
package dev.irscope.ir;

public final class AttributeGroup {
  private final int id;
  private AttributeSet attributes = AttributeSet.EMPTY;
  private boolean defined;

  public AttributeGroup(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  public AttributeSet attributes() {
    return attributes;
  }

  public boolean isDefined() {
    return defined;
  }

  public void define(AttributeSet attributes) {
    this.attributes = attributes;
    this.defined = true;
  }
}
