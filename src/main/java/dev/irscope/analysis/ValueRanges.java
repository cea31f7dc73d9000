// The range of an integer value as LLVM 19's ScalarEvolution bounds it (getUnsignedRange of the
// value's SCEV in its own loop), for the Attributor's AAValueConstantRange "known" range that
// bounds a GEP index (stripAndAccumulateOffsets), reduced to the shapes SCEV folds:
//   - a constant; a load or call with !range metadata;
//   - an induction variable: a loop-header phi whose value from the latch is the phi after a
//     chain of constant steps (add, sub, or llvm.[su](add|sub).with.overflow): an add
//     recurrence {start,+,step}. With the loop's constant maximum backedge-taken count B its
//     values are start + step*k for k in 0..B; without one the no-wrap flags of the steps bound
//     it (nsw with start and step not negative: [start, SMAX]; not positive: [SMIN, start]);
//   - add, sub, mul and shl of such a value by a constant (or a disjoint or), folded into the
//     recurrence; add, sub and mul of two bounded values (recurrences of different loops nest
//     into one; a product of two of the same loop is not affine and not bounded); an nsw add or
//     sub drops the values that would wrap, and of an unbounded value and a constant it is the
//     width's signed range moved and cut;
//   - a select of a comparison of its own operands (smax, smin); any other select, or a phi that
//     is no recurrence, only as ValueTracking bounds its operands (constants, masks, remainders,
//     the bits a zext clears or a sext copies);
//   - zext and sext of a bounded value, of an unbounded one the source width's unsigned or signed
//     range (which does not wrap in the wider type; for zext from the bits an `or` with a
//     constant sets, as computeKnownBits finds them); trunc of a value that fits; `and` with a
//     non-negative mask; urem by a constant.
// The maximum backedge-taken count comes from an exit that runs every iteration (the latch or a
// block dominating it) and compares a recurrence with a constant (lt, le, gt, ge, ne, eq, signed
// or unsigned): the first iteration k at which the exit is taken.
// A range is a signed interval that fits the value's width; a set that would wrap the signed
// boundary counts as unbounded, as its signed minimum is then of no use.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ExtractValueInst;
import dev.irscope.ir.Flags;
import dev.irscope.ir.Function;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SExtInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.TruncInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import dev.irscope.ir.ZExtInst;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

public final class ValueRanges {
  /** A signed interval [lo, hi]. */
  public record Range(long lo, long hi) {}

  /** An add recurrence {start,+,step} in {@code loop}, start given as a range. */
  private record AddRec(Loop loop, Range start, long step, boolean nsw, boolean nuw) {}

  private static final int MAX_DEPTH = 12;

  private final Function function;
  private LoopInfo loops;
  private final Map<Loop, Long> backedgeCounts = new IdentityHashMap<>();
  private final Set<Value> visiting = new HashSet<>();

  public ValueRanges(Function function) {
    this.function = function;
  }

  /** The signed minimum of {@code v}'s range, or null when it is unbounded. */
  public Long signedMin(Value v) {
    Range r = range(v, 0);
    return r == null ? null : r.lo();
  }

  /** The signed maximum of {@code v}'s range, or null when it is unbounded. */
  public Long signedMax(Value v) {
    Range r = range(v, 0);
    return r == null ? null : r.hi();
  }

  /** The range of {@code v}, or null when SCEV would not bound it. */
  public Range range(Value v, int depth) {
    int bits = v.type() instanceof IntegerType it ? it.bits() : 64;
    if (v instanceof ConstantInt c) {
      return new Range(c.longValue(), c.longValue());
    }
    if (depth > MAX_DEPTH || !(v instanceof Instruction i) || !visiting.add(v)) {
      return null;
    }
    try {
      AddRec ar = addRec(i, depth);
      if (ar != null) {
        return fit(addRecRange(ar, bits), bits);
      }
      return fit(instructionRange(i, bits, depth), bits);
    } finally {
      visiting.remove(v);
    }
  }

