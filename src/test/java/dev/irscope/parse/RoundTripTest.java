// The printer against LLVM: for every test input, irscope's printed module is a fixed point of
// parse-and-print; and wherever llvm-as-19 accepts the input, it also accepts irscope's output
// and llvm-diff-19 finds no difference, except where llvm-diff cannot judge the file at all (it
// reports differences even between the original and itself, e.g. for blockaddress).
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private static String print(String name, byte[] text) {
    ParseResult r = IrParser.parse(new SourceText(name, text));
    if (!r.ok()) {
      throw new AssertionError(r.diagnostics().get(0).format(name));
    }
    Module m = r.module();
    return m.print();
  }

  @Test
  void printingIsAFixedPointAndLlvmAgrees() throws Exception {
    List<Path> files = Corpus.all();
    Path tmp = Files.createTempDirectory(Path.of("target"), "roundtrip");
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger judged = new AtomicInteger();
    AtomicInteger unjudgeable = new AtomicInteger();
    AtomicInteger rejectedByLlvm = new AtomicInteger();
    ForkJoinPool pool = new ForkJoinPool(3);
    pool.submit(() -> files.parallelStream().forEach(p -> {
      try {
        String first = print(p.toString(), Files.readAllBytes(p));
        String second = print(p + " (printed)", first.getBytes(StandardCharsets.UTF_8));
        if (!first.equals(second)) {
          problems.add(p + ": printing is not a fixed point: "
              + Corpus.firstDifference(first, second));
          return;
        }
        Path printed = tmp.resolve(Integer.toHexString(p.toString().hashCode()) + ".ll");
        Files.writeString(printed, first);
        LlvmTools.Run as = LlvmTools.run("llvm-as-19", printed.toString(), "-o", "/dev/null");
        if (!as.ok()) {
          if (LlvmTools.run("llvm-as-19", p.toString(), "-o", "/dev/null").ok()) {
            problems.add(p + ": llvm-as-19 rejects the printed module: " + firstLine(as.output()));
          } else {
            rejectedByLlvm.incrementAndGet();
          }
        } else if (LlvmTools.diff(p, printed).ok()) {
          judged.incrementAndGet();
        } else if (LlvmTools.diff(p, p).ok()) {
          problems.add(p + ": llvm-diff-19 finds a difference: "
              + firstLine(LlvmTools.diff(p, printed).output()));
        } else {
          unjudgeable.incrementAndGet();
        }
        Files.deleteIfExists(printed);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (AssertionError | RuntimeException e) {
        problems.add(p + ": " + e.getMessage());
      }
    })).get();
    pool.shutdown();
    Collections.sort(problems);
    System.out.printf("round trip: %d files, %d judged equal by llvm-diff-19, %d that llvm-diff-19"
        + " cannot judge, %d rejected by llvm-as-19 (LLVM 22 syntax)%n", files.size(),
        judged.get(), unjudgeable.get(), rejectedByLlvm.get());
    assertThat(problems).isEmpty();
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl) + " ...";
  }

}
