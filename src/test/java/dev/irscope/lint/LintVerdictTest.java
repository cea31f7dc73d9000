// lint against the ground truth of testdata/rust/verdicts.txt: every key function marked racy
// gets a finding (from NonAtomicLoadInLoop or the rule that fits the pattern), and no correct
// one gets any, both on the IR with debug info (NAME.O3-noprepop.ll) and on the same IR
// without it (NAME.O3-noprepop-nodebug.ll), where the rules fall back to the IR alone.
// -Dirscope.verdicts=DIR runs the same on a program set kept outside the repo (DIR/verdicts.txt
// and its .ll files) and reports recall and precision instead of failing on a miss listed in
// KNOWN; -Dirscope.variants=O0,O3 measures other builds. The table goes to
// target/lint-verdicts-<dir>.txt.
package dev.irscope.lint;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.SourceText;
import dev.irscope.rust.Verdicts;
import dev.irscope.rust.Verdicts.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LintVerdictTest {
  /** Disagreements understood and not yet fixed ("variant function"): none on testdata/rust. */
  static final Map<String, String> KNOWN = Map.of();

  static final List<String> VARIANTS = List.of(System.getProperty("irscope.variants",
      "O3-noprepop,O3-noprepop-nodebug").split(","));

  @Test
  void findsEveryRacyKeyFunctionAndNoCorrectOne() throws Exception {
    Path dir = Verdicts.dir();
    Map<String, List<Row>> byFile = Verdicts.byFile(dir);
    StringBuilder table = new StringBuilder();
    List<String> wrong = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (String variant : VARIANTS) {
      int tp = 0;
      int fn = 0;
      int fp = 0;
      int tn = 0;
      for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
        Path ll = e.getValue().get(0).ll(dir, variant);
        SourceText src = new SourceText(ll.toString(), Files.readAllBytes(ll));
        Module m = IrParser.parse(src).module();
        Map<String, TreeSet<String>> rulesByFunction = new LinkedHashMap<>();
        for (Finding f : Linter.lint(src, m, LintOptions.defaults())) {
          rulesByFunction.computeIfAbsent(f.function(), k -> new TreeSet<>())
              .add(f.ruleId() + ":" + f.severity().spelling());
        }
        for (Row r : e.getValue()) {
          TreeSet<String> rules = rulesByFunction.remove(r.function());
          boolean found = rules != null;
          boolean ok = found == r.racy();
          tp += r.racy() && found ? 1 : 0;
          fn += r.racy() && !found ? 1 : 0;
          fp += !r.racy() && found ? 1 : 0;
          tn += !r.racy() && !found ? 1 : 0;
          table.append(String.format("%-5s %-20s %-55s racy %-3s %s%n", ok ? "ok"
              : r.racy() ? "MISS" : "FALSE", variant, r.demangled(), r.racy() ? "yes" : "no",
              found ? rules : "-"));
          if (!ok) {
            wrong.add(variant + " " + r.function());
          }
        }
        rulesByFunction.forEach((f, rules) -> table.append(String.format(
            "%-5s %-20s %-55s (not a key function) %s%n", "other", variant, f, rules)));
      }
      summary.append(String.format("%s: recall %d/%d, precision %d/%d, false positives %d,"
          + " correct functions quiet %d/%d%n", variant, tp, tp + fn, tp, tp + fp, fp, tn,
          tn + fp));
    }
    String report = "lint vs verdicts.txt of " + dir + "\n" + summary + table;
    Path out = Corpus.projectDir().resolve("target/lint-verdicts-" + dir.getFileName() + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.print(report);
    if (System.getProperty("irscope.verdicts") == null
        && System.getProperty("irscope.variants") == null) {
      assertWithMessage("%s", report).that(wrong).containsExactlyElementsIn(KNOWN.keySet());
    }
  }
}
