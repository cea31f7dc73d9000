// iN: an integer type of any width from 1 to 2^23.
package dev.irscope.ir;

public final class IntegerType extends Type {
  public static final IntegerType I1 = get(1);
  public static final IntegerType I8 = get(8);
  public static final IntegerType I32 = get(32);
  public static final IntegerType I64 = get(64);

  private final int bits;

  private IntegerType(int bits) {
    this.bits = bits;
  }

  public static IntegerType get(int bits) {
    return intern(new Key(bits), () -> new IntegerType(bits));
  }

  private record Key(int bits) {}

  public int bits() {
    return bits;
  }

  @Override
  public String toString() {
    return "i" + bits;
  }
}
