// The clobber query LICM puts to MemorySSA for a load in a loop: is the nearest instruction that
// may write the load's location inside the loop? Answered by scanning the loop's defs (nearest
// first: those before the load in its block, then the rest of the loop), with LLVM's two
// budgets: after CLOBBER_QUERY_CAP queries in one loop LICM takes the defining access instead
// (any def in the loop then counts), and a walk that checks more than WALK_LIMIT defs gives up
// and answers with the def it stopped at.
package dev.irscope.transform;

import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import java.util.ArrayList;
import java.util.List;

final class LoopClobbers {
  private LoopClobbers() {}

  /** MemorySSA's memssa-check-limit. */
  static final int WALK_LIMIT = 100;

  enum Why { CLOBBERS, QUERY_CAP, WALK_LIMIT, SINK_CHECK }

  record Clobber(Instruction inst, Why why) {}

  /** The def in the loop that invalidates {@code l}, or null. */
  static Clobber find(LoadInst l, LicmPass.LoopRun run, MemoryAccesses mem) {
    List<Instruction> defs = nearestFirst(l, run.defs());
    if (run.clobberQueries++ >= LicmPass.CLOBBER_QUERY_CAP) {
      return defs.isEmpty() ? null : new Clobber(defs.get(0), Why.QUERY_CAP);
    }
    int checked = 0;
    for (Instruction d : defs) {
      if (mem.clobbers(d, l)) {
        return new Clobber(d, Why.CLOBBERS);
      }
      if (++checked >= WALK_LIMIT) {
        return new Clobber(d, Why.WALK_LIMIT);
      }
    }
    return null;
  }

  private static List<Instruction> nearestFirst(Instruction use, List<Instruction> defs) {
    List<Instruction> before = new ArrayList<>();
    List<Instruction> rest = new ArrayList<>();
    List<Instruction> block = use.parent().instructions();
    int at = block.indexOf(use);
    for (Instruction d : defs) {
      if (d.parent() == use.parent() && block.indexOf(d) < at) {
        before.add(0, d);
      } else {
        rest.add(d);
      }
    }
    before.addAll(rest);
    return before;
  }
}
