// A miniature LICM (loop-invariant code motion) with LLVM 19's legality rules, each decision an
// optimization remark. Loops are visited innermost first; for each loop with a preheader:
// 1. Sink phase (bottom-up over the loop's blocks, subloops excluded): instructions that are
//    trivially dead are deleted; a side-effect-free instruction used only outside the loop that
//    could be moved is sunk into the exit block that uses it (only the one-exit case is
//    modelled; LLVM clones into each exit). For a load the sink check is cruder than the hoist
//    check (any write in the loop not before it in its block), which is where LLVM's "may
//    invalidate" remark for a load it then hoists comes from.
// 2. Hoist phase (blocks in reverse post order, subloops excluded, top to bottom): an
//    instruction moves before the preheader's terminator when all its operands are defined
//    outside the loop, it is of a kind LICM moves, it passes canSinkOrHoistInst, and it is
//    guaranteed to execute or safe to speculate. For a load canSinkOrHoistInst means: not
//    volatile and at most unordered (else LLVM gives up silently; irscope says why), and either
//    the memory cannot change (constant global, noalias readonly argument, !invariant.load) or
//    no instruction of the loop clobbers it (MemoryAccesses: stores that may alias, ordered
//    atomics by their strength, fences, acquire loads, calls by their memory effects). LICM never
//    looks at the function's nosync/nofree: hoisting a non-atomic load is legal because another
//    thread writing it without synchronization would be a data race (LangRef memory model).
// Hoisted instructions lose UB-implying metadata unless guaranteed to execute, and their !dbg
// location unless they are calls (LLVM gives calls a line-0 location; irscope keeps theirs).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

public final class LicmPass {
  /** LLVM's LicmMssaOptCap: clobber walks per loop before LICM settles for defining accesses. */
  static final int CLOBBER_QUERY_CAP = 100;
  /** LLVM's LicmMssaNoAccForPromotionCap: memory accesses per loop before giving up on stores. */
  static final int ACCESS_CAP = 250;

  private static final Set<String> KEPT_WHEN_SPECULATED = Set.of("dbg", "annotation",
      "DIAssignID", "pcsections", "mmra", "noundef");

  private final MemoryAccesses mem;
  private final CallAttributes calls;
  private final LicmRemarks remarks;

  private LicmPass(CallAttributes calls, List<PassRemark> out) {
    this.calls = calls;
    this.mem = new MemoryAccesses(new AliasQueries(calls));
    this.remarks = new LicmRemarks(out);
  }

