// GVN against LLVM: on the corpus of OptLicmDifferentialTest (DifferentialCorpus: the spec's
// LICM and GVN cases, the Rust files llvm-as-19 accepts, the project's C programs and sqlite3.c
// at -O0 then sroa, every value named by instnamer), opt-19 -passes=gvn and irscope's GvnPass
// (callees as declared) run on the same file, and for every load the question is only: is it
// eliminated? A load is eliminated by irscope when GvnPass removed it, and by opt-19 when its
// function in opt's output has no load of that name (replaced by a value, by a phi that took its
// name, or by load PRE's phi with a NAME.pre load elsewhere). Which value replaced it is not
// compared: opt-19 also folds, coerces values across types, widens loads and phi-translates
// addresses, which irscope does not model, and that shows up as a disagreement only when it
// decides whether a load survives. Loads are grouped by loop (a load counts for every loop
// whose blocks hold it): a loop agrees when every such load has the same fate on both sides.
// Loads in no loop are counted on their own. The figures, the disagreements by class (for a
// load only opt-19 eliminated, the kind of value that took its place in its users), and every
// disagreement with irscope's remark for the load go to target/gvn-difftest/report.txt; the
// test fails below 95% of loops.
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Constant;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.parse.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

  /** A use of a load by a named instruction: the user's name and the operand's index. */
  private record Use(String user, int index) {}

  private static List<Use> uses(LoadInst load) {
    List<Use> out = new ArrayList<>();
    for (User u : load.users()) {
      if (u instanceof Instruction i && i.hasName()) {
        for (int k = 0; k < u.numOperands(); k++) {
          if (u.operand(k) == load) {
            out.add(new Use(i.name(), k));
          }
        }
      }
    }
    return out;
  }

  /** Each load's fate on both sides, once irscope's pass has run. */
  private record Fates(Map<String, Instruction> optInsts, Map<LoadInst, List<Use>> usesOf,
      List<PassRemark> remarks) {
    boolean byOpt(LoadInst load) {
      return !(optInsts.get(load.name()) instanceof LoadInst);
    }

    static boolean byIrscope(LoadInst load) {
      return load.parent() == null;
    }

    List<String> disagreements(List<LoadInst> loads, Tally t) {
      List<String> out = new ArrayList<>();
      for (LoadInst load : loads) {
        boolean opt = byOpt(load);
        if (opt == byIrscope(load)) {
          continue;
        }
        String kind = opt ? "opt-19 only: replaced by " + replacement(load)
            : "irscope only";
        t.classes.merge(kind, 1, Integer::sum);
        out.add("    %" + load.name() + ": " + kind
            + DifferentialCorpus.remarkFor(load.name(), remarks));
      }
      return out;
    }

    /** What kind of value took the load's place in opt-19's output. */
    private String replacement(LoadInst load) {
      List<Use> uses = usesOf.get(load);
      if (load.numUses() == 0 && uses.isEmpty()) {
        return "nothing (the load was unused)";
      }
      for (Use u : uses) {
        Instruction user = optInsts.get(u.user());
        if (user == null || user.numOperands() <= u.index()) {
          continue;
        }
        Value v = user.operand(u.index());
        if (v instanceof PhiInst p) {
          return optInsts.containsKey(load.name() + ".pre") ? "a phi (load PRE)"
              : p.hasName() && p.name().equals(load.name()) ? "a phi (value from several blocks)"
              : "a phi of opt's";
        }
        if (v instanceof LoadInst) {
          return "a load";
        }
        if (v instanceof Constant) {
          return "a constant";
        }
        if (v instanceof Instruction i && !i.hasName()) {
          return "an instruction opt made (" + i.opcode().spelling() + ")";
        }
        return "an existing value";
      }
      return "something not found (its users are gone too)";
    }
  }

  private static final class Tally extends DifferentialCorpus.Comparison {
    int outside;
    int outsideAgreed;
    final Map<String, Integer> classes = new TreeMap<>();
    final List<String> outsideDisagreements = new ArrayList<>();

    @Override
    void add(DifferentialCorpus.Pair pair, CallAttributes calls) {
      for (Function f : pair.definitions()) {
        List<Loop> loops = LoopInfo.of(f).loopsInPreorder();
        Map<Loop, List<LoadInst>> loadsOf = new IdentityHashMap<>();
        loops.forEach(l -> loadsOf.put(l, DifferentialCorpus.loadsIn(l)));
        Map<LoadInst, List<Use>> usesOf = new IdentityHashMap<>();
        List<LoadInst> outsideLoops = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
          for (Instruction i : b.instructions()) {
            if (i instanceof LoadInst load) {
              usesOf.put(load, uses(load));
              if (loops.stream().noneMatch(l -> l.contains(b))) {
                outsideLoops.add(load);
              }
            }
          }
        }
        List<PassRemark> remarks = new ArrayList<>();
        GvnPass.run(f, calls, remarks);
        Map<String, Instruction> optInsts = DifferentialCorpus.instructionsByName(
            pair.theirs().function(f.name()));
        Fates fates = new Fates(optInsts, usesOf, remarks);
        for (Loop l : loops) {
          count(pair.where(f), l, fates.disagreements(loadsOf.get(l), this));
        }
        for (LoadInst load : outsideLoops) {
          outside++;
          List<String> diffs = fates.disagreements(List.of(load), this);
          if (diffs.isEmpty()) {
            outsideAgreed++;
          } else {
            outsideDisagreements.add(pair.where(f) + " (no loop):\n" + diffs.get(0));
          }
        }
      }
    }

    @Override
    String report() {
      StringBuilder sb = new StringBuilder(String.format(
          "GVN vs opt-19 -passes=gvn: %s on which loads are eliminated; loads in no loop:"
              + " %d of %d agree (%.2f%%)%n%nDisagreeing loads by class (a load in nested loops"
              + " counts once per loop):%n", loopFigures(), outsideAgreed, outside, outside == 0 ? 100.0 : 100.0 * outsideAgreed / outside));
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
