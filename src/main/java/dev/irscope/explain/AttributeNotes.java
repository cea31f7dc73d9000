// The inferred attributes that bear on a polling loop, each with what it means for the story
// and the inference remark that says why: the function's nosync and memory(...), and for each
// argument a polled load reads through, readonly, captures(none) and dereferenceable.
package dev.irscope.explain;

import dev.irscope.explain.FunctionStory.AttributeNote;
import dev.irscope.infer.FunctionAttrs;
import dev.irscope.infer.InferenceResult;
import dev.irscope.infer.Remark;
import dev.irscope.ir.Argument;
import dev.irscope.ir.Function;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

final class AttributeNotes {
  private AttributeNotes() {}

  /** The notes for {@code f}, whose polled loads read from {@code objects}. */
  static List<AttributeNote> of(Function f, InferenceResult r, List<Value> objects) {
    FunctionAttrs inferred = r.inferred(f);
    List<Remark> remarks = r.remarks(f);
    List<AttributeNote> out = new ArrayList<>();
    boolean nosync = FunctionAttrs.find(inferred.fn(), "nosync") != null;
    out.add(new AttributeNote("nosync", nosync, nosync
        ? "the function does no synchronization (no atomic ordered monotonic or stronger, no"
            + " fence, no volatile access, no call that may synchronize): the compiler's own"
            + " conclusion from the facts that let the load be hoisted; LICM does not consult it"
        : "the function may synchronize with other threads", remark(remarks, "nosync", null)));
    String memory = FunctionAttrs.find(inferred.fn(), "memory");
    out.add(new AttributeNote(memory == null ? "memory" : memory, memory != null,
        memory == null ? "irscope infers no memory(...) bound"
            : memory.equals("memory(argmem: read)") ? "it only reads memory, and only through"
                + " its pointer arguments: nothing it does can change the value it polls"
            : "what the function may do to memory", remark(remarks, "memory", null)));
    Set<Argument> args = new LinkedHashSet<>();
    for (Value obj : objects) {
      if (obj instanceof Argument a && a.parent() == f) {
        args.add(a);
      }
    }
    for (Argument a : args) {
      List<String> p = inferred.params().get(a.index());
      String arg = String.valueOf(a);
      boolean ro = FunctionAttrs.find(p, "readonly") != null
          || FunctionAttrs.find(p, "readnone") != null;
      out.add(new AttributeNote("readonly on " + arg, ro, ro
          ? "the function never writes through " + arg
          : "not inferred: the function may write through " + arg + " or lets it escape",
          remark(remarks, "readonly", arg)));
      String declared = FunctionAttrs.find(r.declared(f).params().get(a.index()),
          "dereferenceable");
      String deref = FunctionAttrs.find(p, "dereferenceable");
      out.add(new AttributeNote(declared != null ? declared + " on " + arg
          : "dereferenceable on " + arg, declared != null, declared != null
          ? "declared by the front end: loads from " + arg + " may run speculatively"
          : "missing: the front end does not declare it (rustc leaves it out of `&T` when T has"
              + " interior mutability) and LLVM's -O3 pipeline does not infer it (function-attrs"
              + " never does; only the Attributor, which is not in the pipeline"
              + (deref == null ? "" : ", would: irscope, following its rules, finds " + deref)
              + "). LICM needs it only to hoist a load that does not run in every iteration",
          remark(remarks, "dereferenceable", arg)));
    }
    return out;
  }

  private static Remark remark(List<Remark> remarks, String attribute, String arg) {
    for (Remark m : remarks) {
      if (m.attribute().startsWith(attribute)
          && (arg == null || m.message().contains(" " + arg + ":")
              || m.message().contains(" " + arg + " "))) {
        return m;
      }
    }
    return null;
  }
}
