// LLVM's LoopDeletion for the case the polling story needs (spec D8): a loop that must make
// progress (the function is mustprogress, or the loop carries llvm.loop.mustprogress) and has
// no side effects is assumed to terminate, and since running it changes nothing it is removed.
// Legality as in LoopDeletion's isLoopDead: the loop has a preheader and exactly one exit block;
// no instruction in it may have side effects (writes, ordered or volatile accesses, calls that
// may write, throw or not return); no value computed in it is used after it except by the exit
// block's phis, whose values from the loop must be one loop-invariant value. The preheader then
// branches to the exit block, whose phis take that value from the preheader. Loops LLVM would
// delete because SCEV proves a finite trip count are not modelled (they do not poll memory).
// Remark: Passed, pass loop-delete, name Invariant, "Loop deleted because it is invariant".
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MDString;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.List;

public final class LoopDeletionPass {
  static final String PASS = "loop-delete";
  static final String MESSAGE = "Loop deleted because it is invariant";

  private final CallAttributes calls;
  private final List<PassRemark> out;

  private LoopDeletionPass(CallAttributes calls, List<PassRemark> out) {
    this.calls = calls;
    this.out = out;
  }

  /** Deletes the dead loops of {@code f} that must make progress, innermost first. */
  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    LoopDeletionPass p = new LoopDeletionPass(calls, out);
    LoopEdits.untilNoChange(f, l -> p.tryDelete(f, l));
  }

  private boolean tryDelete(Function f, Loop l) {
    BasicBlock preheader = l.preheader();
    List<BasicBlock> exits = l.exitBlocks();
    String progress = mustProgress(f, l);
    if (preheader == null || exits.size() != 1 || progress == null) {
      return false;
    }
    BasicBlock exit = exits.get(0);
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        if (SideEffects.mayHaveSideEffects(i, calls) || usedAfter(i, l, exit)) {
          return false;
        }
      }
    }
    List<Value> exitValues = new ArrayList<>();
    for (PhiInst phi : CfgEdits.phis(exit)) {
      Value v = loopValue(phi, l);
      if (v == null) {
        return false;
      }
      exitValues.add(v);
    }
    Instruction first = l.header().instructions().get(0);
    out.add(new PassRemark(Kind.PASSED, PASS, "Invariant", f.name(), Place.of(first),
        List.of(Arg.string(MESSAGE)), reason(progress, l, exit), Place.of(exitBranch(l, exit))));
    List<PhiInst> phis = CfgEdits.phis(exit);
    for (int k = 0; k < phis.size(); k++) {
      phis.get(k).addIncoming(exitValues.get(k), preheader);
    }
    CfgEdits.replaceTerminator(preheader, new BranchInst(exit));
    CfgEdits.deleteBlocks(f, new ArrayList<>(l.blocks()));
    return true;
  }

  /** Why the loop must make progress, or null when nothing says it must. */
  private static String mustProgress(Function f, Loop l) {
    if (f.fnAttributes().has("mustprogress")) {
      return "@" + f.name() + " is mustprogress";
    }
    for (BasicBlock latch : l.latches()) {
      if (hasMustProgress(latch.terminator().attachment("llvm.loop"))) {
        return "the loop carries !llvm.loop !{!\"llvm.loop.mustprogress\"}";
      }
    }
    return null;
  }

  private static boolean hasMustProgress(Metadata md) {
    if (!(md instanceof MDNode node)) {
      return false;
    }
    for (Metadata op : node.operands()) {
      if (op instanceof MDNode sub && !sub.operands().isEmpty()
          && sub.operands().get(0) instanceof MDString s
          && s.value().equals("llvm.loop.mustprogress")) {
        return true;
      }
    }
    return false;
  }

  /** A use outside the loop other than by the exit block's phis. */
  private static boolean usedAfter(Instruction i, Loop l, BasicBlock exit) {
    for (User u : i.users()) {
      if (u instanceof Instruction ui && ui.parent() != null && !l.contains(ui.parent())
          && !(ui instanceof PhiInst && ui.parent() == exit)) {
        return true;
      }
    }
    return false;
  }

  /** The one loop-invariant value {@code phi} receives from the loop, or null. */
  private static Value loopValue(PhiInst phi, Loop l) {
    Value v = null;
    for (int i = 0; i < phi.numIncoming(); i++) {
      if (!l.contains(phi.incomingBlock(i))) {
        continue;
      }
      Value in = phi.incomingValue(i);
      if (!l.isLoopInvariant(in)) {
        return null;
      }
      if (v != null && v != in) {
        return null;
      }
      v = in;
    }
    return v;
  }

  private static Instruction exitBranch(Loop l, BasicBlock exit) {
    for (BasicBlock b : l.blocks()) {
      if (b.successors().contains(exit)) {
        return b.terminator();
      }
    }
    return l.header().terminator();
  }

  private static String reason(String progress, Loop l, BasicBlock exit) {
    return progress + ", so the loop at " + l.header() + " may be assumed to end;"
        + " nothing in it has a side effect (no store, no atomic or volatile access, no call that"
        + " may write memory, throw or not return) and no value it computes is used after it,"
        + " so it is replaced by a branch to " + exit;
  }
}
