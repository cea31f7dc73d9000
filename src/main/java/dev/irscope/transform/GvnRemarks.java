// The remarks of GvnPass, with LLVM's names and texts: LoadElim "load of type T eliminated"
// (YAML adds " in favor of " the value), LoadClobbered "load of type T not eliminated" (YAML
// adds the other access of the same pointer and " because it is clobbered by " the clobber),
// LoadPRE "load eliminated by PRE"; and irscope's Analysis remarks for the folded comparison, the
// load of constant memory folded and the unused load deleted.
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

final class GvnRemarks {
  private final List<PassRemark> out;
  private final List<PassRemark> kept = new ArrayList<>();
  /** The clobbered loads of the last walk; their remarks are made at the end. */
  private final List<Instruction[]> lastWalk = new ArrayList<>();

  /** Where an instruction is; one the pass inserted stands at the place of its original. */
  private final Function<Instruction, Place> placeOf;

  /** How a value is named in reasons (unnamed ones as the input numbers them). */
  private final Function<Value, String> nameOf;

  /** How the address of a load or store is named (as the input has it). */
  private final Function<Instruction, String> addressOf;

  GvnRemarks(List<PassRemark> out, Function<Instruction, Place> placeOf,
      Function<Value, String> nameOf, Function<Instruction, String> addressOf) {
    this.out = out;
    this.placeOf = placeOf;
    this.nameOf = nameOf;
    this.addressOf = addressOf;
  }

  /** A new walk over the function: the missed remarks of the one before are dropped. */
  void startWalk() {
    lastWalk.clear();
  }

  /** Hands over what was done and, from the last walk, what was missed, in source order. */
  void finish(DominatorTree dt) {
    List<PassRemark> all = new ArrayList<>(kept);
    for (Instruction[] pair : lastWalk) {
      if (pair[0].parent() != null && pair[1].parent() != null) {
        all.add(clobberedRemark((LoadInst) pair[0], pair[1], dt));
      }
    }
    all.sort(Comparator.comparingInt((PassRemark r) -> r.at().line())
        .thenComparingInt(r -> r.at().column()));
    out.addAll(all);
  }

  private static Arg value(String key, Value v) {
    if (v instanceof Instruction i) {
      return new Arg(key, i.opcode().spelling(), Place.source(i), true);
    }
    return new Arg(key, v instanceof Constant ? v.toString() : v.hasName() ? v.name() : "", null,
        true); // an unnamed argument: LLVM's Argument gives its (empty) name
  }

  private static Arg type(LoadInst l) {
    return new Arg("Type", l.type().toString(), null, false);
  }

  /**
   * Where a value comes from: the instructions of the input that provide it, whether the load
   * itself provides it on a backedge (its value from the previous iteration), and the phi the
   * pass made to join them, if it made one (a value GVN creates has no place of its own; the
   * loads load PRE inserts are told of by the remark, not listed here).
   */
  record Provenance(List<Place> sources, boolean self, PhiInst joined) {
    Place decidedBy(Place load) {
      return sources.isEmpty() ? load : sources.get(0);
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      if (!sources.isEmpty()) {
        parts.add(String.join(", ", sources.stream().map(Place::toString).toList()));
      }
      if (self) {
        parts.add("the load itself on the backedge (its value from the previous iteration)");
      }
      String what = String.join(", and ", parts);
      if (joined == null) {
        return "the value is already known: " + what + (sources.size() + (self ? 1 : 0) > 1
            ? " provide it" : " provides it");
      }
      return "the value comes from " + what + " on the paths into " + joined.parent()
          + "; GVN joins them in a phi it creates there"
          + (joined.hasName() ? " (%" + joined.name() + ")" : "");
    }
  }

  void eliminated(LoadInst l, Value v, Provenance from) {
    Place at = placeOf.apply(l);
    kept.add(new PassRemark(Kind.PASSED, "gvn", "LoadElim", l.function().name(), at,
        List.of(Arg.string("load of type "), type(l), Arg.string(" eliminated"),
            new Arg("String", " in favor of ", null, true), value("InfavorOfValue", v)),
        from + (v instanceof Constant ? ": " + v.type() + " " + v : "")
            + ", and nothing on the way may write " + addressOf.apply(l),
        from.decidedBy(at)));
  }

  void clobbered(LoadInst l, Instruction clobber) {
    lastWalk.add(new Instruction[] {l, clobber});
  }

  private PassRemark clobberedRemark(LoadInst l, Instruction clobber, DominatorTree dt) {
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
    return new PassRemark(Kind.MISSED, "gvn", "LoadClobbered", l.function().name(),
        placeOf.apply(l), args, LicmRemarks.clobberPhrase(clobber, l, placeOf.apply(clobber),
        addressOf), placeOf.apply(clobber));
  }

  void pre(LoadInst l, String how, Provenance from) {
    Place at = placeOf.apply(l);
    List<String> parts = new ArrayList<>(List.of(how));
    if (!from.sources().isEmpty()) {
      parts.add("on the other paths " + String.join(", ", from.sources().stream()
          .map(Place::toString).toList()) + " provide the value");
    }
    if (from.self()) {
      parts.add("on the backedge the load's own value from the previous iteration is reused");
    }
    if (from.joined() != null) {
      parts.add("GVN joins the values in a phi it creates in " + from.joined().parent()
          + (from.joined().hasName() ? " (%" + from.joined().name() + ")" : ""));
    }
    kept.add(new PassRemark(Kind.PASSED, "gvn", "LoadPRE", l.function().name(), at,
        List.of(Arg.string("load eliminated by PRE")), String.join("; ", parts),
        from.decidedBy(at)));
  }

  void unused(LoadInst l) {
    kept.add(new PassRemark(Kind.ANALYSIS, "gvn", "UnusedLoadDeleted", l.function().name(),
        placeOf.apply(l), List.of(Arg.string("unused load deleted")), "nothing uses the value it"
            + " reads, so GVN deletes it (as LLVM's processLoad does)", placeOf.apply(l)));
  }

  void constantLoad(LoadInst l, Value v) {
    Place at = placeOf.apply(l);
    kept.add(new PassRemark(Kind.ANALYSIS, "gvn", "ConstantLoadFolded", l.function().name(), at,
        List.of(Arg.string("load of constant memory folded")), "it reads a constant global"
            + " whose initializer holds " + v + " there (InstSimplify folds it; LLVM gives no"
            + " remark)", at));
  }

  void folded(ICmpInst cmp, boolean value) {
    kept.add(new PassRemark(Kind.ANALYSIS, "gvn", "CompareFolded", cmp.function().name(),
        placeOf.apply(cmp), List.of(Arg.string("comparison folded to " + value)),
        "both operands are the same value " + nameOf.apply(cmp.operand(0))
            + " (after load elimination),"
            + " so `icmp " + cmp.predicate() + "` is " + value, placeOf.apply(cmp)));
  }
}
