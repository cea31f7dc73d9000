// What InstSimplify learns from the branch into a block (isImpliedByDomCondition, with the cheap
// dominance LLVM 19 uses there: the block's single predecessor ends in a conditional branch, whose
// condition is true on the edge to its first successor and false on the other). A comparison is
// implied when that condition, or one side of an `and` known true or an `or` known false (to
// LLVM's depth of 6), is a comparison of the same two values (operands swapped or not) whose
// predicate implies it or its negation (CmpInst::isImpliedTrueByMatchingCmp), or of the same
// value with another constant such that every value satisfying the known comparison satisfies
// the asked one, or none does (decided by trying the values where either comparison can change
// its answer: 0, each constant and the one after it, and the signed minimum).
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CmpInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

final class ImpliedCondition {
  private ImpliedCondition() {}

  private static final int MAX_DEPTH = 6;
  private static final Map<String, String> SWAPPED = Map.of("eq", "eq", "ne", "ne", "ugt", "ult",
      "ult", "ugt", "uge", "ule", "ule", "uge", "sgt", "slt", "slt", "sgt", "sge", "sle", "sle",
      "sge");
  private static final Map<String, String> INVERSE = Map.of("eq", "ne", "ne", "eq", "ugt", "ule",
      "ule", "ugt", "uge", "ult", "ult", "uge", "sgt", "sle", "sle", "sgt", "sge", "slt", "slt",
      "sge");

  /**
   * Whether {@code icmp pred a, b} is known true or false in block {@code at} from the branch
   * that leads there; null when the branch says nothing about it.
   */
  static Boolean atBlock(String pred, Value a, Value b, BasicBlock at) {
    List<BasicBlock> preds = CfgEdits.predecessors(at);
    if (preds == null || preds.size() != 1 || !(preds.get(0).terminator() instanceof BranchInst br)
        || !br.isConditional() || br.operand(1) == br.operand(2)) {
      return null;
    }
    return implied(br.condition(), br.operand(1) == at, pred, a, b, 0);
  }

  private static Boolean implied(Value known, boolean isTrue, String pred, Value a, Value b,
      int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    if (known instanceof BinaryOperator bo && bo.type() instanceof IntegerType t && t.bits() == 1
        && (bo.opcode() == Opcode.AND && isTrue || bo.opcode() == Opcode.OR && !isTrue)) {
      Boolean r = implied(bo.operand(0), isTrue, pred, a, b, depth + 1);
      return r != null ? r : implied(bo.operand(1), isTrue, pred, a, b, depth + 1);
    }
    if (!(known instanceof CmpInst cmp) || cmp.opcode() != Opcode.ICMP
        || !SWAPPED.containsKey(cmp.predicate())) {
      return null;
    }
    String p1 = isTrue ? cmp.predicate() : INVERSE.get(cmp.predicate());
    Value x = cmp.operand(0);
    Value y = cmp.operand(1);
    if (x instanceof ConstantInt && !(y instanceof ConstantInt)) {
      p1 = SWAPPED.get(p1);
      x = cmp.operand(1);
      y = cmp.operand(0);
    }
    if (a instanceof ConstantInt && !(b instanceof ConstantInt)) {
      return implied(x, y, p1, SWAPPED.get(pred), b, a);
    }
    return implied(x, y, p1, pred, a, b);
  }

  /** What `x p1 y` (non-constant x) says of `a p2 b`. */
  private static Boolean implied(Value x, Value y, String p1, String p2, Value a, Value b) {
    if (a == b) {
      return null;
    }
    if (x == b && same(y, a)) {
      return implied(y, x, SWAPPED.get(p1), p2, a, b);
    }
    if (x == a && same(y, b)) {
      return impliesTrue(p1, p2) ? Boolean.TRUE
          : impliesTrue(p1, INVERSE.get(p2)) ? Boolean.FALSE : null;
    }
    if (x == a && y instanceof ConstantInt c1 && b instanceof ConstantInt c2) {
      return byValues(p1, c1, p2, c2);
    }
    return null;
  }

  private static boolean same(Value p, Value q) {
    return p == q || p instanceof ConstantInt c && q instanceof ConstantInt d
        && c.type().bits() == d.type().bits() && c.bigValue().equals(d.bigValue());
  }

  /** The predicate that holds with the operands swapped. */
  static String swapped(String pred) {
    return SWAPPED.get(pred);
  }

  /** CmpInst::isImpliedTrueByMatchingCmp: p1 on two values implies p2 on them. */
  private static boolean impliesTrue(String p1, String p2) {
    return p1.equals(p2) || switch (p1) {
      case "eq" -> List.of("eq", "uge", "ule", "sge", "sle").contains(p2);
      case "ugt" -> p2.equals("ne") || p2.equals("uge");
      case "ult" -> p2.equals("ne") || p2.equals("ule");
      case "sgt" -> p2.equals("ne") || p2.equals("sge");
      case "slt" -> p2.equals("ne") || p2.equals("sle");
      default -> false;
    };
  }

  /** Whether every x with `x p1 c1` has `x p2 c2` (true), none has (false), or neither. */
  private static Boolean byValues(String p1, ConstantInt c1, String p2, ConstantInt c2) {
    IntegerType t = c1.type();
    if (t.bits() != c2.type().bits()) {
      return null;
    }
    BigInteger one = BigInteger.ONE;
    BigInteger signMin = one.shiftLeft(t.bits() - 1).negate();
    boolean always = true;
    boolean never = true;
    boolean any = false;
    for (BigInteger v : List.of(BigInteger.ZERO, c1.bigValue(), c1.bigValue().add(one),
        c2.bigValue(), c2.bigValue().add(one), signMin)) {
      ConstantInt x = ConstantInt.get(t, v);
      if (!Boolean.TRUE.equals(ConstantFolding.icmp(p1, x, c1))) {
        continue;
      }
      any = true;
      boolean holds = Boolean.TRUE.equals(ConstantFolding.icmp(p2, x, c2));
      always &= holds;
      never &= !holds;
    }
    return !any ? null : always ? Boolean.TRUE : never ? Boolean.FALSE : null;
  }
}
