// LICM's sink step for an instruction used only outside its loop. LLVM rewrites each LCSSA phi
// in an exit block with a clone of the instruction placed in that exit block (named NAME.le).
// irscope models the common case: every outside use is reached through one exit block whose
// predecessors all lie in the loop; the instruction then moves to the start of that block and
// takes the .le name. Other shapes are left in place with an Analysis remark saying so.
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Loop;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Use;
import java.util.List;

final class Sinking {
  private Sinking() {}

  static void sink(Instruction i, Loop loop, DominatorTree dt, LicmRemarks remarks) {
    if (i.numUses() == 0) {
      return;
    }
    BasicBlock exit = null;
    List<PhiInst> lcssa = new java.util.ArrayList<>();
    for (Use u : i.uses()) {
      Instruction user = (Instruction) u.user();
      BasicBlock at = user.parent();
      if (user instanceof PhiInst phi) {
        if (isLcssaPhi(phi, i, loop)) {
          lcssa.add(phi);
        } else {
          at = phi.incomingBlock(u.index());
        }
      }
      BasicBlock e = exitDominating(at, loop, dt);
      if (e == null || (exit != null && e != exit)) {
        remarks.sinkNotModelled(i);
        return;
      }
      exit = e;
    }
    for (BasicBlock p : dt.cfg().predecessors(exit)) {
      if (!loop.contains(p)) {
        remarks.sinkNotModelled(i);
        return;
      }
    }
    remarks.sunk(i);
    BasicBlock from = i.parent();
    int at = from.instructions().indexOf(i);
    List<DebugRecord> records = i.takeDebugRecords();
    from.remove(i);
    for (DebugRecord r : records) {
      from.instructions().get(at).addDebugRecord(r);
    }
    int pos = 0;
    while (exit.instructions().get(pos) instanceof PhiInst) {
      pos++;
    }
    exit.insert(pos, i);
    for (PhiInst phi : lcssa) {
      if (phi.parent() != null) {
        phi.replaceAllUsesWith(i);
        phi.parent().remove(phi);
        phi.dropAllReferences();
      }
    }
    i.retainAttachments(kind -> !kind.equals("dbg"));
    if (i.hasName()) {
      i.setName(i.name() + ".le");
    }
  }

  /** A phi all of whose incoming values are {@code i}, from blocks of the loop. */
  private static boolean isLcssaPhi(PhiInst phi, Instruction i, Loop loop) {
    for (int k = 0; k < phi.numIncoming(); k++) {
      if (phi.incomingValue(k) != i || !loop.contains(phi.incomingBlock(k))) {
        return false;
      }
    }
    return true;
  }

  private static BasicBlock exitDominating(BasicBlock use, Loop loop, DominatorTree dt) {
    for (BasicBlock e : loop.exitBlocks()) {
      if (dt.dominates(e, use)) {
        return e;
      }
    }
    return null;
  }
}
