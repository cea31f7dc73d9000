// irscope lint as a user meets it: compiler-style text with notes and help, exit 4 with findings
// and 0 without, a bad file reported with exit 1 while the others are still linted, usage
// errors (exit 2) for an unknown rule or format, --rule choosing rules, directories walked for
// .ll files, -o written whole (and a failed write leaving an existing file as it was), and the
// help naming every rule.
package dev.irscope.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irscope.lint.Rule;
import dev.irscope.lint.Rules;
import dev.irscope.parse.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LintCommandTest extends CommandTest {
  static final String IR_ONLY = Corpus.projectDir()
      .resolve("testdata/lint/NonAtomicLoadInLoop/ir-only.ll").toString();
  static final String RELAXED = Corpus.projectDir()
      .resolve("testdata/lint/RelaxedFlagPublishesData/ir-only.ll").toString();
  static final String STATIC_FLAGS = Corpus.projectDir()
      .resolve("testdata/rust/static_flags.O3-noprepop.ll").toString();

  @Test
  void textIsPrintedAsRustcPrintsDiagnostics() {
    assertThat(run("lint", STATIC_FLAGS)).isEqualTo(Main.FINDINGS);
    String text = out.toString();
    assertThat(text).contains("error[NonAtomicLoadInLoop]: non-atomic read of READY: bool decides"
        + " when this loop exits");
    assertThat(text).contains("  --> testdata/rust/src/static_flags.rs:36:21\n   |\n"
        + "36 |     unsafe { while !READY {} }\n   |                     ^\n");
    assertThat(text).contains("   = note: in static_flags::wait_ready: `%0 = load i8, ptr");
    assertThat(text).contains("static_flags.O3-noprepop.ll:58:3)");
    assertThat(text).contains("= note: written here at testdata/rust/src/static_flags.rs:72:9");
    assertThat(text).contains("   = help: make the static an atomic");
    assertThat(text).endsWith("irscope lint: 4 errors, 0 warnings in 1 file\n");
  }

  @Test
  void baselineSuppressesTheFindingsOfAnEarlierRun() throws Exception {
    Path base = dir.resolve("base.sarif");
    assertThat(run("lint", "--format", "sarif", "-o", base.toString(), STATIC_FLAGS))
        .isEqualTo(Main.FINDINGS);
    assertThat(run("lint", "--baseline", base.toString(), STATIC_FLAGS)).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("irscope lint: no findings in 1 file");
  }

  @Test
  void cleanFileExitsZero() throws Exception {
    Path clean = dir.resolve("clean.ll");
    Files.writeString(clean, "define void @f() {\n  ret void\n}\n");
    assertThat(run("lint", clean.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).isEqualTo("irscope lint: no findings in 1 file\n");
  }

  @Test
  void badFileIsReportedAndTheOthersAreStillLinted() throws Exception {
    Path bad = dir.resolve("bad.ll");
    Files.writeString(bad, "define void @f( {\n");
    assertThat(run("lint", "--format", "json", bad.toString(), IR_ONLY,
        dir.resolve("missing.ll").toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("bad.ll:2:1: error: unexpected end of file");
    assertThat(err.toString()).contains("missing.ll: error: no such file");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("findings").size()).isEqualTo(4);
    assertThat(json.get("unreadable").size()).isEqualTo(2);
  }

  @Test
  void ruleOptionChoosesRulesAndUnknownOnesAreUsageErrors() {
    assertThat(run("lint", "--rule", "VolatileIsNotSynchronization", IR_ONLY, RELAXED))
        .isEqualTo(Main.OK);
    assertThat(run("lint", "--rule", "RelaxedFlagPublishesData", IR_ONLY, RELAXED))
        .isEqualTo(Main.FINDINGS);
    assertThat(out.toString()).contains("[RelaxedFlagPublishesData]");
    assertThat(out.toString()).doesNotContain("[NonAtomicLoadInLoop]");
    assertThat(run("lint", "--rule", "NoSuchRule", IR_ONLY)).isEqualTo(Main.USAGE_ERROR);
    assertThat(err.toString()).contains("unknown rule 'NoSuchRule'");
    assertThat(run("lint", "--format", "xml", IR_ONLY)).isEqualTo(Main.USAGE_ERROR);
  }

  @Test
  void directoriesAreWalkedForLlFiles() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.copy(Path.of(IR_ONLY), sub.resolve("x.ll"));
    Files.writeString(dir.resolve("a/notes.txt"), "not IR");
    assertThat(run("lint", "--format", "json", dir.resolve("a").toString()))
        .isEqualTo(Main.FINDINGS);
    assertThat(out.toString()).contains("a/b/x.ll");
  }

  @Test
  void outputIsWrittenWholeOrNotAtAll() throws Exception {
    Path sarif = dir.resolve("out.sarif");
    assertThat(run("lint", "--format", "sarif", "-o", sarif.toString(), IR_ONLY))
        .isEqualTo(Main.FINDINGS);
    assertThat(out.toString()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(sarif.toFile());
    assertThat(json.get("version").asText()).isEqualTo("2.1.0");
    try (var leftovers = Files.list(dir)) {
      assertThat(leftovers.filter(p -> p.toString().endsWith(".tmp")).count()).isEqualTo(0);
    }
    Path blocked = dir.resolve("no-such-dir/out.sarif");
    assertThat(run("lint", "-o", blocked.toString(), IR_ONLY)).isEqualTo(Main.INPUT_ERROR);
    assertThat(Files.exists(blocked)).isFalse();
  }

  @Test
  void helpNamesEveryRule() {
    assertThat(run("lint", "--help")).isEqualTo(Main.OK);
    String help = out.toString().replaceAll("\\s+", " ");
    for (Rule r : Rules.ALL) {
      assertThat(help).contains(r.id());
    }
  }
}
