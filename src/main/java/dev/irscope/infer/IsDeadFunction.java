// LLVM 19's AAIsDeadFunction (AttributorAttributes.cpp), run by AttributorReach's engine: which
// blocks of a function are assumed live.
//   - An internal function is dead while every use of it is in a block assumed dead
//     (checkForAllCallSites); a call from the function itself counts as live, as the Attributor
//     does not use recursive reasoning.
//   - Otherwise its entry is live and it explores forward from where it stopped: a call whose
//     callee is assumed noreturn stops there (retried on a later update), one known noreturn ends
//     the path; a conditional branch or switch on a value with no value yet stops there
//     (PotentialValues), on a constant follows the taken edge, on undef none, else all edges.
//   - Assuming a block live seeds the internal functions it calls (markLiveInternalFunction).
//   - With every block live, nothing left to explore and no dead end but a `ret` or
//     `unreachable`, it gives up: invalid, which means "everything live".
package dev.irscope.infer;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.InvokeInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class IsDeadFunction extends AttributorReach.AA {
  final Function f;
  final Set<BasicBlock> liveBlocks = new HashSet<>();
  LinkedHashSet<Instruction> toBeExploredFrom = new LinkedHashSet<>();
  final Set<Instruction> knownDeadEnds = new LinkedHashSet<>(); // a SetVector in LLVM
  final Set<List<BasicBlock>> liveEdges = new HashSet<>();

  private final LivenessAttributes aas;

  IsDeadFunction(LivenessAttributes aas, Function f) {
    this.aas = aas;
    this.f = f;
  }

  @Override
  Instruction ctx() {
    return f.entryBlock().instructions().get(0);
  }

  @Override
  void initialize() {
    if (!isAssumedDeadInternalFunction()) {
      toBeExploredFrom.add(ctx());
      assumeLive(f.entryBlock());
    }
  }

  /** checkForAllCallSites with a predicate that always fails: no call site is live. */
  private boolean isAssumedDeadInternalFunction() {
    if (!f.hasLocalLinkage()) {
      return false;
    }
    List<Use> uses = aas.ir.uses.of(f);
    for (int k = uses.size() - 1; k >= 0; k--) {
      Use u = uses.get(k);
      if (!(u.user() instanceof Instruction user)) {
        return false;
      }
      if (!aas.blockDead(user, this, LivenessAttributes.OPTIONAL)) {
        return false;
      }
    }
    return true;
  }

  private boolean assumeLive(BasicBlock b) {
    if (!liveBlocks.add(b)) {
      return false;
    }
    for (Instruction i : b.instructions()) {
      if (i instanceof CallBase call && call.callee() instanceof Function callee
          && callee.hasLocalLinkage()) {
        if (PotentialValues.DEBUG && !aas.isSeeded(callee)) {
          System.err.println("SEED " + callee.name() + " by " + f.name() + " at " + i.line());
        }
        aas.identifyDefaultAbstractAttributes(callee);
      }
    }
    return true;
  }

  @Override
  boolean updateImpl() {
    boolean changed = false;
    if (liveBlocks.isEmpty()) {
      if (isAssumedDeadInternalFunction()) {
        return false;
      }
      toBeExploredFrom.add(ctx());
      assumeLive(f.entryBlock());
      changed = true;
    }
    List<Instruction> work = new ArrayList<>(toBeExploredFrom);
    LinkedHashSet<Instruction> next = new LinkedHashSet<>();
    List<Instruction> alive = new ArrayList<>();
    while (!work.isEmpty()) {
      Instruction i = work.remove(work.size() - 1);
      List<Instruction> insts = i.parent().instructions();
      int k = insts.indexOf(i);
      while (!i.isTerminator() && !(i instanceof CallBase)) {
        i = insts.get(++k);
      }
      alive.clear();
      boolean usedAssumed = aliveSuccessors(i, alive);
      if (usedAssumed) {
        next.add(i);
      } else if (alive.isEmpty()
          || (i.isTerminator() && alive.size() < i.successors().size())) {
        changed |= knownDeadEnds.add(i);
      }
      for (Instruction s : alive) {
        if (!i.isTerminator()) {
          work.add(s);
          continue;
        }
        changed |= liveEdges.add(List.of(i.parent(), s.parent()));
        if (assumeLive(s.parent())) {
          work.add(s);
        }
      }
    }
    if (!next.equals(toBeExploredFrom)) {
      changed = true;
      toBeExploredFrom = next;
    }
    if (toBeExploredFrom.isEmpty() && liveBlocks.size() == f.blocks().size()
        && knownDeadEnds.stream().allMatch(e -> e.isTerminator()
            && e.successors().isEmpty())) {
      return indicatePessimisticFixpoint();
    }
    return changed;
  }

  /** identifyAliveSuccessors: the live successors into {@code alive}; true if assumed. */
  private boolean aliveSuccessors(Instruction i, List<Instruction> alive) {
    if (i instanceof CallBase call) {
      int noReturn = aas.callNoReturn(call, this);
      boolean usedAssumed = noReturn == 1;
      if (noReturn == 0) {
        alive.add(i.isTerminator() ? first(i.successors().get(0)) : next(i));
      }
      if (i instanceof InvokeInst inv && !aas.ir.callHas(call, "nounwind")) {
        alive.add(first(inv.unwindDest()));
      }
      return usedAssumed;
    }
    if ((i instanceof BranchInst b && b.isConditional() || i instanceof SwitchInst)
        && !(i.operand(0) instanceof Constant) && PotentialValues.noValueYet(aas, i, this)) {
      return true;
    }
    if (i instanceof BranchInst br && br.isConditional()) {
      Value c = br.condition();
      if (c instanceof ConstantInt ci) {
        alive.add(first(br.successors().get(ci.isZero() ? 1 : 0)));
      } else if (!isUndef(c)) {
        alive.add(first(br.successors().get(0)));
        alive.add(first(br.successors().get(1)));
      }
      return false;
    }
    if (i instanceof SwitchInst sw) {
      Value c = sw.condition();
      if (isUndef(c)) {
        return false;
      }
      if (c instanceof ConstantInt ci) {
        boolean matched = false;
        for (int k = 2; k + 1 < sw.numOperands(); k += 2) {
          if (sw.operand(k) instanceof ConstantInt v && v == ci) {
            matched = true;
            alive.add(first((BasicBlock) sw.operand(k + 1)));
          }
        }
        if (!matched) {
          alive.add(first(sw.defaultDest()));
        }
        return false;
      }
    }
    for (BasicBlock s : i.successors()) {
      alive.add(first(s));
    }
    return false;
  }

  private static boolean isUndef(Value v) {
    return v instanceof ConstantKeyword k && (k.kind() == ConstantKeyword.Kind.UNDEF
        || k.kind() == ConstantKeyword.Kind.POISON);
  }

  private Instruction first(BasicBlock b) {
    return b.instructions().get(0);
  }

  private Instruction next(Instruction i) {
    List<Instruction> insts = i.parent().instructions();
    return insts.get(insts.indexOf(i) + 1);
  }
}
