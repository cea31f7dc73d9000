// Placeholder replaced in the next step.
package dev.irscope.transform;

import dev.irscope.ir.Function;
import java.util.List;

public final class GvnPass {
  private GvnPass() {}

  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    throw new UnsupportedOperationException("gvn is not implemented yet");
  }
}
