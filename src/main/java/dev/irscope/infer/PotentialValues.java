// LLVM 19's AAPotentialValues (AttributorAttributes.cpp), reduced to what liveness needs: whether
// the set of values a value may take is still empty ("no value yet"), which makes
// AAIsDeadFunction assume neither edge of a branch on it live. The set starts empty and fills:
//   - an argument of an internal function called only directly: from its live call sites;
//     another argument is itself at once;
//   - a phi from its incoming values on live edges, a select from either operand;
//   - a load through an argument pointer when that argument has a value, else at once;
//   - a call of a definition the Attributor may change once its callee may return;
//   - any other instruction when all its operands have values; constants at once.
// A condition derived from an argument of an internal function counts as having no value yet
// throughout: the Attributor fills such sets from the potential values, constant ranges and
// memory contents of the callers' arguments, which on a large module does not settle within its
// 32 iterations (sqlite3: a branch on such a value stays unexplored in LLVM's own liveness); this
// is an approximation of that interplay, not a model of it. Not when the argument's values are
// known at once (knownAtOnce): every call passes constants or arguments of functions whose
// callers the Attributor cannot all see (sqlite3's isDate: LLVM explores past its branch on
// such an argument by the second iteration). Such a condition is still changing
// when the iterations stop (LivenessAttributes.Unsettled): the liveness waiting on it never
// reaches a fixpoint, so the call it keeps unexplored is not known not to return, and it is reset
// at the end with everything that depends on it, as LLVM resets the attributes that depend on
// one changed in the last iteration. So does one derived from a load through such an argument
// when every call passes it an alloca, a global, a noalias call or another internal function's
// argument (whose objects arrive late in turn): those are the objects whose memory
// AA::getPotentialCopiesOfMemoryValue reads the stored values of, through AAPointerInfo of the
// object, which waits on every access to it; it needs every underlying object to be one of them
// (forallUnderlyingObjects), and any other object makes it give up at once, the load then being
// its own value.
package dev.irscope.infer;

