// Small CFG edits the transforms share: replacing a block's terminator (its debug records and
// !dbg stay with the new one), folding a terminator to one of its destinations, redirecting phi
// entries, deleting dead blocks, moving debug records, and the changes of control flow GVN
// makes. Before anything else, GVN merges each block whose only predecessor has it as its only
// successor into that predecessor (LLVM's MergeBlockIntoPredecessor, in block order; not a block
// whose address is taken, not through an invoke or other special terminator, not a self-loop or
// a block with a phi that uses itself): its phis are replaced by their one incoming value, the
// predecessor's branch goes and the block's instructions follow the predecessor's; its
// successors' phis then come from the predecessor. And for load PRE, a critical edge is split
// (LLVM's SplitCriticalEdge as GVNPass::splitCriticalEdges calls it): a block
// FROM.TO_crit_edge, placed right after FROM, that branches to TO (with FROM's terminator's
// !dbg location); FROM's terminator and TO's phis are redirected to it.
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MetadataAttachment;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Use;
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

  /** Puts {@code next} in place of {@code b}'s terminator, keeping its records and !dbg. */
  static void replaceTerminator(BasicBlock b, Instruction next) {
    Instruction old = b.terminator();
    for (DebugRecord r : old.takeDebugRecords()) {
      next.addDebugRecord(r);
    }
    for (MetadataAttachment a : old.attachments()) {
      if (a.kind().equals("dbg")) {
        next.addAttachment(a);
      }
    }
    next.setPosition(old.line(), old.column());
    old.dropAllReferences();
    b.remove(old);
    b.append(next);
  }

  /**
   * Makes {@code b} branch to {@code to} only, one of its successors (a branch or switch whose
   * condition is known): the other successors lose their phi entries from {@code b}, and
   * {@code to} keeps one entry from {@code b} where several edges led there.
   */
  static void foldTerminator(BasicBlock b, BasicBlock to) {
    for (BasicBlock s : new java.util.LinkedHashSet<>(b.successors())) {
      if (s != to) {
        removePredecessor(s, b);
        continue;
      }
      for (PhiInst p : phis(s)) {
        boolean seen = false;
        for (int i = 0; i < p.numIncoming(); i++) {
          if (p.incomingBlock(i) == b && seen) {
            p.removeIncoming(i--);
          } else if (p.incomingBlock(i) == b) {
            seen = true;
          }
        }
      }
    }
    replaceTerminator(b, new BranchInst(to));
  }

  /** Puts {@code records} before {@code i}'s own debug records (they now precede it). */
  static void prependDebugRecords(Instruction i, List<DebugRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<DebugRecord> own = i.takeDebugRecords();
    records.forEach(i::addDebugRecord);
    own.forEach(i::addDebugRecord);
  }

  /**
   * The blocks whose terminator branches to {@code b}, in use order, or null when something
   * else refers to it (a blockaddress), which the clean-up passes leave alone.
   */
  static List<BasicBlock> predecessors(BasicBlock b) {
    List<BasicBlock> out = new ArrayList<>();
    for (Use u : b.uses()) {
      if (!(u.user() instanceof Instruction i) || !i.isTerminator() || i.parent() == null) {
        return null;
      }
      if (!out.contains(i.parent())) {
        out.add(i.parent());
      }
    }
    return out;
  }

  /** The phis at the start of {@code b}. */
  static List<PhiInst> phis(BasicBlock b) {
    List<PhiInst> out = new ArrayList<>();
    for (Instruction i : b.instructions()) {
      if (!(i instanceof PhiInst p)) {
        break;
      }
      out.add(p);
    }
    return out;
  }

  /** Drops the entries of {@code b}'s phis that come from {@code pred}. */
  static void removePredecessor(BasicBlock b, BasicBlock pred) {
    for (PhiInst p : phis(b)) {
      for (int i = p.numIncoming() - 1; i >= 0; i--) {
        if (p.incomingBlock(i) == pred) {
          p.removeIncoming(i);
        }
      }
    }
  }

  /** Deletes {@code dead} blocks from {@code f}; values they define must be unused elsewhere. */
  static void deleteBlocks(Function f, List<BasicBlock> dead) {
    for (BasicBlock b : dead) {
      for (BasicBlock s : b.successors()) {
        if (!dead.contains(s)) {
          removePredecessor(s, b);
        }
      }
    }
    for (BasicBlock b : dead) {
      for (Instruction i : b.instructions()) {
        i.dropAllReferences();
      }
    }
    for (BasicBlock b : dead) {
      f.removeBlock(b);
    }
  }

  static BasicBlock splitCriticalEdge(BasicBlock from, BasicBlock to, Names names) {
    return splitCriticalEdge(from, to,
        names.unique(critEdgeName(from, to)));
  }

  /** LLVM's name for the block splitting {@code from} -> {@code to}, before uniquing. */
  static String critEdgeName(BasicBlock from, BasicBlock to) {
    return nameOf(from) + "." + nameOf(to) + "_crit_edge";
  }

  /**
   * Splits the edge {@code from} -> {@code to} with a block named {@code name}, after FROM,
   * whose branch has the !dbg location of FROM's terminator.
   */
  static BasicBlock splitCriticalEdge(BasicBlock from, BasicBlock to, String name) {
    BasicBlock b = new BasicBlock(name);
    from.parent().insertBlockAfter(from, b);
    BranchInst br = new BranchInst(to);
    b.append(br);
    Instruction t = from.terminator();
    if (t.attachment("dbg") != null) {
      br.setAttachment("dbg", t.attachment("dbg"));
    }
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
      if (!canMerge(b, p, addressTaken.contains(b))) {
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

  /**
   * Merges {@code b} into its only predecessor where MergeBlockIntoPredecessor would (see
   * above); {@code deleting} hears of each phi removed. Whether it did; the predecessor is then
   * the block that holds b's instructions.
   */
  static boolean mergeIntoPredecessor(BasicBlock b,
      java.util.function.BiConsumer<Instruction, Value> deleting) {
    List<BasicBlock> ps = predecessors(b);
    BasicBlock p = ps != null && ps.size() == 1 ? ps.get(0) : null;
    if (!canMerge(b, p, ps == null)) {
      return false;
    }
    merge(b, p, deleting);
    return true;
  }

  private static boolean canMerge(BasicBlock b, BasicBlock p, boolean addressTaken) {
    return p != null && p != b && !addressTaken && p.terminator() != null
        && (p.terminator() instanceof BranchInst || p.terminator() instanceof SwitchInst)
        && Cfg.rawSuccessors(p).stream().allMatch(s -> s == b) && !hasPhiLoop(b);
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
    spliceIntoPredecessor(b, p);
    if (!p.hasName() && b.hasName()) {
      p.setName(b.name()); // MergeBlockIntoPredecessor's takeName
    }
  }

  /**
   * Moves the instructions of {@code b} (its phis already gone) to the end of {@code p}, whose
   * terminator, a branch to b, goes: the branch's debug records stay before them, b's
   * successors' phis then come from p, and b leaves the function. The one step every merge of
   * a block into its only predecessor ends with (GVN's, SimplifyCFG's, the inliner's clean-up).
   */
  static void spliceIntoPredecessor(BasicBlock b, BasicBlock p) {
    Instruction branch = p.terminator();
    List<DebugRecord> records = branch.takeDebugRecords();
    p.remove(branch);
    branch.dropAllReferences();
    List<Instruction> moved = new ArrayList<>(b.instructions());
    for (Instruction i : moved) {
      b.remove(i);
      p.append(i);
    }
    prependDebugRecords(moved.get(0), records);
    for (BasicBlock s : Cfg.rawSuccessors(p)) {
      redirectPhis(s, b, p);
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
