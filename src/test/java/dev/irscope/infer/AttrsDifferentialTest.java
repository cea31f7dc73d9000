// irscope's attribute inference against LLVM's, attribute by attribute (issue 3, item 5).
//   LLVM 19 rules, on the C corpus (AttrsCorpus: -O0+sroa and -O2) and on LLVM's own tests:
//     irscope (LlvmVersion.V19, declared attributes kept) against opt-19 -passes=function-attrs
//     on the same file, and -passes=attributor for dereferenceable. Files opt-19 rejects are
//     skipped (and listed); a file irscope cannot read is a failure.
//   LLVM 22 rules, on rustc's -O3 output (testdata/rust/*.O3.ll): irscope from scratch against
//     the attributes LLVM 22 wrote there; the baseline column is then what the frontend wrote
//     (the same function in NAME.O3-noprepop.ll).
// Writes target/attrs-agreement.txt and target/attrs-disagreements.txt (AttrsComparison), prints
// the tables and fails when a family is below its AttrsFamily threshold.
package dev.irscope.infer;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.infer.LlvmAttrsOracle.Answer;
import dev.irscope.infer.LlvmAttrsOracle.Pass;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AttrsDifferentialTest {
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final StringBuilder timings = new StringBuilder();

  @Test
  void irscopeAgreesWithLlvm() throws Exception {
    long t0 = System.nanoTime();
    List<Path> c = AttrsCorpus.cInputs();
    lap("C corpus made", t0);
    AttrsComparison o0 = new AttrsComparison("C, clang-19 -O0 + sroa (LLVM 19 rules)");
    AttrsComparison o2 = new AttrsComparison("C, clang-19 -O2 (LLVM 19 rules)");
    AttrsComparison tests = new AttrsComparison("llvm-test (LLVM 19 rules)");
    AttrsComparison rust = new AttrsComparison("rustc -O3 (LLVM 22 rules, from scratch)");
    t0 = System.nanoTime();
    forEach(c, p -> compareWithOpt(p.toString().endsWith(".O2.ll") ? o2 : o0, p));
    lap("C corpus compared", t0);
    t0 = System.nanoTime();
    forEach(AttrsCorpus.llvmTests(), p -> compareWithOpt(tests, p));
    lap("llvm-test compared", t0);
    t0 = System.nanoTime();
    forEach(AttrsCorpus.rustO3(), p -> compareWithFile(rust, p));
    lap("rust compared", t0);

    List<AttrsComparison> parts = List.of(o0, o2, tests, rust);
    AttrsComparison.write(Corpus.projectDir().resolve("target"),
        "irscope attrs against LLVM; columns: positions compared, positions where LLVM's answer"
            + " differs from the input's, irscope agreeing (count, %, of those LLVM changed),"
            + " baseline = the input's own attributes agreeing (count, %), target %", parts);
    for (AttrsComparison part : parts) {
      System.out.print(part.table());
    }
    System.out.print(timings);
    assertThat(problems).isEmpty();
    List<String> below = new ArrayList<>();
    System.out.print(AttrsComparison.overallTable(parts, below));
    assertThat(below).isEmpty();
  }

  /** Same input through irscope (19) and opt-19; the families of each pass opt answers. */
  private void compareWithOpt(AttrsComparison part, Path file) throws IOException {
    String name = shortName(file);
    Answer fa = LlvmAttrsOracle.ask(file, Pass.FUNCTION_ATTRS);
    if (fa.rejected()) {
      part.skip(name, fa.rejection());
      return;
    }
    Answer at = LlvmAttrsOracle.ask(file, Pass.ATTRIBUTOR);
    Module m = parse(file);
    if (m == null) {
      return;
    }
    Irscope ours = Irscope.infer(m, LlvmVersion.V19, false);
    for (Function f : m.functions()) {
      if (f.isDeclaration()) {
        continue;
      }
      FunctionAttrs declared = FunctionAttrs.declared(f);
      FunctionAttrs llvm = fa.functions().get(f.name());
      if (llvm == null) {
        problems.add(name + ": opt-19 -passes=function-attrs lost @" + f.name());
        continue;
      }
      part.compare(name, f, ours.attrs(f), ours.remarks(f), declared, llvm,
          AttrsFamily.answeredBy(Pass.FUNCTION_ATTRS));
      FunctionAttrs attributor = at.functions().get(f.name());
      // the Attributor deletes dead internal functions and may rewrite signatures
      if (attributor != null && attributor.params().size() == f.arguments().size()) {
        part.compare(name, f, ours.attrs(f), ours.remarks(f), declared, attributor,
            AttrsFamily.answeredBy(Pass.ATTRIBUTOR));
      }
    }
  }

  /** irscope (22, from scratch) against what LLVM 22 wrote into {@code file}. */
  private void compareWithFile(AttrsComparison part, Path file) throws IOException {
    String name = shortName(file);
    Module m = parse(file);
    Path noprepop = file.resolveSibling(file.getFileName().toString()
        .replace(".O3.ll", ".O3-noprepop.ll"));
    Map<String, FunctionAttrs> frontend = Files.isRegularFile(noprepop)
        ? LlvmAttrsOracle.definedFunctions(noprepop) : Map.of();
    if (m == null) {
      return;
    }
    Irscope ours = Irscope.infer(m, LlvmVersion.V22, true);
    List<AttrsFamily> families = AttrsFamily.answeredBy(Pass.FUNCTION_ATTRS);
    for (Function f : m.functions()) {
      if (f.isDeclaration()) {
        continue;
      }
      FunctionAttrs before = frontend.get(f.name());
      if (before == null || before.params().size() != f.arguments().size()) {
        before = new FunctionAttrs(List.of(), List.of(), List.of());
      }
      part.compare(name, f, ours.attrs(f), ours.remarks(f), before, FunctionAttrs.declared(f),
          families);
    }
  }

  private Module parse(Path file) throws IOException {
    ParseResult r = IrParser.parse(new SourceText(file.toString(), Files.readAllBytes(file)));
    if (!r.ok()) {
      problems.add(shortName(file) + ": irscope cannot read it: "
          + r.diagnostics().get(0).format(file.toString()));
      return null;
    }
    return r.module();
  }

  /** What one file gives; its exceptions become problems. */
  private interface FileCheck {
    void check(Path p) throws IOException;
  }

  private void forEach(List<Path> files, FileCheck check) throws Exception {
    Consumer<Path> each = p -> {
      try {
        check.check(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(shortName(p) + ": " + e);
      }
    };
    ForkJoinPool pool = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      pool.submit(() -> files.parallelStream().forEach(each)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static String shortName(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path project = Corpus.projectDir().toAbsolutePath().normalize();
    Path base = abs.startsWith(project) ? project : project.getParent();
    return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
  }

  private void lap(String what, long start) {
    timings.append(String.format("%s in %.1f s%n", what, (System.nanoTime() - start) / 1e9));
  }
}
