// What irscope's passes do to the plain polled loads: the functions that have one are read
// again from the same text (the passes change a module in place, and the rules read the
// module as rustc emitted it) and explained (explain.Explainer: attribute inference, then the
// passes in LLVM's -O3 order, Explainer.PIPELINE, which includes the inliner when transform has
// one). A load is found again by its line and column in the .ll file. Explainer's story says for
// the loads it polls whether they left the loop, by which pass, the remark that kept them and the
// loop's verdict; for a load it does not poll (one whose value reaches the exit through a stack
// slot) the function as the passes left it is asked: still in a loop, or not (in a loop when
// any instruction at its place is: LoopRotate leaves copies of a header before the loop).
package dev.irscope.lint;

import dev.irscope.analysis.LoopInfo;
import dev.irscope.explain.Explainer;
import dev.irscope.explain.FunctionStory;
import dev.irscope.explain.LoopStory;
import dev.irscope.explain.LoopStory.PolledLoad;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.SourceText;
import dev.irscope.transform.PassRemark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class LoadFates {
  /**
   * The fate of one load.
   *
   * @param hoisted whether the read no longer happens in each iteration
   * @param by "licm", "gvn", or null when only the function's end state shows it
   * @param verdict the loop's verdict when Explainer polled the load, else null
   * @param keptBy the remark naming what keeps the load in the loop, or null
   * @param endState what the loop became, in one sentence, or null
   */
  public record Fate(boolean hoisted, String by, LoopStory.Verdict verdict, PassRemark keptBy,
      String endState) {}

  private final Map<Long, Fate> fates = new HashMap<>();

  private LoadFates() {}

  /** Runs the passes over {@code functions} of a fresh parse of {@code src}. */
  static LoadFates run(SourceText src, Collection<String> functions, LlvmVersion v) {
    LoadFates out = new LoadFates();
    if (functions.isEmpty()) {
      return out;
    }
    Module m = IrParser.parse(src).module();
    List<Function> chosen = new ArrayList<>();
    for (String name : functions) {
      Function f = m.function(name);
      if (f != null && !f.isDeclaration()) {
        chosen.add(f);
      }
    }
    for (FunctionStory s : Explainer.explain(m, chosen, v, false)) {
      for (LoopStory l : s.loops()) {
        for (PolledLoad p : l.loads()) {
          PassRemark kept = p.decisions().stream().filter(r -> r.decidedBy() != null)
              .findFirst().orElse(null);
          out.fates.putIfAbsent(key(p.place().line(), p.place().column()), new Fate(p.hoisted(),
              p.by(), l.verdict(), p.hoisted() ? null : kept, l.endState().sentence()));
        }
      }
    }
    // LoopRotate leaves a copy of a header's instructions before the loop, with the same
    // place: a load is still read in a loop when any instruction at its place is in one.
    Map<Long, Boolean> inLoop = new HashMap<>();
    for (Function f : chosen) {
      LoopInfo li = LoopInfo.of(f);
      for (Instruction i : f.instructions()) {
        inLoop.merge(key(i.line(), i.column()), li.getLoopFor(i) != null, Boolean::logicalOr);
      }
    }
    inLoop.forEach((k, in) -> out.fates.putIfAbsent(k, new Fate(!in, null, null, null, null)));
    return out;
  }

  /** The fate of {@code load} (of the module the rules read); gone from the function: hoisted. */
  Fate of(Instruction load) {
    Fate f = fates.get(key(load.line(), load.column()));
    return f != null ? f : new Fate(true, "gvn", null, null, null);
  }

  static long key(int line, int column) {
    return ((long) line << 24) | column;
  }
}
