// memory(...) (spec B6, LLVM's checkFunctionMemoryAccess and addMemoryAttrs). For each exact
// function of the SCC, every instruction's access is added to the effects, by location:
//  - calls into the SCC are skipped, their pointer arguments remembered (RecursiveArgME);
//  - other calls add their effects (call site & callee) outside argmem as they are, their
//    "other" effect also as argmem, and their argmem effect once per pointer argument, each
//    classified as below;
//  - other instructions read and/or write (ordered or volatile loads also write, ordered stores
//    also read); one without a location (fence, catchpad) touches everything; a volatile one
//    also touches inaccessible memory;
//  - one access to pointer P: drop what cannot matter (allocas, constant globals, noalias
//    readonly arguments: LLVM's getModRefInfoMask), then by P's underlying object: an argument
//    gives argmem, an identified object (global, noalias call) gives other, anything else both;
//  - an access or call whose !tbaa tag marks constant memory counts for nothing (TypeBasedAA,
//    in opt's default alias analysis pipeline), and so does one to AMDGPU's constant address
//    spaces 4 and 6 in a module for that target (AMDGPU's alias analysis).
// The SCC's union, plus the recursive arguments when it touches argmem, is intersected with
// what each function states. Each location's access kind keeps the instruction that first
// produced it, for the remarks.
package dev.irscope.infer;

import static dev.irscope.analysis.MemoryEffectsAnalysis.isVolatile;
import static dev.irscope.analysis.MemoryEffectsAnalysis.location;
import static dev.irscope.analysis.MemoryEffectsAnalysis.modRef;

import dev.irscope.analysis.ConstantMemory;
import dev.irscope.analysis.Intrinsics;
import dev.irscope.analysis.Tbaa;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryEffects.Location;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

final class MemoryInference {
  private final SccContext scc;
  private MemoryEffects me = MemoryEffects.none();
  private MemoryEffects recursiveArgMe = MemoryEffects.none();
  /** Per location and access bit (1 read, 2 write): the instruction that first added it. */
  private final Map<Location, Instruction[]> why = new EnumMap<>(Location.class);
  private Instruction current;

  /** AMDGPU's alias analysis, in opt's pipeline for its triples, knows constant address spaces. */
  private final boolean amdgpu;

  private MemoryInference(SccContext scc) {
    this.scc = scc;
    this.amdgpu = !scc.functions.isEmpty()
        && ConstantMemory.hasAmdgpuAa(scc.functions.get(0).parent());
  }

  static void run(SccContext scc) {
    new MemoryInference(scc).infer();
  }

  private void infer() {
    for (Function f : scc.functions) {
      FunctionState s = scc.state(f);
      MemoryEffects orig = s.memoryOrUnknown();
      if (orig.doesNotAccessMemory()) {
        continue;
      }
      if (!f.hasExactDefinition()) {
        me = me.union(orig);
        scc.remark(f, "MemoryNotExact", "memory", false, "memory kept as declared: "
            + Places.of(f) + " has " + f.linkage() + " linkage, so another definition may be "
            + "chosen at link time", null);
        continue;
      }
      MemoryEffects before = me;
      me = MemoryEffects.none();
      scan(f, s);
      me = before.union(me.intersect(orig));
    }
    int argMr = me.access(Location.ARGMEM);
    if (argMr != MemoryEffects.NONE) {
      me = me.union(recursiveArgMe.intersect(MemoryEffects.of(argMr)));
    }
    for (Function f : scc.functions) {
      FunctionState s = scc.state(f);
      MemoryEffects old = s.memoryOrUnknown();
      MemoryEffects now = normalize(me.intersect(old));
      if (!f.hasExactDefinition()) {
        continue;
      }
      if (!now.equals(old)) {
        s.memory = now;
        if ((now.access(Location.ARGMEM) & MemoryEffects.WRITE) == 0) {
          for (Map<String, String> p : s.params) {
            p.remove("writable");
          }
        }
      }
      explain(f, now);
    }
  }

