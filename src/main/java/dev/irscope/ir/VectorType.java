// <N x T> and scalable <vscale x N x T>.
package dev.irscope.ir;

public final class VectorType extends Type {
  private final long length;
  private final Type elementType;
  private final boolean scalable;

  private VectorType(long length, Type elementType, boolean scalable) {
    this.length = length;
    this.elementType = elementType;
    this.scalable = scalable;
  }

  public static VectorType get(long length, Type elementType, boolean scalable) {
    return intern(new Key(length, elementType, scalable),
        () -> new VectorType(length, elementType, scalable));
  }

  private record Key(long length, Type element, boolean scalable) {}

  /** The element count (the minimum count for scalable vectors). */
  public long length() {
    return length;
  }

  public Type elementType() {
    return elementType;
  }

  public boolean isScalable() {
    return scalable;
  }

  @Override
  public String toString() {
    return "<" + (scalable ? "vscale x " : "") + length + " x " + elementType + ">";
  }
}
