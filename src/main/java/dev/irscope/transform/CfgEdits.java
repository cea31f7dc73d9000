// The changes of control flow GVN makes. Before anything else, each block whose only
// predecessor has it as its only successor is merged into that predecessor (LLVM's
// MergeBlockIntoPredecessor, in block order; not a block whose address is taken, not through
// an invoke or other special terminator, not a self-loop or a block with a phi that uses
// itself): its phis are replaced by their one incoming value, the predecessor's branch goes
// and the block's instructions follow the predecessor's; its successors' phis then come from
// the predecessor. And for load PRE, a critical edge is split (LLVM's SplitCriticalEdge as
// GVNPass::splitCriticalEdges calls it): a block FROM.TO_crit_edge, placed right after FROM,
// that branches to TO; FROM's terminator and TO's phis are redirected to it.
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    redirectPhis(to, from, b);
    return b;
  }

  /**
   * Merges the blocks of {@code f} into their predecessors where MergeBlockIntoPredecessor
   * would; {@code deleting} hears of each phi removed (with its replacement). Whether any was.
   */
  static boolean mergeBlocksIntoPredecessors(Function f,
      java.util.function.BiConsumer<Instruction, Value> deleting) {
    Map<BasicBlock, Set<BasicBlock>> preds = new HashMap<>();
    for (BasicBlock b : f.blocks()) {
      for (BasicBlock s : Cfg.rawSuccessors(b)) {
        preds.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(b);
      }
    }
    Set<BasicBlock> addressTaken = new HashSet<>();
    for (User u : f.users()) {
      if (u instanceof BlockAddress ba && ba.block() != null) {
        addressTaken.add(ba.block());
      }
    }
    boolean changed = false;
    for (BasicBlock b : new ArrayList<>(f.blocks())) {
      Set<BasicBlock> ps = preds.getOrDefault(b, Set.of());
      BasicBlock p = ps.size() == 1 ? ps.iterator().next() : null;
      if (p == null || p == b || addressTaken.contains(b) || p.terminator() == null
          || !(p.terminator() instanceof BranchInst || p.terminator() instanceof SwitchInst)
          || Cfg.rawSuccessors(p).stream().anyMatch(s -> s != b) || hasPhiLoop(b)) {
        continue;
      }
      merge(b, p, deleting);
      for (BasicBlock s : Cfg.rawSuccessors(p)) {
        Set<BasicBlock> sp = preds.get(s);
        sp.remove(b);
        sp.add(p);
      }
      changed = true;
    }
    return changed;
  }

  private static boolean hasPhiLoop(BasicBlock b) {
    for (Instruction i : b.instructions()) {
      if (i instanceof PhiInst phi && phi.operands().contains(phi)) {
        return true;
      }
    }
    return false;
  }

  private static void merge(BasicBlock b, BasicBlock p,
      java.util.function.BiConsumer<Instruction, Value> deleting) {
    for (Instruction i : new ArrayList<>(b.instructions())) {
      if (!(i instanceof PhiInst phi)) {
        break;
      }
      Value v = phi.incomingValue(0);
      deleting.accept(phi, v);
      phi.replaceAllUsesWith(v);
      b.remove(phi);
      phi.dropAllReferences();
    }
    Instruction branch = p.terminator();
    List<dev.irscope.ir.DebugRecord> records = branch.takeDebugRecords();
    p.remove(branch);
    branch.dropAllReferences();
    List<Instruction> moved = new ArrayList<>(b.instructions());
    for (Instruction i : moved) {
      b.remove(i);
      p.append(i);
    }
    if (!records.isEmpty() && !moved.isEmpty()) {
      List<dev.irscope.ir.DebugRecord> all = new ArrayList<>(records);
      all.addAll(moved.get(0).takeDebugRecords());
      all.forEach(moved.get(0)::addDebugRecord);
    }
    for (BasicBlock s : Cfg.rawSuccessors(p)) {
      redirectPhis(s, b, p);
    }
    if (!p.hasName() && b.hasName()) {
      p.setName(b.name());
    }
    p.parent().removeBlock(b);
  }

  /** The phis of {@code b} take what came in from {@code from} as coming from {@code to}. */
  private static void redirectPhis(BasicBlock b, BasicBlock from, BasicBlock to) {
    for (Instruction i : b.instructions()) {
      if (!(i instanceof PhiInst phi)) {
        break;
      }
      for (int k = 0; k < phi.numIncoming(); k++) {
        if (phi.incomingBlock(k) == from) {
          phi.setIncomingBlock(k, to);
        }
      }
    }
  }

  private static String nameOf(BasicBlock b) {
    return b.hasName() ? b.name() : "";
  }
}
