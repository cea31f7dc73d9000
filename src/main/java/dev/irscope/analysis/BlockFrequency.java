// How often each block runs per run of its function, without profile data: LLVM's static
// BranchProbabilityInfo heuristics and BlockFrequencyInfo's mass propagation, in small.
// Branch probabilities, the first heuristic that applies deciding, as LLVM 19 orders them:
// 1. !prof branch_weights on the terminator;
// 2. estimated block weights (calcEstimatedHeuristics): a block ending in unreachable weighs 0
//    (1 when it calls a noreturn function), an EH pad 1, one calling a cold function 0xffff,
//    any other 0xfffff; a block whose successors all have an estimate takes the largest; an edge
//    leaving a loop is divided by 31 (LLVM's loop trip count guess, 124:4);
// 3. pointers (p == q, p == null unlikely: 12:20), 4. zero (x == 0, x < 0, x == -1 unlikely),
// 5. floating point (x == y unlikely, isnan 1:2^20-1); otherwise equal shares.
// Frequencies: loops innermost first, each as LLVM's BFI treats a loop: one unit of mass enters
// its header and flows along the edges in reverse post order (a subloop as one node passing its
// mass to its exits); what returns to the header makes the loop's scale 1 / (1 - back mass),
// at most 4096 for a loop that never exits. The function is then one region of its own.
// Irreducible cycles are not modelled (mass sent backwards outside a known loop is dropped).
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.CmpInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MDString;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.UnreachableInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class BlockFrequency {
  private static final double DEFAULT = 0xfffff;
  private static final double TRIP_COUNT = 31;
  private static final double MAX_SCALE = 4096;

  private final LoopInfo loops;
  private final List<BasicBlock> rpo;
  private final Map<BasicBlock, Integer> order = new HashMap<>();
  private final Map<BasicBlock, Double> estimates = new HashMap<>();
  private final Map<BasicBlock, Double> frequency = new HashMap<>();
  private final Map<Loop, Region> regions = new HashMap<>();

  /** One loop (or the function, for null) as BFI sees it: mass per entry and where it exits. */
  private static final class Region {
    final Map<BasicBlock, Double> mass = new LinkedHashMap<>();
    final Map<BasicBlock, Double> exits = new LinkedHashMap<>();
    double scale = 1;
  }

  private BlockFrequency(Function f) {
    this.loops = LoopInfo.of(f);
    this.rpo = Cfg.of(f).reversePostOrder();
    for (int k = 0; k < rpo.size(); k++) {
      order.put(rpo.get(k), k);
    }
    estimateWeights();
    List<Loop> innerFirst = new ArrayList<>(loops.loopsInPreorder());
    java.util.Collections.reverse(innerFirst);
    for (Loop l : innerFirst) {
      regions.put(l, propagate(l, l.header()));
    }
    assign(null, propagate(null, f.entryBlock()), 1);
  }

  public static BlockFrequency of(Function f) {
    return new BlockFrequency(f);
  }

  /** How often {@code b} runs per run of the function (the entry runs once); 0 if never. */
  public double relativeToEntry(BasicBlock b) {
    return frequency.getOrDefault(b, 0.0);
  }

  /** Flows one unit of mass from {@code start} through the blocks of {@code loop}. */
  private Region propagate(Loop loop, BasicBlock start) {
    Region r = new Region();
    r.mass.put(start, 1.0);
    double back = 0;
    for (BasicBlock b : rpo) {
      Double m = r.mass.get(b);
      if (m == null || m == 0) {
        continue;
      }
      Loop sub = loops.getLoopFor(b);
      Map<BasicBlock, Double> out = sub != loop && sub != null
          ? regions.get(directSubloop(loop, b)).exits : probabilities(b);
      for (Map.Entry<BasicBlock, Double> e : out.entrySet()) {
        BasicBlock to = e.getKey();
        double x = m * e.getValue();
        if (loop != null && to == loop.header()) {
          back += x;
        } else if (loop != null && !loop.contains(to)) {
          r.exits.merge(to, x, Double::sum);
        } else {
          BasicBlock node = node(loop, to);
          if (order.getOrDefault(node, -1) > order.get(b)) {
            r.mass.merge(node, x, Double::sum);
          }
        }
      }
    }
    r.scale = back >= 1 - 1e-9 ? MAX_SCALE : Math.min(MAX_SCALE, 1 / (1 - back));
    r.exits.replaceAll((k, v) -> v * r.scale);
    return r;
  }

  /** The block standing for {@code b} in the region of {@code loop}: a subloop's header. */
  private BasicBlock node(Loop loop, BasicBlock b) {
    Loop sub = directSubloop(loop, b);
    return sub == null ? b : sub.header();
  }

  private Loop directSubloop(Loop loop, BasicBlock b) {
    Loop l = loops.getLoopFor(b);
    while (l != null && l.parent() != loop) {
      l = l.parent();
    }
    return l == loop ? null : l;
  }

  private void assign(Loop loop, Region r, double entering) {
    for (Map.Entry<BasicBlock, Double> e : r.mass.entrySet()) {
      double f = entering * r.scale * e.getValue();
      Loop sub = directSubloop(loop, e.getKey());
      if (sub != null) {
        assign(sub, regions.get(sub), f);
      } else {
        frequency.put(e.getKey(), f);
      }
    }
  }

  /** The probability of each successor of {@code b} (duplicate edges summed). */
  Map<BasicBlock, Double> probabilities(BasicBlock b) {
    List<BasicBlock> succs = b.successors();
    Map<BasicBlock, Double> out = new LinkedHashMap<>();
    if (succs.isEmpty()) {
      return out;
    }
    double[] w = weights(b, succs);
    double total = 0;
    for (double x : w) {
      total += x;
    }
    for (int k = 0; k < succs.size(); k++) {
      out.merge(succs.get(k), total == 0 ? 1.0 / succs.size() : w[k] / total, Double::sum);
    }
    return out;
  }

  private double[] weights(BasicBlock b, List<BasicBlock> succs) {
    double[] w = new double[succs.size()];
    if (succs.size() == 1) {
      w[0] = 1;
      return w;
    }
    if (profileWeights(b.terminator(), w) || estimatedWeights(b, succs, w)) {
      return w;
    }
    if (b.terminator() instanceof BranchInst br && br.condition() instanceof CmpInst c) {
      Boolean likely = compareHeuristic(c);
      if (likely != null) {
        w[0] = likely ? 20 : 12;
        w[1] = likely ? 12 : 20;
        if (c.opcode() == Opcode.FCMP && (c.predicate().equals("ord")
            || c.predicate().equals("uno"))) {
          w[0] = likely ? (1 << 20) - 1 : 1;
          w[1] = likely ? 1 : (1 << 20) - 1;
        }
        return w;
      }
    }
    java.util.Arrays.fill(w, 1);
    return w;
  }

  /** !prof !{!"branch_weights", [!"expected",] i32 w, ...}. */
  private static boolean profileWeights(Instruction t, double[] w) {
    if (!(t.attachment("prof") instanceof MDNode n) || n.operands().isEmpty()
        || !(n.operands().get(0) instanceof MDString s) || !s.value().equals("branch_weights")) {
      return false;
    }
    List<Double> values = new ArrayList<>();
    for (Metadata m : n.operands()) {
      if (m instanceof ValueAsMetadata v && v.value() instanceof ConstantInt c) {
        values.add((double) c.unsignedValue());
      }
    }
    if (values.size() != w.length) {
      return false;
    }
    for (int k = 0; k < w.length; k++) {
      w[k] = values.get(k);
    }
    return true;
  }

  private boolean estimatedWeights(BasicBlock b, List<BasicBlock> succs, double[] w) {
    Loop l = loops.getLoopFor(b);
    boolean found = false;
    double total = 0;
    for (int k = 0; k < succs.size(); k++) {
      Double e = estimates.get(succs.get(k));
      double x = e == null ? DEFAULT : e;
      boolean exiting = l != null && !l.contains(succs.get(k));
      if (exiting && x != 0) {
        x = Math.max(1, Math.floor(x / TRIP_COUNT));
      }
      found |= e != null || exiting;
      w[k] = x;
      total += x;
    }
    return found && total > 0;
  }

  /** BPI's block weights: unreachable 0, noreturn or EH pad 1, cold 0xffff, then backwards. */
  private void estimateWeights() {
    for (BasicBlock b : rpo) {
      Double e = null;
      if (b.terminator() instanceof UnreachableInst) {
        e = calls(b, "noreturn") ? 1.0 : 0.0;
      } else if (!b.instructions().isEmpty() && isPad(b.instructions().get(0))) {
        e = 1.0;
      } else if (calls(b, "cold")) {
        e = (double) 0xffff;
      }
      if (e != null) {
        estimates.put(b, e);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = rpo.size() - 1; k >= 0; k--) {
        BasicBlock b = rpo.get(k);
        List<BasicBlock> succs = b.successors();
        if (estimates.containsKey(b) || succs.isEmpty()
            || !estimates.keySet().containsAll(succs)) {
          continue;
        }
        double max = 0;
        for (BasicBlock s : succs) {
          max = Math.max(max, estimates.get(s));
        }
        estimates.put(b, max);
        changed = true;
      }
    }
  }

  /** Whether a call (not an invoke) of {@code b} has function attribute {@code attribute}. */
  private static boolean calls(BasicBlock b, String attribute) {
    for (Instruction i : b.instructions()) {
      if (i instanceof CallInst c && (c.fnAttributes().has(attribute)
          || (c.calledFunction() != null && c.calledFunction().fnAttributes().has(attribute)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPad(Instruction i) {
    return i.opcode() == Opcode.LANDINGPAD || i.opcode() == Opcode.CLEANUPPAD
        || i.opcode() == Opcode.CATCHPAD || i.opcode() == Opcode.CATCHSWITCH;
  }

  /**
   * The pointer, zero and floating-point heuristics: whether the true edge is the likely one,
   * or null when none applies.
   */
  private static Boolean compareHeuristic(CmpInst c) {
    String p = c.predicate();
    Value rhs = c.operand(1);
    if (c.opcode() == Opcode.FCMP) {
      return switch (p) {
        case "oeq", "ueq" -> false;
        case "one", "une" -> true;
        case "ord" -> true;
        case "uno" -> false;
        default -> null;
      };
    }
    if (c.operand(0).type() instanceof PointerType) {
      return p.equals("eq") ? Boolean.FALSE : p.equals("ne") ? Boolean.TRUE : null;
    }
    if (rhs instanceof ConstantInt k && k.isZero() || rhs instanceof ConstantKeyword z
        && z.isNullValue()) {
      return switch (p) {
        case "eq", "slt" -> false;
        case "ne", "sgt" -> true;
        default -> null;
      };
    }
    if (rhs instanceof ConstantInt k && k.longValue() == 1 && p.equals("slt")) {
      return false;
    }
    if (rhs instanceof ConstantInt k && k.longValue() == -1) {
      return switch (p) {
        case "eq" -> false;
        case "ne", "sgt" -> true;
        default -> null;
      };
    }
    return null;
  }
}
