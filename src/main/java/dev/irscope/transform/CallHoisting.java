// canSinkOrHoistInst for calls and the memory-touching instructions other than loads: a call
// moves when it cannot throw, is not convergent, and either does not access memory, only reads
// through pointer arguments nothing in the loop writes, or only reads and the loop writes
// nothing; a fence or store moves only when it is the loop's only memory access (LLVM's wider
// rule for stores needs no other def in the loop to clobber the stored location, which the
// store itself does once the walk comes round the backedge).
package dev.irscope.transform;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.StoreInst;

final class CallHoisting {
  private CallHoisting() {}

  static LicmDecision decide(CallInst call, LicmPass.LoopRun run, MemoryAccesses mem,
      CallAttributes calls) {
    if (call.calledFunction() != null && call.calledFunction().name().startsWith("llvm.dbg.")) {
      return null;
    }
    if (!calls.doesNotThrow(call) || calls.has(call, "convergent")
        || call.function().fnAttributes().has("presplitcoroutine")) {
      return null;
    }
    if (Intrinsics.isIntrinsic(call, "llvm.assume")) {
      return LicmDecision.CALL_ASSUME;
    }
    MemoryEffects me = calls.memoryEffects(call);
    if (me.doesNotAccessMemory()) {
      return LicmDecision.CALL_NO_MEMORY;
    }
    if (!me.onlyReadsMemory()) {
      return null;
    }
    if (me.equals(MemoryEffects.none().with(MemoryEffects.Location.ARGMEM,
        me.access(MemoryEffects.Location.ARGMEM)))) {
      for (int k = 0; k < call.numArgs(); k++) {
        if (call.arg(k).type().isPointer() && argsWritten(call, run, mem)) {
          return null;
        }
      }
      return LicmDecision.CALL_ARGS_NOT_WRITTEN;
    }
    return run.defs().isEmpty() ? LicmDecision.CALL_LOOP_READ_ONLY : null;
  }

  /** Why LICM leaves a call with loop-invariant operands in the loop, in one sentence. */
  static String whyKept(CallInst call, LicmPass.LoopRun run, CallAttributes calls) {
    String callee = call.calledFunction() == null ? "the callee"
        : "@" + call.calledFunction().name();
    if (!calls.doesNotThrow(call)) {
      return "it may throw (" + callee + " is not nounwind), and LICM never moves such a call";
    }
    if (calls.has(call, "convergent")) {
      return "it is convergent";
    }
    MemoryEffects me = calls.memoryEffects(call);
    String effects = me.equals(MemoryEffects.unknown()) ? "may read and write any memory"
        : "has " + me;
    if (!me.onlyReadsMemory()) {
      return "it may write memory (" + callee + " " + effects + ", as "
          + (calls.source() == CallAttributes.Source.INFERRED ? "irscope infers" : "declared")
          + "); LICM moves only calls that at most read";
    }
    return "it reads memory (" + callee + " " + effects + ") that the loop may write";
  }

  private static boolean argsWritten(CallInst call, LicmPass.LoopRun run, MemoryAccesses mem) {
    java.util.List<Instruction> defs = run.defs();
    if (run.clobberQueries++ >= LicmPass.CLOBBER_QUERY_CAP) {
      return !defs.isEmpty();
    }
    for (Instruction d : defs) {
      if (mem.clobbersArgs(d, call)) {
        return true;
      }
    }
    return false;
  }

  /** Fences and stores: only when they are the loop's only memory access. */
  static LicmDecision decideOther(Instruction i, LicmPass.LoopRun run, MemoryAccesses mem) {
    if (i instanceof StoreInst s && !MemoryAccesses.isUnordered(s)) {
      return null;
    }
    if (isOnlyMemoryAccess(i, run, mem)) {
      return i instanceof StoreInst ? LicmDecision.STORE_ONLY_ACCESS
          : LicmDecision.FENCE_ONLY_ACCESS;
    }
    if (i instanceof StoreInst && run.accessCount() <= LicmPass.ACCESS_CAP) {
      run.clobberQueries++;
    }
    return null;
  }

  private static boolean isOnlyMemoryAccess(Instruction i, LicmPass.LoopRun run,
      MemoryAccesses mem) {
    for (BasicBlock b : run.loop.blocks()) {
      for (Instruction o : b.instructions()) {
        if (o != i && mem.kind(o) != MemoryAccesses.Kind.NONE) {
          return false;
        }
      }
    }
    return true;
  }
}
