// GVN against LLVM: on the corpus of OptLicmDifferentialTest (DifferentialCorpus: the spec's
// LICM and GVN cases, the Rust files llvm-as-19 accepts, the project's C programs and sqlite3.c
// at -O0 then sroa, every value named by instnamer), opt-19 -passes=gvn and irscope's GvnPass
// (callees as declared) run on the same file, and for every load of the input the question is
// only: is it eliminated? By irscope when GvnPass removed it; by opt-19 when its function in
// opt's output has no load of that name (it was replaced by a value, by a phi that took its
// name, or by load PRE's phi with a NAME.pre load elsewhere; an unused load is deleted too).
// What replaced it is not compared: opt-19 also PREs other instructions, folds, coerces values
// across types and forwards stores of another type, which irscope does not model; that shows up
// only when it decides whether a load survives. Loads inserted by either side (NAME.pre) are not
// counted. Loads are grouped by loop (a load counts for every loop whose blocks hold it): a loop
// agrees when every such load has the same fate on both sides. Loads in no loop are counted on
// their own. For each disagreement the report gives irscope's remark and opt-19's (OptRemarks),
// and counts the disagreements by the pair of remark names (for LoadClobbered, by what
// clobbers). The figures and every disagreement go to target/gvn-difftest/report.txt; the test
// fails below 95% of loops.
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.parse.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OptGvnDifferentialTest {
  private static final Path OUT = Corpus.projectDir().resolve("target/gvn-difftest");

  @Test
  void eliminatedLoadsAgreeWithOpt19() throws Exception {
    List<String> cases = new ArrayList<>(DifferentialCorpus.LOOP_CASES);
    cases.addAll(List.of("19_gvn_atomics", "20_gvn_spin_pre"));
    DifferentialCorpus.measure(cases, "gvn", OUT, "opt-gvn", new Tally(), 0.95);
  }

  /** A load eliminated on one side only, with irscope's remark about it. */
  private record Diff(String load, boolean byOpt, PassRemark remark) {}

  /** The loads of one loop (or one load in no loop, loop null) that disagree. */
  private record Group(Function f, Loop loop, List<Diff> diffs) {}

  private static final class Tally extends DifferentialCorpus.Comparison {
    int outside;
    int outsideAgreed;
    final Map<String, Integer> classes = new TreeMap<>();
    final List<String> outsideDisagreements = new ArrayList<>();

    @Override
    void add(DifferentialCorpus.Pair pair, CallAttributes calls) throws Exception {
      List<Group> groups = new ArrayList<>();
      Map<String, Set<String>> optLoadsByFunction = pair.optLoads();
      for (Function f : pair.definitions()) {
        List<Loop> loops = LoopInfo.of(f).loopsInPreorder();
        Map<Loop, List<LoadInst>> loadsOf = new IdentityHashMap<>();
        loops.forEach(l -> loadsOf.put(l, DifferentialCorpus.loadsIn(l)));
        List<LoadInst> outsideLoops = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
          for (Instruction i : b.instructions()) {
            if (i instanceof LoadInst load && loops.stream().noneMatch(l -> l.contains(b))) {
              outsideLoops.add(load);
            }
          }
        }
        List<PassRemark> remarks = new ArrayList<>();
        GvnPass.run(f, calls, remarks);
        Set<String> optLoads = optLoadsByFunction.getOrDefault(f.name(), Set.of());
        for (Loop l : loops) {
          groups.add(new Group(f, l, diffs(loadsOf.get(l), optLoads, remarks)));
        }
        for (LoadInst load : outsideLoops) {
          groups.add(new Group(f, null, diffs(List.of(load), optLoads, remarks)));
        }
      }
      Set<String> disagreeing = new LinkedHashSet<>();
      groups.stream().filter(g -> !g.diffs().isEmpty()).forEach(g -> disagreeing.add(
          g.f().name()));
      OptRemarks opt = OptRemarks.of(pair.named, List.copyOf(disagreeing), OUT, pair.base);
      for (Group g : groups) {
        List<String> lines = new ArrayList<>();
        for (Diff d : g.diffs()) {
          lines.add(describe(d, opt.about(g.f().name(), d.load())));
        }
        if (g.loop() != null) {
          count(pair.where(g.f()), g.loop(), lines);
        } else {
          outside++;
          if (lines.isEmpty()) {
            outsideAgreed++;
          } else {
            outsideDisagreements.add(pair.where(g.f()) + " (no loop):\n" + lines.get(0));
          }
        }
      }
    }

    private static List<Diff> diffs(List<LoadInst> loads, Set<String> optLoads,
        List<PassRemark> remarks) {
      List<Diff> out = new ArrayList<>();
      for (LoadInst load : loads) {
        boolean byOpt = !optLoads.contains(load.name());
        if (byOpt != (load.parent() == null)) {
          out.add(new Diff(load.name(), byOpt, remarkFor(load.name(), remarks)));
        }
      }
      return out;
    }

    private static PassRemark remarkFor(String load, List<PassRemark> remarks) {
      for (PassRemark r : remarks) {
        if (r.at().ir().startsWith("%" + load + " = ")) {
          return r;
        }
      }
      return null;
    }

    /** The report lines of a disagreement; its class is counted. */
    private String describe(Diff d, OptRemarks.Remark opt) {
      String optName = opt == null ? (d.byOpt() ? "no remark (unused, or folded)"
          : "no remark") : d.byOpt() && opt.name().equals("LoadClobbered")
          ? "LoadClobbered, then no remark (unused, or replaced by another load's PRE)"
          : opt.name();
      String ours = d.remark() == null ? "no remark" : d.remark().name();
      if (d.remark() != null && d.remark().name().equals("LoadClobbered")) {
        ours += " (by " + d.remark().decidedBy().opcode() + ")";
      }
      String kind = d.byOpt() ? "opt-19 eliminates: " + optName + "; irscope keeps: " + ours
          : "irscope eliminates: " + ours + "; opt-19 keeps: " + optName;
      classes.merge(kind, 1, Integer::sum);
      return "    %" + d.load() + ": " + (d.byOpt() ? "opt-19 only" : "irscope only")
          + "\n      opt-19: " + (opt == null ? optName : opt)
          + "\n      irscope: " + (d.remark() == null ? "no remark"
              : d.remark().name() + ": " + d.remark().reason());
    }

    @Override
    String report() {
      StringBuilder sb = new StringBuilder(String.format(
          "GVN vs opt-19 -passes=gvn: %s on which loads are eliminated; loads in no loop:"
              + " %d of %d agree (%.2f%%)%n%nDisagreeing loads by class (a load in nested loops"
              + " counts once per loop):%n", loopFigures(), outsideAgreed, outside,
          outside == 0 ? 100.0 : 100.0 * outsideAgreed / outside));
      classes.forEach((k, v) -> sb.append(String.format("  %6d  %s%n", v, k)));
      sb.append(String.format("%nLoops that disagree (%d):%n", disagreements.size()));
      disagreements.forEach(d -> sb.append(d).append('\n'));
      sb.append(String.format("%nLoads in no loop that disagree (%d):%n",
          outsideDisagreements.size()));
      outsideDisagreements.forEach(d -> sb.append(d).append('\n'));
      return sb.toString();
    }
  }
}
