// What GvnPass does with a load whose value is not found in its own block (LLVM 19's
// processNonLocalLoad, AnalyzeLoadAvailability, performLoopLoadPRE, PerformLoadPRE and
// eliminatePartiallyRedundantLoad), given the dependency on each path (GvnDependence.nonLocal).
// Each block where the search stopped either provides a value (GvnPass.availableValue) or not.
// - Every block provides one: the load is replaced by the value built from them (SsaUpdater).
// - Loop-load PRE: the load is in a loop header, its address is invariant, the value is
//   missing in exactly one block of the loop, which does not dominate the latch (a cold path),
//   is in no inner loop and ends in a terminator that does not write memory, and the pointer
//   cannot be freed during the loop (LLVM's Value::canBeFreed: a constant, a byval-like
//   argument, or an argument of a function that is nofree and nosync; an alloca can). Loads
//   are inserted at the end of that block and of the preheader.
// - Load PRE: going up from the load's block through single predecessors (none may be where
//   the value is missing or have another successor), the value must be available on every
//   edge into the block reached but one, whose predecessor has that one successor (a critical
//   edge is split, except a backedge, or served by an identical load in its other successor
//   that depends on nothing in its block). The address must be known there (phi translation),
//   and when a call that may not return or a volatile store comes first in the blocks passed,
//   the load must be safe to speculate. A load NAME.pre is inserted at the end of that
//   predecessor and the rest is as in the first case.
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Loop;
import dev.irscope.analysis.MustBeExecutedContext;
import dev.irscope.ir.Argument;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Function;
import dev.irscope.ir.IndirectBrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class GvnLoadPre {
  /** GVN's MaxNumDeps: loads with more dependencies are left alone. */
  private static final int MAX_DEPS = 100;
  /** GVN's MaxBBSpeculations, for IsValueFullyAvailableInBlock. */
  private static final int MAX_SPECULATIONS = 600;
  /** GVN's MaxNumInsnsPerBlock, for findLoadToHoistIntoPred. */
  private static final int MAX_INSTS_PER_BLOCK = 100;

  /**
   * A value available at the end of a block, and the instruction of the input behind it (none
   * for a dead block).
   */
  record Available(BasicBlock block, Value value, Instruction source) {}

  private final GvnPass gvn;
  private final LoadInst load;

  private GvnLoadPre(GvnPass gvn, LoadInst load) {
    this.gvn = gvn;
    this.load = load;
  }

  /** processNonLocalLoad: whether anything changed (the load is gone, or an edge was split). */
  static boolean processNonLocal(GvnPass gvn, LoadInst load) {
    return new GvnLoadPre(gvn, load).run();
  }

  private boolean run() {
    List<GvnDependence.BlockResult> deps = gvn.dependence().nonLocal(load);
    if (deps.size() > MAX_DEPS || (deps.size() == 1 && !deps.get(0).result().isLocal())) {
      return false;
    }
    List<Available> values = new ArrayList<>();
    List<BasicBlock> unavailable = new ArrayList<>();
    for (GvnDependence.BlockResult d : deps) {
      if (gvn.deadBlocks().contains(d.block())) {
        values.add(new Available(d.block(), ConstantKeyword.get(load.type(),
            ConstantKeyword.Kind.UNDEF), null)); // never runs: any value does
        continue;
      }
      Value v = d.result().isLocal() ? gvn.availableValue(load, d.result()) : null;
      if (v != null) {
        values.add(new Available(d.block(), v, d.result().inst()));
        continue;
      }
      unavailable.add(d.block());
      if (d.result().kind() == GvnDependence.Kind.CLOBBER) {
        gvn.remarks().clobbered(load, d.result().inst());
      }
    }
    if (values.isEmpty()) {
      return false;
    }
    if (unavailable.isEmpty()) {
      gvn.replaceLoad(load, values, null, false);
      return true;
    }
    return loopLoadPre(values, unavailable) || loadPre(values, unavailable);
  }

  private boolean loopLoadPre(List<Available> values, List<BasicBlock> unavailable) {
    DominatorTree dt = gvn.dt();
    Loop loop = gvn.loops().getLoopFor(load.parent());
    if (loop == null || loop.header() != load.parent()) {
      return false;
    }
    BasicBlock preheader = loop.preheader();
    BasicBlock latch = loop.latch();
    Value p = load.pointer();
    if (preheader == null || latch == null
        || (p instanceof Instruction pi && loop.contains(pi.parent()))
        || hasImplicitControlFlowBefore(load)) {
      return false;
    }
    BasicBlock cold = null;
    for (BasicBlock b : unavailable) {
      if (!loop.contains(b)) {
        continue;
      }
      if (cold != null || gvn.loops().getLoopFor(b) != loop || dt.dominates(b, latch)
          || gvn.mayWriteMemory(b.terminator())) {
        return false;
      }
      cold = b;
    }
    if (cold == null || canBeFreed(p, gvn.calls())) {
      return false;
    }
    Map<BasicBlock, Value> at = new LinkedHashMap<>();
    at.put(cold, p);
    at.put(preheader, p);
    eliminatePartiallyRedundant(values, at, Map.of(), "loop-load PRE: the value is missing only"
        + " in the preheader and in " + cold + ", a block of the loop that does not"
        + " run on every iteration, so the load moves to the end of the preheader and is"
        + " repeated at the end of " + cold + "; allowed because " + p + " cannot be"
        + " freed during the loop (" + whyNotFreed(p) + ")");
    return true;
  }

  private boolean loadPre(List<Available> values, List<BasicBlock> unavailable) {
    DominatorTree dt = gvn.dt();
    Cfg cfg = dt.cfg();
    Set<BasicBlock> blockers = new HashSet<>(unavailable);
    BasicBlock loadBlock = load.parent();
    boolean mustBeSafe = hasImplicitControlFlowBefore(load);
    for (BasicBlock b = loadBlock; cfg.predecessors(b).size() == 1; ) {
      b = cfg.predecessors(b).get(0);
      if (b == load.parent() || blockers.contains(b) || Cfg.rawSuccessors(b).size() != 1) {
        return false;
      }
      mustBeSafe |= hasImplicitControlFlow(b);
      loadBlock = b;
    }
    Map<BasicBlock, Boolean> fully = new HashMap<>();
    values.forEach(v -> fully.put(v.block(), true));
    unavailable.forEach(b -> fully.put(b, false));
    List<BasicBlock> insertIn = new ArrayList<>();
    List<BasicBlock> toSplit = new ArrayList<>();
    Map<BasicBlock, LoadInst> hoisted = new LinkedHashMap<>();
    for (BasicBlock pred : cfg.predecessors(loadBlock)) {
      if (pred.terminator().opcode().spelling().equals("catchswitch")) {
        return false;
      }
      if (fullyAvailable(pred, fully, cfg)) {
        continue;
      }
      if (Cfg.rawSuccessors(pred).size() != 1) {
        if (pred.terminator() instanceof IndirectBrInst || dt.dominates(loadBlock, pred)
            || Cfg.rawSuccessors(pred).indexOf(loadBlock)
                != Cfg.rawSuccessors(pred).lastIndexOf(loadBlock)) {
          return false; // irscope splits no edge of a switch with several cases alike
        }
        LoadInst same = loadToHoistInto(pred, loadBlock);
        if (same != null) {
          hoisted.put(pred, same);
        } else {
          toSplit.add(pred);
        }
      } else {
        insertIn.add(pred);
      }
    }
    if (insertIn.size() + toSplit.size() > 1) {
      return false;
    }
    if (mustBeSafe && !isSafeToSpeculate()) {
      return false;
    }
    for (BasicBlock pred : toSplit) {
      insertIn.add(gvn.splitCriticalEdge(pred, loadBlock));
    }
    insertIn.addAll(hoisted.keySet());
    Map<BasicBlock, Value> at = new LinkedHashMap<>();
    List<Instruction> made = new ArrayList<>();
    for (BasicBlock pred : insertIn) {
      Value p = translatedAddress(loadBlock, pred, made);
      if (p == null) {
        for (int k = made.size() - 1; k >= 0; k--) {
          made.get(k).parent().remove(made.get(k));
          made.get(k).dropAllReferences();
        }
        return !toSplit.isEmpty();
      }
      at.put(pred, p);
    }
    BasicBlock where = insertIn.get(0);
    eliminatePartiallyRedundant(values, at, hoisted, "load PRE: the value is available on every"
        + " path into " + loadBlock + " but the one from " + where + ", so a"
        + " load is inserted at the end of " + where + " and the other paths reuse the"
        + " values they have");
    return true;
  }

  /**
   * The load's address at the end of {@code pred}, translated through the blocks passed, with
   * what had to be inserted for it added to {@code made}.
   */
  private Value translatedAddress(BasicBlock loadBlock, BasicBlock pred, List<Instruction> made) {
    DominatorTree dt = gvn.dt();
    Value p = load.pointer();
    BasicBlock cur = load.parent();
    while (p != null && cur != loadBlock) {
      BasicBlock up = dt.cfg().predecessors(cur).get(0);
      p = GvnPhiTranslation.translateWithInsertion(p, cur, up, dt, made, gvn.names());
      cur = up;
    }
    return p == null ? null
        : GvnPhiTranslation.translateWithInsertion(p, loadBlock, pred, dt, made, gvn.names());
  }

  private void eliminatePartiallyRedundant(List<Available> values, Map<BasicBlock, Value> at,
      Map<BasicBlock, LoadInst> hoisted, String how) {
    List<Instruction> inserted = new ArrayList<>();
    for (Map.Entry<BasicBlock, Value> e : at.entrySet()) {
      BasicBlock b = e.getKey();
      LoadInst copy = new LoadInst(load.type(), e.getValue(), load.isVolatile(),
          load.ordering(), load.syncScope(), load.align());
      copy.setName(gvn.names().unique((load.hasName() ? load.name() : "") + ".pre"));
      b.insert(b.instructions().size() - 1, copy);
      gvn.places().inserted(copy, load);
      inserted.add(copy);
      values.add(new Available(b, copy, copy));
      LoadInst old = hoisted.get(b);
      if (old != null) {
        old.replaceAllUsesWith(copy);
        values.replaceAll(a -> a.value() == old ? new Available(a.block(), copy, copy) : a);
        gvn.erase(old, copy);
      }
    }
    gvn.replaceLoad(load, values, how, false);
  }

  /** findLoadToHoistIntoPred: an identical load in pred's other successor, free to move up. */
  private LoadInst loadToHoistInto(BasicBlock pred, BasicBlock loadBlock) {
    List<BasicBlock> succ = Cfg.rawSuccessors(pred);
    if (succ.size() != 2) {
      return null;
    }
    BasicBlock other = succ.get(0) == loadBlock ? succ.get(1) : succ.get(0);
    if (gvn.dt().cfg().predecessors(other).size() != 1) {
      return null;
    }
    int budget = MAX_INSTS_PER_BLOCK;
    for (Instruction i : other.instructions()) {
      if (--budget == 0) {
        return null;
      }
      if (i instanceof LoadInst l && l.type() == load.type() && l.pointer() == load.pointer()
          && l.isVolatile() == load.isVolatile() && l.align() == load.align()
          && l.ordering() == load.ordering()) {
        boolean free = gvn.dependence().local(l).kind() == GvnDependence.Kind.NON_LOCAL
            && !hasImplicitControlFlowBefore(l);
        return free ? l : null;
      }
    }
    return null;
  }

  /** IsValueFullyAvailableInBlock: available in b, or in every predecessor, recursively. */
  private static boolean fullyAvailable(BasicBlock b, Map<BasicBlock, Boolean> state, Cfg cfg) {
    Map<BasicBlock, Boolean> speculated = new HashMap<>();
    List<BasicBlock> work = new ArrayList<>(List.of(b));
    int fresh = 0;
    while (!work.isEmpty()) {
      BasicBlock cur = work.remove(work.size() - 1);
      Boolean known = state.containsKey(cur) ? state.get(cur) : speculated.get(cur);
      if (known != null) {
        if (!known) {
          return false;
        }
        continue;
      }
      if (++fresh > MAX_SPECULATIONS || cfg.predecessors(cur).isEmpty()) {
        return false;
      }
      speculated.put(cur, true);
      work.addAll(cfg.predecessors(cur));
    }
    state.putAll(speculated);
    return true;
  }

  private boolean isSafeToSpeculate() {
    Function f = load.function();
    for (String s : List.of("sanitize_address", "sanitize_memory", "sanitize_thread",
        "sanitize_hwaddress")) {
      if (f.fnAttributes().has(s)) {
        return false;
      }
    }
    long align = load.align() > 0 ? load.align() : TypeSizes.LAYOUT.abiAlign(load.type());
    return LoopSafety.isDereferenceableAndAligned(load.pointer(), align,
        TypeSizes.LAYOUT.storeSize(load.type()), 0);
  }

  private boolean hasImplicitControlFlowBefore(LoadInst l) {
    for (Instruction i : l.parent().instructions()) {
      if (i == l) {
        return false;
      }
      if (!MustBeExecutedContext.transfersExecution(i, gvn.calls())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasImplicitControlFlow(BasicBlock b) {
    for (Instruction i : b.instructions()) {
      if (!MustBeExecutedContext.transfersExecution(i, gvn.calls())) {
        return true;
      }
    }
    return false;
  }

  /** LLVM's Value::canBeFreed for the pointers GVN sees. */
  static boolean canBeFreed(Value p, CallAttributes calls) {
    if (p instanceof Constant) {
      return false;
    }
    if (p instanceof Argument a) {
      for (String s : List.of("byval", "sret", "byref", "inalloca", "preallocated")) {
        if (a.attributes().has(s)) {
          return false;
        }
      }
      Function f = a.parent();
      boolean nofree = calls.functionHas(f, "nofree") || FunctionMemory.onlyReads(f, calls);
      return !(nofree && calls.functionHas(f, "nosync"));
    }
    return true;
  }

  private static String whyNotFreed(Value p) {
    return p instanceof Constant ? "it is a global" : p instanceof Argument a
        && !a.attributes().has("byval") ? "the function is nofree and nosync"
        : "the argument's memory belongs to the caller";
  }
}
