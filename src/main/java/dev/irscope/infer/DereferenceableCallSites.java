// The call-site side of LLVM 19's AADereferenceable and AANonNull for a parameter of an internal
// function whose every use is a direct call (spec C3.6; AAArgumentFromCallSiteArguments and
// clampCallSiteArgumentStates in AttributorAttributes.cpp): the parameter assumes the fewest bytes
// any live call passes (and non-null if every live call passes a non-null pointer), never less
// than its own uses prove. What a call passes is what the Attributor's floating attribute at the
// call site argument assumes:
//   known: the attributes of the call site, the callee's parameter and the value (a parameter's
//     own, a call's return), the bytes of what it points to (alloca, global, byval... as
//     getPointerDereferenceableBytes finds them), and the uses of the value in the
//     must-be-executed context of the call, before and after it; non-null also when
//     isKnownNonZero proves it (allocas, globals, inbounds GEPs, nonnull returns, !nonnull loads,
//     a dominating test against null or access through it);
//   assumed: for each value it may be (a phi's or select's incoming values), what its base
//     (the value without constant offsets, bounded indices at their maximum) assumes, less the
//     offset: a parameter of another such function its own clamped bytes, any other parameter
//     what its uses prove, anything else what it is known to be.
// The bytes start unbounded and drop until nothing changes (an optimistic fixpoint, as the
// Attributor's). Calls in blocks not assumed live when the iterations stopped do not count; but
// when its fixpoint is cut off (LivenessAttributes.cutOff) such a call is in a caller whose
// liveness was still changing, and the Attributor resets every attribute that depends on one
// changed in the last iteration to what it knows: the parameter then keeps only what its own uses
// prove. (The caller's liveness may itself be reset then, which makes all its blocks live; the
// parameter had looked at it before, so that changes nothing here.)
package dev.irscope.infer;

