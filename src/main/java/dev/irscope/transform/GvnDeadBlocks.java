// The blocks a branch on a constant cuts off, as LLVM 19's GVN finds them (processFoldableCondBr
// and addDeadBlock): the successor the branch never takes is dead (reached through a block of
// its own when it has other predecessors: the edge is split), so is every block it dominates and
// every block whose predecessors are all dead. Where a dead block leads into a live one, phis get
// poison for that edge (the edge is split first when it is critical). GVN then leaves dead blocks
// alone, and a load's dependency found in a dead block counts as available (its value never
// matters). The set lasts for the whole pass, as LLVM's DeadBlocks does.
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class GvnDeadBlocks {
  private final Set<BasicBlock> dead = new HashSet<>();
  /** Where the values whose uses change are noted (see GvnPass). */
  private final Set<dev.irscope.ir.Value> touched;

  GvnDeadBlocks(Set<dev.irscope.ir.Value> touched) {
    this.touched = touched;
  }

  boolean contains(BasicBlock b) {
    return dead.contains(b);
  }

  /** A conditional branch on a constant: its other successor becomes dead. Whether it did. */
  boolean foldBranch(BranchInst br, GvnPass gvn) {
    if (!br.isConditional() || !(br.condition() instanceof ConstantInt c)) {
      return false;
    }
    BasicBlock ifTrue = (BasicBlock) br.operand(1);
    BasicBlock ifFalse = (BasicBlock) br.operand(2);
    BasicBlock root = c.isZero() ? ifTrue : ifFalse;
    if (ifTrue == ifFalse || dead.contains(root)) {
      return false;
    }
    if (gvn.dt().cfg().predecessors(root).size() != 1
        || Cfg.rawSuccessors(br.parent()).indexOf(root)
            != Cfg.rawSuccessors(br.parent()).lastIndexOf(root)) {
      root = gvn.splitCriticalEdge(br.parent(), root);
    }
    add(root, gvn);
    return true;
  }

  private void add(BasicBlock root, GvnPass gvn) {
    Deque<BasicBlock> fresh = new ArrayDeque<>(List.of(root));
    Set<BasicBlock> frontier = new LinkedHashSet<>();
    while (!fresh.isEmpty()) {
      BasicBlock d = fresh.pop();
      if (dead.contains(d)) {
        continue;
      }
      List<BasicBlock> dominated = gvn.dt().dominatedBlocks(d);
      dead.addAll(dominated);
      for (BasicBlock b : dominated) {
        for (BasicBlock s : gvn.dt().cfg().successors(b)) {
          if (dead.contains(s)) {
            continue;
          }
          if (dead.containsAll(gvn.dt().cfg().predecessors(s))) {
            fresh.push(s);
          } else {
            frontier.add(s);
          }
        }
      }
    }
    for (BasicBlock b : frontier) {
      if (dead.contains(b)) {
        continue;
      }
      for (BasicBlock p : new ArrayList<>(gvn.dt().cfg().predecessors(b))) {
        if (dead.contains(p) && Cfg.rawSuccessors(p).size() > 1
            && gvn.dt().cfg().predecessors(b).size() > 1) {
          dead.add(gvn.splitCriticalEdge(p, b));
        }
      }
      for (Instruction i : b.instructions()) {
        if (!(i instanceof PhiInst phi)) {
          break;
        }
        for (int k = 0; k < phi.numIncoming(); k++) {
          if (dead.contains(phi.incomingBlock(k))) {
            touched.add(phi.incomingValue(k));
            phi.setOperand(k, ConstantKeyword.get(phi.type(), ConstantKeyword.Kind.POISON));
          }
        }
      }
    }
  }
}
