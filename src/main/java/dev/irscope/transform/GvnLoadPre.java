// What GvnPass does with a load whose value is not found in its own block, given the dependency
// on each path (GvnDependence.nonLocal): replace it when every path provides the value, or make
// it available by inserting loads (load PRE into the one predecessor that lacks it; loop-load
// PRE into the preheader and a cold block of the loop when the pointer cannot be freed). The
// value at the load is then built with phis by a small SSA updater (Braun et al.'s on-the-fly
// construction), and phis that turn out trivial are removed.
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.Argument;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Constant;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

final class GvnLoadPre {
  private GvnLoadPre() {}

  static void tryEliminate(LoadInst l, Map<BasicBlock, GvnDependence.Result> deps,
      GvnDependence dep, DominatorTree dt, CallAttributes calls, GvnRemarks remarks,
      BiConsumer<LoadInst, Value> replace) {
    Map<BasicBlock, Value> available = new IdentityHashMap<>();
    List<BasicBlock> unavailable = new ArrayList<>();
    for (Map.Entry<BasicBlock, GvnDependence.Result> e : deps.entrySet()) {
      switch (e.getValue().kind()) {
        case DEF -> available.put(e.getKey(), e.getValue().value());
        case CLOBBER, ENTRY -> unavailable.add(e.getKey());
        default -> { }
      }
    }
    if (available.isEmpty()) {
      return;
    }
    if (unavailable.isEmpty()) {
      Ssa ssa = new Ssa(l, available, dt);
      Value v = ssa.valueAtLoad();
      remarks.eliminated(l, v);
      finish(l, v, ssa, replace);
      return;
    }
    LoopInfo li = LoopInfo.of(dt);
    Loop loop = li.getLoopFor(l.parent());
    if (loop != null && loop.header() == l.parent() && unavailable.size() == 2
        && loopLoadPre(l, loop, unavailable, deps, dt, calls, available)) {
      Ssa ssa = new Ssa(l, available, dt);
      Value v = ssa.valueAtLoad();
      remarks.pre(l, "loop-load PRE: the value is missing only in the preheader and in a cold"
          + " block of the loop, so the load moves to the preheader and is repeated after the"
          + " clobber; allowed because " + l.pointer() + " cannot be freed during the loop (the"
          + " function is nofree and nosync, or it is a global)", (Instruction) available
          .get(loop.preheader()));
      finish(l, v, ssa, replace);
      return;
    }
    if (unavailable.size() != 1) {
      return;
    }
    BasicBlock pred = unavailable.get(0);
    if (!dt.cfg().predecessors(l.parent()).contains(pred)
        || dt.cfg().successors(pred).size() != 1 || hasImplicitControlFlowBefore(l, calls)) {
      return;
    }
    LoadInst pre = insertLoad(l, pred, l.name() + ".pre");
    available.put(pred, pre);
    Ssa ssa = new Ssa(l, available, dt);
    Value v = ssa.valueAtLoad();
    remarks.pre(l, "load PRE: the value is available on every path into %" + l.parent().name()
        + " but the one from %" + pred.name() + ", so a load is inserted at the end of %"
        + pred.name() + " and the others reuse the known values", pre);
    finish(l, v, ssa, replace);
  }

  private static boolean loopLoadPre(LoadInst l, Loop loop, List<BasicBlock> unavailable,
      Map<BasicBlock, GvnDependence.Result> deps, DominatorTree dt, CallAttributes calls,
      Map<BasicBlock, Value> available) {
    BasicBlock preheader = loop.preheader();
    BasicBlock latch = loop.latch();
    if (preheader == null || latch == null || !unavailable.contains(preheader)
        || (l.pointer() instanceof Instruction p && loop.contains(p.parent()))) {
      return false;
    }
    BasicBlock cold = unavailable.get(0) == preheader ? unavailable.get(1) : unavailable.get(0);
    if (!loop.contains(cold) || dt.dominates(cold, latch)
        || deps.get(cold).kind() != GvnDependence.Kind.CLOBBER
        || new MemoryAccesses(new AliasQueries(calls)).kind(cold.terminator())
            == MemoryAccesses.Kind.DEF
        || canBeFreed(l.pointer(), calls)) {
      return false;
    }
    available.put(cold, insertLoad(l, cold, l.name() + ".pre"));
    available.put(preheader, insertLoad(l, preheader, l.name() + ".pre1"));
    return true;
  }

