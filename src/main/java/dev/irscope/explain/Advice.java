// The sentences of a loop's story that interpret the passes' decisions: the cause of what
// happened (exact about cause and symptom: LICM does not consult nosync; the hoist is legal
// because a non-atomic location may be assumed not to change under a data race, spec A7/D3.5),
// how LLVM's own pipeline gets to the same end state, and the fix.
package dev.irscope.explain;

import dev.irscope.analysis.Loop;
import dev.irscope.explain.LoopStory.PolledLoad;
import dev.irscope.explain.LoopStory.Verdict;
import dev.irscope.transform.PassRemark;
import java.util.List;

final class Advice {
  private Advice() {}

  static String cause(Verdict v, List<PolledLoad> loads, String conclusions) {
    switch (v) {
      case NO_SHARED_LOAD:
        return "no load of memory that another thread could write decides whether this loop"
            + " exits";
      case KEPT:
        return "every polled load is still read in each iteration: " + keptReasons(loads);
      default:
        PolledLoad l = loads.stream().filter(PolledLoad::hoisted).findFirst().orElseThrow();
        String how = "gvn".equals(l.by())
            ? "GVN found its value already available on every path into the loop"
            : "LICM moved it out of the loop, to run once";
        return "the load " + l.place() + " is not atomic and nothing in the loop may write what"
            + " it reads, so " + how + ". This is legal because LLVM's memory model lets a"
            + " non-atomic location be assumed unchanged: another thread writing it without"
            + " synchronization would be a data race, which is undefined behaviour. LICM does"
            + " not consult nosync" + (conclusions.isEmpty() ? "."
                : "; " + conclusions + " what the compiler concludes about the same function"
                    + " from the same facts.");
    }
  }

  private static String keptReasons(List<PolledLoad> loads) {
    StringBuilder sb = new StringBuilder();
    for (PolledLoad l : loads) {
      sb.append(sb.length() == 0 ? "" : "; ").append("`").append(l.place().ir()).append("` ");
      if (l.atomic()) {
        sb.append(l.place().ir().contains("volatile") ? "is volatile"
            : "is atomic: LICM and GVN never move a load ordered monotonic or stronger");
      } else {
        PassRemark why = l.decisions().stream().filter(r -> r.decidedBy() != null).findFirst()
            .orElse(null);
        sb.append(why == null ? "stays" : "stays because " + why.reason());
      }
    }
    return sb.toString();
  }

  static String pipelineNote(Verdict v, Loop loop, List<PolledLoad> loads) {
    if (v != Verdict.INFINITE) {
      return null;
    }
    if (loop.blocks().size() <= 2) {
      return "LLVM's own -O3 pipeline gets to the same end state by another road for a loop"
          + " this simple: JumpThreading runs before LICM and copies the first read into the"
          + " entry block (named with a .pr suffix, \"partially redundant\"), then"
          + " CorrelatedValuePropagation, InstCombine and SimplifyCFG fold the loop's own test;"
          + " the loop still becomes a branch to itself.";
    }
    return "In LLVM's -O3 pipeline LICM hoists the load in the first loop pass manager and"
        + " SimpleLoopUnswitch then moves the invariant exit test before the loop, as shown.";
  }

  static String fix(Verdict v, List<PolledLoad> loads, List<PassRemark> other) {
    switch (v) {
      case NO_SHARED_LOAD:
        return "nothing to fix in this loop";
      case KEPT:
        if (loads.stream().allMatch(l -> l.atomic() && !l.place().ir().contains("volatile"))) {
          boolean relaxed = loads.stream().anyMatch(l -> l.place().ir().contains("monotonic"));
          return relaxed ? "none needed for the loop to see the change: an atomic load is"
              + " re-read every iteration. If the flag publishes other data, load it with"
              + " Ordering::Acquire (and store with Release): Relaxed orders nothing else"
              : "none: an acquire (or stronger) atomic load is re-read every iteration and"
                  + " makes the writer's earlier writes visible";
        }
        if (loads.stream().anyMatch(l -> l.place().ir().contains("volatile"))) {
          return "volatile keeps the read in the loop, which is right for a memory-mapped"
              + " device register; between threads volatile gives no ordering and is still a"
              + " data race: use an atomic (AtomicUsize/AtomicBool with Acquire/Release)";
        }
        return "it works today only because something in the loop may write the location (see"
            + " the decision above); the read is still a data race that another compiler version,"
            + " more inlining or a different call could turn into a hoisted load: make it an"
            + " atomic load (std::sync::atomic, Ordering::Acquire paired with Release)";
      default:
        return "read the flag with an atomic load: use a std::sync::atomic type (AtomicUsize,"
            + " AtomicBool, ...) and load(Ordering::Acquire) paired with a Release store, so"
            + " every iteration reads memory again and the writer's data is visible; for a"
            + " memory-mapped device register use core::ptr::read_volatile; or protect the"
            + " data with a Mutex and wait on a Condvar";
    }
  }
}
