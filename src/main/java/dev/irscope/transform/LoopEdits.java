// How the loop clean-up passes walk a function's loops while they change its CFG: innermost
// loops first (as LLVM's loop pass manager visits them), and after each change the loops are
// found again, since the change may have removed or reshaped them, until no loop changes.
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.Function;
import java.util.List;
import java.util.function.Predicate;

final class LoopEdits {
  private LoopEdits() {}

  /** Calls {@code change} on the loops of {@code f}, innermost first, until none changes. */
  static void untilNoChange(Function f, Predicate<Loop> change) {
    boolean changed = true;
    while (changed) {
      changed = false;
      List<Loop> loops = LoopInfo.of(f).loopsInPreorder();
      for (int i = loops.size() - 1; i >= 0 && !changed; i--) {
        changed = change.test(loops.get(i));
      }
    }
  }
}
