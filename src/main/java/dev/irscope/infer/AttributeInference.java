// The driver of attribute inference (spec B0 and F1): the call graph's SCCs over direct calls,
// callees first, and for each SCC of exact definitions the families in LLVM's order: returned,
// memory, argument capture and access, willreturn, the nounwind/nofree/nosync scan, norecurse,
// then the implied attributes. Declarations keep what they declare (intrinsics what LLVM's
// table gives them, when the table knows them); functions marked optnone or naked, and internal
// functions nothing refers to, are not analysed, as LLVM's CGSCC pass never visits them.
// dereferenceable comes from the Attributor, which reads the IR as declared: it is deduced before
// the SCCs are visited and added after.
// With fromScratch, definitions first lose the attributes inference produces.
package dev.irscope.infer;

import dev.irscope.analysis.CallGraph;
import dev.irscope.analysis.ReferenceGraph;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class AttributeInference {
  private AttributeInference() {}

  /** What inference produces, dropped from definitions by --from-scratch. */
  static final Set<String> INFERRED_FN = Set.of("nosync", "nofree", "nounwind", "willreturn",
      "norecurse", "mustprogress", "memory");
  static final Set<String> INFERRED_PARAM = Set.of("readonly", "writeonly", "readnone",
      "nocapture", "captures", "returned");

  public static InferenceResult run(Module m, InferenceOptions o) {
    return Places.numberedOnce(() -> infer(m, o));
  }

  private static InferenceResult infer(Module m, InferenceOptions o) {
    Map<Function, FunctionAttrs> declared = new LinkedHashMap<>();
    Map<Function, FunctionState> states = new LinkedHashMap<>();
    IntrinsicTable intrinsics = IntrinsicTable.forVersion(o.llvm());
    for (Function f : m.functions()) {
      FunctionAttrs d = FunctionAttrs.declared(f);
      declared.put(f, d);
      FunctionAttrs start = o.fromScratch() && !f.isDeclaration() ? strip(d) : d;
      IntrinsicTable.Entry intrinsic = intrinsics.forFunction(f);
      if (intrinsic != null) {
        start = intrinsic.attrs(f.arguments().size());
      }
      states.put(f, new FunctionState(f, start));
    }
    AttributeQueries queries = new AttributeQueries(states);
    DereferenceableInference deref = DereferenceableInference.analyse(m, queries);
    CallGraph cg = CallGraph.of(m);
    Set<Function> reachable = ReferenceGraph.reachableFunctions(m);
    for (CallGraph.Scc scc : cg.sccsBottomUp()) {
      List<Function> analysed = new ArrayList<>();
      for (Function f : scc.functions()) {
        String skipped = notAnalysedBecause(f, reachable);
        if (skipped == null) {
          analysed.add(f);
        } else if (!f.isDeclaration()) {
          states.get(f).remark(new Remark("NotAnalysed", "all", false, "attributes kept as "
              + "declared: " + Places.of(f) + " " + skipped, f.line(), f.column(), null));
        }
      }
      if (!analysed.isEmpty()) {
        runScc(new SccContext(analysed, queries, o.llvm(), cg));
      }
    }
    deref.apply(states);
    return new InferenceResult(declared, states, o.llvm());
  }

  private static FunctionAttrs strip(FunctionAttrs d) {
    List<String> fn = new ArrayList<>();
    for (String s : d.fn()) {
      if (!INFERRED_FN.contains(LlvmAttributeOrder.name(s))) {
        fn.add(s);
      }
    }
    List<List<String>> params = new ArrayList<>();
    for (List<String> p : d.params()) {
      List<String> kept = new ArrayList<>();
      for (String s : p) {
        if (!INFERRED_PARAM.contains(LlvmAttributeOrder.name(s))) {
          kept.add(s);
        }
      }
      params.add(kept);
    }
    return new FunctionAttrs(fn, d.ret(), params);
  }

  /** Why LLVM's function-attrs does not analyse {@code f}, or null when it does. */
  private static String notAnalysedBecause(Function f, Set<Function> reachable) {
    if (f.isDeclaration()) {
      return "is a declaration";
    }
    for (String a : List.of("optnone", "naked", "presplitcoroutine")) {
      if (f.fnAttributes().has(a)) {
        return "is " + a + ", which function-attrs leaves alone";
      }
    }
    if (!reachable.contains(f)) {
      return "is internal and nothing reachable from the module's entry points refers to it, so"
          + " LLVM's call-graph passes never visit it";
    }
    return null;
  }

  private static void runScc(SccContext scc) {
    Instruction unknown = scc.llvm.unknownCallBailsOut() ? scc.firstUnknownCall() : null;
    ReturnedInference.run(scc);
    MemoryInference.run(scc);
    CaptureInference.run(scc);
    WillReturnInference.run(scc);
    BodyScan.run(scc, NoUnwindInference.RULE, unknown);
    BodyScan.run(scc, NoFreeInference.RULE, unknown);
    BodyScan.run(scc, NoSyncInference.RULE, unknown);
    NoRecurseInference.run(scc, unknown);
    ImpliedAttributes.run(scc);
  }
}
