// InlinePass over the corpus (testdata and every 10th llvm-test file), inlining into every
// function: no exception, irscope's Verifier finds nothing in the result, the printed module
// reads back, and wherever llvm-as-19 accepts the input, llvm-as-19 and opt-19 -passes=verify
// accept the output too (inlined debug locations, allocas, lifetime markers, phis, names).
package dev.irscope.transform;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Diagnostic;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.Verifier;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlinePassTest {
  private static Module parse(String name, byte[] text) {
    ParseResult r = IrParser.parse(new SourceText(name, text));
    return r.ok() ? r.module() : null;
  }

  @Test
  void inlinedModulesStayValidForIrscopeAndLlvm() throws Exception {
    Path tmp = Files.createTempDirectory(Path.of("target"), "inline");
    List<String> problems = new ArrayList<>();
    int files = 0;
    int inlined = 0;
    int checkedByLlvm = 0;
    for (Path p : Corpus.testdataAndEvery(10)) {
      Module m = parse(p.toString(), Files.readAllBytes(p));
      if (m == null) {
        continue;
      }
      files++;
      List<Function> defined = m.functions().stream().filter(f -> !f.isDeclaration()).toList();
      List<PassRemark> remarks;
      try {
        remarks = Passes.run(defined, List.of("inline"),
            CallAttributes.declared(LlvmVersion.of("19")));
      } catch (RuntimeException e) {
        problems.add(p + ": " + e);
        continue;
      }
      int here = (int) remarks.stream().filter(r -> r.kind() == PassRemark.Kind.PASSED).count();
      inlined += here;
      List<Diagnostic> found = Verifier.verify(m);
      if (!found.isEmpty()) {
        problems.add(p + ": verifier: " + found.get(0).message());
        continue;
      }
      String printed = m.print();
      if (parse(p + " (inlined)", printed.getBytes(StandardCharsets.UTF_8)) == null) {
        problems.add(p + ": the printed module does not read back");
        continue;
      }
      if (here == 0 || !LlvmTools.run("llvm-as-19", p.toString(), "-o", "/dev/null").ok()) {
        continue;
      }
      checkedByLlvm++;
      Path out = tmp.resolve("out.ll");
      Path bc = tmp.resolve("out.bc");
      Files.writeString(out, printed);
      LlvmTools.Run as = LlvmTools.assemble(out, bc);
      LlvmTools.Run verify = as.ok() ? LlvmTools.run("opt-19", "-passes=verify",
          "-disable-output", bc.toString()) : as;
      if (!verify.ok()) {
        problems.add(p + ": LLVM rejects the result: " + verify.output().strip().lines()
            .findFirst().orElse(""));
      }
    }
    System.out.printf("inline: %d files, %d call sites inlined, %d results checked by LLVM%n",
        files, inlined, checkedByLlvm);
    assertThat(problems).isEmpty();
    assertThat(inlined).isGreaterThan(100);
  }
}
