// norecurse (spec B5, LLVM's addNoRecurseAttrs): a single exact function whose calls are all
// direct, none to itself, each to a norecurse function or to a declaration that is nocallback
// (most intrinsics). Under LLVM 19-21 an unknown call blocks it as well (B0.2).
package dev.irscope.infer;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;

final class NoRecurseInference {
  private NoRecurseInference() {}

  static void run(SccContext scc, Instruction unknownCall) {
    if (scc.functions.size() != 1) {
      for (Function f : scc.functions) {
        if (!scc.state(f).has("norecurse")) {
          scc.remark(f, "NoRecurseCycle", "norecurse", false, "not norecurse: " + Places.of(f)
              + " is in a cycle of " + scc.functions.size() + " mutually recursive functions",
              null);
        }
      }
      return;
    }
    Function f = scc.functions.get(0);
    FunctionState s = scc.state(f);
    if (!f.hasExactDefinition() || s.has("norecurse")) {
      return;
    }
    if (unknownCall != null) {
      scc.remark(f, "NoRecurseUnknownCall", "norecurse", false, "not norecurse: "
          + Places.of(unknownCall) + " calls an unknown function", unknownCall);
      return;
    }
    for (Instruction i : f.instructions()) {
      if (!(i instanceof CallBase call)) {
        continue;
      }
      Function callee = call.calledFunction();
      String why = null;
      if (callee == null) {
        why = "is an indirect call";
      } else if (callee == f) {
        why = "calls the function itself";
      } else if (!scc.queries.fnHas(call, "norecurse")
          && !(callee.isDeclaration() && scc.queries.fnHas(call, "nocallback"))) {
        why = "calls @" + callee.name() + ", which is neither norecurse nor a nocallback "
            + "declaration";
      }
      if (why != null) {
        scc.remark(f, "NoRecurseBlocked", "norecurse", false, "not norecurse: " + Places.of(i)
            + " " + why, i);
        return;
      }
    }
    s.add("norecurse");
    scc.remark(f, "NoRecurseInferred", "norecurse", true, "norecurse: every call of "
        + Places.of(f) + " goes to a norecurse function or a nocallback declaration", null);
  }
}
