// The analyses against LLVM: for the files under testdata/analysis/ and every Nth file of the
// LLVM test corpus (N = 6, or -Dirscope.optSample=N), runs opt-19 with print<domtree>,
// print<loops> and print<postdomtree> and compares its text per function with irscope's
// printers. irscope does not work out LLVM's isAnnotatedParallel (llvm.loop.parallel_accesses
// against every memory access's access group), so opt's "Parallel " prefix is dropped before
// comparing, and counted. irscope's name printer (ir/Names) escapes a backslash in a quoted name
// as \5C where LLVM 19 writes \\, and does not quote names with '$' where LLVM 19 does; both
// read back the same, so quotes around names that do not start with a digit are dropped on both
// sides and \5C becomes \\ before comparing. Post-dominator trees of files with uselistorder
// directives are not compared: irscope walks predecessors in block order, LLVM in use-list
// order, which the directives change. Files that irscope or opt-19 rejects are skipped (counted); every disagreement is
// listed in the failure message.
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.Verifier;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OptDifferentialTest {
  private static final int SAMPLE = Integer.getInteger("irscope.optSample", 6);
  private static final Pattern HEADER = Pattern.compile(
      "^(?:DominatorTree for function: (.*)|Loop info for function '(.*)':"
          + "|PostDominatorTree for function: (.*))$");
  private static final Pattern QUOTED = Pattern.compile("%\"([^0-9\"\\\\][^\"\\\\]*)\"");
  private static final Pattern USE_LIST_ORDER = Pattern.compile("(?m)^\\s*uselistorder");
  private static final List<AnalysisPrinter> COMPARED =
      List.of(AnalysisPrinter.DOMTREE, AnalysisPrinter.LOOPS, AnalysisPrinter.POSTDOMTREE);

  @Test
  void domTreesLoopsAndPostDomTreesMatchOpt19() throws Exception {
    List<Path> corpus = Corpus.files(Corpus.llvmTests());
    List<Path> files = Stream.concat(
        Corpus.files(Corpus.projectDir().resolve("testdata/analysis")).stream(),
        java.util.stream.IntStream.range(0, corpus.size()).filter(i -> i % SAMPLE == 0)
            .mapToObj(corpus::get)).toList();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    Map<AnalysisPrinter, AtomicInteger> compared = new LinkedHashMap<>();
    Map<AnalysisPrinter, AtomicInteger> agreed = new LinkedHashMap<>();
    COMPARED.forEach(p -> compared.put(p, new AtomicInteger()));
    COMPARED.forEach(p -> agreed.put(p, new AtomicInteger()));
    AtomicInteger skipped = new AtomicInteger();
    AtomicInteger parallel = new AtomicInteger();
    ForkJoinPool pool = new ForkJoinPool(2);
    pool.submit(() -> files.parallelStream().forEach(p -> {
      Module m = parse(p);
      LlvmTools.Run opt = m == null ? null : LlvmTools.run("opt-19", "-disable-output",
          "-passes=print<domtree>,print<loops>,print<postdomtree>", p.toString());
      if (opt == null || !opt.ok()) {
        skipped.incrementAndGet();
        return;
      }
      String output = opt.output();
      if (output.contains("Parallel Loop at depth")) {
        parallel.incrementAndGet();
        output = output.replace("Parallel Loop at depth", "Loop at depth");
      }
      Map<String, String> theirs = sections(unquote(output));
      boolean useListOrder = USE_LIST_ORDER.matcher(readString(p)).find();
      for (Function f : m.functions()) {
        if (f.isDeclaration()) {
          continue;
        }
        for (AnalysisPrinter printer : COMPARED) {
          if (useListOrder && printer == AnalysisPrinter.POSTDOMTREE) {
            continue;
          }
          String ours;
          try {
            ours = unquote(printer.print(m, g -> g == f, false).replace("\\5C", "\\\\"));
          } catch (RuntimeException e) {
            ours = e.toString();
          }
          String header = ours.lines().findFirst().orElse("");
          compared.get(printer).incrementAndGet();
          if (ours.equals(theirs.get(header))) {
            agreed.get(printer).incrementAndGet();
          } else {
            problems.add(p + ": " + header + "\n--- opt-19:\n" + theirs.get(header)
                + "--- irscope:\n" + ours);
          }
        }
      }
    })).get();
    pool.shutdown();
    StringBuilder summary = new StringBuilder("opt-19 differential: " + files.size()
        + " files, " + skipped + " skipped (rejected by irscope or opt-19), " + parallel
        + " with parallel loops (prefix ignored)");
    COMPARED.forEach(p -> summary.append("; ").append(p.mode()).append(' ')
        .append(agreed.get(p)).append('/').append(compared.get(p)).append(" functions agree"));
    System.out.println(summary);
    Collections.sort(problems);
    assertWithMessage("%s\n%s", summary, String.join("\n", problems.subList(0,
        Math.min(problems.size(), 30)))).that(problems).isEmpty();
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Drops the quotes of %"name" where the name needs none to tell it from a number. */
  static String unquote(String s) {
    return QUOTED.matcher(s).replaceAll("%$1");
  }

  /** The module when irscope reads and verifies it without errors, else null. */
  private static Module parse(Path p) {
    try {
      ParseResult r = IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p)));
      return r.ok() && Verifier.verify(r.module()).isEmpty() ? r.module() : null;
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }

  /** opt's output cut at its printers' header lines, keyed by the header line. */
  static Map<String, String> sections(String output) {
    Map<String, String> out = new LinkedHashMap<>();
    String header = null;
    StringBuilder body = new StringBuilder();
    for (String line : output.split("\n", -1)) {
      Matcher h = HEADER.matcher(line);
      if (h.matches()) {
        if (header != null) {
          out.put(header, body.toString());
        }
        header = line;
        body.setLength(0);
      }
      if (header != null && !line.isEmpty()) {
        body.append(line).append('\n');
      }
    }
    if (header != null) {
      out.put(header, body.toString());
    }
    return out;
  }
}