import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class DereferenceableCallSites {
  private static final long UNBOUNDED = 0xFFFFFFFFL;

  /** The clamped state of one parameter and the call site that decided it. */
  static final class Clamp {
    long bytes = UNBOUNDED;
    boolean nonNull = true;
    CallBase bytesBy;
    CallBase nullBy;
  }

  private final DereferenceableInference.Ir ir;
  private final LivenessAttributes liveness;
  private final Map<Argument, DereferenceableInference.Deduced> own;
  private final Map<Argument, Clamp> clamps = new LinkedHashMap<>();
  private final Map<Instruction, Map<Value, DereferenceableUses.State>> atCall =
      new IdentityHashMap<>();
  /** What a call passes that does not depend on other parameters' clamps, per call and index. */
  private final Map<CallBase, Map<Integer, Passed>> passed = new IdentityHashMap<>();
  private final Map<Argument, Set<Argument>> readers = new IdentityHashMap<>();
  private final Map<Instruction, Map<Value, Boolean>> knownNonNull = new IdentityHashMap<>();
  private Argument updating;

  /** The parts of what a call passes that are fixed: known bytes, bases, non-null by the IR. */
  private record Passed(long known, List<PointerOffsets.Based> bases, boolean nonNull) {}

  DereferenceableCallSites(DereferenceableInference.Ir ir, LivenessAttributes liveness,
      Map<Argument, DereferenceableInference.Deduced> own) {
    this.ir = ir;
    this.liveness = liveness;
    this.own = own;
    for (Argument a : own.keySet()) {
      if (clampable(a.parent())) {
        clamps.put(a, new Clamp());
      }
    }
  }

  /** Internal, called only directly, with matching argument types at every call. */
  static boolean clampable(Function f) {
    if (!f.hasLocalLinkage() || f.uses().isEmpty()) {
      return false;
    }
    for (Use u : f.uses()) {
      if (!(u.user() instanceof CallBase call) || u.index() != 0) {
        return false;
      }
      for (int i = 0; i < Math.min(call.numArgs(), f.arguments().size()); i++) {
        if (call.arg(i).type() != f.arguments().get(i).type()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Runs the clamp to its fixpoint; the parameters it applies to, with their state. */
  Map<Argument, Clamp> run() {
    java.util.ArrayDeque<Argument> work = new java.util.ArrayDeque<>(clamps.keySet());
    Set<Argument> queued = new HashSet<>(clamps.keySet());
    while (!work.isEmpty()) {
      Argument a = work.poll();
      queued.remove(a);
      updating = a;
      if (update(a, clamps.get(a))) {
        for (Argument d : readers.getOrDefault(a, Set.of())) {
          if (queued.add(d)) {
            work.add(d);
          }
        }
      }
    }
    return clamps;
  }

  /** The clamped state of {@code a}, noting that the parameter being updated read it. */
  private Clamp read(Argument a) {
    Clamp c = clamps.get(a);
    if (c != null && updating != null) {
      readers.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(updating);
    }
    return c;
  }

  private boolean update(Argument a, Clamp c) {
    long bytes = UNBOUNDED;
    boolean nonNull = true;
    CallBase bytesBy = null;
    CallBase nullBy = null;
    boolean reset = false;
    List<Use> uses = ir.uses.of(a.parent());
    for (Use u : uses) {
      CallBase call = (CallBase) u.user();
      boolean live = liveness.blockLiveBeforeReset(call);
      if (!live || a.index() >= call.numArgs()) {
        reset |= liveness.cutOff && !live;
        continue;
      }
      long b = passedBytes(call, a.index());
      if (b < bytes) {
        bytes = b;
        bytesBy = call;
      }
      if (nonNull && !passedNonNull(call, a.index())) {
        nonNull = false;
        nullBy = call;
      }
    }
    DereferenceableInference.Deduced mine = own.get(a);
    if (reset) {
      bytes = mine.bytes();
      nonNull = mine.nonNull();
    }
    bytes = Math.max(bytes, mine.bytes());
    boolean changed = bytes < c.bytes || (c.nonNull && !nonNull);
    if (bytes < c.bytes) {
      c.bytes = bytes;
      c.bytesBy = bytesBy;
    }
    if (c.nonNull && !nonNull) {
      c.nonNull = false;
      c.nullBy = nullBy;
    }
    return changed;
  }

  private Passed passed(CallBase call, int i) {
    return passed.computeIfAbsent(call, k -> new java.util.HashMap<>()).computeIfAbsent(i, k -> {
      Value v = call.arg(i);
      long known = Math.max(ir.paramDerefBytes(call, i), valueAttrBytes(v));
      known = Math.max(known, pointerBytes(v));
      known = Math.max(known, contextAt(call, v).known);
      List<PointerOffsets.Based> bases = new ArrayList<>();
      for (Value w : values(v, new HashSet<>())) {
        bases.add(PointerOffsets.strip(w, ir.dl, true, false, ir.returned,
            ir.ranges(call.function())::signedMax));
      }
      boolean nonNull = ir.paramNonNull(call, i) || contextAt(call, v).nonNull;
      return new Passed(known, bases, nonNull);
    });
  }

  /** The bytes the floating attribute at argument i of {@code call} assumes. */
  private long passedBytes(CallBase call, int i) {
    Passed p = passed(call, i);
    long assumed = UNBOUNDED;
    for (PointerOffsets.Based b : p.bases()) {
      long base = baseBytes(b.base(), new HashSet<>());
      assumed = Math.min(assumed, Math.max(0, base - Math.max(0, b.offset())));
    }
    return Math.max(p.known(), assumed);
  }

  /** What the attribute of value {@code v} (not at a call site) assumes. */
  private long baseBytes(Value v, Set<Value> seen) {
    if (v instanceof Argument a) {
      Clamp c = read(a);
      if (c != null) {
        return c.bytes;
      }
      DereferenceableInference.Deduced d = own.get(a);
      return d != null ? d.bytes() : Math.max(valueAttrBytes(a), pointerBytes(a));
    }
    long known = Math.max(valueAttrBytes(v), pointerBytes(v));
    if (v instanceof Instruction i) {
      known = Math.max(known, contextAt(i, v).known);
    }
    if ((v instanceof PhiInst || v instanceof SelectInst) && seen.add(v)) {
      long assumed = UNBOUNDED;
      for (Value w : values(v, new HashSet<>())) {
        PointerOffsets.Based b = PointerOffsets.strip(w, ir.dl, true, false, ir.returned);
        if (b.base() == v) {
          return known; // circular with an offset: the Attributor settles on what it knows
        }
        assumed = Math.min(assumed,
            Math.max(0, baseBytes(b.base(), seen) - Math.max(0, b.offset())));
      }
      return Math.max(known, assumed);
    }
    return known;
  }

  /** The values {@code v} may be: through phis and selects (AAPotentialValues). */
  private static List<Value> values(Value v, Set<Value> seen) {
    List<Value> out = new ArrayList<>();
    if (!seen.add(v) || seen.size() > 32) {
      return out;
    }
    if (v instanceof PhiInst phi) {
      for (int k = 0; k < phi.numIncoming(); k++) {
        out.addAll(values(phi.incomingValue(k), seen));
      }
    } else if (v instanceof SelectInst sel) {
      out.addAll(values(sel.operand(1), seen));
      out.addAll(values(sel.operand(2), seen));
    } else {
      out.add(v);
    }
    return out;
  }

  /** Whether argument i of {@code call} is assumed non-null. */
  private boolean passedNonNull(CallBase call, int i) {
    return passed(call, i).nonNull() || valueNonNull(call.arg(i), call, new HashSet<>());
  }

  /** AANonNull of value {@code v} (isKnownNonZero at {@code ctx}, then the attribute's own). */
  private boolean valueNonNull(Value v, Instruction ctx, Set<Value> seen) {
    if (!seen.add(v) || seen.size() > 32) {
      return true; // a cycle through phis: optimistic, as the fixpoint is
    }
    if (knownNonNull.computeIfAbsent(ctx, k -> new IdentityHashMap<>())
        .computeIfAbsent(v, k -> KnownNonNull.of(ir, v, ctx))) {
      return true;
    }
    if (v instanceof Argument a) {
      Clamp c = read(a);
      if (c != null) {
        return c.nonNull;
      }
      DereferenceableInference.Deduced d = own.get(a);
      return d != null && d.nonNull();
    }
    if (v instanceof PhiInst phi) {
      for (int k = 0; k < phi.numIncoming(); k++) {
        if (!valueNonNull(phi.incomingValue(k), phi.incomingBlock(k).terminator(), seen)) {
          return false;
        }
      }
      return true;
    }
    if (v instanceof SelectInst sel) {
      return valueNonNull(sel.operand(1), sel, seen) && valueNonNull(sel.operand(2), sel, seen);
    }
    return v instanceof Instruction i && contextAt(i, v).nonNull;
  }

  /** The uses of {@code v} in the must-be-executed context of {@code ctx} (cached). */
  private DereferenceableUses.State contextAt(Instruction ctx, Value v) {
    Map<Value, DereferenceableUses.State> byValue =
        atCall.computeIfAbsent(ctx, k -> new IdentityHashMap<>());
    DereferenceableUses.State s = byValue.get(v);
    if (s == null) {
      s = new DereferenceableUses.State();
      if (v instanceof Argument || v instanceof Instruction) {
        new DereferenceableUses(ir, ir.explorer(ctx.function()), v).follow(ctx, s);
      }
      byValue.put(v, s);
    }
    return s;
  }

  /** The dereferenceable attributes of value {@code v}: a parameter's, a call's return. */
  private long valueAttrBytes(Value v) {
    AttributeSet a = v instanceof Argument arg ? arg.attributes()
        : v instanceof CallBase call ? call.returnAttributes() : null;
    long n = a == null ? 0 : Math.max(a.dereferenceableBytes(), a.dereferenceableOrNullBytes());
    if (v instanceof CallBase call && call.calledFunction() != null) {
      AttributeSet r = call.calledFunction().returnAttributes();
      n = Math.max(n, Math.max(r.dereferenceableBytes(), r.dereferenceableOrNullBytes()));
    }
    return n;
  }

  /** Value::getPointerDereferenceableBytes of {@code v} without its pointer casts. */
  private long pointerBytes(Value v) {
    Value s = v;
    while (s instanceof CastInst c && c.operand(0).type() instanceof PointerType) {
      s = c.operand(0);
    }
    if (s instanceof AllocaInst al && al.arraySize() instanceof ConstantInt one
        && one.longValue() == 1) {
      return Math.max(0, ir.dl.storeSize(al.allocatedType()));
    }
    if (s instanceof GlobalVariable g && !"extern_weak".equals(g.linkage())
        && g.valueType() != null) {
      return Math.max(0, ir.dl.storeSize(g.valueType()));
    }
    if (s instanceof LoadInst l) {
      return KnownNonNull.metadataBytes(l, "dereferenceable", "dereferenceable_or_null");
    }
    return 0;
  }
}
