// LLVM's trivial loop unswitching (SimpleLoopUnswitch's unswitchAllTrivialConditions), which
// turns a spin loop whose load LICM hoisted into a loop with no exit (spec D8). Starting at the
// header, it walks the blocks every iteration runs: a block with an instruction that may have a
// side effect ends the walk (skipping it would change behaviour); an unconditional branch is
// followed; a conditional branch whose condition is defined outside the loop and that leaves
// the loop on one side is unswitched: the preheader branches on the condition itself (to the
// header through a new preheader NAME.split, or to the exit block, whose phis must receive
// loop-invariant values from the branch's block and now receive them from the old preheader),
// the branch in the loop becomes unconditional, and the condition's uses in the loop become the
// constant it has there. LLVM also splits the exit block; SimplifyCFG merges the splits again.
// A store to a stack slot that SROA turns into SSA values before LLVM's loop passes run
// (SroaPass.wouldPromote), or a lifetime marker of one, does not count as a side effect: LLVM's
// unswitching never sees it (in a rotated loop the body runs before the exit test).
// Remarks (irscope's own: LLVM's unswitching emits none): UnswitchedTrivialBranch, and
// NotUnswitched where an invariant exit branch stays (a side effect before it, exit phis that
// take a value from the loop).
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class SimpleLoopUnswitchPass {
  static final String PASS = "simple-loop-unswitch";

  private final CallAttributes calls;
  private final List<PassRemark> out;

  private SimpleLoopUnswitchPass(CallAttributes calls, List<PassRemark> out) {
    this.calls = calls;
    this.out = out;
  }

  /** Unswitches the trivial invariant exit branches of every loop of {@code f}. */
  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    SimpleLoopUnswitchPass p = new SimpleLoopUnswitchPass(calls, out);
    Set<BranchInst> seen = new HashSet<>();
    LoopEdits.untilNoChange(f, l -> p.unswitchOne(l, seen));
  }

  /** Unswitches the first trivial branch on the header's path; true when it changed the IR. */
  private boolean unswitchOne(Loop l, Set<BranchInst> seen) {
    BasicBlock preheader = l.preheader();
    if (preheader == null) {
      return false;
    }
    Set<BasicBlock> visited = new HashSet<>();
    BasicBlock b = l.header();
    while (l.contains(b) && visited.add(b)) {
      Instruction effect = firstSideEffect(b);
      if (effect != null) {
        notUnswitched(l, b, effect, seen);
        return false;
      }
      if (!(b.terminator() instanceof BranchInst br)) {
        return false;
      }
      if (!br.isConditional()) {
        b = br.successors().get(0);
        continue;
      }
      BasicBlock t = (BasicBlock) br.operand(1);
      BasicBlock e = (BasicBlock) br.operand(2);
      Value c = br.condition();
      if (l.contains(t) == l.contains(e) || !l.isLoopInvariant(c)) {
        return false;
      }
      BasicBlock exit = l.contains(t) ? e : t;
      Instruction liveOut = usedAfterLoop(l, exit);
      if (liveOut != null) {
        note(seen, br, "NotUnswitched", "invariant exit branch not unswitched",
            Place.of(liveOut) + " is computed in the loop and used after it: in LCSSA form %"
                + exit.name() + " takes it through a phi, which cannot move to the preheader",
            liveOut);
        return false;
      }
      PhiInst varying = varyingExitPhi(exit, b, l);
      if (varying != null) {
        note(seen, br, "NotUnswitched", "invariant exit branch not unswitched",
            String.valueOf(exit) + " takes a value computed in the loop from " + b
                + ", so the branch cannot move to the preheader", varying);
        return false;
      }
      unswitch(l, preheader, br, b, exit, l.contains(t));
      return true;
    }
    return false;
  }

  private void unswitch(Loop l, BasicBlock preheader, BranchInst br, BasicBlock b,
      BasicBlock exit, boolean stayWhenTrue) {
    Value c = br.condition();
    BasicBlock inside = stayWhenTrue ? (BasicBlock) br.operand(1) : (BasicBlock) br.operand(2);
    out.add(new PassRemark(Kind.ANALYSIS, PASS, "UnswitchedTrivialBranch",
        b.parent().name(), Place.of(br),
        List.of(Arg.string("unswitched the loop-invariant exit branch on " + operand(c))),
        "its condition " + operand(c) + " is computed before the loop"
            + (c instanceof Instruction ci ? " (" + Place.of(ci) + ")" : "")
            + " and nothing with a side effect runs before it in the loop, so the preheader"
            + " " + preheader + " tests it once: the loop is entered only when it is "
            + stayWhenTrue + ", and then never leaves through " + exit,
        c instanceof Instruction ci ? Place.of(ci) : Place.of(br)));
    for (PhiInst phi : CfgEdits.phis(exit)) {
      for (int i = 0; i < phi.numIncoming(); i++) {
        if (phi.incomingBlock(i) == b) {
          phi.setIncomingBlock(i, preheader);
        }
      }
    }
    BasicBlock header = l.header();
    // LLVM splits the preheader: the old one tests the condition, the new one (NAME.split)
    // enters the loop, so the loop keeps a preheader for the passes that revisit it.
    Function f = preheader.parent();
    BasicBlock split = new BasicBlock(new Names(f).unique(
        (preheader.hasName() ? preheader.name() : "") + ".split"));
    f.insertBlockAfter(preheader, split);
    BranchInst enter = new BranchInst(header);
    split.append(enter);
    enter.setPosition(preheader.terminator().line(), preheader.terminator().column());
    for (PhiInst phi : CfgEdits.phis(header)) {
      for (int i = 0; i < phi.numIncoming(); i++) {
        if (phi.incomingBlock(i) == preheader) {
          phi.setIncomingBlock(i, split);
        }
      }
    }
    CfgEdits.replaceTerminator(preheader, stayWhenTrue ? new BranchInst(c, split, exit)
        : new BranchInst(c, exit, split));
    CfgEdits.replaceTerminator(b, new BranchInst(inside));
    ConstantInt known = stayWhenTrue ? ConstantInt.getTrue() : ConstantInt.getFalse();
    for (Use u : new ArrayList<>(c.uses())) {
      if (u.user() instanceof Instruction ui && ui.parent() != null && l.contains(ui.parent())) {
        u.set(known);
      }
    }
  }

  private Instruction firstSideEffect(BasicBlock b) {
    for (Instruction i : b.instructions()) {
      if (SideEffects.mayHaveSideEffects(i, calls) && !onPromotedSlot(i)) {
        return i;
      }
    }
    return null;
  }

  /**
   * A store to, or lifetime marker of, a stack slot SROA turns into SSA values before LLVM's
   * loop passes run (SroaPass.wouldPromote): LLVM's unswitching never sees it.
   */
  private static boolean onPromotedSlot(Instruction i) {
    Value p = i instanceof StoreInst s ? s.pointer()
        : i instanceof CallBase c && SroaPass.isLifetimeMarker(c) && c.numArgs() > 0
            ? c.arg(c.numArgs() - 1) : null;
    while (p instanceof GetElementPtrInst g) {
      p = g.operand(0);
    }
    return p instanceof AllocaInst a && SroaPass.wouldPromote(a);
  }

  /** Says why an invariant exit branch after a side effect stays, once per branch. */
  private void notUnswitched(Loop l, BasicBlock b, Instruction effect, Set<BranchInst> seen) {
    for (BasicBlock s : l.blocks()) {
      if (s.terminator() instanceof BranchInst br && br.isConditional()
          && l.isLoopInvariant(br.condition())
          && l.contains((BasicBlock) br.operand(1)) != l.contains((BasicBlock) br.operand(2))) {
        note(seen, br, "NotUnswitched", "invariant exit branch not unswitched",
            Place.of(effect) + " in " + b + " may have a side effect and runs before"
                + " the branch, so the loop cannot be skipped", effect);
      }
    }
  }

  private void note(Set<BranchInst> seen, BranchInst br, String name, String message,
      String reason, Instruction decidedBy) {
    if (seen.add(br)) {
      out.add(new PassRemark(Kind.ANALYSIS, PASS, name, br.function().name(), Place.of(br),
          List.of(Arg.string(message)), reason, Place.of(decidedBy)));
    }
  }

  /**
   * A value of the loop used, other than by a phi (exit phis are checked apart), in a block
   * reached from {@code exit} without going back into the loop: the IR is not in LCSSA form, and
   * LLVM's loop passes would have given {@code exit} a phi of it.
   */
  private static Instruction usedAfterLoop(Loop l, BasicBlock exit) {
    Set<BasicBlock> after = new HashSet<>();
    List<BasicBlock> work = new ArrayList<>(List.of(exit));
    while (!work.isEmpty()) {
      BasicBlock b = work.remove(work.size() - 1);
      if (!l.contains(b) && after.add(b)) {
        work.addAll(b.successors());
      }
    }
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        for (var u : i.users()) {
          if (u instanceof Instruction ui && ui.parent() != null && after.contains(ui.parent())
              && !(ui instanceof PhiInst)) {
            return i;
          }
        }
      }
    }
    return null;
  }

  /** An exit phi whose value from {@code from} is computed in the loop, or null. */
  private static PhiInst varyingExitPhi(BasicBlock exit, BasicBlock from, Loop l) {
    for (PhiInst phi : CfgEdits.phis(exit)) {
      Value v = phi.incomingValueFor(from);
      if (!l.isLoopInvariant(v)) {
        return phi;
      }
    }
    return null;
  }

  private static String operand(Value v) {
    return v.toString();
  }
}
