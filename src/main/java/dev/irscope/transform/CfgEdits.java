// Small CFG edits the transforms share: replacing a block's terminator (its debug records and
// !dbg stay with the new one), folding a terminator to one of its destinations, redirecting phi
// entries, deleting dead blocks, moving debug records, and the one change of control flow GVN
// makes: splitting a critical edge for load PRE (LLVM's SplitCriticalEdge as
// GVNPass::splitCriticalEdges calls it): a block FROM.TO_crit_edge, placed right after FROM,
// that branches to TO; FROM's terminator and TO's phis are redirected to it.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MetadataAttachment;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Use;
import java.util.ArrayList;
import java.util.List;

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
