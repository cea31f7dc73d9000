// The few foldings the transforms need: an integer comparison of two constants, and of a value
// with itself (x == x is true, x != x false, x < x false, x <= x true; LLVM's InstSimplify
// folds these for any non-poison-producing operands).
package dev.irscope.transform;

import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Value;
import java.math.BigInteger;

public final class ConstantFolding {
  private ConstantFolding() {}

  /** The result of {@code icmp pred a, b}, or null when it is not known. */
  public static Boolean icmp(String pred, Value a, Value b) {
    if (a == b && a != null) {
      return switch (pred) {
        case "eq", "uge", "ule", "sge", "sle" -> true;
        case "ne", "ugt", "ult", "sgt", "slt" -> false;
        default -> null;
      };
    }
    if (!(a instanceof ConstantInt x) || !(b instanceof ConstantInt y)) {
      return null;
    }
    int bits = x.type().bits();
    BigInteger sx = x.bigValue();
    BigInteger sy = y.bigValue();
    BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    BigInteger ux = sx.and(mask);
    BigInteger uy = sy.and(mask);
    BigInteger tx = signed(ux, bits);
    BigInteger ty = signed(uy, bits);
    return switch (pred) {
      case "eq" -> ux.equals(uy);
      case "ne" -> !ux.equals(uy);
      case "ugt" -> ux.compareTo(uy) > 0;
      case "uge" -> ux.compareTo(uy) >= 0;
      case "ult" -> ux.compareTo(uy) < 0;
      case "ule" -> ux.compareTo(uy) <= 0;
      case "sgt" -> tx.compareTo(ty) > 0;
      case "sge" -> tx.compareTo(ty) >= 0;
      case "slt" -> tx.compareTo(ty) < 0;
      case "sle" -> tx.compareTo(ty) <= 0;
      default -> null;
    };
  }

  private static BigInteger signed(BigInteger u, int bits) {
    return u.testBit(bits - 1) ? u.subtract(BigInteger.ONE.shiftLeft(bits)) : u;
  }
}
