// irscope parse as a user meets it: summary lines, exit codes, errors with a caret, several
// files with a bad one among them, standard input, --print to a file, usage errors.
package dev.irscope.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParseCommandTest extends CommandTest {
  private static final String GOOD = "define i32 @f(i32 %a) {\nentry:\n  %r = add i32 %a, 1\n"
      + "  ret i32 %r\n}\n";

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void printsOneSummaryLinePerFile() throws Exception {
    Path a = file("a.ll", GOOD);
    assertThat(run("parse", a.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("a.ll: 1 functions, 1 blocks, 2 instructions");
  }

  @Test
  void badFileGivesPositionLineAndCaretAndTheOthersStillRun() throws Exception {
    Path bad = file("bad.ll", "define i32 @f() {\n  %r = add i32 1\n  ret i32 %r\n}\n");
    Path good = file("good.ll", GOOD);
    assertThat(run("parse", bad.toString(), good.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains(bad + ":3:3: error: expected ','");
    assertThat(err.toString()).contains("  ret i32 %r\n  ^");
    assertThat(err.toString()).doesNotContain("Exception");
    assertThat(out.toString()).contains("good.ll: 1 functions");
  }

  @Test
  void missingFileIsAnInputError() {
    assertThat(run("parse", dir.resolve("nope.ll").toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("nope.ll: error: no such file");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("parse", "--frobnicate", "x.ll")).isEqualTo(Main.USAGE_ERROR);
  }

  @Test
  void printWithTwoFilesIsAUsageError() throws Exception {
    Path a = file("a.ll", GOOD);
    assertThat(run("parse", "--print", a.toString(), a.toString())).isEqualTo(Main.USAGE_ERROR);
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)));
      assertThat(run("parse", "-")).isEqualTo(Main.OK);
    } finally {
      System.setIn(saved);
    }
    assertThat(out.toString()).contains("<stdin>: 1 functions");
  }

  @Test
  void printWritesTheModuleToAFileWhole() throws Exception {
    Path a = file("a.ll", GOOD);
    Path o = dir.resolve("out.ll");
    assertThat(run("parse", "--print", "-o", o.toString(), a.toString())).isEqualTo(Main.OK);
    assertThat(Files.readString(o)).contains("%r = add i32 %a, 1");
    try (var s = Files.list(dir)) {
      assertThat(s.filter(p -> p.toString().endsWith(".tmp")).count()).isEqualTo(0);
    }
  }

  @Test
  void emptyFileIsAnEmptyModule() throws Exception {
    Path e = file("empty.ll", "");
    assertThat(run("parse", e.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("0 functions");
  }

  @Test
  void randomBytesGiveAMessageNotATrace() throws Exception {
    byte[] junk = new byte[4096];
    new java.util.Random(42).nextBytes(junk);
    Path p = dir.resolve("junk.ll");
    Files.write(p, junk);
    assertThat(run("parse", p.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("junk.ll:1:");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void deeplyNestedConstantsParse() throws Exception {
    int n = 5000;
    String ty = "[1 x ".repeat(n) + "i32" + "]".repeat(n);
    Path p = file("deep.ll", "@x = global " + ty + " zeroinitializer\n"
        + "@g = global i32 0\n@y = global ptr " + "getelementptr (i8, ptr ".repeat(n) + "@g"
        + ", i64 1)".repeat(n) + "\n");
    assertThat(run("parse", p.toString())).isEqualTo(Main.OK);
  }

  @Test
  void truncatedFileSaysWhereItEnds() throws Exception {
    Path p = file("trunc.ll", GOOD.substring(0, GOOD.length() - 10));
    assertThat(run("parse", p.toString())).isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("error: unexpected end of file");
  }
}
