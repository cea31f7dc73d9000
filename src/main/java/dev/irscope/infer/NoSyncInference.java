// nosync (spec B1, LLVM's InstrBreaksNoSync): broken by a volatile access (volatile mem
// intrinsics included), an atomic load or store ordered monotonic or stronger, any atomicrmw or
// cmpxchg, a fence not limited to syncscope("singlethread"), and a call that is not nosync,
// except non-volatile memcpy/memmove/memset and direct calls into the SCC. The Attributor's
// laxer rules (monotonic does not synchronize) are not LLVM's function-attrs and not used here.
package dev.irscope.infer;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryAccessInst;
import dev.irscope.ir.StoreInst;

final class NoSyncInference implements BodyScan.Rule {
  static final NoSyncInference RULE = new NoSyncInference();

  @Override
  public String attribute() {
    return "nosync";
  }

  @Override
  public String remarkPrefix() {
    return "NoSync";
  }

  @Override
  public String holds() {
    return "no volatile access, no atomic ordered above unordered, no fence and no call that "
        + "may synchronize";
  }

  @Override
  public String breaks(Instruction i, SccContext scc) {
    if (i instanceof MemoryAccessInst m && !(i instanceof FenceInst) && m.isVolatile()) {
      return "is a volatile access";
    }
    if (i instanceof FenceInst f) {
      return "singlethread".equals(f.syncScope()) ? null
          : "is a fence that orders memory between threads";
    }
    if (i instanceof AtomicRMWInst) {
      return "is an atomicrmw, which synchronizes whatever its ordering";
    }
    if (i instanceof AtomicCmpXchgInst) {
      return "is a cmpxchg, which synchronizes whatever its ordering";
    }
    if (i instanceof LoadInst l && l.ordering().compareTo(AtomicOrdering.UNORDERED) > 0) {
      return "is an atomic load ordered " + l.ordering() + " (monotonic or stronger)";
    }
    if (i instanceof StoreInst s && s.ordering().compareTo(AtomicOrdering.UNORDERED) > 0) {
      return "is an atomic store ordered " + s.ordering() + " (monotonic or stronger)";
    }
    if (!(i instanceof CallBase call)) {
      return null;
    }
    if (scc.queries.fnHas(call, "nosync")) {
      return null;
    }
    if (Intrinsics.isMemIntrinsic(call)) {
      return Intrinsics.isVolatileMemIntrinsic(call) ? "is a volatile memory intrinsic"
          : null;
    }
    if (scc.callsIntoScc(call)) {
      return null;
    }
    return call.calledFunction() == null ? "is an indirect call, which may synchronize"
        : "calls @" + call.calledFunction().name() + ", which is not nosync";
  }
}
