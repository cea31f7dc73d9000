// InstSimplify (simplifyInstruction) on an instruction LoopRotate has copied into a preheader,
// as far as the copies of loop headers need it: GvnSimplify's rules (constants, identities,
// comparisons of a value with itself, loads of constant memory), and:
//   - the difference of two ptrtoints of one pointer at constant offsets (computePointerDifference);
//   - a comparison with zero (or null) that the other side's known bits or non-zeroness decide:
//     `x u>= 0` always, `x u< 0` never; `x s>= 0` / `x s< 0` when x is known non-negative (a zext,
//     an `and` with a non-negative constant, an `lshr` by a non-zero constant); `x u> 0`,
//     `x != 0`, `x u<= 0`, `x == 0` when x is known non-zero, `x s> 0` / `x s<= 0` when it is
//     also non-negative. A pointer is non-null as KnownNonNull finds it from the value alone; an
//     integer is non-zero when a dominating branch on a comparison of it excludes zero
//     (isKnownNonNullFromDominatingCondition, which LLVM applies to integers too);
//   - a comparison the branch into the preheader decides (ImpliedCondition).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.infer.KnownNonNull;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PtrToIntInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import java.util.function.Supplier;

final class CopySimplify {
  private CopySimplify() {}

  /**
   * What the copy {@code c}, to stand at the end of block {@code at}, simplifies to, or null;
   * {@code dt} gives the dominator tree when a dominating condition must be looked up.
   */
  static Value simplify(Instruction c, BasicBlock at, Supplier<DominatorTree> dt) {
    Value v = GvnSimplify.simplify(c, null);
    if (v != null) {
      return v;
    }
    if (c.opcode() == Opcode.SUB && c.type() instanceof IntegerType t
        && c.operand(0) instanceof PtrToIntInst a && c.operand(1) instanceof PtrToIntInst b) {
      return pointerDifference(a.operand(0), b.operand(0), t);
    }
    if (!(c instanceof ICmpInst cmp) || cmp.type() != IntegerType.I1) {
      return null;
    }
    Boolean known = withZero(cmp, at, dt);
    if (known == null) {
      known = ImpliedCondition.atBlock(cmp.predicate(), cmp.operand(0), cmp.operand(1), at);
    }
    return known == null ? null : known ? ConstantInt.getTrue() : ConstantInt.getFalse();
  }

  /** computePointerDifference: ptrtoint p - ptrtoint q of one base at constant offsets. */
  private static Value pointerDifference(Value p, Value q, IntegerType t) {
    PointerOffsets.Based a = PointerOffsets.strip(p, TypeSizes.LAYOUT, false, false, c -> null);
    PointerOffsets.Based b = PointerOffsets.strip(q, TypeSizes.LAYOUT, false, false, c -> null);
    return a.base() != b.base() ? null : ConstantInt.get(t, a.offset() - b.offset());
  }

  /** simplifyICmpWithZero: the value of `x pred 0`, or null when it is not known. */
  private static Boolean withZero(ICmpInst cmp, BasicBlock at, Supplier<DominatorTree> dt) {
    boolean rhsZero = GvnSimplify.isZero(cmp.operand(1));
    if (rhsZero == GvnSimplify.isZero(cmp.operand(0))) {
      return null;
    }
    Value x = rhsZero ? cmp.operand(0) : cmp.operand(1);
    String pred = rhsZero ? cmp.predicate() : ImpliedCondition.swapped(cmp.predicate());
    switch (pred) {
      case "uge":
        return true;
      case "ult":
        return false;
      case "sge":
      case "slt":
        return nonNegative(x) ? (Boolean) pred.equals("sge") : null;
      case "ugt":
      case "ne":
      case "ule":
      case "eq":
        return nonZero(x, at, dt) ? (Boolean) (pred.equals("ugt") || pred.equals("ne")) : null;
      case "sgt":
      case "sle":
        return nonNegative(x) && nonZero(x, at, dt) ? (Boolean) pred.equals("sgt") : null;
      default:
        return null;
    }
  }

  private static boolean nonZero(Value x, BasicBlock at, Supplier<DominatorTree> dt) {
    return x.type() instanceof PointerType ? KnownNonNull.of(x)
        : KnownNonNull.integerAt(x, at.terminator(), dt.get());
  }

  /** Known bits that leave the sign bit clear: a zext, a masking `and`, an `lshr`. */
  private static boolean nonNegative(Value x) {
    if (x instanceof ConstantInt c) {
      return c.bigValue().signum() >= 0;
    }
    if (!(x instanceof Instruction i)) {
      return false;
    }
    return switch (i.opcode()) {
      case ZEXT -> true;
      case AND -> i.operand(0) instanceof ConstantInt c && c.bigValue().signum() >= 0
          || i.operand(1) instanceof ConstantInt d && d.bigValue().signum() >= 0;
      case LSHR -> i.operand(1) instanceof ConstantInt s && !s.isZero();
      default -> false;
    };
  }
}
