// LICM against LLVM: for the spec's LICM cases, the project's C programs (clang-19 -O0
// -Xclang -disable-O0-optnone, then opt-19 -passes=sroa), the Rust files llvm-as-19 accepts and
// sqlite3.c from the shared corpus (when present; DifferentialCorpus prepares them), every value
// is first named (opt-19 -passes=instnamer) so loads can be matched by name; then opt-19
// -passes='loop-mssa(licm)' and irscope's LicmPass (callees as declared) run on the same file.
// For every loop, each load that was in it is "in" (still in a block of the loop), "out" (moved
// out: hoisted or sunk) or "deleted"; a loop agrees when every load has the same status on both
// sides. The figures and every disagreement, with irscope's remark for the load, go to
// target/licm-difftest/report.txt; the test fails below 98% agreement.
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptLicmDifferentialTest {
  private static final Path OUT = Corpus.projectDir().resolve("target/licm-difftest");

  @Test
  void loadsHoistedAgreeWithOpt19() throws Exception {
    DifferentialCorpus.measure(DifferentialCorpus.LOOP_CASES, "loop-mssa(licm)", OUT, "opt-licm",
        new Tally(), 0.98);
  }

  private static String status(String block, boolean deleted, Set<String> loopBlocks) {
    if (deleted) {
      return "deleted";
    }
    return loopBlocks.contains(block) ? "in" : "out";
  }

  private static final class Tally extends DifferentialCorpus.Comparison {
    int loads;

    @Override
    void add(DifferentialCorpus.Pair pair, CallAttributes calls) throws Exception {
      for (Function f : pair.definitions()) {
        LoopInfo li = LoopInfo.of(f);
        List<Loop> loops = li.loopsInPreorder();
        if (loops.isEmpty()) {
          continue;
        }
        Map<Loop, Set<String>> blocksOf = new IdentityHashMap<>();
        Map<Loop, List<LoadInst>> loadsOf = new IdentityHashMap<>();
        for (Loop l : loops) {
          blocksOf.put(l, Set.copyOf(l.blocks().stream().map(BasicBlock::name).toList()));
          loadsOf.put(l, DifferentialCorpus.loadsIn(l));
        }
        Map<LoadInst, String> pointerName = new IdentityHashMap<>();
        loadsOf.values().forEach(ls -> ls.forEach(ld -> pointerName.put(ld,
            ld.pointer().name())));
        List<PassRemark> remarks = new ArrayList<>();
        LicmPass.run(f, calls, remarks);
        Map<String, Instruction> optInsts = DifferentialCorpus.instructionsByName(
            pair.theirs().function(f.name()));
        for (Loop l : loops) {
          List<String> diffs = new ArrayList<>();
          for (LoadInst load : loadsOf.get(l)) {
            String mine = status(load.parent() == null ? null : load.parent().name(),
                load.parent() == null, blocksOf.get(l));
            Instruction ob = optInsts.get(load.name());
            Instruction sunk = optInsts.get(load.name() + ".le");
            String theirsStatus = ob != null ? status(ob.parent().name(), false, blocksOf.get(l))
                : sunk != null ? "out" : "deleted";
            if (theirsStatus.equals("deleted") && optInsts.containsKey(
                pointerName.get(load) + ".promoted")) {
              theirsStatus = "deleted (LICM's scalar promotion, which irscope does not model)";
            }
            loads++;
            if (!mine.equals(theirsStatus)) {
              diffs.add("    %" + load.name() + ": opt-19 " + theirsStatus + ", irscope " + mine
                  + DifferentialCorpus.remarkFor(load.name(), remarks));
            }
          }
          count(pair.where(f), l, diffs);
        }
      }
    }

    @Override
    String report() {
      return String.format("LICM vs opt-19 -passes='loop-mssa(licm)': %s, %d loads compared,"
          + " %d loops disagree:%n%s%n", loopFigures(), loads, disagreements.size(),
          String.join("\n", disagreements));
    }
  }
}
