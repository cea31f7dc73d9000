// Runs the mini passes in the order asked over chosen functions of a module, which they change
// in place, and collects their remarks in order: inline (before the others, as LLVM's inliner
// runs before the loop passes: calls of the chosen functions get their callees' bodies; with
// inline, functions are visited callees first, as LLVM's call-graph pipeline does),
// loop-rotate (which moves a loop's exit test to its end), licm and gvn, and the clean-up that
// shows what a loop became (loop-deletion for loops that must make progress,
// simple-loop-unswitch for invariant exit branches, simplifycfg).
package dev.irscope.transform;

import dev.irscope.analysis.CallGraph;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.Function;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class Passes {
  private Passes() {}

  public static final List<String> NAMES = List.of("inline", "loop-rotate", "licm", "gvn",
      "loop-deletion", "simple-loop-unswitch", "simplifycfg");

  /** The clean-up after licm and gvn that shows a loop's end state. */
  public static final List<String> CLEANUP = List.of("loop-deletion", "simple-loop-unswitch",
      "simplifycfg");

  public static List<PassRemark> run(List<Function> functions, List<String> passes,
      CallAttributes calls) {
    List<PassRemark> out = new ArrayList<>();
    for (Function f : passes.contains("inline") ? bottomUp(functions) : functions) {
      // remarks name unnamed values by the numbers they had before the passes
      try (AsmWriter.Freeze numbering = AsmWriter.freeze(f)) {
        for (String p : passes) {
          switch (p) {
            case "inline" -> InlinePass.run(f, calls, out);
            case "loop-rotate" -> LoopRotatePass.run(f, calls, out);
            case "licm" -> LicmPass.run(f, calls, out);
            case "gvn" -> GvnPass.run(f, calls, out);
            case "loop-deletion" -> LoopDeletionPass.run(f, calls, out);
            case "simple-loop-unswitch" -> SimpleLoopUnswitchPass.run(f, calls, out);
            case "simplifycfg" -> SimplifyCfgPass.run(f, out);
            default -> throw new IllegalArgumentException("unknown pass " + p);
          }
        }
      }
    }
    return out;
  }

  /**
   * The functions callees first, as LLVM's CGSCC pipeline visits them (inlining into a
   * function and simplifying it before its callers inline it).
   */
  private static List<Function> bottomUp(List<Function> functions) {
    if (functions.size() < 2 || functions.get(0).parent() == null) {
      return functions;
    }
    Set<Function> chosen = new HashSet<>(functions);
    List<Function> out = new ArrayList<>();
    for (CallGraph.Scc scc : CallGraph.of(functions.get(0).parent()).sccsBottomUp()) {
      for (Function f : scc.functions()) {
        if (chosen.contains(f)) {
          out.add(f);
        }
      }
    }
    return out;
  }
}
