// iN constants; values up to 64 bits are kept sign-extended in a long, wider ones as BigInteger.
package dev.irscope.ir;

import java.math.BigInteger;

public final class ConstantInt extends ConstantData {
  private final long value;
  private final BigInteger big; // only when bits > 64

  private ConstantInt(IntegerType type, long value, BigInteger big) {
    super(type);
    this.value = value;
    this.big = big;
  }

  /** The constant of {@code type} whose bits are the low bits of {@code v}. */
  public static ConstantInt get(IntegerType type, BigInteger v) {
    int bits = type.bits();
    BigInteger wrapped = v.signum() < 0 || v.bitLength() >= bits ? truncate(v, bits) : v;
    if (bits <= 64) {
      long l = wrapped.longValue();
      return get(type, l);
    }
    return Uniquer.get(new Key(type, 0, wrapped), () -> new ConstantInt(type, 0, wrapped));
  }

  public static ConstantInt get(IntegerType type, long v) {
    int bits = type.bits();
    if (bits > 64) {
      return get(type, BigInteger.valueOf(v));
    }
    long s = bits == 64 ? v : (v << (64 - bits)) >> (64 - bits);
    return Uniquer.get(new Key(type, s, null), () -> new ConstantInt(type, s, null));
  }

  public static ConstantInt getTrue() {
    return get(IntegerType.I1, 1);
  }

  public static ConstantInt getFalse() {
    return get(IntegerType.I1, 0);
  }

  private static BigInteger truncate(BigInteger v, int bits) {
    BigInteger mod = BigInteger.ONE.shiftLeft(bits);
    BigInteger u = v.mod(mod);
    return u.testBit(bits - 1) ? u.subtract(mod) : u;
  }

  private record Key(Type type, long value, BigInteger big) {}

  @Override
  public IntegerType type() {
    return (IntegerType) super.type();
  }

  /** The value sign-extended to 64 bits (the low 64 bits for wider types). */
  public long longValue() {
    return big != null ? big.longValue() : value;
  }

  /** The value zero-extended, for widths up to 64 bits. */
  public long unsignedValue() {
    int bits = type().bits();
    return bits >= 64 ? longValue() : value & ((1L << bits) - 1);
  }

  public BigInteger bigValue() {
    return big != null ? big : BigInteger.valueOf(value);
  }

  public boolean isZero() {
    return big == null ? value == 0 : big.signum() == 0;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    if (type().bits() == 1) {
      w.append(value != 0 ? "true" : "false");
    } else if (big != null) {
      w.append(big.toString());
    } else {
      w.append(Long.toString(value));
    }
  }
}