  /**
   * Locations the reproduced LLVM does not have follow "other", as they do in that LLVM:
   * errnomem before 21, target_mem0/1 before 22.
   */
  private MemoryEffects normalize(MemoryEffects m) {
    int other = m.access(Location.OTHER);
    if (!scc.llvm.hasTargetMem()) {
      m = m.with(Location.TARGET_MEM0, other).with(Location.TARGET_MEM1, other);
    }
    return scc.llvm.hasErrnoMem() ? m : m.with(Location.ERRNOMEM, other);
  }

  /** Whether the reproduced LLVM has {@code l} as a location of its own (see normalize). */
  private boolean separate(Location l) {
    return (l != Location.TARGET_MEM0 && l != Location.TARGET_MEM1 || scc.llvm.hasTargetMem())
        && (l != Location.ERRNOMEM || scc.llvm.hasErrnoMem());
  }

  private void scan(Function f, FunctionState s) {
    for (int i = 0; i < f.arguments().size(); i++) {
      if (s.paramHas(i, "inalloca") || s.paramHas(i, "preallocated")) {
        current = null;
        add(Location.ARGMEM, MemoryEffects.READWRITE);
      }
    }
    for (Instruction i : f.instructions()) {
      current = i;
      if (i instanceof CallBase call) {
        call(call);
        continue;
      }
      int mr = modRef(i);
      if (mr == MemoryEffects.NONE) {
        continue;
      }
      Value ptr = location(i);
      if (ptr == null) {
        for (Location l : Location.values()) {
          add(l, mr);
        }
        continue;
      }
      if (isVolatile(i)) {
        add(Location.INACCESSIBLEMEM, mr);
      }
      if (!Tbaa.isImmutable(i)) {
        addLocAccess(ptr, mr);
      }
    }
  }

  private void call(CallBase call) {
    if (call.bundles().isEmpty() && scc.callsIntoScc(call)) {
      MemoryEffects save = me;
      me = recursiveArgMe;
      addArgLocs(call, MemoryEffects.READWRITE);
      recursiveArgMe = me;
      me = save;
      return;
    }
    MemoryEffects ce = scc.queries.memoryEffects(call);
    if (ce.doesNotAccessMemory() || Intrinsics.isIntrinsic(call, "llvm.pseudoprobe")
        || Tbaa.isImmutable(call)) {
      return;
    }
    for (Location l : Location.values()) {
      if (l != Location.ARGMEM) {
        add(l, ce.access(l));
      }
    }
    add(Location.ARGMEM, ce.access(Location.OTHER));
    int argMr = ce.access(Location.ARGMEM);
    if (argMr != MemoryEffects.NONE) {
      addArgLocs(call, argMr);
    }
  }

  private void addArgLocs(CallBase call, int mr) {
    for (int k = 0; k < call.numArgs(); k++) {
      Value a = call.arg(k);
      if (a.type() instanceof PointerType
          || (a.type() instanceof VectorType vt && vt.elementType() instanceof PointerType)) {
        addLocAccess(a, mr);
      }
    }
  }

  /** LLVM's addLocAccess. */
  private void addLocAccess(Value ptr, int mr) {
    mr &= modRefMask(ptr);
    if (mr == MemoryEffects.NONE) {
      return;
    }
    Value uo = scc.underlyingObject(ptr);
    if (uo instanceof Argument) {
      add(Location.ARGMEM, mr);
      return;
    }
    if (!UnderlyingObject.isIdentifiedObject(uo)) {
      add(Location.ARGMEM, mr);
    }
    add(Location.OTHER, mr);
    if (scc.llvm.hasErrnoMem()) {
      add(Location.ERRNOMEM, mr);
    }
  }