  private Range instructionRange(Instruction i, int bits, int depth) {
    if (i instanceof ZExtInst z) {
      int from = width(z.operand(0));
      Range r = range(z.operand(0), depth + 1);
      if (r != null && r.lo() >= 0) {
        return r;
      }
      if (r != null && r.hi() < 0 && from < 64) {
        return new Range(r.lo() + (1L << from), r.hi() + (1L << from));
      }
      return from < 63 ? new Range(knownOnes(z.operand(0)), (1L << from) - 1) : null;
    }
    if (i instanceof SExtInst s) {
      int from = width(s.operand(0));
      Range r = range(s.operand(0), depth + 1);
      return r != null || from >= 64 ? r : new Range(-(1L << (from - 1)), (1L << (from - 1)) - 1);
    }
    if (i instanceof TruncInst t) {
      return range(t.operand(0), depth + 1);
    }
    if (i.attachment("range") instanceof MDNode md && md.operands().size() == 2
        && md.operands().get(0) instanceof ValueAsMetadata lo
        && md.operands().get(1) instanceof ValueAsMetadata hi
        && lo.value() instanceof ConstantInt l && hi.value() instanceof ConstantInt h
        && l.longValue() < h.longValue()) {
      return new Range(l.longValue(), h.longValue() - 1);
    }
    if (i instanceof SelectInst sel) {
      Range mm = minMax(sel, bits, depth);
      return mm != null ? mm : union(tracked(sel.operand(1)), tracked(sel.operand(2)));
    }
    if (i instanceof PhiInst phi) {
      Range out = null;
      for (int k = 0; k < phi.numIncoming(); k++) {
        Range r = tracked(phi.incomingValue(k));
        if (r == null) {
          return null;
        }
        out = k == 0 ? r : union(out, r);
      }
      return out;
    }
    if (i instanceof BinaryOperator) {
      if (i.operand(1) instanceof ConstantInt c) {
        long m = c.longValue();
        if (i.opcode() == Opcode.AND && m >= 0) {
          return new Range(0, m);
        }
        if (i.opcode() == Opcode.UREM && m > 0) {
          return new Range(0, m - 1);
        }
      }
      if (i.opcode() == Opcode.MUL && sameLoopRecurrences(i.operand(0), i.operand(1), depth)) {
        return null; // a non-affine recurrence, which SCEV does not bound
      }
      Range l = range(i.operand(0), depth + 1);
      if (l == null && i.hasFlag(Flags.NSW) && bits < 64 && i.operand(1) instanceof ConstantInt
          && (i.opcode() == Opcode.ADD || i.opcode() == Opcode.SUB)) {
        // no signed wrap: the full signed range moved by the constant, cut to the width
        long half = 1L << (bits - 1);
        Range moved = combine(i, new Range(-half, half - 1), range(i.operand(1), depth + 1));
        return moved == null ? null
            : new Range(Math.max(moved.lo(), -half), Math.min(moved.hi(), half - 1));
      }
      Range r = l == null ? null : range(i.operand(1), depth + 1);
      Range out = r == null ? null : combine(i, l, r);
      if (out != null && i.hasFlag(Flags.NSW) && bits < 64
          && (i.opcode() == Opcode.ADD || i.opcode() == Opcode.SUB)) {
        long half = 1L << (bits - 1); // no signed wrap: what would wrap is not a value
        out = out.lo() > half - 1 || out.hi() < -half ? null
            : new Range(Math.max(out.lo(), -half), Math.min(out.hi(), half - 1));
      }
      return out;
    }
    return null;
  }

