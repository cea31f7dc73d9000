// The scan LLVM's AttributeInferer runs for nounwind, nofree and nosync (spec B0.2, B1-B3): an
// attribute is inferred for every function of the SCC that lacks it when no instruction of those
// functions breaks it, all of them being exact definitions. One breaking instruction anywhere in
// the SCC blocks it for all; its remark names that instruction. Under LLVM 19-21 an indirect
// call or inline asm anywhere in the SCC blocks all three outright (the unknown-call bail-out).
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;

final class BodyScan {
  private BodyScan() {}

  /** One attribute's rule: why an instruction breaks it, or null. */
  interface Rule {
    String attribute();

    String remarkPrefix();

    String breaks(Instruction i, SccContext scc);

    /** What the remark says when nothing breaks the attribute. */
    String holds();
  }

  static void run(SccContext scc, Rule rule, Instruction unknownCall) {
    String attr = rule.attribute();
    if (unknownCall != null) {
      for (Function f : scc.functions) {
        if (!scc.state(f).has(attr)) {
          scc.remark(f, rule.remarkPrefix() + "UnknownCall", attr, false, "not " + attr + ": "
              + Places.of(unknownCall) + " calls an unknown function, and LLVM "
              + scc.llvm + " then infers no " + attr + " for the SCC", unknownCall);
        }
      }
      return;
    }
    for (Function f : scc.functions) {
      if (!scc.state(f).has(attr) && !f.hasExactDefinition()) {
        for (Function g : scc.functions) {
          if (!scc.state(g).has(attr)) {
            scc.remark(g, rule.remarkPrefix() + "NotExact", attr, false, "not " + attr + ": "
                + Places.of(f) + " has " + f.linkage() + " linkage, so its body may be replaced",
                null);
          }
        }
        return;
      }
    }
    for (Function f : scc.functions) {
      if (scc.state(f).has(attr)) {
        continue;
      }
      for (Instruction i : f.instructions()) {
        String why = rule.breaks(i, scc);
        if (why != null) {
          for (Function g : scc.functions) {
            if (!scc.state(g).has(attr)) {
              scc.remark(g, rule.remarkPrefix() + "Blocked", attr, false, "not " + attr + ": "
                  + Places.of(i) + " " + why, i);
            }
          }
          return;
        }
      }
    }
    for (Function f : scc.functions) {
      if (!scc.state(f).has(attr)) {
        scc.state(f).add(attr);
        scc.remark(f, rule.remarkPrefix() + "Inferred", attr, true, attr + ": " + rule.holds()
            + " in " + Places.of(f), null);
      }
    }
  }
}
