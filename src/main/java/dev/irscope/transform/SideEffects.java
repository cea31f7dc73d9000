// LLVM's Instruction::mayHaveSideEffects for the transforms: it may write memory (stores,
// fences, read-modify-writes, va_arg, loads and stores ordered beyond unordered or volatile,
// calls that may write), may throw or may not return (calls, by their attributes), or resumes
// unwinding.
package dev.irscope.transform;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.StoreInst;

final class SideEffects {
  private SideEffects() {}

  static boolean mayHaveSideEffects(Instruction i, CallAttributes calls) {
    if (i instanceof LoadInst l) {
      return !MemoryAccesses.isUnordered(l);
    }
    if (i instanceof StoreInst || i instanceof FenceInst || i.opcode() == Opcode.ATOMICRMW
        || i.opcode() == Opcode.CMPXCHG || i.opcode() == Opcode.VAARG) {
      return true;
    }
    if (i instanceof CallBase call) {
      return !calls.memoryEffects(call).onlyReadsMemory() || !transfers(call, calls);
    }
    return i.opcode() == Opcode.RESUME;
  }

  /** The call returns and does not unwind (an invoke's unwinding is its own edge). */
  static boolean transfers(CallBase call, CallAttributes calls) {
    return (!(call instanceof CallInst) || calls.doesNotThrow(call)) && calls.willReturn(call);
  }
}