  /** BasicAA's getModRefInfoMask with IgnoreLocals: what an access to ptr can matter as. */
  private int modRefMask(Value ptr) {
    if (amdgpu
        && ConstantMemory.byAddressSpace(ptr, UnderlyingObject.of(ptr, scc.returned)) != null) {
      return MemoryEffects.NONE;
    }
    Deque<Value> work = new ArrayDeque<>();
    Set<Value> visited = new HashSet<>();
    work.push(ptr);
    int result = MemoryEffects.NONE;
    int lookups = 8;
    do {
      Value v = UnderlyingObject.of(work.pop(), scc.returned);
      if (!visited.add(v)) {
        continue;
      }
      if (v instanceof AllocaInst) {
        continue;
      }
      if (v instanceof Argument a && a.attributes().has("noalias")
          && scc.state(a.parent()).paramOnlyReads(a.index())) {
        result |= MemoryEffects.READ;
        continue;
      }
      if (v instanceof GlobalVariable gv) {
        if (!gv.isConstant()) {
          return MemoryEffects.READWRITE;
        }
        continue;
      }
      if (v instanceof SelectInst sel) {
        work.push(sel.operand(1));
        work.push(sel.operand(2));
        continue;
      }
      if (v instanceof PhiInst phi) {
        if (phi.numIncoming() > 8) {
          return MemoryEffects.READWRITE;
        }
        for (int k = 0; k < phi.numIncoming(); k++) {
          work.push(phi.incomingValue(k));
        }
        continue;
      }
      return MemoryEffects.READWRITE;
    } while (!work.isEmpty() && --lookups > 0);
    return work.isEmpty() ? result : MemoryEffects.READWRITE;
  }

  private void add(Location l, int mr) {
    if (mr == MemoryEffects.NONE) {
      return;
    }
    int old = me.access(l);
    me = me.with(l, old | mr);
    Instruction[] w = why.computeIfAbsent(l, k -> new Instruction[4]);
    for (int bit = 1; bit <= 2; bit++) {
      if ((mr & bit) != 0 && w[bit] == null && current != null) {
        w[bit] = current;
      }
    }
  }

  private void explain(Function f, MemoryEffects now) {
    // Grouped by instruction, in the order locations are printed: "argmem read, other read by X".
    Map<Instruction, StringBuilder> byInstruction = new LinkedHashMap<>();
    for (Location l : Location.values()) {
      Instruction[] w = why.get(l);
      if (w == null || now.access(l) == MemoryEffects.NONE || !separate(l)) {
        continue;
      }
      for (int bit = 1; bit <= 2; bit++) {
        if ((now.access(l) & bit) != 0 && w[bit] != null && w[bit].function() == f) {
          StringBuilder kinds = byInstruction.computeIfAbsent(w[bit], k -> new StringBuilder());
          kinds.append(kinds.length() == 0 ? "" : ", ").append(l.spelling()).append(' ')
              .append(bit == 1 ? "read" : "write")
              .append(bit == 2 && w[bit] instanceof LoadInst
                  ? " (an ordered load counts as a write)" : "");
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    Instruction first = null;
    for (Map.Entry<Instruction, StringBuilder> e : byInstruction.entrySet()) {
      sb.append(sb.length() == 0 ? "" : "; ").append(e.getValue()).append(" by ")
          .append(Places.of(e.getKey()));
      first = first == null ? e.getKey() : first;
    }
    String spelled = now.equals(MemoryEffects.unknown()) ? "memory(readwrite)" : now.toString();
    if (now.doesNotAccessMemory()) {
      scc.remark(f, "MemoryInferred", "memory", true, spelled + ": no instruction of "
          + Places.of(f) + " accesses memory outside its own allocas and constants", null);
    } else {
      scc.remark(f, "MemoryInferred", "memory", !now.equals(MemoryEffects.unknown()), spelled
          + (sb.length() == 0 ? " for " + Places.of(f) : ": " + sb), first);
    }
  }
}
