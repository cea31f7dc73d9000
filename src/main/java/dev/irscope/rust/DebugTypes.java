// Debug-info type recovery: for a pointer in a function, the Rust type it points into and the
// field it reaches. The pointer is walked back through constant GEPs and casts, adding up the
// byte offset; at each value on the way the debug info is asked what it names:
//   - a global with a DIGlobalVariableExpression is a static of the variable's type;
//   - a value with #dbg_declare (llvm.dbg.declare) is the storage of a variable of that type;
//   - a value with #dbg_value (llvm.dbg.value) is a reference or raw pointer variable, whose
//     DIDerivedType's baseType is the pointee;
//   - a value stored into a declared slot is that slot's variable (rustc at
//     -C no-prepopulate-passes spills %a to %a.dbg.spill and declares the spill);
//   - a pointer loaded from a place whose type is known (a field, or a variable's slot) points
//     to what that place's pointer type points to.
// The function's own variables win over those of inlined callees (the `a` of reader over the
// `self` of the inlined AtomicUsize::load); the first tie on the way wins otherwise. The offset
// is then walked into the pointee's fields (FieldWalk). Only the parsed metadata is read.
// Not followed yet: phis and selects, GEPs with a variable index (an element of an array walked
// by a loop), expressions with DW_OP_deref, fragments or argument lists (DebugBindings), and the
// DISubprogram's parameter types for an argument that no record names.
package dev.irscope.rust;

