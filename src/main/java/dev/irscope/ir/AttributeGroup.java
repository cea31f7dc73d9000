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

  /** Sets the attributes; a second definition of the same group adds to the first, as in LLVM. */
  public void define(AttributeSet attributes) {
    if (defined) {
      java.util.List<Attribute> merged = new java.util.ArrayList<>(this.attributes.inline());
      merged.addAll(attributes.inline());
      attributes = AttributeSet.of(merged, java.util.List.of());
    }
    this.attributes = attributes;
    this.defined = true;
  }
}
