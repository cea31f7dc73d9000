// The part of LLVM's SimplifyCFG that shows what a loop became after LICM, GVN and unswitching:
// - a conditional branch or a switch on a constant becomes an unconditional branch (the other
//   successors lose this block's phi entries);
// - blocks no longer reachable from the entry are deleted;
// - a block that holds nothing but `br label %S` (no phis, no loop metadata) is bypassed: its
//   predecessors branch to %S directly, and %S's phis take the value they had from it for each
//   edge that now reaches %S (a switch may have several cases there) (not done when a predecessor already reaches %S with another value, nor, as LLVM
//   keeps loops canonical, when the block has two or more predecessors and it or %S is a loop
//   header) — this is what turns `bb1: br label %bb2` / `bb2: br label %bb1` into
//   `bb1: br label %bb1`;
// - a block whose only predecessor has it as its only successor is merged into it.
// Each change is an Analysis remark (LLVM's SimplifyCFG emits none).
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Use;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class SimplifyCfgPass {
  static final String PASS = "simplifycfg";

  private final Function f;
  private final List<PassRemark> out;

  private SimplifyCfgPass(Function f, List<PassRemark> out) {
    this.f = f;
    this.out = out;
  }

  /** Simplifies {@code f}'s CFG until nothing changes. */
  public static void run(Function f, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    SimplifyCfgPass p = new SimplifyCfgPass(f, out);
    boolean changed = true;
    for (int round = 0; changed && round < 1000; round++) {
      changed = p.foldConstantBranches() | p.removeUnreachable() | p.bypassEmptyBlock()
          | p.mergeIntoPredecessor();
    }
  }

  private boolean foldConstantBranches() {
    boolean changed = false;
    for (BasicBlock b : f.blocks()) {
      if (b.terminator() instanceof BranchInst br && br.isConditional()
          && br.condition() instanceof ConstantInt c) {
        boolean taken = c.bigValue().testBit(0);
        BasicBlock to = (BasicBlock) br.operand(taken ? 1 : 2);
        remark("FoldedConstantBranch", br, "folded a branch on a constant",
            "its condition is " + taken + " (after the passes before), so it always goes to "
                + to);
        CfgEdits.foldTerminator(b, to);
        changed = true;
      } else if (b.terminator() instanceof SwitchInst sw
          && sw.condition() instanceof ConstantInt c) {
        BasicBlock to = sw.destinationFor(c);
        remark("FoldedConstantSwitch", sw, "folded a switch on a constant",
            "its condition is " + c + " (after the passes before), so it always goes to "
                + to);
        CfgEdits.foldTerminator(b, to);
        changed = true;
      }
    }
    return changed;
  }

  private boolean removeUnreachable() {
    Set<BasicBlock> reached = new HashSet<>();
    List<BasicBlock> work = new ArrayList<>(List.of(f.entryBlock()));
    while (!work.isEmpty()) {
      BasicBlock b = work.remove(work.size() - 1);
      if (reached.add(b)) {
        work.addAll(b.successors());
      }
    }
    List<BasicBlock> dead = new ArrayList<>();
    for (BasicBlock b : f.blocks()) {
      if (!reached.contains(b)) {
        dead.add(b);
      }
    }
    if (dead.isEmpty()) {
      return false;
    }
    for (BasicBlock b : dead) {
      remark("RemovedUnreachableBlock", b.terminator(), "removed unreachable block " + b,
          "no path from the entry reaches " + b + " any more");
    }
    CfgEdits.deleteBlocks(f, dead);
    return true;
  }

  private boolean bypassEmptyBlock() {
    Set<BasicBlock> headers = null; // the loop headers, found when a candidate needs them
    for (BasicBlock b : f.blocks()) {
      if (b == f.entryBlock() || b.instructions().size() != 1
          || !(b.terminator() instanceof BranchInst br) || br.isConditional()
          || br.attachment("llvm.loop") != null) {
        continue;
      }
      BasicBlock s = br.successors().get(0);
      List<BasicBlock> preds = CfgEdits.predecessors(b);
      if (headers == null && preds != null && preds.size() >= 2) {
        headers = loopHeaders();
      }
      boolean keepLoopForm = preds != null && preds.size() >= 2
          && (headers.contains(b) || headers.contains(s));
      if (s == b || preds == null || preds.isEmpty() || keepLoopForm
          || !canBypass(b, s, preds)) {
        continue;
      }
      remark("RemovedEmptyBlock", br, "removed empty block " + b,
          String.valueOf(b) + " only branches to " + s + ", so its predecessors go there"
              + " directly");
      for (PhiInst phi : CfgEdits.phis(s)) {
        int k = phi.incomingIndexOf(b);
        for (BasicBlock p : preds) {
          // one entry for each edge that now reaches s (a switch may have several cases to b)
          for (BasicBlock to : p.successors()) {
            if (to == b) {
              phi.addIncoming(phi.incomingValue(k), p);
            }
          }
        }
        phi.removeIncoming(k);
      }
      for (BasicBlock p : preds) {
        for (Use u : new ArrayList<>(b.uses())) {
          if (u.user() == p.terminator()) {
            u.set(s);
          }
        }
      }
      CfgEdits.deleteBlocks(f, List.of(b));
      return true;
    }
    return false;
  }

  private Set<BasicBlock> loopHeaders() {
    Set<BasicBlock> out = new HashSet<>();
    for (Loop l : LoopInfo.of(f).loopsInPreorder()) {
      out.add(l.header());
    }
    return out;
  }

  /** The predecessors can branch to {@code s} directly without a phi conflict. */
  private static boolean canBypass(BasicBlock b, BasicBlock s, List<BasicBlock> preds) {
    for (BasicBlock p : preds) {
      Instruction t = p.terminator();
      if (!(t instanceof BranchInst || t instanceof SwitchInst)) {
        return false;
      }
      for (PhiInst phi : CfgEdits.phis(s)) {
        if (p.successors().contains(s)
            && phi.incomingValueFor(p) != phi.incomingValueFor(b)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean mergeIntoPredecessor() {
    for (BasicBlock b : f.blocks()) {
      List<BasicBlock> preds = CfgEdits.predecessors(b);
      if (b == f.entryBlock() || preds == null || preds.size() != 1 || preds.get(0) == b
          || !CfgEdits.phis(b).isEmpty()) {
        continue;
      }
      BasicBlock p = preds.get(0);
      if (!(p.terminator() instanceof BranchInst br) || br.isConditional()) {
        continue;
      }
      remark("MergedBlock", br, "merged " + b + " into " + p,
          String.valueOf(p) + " always continues to " + b + ", its only predecessor");
      CfgEdits.spliceIntoPredecessor(b, p);
      return true;
    }
    return false;
  }

  private void remark(String name, Instruction at, String message, String reason) {
    out.add(new PassRemark(Kind.ANALYSIS, PASS, name, f.name(), Place.of(at),
        List.of(Arg.string(message)), reason, Place.of(at)));
  }
}
