// The IR the passes leave is valid IR: for every input llvm-as-19 accepts among the spec's
// LICM/GVN cases, the project's C programs (clang -O0 -g/-O2 -g, and -O0 + sroa as the
// differential tests compile them, sqlite3.c included), the Rust files LLVM 19 reads and the
// licm and explain test files, irscope runs all its passes (licm, gvn, loop-deletion,
// simple-loop-unswitch, simplifycfg) on every function with callee attributes inferred, as
// `irscope licm --print-ir` does, and `opt-19 -passes=verify` must accept the printed module.
package dev.irscope.transform;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.infer.AttributeInference;
import dev.irscope.infer.InferenceOptions;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PrintedIrValidTest {
  private static final Path OUT = Corpus.projectDir().resolve("target/printed-ir");

  @Test
  void optAcceptsWhatThePassesLeave() throws Exception {
    Files.createDirectories(OUT);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path in : inputs()) {
      if (!LlvmTools.run("llvm-as-19", "-o", "/dev/null", in.toString()).ok()) {
        continue;
      }
      SourceText src = new SourceText(in.toString(), Files.readAllBytes(in));
      Module m = IrParser.parse(src).module();
      CallAttributes calls = CallAttributes.inferred(
          AttributeInference.run(m, new InferenceOptions(LlvmVersion.V22, false)));
      List<Function> defs = m.functions().stream().filter(f -> !f.isDeclaration()).toList();
      Passes.run(defs, Passes.NAMES, calls);
      Path printed = OUT.resolve(in.getFileName().toString());
      Files.writeString(printed, m.print());
      LlvmTools.Run r = LlvmTools.run("opt-19", "-passes=verify", "-disable-output",
          printed.toString());
      checked++;
      if (!r.ok()) {
        problems.add(in + ": " + r.output());
      }
    }
    assertWithMessage("checked %s files; opt-19 rejected:\n%s", checked,
        String.join("\n", problems)).that(problems).isEmpty();
    assertWithMessage("files checked").that(checked).isAtLeast(20);
  }

  private static List<Path> inputs() throws Exception {
    List<Path> out = new ArrayList<>();
    Path spec = Path.of("/work/shared/spec/cases");
    if (Files.isDirectory(spec)) {
      try (Stream<Path> s = Files.list(spec)) {
        s.filter(p -> p.toString().endsWith(".ll")).sorted().forEach(out::add);
      }
    }
    Path td = Corpus.projectDir().resolve("testdata");
    for (String dir : List.of("c", "rust", "licm", "explain", "attrs")) {
      try (Stream<Path> s = Files.list(td.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".ll")).sorted().forEach(out::add);
      }
    }
    // clang -O0 + sroa output of the C programs and sqlite3.c, unnamed values and all (a switch
    // with several cases to one block broke simplifycfg's phis only there)
    DifferentialCorpus.inputs(List.of()).stream()
        .filter(p -> p.toString().endsWith(".sroa.ll")).forEach(out::add);
    return out;
  }
}
