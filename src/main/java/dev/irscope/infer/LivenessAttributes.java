// The abstract attributes of LLVM 19's Attributor that decide which blocks are live, created and
// looked up as Attributor::getOrCreateAAFor does, for AttributorReach's engine:
//   AAIsDeadFunction (IsDeadFunction) and AAPotentialValues (PotentialValues, reduced to "no
//     value yet") in their own files;
//   AANoReturn of a function: assumed until some `ret` is in a block assumed live;
//   AANoReturn of a call site: the callee's (a required dependence); a call of a declaration, of
//     a function the Attributor may not change, or of an unknown callee may return at once;
//   Unsettled: the potential values PotentialValues takes never to settle, as one attribute that
//     changes on every update, so that whatever waits on them is reset when the iterations stop.
// Seeding is runAttributorOnFunctions': in module order every definition except an internal one
// whose every use is a direct call, which is seeded when a block calling it is first assumed live.
package dev.irscope.infer;

import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

final class LivenessAttributes extends AttributorReach.Engine {
  static final Boolean OPTIONAL = false;
  static final Boolean REQUIRED = true;

  final DereferenceableInference.Ir ir;
  private final Map<Function, IsDeadFunction> isDead = new IdentityHashMap<>();
  private final Map<Function, NoReturn> noReturnFn = new IdentityHashMap<>();
  private final Map<CallBase, NoReturn> noReturnCs = new IdentityHashMap<>();
  private final Map<Value, PotentialValues> values = new IdentityHashMap<>();
  private final Set<Function> seeded = new HashSet<>();

  LivenessAttributes(DereferenceableInference.Ir ir) {
    this.ir = ir;
  }

  /** The seeding loop of runAttributorOnFunctions. */
  void seed(Module m) {
    for (Function f : m.functions()) {
      if (callersAllKnown(f)) {
        continue;
      }
      identifyDefaultAbstractAttributes(f);
    }
  }

  boolean isSeeded(Function f) {
    return seeded.contains(f);
  }

  /**
   * For -Dirscope.debug.reach: per function with a liveness attribute, "REACH NAME live/blocks
   * #toBeExploredFrom #knownDeadEnds valid|invalid open|fixed" (the counts LLVM's
   * -attributor-print-dep shows, tools/reach-vs-opt); with -Dirscope.debug.reach=NAME, that
   * function's points to explore from and dead ends too.
   */
  void dump(java.io.PrintStream out) {
    String detailed = System.getProperty("irscope.debug.reach");
    for (Map.Entry<Function, IsDeadFunction> e : isDead.entrySet()) {
      IsDeadFunction d = e.getValue();
      out.println("REACH " + e.getKey().name() + " " + d.liveBlocks.size() + "/"
          + e.getKey().blocks().size() + " " + d.toBeExploredFrom.size() + " "
          + d.knownDeadEnds.size() + " " + (d.valid ? "valid" : "invalid")
          + (d.openAtEnd ? " open" : " fixed"));
      if (e.getKey().name().equals(detailed)) {
        for (Instruction i : d.toBeExploredFrom) {
          out.println("  TBEP " + i.line() + ": " + Places.of(i));
        }
        for (Instruction i : d.knownDeadEnds) {
          out.println("  KDE " + i.line() + ": " + Places.of(i));
        }
      }
    }
  }

  /**
   * Whether the block of {@code i} was assumed live when the iterations stopped, before the
   * reset: an attribute that found it dead then depended on its function's liveness and is reset
   * with it.
   */
  boolean blockLiveBeforeReset(Instruction i) {
    IsDeadFunction d = isDead.get(i.function());
    return d == null || !d.validBeforeReset || d.liveBlocks.contains(i.parent());
  }

  /** Whether the entry block of {@code f} is live when the Attributor manifests. */
  boolean entryLive(Function f) {
    IsDeadFunction d = isDead.get(f);
    return d == null || !d.valid || d.liveBlocks.contains(f.entryBlock());
  }

  /**
   * For a function not reached: where the exploration of a caller stopped (the first point it was
   * to resume from, or the dead end it met), following callers that are not reached either.
   */
  Instruction blocker(Function f, Set<Function> seen) {
    if (!seen.add(f)) {
      return null;
    }
    for (Use u : ir.uses.of(f)) {
      if (u.user() instanceof Instruction call && isDead.get(call.function()) != null) {
        Function g = call.function();
        IsDeadFunction d = isDead.get(g);
        if (!entryLive(g)) {
          Instruction up = blocker(g, seen);
          if (up != null) {
            return up;
          }
        } else if (!d.toBeExploredFrom.isEmpty()) {
          return d.toBeExploredFrom.iterator().next();
        } else if (!d.knownDeadEnds.isEmpty()) {
          return d.knownDeadEnds.iterator().next();
        }
      }
    }
    return null;
  }

  /**
   * An internal function whose every use is a direct call: the Attributor sees all its callers
   * (checkForAllCallSites succeeds), seeds it lazily and takes its arguments' values from them.
   */
  static boolean callersAllKnown(Function f) {
    return f.hasLocalLinkage() && onlyCalledDirectly(f);
  }

  static boolean onlyCalledDirectly(Function f) {
    for (Use u : f.uses()) {
      if (!(u.user() instanceof CallBase) || u.index() != 0) {
        return false;
      }
    }
    return true;
  }

  static boolean amendable(Function f) {
    return !f.isDeclaration() && !f.blocks().isEmpty() && !f.fnAttributes().has("optnone")
        && !f.fnAttributes().has("naked")
        && (f.hasExactDefinition() || f.fnAttributes().has("alwaysinline"));
  }

