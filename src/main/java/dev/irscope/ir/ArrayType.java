// [N x T]
package dev.irscope.ir;

public final class ArrayType extends Type {
  private final long length;
  private final Type elementType;

  private ArrayType(long length, Type elementType) {
    this.length = length;
    this.elementType = elementType;
  }

  public static ArrayType get(long length, Type elementType) {
    return intern(new Key(length, elementType), () -> new ArrayType(length, elementType));
  }

  private record Key(long length, Type element) {}

  public long length() {
    return length;
  }

  public Type elementType() {
    return elementType;
  }

  @Override
  public String toString() {
    return "[" + Long.toUnsignedString(length) + " x " + elementType + "]";
  }
}
