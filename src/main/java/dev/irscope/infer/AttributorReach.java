// Which functions LLVM 19's Attributor (-passes=attributor) gets to annotate within its 32
// fixpoint iterations (attributor-max-iterations), found by running the part of its fixpoint that
// decides liveness (LivenessAttributes) on the Attributor's own schedule (Attributor.cpp):
//   - creation as getOrCreateAAFor does it: initialize, then one update at once, then a
//     dependence of the querying attribute on the new one if that is valid;
//   - updateAA: an attribute anchored in a block assumed dead is not updated; one that queried
//     nothing not yet fixed and does not change on a second run reaches an optimistic fixpoint;
//     the dependences it recorded are remembered only while it is not at a fixpoint (and none on
//     an attribute already fixed);
//   - runTillFixpoint: each iteration first fixes pessimistic the required dependents of the
//     attributes that became invalid (and schedules their optional ones), schedules the
//     dependents of the changed ones, then updates the work list in order; the changed and the
//     newly created attributes start the next work list;
//   - when the iteration limit stops it, the attributes changed in the last iteration and all
//     that transitively depend on them are fixed pessimistic (a liveness attribute then assumes
//     every block live); the others keep their optimistic state.
// A function's parameters are annotated when it was seeded and its entry block is live at the
// end. In a module as large as sqlite3 most of the internal functions LLVM never gets to are
// behind branches whose conditions have no value yet when the limit strikes (PotentialValues).
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class AttributorReach {
  /** attributor-max-iterations; -Dirscope.attributor.iterations=N matches opt's option of N. */
  static final int MAX_ITERATIONS = Integer.getInteger("irscope.attributor.iterations", 32);

  /** The definitions of {@code m} whose parameters the Attributor annotates, and why not. */
  record Reach(Set<Function> reached, LivenessAttributes liveness) {
    /** Where the exploration that would have reached {@code f} stopped, or null. */
    Instruction blocker(Function f) {
      return liveness.blocker(f, new HashSet<>());
    }
  }

  static Reach reach(Module m, DereferenceableInference.Ir ir) {
    LivenessAttributes aas = new LivenessAttributes(ir);
    aas.seed(m);
    aas.run(MAX_ITERATIONS);
    Set<Function> out = new HashSet<>();
    for (Function f : m.functions()) {
      if (aas.isSeeded(f) && aas.entryLive(f)) {
        out.add(f);
      }
    }
    if (PotentialValues.DEBUG) {
      aas.dump(System.err);
    }
    return new Reach(out, aas);
  }

  private AttributorReach() {}

  /** One abstract attribute: its state's validity and fixpoint, and who depends on it. */
  abstract static class AA {
    boolean valid = true;
    boolean fixpoint;
    /** Not at a fixpoint when the iterations stopped and the reset was done (for debugging). */
    boolean openAtEnd;
    /** The validity before the attributes left changing by the iteration limit were reset. */
    boolean validBeforeReset = true;
    /** Dependents, each with whether the dependence is required. */
    final LinkedHashSet<Dep> deps = new LinkedHashSet<>();

    /** The context instruction's function and block decide whether the AA is updated. */
    abstract Instruction ctx();

    void initialize() {}

    /** One update; true when the state changed. */
    abstract boolean updateImpl();

    /** Fixes the state at its worst (for these attributes: invalid); true when that changed. */
    boolean indicatePessimisticFixpoint() {
      boolean changed = valid;
      valid = false;
      fixpoint = true;
      return changed;
    }

    void indicateOptimisticFixpoint() {
      fixpoint = true;
    }
  }

  record Dep(AA aa, boolean required) {}

  /** The fixpoint engine: dependence recording, updates and the iterations. */
  abstract static class Engine {
    final List<AA> all = new ArrayList<>();
    /**
     * Whether the Attributor is taken not to reach its fixpoint within the limit: the iterations
     * ran out, or a branch waits on values that do not settle (PotentialValues).
     */
    boolean cutOff;
    private final List<List<Dep[]>> dependenceStack = new ArrayList<>();
    boolean manifesting;
    private int chain;

    /** Records that {@code to} used {@code from}'s state (nothing for a fixed {@code from}). */
    void recordDependence(AA from, AA to, Boolean required) {
      if (required == null || to == null || from.fixpoint || dependenceStack.isEmpty()) {
        return;
      }
      dependenceStack.get(dependenceStack.size() - 1)
          .add(new Dep[] {new Dep(from, false), new Dep(to, required)});
    }

    /** Attributor::getOrCreateAAFor after the lookup missed: init, first update, dependence. */
    <T extends AA> T created(T aa, AA querying, Boolean required, boolean updatable) {
      all.add(aa);
      chain++;
      aa.initialize();
      chain--;
      if (!updatable || manifesting) {
        aa.indicatePessimisticFixpoint();
        return aa;
      }
      updateAA(aa);
      if (querying != null && aa.valid) {
        recordDependence(aa, querying, required);
      }
      return aa;
    }

    /** A lookup hit: the dependence of the querying attribute on a valid one. */
    <T extends AA> T found(T aa, AA querying, Boolean required) {
      if (querying != null && aa.valid) {
        recordDependence(aa, querying, required);
      }
      return aa;
    }

    boolean chainTooLong() {
      return chain > 1024;
    }

    /** Whether {@code aa}'s context is in a block assumed dead (AAs there are not updated). */
    abstract boolean contextDead(AA aa);

    /** Attributor::updateAA. */
    boolean updateAA(AA aa) {
      List<Dep[]> dv = new ArrayList<>();
      dependenceStack.add(dv);
      boolean changed = false;
      if (!contextDead(aa) && !aa.fixpoint) {
        changed = aa.updateImpl();
      }
      if (dv.isEmpty() && !aa.fixpoint) {
        boolean rerun = changed && !aa.fixpoint && aa.updateImpl();
        if (!rerun && dv.isEmpty()) {
          aa.indicateOptimisticFixpoint();
        }
      }
      if (!aa.fixpoint) {
        for (Dep[] d : dv) {
          d[0].aa().deps.add(d[1]);
        }
      }
      dependenceStack.remove(dependenceStack.size() - 1);
      return changed;
    }

    /** Attributor::runTillFixpoint with {@code max} iterations. */
    void run(int max) {
      LinkedHashSet<AA> worklist = new LinkedHashSet<>(all);
      List<AA> changedAAs = new ArrayList<>();
      LinkedHashSet<AA> invalid = new LinkedHashSet<>();
      int iteration = 1;
      do {
        int known = all.size();
        List<AA> invalidList = new ArrayList<>(invalid);
        for (int u = 0; u < invalidList.size(); u++) {
          AA inv = invalidList.get(u);
          for (Dep d : inv.deps) {
            if (!d.required()) {
              worklist.add(d.aa());
              continue;
            }
            d.aa().indicatePessimisticFixpoint();
            if (!d.aa().valid) {
              if (!invalidList.contains(d.aa())) {
                invalidList.add(d.aa());
              }
            } else {
              changedAAs.add(d.aa());
            }
          }
          inv.deps.clear();
        }
        for (AA c : changedAAs) {
          for (Dep d : c.deps) {
            worklist.add(d.aa());
          }
          c.deps.clear();
        }
        changedAAs.clear();
        invalid.clear();
        for (AA aa : worklist) {
          if (!aa.fixpoint && updateAA(aa)) {
            changedAAs.add(aa);
          }
          if (!aa.valid) {
            invalid.add(aa);
          }
        }
        changedAAs.addAll(all.subList(known, all.size()));
        worklist = new LinkedHashSet<>(changedAAs);
      } while (!worklist.isEmpty() && iteration++ < max);
      cutOff |= !worklist.isEmpty();
      for (AA aa : all) {
        aa.validBeforeReset = aa.valid;
      }
      Set<AA> visited = new HashSet<>();
      for (int u = 0; u < changedAAs.size(); u++) {
        AA c = changedAAs.get(u);
        if (!visited.add(c)) {
          continue;
        }
        if (!c.fixpoint) {
          c.indicatePessimisticFixpoint();
        }
        for (Dep d : c.deps) {
          changedAAs.add(d.aa());
        }
        c.deps.clear();
      }
      manifesting = true;
      for (AA aa : all) {
        aa.openAtEnd = !aa.fixpoint;
        if (!aa.fixpoint) {
          aa.indicateOptimisticFixpoint();
        }
      }
    }
  }
}
