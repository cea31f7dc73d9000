// Sharing knowledge from types. With debug info (a RecoveredType): the pointer's origin comes
// from the variable's type (&T, &mut T, *const T / *mut T, a local, a static), interior
// mutability from an UnsafeCell on the way to the place or inside it, and the enclosing std
// type from KnownType. Statics: DWARF has no mutability flag for a DIGlobalVariable, but rustc
// emits a `static` without interior mutability as an LLVM `constant` and both `static mut` and
// interior-mutable statics as `global`, so the DI type tells the latter two apart. A `static mut`
// whose type itself holds an UnsafeCell cannot be told from a `static` of that type.
// Without debug info the IR alone is asked, with certainty IR_ONLY: an alloca is a local; a
// global written by a plain store is a static mut; a constant is a static; one accessed by
// atomics (or passed to core::sync::atomic's functions, as at -C no-prepopulate-passes) and
// never by a plain store has interior mutability; any other writable global is taken for a
// static mut (a lock in a static that this module never locks is one such miss); a pointer
// loaded from memory is not followed (UNKNOWN). A pointer parameter's attributes
// follow rustc's rules: `noalias readonly` is a &T whose T has no UnsafeCell, `noalias` alone a
// &mut T (or Box), `nonnull`/`dereferenceable` without noalias a &T with interior mutability,
// `noundef` alone a raw pointer; rustc at -C opt-level=0 emits none of these, and then nothing
// is said. LLVM's attribute inference (at -O3 with prepopulated passes) may add readonly, which
// this cannot undo.
package dev.irscope.rust;

