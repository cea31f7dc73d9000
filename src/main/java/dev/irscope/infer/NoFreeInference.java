// nofree (spec B2, LLVM's InstrBreaksNoFree): only calls break it, unless the call is nofree
// (call site or callee) or a direct call into the SCC. memory(read) implies it (see
// ImpliedAttributes).
package dev.irscope.infer;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.Instruction;

final class NoFreeInference implements BodyScan.Rule {
  static final NoFreeInference RULE = new NoFreeInference();

  @Override
  public String attribute() {
    return "nofree";
  }

  @Override
  public String remarkPrefix() {
    return "NoFree";
  }

  @Override
  public String holds() {
    return "every call is nofree";
  }

  @Override
  public String breaks(Instruction i, SccContext scc) {
    if (!(i instanceof CallBase call) || scc.queries.fnHas(call, "nofree")
        || scc.callsIntoScc(call)) {
      return null;
    }
    return call.calledFunction() == null ? "is an indirect call, which may free memory"
        : "calls @" + call.calledFunction().name() + ", which is not nofree";
  }
}
