// A memory location as LLVM's MemoryLocation: a pointer and the number of bytes accessed from it
// (UNKNOWN when the access may reach before or after the pointer, as for a call's argument).
package dev.irscope.transform;

import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;

public record MemLoc(Value pointer, long size) {
  public static final long UNKNOWN = -1;

  /** The location a load, store, atomicrmw or cmpxchg accesses; null for other instructions. */
  public static MemLoc of(Instruction i) {
    if (i instanceof LoadInst l) {
      return new MemLoc(l.pointer(), TypeSizes.LAYOUT.storeSize(l.type()));
    }
    if (i instanceof StoreInst s) {
      return new MemLoc(s.pointer(), TypeSizes.LAYOUT.storeSize(s.value().type()));
    }
    if (i instanceof AtomicRMWInst r) {
      return new MemLoc(r.pointer(), TypeSizes.LAYOUT.storeSize(r.operand(1).type()));
    }
    if (i instanceof AtomicCmpXchgInst c) {
      return new MemLoc(c.operand(0), TypeSizes.LAYOUT.storeSize(c.operand(1).type()));
    }
    return null;
  }

  public static MemLoc unknownSize(Value pointer) {
    return new MemLoc(pointer, UNKNOWN);
  }
}
