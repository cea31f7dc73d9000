// Writes what DereferenceableInference deduced for a parameter into its function's state, as the
// Attributor manifests it (an attribute never gets weaker; dereferenceable replaces
// dereferenceable_or_null), and says why in a remark naming the deciding instruction:
//   DereferenceableInferred / DereferenceableOrNullInferred: added or strengthened;
//   DereferenceableDeclared: the declaration already says as much;
//   DereferenceableNotInferred: nothing proves a single byte, with where the must-be-executed
//   context of the entry ends.
package dev.irscope.infer;

import dev.irscope.analysis.MustBeExecutedContext;
import dev.irscope.ir.Argument;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.Map;

final class DereferenceableRemarks {
  private DereferenceableRemarks() {}

  static void manifest(FunctionState s, Argument a, DereferenceableInference.Deduced d,
      MustBeExecutedContext.Context entry) {
    Map<String, String> p = s.params.get(a.index());
    String param = String.valueOf(a);
    if (d.bytes() <= 0) {
      Instruction use = firstUse(a, entry);
      // placed at what decided it: where the surely-executed context ends, else the first use
      Instruction end = entry == null ? null : entry.forwardEnd();
      remark(s, "DereferenceableNotInferred", "dereferenceable", false, "not dereferenceable: "
          + "nothing proves that any byte of " + param + " is accessed whenever "
          + Places.of(a.parent()) + " runs; " + contextEnd(entry, use), end != null ? end : use);
      return;
    }
    String kind = d.nonNull() ? "dereferenceable" : "dereferenceable_or_null";
    String spelling = kind + "(" + d.bytes() + ")";
    long had = DereferenceableInference.Ir.bytes(p.get(kind));
    boolean dropOrNull = d.nonNull() && p.containsKey("dereferenceable_or_null");
    if (had >= d.bytes() && !dropOrNull) {
      remark(s, "DereferenceableDeclared", kind, false, p.get(kind) + " on " + param
          + " as declared; " + why(d, param), d.bytesBy());
      return;
    }
    if (had < d.bytes()) {
      p.put(kind, spelling);
    }
    if (dropOrNull) {
      p.remove("dereferenceable_or_null");
    }
    String name = d.nonNull() ? "DereferenceableInferred" : "DereferenceableOrNullInferred";
    remark(s, name, kind, true, spelling + " on " + param + ": " + why(d, param),
        d.bytesBy());
  }

  private static String why(DereferenceableInference.Deduced d, String param) {
    StringBuilder sb = new StringBuilder();
    if (d.via() != null) {
      sb.append(d.via());
    } else if (d.bytesBy() != null) {
      sb.append(Places.of(d.bytesBy())).append(" proves ").append(d.bytes())
          .append(" bytes of ").append(param).append(" dereferenceable whenever the function ")
          .append("runs");
    } else {
      sb.append("its declaration gives ").append(d.bytes()).append(" bytes");
    }
    if (d.nonNull()) {
      sb.append(d.nonNullBy() == null ? "; it is declared non-null"
          : d.nonNullFromCalls() ? "; every live call passes it non-null, as "
              + Places.of(d.nonNullBy()) + " does"
          : "; " + Places.of(d.nonNullBy()) + " proves it non-null");
    } else {
      sb.append("; nothing proves it non-null");
    }
    return sb.toString();
  }

  static void notReached(FunctionState s, Argument a, Instruction blocker) {
    String where = blocker == null ? ""
        : "; the exploration that would reach a call of it stops at " + Places.of(blocker)
            + " in " + Places.of(blocker.function()) + ", " + stopReason(blocker);
    remark(s, "DereferenceableNotReached", "dereferenceable", false, "not dereferenceable on "
        + a + ": " + Places.of(a.parent()) + " has internal linkage and is only called "
        + "directly, and LLVM 19's Attributor does not get to a live call of it within its "
        + AttributorReach.MAX_ITERATIONS + " iterations, so it never looks at its parameters"
        + where, blocker);
  }

  private static String stopReason(Instruction blocker) {
    if (blocker instanceof dev.irscope.ir.CallBase) {
      return "a call whose callee is still assumed not to return";
    }
    return blocker.successors().size() > 1
        ? "a branch whose condition has no value yet (derived from an argument of an internal "
            + "function, or not yet simplified)"
        : "which does not return";
  }

  /** The first use of {@code a} (through GEPs and casts) in the entry's context, or null. */
  private static Instruction firstUse(Argument a, MustBeExecutedContext.Context entry) {
    java.util.Set<dev.irscope.ir.Value> derived = new java.util.HashSet<>();
    derived.add(a);
    for (Instruction i : entry.instructions()) {
      boolean uses = false;
      for (dev.irscope.ir.Value v : i.operands()) {
        uses |= derived.contains(v);
      }
      if (!uses) {
        continue;
      }
      if (i instanceof dev.irscope.ir.GetElementPtrInst || i instanceof dev.irscope.ir.CastInst) {
        derived.add(i);
      } else {
        return i;
      }
    }
    return null;
  }

  /** Where and why the forward part of the entry's must-be-executed context stops. */
  static String contextEnd(MustBeExecutedContext.Context entry, Instruction use) {
    Instruction end = entry == null ? null : entry.forwardEnd();
    if (end == null) {
      return use == null ? "nothing that surely runs uses it"
          : "the first use that surely runs, " + Places.of(use) + ", proves nothing (a "
              + "volatile access, an access at an offset through a GEP that is not inbounds, "
              + "one whose index no value range bounds or that ends at 2^32 bytes or beyond, "
              + "or a call whose parameter declares no bytes)";
    }
    String why = end.isTerminator() && end.successors().size() > 1
        ? "a branch after which LLVM finds no join point that control surely reaches"
        : "which may not return or may throw";
    return "what surely runs from its entry ends at " + Places.of(end) + ", " + why;
  }

  private static void remark(FunctionState s, String name, String attribute, boolean inferred,
      String message, Instruction at) {
    Function f = s.function;
    // every remark names its place: the deciding instruction, or the function whose
    // declaration decided it
    if (at == null && !message.contains("(defined at ")) {
      message += " (in " + Places.of(f) + ")";
    } else if (at != null && !message.contains(Places.of(at))) {
      message += " (decided by " + Places.of(at) + ")";
    }
    s.remark(new Remark(name, attribute, inferred, message, at == null ? f.line() : at.line(),
        at == null ? f.column() : at.column(), at == null ? null : Places.source(at)));
  }
}
