// The attributes LLVM derives from others at the end of each SCC (spec B0.4,
// inferAttributesFromOthers): memory(none) and not convergent gives nosync; memory(read) or
// stronger gives nofree; willreturn gives mustprogress.
package dev.irscope.infer;

import dev.irscope.ir.Function;

final class ImpliedAttributes {
  private ImpliedAttributes() {}

  static void run(SccContext scc) {
    for (Function f : scc.functions) {
      FunctionState s = scc.state(f);
      if (!s.has("nosync") && s.memoryOrUnknown().doesNotAccessMemory()
          && !s.has("convergent")) {
        s.add("nosync");
        scc.remark(f, "NoSyncImplied", "nosync", true, "nosync: " + Places.of(f)
            + " is memory(none) and not convergent, so it cannot synchronize", null);
      }
      if (!s.has("nofree") && s.memoryOrUnknown().onlyReadsMemory()) {
        s.add("nofree");
        scc.remark(f, "NoFreeImplied", "nofree", true, "nofree: " + Places.of(f)
            + " only reads memory, so it cannot free any", null);
      }
      if (!s.has("mustprogress") && s.has("willreturn")) {
        s.add("mustprogress");
        scc.remark(f, "MustProgressImplied", "mustprogress", true, "mustprogress: "
            + Places.of(f) + " is willreturn", null);
      }
    }
  }
}
