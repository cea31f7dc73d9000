// The story of one loop, as `irscope explain` tells it: where it is in the source, the loads
// that decide whether it exits (each with what the passes did to it and why), what the memory
// they read is, the function's inferred attributes that matter, the end state, the verdict and
// the fix.
package dev.irscope.explain;

import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.transform.LoopEndState;
import dev.irscope.transform.PassRemark;
import java.util.List;

public record LoopStory(String header, SourceLocation source, int firstLine, int lastLine,
    Verdict verdict, List<PolledLoad> loads, List<PassRemark> otherDecisions,
    LoopEndState endState, String cause, String pipelineNote, String fix) {

  /** The verdicts of the JSON output: "infinite", "stale", "kept", "no-shared-load". */
  public enum Verdict {
    INFINITE("infinite"), STALE("stale"), KEPT("kept"), NO_SHARED_LOAD("no-shared-load");

    private final String spelling;

    Verdict(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }
  }

  /**
   * A load in the loop whose value decides whether the loop exits: its IR and place, what it
   * reads (memory description, whether another thread could write it, and, from debug info,
   * the Rust type), whether a pass took it out of the loop ("licm", "gvn" or null), and the
   * remarks about it in order.
   */
  public record PolledLoad(PassRemark.Place place, String memory, boolean shared,
      String rustType, boolean atomic, boolean hoisted, String by,
      List<PassRemark> decisions) {}

  /** The polled loads of memory another thread could write. */
  public List<PolledLoad> sharedLoads() {
    return loads.stream().filter(PolledLoad::shared).toList();
  }
}