  private static Range combine(Opcode op, Range l, Range r) {
    try {
      return op == Opcode.ADD
          ? new Range(Math.addExact(l.lo(), r.lo()), Math.addExact(l.hi(), r.hi())) : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private boolean sameLoopRecurrences(Value a, Value b, int depth) {
    AddRec ra = a instanceof Instruction ia ? addRec(ia, depth + 1) : null;
    AddRec rb = b instanceof Instruction ib ? addRec(ib, depth + 1) : null;
    return ra != null && rb != null && ra.loop() == rb.loop();
  }

  /**
   * A select SCEV reads as smax, smin, umax or umin (its condition compares its two operands),
   * with an unbounded operand taken as the width's full signed range; null for another select.
   */
  private Range minMax(SelectInst sel, int bits, int depth) {
    if (!(sel.operand(0) instanceof ICmpInst cmp) || bits >= 64) {
      return null;
    }
    Value t = sel.operand(1);
    Value f = sel.operand(2);
    boolean same = cmp.operand(0) == t && cmp.operand(1) == f;
    boolean swapped = cmp.operand(0) == f && cmp.operand(1) == t;
    String p = cmp.predicate();
    if (!same && !swapped || !p.startsWith("s") || p.length() < 3) {
      return null;
    }
    boolean max = (p.startsWith("sg") == same);
    long half = 1L << (bits - 1);
    Range full = new Range(-half, half - 1);
    Range a = range(t, depth + 1);
    Range b = range(f, depth + 1);
    a = a == null ? full : a;
    b = b == null ? full : b;
    return max ? new Range(Math.max(a.lo(), b.lo()), Math.max(a.hi(), b.hi()))
        : new Range(Math.min(a.lo(), b.lo()), Math.min(a.hi(), b.hi()));
  }

  /**
   * What ValueTracking's computeConstantRange knows of a value SCEV treats as unknown (an
   * operand of a select or of a phi that is no recurrence): constants, and the masks and
   * remainders bounded by a constant, through casts.
   */
  private static Range tracked(Value v) {
    if (v instanceof ConstantInt c) {
      return new Range(c.longValue(), c.longValue());
    }
    if (v instanceof ZExtInst || v instanceof SExtInst) {
      Value src = ((Instruction) v).operand(0);
      Range r = tracked(src);
      int from = width(src);
      if (r != null && (r.lo() >= 0 || v instanceof SExtInst)) {
        return r;
      }
      if (from >= 63) {
        return null;
      }
      // the bits a zext clears, or the sign a sext copies (computeKnownBits)
      return v instanceof ZExtInst ? new Range(knownOnes(src), (1L << from) - 1)
          : new Range(-(1L << (from - 1)), (1L << (from - 1)) - 1);
    }
    if (v instanceof BinaryOperator b && b.operand(1) instanceof ConstantInt c) {
      long m = c.longValue();
      if (b.opcode() == Opcode.AND && m >= 0) {
        return new Range(0, m);
      }
      if (b.opcode() == Opcode.UREM && m > 0) {
        return new Range(0, m - 1);
      }
    }
    return null;
  }

  /** The range of the binary operator {@code i} on operands in l and r, or null. */
  private static Range combine(Instruction i, Range l, Range r) {
    try {
      return switch (i.opcode()) {
        case ADD -> new Range(Math.addExact(l.lo(), r.lo()), Math.addExact(l.hi(), r.hi()));
        case SUB -> new Range(Math.subtractExact(l.lo(), r.hi()),
            Math.subtractExact(l.hi(), r.lo()));
        case OR -> i.hasFlag(Flags.DISJOINT) || disjointConstant(i)
            ? new Range(Math.addExact(l.lo(), r.lo()), Math.addExact(l.hi(), r.hi())) : null;
        case MUL -> {
          long a = Math.multiplyExact(l.lo(), r.lo());
          long b = Math.multiplyExact(l.lo(), r.hi());
          long c = Math.multiplyExact(l.hi(), r.lo());
          long d = Math.multiplyExact(l.hi(), r.hi());
          yield new Range(Math.min(Math.min(a, b), Math.min(c, d)),
              Math.max(Math.max(a, b), Math.max(c, d)));
        }
        case SHL -> r.lo() == r.hi() && r.lo() >= 0 && r.lo() < 63
            ? new Range(Math.multiplyExact(l.lo(), 1L << r.lo()),
                Math.multiplyExact(l.hi(), 1L << r.lo()))
            : null;
        default -> null;
      };
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** The bits known one in {@code v} (of an `or` with a constant), as an unsigned minimum. */
  private static long knownOnes(Value v) {
    return v instanceof BinaryOperator or && or.opcode() == Opcode.OR
        && or.operand(1) instanceof ConstantInt c && c.longValue() > 0 ? c.longValue() : 0;
  }

  /** An `or` with a constant below the known trailing zeros of the other operand (an add). */
  private static boolean disjointConstant(Instruction or) {
    return or.operand(1) instanceof ConstantInt c && c.longValue() >= 0
        && Long.numberOfTrailingZeros(Long.highestOneBit(c.longValue()) << 1)
            <= trailingZeros(or.operand(0), 0);
  }

  /** Bits known zero at the bottom of {@code v} (computeKnownBits, for the usual shapes). */
  private static int trailingZeros(Value v, int depth) {
    if (v instanceof ConstantInt c) {
      return c.longValue() == 0 ? 64 : Long.numberOfTrailingZeros(c.longValue());
    }
    if (depth > 6 || !(v instanceof Instruction i)) {
      return 0;
    }
    if (i instanceof PhiInst phi) {
      int tz = 64;
      for (int k = 0; k < phi.numIncoming() && tz > 0; k++) {
        Value in = phi.incomingValue(k);
        boolean selfStep = in instanceof BinaryOperator b && b.operand(0) == phi
            && (b.opcode() == Opcode.ADD || b.opcode() == Opcode.SUB);
        tz = Math.min(tz, trailingZeros(selfStep ? ((Instruction) in).operand(1) : in,
            depth + 1));
      }
      return tz;
    }
    if (!(i instanceof BinaryOperator)) {
      return 0;
    }
    int a = trailingZeros(i.operand(0), depth + 1);
    int b = trailingZeros(i.operand(1), depth + 1);
    return switch (i.opcode()) {
      case ADD, SUB -> Math.min(a, b);
      case MUL -> Math.min(64, a + b);
      case SHL -> i.operand(1) instanceof ConstantInt c ? Math.min(64, a + (int) c.longValue())
          : a;
      case AND -> Math.max(a, b);
      case OR -> Math.min(a, b);
      default -> 0;
    };
  }

  /** r transformed by the binary operator {@code i} with constant {@code m}, or null. */
  private static Range affine(Instruction i, Range r, long m) {
    return combine(i, r, new Range(m, m));
  }

  /** The add recurrence {@code i} is, if SCEV folds it into one. */
  private AddRec addRec(Instruction i, int depth) {
    if (i instanceof PhiInst phi) {
      return phiRec(phi, depth);
    }
    if (i instanceof ExtractValueInst) {
      Step st = step(i);
      AddRec base = st != null && st.of() instanceof Instruction op ? addRec(op, depth + 1) : null;
      if (base == null) {
        return null;
      }
      Range start = combine(Opcode.ADD, base.start(), new Range(st.by(), st.by()));
      return start == null ? null : new AddRec(base.loop(), start, base.step(), false, false);
    }
    if (!(i instanceof BinaryOperator) || !(i.operand(1) instanceof ConstantInt c)
        || !(i.operand(0) instanceof Instruction op)) {
      return null;
    }
    AddRec base = addRec(op, depth + 1);
    if (base == null) {
      return null;
    }
    Range start = affine(i, base.start(), c.longValue());
    long step;
    try {
      step = switch (i.opcode()) {
        case ADD, SUB -> base.step();
        case OR -> i.hasFlag(Flags.DISJOINT) || disjointConstant(i) ? base.step()
            : Long.MIN_VALUE;
        case MUL -> Math.multiplyExact(base.step(), c.longValue());
        case SHL -> c.longValue() >= 0 && c.longValue() < 63
            ? Math.multiplyExact(base.step(), 1L << c.longValue()) : Long.MIN_VALUE;
        default -> Long.MIN_VALUE;
      };
    } catch (ArithmeticException e) {
      return null;
    }
    if (start == null || step == Long.MIN_VALUE) {
      return null;
    }
    return new AddRec(base.loop(), start, step, base.nsw() && i.hasFlag(Flags.NSW),
        base.nuw() && i.hasFlag(Flags.NUW));
  }

  /** A header phi of the form phi [start, outside], [phi +/- C, latch]. */
  private AddRec phiRec(PhiInst phi, int depth) {
    Loop l = loops().getLoopFor(phi.parent());
    if (l == null || l.header() != phi.parent() || phi.numIncoming() != 2) {
      return null;
    }
    Value start = null;
    Value next = null;
    for (int k = 0; k < 2; k++) {
      if (l.contains(phi.incomingBlock(k))) {
        next = phi.incomingValue(k);
      } else {
        start = phi.incomingValue(k);
      }
    }
    // the latch value is the phi after a chain of constant steps (SCEV sums them)
    long by = 0;
    boolean nsw = true;
    boolean nuw = true;
    Value at = next;
    for (int k = 0; k < 8 && at != phi; k++) {
      Step inc = at instanceof Instruction ni ? step(ni) : null;
      if (inc == null) {
        return null;
      }
      by += inc.by();
      nsw &= inc.nsw();
      nuw &= inc.nuw();
      at = inc.of();
    }
    Range s = start == null || at != phi ? null : range(start, depth + 1);
    if (s == null) {
      return null;
    }
    return new AddRec(l, s, by, nsw, nuw);
  }

  /** {@code of} plus the constant {@code by}, with its no-wrap flags. */
  private record Step(Value of, long by, boolean nsw, boolean nuw) {}

  /**
   * An add or sub of a constant, or the value of an llvm.[su](add|sub).with.overflow of one
   * (ScalarEvolution's MatchBinaryOp), as a step; null otherwise.
   */
  private static Step step(Instruction i) {
    if (i instanceof BinaryOperator && i.operand(1) instanceof ConstantInt c
        && (i.opcode() == Opcode.ADD || i.opcode() == Opcode.SUB)) {
      return new Step(i.operand(0), i.opcode() == Opcode.ADD ? c.longValue() : -c.longValue(),
          i.hasFlag(Flags.NSW), i.hasFlag(Flags.NUW));
    }
    if (i instanceof ExtractValueInst ev && ev.indices().length == 1 && ev.indices()[0] == 0
        && ev.operand(0) instanceof CallBase call && call.callee() instanceof Function f
        && call.numArgs() == 2 && call.arg(1) instanceof ConstantInt c) {
      String n = f.name();
      boolean add = n.startsWith("llvm.sadd.with.overflow.")
          || n.startsWith("llvm.uadd.with.overflow.");
      boolean sub = n.startsWith("llvm.ssub.with.overflow.")
          || n.startsWith("llvm.usub.with.overflow.");
      if (add || sub) {
        return new Step(call.arg(0), add ? c.longValue() : -c.longValue(), false, false);
      }
    }
    return null;
  }

  private Range addRecRange(AddRec ar, int bits) {
    long smax = bits >= 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
    Long b = backedgeTakenCount(ar.loop());
    if (b != null) {
      try {
        long span = Math.multiplyExact(ar.step(), b);
        return new Range(Math.addExact(ar.start().lo(), Math.min(0, span)),
            Math.addExact(ar.start().hi(), Math.max(0, span)));
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (ar.nsw() && ar.step() >= 0 && ar.start().lo() >= 0) {
      return new Range(ar.start().lo(), smax);
    }
    if (ar.nsw() && ar.step() <= 0 && ar.start().hi() <= 0) {
      return new Range(-smax - 1, ar.start().hi());
    }
    return null;
  }

  /** The loop's constant maximum backedge-taken count, or null. */
  private Long backedgeTakenCount(Loop l) {
    if (backedgeCounts.containsKey(l)) {
      return backedgeCounts.get(l);
    }
    backedgeCounts.put(l, null);
    BasicBlock latch = l.latch();
    Long best = null;
    DominatorTree dt = loops().domTree();
    for (BasicBlock e : l.exitingBlocks()) {
      if (latch == null || !dt.dominates(e, latch)) {
        continue;
      }
      Long n = exitCount(l, e);
      if (n != null && (best == null || n < best)) {
        best = n;
      }
    }
    backedgeCounts.put(l, best);
    return best;
  }

  /** The first iteration k at which the exit in {@code e} is taken, or null. */
  private Long exitCount(Loop l, BasicBlock e) {
    if (!(e.terminator() instanceof BranchInst br) || !br.isConditional()
        || !(br.condition() instanceof ICmpInst cmp)) {
      return null;
    }
    boolean exitOnTrue = !l.contains(br.successors().get(0));
    String pred = cmp.predicate();
    Value x = cmp.operand(0);
    Value bound = cmp.operand(1);
    if (x instanceof ConstantInt) {
      x = cmp.operand(1);
      bound = cmp.operand(0);
      pred = swapped(pred);
    }
    if (!(bound instanceof ConstantInt n) || !(x instanceof Instruction xi)) {
      return null;
    }
    AddRec ar = addRec(xi, 1);
    if (ar == null || ar.loop() != l || ar.start().lo() != ar.start().hi() || ar.step() == 0) {
      return null;
    }
    String stay = exitOnTrue ? inverse(pred) : pred;
    return firstFailure(ar.start().lo(), ar.step(), n.longValue(), stay, width(x));
  }

  /** Smallest k >= 0 with !(s + c*k  pred  n), for a recurrence that must not wrap first. */
  private static Long firstFailure(long s, long c, long n, String pred, int bits) {
    long limit = bits >= 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
    boolean unsigned = pred.startsWith("u");
    if (unsigned && (s < 0 || n < 0)) {
      return null;
    }
    String p = pred.replaceFirst("^[su]", "");
    long k;
    if (p.equals("ne")) {
      if ((n - s) % c != 0 || (n - s) / c < 0) {
        return null;
      }
      k = (n - s) / c;
    } else if (p.equals("eq")) {
      k = s == n ? 1 : 0;
      return k;
    } else if ((p.equals("lt") || p.equals("le")) && c > 0) {
      long target = p.equals("lt") ? n : n + 1;
      k = s >= target ? 0 : Math.floorDiv(target - s + c - 1, c);
    } else if ((p.equals("gt") || p.equals("ge")) && c < 0) {
      long target = p.equals("gt") ? n : n - 1;
      k = s <= target ? 0 : Math.floorDiv(s - target - c - 1, -c);
    } else {
      return null;
    }
    long last = s + c * k;
    return Math.abs(last) > limit ? null : k;
  }

  /** Predicates that hold with the operands swapped, and those that are each other's negation. */
  private static final String[][] SWAPPED = {{"slt", "sgt"}, {"sle", "sge"}, {"ult", "ugt"},
      {"ule", "uge"}};
  private static final String[][] INVERSE = {{"eq", "ne"}, {"slt", "sge"}, {"sgt", "sle"},
      {"ult", "uge"}, {"ugt", "ule"}};

  private static String swapped(String pred) {
    return partner(pred, SWAPPED);
  }

  private static String inverse(String pred) {
    return partner(pred, INVERSE);
  }

  private static String partner(String pred, String[][] pairs) {
    for (String[] p : pairs) {
      if (p[0].equals(pred)) {
        return p[1];
      }
      if (p[1].equals(pred)) {
        return p[0];
      }
    }
    return pred;
  }

  private static Range union(Range a, Range b) {
    return a == null || b == null ? null
        : new Range(Math.min(a.lo(), b.lo()), Math.max(a.hi(), b.hi()));
  }

  /** r if it fits a signed value of {@code bits} bits, else null. */
  private static Range fit(Range r, int bits) {
    if (r == null || bits >= 64) {
      return r;
    }
    long max = (1L << (bits - 1)) - 1;
    long min = -(1L << (bits - 1));
    return r.lo() < min || r.hi() > max ? null : r;
  }

  private static int width(Value v) {
    return v.type() instanceof IntegerType it ? it.bits() : 64;
  }

  private LoopInfo loops() {
    if (loops == null) {
      loops = LoopInfo.of(function);
    }
    return loops;
  }
}
