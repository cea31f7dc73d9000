// The few foldings the transforms need: an integer comparison of two constants, and of a value
// with itself (x == x is true, x != x false, x < x false, x <= x true; LLVM's InstSimplify
// folds these for any non-poison-producing operands); and, for the inliner, what LLVM's
// ConstantFoldInstruction does once an argument became a constant: integer casts (trunc, zext,
// sext), integer binary operators, icmp, select on a constant condition and freeze of an integer
// constant. Results that would be poison (a flag violated, a shift past the width) or undefined
// (division by zero, INT_MIN / -1) are not folded.
package dev.irscope.transform;

import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Flags;
import dev.irscope.ir.FreezeInst;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Value;
import java.math.BigInteger;
import java.util.function.UnaryOperator;

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

  /**
   * What {@code i} computes when it folds, its operands read through {@code value} (the
   * identity, or the constants known for them): a constant, or for a select on a constant
   * condition the chosen operand; null when it does not fold.
   */
  public static Value fold(Instruction i, UnaryOperator<Value> value) {
    if (i instanceof SelectInst) {
      return value.apply(i.operand(0)) instanceof ConstantInt c && c.type().bits() == 1
          ? value.apply(i.operand(c.isZero() ? 2 : 1)) : null;
    }
    if (i instanceof ICmpInst cmp) {
      Boolean r = icmp(cmp.predicate(), value.apply(i.operand(0)), value.apply(i.operand(1)));
      return r == null || !(cmp.type() instanceof IntegerType) ? null
          : r ? ConstantInt.getTrue() : ConstantInt.getFalse();
    }
    if (i instanceof FreezeInst) {
      return value.apply(i.operand(0)) instanceof ConstantInt c ? c : null;
    }
    if (!(i.type() instanceof IntegerType t)
        || !(value.apply(i.operand(0)) instanceof ConstantInt a)) {
      return null;
    }
    if (i instanceof CastInst) {
      return cast(i, a, t);
    }
    if (i instanceof BinaryOperator && value.apply(i.operand(1)) instanceof ConstantInt b) {
      BigInteger r = binary(i, a, b, t.bits());
      return r == null ? null : ConstantInt.get(t, r);
    }
    return null;
  }

  private static Value cast(Instruction i, ConstantInt a, IntegerType t) {
    int from = a.type().bits();
    BigInteger u = a.bigValue().and(mask(from));
    return switch (i.opcode()) {
      case TRUNC -> i.flags() == 0 ? ConstantInt.get(t, u) : null;
      case ZEXT -> i.hasFlag(Flags.NNEG) && a.bigValue().signum() < 0 ? null
          : ConstantInt.get(t, u);
      case SEXT -> ConstantInt.get(t, a.bigValue());
      default -> null;
    };
  }

  /** The result of an integer binary operator, or null when it is poison, UB or not modelled. */
  private static BigInteger binary(Instruction i, ConstantInt a, ConstantInt b, int bits) {
    BigInteger ua = a.bigValue().and(mask(bits));
    BigInteger ub = b.bigValue().and(mask(bits));
    BigInteger sa = signed(ua, bits);
    BigInteger sb = signed(ub, bits);
    BigInteger exactU;
    BigInteger exactS;
    switch (i.opcode()) {
      case ADD -> { exactU = ua.add(ub); exactS = sa.add(sb); }
      case SUB -> { exactU = ua.subtract(ub); exactS = sa.subtract(sb); }
      case MUL -> { exactU = ua.multiply(ub); exactS = sa.multiply(sb); }
      case AND -> { return ua.and(ub); }
      case OR -> {
        return i.hasFlag(Flags.DISJOINT) && ua.and(ub).signum() != 0 ? null : ua.or(ub);
      }
      case XOR -> { return ua.xor(ub); }
      case SHL, LSHR, ASHR -> { return shift(i, ua, sa, ub, bits); }
      case UDIV, UREM, SDIV, SREM -> { return divide(i, ua, sa, ub, sb, bits); }
      default -> { return null; }
    }
    boolean nuw = i.hasFlag(Flags.NUW);
    boolean nsw = i.hasFlag(Flags.NSW);
    if ((nuw && !exactU.equals(exactU.and(mask(bits))))
        || (nsw && !exactS.equals(signed(exactS.and(mask(bits)), bits)))) {
      return null; // poison
    }
    return exactU;
  }

  private static BigInteger shift(Instruction i, BigInteger ua, BigInteger sa, BigInteger ub,
      int bits) {
    if (ub.compareTo(BigInteger.valueOf(bits)) >= 0) {
      return null; // poison
    }
    int n = ub.intValue();
    BigInteger r = switch (i.opcode()) {
      case SHL -> ua.shiftLeft(n);
      case LSHR -> ua.shiftRight(n);
      default -> sa.shiftRight(n);
    };
    boolean lossy = i.opcode() == Opcode.SHL
        ? (i.hasFlag(Flags.NUW) && !r.equals(r.and(mask(bits))))
            || (i.hasFlag(Flags.NSW) && !signed(r.and(mask(bits)), bits).shiftRight(n).equals(sa))
        : i.hasFlag(Flags.EXACT) && !(i.opcode() == Opcode.LSHR ? ua : sa)
            .equals(r.shiftLeft(n));
    return lossy ? null : r;
  }

  private static BigInteger divide(Instruction i, BigInteger ua, BigInteger sa, BigInteger ub,
      BigInteger sb, int bits) {
    if (ub.signum() == 0) {
      return null; // undefined behaviour
    }
    boolean signedOp = i.opcode() == Opcode.SDIV
        || i.opcode() == Opcode.SREM;
    if (signedOp && sb.equals(BigInteger.ONE.negate())
        && sa.equals(BigInteger.ONE.shiftLeft(bits - 1).negate())) {
      return null; // INT_MIN / -1 overflows: undefined behaviour
    }
    BigInteger[] qr = signedOp ? sa.divideAndRemainder(sb) : ua.divideAndRemainder(ub);
    boolean rem = i.opcode() == Opcode.UREM
        || i.opcode() == Opcode.SREM;
    if (!rem && i.hasFlag(Flags.EXACT) && qr[1].signum() != 0) {
      return null; // poison
    }
    return rem ? qr[1] : qr[0];
  }

  private static BigInteger mask(int bits) {
    return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  private static BigInteger signed(BigInteger u, int bits) {
    return u.testBit(bits - 1) ? u.subtract(BigInteger.ONE.shiftLeft(bits)) : u;
  }
}
