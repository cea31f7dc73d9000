// A small BasicAA: whether two memory locations may overlap, and whether an instruction may
// read or write a location (LLVM's AAResults::getModRefInfo over BasicAA), for the queries LICM
// and GVN ask. Rules, as BasicAliasAnalysis.cpp applies them:
// - pointers are decomposed into an underlying object plus a byte offset (constant GEP indices;
//   an index that is not constant makes the offset unknown unless both sides share it);
// - different identified objects (allocas, globals, noalias calls, noalias/byval arguments) do
//   not alias; an argument does not alias a function-local identified object; a call result or
//   a loaded pointer does not alias a local object that never escapes;
// - the same object at disjoint constant ranges does not alias.
// Mod/ref: ordered (stronger than unordered) loads and stores and stronger-than-monotonic
// atomicrmw/cmpxchg touch every location; fences write everything but constant memory; calls
// by their memory(...) effects, inaccessible memory never aliasing a location, argument memory
// refined per argument by its readnone/readonly/writeonly attributes, and a local object that
// never escapes reached only through the call's arguments. Constant memory (constant globals,
// noalias readonly arguments) is never modified (getModRefInfoMask).
package dev.irscope.transform;

import dev.irscope.analysis.CaptureTracking;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantExpr;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class AliasQueries {
  public enum AliasResult { NO_ALIAS, MAY_ALIAS, MUST_ALIAS }

  /** Mod/ref bits, as MemoryEffects' access kinds: READ is ref, WRITE is mod. */
  public static final int NO_MOD_REF = MemoryEffects.NONE;
  public static final int REF = MemoryEffects.READ;
  public static final int MOD = MemoryEffects.WRITE;
  public static final int MOD_REF = MemoryEffects.READWRITE;

  /** Rules a pass adds to these: an answer first (null: none), and capture information. */
  public interface Extension {
    AliasResult alias(MemLoc a, MemLoc b);

    /** Whether {@code object} is not captured before {@code at} (or at it, when orAt). */
    boolean isNotCapturedBefore(Value object, Instruction at, boolean orAt);
  }

  private final CallAttributes calls;
  private final Extension extension;
  private final Map<Value, Boolean> nonEscaping = new IdentityHashMap<>();

  public AliasQueries(CallAttributes calls) {
    this(calls, null);
  }

  public AliasQueries(CallAttributes calls, Extension extension) {
    this.calls = calls;
    this.extension = extension;
  }

  public CallAttributes calls() {
    return calls;
  }

  /** A pointer as object + constant offset + the non-constant GEPs seen on the way. */
  private record Decomposed(Value base, long offset, List<Value> variable) {}

  private static Decomposed decompose(Value v) {
    long offset = 0;
    List<Value> variable = new ArrayList<>();
    for (int step = 0; step < UnderlyingObject.MAX_LOOKUP; step++) {
      if (PointerOffsets.isGep(v)) {
        Long off = PointerOffsets.gepOffset((User) v, TypeSizes.LAYOUT, index -> null);
        if (off == null) {
          variable.add(v);
        } else {
          offset += off;
        }
        v = ((User) v).operand(0);
      } else {
        Value next = UnderlyingObject.of(v, c -> null);
        if (next == v) {
          break;
        }
        v = next;
      }
    }
    return new Decomposed(v, offset, variable);
  }

  /** The object a pointer is based on (LLVM's getUnderlyingObject). */
  public static Value object(Value p) {
    return UnderlyingObject.of(p, c -> null);
  }

  public AliasResult alias(MemLoc a, MemLoc b) {
    AliasResult known = extension == null ? null : extension.alias(a, b);
    if (known != null) {
      return known;
    }
    Value p1 = stripCasts(a.pointer());
    Value p2 = stripCasts(b.pointer());
    if (p1 == p2) {
      return a.size() == b.size() ? AliasResult.MUST_ALIAS : AliasResult.MAY_ALIAS;
    }
    Decomposed d1 = decompose(p1);
    Decomposed d2 = decompose(p2);
    Value o1 = d1.base();
    Value o2 = d2.base();
    if (isNull(o1) || isNull(o2)) {
      return AliasResult.NO_ALIAS;
    }
    if (o1 != o2) {
      return distinctObjects(o1, o2) ? AliasResult.NO_ALIAS : AliasResult.MAY_ALIAS;
    }
    if (!d1.variable().equals(d2.variable()) || a.size() < 0 || b.size() < 0) {
      return AliasResult.MAY_ALIAS;
    }
    long lo1 = d1.offset();
    long lo2 = d2.offset();
    if (lo1 + a.size() <= lo2 || lo2 + b.size() <= lo1) {
      return AliasResult.NO_ALIAS;
    }
    return lo1 == lo2 && a.size() == b.size() ? AliasResult.MUST_ALIAS : AliasResult.MAY_ALIAS;
  }

  private boolean distinctObjects(Value o1, Value o2) {
    boolean id1 = UnderlyingObject.isIdentifiedObject(o1);
    boolean id2 = UnderlyingObject.isIdentifiedObject(o2);
    if (id1 && id2) {
      return true;
    }
    if ((o1 instanceof Constant && id2 && !(o2 instanceof Constant))
        || (o2 instanceof Constant && id1 && !(o1 instanceof Constant))) {
      return true;
    }
    if ((o1 instanceof Argument && isFunctionLocal(o2))
        || (o2 instanceof Argument && isFunctionLocal(o1))) {
      return true;
    }
    return (isEscapeSource(o1) && notCapturedBefore(o2, o1, true))
        || (isEscapeSource(o2) && notCapturedBefore(o1, o2, true));
  }

  /** SimpleCaptureInfo (never captured), or what the extension knows (EarliestEscapeInfo). */
  private boolean notCapturedBefore(Value object, Value at, boolean orAt) {
    return extension == null ? isNonEscapingLocal(object)
        : extension.isNotCapturedBefore(object, at instanceof Instruction i ? i : null, orAt);
  }

  private static boolean isNull(Value v) {
    return v instanceof ConstantKeyword k && k.isNullValue()
        && v.type() instanceof PointerType pt && pt.addressSpace() == 0;
  }

  private static boolean isFunctionLocal(Value v) {
    return v instanceof AllocaInst || UnderlyingObject.isNoAliasCall(v)
        || UnderlyingObject.isNoAliasOrByValArgument(v);
  }

  private static boolean isEscapeSource(Value v) {
    if (v instanceof CallBase c) {
      return UnderlyingObject.aliasingIntrinsicArgument(c) == null;
    }
    return v instanceof LoadInst || (v instanceof Instruction i && i.opcode() == Opcode.INTTOPTR)
        || (v instanceof ConstantExpr ce && ce.opcode() == Opcode.INTTOPTR);
  }

  /** LLVM's isNonEscapingLocalObject: a function-local object no use of which captures it. */
  public boolean isNonEscapingLocal(Value o) {
    if (!isFunctionLocal(o)) {
      return false;
    }
    return nonEscaping.computeIfAbsent(o, v -> {
      boolean[] captured = {false};
      CaptureTracking.walk(v, calls, new CaptureTracking.Tracker() {
        @Override
        public boolean captured(dev.irscope.ir.Use use) {
          if (use.user() instanceof ReturnInst) {
            return false; // returning the pointer is no capture for this question
          }
          captured[0] = true;
          return true;
        }

        @Override
        public void tooManyUses() {
          captured[0] = true;
        }
      });
      return !captured[0];
    });
  }

  /** LLVM's getModRefInfoMask: REF only for memory that cannot change, else MOD_REF. */
  public int modRefMask(Value pointer) {
    Deque<Value> work = new ArrayDeque<>();
    Set<Value> seen = new HashSet<>();
    work.push(pointer);
    int result = NO_MOD_REF;
    while (!work.isEmpty()) {
      if (seen.size() > 8) {
        return MOD_REF;
      }
      Value o = object(work.pop());
      if (!seen.add(o)) {
        continue;
      }
      if (o instanceof Argument arg && arg.attributes().has("noalias")
          && (arg.attributes().has("readonly") || arg.attributes().has("readnone"))) {
        result |= REF;
      } else if (o instanceof GlobalVariable g && g.isConstant()) {
        continue;
      } else if (o instanceof SelectInst s) {
        work.push(s.operand(1));
        work.push(s.operand(2));
      } else if (o instanceof PhiInst phi && phi.numIncoming() <= 8) {
        for (int k = 0; k < phi.numIncoming(); k++) {
          work.push(phi.incomingValue(k));
        }
      } else {
        return MOD_REF;
      }
    }
    return result;
  }

  /** Whether memory at {@code pointer} cannot be modified at all. */
  public boolean isConstantMemory(Value pointer) {
    return (modRefMask(pointer) & MOD) == 0;
  }

  /** What {@code i} may do to {@code loc} (LLVM's getModRefInfo(I, Loc)). */
  public int modRef(Instruction i, MemLoc loc) {
    if (i instanceof LoadInst l) {
      if (l.ordering().compareTo(AtomicOrdering.UNORDERED) > 0) {
        return MOD_REF;
      }
      return alias(MemLoc.of(l), loc) == AliasResult.NO_ALIAS ? NO_MOD_REF : REF;
    }
    if (i instanceof StoreInst s) {
      if (s.ordering().compareTo(AtomicOrdering.UNORDERED) > 0) {
        return MOD_REF;
      }
      if (alias(MemLoc.of(s), loc) == AliasResult.NO_ALIAS || isConstantMemory(loc.pointer())) {
        return NO_MOD_REF;
      }
      return MOD;
    }
    if (i instanceof FenceInst) {
      return modRefMask(loc.pointer());
    }
    if (i instanceof AtomicRMWInst || i instanceof AtomicCmpXchgInst) {
      AtomicOrdering o = ((dev.irscope.ir.MemoryAccess) i).ordering();
      if (o.compareTo(AtomicOrdering.MONOTONIC) > 0) {
        return MOD_REF;
      }
      return alias(MemLoc.of(i), loc) == AliasResult.NO_ALIAS ? NO_MOD_REF : MOD_REF;
    }
    if (i instanceof CallBase call) {
      return callModRef(call, loc);
    }
    if (i.opcode() == Opcode.VAARG) {
      return MOD_REF;
    }
    return NO_MOD_REF;
  }

  private int callModRef(CallBase call, MemLoc loc) {
    int result = MOD_REF;
    Value object = object(loc.pointer());
    if (object instanceof AllocaInst && call instanceof CallInst ci
        && ("tail".equals(ci.tailKind()) || "musttail".equals(ci.tailKind())) && !hasByVal(call)) {
      return NO_MOD_REF;
    }
    if (!(object instanceof Constant) && call != object
        && notCapturedBefore(object, call, false)) {
      int local = NO_MOD_REF;
      for (int k = 0; k < call.numArgs(); k++) {
        Value arg = call.arg(k);
        if (!(arg.type() instanceof PointerType) || calls.paramHas(call, k, "readnone")) {
          continue;
        }
        if (alias(MemLoc.unknownSize(arg), MemLoc.unknownSize(object))
            == AliasResult.NO_ALIAS) {
          continue;
        }
        local |= calls.argAccess(call, k);
      }
      if (local != MOD_REF) {
        return local;
      }
    }
    MemoryEffects me = calls.memoryEffects(call)
        .with(MemoryEffects.Location.INACCESSIBLEMEM, MemoryEffects.NONE);
    if (me.doesNotAccessMemory()) {
      return NO_MOD_REF;
    }
    int argMr = me.access(MemoryEffects.Location.ARGMEM);
    int otherMr = 0;
    for (MemoryEffects.Location l : MemoryEffects.Location.values()) {
      if (l != MemoryEffects.Location.ARGMEM) {
        otherMr |= me.access(l);
      }
    }
    if ((argMr | otherMr) != otherMr) {
      int mask = NO_MOD_REF;
      for (int k = 0; k < call.numArgs(); k++) {
        Value arg = call.arg(k);
        if (arg.type() instanceof PointerType
            && alias(MemLoc.unknownSize(arg), loc) != AliasResult.NO_ALIAS) {
          mask |= calls.argAccess(call, k);
        }
      }
      argMr &= mask;
    }
    result &= argMr | otherMr;
    if (result != NO_MOD_REF) {
      result &= modRefMask(loc.pointer());
    }
    return result;
  }

  private static boolean hasByVal(CallBase call) {
    for (int k = 0; k < call.numArgs(); k++) {
      if (call.paramAttributes(k).has("byval")) {
        return true;
      }
    }
    return false;
  }

  private static Value stripCasts(Value v) {
    while (v instanceof Instruction i && (i.opcode() == Opcode.BITCAST
        || i.opcode() == Opcode.ADDRSPACECAST)) {
      v = i.operand(0);
    }
    return v;
  }
}
