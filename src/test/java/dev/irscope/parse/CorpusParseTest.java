// Every valid test input parses, in SLL mode with no fallback to full LL, and verifies clean:
// the 3,828 files of LLVM's own tests and the project's testdata/.
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Diagnostic;
import dev.irscope.ir.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusParseTest {
  static List<String> problems(List<Path> files) {
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    files.parallelStream().forEach(p -> {
      try {
        ParseResult r = IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p)));
        List<Diagnostic> d = r.ok() ? Verifier.verify(r.module()) : r.diagnostics();
        for (Diagnostic x : d) {
          if (x.severity() == Diagnostic.Severity.ERROR) {
            problems.add(x.format(p.toString()));
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        problems.add(p + ": " + e);
      }
    });
    Collections.sort(problems);
    return problems;
  }

  @Test
  void everyLlvmTestFileParsesAndVerifies() {
    List<Path> files = Corpus.files(Corpus.llvmTests());
    assertThat(files.size()).isAtLeast(3828);
    long before = IrParser.llFallbacks();
    assertThat(problems(files)).isEmpty();
    assertThat(IrParser.llFallbacks() - before).isEqualTo(0);
  }

  @Test
  void everyTestdataFileParsesAndVerifies() {
    long before = IrParser.llFallbacks();
    assertThat(problems(Corpus.testdata())).isEmpty();
    assertThat(IrParser.llFallbacks() - before).isEqualTo(0);
  }
}
