// The part of LLVM's InstSimplify (simplifyInstruction) that GVN's loads depend on: GVN first
// asks whether an instruction simplifies to a value that already exists and, if so, uses that
// value instead of numbering the instruction. What matters for load elimination is that two
// addresses become the same value: a getelementptr whose indices are all zero is its base; a
// phi whose incoming values are one value (itself aside) is that value; casts of constants, a
// truncation back through an extension, integer operations with an identity operand (x + 0,
// x * 1, x & -1, x | 0, x ^ 0, shifts by 0) or two constants, comparisons of constants or of a
// value with itself, selects with a constant condition or equal arms. Anything else is left to
// value numbering (null: no simplification). A load of constant memory is folded to what it
// reads (ConstantLoads).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Value;
import java.math.BigInteger;

final class GvnSimplify {
  private GvnSimplify() {}

  static Value simplify(Instruction i, DominatorTree dt) {
    if (i instanceof LoadInst l) {
      return ConstantLoads.fold(l);
    }
    if (i instanceof PhiInst phi) {
      return phi(phi, dt);
    }
    if (i instanceof GetElementPtrInst g) {
      for (int k = 1; k < g.numOperands(); k++) {
        if (!isZero(g.operand(k))) {
          return null;
        }
      }
      return g.type() == g.pointer().type() ? g.pointer() : null;
    }
    if (i instanceof CastInst c) {
      return cast(c);
    }
    if (i instanceof BinaryOperator b && b.type() instanceof IntegerType t) {
      return binary(b.opcode(), b.operand(0), b.operand(1), t);
    }
    if (i instanceof ICmpInst cmp && cmp.type() == dev.irscope.ir.IntegerType.I1) {
      Boolean folded = ConstantFolding.icmp(cmp.predicate(), cmp.operand(0), cmp.operand(1));
      return folded == null ? null : folded ? ConstantInt.getTrue() : ConstantInt.getFalse();
    }
    if (i instanceof SelectInst s) {
      if (s.operand(0) instanceof ConstantInt c) {
        return c.isZero() ? s.operand(2) : s.operand(1);
      }
      return s.operand(1) == s.operand(2) ? s.operand(1) : null;
    }
    return null;
  }

  /**
   * simplifyPHINode: the one value coming in, undef and poison aside (then only when it
   * dominates the phi).
   */
  private static Value phi(PhiInst phi, DominatorTree dt) {
    Value common = null;
    boolean undef = false;
    boolean poison = false;
    for (int k = 0; k < phi.numIncoming(); k++) {
      Value v = phi.incomingValue(k);
      if (v == phi) {
        continue;
      }
      if (v instanceof ConstantKeyword ck && ck.isUndefOrPoison()) {
        undef |= ck.kind() == ConstantKeyword.Kind.UNDEF;
        poison |= ck.kind() == ConstantKeyword.Kind.POISON;
        continue;
      }
      if (common != null && v != common) {
        return null;
      }
      common = v;
    }
    if (common == null) {
      return ConstantKeyword.get(phi.type(), undef ? ConstantKeyword.Kind.UNDEF
          : ConstantKeyword.Kind.POISON);
    }
    if ((undef || poison) && common instanceof Instruction ci && !dt.dominates(ci, phi)) {
      return null;
    }
    return common;
  }

  private static Value cast(CastInst c) {
    return cast(c.opcode(), c.operand(0), c.type());
  }

  /** simplifyCastInst: {@code op x to type} as a value that exists, or null. */
  static Value cast(Opcode op, Value x, dev.irscope.ir.Type type) {
    if (x instanceof ConstantInt ci && type instanceof IntegerType t) {
      BigInteger v = switch (op) {
        case TRUNC, SEXT -> ci.bigValue();
        case ZEXT -> ci.bigValue().and(mask(ci.type().bits()));
        default -> null;
      };
      return v == null ? null : ConstantInt.get(t, v);
    }
    if (x instanceof CastInst inner && inner.operand(0).type() == type) {
      Opcode a = inner.opcode();
      Opcode b = op;
      boolean back = (b == Opcode.TRUNC && (a == Opcode.ZEXT || a == Opcode.SEXT))
          || (a == Opcode.BITCAST && b == Opcode.BITCAST)
          || (a == Opcode.PTRTOINT && b == Opcode.INTTOPTR && isPointerSized(inner.type()))
          || (a == Opcode.INTTOPTR && b == Opcode.PTRTOINT && isPointerSized(type));
      return back ? inner.operand(0) : null;
    }
    return null;
  }

  private static boolean isPointerSized(dev.irscope.ir.Type t) {
    return t instanceof IntegerType it && it.bits() == 64;
  }

  private static Value binary(Opcode op, Value a, Value b, IntegerType t) {
    if (a instanceof ConstantInt x && b instanceof ConstantInt y) {
      return fold(op, x.bigValue(), y.bigValue(), t);
    }
    boolean commutative = op == Opcode.ADD || op == Opcode.MUL || op == Opcode.AND
        || op == Opcode.OR || op == Opcode.XOR;
    if (commutative && a instanceof ConstantInt) {
      Value s = a;
      a = b;
      b = s;
    }
    if (a == b) {
      return switch (op) {
        case SUB, XOR -> ConstantInt.get(t, 0);
        case AND, OR -> a;
        default -> null;
      };
    }
    if (!(b instanceof ConstantInt c)) {
      return isZero(a) && (op == Opcode.SHL || op == Opcode.LSHR || op == Opcode.ASHR) ? a
          : null;
    }
    boolean zero = c.isZero();
    boolean one = c.bigValue().and(mask(t.bits())).equals(BigInteger.ONE);
    boolean allOnes = c.bigValue().and(mask(t.bits())).equals(mask(t.bits()));
    return switch (op) {
      case ADD, SUB, OR, XOR, SHL, LSHR, ASHR -> zero ? a : op == Opcode.OR && allOnes ? b : null;
      case MUL -> one ? a : zero ? b : null;
      case AND -> allOnes ? a : zero ? b : null;
      case UDIV, SDIV -> one ? a : null;
      case UREM, SREM -> one ? ConstantInt.get(t, 0) : null;
      default -> null;
    };
  }

  private static Value fold(Opcode op, BigInteger x, BigInteger y, IntegerType t) {
    int bits = t.bits();
    BigInteger ux = x.and(mask(bits));
    BigInteger uy = y.and(mask(bits));
    BigInteger r = switch (op) {
      case ADD -> x.add(y);
      case SUB -> x.subtract(y);
      case MUL -> x.multiply(y);
      case AND -> ux.and(uy);
      case OR -> ux.or(uy);
      case XOR -> ux.xor(uy);
      case SHL -> uy.compareTo(BigInteger.valueOf(bits)) < 0 ? ux.shiftLeft(uy.intValue()) : null;
      case LSHR -> uy.compareTo(BigInteger.valueOf(bits)) < 0 ? ux.shiftRight(uy.intValue())
          : null;
      default -> null;
    };
    return r == null ? null : ConstantInt.get(t, r);
  }

  private static BigInteger mask(int bits) {
    return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  static boolean isZero(Value v) {
    return (v instanceof ConstantInt ci && ci.isZero())
        || (v instanceof ConstantKeyword k && k.isNullValue());
  }
}
