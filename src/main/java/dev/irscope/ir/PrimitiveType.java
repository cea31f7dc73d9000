// Types that are just a keyword: void, label, metadata, token, the x86 special types and the
// floating-point types.
package dev.irscope.ir;

public final class PrimitiveType extends Type {
  private final String name;
  private final boolean floatingPoint;

  PrimitiveType(String name, boolean floatingPoint) {
    this.name = name;
    this.floatingPoint = floatingPoint;
  }

  public String name() {
    return name;
  }

  @Override
  public boolean isFloatingPoint() {
    return floatingPoint;
  }

  @Override
  public String toString() {
    return name;
  }
}
