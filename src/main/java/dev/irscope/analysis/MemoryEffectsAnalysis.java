// Per-instruction memory effects: for each instruction of a function that may read or write
// memory, what LLVM's analyses know about that access.
//  - ModRef: Instruction::mayReadFromMemory / mayWriteToMemory, as MemorySSA and function-attrs
//    use them: a load reads and a store writes, but a volatile or ordered (stronger than
//    unordered) load also counts as a write and such a store as a read; atomicrmw, cmpxchg,
//    fence, va_arg, catchpad and catchret read and write; a call does what
//    AAResults::getMemoryEffects(call) says (CallEffects).
//  - The pointer accessed (MemoryLocation::getOrNone; fence, catchpad and catchret have none and
//    may touch any memory), the objects it is based on (LLVM's getUnderlyingObjects: through
//    GEPs, casts, `returned` arguments, phis and selects) and the location kinds that makes from
//    the function's point of view, as function-attrs' addLocAccess counts them for memory(...):
//    an argument's memory is argmem; another identified object (global, noalias call) is other
//    and, from LLVM 21 on, errnomem; an unidentified object may be any of the three; an alloca
//    is local and a constant global cannot change, so neither counts, nor does memory that TBAA or
//    AMDGPU's alias analysis knows to be constant (ConstantMemory; the line says why). A volatile
//    access also touches inaccessiblemem. Where a phi or select merges different objects,
//    function-attrs (getUnderlyingObjectAggressive) treats the pointer as unidentified; this
//    lists each object and unites their kinds, which is never more than LLVM counts and can be
//    less.
//  - The access size when fixed (AccessSize), volatility, atomic ordering and syncscope.
//  - For a call: its memory(...) and where that comes from, and for each pointer argument the
//    ModRef through it (getArgModRefInfo narrowed to the call's argmem access), its objects and
//    size. Every call is listed, NoModRef ones too.
package dev.irscope.analysis;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalAlias;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryAccess;
import dev.irscope.ir.MemoryAccessInst;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.MemoryEffects.Location;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class MemoryEffectsAnalysis {
  /**
   * One pointer an instruction accesses: argument {@code argIndex} of a call or -1, the ModRef
   * through it, the objects it is based on, their location kinds and the size, or null; when an
   * alias analysis other than BasicAA knows it to be constant memory (ConstantMemory), why, and
   * then it counts as no location.
   */
  public record PointerAccess(Value pointer, int argIndex, int modRef, List<Value> objects,
      Set<Location> locations, String size, String constantBecause) {}

  /**
   * One instruction that may access memory: its ModRef, the pointer it accesses (null when
   * none), and for a call its effects (else null) and its pointer arguments.
   */
  public record Access(Instruction inst, int modRef, PointerAccess pointer, CallEffects call,
      List<PointerAccess> args) {}

  private final Function function;
  private final CalleeAttributes attrs;
  private final AccessSize sizes;
  private final boolean amdgpu;
  private final List<Access> accesses = new ArrayList<>();

  private MemoryEffectsAnalysis(Function f, CalleeAttributes attrs) {
    this.function = f;
    this.attrs = attrs;
    this.sizes = new AccessSize(f.parent());
    this.amdgpu = ConstantMemory.hasAmdgpuAa(f.parent());
    for (Instruction i : f.instructions()) {
      Access a = i instanceof CallBase call ? call(call) : access(i);
      if (a != null) {
        accesses.add(a);
      }
    }
  }

  /** The accesses of {@code f}, calls' callees read through {@code attrs}. */
  public static MemoryEffectsAnalysis of(Function f, CalleeAttributes attrs) {
    return new MemoryEffectsAnalysis(f, attrs);
  }

  /** The instructions that may access memory, and every call, in function order. */
  public List<Access> accesses() {
    return Collections.unmodifiableList(accesses);
  }

  private Access access(Instruction i) {
    int mr = modRef(i);
    if (mr == MemoryEffects.NONE) {
      return null;
    }
    Value ptr = location(i);
    if (ptr == null) {
      return new Access(i, mr, null, null, List.of());
    }
    Set<Location> locs = EnumSet.noneOf(Location.class);
    List<Value> objects = objects(ptr, locs);
    String constant = ConstantMemory.byTbaa(i);
    if (constant == null) {
      constant = constantSpace(ptr);
    }
    if (constant != null) {
      locs.clear();
    }
    if (isVolatile(i)) {
      locs.add(Location.INACCESSIBLEMEM);
    }
    Value moved = i instanceof StoreInst s ? s.value()
        : i instanceof AtomicRMWInst || i instanceof AtomicCmpXchgInst ? i.operand(1)
        : i instanceof LoadInst ? i : null;
    String size = moved == null ? null : sizes.ofType(moved.type());
    return new Access(i, mr, new PointerAccess(ptr, -1, mr, objects, locs, size, constant), null,
        List.of());
  }

  private Access call(CallBase call) {
    CallEffects ce = CallEffects.of(call, attrs);
    String callConstant = ConstantMemory.byTbaa(call);
    List<PointerAccess> args = new ArrayList<>();
    if (ce.effects().access(Location.ARGMEM) != MemoryEffects.NONE) {
      for (int k = 0; k < call.numArgs(); k++) {
        Value a = call.arg(k);
        if (a.type() instanceof PointerType
            || (a.type() instanceof VectorType vt && vt.elementType() instanceof PointerType)) {
          Set<Location> locs = EnumSet.noneOf(Location.class);
          List<Value> objects = objects(a, locs);
          String constant = callConstant != null ? callConstant : constantSpace(a);
          if (constant != null) {
            locs.clear();
          }
          args.add(new PointerAccess(a, k, ce.argModRef(k), objects, locs,
              AccessSize.ofArgument(call, k), constant));
        }
      }
    }
    return new Access(call, ce.modRef(), null, ce, args);
  }

  /**
   * The accesses, two lines each: "LINE:COL (SOURCE): INSTRUCTION" (on one line, without
   * metadata attachments) and the facts, then for a call one line per pointer argument.
   */
  public String print() {
    AsmWriter w = new AsmWriter(function);
    StringBuilder sb = new StringBuilder();
    for (Access a : accesses) {
      Instruction i = a.inst();
      sb.append(w.drain()).append("  ").append(i.line()).append(':').append(i.column());
      DILocation dbg = i.debugLoc();
      if (dbg != null && dbg.filename() != null) {
        sb.append(" (").append(dbg).append(')');
      }
      sb.append(": ");
      sb.append(w.instructionLine(i));
      w.append("\n    " + modRefName(a.modRef()));
      if (a.call() != null) {
        printCall(w, a);
        continue;
      }
      if (a.modRef() != plainModRef(i)) {
        w.append(" (" + (i instanceof MemoryAccess m && m.ordering().isMonotonicOrStronger()
            ? "ordered " : "volatile ") + i.opcode().spelling() + " counts as "
            + modRefName(a.modRef() & ~plainModRef(i)) + " too)");
      }
      if (a.pointer() == null) {
        w.append("; loc any (no pointer)");
      } else {
        printPointer(w, a.pointer());
      }
      if (isVolatile(i)) {
        w.append("; volatile");
      }
      if (i instanceof MemoryAccess m && m.isAtomic()) {
        w.append("; atomic");
        MemoryAccess.printScope(w, m.syncScope());
        w.append(" " + m.ordering());
        if (i instanceof AtomicCmpXchgInst c) {
          w.append(", failure " + c.failureOrdering());
        }
      }
      w.append("\n");
    }
    return sb.append(w.drain()).toString();
  }

  private static void printCall(AsmWriter w, Access a) {
    CallBase call = (CallBase) a.inst();
    w.append("; " + a.call().effects() + " from " + a.call().derivation());
    String constant = ConstantMemory.byTbaa(call);
    if (constant != null) {
      w.append("; counts as none: constant memory (" + constant + ")");
    }
    if (Intrinsics.isVolatileMemIntrinsic(call)) {
      w.append("; volatile");
    }
    if (call.calledFunction() != null
        && call.calledFunction().name().contains(".element.unordered.atomic")) {
      w.append("; atomic unordered");
    }
    w.append("\n");
    for (PointerAccess p : a.args()) {
      w.append("    arg " + p.argIndex() + ": " + modRefName(p.modRef()));
      printPointer(w, p);
      w.append("\n");
    }
  }

  private static void printPointer(AsmWriter w, PointerAccess p) {
    w.append("; loc ");
    if (p.locations().isEmpty()) {
      w.append("none");
    }
    String sep = "";
    for (Location l : p.locations()) {
      w.append(sep + l.spelling());
      sep = ", ";
    }
    w.append(p.objects().size() == 1 ? "; object " : "; objects ");
    sep = "";
    for (Value o : p.objects()) {
      w.append(sep);
      w.operand(o);
      w.append(" (" + describe(o) + ")");
      sep = ", ";
    }
    if (p.size() != null) {
      w.append("; size " + p.size());
    }
    if (p.constantBecause() != null) {
      w.append("; constant memory (" + p.constantBecause() + ")");
    }
  }

  /** What kind of object {@code o} is, in a few words. */
  static String describe(Value o) {
    if (o instanceof Argument arg) {
      return "argument " + arg.index() + (arg.attributes().has("noalias") ? ", noalias" : "")
          + (arg.attributes().has("byval") ? ", byval" : "");
    }
    if (o instanceof AllocaInst) {
      return "alloca, local";
    }
    if (o instanceof GlobalVariable gv) {
      return gv.isConstant() ? "constant global" : "global";
    }
    if (o instanceof Function) {
      return "function";
    }
    if (UnderlyingObject.isNoAliasCall(o)) {
      return "noalias call";
    }
    return "unidentified" + (o instanceof Instruction i ? " " + i.opcode().spelling()
        : o instanceof GlobalAlias ? " interposable alias" : "");
  }

  /** What a load or store does when neither volatile nor ordered. */
  private static int plainModRef(Instruction i) {
    return switch (i.opcode()) {
      case LOAD -> MemoryEffects.READ;
      case STORE -> MemoryEffects.WRITE;
      default -> MemoryEffects.READWRITE;
    };
  }

  /**
   * LLVM's getUnderlyingObjects (the objects in operand order rather than its worklist's); adds
   * each object's location kinds to {@code locs}.
   */
  private List<Value> objects(Value ptr, Set<Location> locs) {
    List<Value> objects = new ArrayList<>();
    Set<Value> visited = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    work.push(ptr);
    while (!work.isEmpty()) {
      Value p = UnderlyingObject.of(work.pop(), this::returnedArgument);
      if (!visited.add(p)) {
        continue;
      }
      if (p instanceof SelectInst s) {
        work.push(s.operand(2));
        work.push(s.operand(1));
      } else if (p instanceof PhiInst phi) {
        for (int k = phi.numIncoming() - 1; k >= 0; k--) {
          work.push(phi.incomingValue(k));
        }
      } else {
        objects.add(p);
        locs.addAll(locations(p));
      }
    }
    return objects;
  }

  /** Why AMDGPU's alias analysis takes an access through {@code ptr} as constant, or null. */
  private String constantSpace(Value ptr) {
    return amdgpu
        ? ConstantMemory.byAddressSpace(ptr, UnderlyingObject.of(ptr, this::returnedArgument))
        : null;
  }

  private Value returnedArgument(CallBase call) {
    Function callee = call.calledFunction();
    return UnderlyingObject.returnedArgument(call, k -> call.paramAttributes(k).has("returned")
        || (callee != null && attrs.param(callee, k).has("returned")));
  }

  /** The location kinds an access to {@code object} counts as (function-attrs' view). */
  static Set<Location> locations(Value object) {
    if (object instanceof Argument) {
      return EnumSet.of(Location.ARGMEM);
    }
    if (object instanceof AllocaInst
        || (object instanceof GlobalVariable gv && gv.isConstant())) {
      return EnumSet.noneOf(Location.class);
    }
    return UnderlyingObject.isIdentifiedObject(object)
        ? EnumSet.of(Location.ERRNOMEM, Location.OTHER)
        : EnumSet.of(Location.ARGMEM, Location.ERRNOMEM, Location.OTHER);
  }

  /** LLVM's mayReadFromMemory / mayWriteToMemory for instructions other than calls. */
  public static int modRef(Instruction i) {
    return switch (i.opcode()) {
      case VAARG, FENCE, CMPXCHG, ATOMICRMW, CATCHPAD, CATCHRET -> MemoryEffects.READWRITE;
      case LOAD -> MemoryEffects.READ | (isUnordered(i) ? 0 : MemoryEffects.WRITE);
      case STORE -> MemoryEffects.WRITE | (isUnordered(i) ? 0 : MemoryEffects.READ);
      default -> MemoryEffects.NONE;
    };
  }

  /** LoadInst/StoreInst::isUnordered: neither volatile nor ordered beyond unordered. */
  public static boolean isUnordered(Instruction i) {
    MemoryAccessInst m = (MemoryAccessInst) i;
    return !m.isVolatile() && m.ordering().compareTo(AtomicOrdering.UNORDERED) <= 0;
  }

  /** MemoryLocation::getOrNone: the pointer accessed, or null. */
  public static Value location(Instruction i) {
    if (i instanceof LoadInst l) {
      return l.pointer();
    }
    if (i instanceof StoreInst s) {
      return s.pointer();
    }
    if (i instanceof AtomicRMWInst r) {
      return r.pointer();
    }
    if (i instanceof AtomicCmpXchgInst c) {
      return c.pointer();
    }
    return i.opcode() == Opcode.VAARG ? i.operand(0) : null;
  }

  public static boolean isVolatile(Instruction i) {
    return i instanceof MemoryAccess m && m.isVolatile();
  }

  /** ModRefInfo as LLVM prints it: NoModRef, Ref, Mod, ModRef. */
  public static String modRefName(int mr) {
    return switch (mr) {
      case MemoryEffects.READ -> "Ref";
      case MemoryEffects.WRITE -> "Mod";
      case MemoryEffects.READWRITE -> "ModRef";
      default -> "NoModRef";
    };
  }
}