  /** LLVM's Value::canBeFreed for the pointers GVN sees. */
  static boolean canBeFreed(Value p, CallAttributes calls) {
    if (p instanceof Constant) {
      return false;
    }
    if (p instanceof Argument a) {
      if (a.attributes().has("byval") || a.attributes().has("sret")
          || a.attributes().has("byref") || a.attributes().has("inalloca")
          || a.attributes().has("preallocated")) {
        return false;
      }
      Function f = a.parent();
      boolean nofree = calls.functionHas(f, "nofree") || FunctionMemory.onlyReads(f, calls);
      return !(nofree && calls.functionHas(f, "nosync"));
    }
    return true;
  }

  private static boolean hasImplicitControlFlowBefore(LoadInst l, CallAttributes calls) {
    for (Instruction i : l.parent().instructions()) {
      if (i == l) {
        return false;
      }
      if (i instanceof dev.irscope.ir.CallBase c && !(calls.doesNotThrow(c)
          && calls.willReturn(c))) {
        return true;
      }
    }
    return false;
  }

  private static LoadInst insertLoad(LoadInst l, BasicBlock b, String name) {
    LoadInst copy = new LoadInst(l.type(), l.pointer(), false, l.ordering(), l.syncScope(),
        l.align());
    copy.setName(Names.unique(l.function(), name));
    b.insert(b.instructions().size() - 1, copy);
    return copy;
  }

  private static void finish(LoadInst l, Value v, Ssa ssa,
      BiConsumer<LoadInst, Value> replace) {
    String name = l.name();
    replace.accept(l, v);
    Ssa.removeTrivial(ssa.phis);
    if (v instanceof PhiInst phi && phi.parent() == null) {
      return;
    }
    if (v instanceof PhiInst phi && name != null && !phi.hasName()) {
      phi.setName(name);
    }
  }

  /** On-the-fly SSA construction for the value the load reads. */
  static final class Ssa {
    private final LoadInst load;
    private final Map<BasicBlock, Value> atEnd;
    private final Map<BasicBlock, Value> atStart = new IdentityHashMap<>();
    private final DominatorTree dt;
    private final List<PhiInst> phis = new ArrayList<>();

    Ssa(LoadInst load, Map<BasicBlock, Value> atEnd, DominatorTree dt) {
      this.load = load;
      this.atEnd = atEnd;
      this.dt = dt;
    }

    Value valueAtLoad() {
      return start(load.parent());
    }

    private Value end(BasicBlock b) {
      Value v = atEnd.get(b);
      return v != null ? v : start(b);
    }

    private Value start(BasicBlock b) {
      Value known = atStart.get(b);
      if (known != null) {
        return known;
      }
      List<BasicBlock> preds = dt.cfg().predecessors(b);
      if (preds.size() == 1) {
        Value v = end(preds.get(0));
        atStart.put(b, v);
        return v;
      }
      PhiInst phi = new PhiInst(load.type());
      phi.setName(Names.unique(load.function(), load.name() + (phis.isEmpty() ? "" : "2")));
      b.insert(0, phi);
      atStart.put(b, phi);
      phis.add(phi);
      for (BasicBlock p : preds) {
        phi.addIncoming(end(p), p);
      }
      return phi;
    }

    /** Replaces phis whose incoming values are all one value (or the phi itself). */
    static void removeTrivial(List<PhiInst> phis) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (PhiInst phi : phis) {
          if (phi.parent() == null) {
            continue;
          }
          Set<Value> in = new HashSet<>();
          for (int k = 0; k < phi.numIncoming(); k++) {
            if (phi.incomingValue(k) != phi) {
              in.add(phi.incomingValue(k));
            }
          }
          if (in.size() == 1) {
            phi.replaceAllUsesWith(in.iterator().next());
            phi.parent().remove(phi);
            phi.dropAllReferences();
            changed = true;
          }
        }
      }
    }
  }
}