import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.rust.RecoveredType.Certainty;
import dev.irscope.rust.Sharing.Origin;
import dev.irscope.transform.MemLoc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class TypeSharing {
  private TypeSharing() {}

  private static final int MAX_USE_DEPTH = 8;

  /** Sharing facts of the place a memory access touches: from debug info, else from the IR. */
  public static Sharing ofAccess(Instruction access, DebugTypes types) {
    RecoveredType r = types.access(access);
    MemLoc loc = MemLoc.of(access);
    return r != null ? of(r) : loc == null ? unknown() : irOnly(loc.pointer());
  }

  /** Sharing facts of the place recovered from debug info. */
  public static Sharing of(RecoveredType r) {
    List<String> reasons = new ArrayList<>();
    Origin origin = origin(r, reasons);
    boolean inside = r.typesOnPath().stream().anyMatch(DiTypes::isUnsafeCell);
    MDNode holds = inside ? null : DiTypes.findUnsafeCell(r.reachedType());
    if (inside) {
      reasons.add("the place lies inside an UnsafeCell (interior mutability)");
    } else if (holds != null) {
      reasons.add(DiTypes.name(r.reachedType()) + " holds " + DiTypes.name(holds)
          + " (interior mutability)");
    }
    MDNode knownNode = null;
    for (MDNode t : r.typesOnPath()) {
      if (KnownType.of(t) != null) {
        knownNode = t;
        break;
      }
    }
    KnownType known = KnownType.of(knownNode);
    if (known != null) {
      reasons.add(DiTypes.name(knownNode) + (known.synchronizes() ? " synchronizes its accesses"
          : known.isSync() ? " is Sync but does not synchronize"
          : " is not Sync: it cannot be shared between threads"));
    }
    return new Sharing(origin, inside || holds != null, known,
        knownNode == null ? null : DiTypes.name(knownNode), r.certainty(), reasons);
  }

  private static Origin origin(RecoveredType r, List<String> reasons) {
    switch (r.evidence()) {
      case STATIC -> {
        return staticOrigin(r, reasons);
      }
      case DECLARED_STORAGE -> {
        reasons.add(r.variable() + " is a local variable of type " + DiTypes.name(r.pointee()));
        return Origin.LOCAL;
      }
      default -> {
        String type = DiTypes.name(r.variableType());
        Origin o = DiTypes.isRawPointer(r.variableType()) ? Origin.RAW_POINTER
            : DiTypes.isMutablePointer(r.variableType()) ? Origin.MUTABLE_REFERENCE
            : Origin.SHARED_REFERENCE;
        reasons.add(r.variable() + " is a " + (o == Origin.RAW_POINTER ? "raw pointer"
            : o == Origin.MUTABLE_REFERENCE ? "unique reference" : "shared reference") + " ("
            + type + ")");
        return o;
      }
    }
  }

  private static Origin staticOrigin(RecoveredType r, List<String> reasons) {
    boolean constant = r.anchor() instanceof GlobalVariable g && g.isConstant();
    if (DiTypes.containsUnsafeCell(r.pointee())) {
      reasons.add(r.variable() + " is a static of type " + DiTypes.name(r.pointee())
          + ", which has interior mutability");
      return Origin.STATIC_INTERIOR_MUTABLE;
    }
    if (constant) {
      reasons.add(r.variable() + " is an immutable static (an LLVM constant)");
      return Origin.STATIC;
    }
    reasons.add(r.variable() + " is a static mut (writable global of type "
        + DiTypes.name(r.pointee()) + ", which has no interior mutability)");
    return Origin.STATIC_MUT;
  }

  /** Sharing facts of a static: from its DIGlobalVariableExpression, else from the IR. */
  public static Sharing ofGlobal(GlobalVariable g) {
    RecoveredType r = DebugTypes.staticVariable(g);
    return r != null ? of(r) : irOnly(g);
  }

  /** The IR-only guess for the object {@code pointer} is based on (certainty IR_ONLY). */
  public static Sharing irOnly(Value pointer) {
    Value base = UnderlyingObject.of(pointer, call -> null);
    List<String> reasons = new ArrayList<>();
    if (base instanceof Argument a) {
      return parameter(a);
    }
    Origin origin = Origin.UNKNOWN;
    if (base instanceof GlobalVariable g) {
      origin = globalOrigin(g, reasons);
    } else if (base instanceof AllocaInst) {
      origin = Origin.LOCAL;
      reasons.add(String.valueOf(base) + " is a stack slot of this function");
    } else {
      reasons.add("no debug info, and " + base.name() + " is neither a global nor a parameter");
    }
    return new Sharing(origin, origin == Origin.STATIC_INTERIOR_MUTABLE, null, null,
        Certainty.IR_ONLY, reasons);
  }

  private static Origin globalOrigin(GlobalVariable g, List<String> reasons) {
    String name = "@" + g.name();
    if (g.isConstant()) {
      reasons.add(name + " is constant: an immutable static");
      return Origin.STATIC;
    }
    Set<String> writes = new HashSet<>();
    accesses(g, writes, new HashSet<>(), 0);
    if (writes.contains("plain")) {
      reasons.add(name + " is written by a plain store: likely a static mut");
      return Origin.STATIC_MUT;
    }
    if (writes.contains("atomic")) {
      reasons.add(name + " is accessed by atomic operations and never by a plain store: a"
          + " static with interior mutability");
      return Origin.STATIC_INTERIOR_MUTABLE;
    }
    reasons.add(name + " is a writable global" + (writes.contains("call")
        ? " passed to calls that may write it" : " not written in this module")
        + ": likely a static mut");
    return Origin.STATIC_MUT;
  }

  /** Collects how {@code v}'s memory is used: "plain" stores, "atomic" accesses, "call"s. */
  private static void accesses(Value v, Set<String> out, Set<Value> seen, int depth) {
    if (depth > MAX_USE_DEPTH || !seen.add(v)) {
      return;
    }
    for (Use u : v.uses()) {
      User user = u.user();
      if (user instanceof StoreInst s) {
        if (s.pointer() == v) {
          out.add(s.isAtomic() ? "atomic" : "plain");
        }
      } else if (user instanceof dev.irscope.ir.LoadInst l && l.isAtomic()) {
        out.add("atomic");
      } else if (user instanceof AtomicRMWInst || user instanceof AtomicCmpXchgInst) {
        out.add(u.index() == 0 ? "atomic" : "plain");
      } else if (user instanceof CallBase call) {
        int arg = u.index() - 1; // operand 0 is the callee
        if (call.calledFunction() != null
            && Demangler.demangle(call.calledFunction().name()).contains("::sync::atomic::")) {
          out.add("atomic");
        } else if (arg >= 0 && arg < call.numArgs() && !call.paramAttributes(arg).has("readonly")
            && !call.paramAttributes(arg).has("readnone")) {
          out.add("call");
        }
      } else if (user.type() instanceof dev.irscope.ir.PointerType) {
        accesses(user, out, seen, depth + 1);
      }
    }
  }

  private static Sharing parameter(Argument a) {
    AttributeSet attrs = a.parent().paramAttributes(a.index());
    String name = String.valueOf(a);
    boolean noalias = attrs.has("noalias");
    boolean readonly = attrs.has("readonly") || attrs.has("readnone");
    boolean reference = attrs.has("nonnull") || attrs.dereferenceableBytes() > 0;
    Origin origin;
    String reason;
    if (noalias) {
      origin = readonly ? Origin.SHARED_REFERENCE : Origin.MUTABLE_REFERENCE;
      reason = readonly ? " is noalias readonly: a &T whose T has no interior mutability"
          : " is noalias without readonly: a &mut T or Box<T>";
    } else if (reference) {
      origin = Origin.SHARED_REFERENCE;
      reason = " is nonnull without noalias: a &T whose T has interior mutability";
    } else if (attrs.has("noundef")) {
      origin = Origin.RAW_POINTER;
      reason = " is noundef without noalias or nonnull: a raw pointer";
    } else {
      origin = Origin.UNKNOWN;
      reason = " carries none of noundef, nonnull, noalias (as at -C opt-level=0): a reference"
          + " cannot be told from a raw pointer";
    }
    return new Sharing(origin, !noalias && reference, null, null, Certainty.IR_ONLY,
        List.of(name + reason));
  }

  private static Sharing unknown() {
    return new Sharing(Origin.UNKNOWN, false, null, null, Certainty.IR_ONLY,
        List.of("not a memory access"));
  }
}
