// The one harness for the .ll test files under testdata/: each file that starts with a RUN line
// is a test. Directives are comment lines of their own:
//   ; RUN: COMMAND [OPTIONS]          the irscope command to run on this file (parse --print,
//                                     print-analysis loops, ...); the file is the last argument
//   ; CHECK: text                     the output contains text, after the previous match
//   ; CHECK-NEXT: text                ... on the line right after the previous match
//   ; CHECK-NOT: text                 ... not between the previous match and the next one
//   ; ERROR: LINE[:COL][: message]    the command fails with exit 1 and reports this error
//   ; LINT: RULE [SEVERITY][: text]   with RUN: lint [OPTIONS]: a finding of RULE on the next
//                                     non-comment line; findings without a marker fail
//                                     (LintMarkers); CHECK lines then match the text output
// Any other "; WORD:" line is an error, so a typo cannot silently disable a check. With
// -Dirscope.bless=true, ERROR lines are rewritten to what irscope reports (review the diff).
package dev.irscope;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.cli.Main;
import dev.irscope.parse.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FileTestHarness {
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*; ([A-Z][A-Z-]*):(.*)$");
  private static final Pattern ERROR = Pattern.compile("\\s*(\\d+)(?::(\\d+))?(?::\\s*(.*))?");
  private static final boolean BLESS = Boolean.getBoolean("irscope.bless");

  record Directive(String kind, String text, int line) {}

  @TestFactory
  Stream<DynamicTest> testdataFiles() {
    List<Path> files = Corpus.files(Corpus.projectDir().resolve("testdata"));
    return files.stream().filter(FileTestHarness::hasRunLine)
        .map(p -> DynamicTest.dynamicTest(Corpus.projectDir().relativize(p).toString(),
            () -> runFile(p)));
  }

  private static boolean hasRunLine(Path p) {
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return lines.limit(40).anyMatch(l -> l.startsWith("; RUN:"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  static List<Directive> directives(List<String> lines) {
    List<Directive> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = DIRECTIVE.matcher(lines.get(i));
      if (m.matches()) {
        String kind = m.group(1);
        if (!List.of("RUN", "CHECK", "CHECK-NEXT", "CHECK-NOT", "ERROR", "LINT").contains(kind)) {
          throw new AssertionError("line " + (i + 1) + ": unknown directive '" + kind + ":'");
        }
        out.add(new Directive(kind, m.group(2).strip(), i + 1));
      }
    }
    return out;
  }

  private static void runFile(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Directive> ds = directives(lines);
    Directive run = ds.stream().filter(d -> d.kind().equals("RUN")).findFirst().orElseThrow();
    List<String> args = new ArrayList<>(List.of(run.text().split("\\s+")));
    if (args.get(0).equals("lint")) {
      LintMarkers.check(file, lines, ds, args);
      if (ds.stream().noneMatch(d -> d.kind().startsWith("CHECK"))) {
        return;
      }
    }
    args.add(file.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(new String[0]));
    List<Directive> errors = ds.stream().filter(d -> d.kind().equals("ERROR")).toList();
    if (!errors.isEmpty()) {
      checkErrors(file, lines, errors, exit, err.toString());
    } else if (!args.get(0).equals("lint")) {
      assertWithMessage("exit code of irscope %s; stderr: %s", run.text(), err)
          .that(exit).isEqualTo(0);
    }
    FileCheck.check(out.toString(), ds, file.toString());
  }

  private static void checkErrors(Path file, List<String> lines, List<Directive> errors,
      int exit, String stderr) throws IOException {
    String first = stderr.lines().filter(l -> l.contains(": error: ")).findFirst().orElse("");
    if (BLESS && exit == Main.INPUT_ERROR && !first.isEmpty()) {
      String actual = first.substring(file.toString().length() + 1)
          .replaceFirst(": error: ", ": ");
      Directive d = errors.get(0);
      lines.set(d.line() - 1, lines.get(d.line() - 1).replaceFirst("; ERROR:.*",
          Matcher.quoteReplacement("; ERROR: " + actual)));
      Files.write(file, lines, StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage("exit code; stderr: %s", stderr).that(exit).isEqualTo(Main.INPUT_ERROR);
    for (Directive d : errors) {
      Matcher m = ERROR.matcher(d.text());
      assertWithMessage("line %s: malformed ERROR directive", d.line()).that(m.matches())
          .isTrue();
      String where = file + ":" + m.group(1) + ":" + (m.group(2) == null ? "" : m.group(2) + ":");
      assertWithMessage("error position (line %s of the test)", d.line()).that(first)
          .startsWith(where);
      if (m.group(3) != null && !m.group(3).isEmpty()) {
        assertWithMessage("error message (line %s of the test)", d.line()).that(first)
            .contains(m.group(3));
      }
    }
  }
}
