// Builds the stories `irscope explain` tells. For each chosen function: the inliner runs (calls
// get their callees' bodies, as LLVM's inliner does first), the debug spill slots SROA removes
// first are removed (SroaPass), irscope's attribute inference runs over the module (a call's effect comes from the callee's inferred attributes,
// as after function-attrs in LLVM's pipeline); each loop's loads whose value decides whether
// the loop exits are noted with the memory they read; then the passes run on the function as
// LLVM's -O3 pipeline would reach them (PIPELINE: simplifycfg, the first loop pass manager's
// licm, loop-rotate and licm, gvn, and the clean-up that shows the end state), and every load's
// fate and the remarks about it are put back together per loop. A rotated loop keeps its blocks
// but loses its old header (merged into the latch), and its header's instructions have copies
// before the loop at the same places: loads are followed as objects, the end state by the
// loop's surviving blocks.
// Verdicts: "infinite" when a polled load left the loop and the loop can no longer exit,
// "stale" when it left the loop (or the loop was deleted) but the loop still ends by other means,
// "kept" when every polled load is still read in each iteration, "no-shared-load" when no load
// of memory another thread could write decides the exit.
package dev.irscope.explain;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.explain.LoopStory.PolledLoad;
import dev.irscope.explain.LoopStory.Verdict;
import dev.irscope.infer.AttributeInference;
import dev.irscope.infer.InferenceOptions;
import dev.irscope.infer.InferenceResult;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Module;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.rust.DebugTypes;
import dev.irscope.rust.Demangler;
import dev.irscope.rust.RecoveredType;
import dev.irscope.transform.CallAttributes;
import dev.irscope.transform.LoopEndState;
import dev.irscope.transform.PassRemark;
import dev.irscope.transform.Passes;
import dev.irscope.transform.SroaPass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class Explainer {
  /**
   * The passes explain runs, in the order of LLVM's -O3 function simplification pipeline:
   * SimplifyCFG (run several times before the loop passes; an empty latch is gone by then),
   * the first loop pass manager (LICM, LoopRotate, LICM; its SimpleLoopUnswitch comes after
   * GVN and loop deletion here), GVN, LoopDeletion, SimpleLoopUnswitch, LICM and unswitching
   * again for what unswitching freed, SimplifyCFG.
   */
  public static final List<String> PIPELINE = pipeline();

  private final InferenceResult inference;
  private final CallAttributes calls;

  private final DebugTypes types;

  private Explainer(Module m, List<Function> chosen, LlvmVersion v) {
    this.types = new DebugTypes(m);
    // As in LLVM's call-graph pipeline: the inliner first (so std's atomic_load becomes the
    // atomic load it performs), SROA's spill removal, then function-attrs.
    Passes.run(chosen, List.of("inline"), CallAttributes.declared(v));
    m.functions().forEach(SroaPass::run);
    this.inference = AttributeInference.run(m, new InferenceOptions(v, false));
    this.calls = CallAttributes.inferred(inference);
  }

  private static List<String> pipeline() {
    List<String> out = new ArrayList<>();
    // SimplifyCFG runs several times before the loop passes: an empty latch is gone by then.
    out.add("simplifycfg");
    // LLVM's first loop pass manager: LICM (without speculation: irscope's LICM speculates,
    // which only hoists earlier what the second LICM hoists anyway), LoopRotate, LICM again on
    // the rotated loop, whose first block now runs on every iteration. GVN runs after it.
    out.add("licm");
    out.add("loop-rotate");
    out.add("licm");
    out.add("gvn");
    out.add("loop-deletion");
    out.add("simple-loop-unswitch");
    // LLVM's loop pass manager revisits a loop it unswitched, and LICM runs again later in the
    // pipeline: what an unswitched exit branch no longer guards may now be hoisted.
    out.add("licm");
    out.add("simple-loop-unswitch");
    out.add("simplifycfg");
    return List.copyOf(out);
  }

  /**
   * The stories of {@code chosen} functions of {@code m} (which the passes change in place).
   * With {@code onlyPolling}, functions without a loop that polls memory are left out.
   */
  public static List<FunctionStory> explain(Module m, List<Function> chosen, LlvmVersion v,
      boolean onlyPolling) {
    Explainer e = new Explainer(m, chosen, v);
    List<FunctionStory> out = new ArrayList<>();
    for (Function f : chosen) {
      if (f.isDeclaration()) {
        continue;
      }
      FunctionStory s = e.explain(f);
      boolean polls = s.loops().stream().anyMatch(l -> l.verdict() != Verdict.NO_SHARED_LOAD);
      if (!onlyPolling || polls) {
        out.add(s);
      }
    }
    return out;
  }

  /** One loop as it was before the passes. */
  private record Before(Loop loop, Set<BasicBlock> blocks, Map<LoadInst, PassRemark.Place> polled,
      Map<LoadInst, SharedMemory> memory, Map<LoadInst, String> rustTypes,
      Map<LoadInst, List<Use>> uses, Set<Long> places) {}

  private FunctionStory explain(Function f) {
    // the story names unnamed values by the numbers they had before the passes, as the remarks do
    try (AsmWriter.Freeze numbering = AsmWriter.freeze(f)) {
      return tell(f);
    }
  }

  private FunctionStory tell(Function f) {
    List<Before> loops = new ArrayList<>();
    for (Loop l : LoopInfo.of(f).loopsInPreorder()) {
      loops.add(before(l, types));
    }
    List<Value> polledObjects = new ArrayList<>();
    for (Before b : loops) {
      for (LoadInst l : b.polled().keySet()) {
        if (b.memory().get(l).shared()) {
          polledObjects.add(UnderlyingObject.of(l.pointer(), null));
        }
      }
    }
    List<PassRemark> remarks = loops.isEmpty() ? List.of()
        : Passes.run(List.of(f), PIPELINE, calls);
    List<LoopStory> stories = new ArrayList<>();
    for (Before b : loops) {
      stories.add(story(f, b, remarks));
    }
    var declared = inference.declared(f);
    var inferred = inference.inferred(f);
    return new FunctionStory(f.name(), Demangler.demangle(f.name()),
        declared.functionAttrsComment(), inferred.functionAttrsComment(),
        AttributeNotes.of(f, inference, polledObjects), stories);
  }

  private static Before before(Loop l, DebugTypes types) {
    Set<BasicBlock> blocks = new HashSet<>(l.blocks());
    Map<LoadInst, PassRemark.Place> polled = new LinkedHashMap<>();
    Map<LoadInst, SharedMemory> memory = new LinkedHashMap<>();
    Map<LoadInst, String> rustTypes = new LinkedHashMap<>();
    Map<LoadInst, List<Use>> uses = new LinkedHashMap<>();
    Set<Long> places = new HashSet<>();
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        places.add(key(i.line(), i.column()));
        SharedMemory mem = i instanceof LoadInst load ? SharedMemory.of(load, l) : null;
        if (mem != null && decidesExit((LoadInst) i, l)) {
          LoadInst load = (LoadInst) i;
          polled.put(load, PassRemark.Place.of(load));
          memory.put(load, mem);
          RecoveredType t = types.access(load);
          rustTypes.put(load, t == null ? null : t.describe());
          uses.put(load, List.copyOf(load.uses()));
        }
      }
    }
    return new Before(l, blocks, polled, memory, rustTypes, uses, places);
  }

  private static long key(int line, int column) {
    return ((long) line << 20) | column;
  }

  /** Whether the value of {@code load} flows, inside the loop, into an exiting branch. */
  static boolean decidesExit(LoadInst load, Loop l) {
    Deque<Instruction> work = new ArrayDeque<>(List.of(load));
    Set<Instruction> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Instruction i = work.pop();
      if (!seen.add(i)) {
        continue;
      }
      for (User u : i.users()) {
        if (!(u instanceof Instruction ui) || ui.parent() == null || !l.contains(ui.parent())) {
          continue;
        }
        if ((ui instanceof BranchInst || ui instanceof SwitchInst) && l.isLoopExiting(ui.parent())) {
          return true;
        }
        if (ui instanceof StoreInst st && st.operand(0) == i
            && st.pointer() instanceof AllocaInst slot) {
          for (User su : slot.users()) { // through a stack slot, as SROA would make it a value
            if (su instanceof LoadInst sl && sl.parent() != null && l.contains(sl.parent())) {
              work.push(sl);
            }
          }
          continue;
        }
        if (!(ui instanceof StoreInst || ui instanceof LoadInst || ui instanceof CallBase
            || ui instanceof GetElementPtrInst) && (ui.hasResult() || ui instanceof PhiInst)) {
          work.push(ui); // data flow only: a value used as an address is not what is polled
        }
      }
    }
    return false;
  }

  private LoopStory story(Function f, Before b, List<PassRemark> remarks) {
    List<PolledLoad> loads = new ArrayList<>();
    boolean anyHoisted = false;
    boolean anySharedLoad = false;
    for (Map.Entry<LoadInst, PassRemark.Place> e : b.polled().entrySet()) {
      LoadInst l = e.getKey();
      PassRemark.Place p = e.getValue();
      List<PassRemark> about = new ArrayList<>();
      String by = null;
      for (PassRemark r : remarks) {
        if (r.at() != null && r.at().line() == p.line() && r.at().column() == p.column()) {
          about.add(r);
          if (r.pass().equals("licm") && r.name().equals("Hoisted")) {
            by = "licm";
          } else if (r.pass().equals("gvn") && r.kind() == PassRemark.Kind.PASSED) {
            by = "gvn";
          }
        }
      }
      boolean hoisted = leftLoop(l, b, f);
      SharedMemory mem = b.memory().get(l);
      anyHoisted |= hoisted && mem.shared();
      anySharedLoad |= mem.shared();
      loads.add(new PolledLoad(p, mem.description(), mem.shared(), b.rustTypes().get(l),
          l.isAtomic() || l.isVolatile(), hoisted, hoisted ? (by == null ? "licm" : by) : null,
          about));
    }
    List<PassRemark> other = new ArrayList<>();
    boolean deleted = false;
    for (PassRemark r : remarks) {
      if (r.at() == null || !b.places().contains(key(r.at().line(), r.at().column()))
          || loads.stream().anyMatch(pl -> pl.decisions().contains(r))) {
        continue;
      }
      other.add(r);
      deleted |= r.pass().equals("loop-delete");
    }
    LoopEndState end = LoopEndState.of(f, b.loop().blocks(), deleted);
    List<PolledLoad> shared = loads.stream().filter(PolledLoad::shared).toList();
    Verdict verdict = !anySharedLoad ? Verdict.NO_SHARED_LOAD
        : !anyHoisted ? (end.kind() == LoopEndState.Kind.DELETED ? Verdict.STALE : Verdict.KEPT)
        : end.kind() == LoopEndState.Kind.INFINITE ? Verdict.INFINITE : Verdict.STALE;
    Instruction first = firstWithLocation(b.loop());
    DILocation loc = first == null ? null : outermost(first.debugLoc());
    SourceLocation src = loc == null || loc.filename() == null ? null
        : new SourceLocation(loc.filename(), (int) loc.line(), (int) loc.column());
    int[] range = sourceRange(b.loop(), loc);
    return new LoopStory(String.valueOf(b.loop().header()), src, range[0], range[1], verdict, loads,
        other, end, Advice.cause(verdict, shared, conclusions(f)),
        Advice.pipelineNote(verdict, b.loop(), shared), Advice.fix(verdict, shared, other));
  }

  /**
   * Whether the value of {@code l} is no longer read from memory in the loop: LICM moved the
   * load out, or GVN replaced it by a value computed without a load or call in the loop (one
   * loaded before the loop, or what the loop itself stored, passed around by phis): another
   * thread's write would no longer be seen.
   */
  private static boolean leftLoop(LoadInst l, Before b, Function f) {
    if (l.parent() != null) {
      return l.parent().parent() != f || !b.blocks().contains(l.parent());
    }
    for (Use u : b.uses().get(l)) {
      if (u.user() instanceof Instruction ui && ui.parent() != null) {
        return invariant(ui.operand(u.index()), b.blocks(), new HashSet<>());
      }
    }
    return true;
  }

  /** Whether {@code v} is computed without reading memory (or calling) inside the loop. */
  private static boolean invariant(Value v, Set<BasicBlock> loop, Set<Value> seen) {
    if (!(v instanceof Instruction i) || i.parent() == null || !loop.contains(i.parent())
        || !seen.add(v)) {
      return true;
    }
    if (i instanceof LoadInst || i instanceof CallBase) {
      return false;
    }
    for (Value op : i.operands()) {
      if (!invariant(op, loop, seen)) {
        return false;
      }
    }
    return true;
  }

  /** "`nosync` and `memory(argmem: read)` are", from what irscope infers for {@code f}. */
  private String conclusions(Function f) {
    List<String> said = new ArrayList<>();
    for (String a : inference.inferred(f).fn()) {
      if (a.equals("nosync") || a.startsWith("memory(")) {
        said.add("`" + a + "`");
      }
    }
    return said.isEmpty() ? "" : String.join(" and ", said) + (said.size() == 1 ? " is" : " are");
  }

  /** The location in the function itself: the end of the inlinedAt chain. */
  private static DILocation outermost(DILocation d) {
    while (d != null && d.inlinedAt() != null) {
      d = d.inlinedAt();
    }
    return d;
  }

  private static Instruction firstWithLocation(Loop l) {
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        DILocation d = i.debugLoc();
        if (d != null && d.line() > 0) {
          return i;
        }
      }
    }
    return null;
  }

  /** The first and last source line of the loop's instructions in the header's file. */
  private static int[] sourceRange(Loop l, DILocation head) {
    if (head == null) {
      return new int[] {0, 0};
    }
    int lo = Integer.MAX_VALUE;
    int hi = 0;
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        DILocation d = outermost(i.debugLoc());
        if (d != null && d.line() > 0 && head.filename().equals(d.filename())) {
          lo = Math.min(lo, (int) d.line());
          hi = Math.max(hi, (int) d.line());
        }
      }
    }
    return new int[] {lo, hi};
  }
}
