// LLVM 19's EarliestEscapeInfo, the capture information MemoryDependenceAnalysis hands to alias
// analysis: a function-local object (an alloca, a noalias call, a noalias or byval argument) is
// not captured before an instruction when no capture of it (CaptureTracking; returning it does
// not count) can run before that instruction. The captures are summed up in the earliest one
// (the nearest common dominator of them all; the function's first instruction when there are
// too many uses to look at); "before" means that the instruction is potentially reachable from
// it (isPotentiallyReachable without loop information: the same block in order, else a walk of
// at most 32 blocks that stops at a block dominating the target, answering yes when it gives
// up). At the capture itself the answer is yes only when the question excludes it and the
// capture is in no cycle.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class EarliestEscapes {
  /** CFG.cpp's DefaultMaxBBsToExplore. */
  private static final int MAX_BLOCKS_TO_EXPLORE = 32;

  private final DominatorTree dt;
  private final CallFacts facts;
  private final Map<Value, Optional<Instruction>> earliest = new IdentityHashMap<>();

  public EarliestEscapes(DominatorTree dt, CallFacts facts) {
    this.dt = dt;
    this.facts = facts;
  }

  /** Whether {@code object} is not captured before {@code at} (or at it, when orAt). */
  public boolean isNotCapturedBefore(Value object, Instruction at, boolean orAt) {
    if (!(object instanceof dev.irscope.ir.AllocaInst) && !UnderlyingObject.isNoAliasCall(object)
        && !UnderlyingObject.isNoAliasOrByValArgument(object)) {
      return false;
    }
    Instruction capture = earliest.computeIfAbsent(object, o -> Optional.ofNullable(
        findEarliestCapture(o))).orElse(null);
    if (capture == null) {
      return true;
    }
    if (at == null) {
      return false;
    }
    if (at == capture) {
      return !orAt && isNotInCycle(at);
    }
    return !isPotentiallyReachable(capture, at);
  }

  private Instruction findEarliestCapture(Value object) {
    Instruction[] found = {null};
    CaptureTracking.walk(object, facts, new CaptureTracking.Tracker() {
      @Override
      public boolean captured(Use use) {
        if (!(use.user() instanceof Instruction i) || i instanceof ReturnInst) {
          return false;
        }
        found[0] = found[0] == null ? i : nearestCommonDominator(found[0], i);
        return false;
      }

      @Override
      public void tooManyUses() {
        found[0] = dt.cfg().entry().instructions().get(0);
      }
    });
    return found[0];
  }

  private Instruction nearestCommonDominator(Instruction a, Instruction b) {
    BasicBlock ba = a.parent();
    BasicBlock bb = b.parent();
    if (ba == bb) {
      List<Instruction> insts = ba.instructions();
      return insts.indexOf(a) <= insts.indexOf(b) ? a : b;
    }
    if (!dt.isReachableFromEntry(ba) || !dt.isReachableFromEntry(bb)) {
      return !dt.isReachableFromEntry(bb) ? a : b;
    }
    BasicBlock ncd = dt.findNearestCommonDominator(ba, bb);
    return ncd == ba ? a : ncd == bb ? b : ncd.terminator();
  }

  private boolean isNotInCycle(Instruction i) {
    List<BasicBlock> succ = new ArrayList<>(dt.cfg().successors(i.parent()));
    return succ.isEmpty() || !reachableFromMany(succ, i.parent());
  }

  /** CFG.cpp's isPotentiallyReachable(A, B) for instructions, without loop information. */
  public boolean isPotentiallyReachable(Instruction a, Instruction b) {
    BasicBlock ba = a.parent();
    BasicBlock bb = b.parent();
    if (ba == bb) {
      List<Instruction> insts = ba.instructions();
      if (a == b || insts.indexOf(a) < insts.indexOf(b)) {
        return true;
      }
      if (ba == dt.cfg().entry()) {
        return false;
      }
      List<BasicBlock> succ = new ArrayList<>(dt.cfg().successors(ba));
      return !succ.isEmpty() && reachableFromMany(succ, ba);
    }
    if (dt.isReachableFromEntry(ba) && !dt.isReachableFromEntry(bb)) {
      return false;
    }
    if (ba == dt.cfg().entry() && dt.isReachableFromEntry(bb)) {
      return true;
    }
    if (bb == dt.cfg().entry() && dt.isReachableFromEntry(ba)) {
      return false;
    }
    return reachableFromMany(new ArrayList<>(List.of(ba)), bb);
  }

  private boolean reachableFromMany(List<BasicBlock> work, BasicBlock stop) {
    boolean useDt = dt.isReachableFromEntry(stop);
    Set<BasicBlock> visited = new HashSet<>();
    int limit = MAX_BLOCKS_TO_EXPLORE;
    while (!work.isEmpty()) {
      BasicBlock b = work.remove(work.size() - 1);
      if (!visited.add(b)) {
        continue;
      }
      if (b == stop || (useDt && dt.dominates(b, stop))) {
        return true;
      }
      if (--limit == 0) {
        return true;
      }
      work.addAll(dt.cfg().successors(b));
    }
    return false;
  }
}
