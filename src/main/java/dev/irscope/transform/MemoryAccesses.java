// Which instructions MemorySSA gives an access, and whether one clobbers a load: the questions
// LICM puts to MemorySSA, answered by scanning instead of building the SSA form.
// - A MemoryDef: a store, atomicrmw, cmpxchg, fence, va_arg, an ordered or volatile load (LLVM
//   models ordering as a write), a call whose memory effects may write.
// - A MemoryUse: a plain or unordered load, a call that only reads.
// - No access: other instructions, memory(none) calls, and the markers llvm.assume,
//   llvm.experimental.noalias.scope.decl, llvm.pseudoprobe, llvm.allow.*.check.
// A def clobbers a plain or unordered load (instructionClobbersQuery) when it is an ordered load
// that the query cannot be reordered with (an acquire-or-stronger load, or both volatile), or
// when alias analysis says it may write the load's location; llvm.invariant.start/end never do.
package dev.irscope.transform;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.StoreInst;

public final class MemoryAccesses {
  public enum Kind { NONE, USE, DEF }

  private final AliasQueries aa;

  public MemoryAccesses(AliasQueries aa) {
    this.aa = aa;
  }

  public AliasQueries aa() {
    return aa;
  }

  public Kind kind(Instruction i) {
    if (i instanceof LoadInst l) {
      return isUnordered(l) ? Kind.USE : Kind.DEF;
    }
    if (i instanceof StoreInst || i instanceof AtomicRMWInst || i instanceof AtomicCmpXchgInst
        || i instanceof FenceInst || i.opcode() == Opcode.VAARG) {
      return Kind.DEF;
    }
    if (i instanceof CallBase call) {
      if (CallAttributes.isMemorySsaMarker(call)) {
        return Kind.NONE;
      }
      MemoryEffects me = aa.calls().memoryEffects(call);
      if (me.doesNotAccessMemory()) {
        return Kind.NONE;
      }
      return me.onlyReadsMemory() ? Kind.USE : Kind.DEF;
    }
    return Kind.NONE;
  }

  /** Not volatile and not ordered more strongly than unordered (LLVM's isUnordered). */
  public static boolean isUnordered(LoadInst l) {
    return !l.isVolatile() && l.ordering().compareTo(AtomicOrdering.UNORDERED) <= 0;
  }

  public static boolean isUnordered(StoreInst s) {
    return !s.isVolatile() && s.ordering().compareTo(AtomicOrdering.UNORDERED) <= 0;
  }

  /** Whether def {@code d} clobbers the plain or unordered load {@code use}. */
  public boolean clobbers(Instruction d, LoadInst use) {
    if (d instanceof CallBase c && (Intrinsics.isIntrinsic(c, "llvm.invariant.start")
        || Intrinsics.isIntrinsic(c, "llvm.invariant.end"))) {
      return false;
    }
    if (d instanceof LoadInst dl) {
      boolean bothVolatile = use.isVolatile() && dl.isVolatile();
      boolean seqCstUse = use.ordering() == AtomicOrdering.SEQ_CST;
      boolean acquire = dl.ordering().compareTo(AtomicOrdering.ACQUIRE) >= 0
          && dl.ordering() != AtomicOrdering.RELEASE;
      return bothVolatile || seqCstUse || acquire;
    }
    return (aa.modRef(d, MemLoc.of(use)) & AliasQueries.MOD) != 0;
  }

  /** Whether def {@code d} may write memory the call reads through its pointer arguments. */
  public boolean clobbersArgs(Instruction d, CallBase use) {
    for (int k = 0; k < use.numArgs(); k++) {
      if (use.arg(k).type().isPointer()
          && (aa.modRef(d, MemLoc.unknownSize(use.arg(k))) & AliasQueries.MOD_REF) != 0) {
        return true;
      }
    }
    return false;
  }
}