import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class PotentialValues extends AttributorReach.AA {
  final Value v;
  boolean nonEmpty;

  private final LivenessAttributes aas;

  PotentialValues(LivenessAttributes aas, Value v) {
    this.aas = aas;
    this.v = v;
  }

  /**
   * Whether the branch or switch {@code term} finds no value yet for its condition: one derived
   * (through arithmetic, comparisons, casts, selects and phis) from an argument of an internal
   * function or from a load through one that may read a caller's memory object, or whose
   * potential values are still empty.
   */
  static final boolean DEBUG = System.getProperty("irscope.debug.reach") != null;

  static boolean noValueYet(LivenessAttributes aas, Instruction term, AttributorReach.AA querying) {
    Value c = term.operand(0);
    if (onInternalArgument(aas, c, new HashSet<>())) {
      aas.cutOff = true;
      aas.unsettled(querying);
      if (DEBUG) {
        System.err.println("HELD " + term.function().name() + " " + term.line());
      }
      return true;
    }
    PotentialValues pv = aas.values(c, querying, LivenessAttributes.OPTIONAL);
    return pv != null && !pv.nonEmpty;
  }

  private static boolean onInternalArgument(LivenessAttributes aas, Value v, Set<Value> seen) {
    if (!seen.add(v) || seen.size() > 50) {
      return false;
    }
    if (v instanceof Argument a) {
      return a.parent().hasLocalLinkage() && !knownAtOnce(aas, a);
    }
    if (v instanceof LoadInst l) {
      return stripped(l.pointer()) instanceof Argument a && a.parent().hasLocalLinkage()
          && passedMemoryObject(aas, a);
    }
    if (v instanceof Instruction i && !(i instanceof CallBase)) {
      for (Value o : i.operands()) {
        if (!(o instanceof BasicBlock) && onInternalArgument(aas, o, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the Attributor knows the values of argument {@code a} within an iteration or two:
   * its function has callers it cannot all see (not internal, or its address is taken), so
   * AAPotentialValues gives up at once and the argument is its own value; or every call passes
   * a value made (by arithmetic, comparisons, casts, selects, GEPs) of constants and arguments of
   * such functions. An argument of another internal function called only directly waits on that
   * function's callers in turn, which on a large module takes longer than the 32 iterations.
   */
  private static boolean knownAtOnce(LivenessAttributes aas, Argument a) {
    Function f = a.parent();
    if (!LivenessAttributes.callersAllKnown(f)) {
      return true;
    }
    for (Use u : aas.ir.uses.of(f)) {
      CallBase call = (CallBase) u.user();
      if (a.index() < call.numArgs() && !madeOfKnownValues(call.arg(a.index()), 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean madeOfKnownValues(Value v, int depth) {
    if (v instanceof Constant) {
      return true;
    }
    if (v instanceof Argument b) {
      return !LivenessAttributes.callersAllKnown(b.parent());
    }
    if (depth > 8 || v instanceof LoadInst || v instanceof CallBase || v instanceof PhiInst
        || !(v instanceof Instruction i)) {
      return false;
    }
    for (Value o : i.operands()) {
      if (!(o instanceof BasicBlock) && !madeOfKnownValues(o, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the values of a load through argument {@code a} wait on memory: no call passes
   * {@code a} a pointer other than an object whose memory the Attributor reads stored values
   * from (an alloca, a global or a noalias call) or another internal function's argument. The
   * objects behind such an argument arrive through its own callers, later than the 32 iterations
   * on a large module (following them, as AAUnderlyingObjects does, gives 293 disagreements on
   * sqlite3 -O0 against 267 without).
   */
  private static boolean passedMemoryObject(LivenessAttributes aas, Argument a) {
    Function f = a.parent();
    if (!LivenessAttributes.callersAllKnown(f)) {
      return false;
    }
    for (Use u : aas.ir.uses.of(f)) {
      CallBase call = (CallBase) u.user();
      if (a.index() >= call.numArgs()) {
        continue;
      }
      Value p = stripped(call.arg(a.index()));
      boolean waits = p instanceof AllocaInst || p instanceof GlobalVariable
          || UnderlyingObject.isNoAliasCall(p)
          || p instanceof Argument b && LivenessAttributes.callersAllKnown(b.parent());
      if (!waits) {
        return false;
      }
    }
    return true;
  }

  /** The pointer without its GEPs and casts. */
  private static Value stripped(Value p) {
    while (p instanceof GetElementPtrInst || p instanceof CastInst) {
      p = ((Instruction) p).operand(0);
    }
    return p;
  }

  @Override
  Instruction ctx() {
    if (v instanceof Instruction i) {
      return i;
    }
    Function f = ((Argument) v).parent();
    return f.entryBlock().instructions().get(0);
  }

  @Override
  boolean indicatePessimisticFixpoint() {
    boolean changed = !nonEmpty || !fixpoint;
    nonEmpty = true;
    fixpoint = true;
    return changed;
  }

  @Override
  void initialize() {
    if (v instanceof Argument a && !LivenessAttributes.callersAllKnown(a.parent())) {
      indicatePessimisticFixpoint();
    }
  }

  @Override
  boolean updateImpl() {
    if (nonEmpty) {
      return false;
    }
    if (computeNonEmpty()) {
      nonEmpty = true;
      return true;
    }
    return false;
  }

  private boolean has(Value o) {
    if (o instanceof Constant || o instanceof BasicBlock) {
      return true;
    }
    PotentialValues pv = aas.values(o, this, LivenessAttributes.OPTIONAL);
    return pv == null || pv.nonEmpty;
  }

  private boolean computeNonEmpty() {
    if (v instanceof Argument a) {
      Function f = a.parent();
      List<Use> uses = aas.ir.uses.of(f);
      for (int k = uses.size() - 1; k >= 0; k--) {
        CallBase cb = (CallBase) uses.get(k).user();
        if (aas.blockDead(cb, this, LivenessAttributes.OPTIONAL)) {
          continue;
        }
        if (a.index() >= cb.numArgs() || has(cb.arg(a.index()))) {
          return true;
        }
      }
      return false;
    }
    if (v instanceof PhiInst phi) {
      IsDeadFunction live = aas.isDead(phi.function(), this, null);
      for (int k = 0; k < phi.numIncoming(); k++) {
        BasicBlock from = phi.incomingBlock(k);
        if (live != null && live.valid
            && !live.liveEdges.contains(List.of(from, phi.parent()))) {
          aas.recordDependence(live, this, LivenessAttributes.OPTIONAL);
          continue;
        }
        if (has(phi.incomingValue(k))) {
          return true;
        }
      }
      return false;
    }
    if (v instanceof SelectInst sel) {
      return has(sel.operand(1)) || has(sel.operand(2));
    }
    if (v instanceof LoadInst l) {
      Value p = stripped(l.pointer());
      return !(p instanceof Argument) || has(p);
    }
    if (v instanceof CallBase call) {
      Function callee = call.callee() instanceof Function f ? f : null;
      if (callee == null || !LivenessAttributes.amendable(callee) || call.type().isVoid()) {
        return true;
      }
      LivenessAttributes.NoReturn n = aas.noReturnFn(callee, this,
        LivenessAttributes.OPTIONAL);
      return n == null || !n.valid;
    }
    if (v instanceof Instruction i) {
      for (Value o : i.operands()) {
        if (!has(o)) {
          return false;
        }
      }
    }
    return true;
  }
}
