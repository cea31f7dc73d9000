// Runs the mini passes in the order asked over chosen functions of a module, which they change
// in place, and collects their remarks in order: licm and gvn, and the clean-up that shows what
// a loop became (loop-deletion for loops that must make progress, simple-loop-unswitch for
// invariant exit branches, simplifycfg).
package dev.irscope.transform;

import dev.irscope.ir.Function;
import java.util.ArrayList;
import java.util.List;

public final class Passes {
  private Passes() {}

  public static final List<String> NAMES = List.of("licm", "gvn", "loop-deletion",
      "simple-loop-unswitch", "simplifycfg");

  /** The clean-up after licm and gvn that shows a loop's end state. */
  public static final List<String> CLEANUP = List.of("loop-deletion", "simple-loop-unswitch",
      "simplifycfg");

  public static List<PassRemark> run(List<Function> functions, List<String> passes,
      CallAttributes calls) {
    List<PassRemark> out = new ArrayList<>();
    for (Function f : functions) {
      for (String p : passes) {
        switch (p) {
          case "licm" -> LicmPass.run(f, calls, out);
          case "gvn" -> GvnPass.run(f, calls, out);
          case "loop-deletion" -> LoopDeletionPass.run(f, calls, out);
          case "simple-loop-unswitch" -> SimpleLoopUnswitchPass.run(f, calls, out);
          case "simplifycfg" -> SimplifyCfgPass.run(f, out);
          default -> throw new IllegalArgumentException("unknown pass " + p);
        }
      }
    }
    return out;
  }
}
