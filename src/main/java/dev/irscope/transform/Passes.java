// Runs the mini passes in the order asked (licm, gvn) over chosen functions of a module, which
// they change in place, and collects their remarks in order.
package dev.irscope.transform;

import dev.irscope.ir.Function;
import java.util.ArrayList;
import java.util.List;

public final class Passes {
  private Passes() {}

  public static final List<String> NAMES = List.of("licm", "gvn");

  public static List<PassRemark> run(List<Function> functions, List<String> passes,
      CallAttributes calls) {
    List<PassRemark> out = new ArrayList<>();
    for (Function f : functions) {
      for (String p : passes) {
        switch (p) {
          case "licm" -> LicmPass.run(f, calls, out);
          case "gvn" -> GvnPass.run(f, calls, out);
          default -> throw new IllegalArgumentException("unknown pass " + p);
        }
      }
    }
    return out;
  }
}