import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MetadataAttachment;
import dev.irscope.ir.Module;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.Use;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.rust.RecoveredType.Certainty;
import dev.irscope.transform.MemLoc;
import dev.irscope.rust.RecoveredType.Evidence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class DebugTypes {
  private static final int MAX_LOAD_DEPTH = 4;
  private static final int MAX_CHAIN = 64;

  private final DataLayout layout;
  private final Map<Function, DebugBindings> bindings = new HashMap<>();

  /** Type recovery over {@code module} (its data layout sizes the GEP offsets). */
  public DebugTypes(Module module) {
    this.layout = DataLayout.of(module);
  }

  /** What {@code pointer} points into, with the fields its offset reaches; null if unknown. */
  public RecoveredType pointee(Value pointer) {
    return recover(pointer, 0, 0);
  }

  /** The field a load, store, atomicrmw or cmpxchg touches; null if unknown or no access. */
  public RecoveredType access(Instruction memoryAccess) {
    return access(memoryAccess, 0);
  }

  /** The static a global is, with its type; null without a DIGlobalVariableExpression. */
  public static RecoveredType staticVariable(GlobalVariable g) {
    for (MetadataAttachment a : g.attachments()) {
      if (a.kind().equals("dbg") && a.node() instanceof MDNode gve
          && "DIGlobalVariableExpression".equals(gve.kind())) {
        MDNode var = gve.nodeField("var");
        MDNode expr = gve.nodeField("expr");
        Long off = expr == null ? Long.valueOf(0) : DebugBindings.constantOffset(expr);
        if (var != null && off != null && off == 0) {
          return new RecoveredType(g, var.stringField("name"), var, var.nodeField("type"),
              var.nodeField("type"), 0, List.of(), Evidence.STATIC, Certainty.EXACT);
        }
      }
    }
    return null;
  }

  private RecoveredType access(Instruction inst, int depth) {
    MemLoc loc = MemLoc.of(inst);
    if (loc == null) {
      return null;
    }
    // sized by the module's own layout (MemLoc assumes x86-64's): AVR's pointers are 2 bytes
    Type accessed = inst instanceof LoadInst ? inst.type()
        : inst.operand(inst instanceof StoreInst ? 0 : 1).type();
    return recover(loc.pointer(), Math.max(layout.storeSize(accessed), 1), depth);
  }

  /** Walks {@code pointer} back to a value the debug info names; size 0 = no access size. */
  private RecoveredType recover(Value pointer, long size, int depth) {
    Value v = pointer;
    long offset = 0;
    RecoveredType inlined = null;
    for (int step = 0; v != null && step < MAX_CHAIN; step++) {
      RecoveredType found = named(v, offset, size, depth);
      if (found != null && found.certainty() != Certainty.INLINED) {
        return found;
      }
      inlined = inlined != null ? inlined : found;
      if (PointerOffsets.isGep(v)) {
        Long o = PointerOffsets.gepOffset((User) v, layout, i -> null);
        if (o == null) {
          break;
        }
        offset += o;
        v = ((User) v).operand(0);
      } else if (isPointerCast(v)) {
        v = ((User) v).operand(0);
      } else {
        break;
      }
    }
    return inlined;
  }

  private static boolean isPointerCast(Value v) {
    return v instanceof Instruction i
        && (i.opcode() == Opcode.BITCAST || i.opcode() == Opcode.ADDRSPACECAST);
  }

  /** What the debug info says about {@code v} itself, for a pointer {@code offset} past it. */
  private RecoveredType named(Value v, long offset, long size, int depth) {
    if (v instanceof GlobalVariable g) {
      RecoveredType s = staticVariable(g);
      return s == null ? null : at(s, s.pointee(), offset, size, Evidence.STATIC, s.certainty());
    }
    Function f = v instanceof Instruction i ? i.function()
        : v instanceof dev.irscope.ir.Argument a ? a.parent() : null;
    if (f == null) {
      return null;
    }
    DebugBindings b = bindings.computeIfAbsent(f, DebugBindings::of);
    RecoveredType best = null;
    for (DebugBindings.Binding t : b.of(v)) {
      best = better(best, fromBinding(t, offset, size));
    }
    for (Use u : v.uses()) {
      if (u.user() instanceof StoreInst s && s.value() == v && s.pointer() != v) {
        for (DebugBindings.Binding t : b.of(s.pointer())) {
          if (t.kind() == DebugBindings.Kind.DECLARE && t.offset() == 0) {
            RecoveredType r = reference(t, v, offset, size, Evidence.SPILLED_POINTER);
            best = better(best, r);
          }
        }
      }
    }
    if (best == null && v instanceof LoadInst load && depth < MAX_LOAD_DEPTH) {
      best = throughLoad(load, offset, size, depth);
    }
    return best;
  }

  private RecoveredType fromBinding(DebugBindings.Binding t, long offset, long size) {
    long rel = offset - t.offset();
    if (rel < 0) {
      return null;
    }
    if (t.kind() == DebugBindings.Kind.DECLARE) {
      MDNode type = t.variable().nodeField("type");
      RecoveredType base = variable(t, t.value(), type, Evidence.DECLARED_STORAGE);
      return at(base, type, rel, size, Evidence.DECLARED_STORAGE, base.certainty());
    }
    return reference(t, t.value(), rel, size, Evidence.DEBUG_VALUE);
  }

  /** The variable of {@code t} is a pointer equal to the value: its pointee, if a pointer. */
  private static RecoveredType reference(DebugBindings.Binding t, Value anchor, long offset,
      long size, Evidence evidence) {
    MDNode pointee = DiTypes.pointee(t.variable().nodeField("type"));
    if (pointee == null) {
      return null;
    }
    RecoveredType base = variable(t, anchor, t.variable().nodeField("type"), evidence);
    return at(base, pointee, offset, size, evidence, base.certainty());
  }

  private static RecoveredType variable(DebugBindings.Binding t, Value anchor, MDNode type,
      Evidence e) {
    String name = t.variable().stringField("name");
    return new RecoveredType(anchor, name == null || name.isEmpty() ? "(unnamed)" : name,
        t.variable(), type, type, 0, List.of(), e,
        t.inlined() ? Certainty.INLINED : Certainty.EXACT);
  }

  /** A loaded pointer: what the loaded place's (pointer) type points to. */
  private RecoveredType throughLoad(LoadInst load, long offset, long size, int depth) {
    RecoveredType place = access(load, depth + 1);
    MDNode pointee = place == null ? null : DiTypes.pointee(place.reachedType());
    if (pointee == null) {
      return null;
    }
    String name = place.variable();
    for (FieldStep s : place.path()) {
      name += s.name().startsWith("[") ? s.name() : "." + s.name();
    }
    Certainty c = place.path().isEmpty() && place.evidence() == Evidence.DECLARED_STORAGE
        ? place.certainty() : Certainty.DERIVED;
    RecoveredType base = new RecoveredType(load, name, place.variableNode(),
        place.reachedType(), pointee, 0, List.of(), Evidence.LOADED_POINTER, c);
    return at(base, pointee, offset, size, Evidence.LOADED_POINTER, c);
  }

  private static RecoveredType at(RecoveredType var, MDNode pointee, long offset, long size,
      Evidence evidence, Certainty certainty) {
    return new RecoveredType(var.anchor(), var.variable(), var.variableNode(),
        var.variableType(), pointee, offset, FieldWalk.walk(pointee, offset, size), evidence,
        certainty);
  }

  /** The function's own variables first, then the first found. */
  private static RecoveredType better(RecoveredType a, RecoveredType b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.certainty() == Certainty.INLINED && b.certainty() != Certainty.INLINED ? b : a;
  }
}