  void identifyDefaultAbstractAttributes(Function f) {
    if (f.isDeclaration() || f.blocks().isEmpty() || !seeded.add(f)) {
      return;
    }
    isDead(f, null, null);
    if (!ir.functionHas(f, "noreturn")) {
      noReturnFn(f, null, null);
    }
  }

  IsDeadFunction isDead(Function f, AttributorReach.AA querying, Boolean dep) {
    IsDeadFunction d = isDead.get(f);
    if (d != null) {
      return found(d, querying, dep);
    }
    if (f.isDeclaration() || f.blocks().isEmpty() || f.fnAttributes().has("optnone")
        || f.fnAttributes().has("naked") || chainTooLong()) {
      return null;
    }
    d = new IsDeadFunction(this, f);
    isDead.put(f, d);
    return created(d, querying, dep, amendable(f));
  }

  NoReturn noReturnFn(Function f, AttributorReach.AA querying, Boolean dep) {
    NoReturn n = noReturnFn.get(f);
    if (n != null) {
      return found(n, querying, dep);
    }
    if (f.fnAttributes().has("optnone") || f.fnAttributes().has("naked") || chainTooLong()) {
      return null;
    }
    n = new NoReturn(f, null);
    noReturnFn.put(f, n);
    return created(n, querying, dep, amendable(f));
  }

  private NoReturn noReturnCs(CallBase call, AttributorReach.AA querying, Boolean dep) {
    NoReturn n = noReturnCs.get(call);
    if (n != null) {
      return found(n, querying, dep);
    }
    Function caller = call.function();
    if (caller.fnAttributes().has("optnone") || caller.fnAttributes().has("naked")
        || chainTooLong()) {
      return null;
    }
    n = new NoReturn(call.function(), call);
    noReturnCs.put(call, n);
    return created(n, querying, dep, !call.isInlineAsm());
  }

  /** Attributor::isAssumedDead(Instruction, CheckBBLivenessOnly = true). */
  boolean blockDead(Instruction i, AttributorReach.AA querying, Boolean dep) {
    IsDeadFunction live = isDead(i.function(), querying, null);
    if (live == null || live == querying || !live.valid) {
      return false;
    }
    if (!live.liveBlocks.contains(i.parent())) {
      recordDependence(live, querying, dep);
      return true;
    }
    return false;
  }

  @Override
  boolean contextDead(AttributorReach.AA aa) {
    Instruction ctx = aa.ctx();
    return ctx != null && blockDead(ctx, aa, OPTIONAL);
  }

  /** AA::hasAssumedIRAttr<NoReturn> for a call site: 0 may return, 1 assumed, 2 known. */
  int callNoReturn(CallBase call, AttributorReach.AA querying) {
    if (ir.callHas(call, "noreturn")) {
      return 2;
    }
    NoReturn n = noReturnCs(call, querying, OPTIONAL);
    if (n == null || !n.valid) {
      return 0;
    }
    return n.fixpoint ? 2 : 1;
  }

  PotentialValues values(Value v, AttributorReach.AA querying, Boolean dep) {
    PotentialValues pv = values.get(v);
    if (pv != null) {
      return found(pv, querying, dep);
    }
    Function scope = v instanceof Instruction i ? i.function()
        : v instanceof Argument a ? a.parent() : null;
    if (scope == null || scope.fnAttributes().has("optnone")
        || scope.fnAttributes().has("naked") || chainTooLong()) {
      return null;
    }
    pv = new PotentialValues(this, v);
    values.put(v, pv);
    return created(pv, querying, dep, true);
  }

  private Unsettled unsettled;

  /**
   * Records that {@code querying} waits on values that do not settle: the potential values of a
   * condition derived from an internal function's arguments (PotentialValues), which keep
   * changing as more call sites turn live, so the waiting attribute never reaches a fixpoint of
   * its own and is reset with everything that depends on it when the iterations run out.
   */
  void unsettled(AttributorReach.AA querying) {
    if (unsettled == null) {
      unsettled = created(new Unsettled(), querying, OPTIONAL, true);
    } else {
      found(unsettled, querying, OPTIONAL);
    }
  }

  /** The potential values still changing, as one attribute that changes on every update. */
  static final class Unsettled extends AttributorReach.AA {
    @Override
    Instruction ctx() {
      return null;
    }

    @Override
    boolean updateImpl() {
      return true;
    }
  }

  /** AANoReturn of a function ({@code call} null) or of a call site. */
  final class NoReturn extends AttributorReach.AA {
    final Function f;
    final CallBase call;

    NoReturn(Function f, CallBase call) {
      this.f = f;
      this.call = call;
    }

    @Override
    Instruction ctx() {
      if (call != null) {
        return call;
      }
      return f.isDeclaration() || f.blocks().isEmpty() ? null
          : f.entryBlock().instructions().get(0);
    }

    @Override
    boolean updateImpl() {
      if (call == null) {
        for (Instruction i : f.instructions()) {
          if (i instanceof ReturnInst && !blockDead(i, this, OPTIONAL)) {
            return indicatePessimisticFixpoint();
          }
        }
        return false;
      }
      Function callee = call.callee() instanceof Function g ? g : null;
      if (callee == null) {
        return indicatePessimisticFixpoint();
      }
      if (ir.functionHas(callee, "noreturn")) {
        return false;
      }
      NoReturn n = noReturnFn(callee, this, REQUIRED);
      return n == null || !n.valid ? indicatePessimisticFixpoint() : false;
    }
  }
}
