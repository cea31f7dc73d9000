// The remarks of GvnPass, with LLVM's names and texts: LoadElim "load of type T eliminated"
// (YAML adds " in favor of " the value), LoadClobbered "load of type T not eliminated" (YAML
// adds the other access of the same pointer and " because it is clobbered by " the clobber),
// LoadPRE "load eliminated by PRE"; and irscope's Analysis remark for the folded comparison.
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.List;

final class GvnRemarks {
  private final List<PassRemark> out;

  GvnRemarks(List<PassRemark> out) {
    this.out = out;
  }

  private static Arg value(String key, Value v) {
    if (v instanceof Instruction i) {
      return new Arg(key, i.opcode().spelling(), Place.source(i), true);
    }
    return new Arg(key, v instanceof Constant ? v.toString() : v.name(), null, true);
  }

  private static Arg type(LoadInst l) {
    return new Arg("Type", l.type().toString(), null, false);
  }

  void eliminated(LoadInst l, Value v) {
    String why = "the value is already known: " + (v instanceof Instruction i
        ? Place.of(i).toString() : v.toString())
        + " provides it, and nothing between may write " + l.pointer();
    out.add(new PassRemark(Kind.PASSED, "gvn", "LoadElim", l.function().name(), Place.of(l),
        List.of(Arg.string("load of type "), type(l), Arg.string(" eliminated"),
            new Arg("String", " in favor of ", null, true), value("InfavorOfValue", v)),
        why, v instanceof Instruction i ? Place.of(i) : null));
  }

  void clobbered(LoadInst l, Instruction clobber, DominatorTree dt) {
    List<Arg> args = new ArrayList<>(List.of(Arg.string("load of type "), type(l),
        Arg.string(" not eliminated")));
    Instruction other = null;
    for (User u : l.pointer().users()) {
      if (u != l && (u instanceof LoadInst || u instanceof StoreInst)
          && ((Instruction) u).function() == l.function() && dt.dominates((Instruction) u, l)
          && (other == null || dt.dominates(other, (Instruction) u))) {
        other = (Instruction) u;
      }
    }
    if (other != null) {
      args.add(new Arg("String", " in favor of ", null, true));
      args.add(value("OtherAccess", other));
    }
    args.add(new Arg("String", " because it is clobbered by ", null, true));
    args.add(value("ClobberedBy", clobber));
    out.add(new PassRemark(Kind.MISSED, "gvn", "LoadClobbered", l.function().name(),
        Place.of(l), args, LicmRemarks.clobberPhrase(clobber, l), Place.of(clobber)));
  }

  void pre(LoadInst l, String how, Instruction inserted) {
    out.add(new PassRemark(Kind.PASSED, "gvn", "LoadPRE", l.function().name(), Place.of(l),
        List.of(Arg.string("load eliminated by PRE")), how, Place.of(inserted)));
  }

  void folded(ICmpInst cmp, boolean value) {
    out.add(new PassRemark(Kind.ANALYSIS, "gvn", "CompareFolded", cmp.function().name(),
        Place.of(cmp), List.of(Arg.string("comparison folded to " + value)),
        "both operands are the same value " + cmp.operand(0) + " (after load elimination),"
            + " so `icmp " + cmp.predicate() + "` is " + value, Place.of(cmp)));
  }
}
