// LICM against LLVM: for the spec's LICM cases, the project's C programs (clang-19 -O0
// -Xclang -disable-O0-optnone, then opt-19 -passes=sroa), the Rust files llvm-as-19 accepts and
// sqlite3.c from the shared corpus (when present), every value is first named (opt-19
// -passes=instnamer) so loads can be matched by name; then opt-19 -passes='loop-mssa(licm)' and
// irscope's LicmPass (callees as declared) run on the same file. For every loop, each load that
// was in it is "in" (still in a block of the loop), "out" (moved out: hoisted or sunk) or
// "deleted"; a loop agrees when every load has the same status on both sides. The figures and
// every disagreement, with irscope's remark for the load, go to
// target/licm-difftest/report.txt; the test fails below 98% agreement.
package dev.irscope.transform;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptLicmDifferentialTest {
  private static final Path OUT = Corpus.projectDir().resolve("target/licm-difftest");
  private static final Path SPEC = Path.of("/work/shared/spec/cases");

  @Test
  void loadsHoistedAgreeWithOpt19() throws Exception {
    Files.createDirectories(OUT);
    List<Path> inputs = inputs();
    Tally t = new Tally();
    for (Path in : inputs) {
      compare(in, t);
    }
    String report = t.report();
    Files.writeString(OUT.resolve("report.txt"), report);
    double share = t.loops == 0 ? 1 : (double) t.agreed / t.loops;
    assertWithMessage("%s", report).that(share).isAtLeast(0.98);
  }

  private static List<Path> inputs() throws Exception {
    List<Path> out = new ArrayList<>();
    for (String c : List.of("13_licm_spin_orderings", "14_licm_calls_in_loop",
        "15_licm_stores_atomics_in_loop", "16_licm_conditional_deref",
        "17_licm_invariant_sources", "18_spin_loop_pipelines", "21_gvn_loop_load_pre_nosync")) {
      Path p = SPEC.resolve(c + ".ll");
      if (Files.exists(p)) {
        out.add(p);
      }
    }
    Path rust = Corpus.projectDir().resolve("testdata/rust");
    for (String accepted : List.of("cell_get_twice.O0.ll", "volatile_cell.O3.ll")) {
      out.add(rust.resolve(accepted));
    }
    List<Path> sources = new ArrayList<>();
    try (var s = Files.list(Corpus.projectDir().resolve("testdata/c/src"))) {
      s.filter(p -> p.toString().endsWith(".c")).sorted().forEach(sources::add);
    }
    Path sqlite = Path.of("/work/shared/corpus/c/sqlite3.c");
    if (Files.exists(sqlite) && !Boolean.getBoolean("irscope.licmDiff.noSqlite")) {
      sources.add(sqlite);
    }
    for (Path c : sources) {
      String base = c.getFileName().toString().replace(".c", "");
      Path o0 = OUT.resolve(base + ".O0.ll");
      Path sroa = OUT.resolve(base + ".sroa.ll");
      if (!Files.exists(sroa)) {
        check(LlvmTools.run("clang-19", "-O0", "-Xclang", "-disable-O0-optnone", "-S",
            "-emit-llvm", "-w", c.toString(), "-o", o0.toString()));
        check(LlvmTools.run("opt-19", "-passes=sroa", "-S", o0.toString(), "-o",
            sroa.toString()));
      }
      out.add(sroa);
    }
    return out;
  }

  private static void check(LlvmTools.Run r) {
    if (!r.ok()) {
      throw new IllegalStateException(r.output());
    }
  }

  private static void compare(Path input, Tally t) throws Exception {
    String base = input.getFileName().toString().replace(".ll", "");
    Path named = OUT.resolve(base + ".named.ll");
    Path opt = OUT.resolve(base + ".opt-licm.ll");
    check(LlvmTools.run("opt-19", "-passes=instnamer", "-S", input.toString(), "-o",
        named.toString()));
    check(LlvmTools.run("opt-19", "-passes=loop-mssa(licm)", "-S", named.toString(), "-o",
        opt.toString()));
    Module ours = parse(named);
    Module theirs = parse(opt);
    CallAttributes calls = CallAttributes.declared(LlvmVersion.V19);
    for (Function f : ours.functions()) {
      if (f.isDeclaration()) {
        continue;
      }
      LoopInfo li = LoopInfo.of(f);
      List<Loop> loops = li.loopsInPreorder();
      if (loops.isEmpty()) {
        continue;
      }
      Map<Loop, Set<String>> blocksOf = new IdentityHashMap<>();
      Map<Loop, List<LoadInst>> loadsOf = new IdentityHashMap<>();
      for (Loop l : loops) {
        blocksOf.put(l, Set.copyOf(l.blocks().stream().map(BasicBlock::name).toList()));
        List<LoadInst> loads = new ArrayList<>();
        for (BasicBlock b : l.blocks()) {
          for (Instruction i : b.instructions()) {
            if (i instanceof LoadInst load) {
              loads.add(load);
            }
          }
        }
        loadsOf.put(l, loads);
      }
      Map<LoadInst, String> pointerName = new IdentityHashMap<>();
      loadsOf.values().forEach(ls -> ls.forEach(ld -> pointerName.put(ld, ld.pointer().name())));
      List<PassRemark> remarks = new ArrayList<>();
      LicmPass.run(f, calls, remarks);
      Map<String, BasicBlock> optBlockOf = optBlocks(theirs.function(f.name()));
      for (Loop l : loops) {
        t.loops++;
        List<String> diffs = new ArrayList<>();
        for (LoadInst load : loadsOf.get(l)) {
          String mine = status(load.parent() == null ? null : load.parent().name(),
              load.parent() == null, blocksOf.get(l));
          BasicBlock ob = optBlockOf.get(load.name());
          BasicBlock sunk = optBlockOf.get(load.name() + ".le");
          String theirsStatus = ob != null ? status(ob.name(), false, blocksOf.get(l))
              : sunk != null ? "out" : "deleted";
          if (theirsStatus.equals("deleted") && optBlockOf.containsKey(
              pointerName.get(load) + ".promoted")) {
            theirsStatus = "deleted (LICM's scalar promotion, which irscope does not model)";
          }
          t.loads++;
          if (!mine.equals(theirsStatus)) {
            diffs.add("    %" + load.name() + ": opt-19 " + theirsStatus + ", irscope " + mine
                + remarkFor(load.name(), remarks));
          }
        }
        if (diffs.isEmpty()) {
          t.agreed++;
        } else {
          t.disagreements.add(base + " @" + f.name() + " loop %" + l.header().name() + ":\n"
              + String.join("\n", diffs));
        }
      }
    }
  }

  private static String remarkFor(String load, List<PassRemark> remarks) {
    for (PassRemark r : remarks) {
      if (r.at().ir().startsWith("%" + load + " = ")) {
        return "\n      irscope: " + r.name() + ": " + r.reason();
      }
    }
    return "\n      irscope: no remark";
  }

  private static String status(String block, boolean deleted, Set<String> loopBlocks) {
    if (deleted) {
      return "deleted";
    }
    return loopBlocks.contains(block) ? "in" : "out";
  }

  private static Map<String, BasicBlock> optBlocks(Function f) {
    Map<String, BasicBlock> out = new HashMap<>();
    if (f == null) {
      return out;
    }
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : b.instructions()) {
        if (i.hasName()) {
          out.put(i.name(), b);
        }
      }
    }
    return out;
  }

  private static Module parse(Path p) throws Exception {
    ParseResult r = IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p)));
    if (!r.diagnostics().isEmpty()) {
      throw new IllegalStateException(p + ": " + r.diagnostics().get(0));
    }
    return r.module();
  }

  private static final class Tally {
    int loops;
    int agreed;
    int loads;
    final List<String> disagreements = new ArrayList<>();

    String report() {
      return String.format("LICM vs opt-19 -passes='loop-mssa(licm)': %d of %d loops agree"
          + " (%.2f%%), %d loads compared, %d loops disagree:%n%s%n", agreed, loops,
          loops == 0 ? 100.0 : 100.0 * agreed / loops, loads, disagreements.size(),
          String.join("\n", disagreements));
    }
  }
}
