// The one change of control flow GVN makes: splitting a critical edge for load PRE (LLVM's
// SplitCriticalEdge as GVNPass::splitCriticalEdges calls it): a block FROM.TO_crit_edge, placed
// right after FROM, that branches to TO; FROM's terminator and TO's phis are redirected to it.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;

final class CfgEdits {
  private CfgEdits() {}

  static BasicBlock splitCriticalEdge(BasicBlock from, BasicBlock to, Names names) {
    BasicBlock b = new BasicBlock(names.unique(nameOf(from) + "." + nameOf(to) + "_crit_edge"));
    from.parent().insertBlockAfter(from, b);
    b.append(new BranchInst(to));
    Instruction t = from.terminator();
    for (int k = 0; k < t.numOperands(); k++) {
      if (t.operand(k) == to) {
        t.setOperand(k, b);
      }
    }
    for (Instruction i : to.instructions()) {
      if (!(i instanceof PhiInst phi)) {
        break;
      }
      for (int k = 0; k < phi.numIncoming(); k++) {
        if (phi.incomingBlock(k) == from) {
          phi.setIncomingBlock(k, b);
        }
      }
    }
    return b;
  }

  private static String nameOf(BasicBlock b) {
    return b.hasName() ? b.name() : "";
  }
}