  /** Runs LICM over every loop of {@code f}, appending the remarks to {@code out}. */
  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    LicmPass p = new LicmPass(calls, out);
    DominatorTree dt = DominatorTree.of(f);
    LoopInfo li = LoopInfo.of(dt);
    List<Loop> top = new ArrayList<>(li.topLevelLoops());
    Collections.reverse(top);
    for (Loop l : top) {
      p.runOnNest(l, li, dt);
    }
  }

  private void runOnNest(Loop l, LoopInfo li, DominatorTree dt) {
    for (Loop sub : l.subLoops()) {
      runOnNest(sub, li, dt);
    }
    runOnLoop(l, li, dt);
  }

  /** State of one loop's run: its safety info and LLVM's per-loop walker budget. */
  final class LoopRun {
    final Loop loop;
    final LoopInfo li;
    final DominatorTree dt;
    final LoopSafety safety;
    final BasicBlock preheader;
    int clobberQueries;
    boolean sinking = true;

    LoopRun(Loop loop, LoopInfo li, DominatorTree dt) {
      this.loop = loop;
      this.li = li;
      this.dt = dt;
      this.safety = new LoopSafety(loop, dt, calls);
      this.preheader = loop.preheader();
    }

    boolean isInvariant(Value v) {
      return loop.isLoopInvariant(v);
    }

    boolean hasInvariantOperands(Instruction i) {
      for (Value v : i.operands()) {
        if (!isInvariant(v)) {
          return false;
        }
      }
      return true;
    }

    /** Blocks of this loop not inside a subloop. */
    boolean isOwnBlock(BasicBlock b) {
      return li.getLoopFor(b) == loop;
    }

    /** Every instruction of the loop (subloops included) that MemorySSA would make a def. */
    List<Instruction> defs() {
      List<Instruction> out = new ArrayList<>();
      for (BasicBlock b : loop.blocks()) {
        for (Instruction i : b.instructions()) {
          if (mem.kind(i) == MemoryAccesses.Kind.DEF) {
            out.add(i);
          }
        }
      }
      return out;
    }

    int accessCount() {
      int n = 0;
      for (BasicBlock b : loop.blocks()) {
        for (Instruction i : b.instructions()) {
          n += mem.kind(i) == MemoryAccesses.Kind.NONE ? 0 : 1;
        }
      }
      return n;
    }
  }

  private void runOnLoop(Loop l, LoopInfo li, DominatorTree dt) {
    LoopRun run = new LoopRun(l, li, dt);
    if (run.preheader == null) {
      remarks.noPreheader(l);
      return;
    }
    sinkRegion(run);
    run.sinking = false;
    hoistRegion(run);
  }

  // ---- sink phase -------------------------------------------------------------------------

  private void sinkRegion(LoopRun run) {
    List<BasicBlock> order = new ArrayList<>();
    for (BasicBlock b : run.dt.cfg().postOrder()) {
      if (run.loop.contains(b) && run.isOwnBlock(b)) {
        order.add(b);
      }
    }
    for (BasicBlock b : order) {
      List<Instruction> insts = new ArrayList<>(b.instructions());
      Collections.reverse(insts);
      for (Instruction i : insts) {
        if (isTriviallyDead(i)) {
          erase(i);
          continue;
        }
        if (!SideEffects.mayHaveSideEffects(i, calls) && usedOnlyOutside(i, run.loop)
            && canSinkOrHoist(i, run) != null) {
          Sinking.sink(i, run.loop, run.dt, remarks);
        }
      }
    }
  }

  private static void erase(Instruction i) {
    BasicBlock b = i.parent();
    List<DebugRecord> records = i.takeDebugRecords();
    int at = b.instructions().indexOf(i);
    b.remove(i);
    if (!records.isEmpty() && at < b.instructions().size()) {
      for (DebugRecord r : records) {
        b.instructions().get(at).addDebugRecord(r);
      }
    }
    i.dropAllReferences();
  }

  private boolean isTriviallyDead(Instruction i) {
    if (i.numUses() > 0 || i.isTerminator() || i instanceof PhiInst
        || i.opcode() == Opcode.LANDINGPAD || i.opcode() == Opcode.CATCHPAD
        || i.opcode() == Opcode.CLEANUPPAD || i.opcode() == Opcode.ALLOCA) {
      return false;
    }
    if (i instanceof CallBase call) {
      Function callee = call.calledFunction();
      if (callee == null || callee.name().startsWith("llvm.dbg.")
          || callee.name().startsWith("llvm.assume") || callee.name().startsWith("llvm.pseudoprobe")
          || callee.name().startsWith("llvm.experimental.")) {
        return false;
      }
    }
    return !SideEffects.mayHaveSideEffects(i, calls);
  }

  private static boolean usedOnlyOutside(Instruction i, Loop loop) {
    for (User u : i.users()) {
      if (u instanceof Instruction ui && ui.parent() != null && loop.contains(ui.parent())) {
        return false;
      }
    }
    return true;
  }

  // ---- hoist phase ------------------------------------------------------------------------

  private void hoistRegion(LoopRun run) {
    for (BasicBlock b : loopRpo(run)) {
      if (!run.isOwnBlock(b)) {
        continue;
      }
      for (Instruction i : new ArrayList<>(b.instructions())) {
        if (i.parent() != b) {
          continue;
        }
        if (!run.hasInvariantOperands(i)) {
          continue;
        }
        LicmDecision d = canSinkOrHoist(i, run);
        if (d == null) {
          if (i instanceof CallInst call && !isDebugIntrinsic(call)) {
            remarks.callKept(call, CallHoisting.whyKept(call, run, calls));
          }
          continue;
        }
        Instruction notGuaranteed = run.safety.notGuaranteedBecause(i);
        boolean speculatable = run.safety.isSafeToSpeculate(i);
        if (notGuaranteed != null && !speculatable) {
          if (i instanceof LoadInst l && run.isInvariant(l.pointer())) {
            remarks.condExecuted(l, notGuaranteed, run);
          }
          continue;
        }
        remarks.hoisted(i, d, notGuaranteed, run);
        hoist(i, run, notGuaranteed == null);
      }
    }
  }

  private static boolean isDebugIntrinsic(CallInst call) {
    return call.calledFunction() != null && call.calledFunction().name().startsWith("llvm.dbg.");
  }

  private static List<BasicBlock> loopRpo(LoopRun run) {
    List<BasicBlock> out = new ArrayList<>();
    for (BasicBlock b : run.dt.cfg().postOrder()) {
      if (run.loop.contains(b)) {
        out.add(b);
      }
    }
    Collections.reverse(out);
    return out;
  }

  private void hoist(Instruction i, LoopRun run, boolean guaranteed) {
    if (!guaranteed && (i instanceof CallInst || hasNonDebugMetadata(i))) {
      i.retainAttachments(KEPT_WHEN_SPECULATED::contains);
    }
    BasicBlock from = i.parent();
    int at = from.instructions().indexOf(i);
    List<DebugRecord> records = i.takeDebugRecords();
    from.remove(i);
    if (!records.isEmpty()) {
      Instruction next = from.instructions().get(at);
      for (DebugRecord r : records) {
        next.addDebugRecord(r);
      }
    }
    BasicBlock to = run.preheader;
    to.insert(to.instructions().size() - 1, i);
    if (!(i instanceof CallBase)) {
      i.retainAttachments(kind -> !kind.equals("dbg"));
    }
  }

  private static boolean hasNonDebugMetadata(Instruction i) {
    return i.attachments().stream().anyMatch(a -> !a.kind().equals("dbg"));
  }

  // ---- legality ---------------------------------------------------------------------------

  /** Why LLVM may move {@code i} (canSinkOrHoistInst), or null when it may not. */
  LicmDecision canSinkOrHoist(Instruction i, LoopRun run) {
    if (i instanceof LoadInst l) {
      return loadDecision(l, run);
    }
    if (i instanceof CallInst call) {
      return CallHoisting.decide(call, run, mem, calls);
    }
    if (i instanceof FenceInst || i instanceof StoreInst) {
      return CallHoisting.decideOther(i, run, mem);
    }
    return isMovableKind(i) ? LicmDecision.NO_MEMORY : null;
  }

  private LicmDecision loadDecision(LoadInst l, LoopRun run) {
    if (!MemoryAccesses.isUnordered(l)) {
      if (!run.sinking) {
        remarks.ordered(l, run);
      }
      return null;
    }
    if (mem.aa().isConstantMemory(l.pointer())) {
      return LicmDecision.CONSTANT_MEMORY;
    }
    if (l.attachment("invariant.load") != null) {
      return LicmDecision.INVARIANT_LOAD;
    }
    LoopClobbers.Clobber clobber = run.sinking ? sinkClobber(l, run)
        : LoopClobbers.find(l, run, mem);
    if (clobber != null) {
      if (run.isInvariant(l.pointer())) {
        remarks.invalidated(l, clobber, run);
      }
      return null;
    }
    return LicmDecision.NOT_CLOBBERED;
  }

  /** The sink check: any def in the loop other than one before the load in its block. */
  private LoopClobbers.Clobber sinkClobber(LoadInst l, LoopRun run) {
    List<Instruction> defs = run.defs();
    if (run.accessCount() > ACCESS_CAP && !defs.isEmpty()) {
      return new LoopClobbers.Clobber(defs.get(0), LoopClobbers.Why.SINK_CHECK);
    }
    for (Instruction d : defs) {
      if (d.parent() != l.parent() || d.parent().instructions().indexOf(d)
          > l.parent().instructions().indexOf(l)) {
        return new LoopClobbers.Clobber(d, LoopClobbers.Why.SINK_CHECK);
      }
    }
    return null;
  }

  private static boolean isMovableKind(Instruction i) {
    Opcode op = i.opcode();
    return op.isCast() || op.isBinary() || op == Opcode.FNEG || op == Opcode.SELECT
        || op == Opcode.GETELEMENTPTR || op == Opcode.ICMP || op == Opcode.FCMP
        || op == Opcode.INSERTELEMENT || op == Opcode.EXTRACTELEMENT
        || op == Opcode.SHUFFLEVECTOR || op == Opcode.EXTRACTVALUE || op == Opcode.INSERTVALUE
        || op == Opcode.FREEZE;
  }
}
