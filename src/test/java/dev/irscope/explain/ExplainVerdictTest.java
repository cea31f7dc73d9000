// explain against rustc itself: for each key function of testdata/rust/verdicts.txt (written by
// tools/rustc-verdicts from what `rustc -C opt-level=3` actually produced), irscope explains the
// function's `-C no-prepopulate-passes` IR and the two must agree on both questions the story
// answers: does a read that decides the loop's exit leave the loop (rustc: infinite, stale, or
// the loop deleted after its read was hoisted; irscope: a load of the story moved out, whether
// or not another thread could write its memory), and does the loop become infinite. -Dirscope.verdicts=DIR runs the same
// on a program set kept outside the repo (DIR/verdicts.txt and DIR/NAME.O3-noprepop.ll). The
// table goes to target/explain-verdicts.txt.
package dev.irscope.explain;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.explain.LoopStory.Verdict;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Function;
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
import org.junit.jupiter.api.Test;

class ExplainVerdictTest {
  /**
   * Disagreements understood and not yet fixed, by function: the test fails on any other, and
   * on one of these that no longer occurs (so the list stays true).
   */
  static final Map<String, String> KNOWN = Map.of();

  @Test
  void explainAgreesWithRustcO3() throws Exception {
    Path dir = Verdicts.dir();
    Map<String, List<Row>> byFile = Verdicts.byFile(dir);
    StringBuilder table = new StringBuilder();
    int agree = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
      Path ll = e.getValue().get(0).ll(dir, "O3-noprepop");
      Module m = IrParser.parse(new SourceText(ll.toString(), Files.readAllBytes(ll))).module();
      List<Function> chosen = new ArrayList<>();
      for (Row r : e.getValue()) {
        Function f = m.function(r.function());
        if (f != null && !f.isDeclaration()) {
          chosen.add(f);
        }
      }
      Map<String, FunctionStory> stories = new LinkedHashMap<>();
      for (FunctionStory s : Explainer.explain(m, chosen, LlvmVersion.V22, false)) {
        stories.put(s.name(), s);
      }
      for (Row r : e.getValue()) {
        FunctionStory s = stories.get(r.function());
        List<String> ours = new ArrayList<>();
        boolean hoisted = false;
        boolean infinite = false;
        if (s != null) {
          for (LoopStory l : s.loops()) {
            ours.add(l.verdict().spelling());
            hoisted |= l.loads().stream().anyMatch(LoopStory.PolledLoad::hoisted);
            infinite |= l.verdict() == Verdict.INFINITE;
          }
        }
        boolean ok = hoisted == r.hoisted() && infinite == r.verdict().equals("infinite");
        total++;
        agree += ok ? 1 : 0;
        String row = String.format("%-5s %-60s rustc %-9s irscope %s%n", ok ? "ok" : "DIFF",
            r.file() + " " + r.function(), r.verdict(), s == null ? "(no function)" : ours);
        table.append(row);
        if (!ok) {
          wrong.add(r.function());
          table.append("      known: ").append(KNOWN.getOrDefault(r.function(), "NEW")).append('\n');
        }
      }
    }
    String report = String.format("explain vs rustc -O3: %d of %d key functions agree%n%s",
        agree, total, table);
    Path out = Corpus.projectDir().resolve("target/explain-verdicts.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.print(report);
    List<String> expected = KNOWN.keySet().stream().filter(k -> table.indexOf(k) >= 0).toList();
    assertWithMessage("%s", report).that(wrong).containsExactlyElementsIn(expected);
  }
}
