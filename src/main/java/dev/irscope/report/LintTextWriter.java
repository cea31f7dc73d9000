// `irscope lint` as text, in the shape Rust users know from rustc:
//   error[NonAtomicLoadInLoop]: MESSAGE
//     --> src/main.rs:16:11
//      |
//   16 |     while a.load() == 0 {}
//      |           ^
//      = note: in reader: `%_2 = load i64, ptr %a, align 8` (x.ll:42:3)
//      = note: inlined from ..., one note per related location (loop header, what keeps the read,
//        the writer)
//      = help: THE FIX
// The source line is shown when the file named by !dbg can be read (as given, or beside the .ll
// file); otherwise the instruction's line of the .ll file, numbered as there. A last line counts
// the findings.
package dev.irscope.report;

import dev.irscope.lint.Finding;
import dev.irscope.lint.Location;
import dev.irscope.lint.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class LintTextWriter {
  private final Map<Path, List<String>> files = new HashMap<>();
  private final PrintWriter w;

  private LintTextWriter(PrintWriter w) {
    this.w = w;
  }

  public static void write(PrintWriter w, List<Finding> findings, int files) {
    LintTextWriter t = new LintTextWriter(w);
    for (Finding f : findings) {
      t.finding(f);
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    w.println(findings.isEmpty() ? "irscope lint: no findings in " + plural(files, "file")
        : "irscope lint: " + plural(errors, "error") + ", " + plural(warnings, "warning")
            + " in " + plural(files, "file"));
  }

  private void finding(Finding f) {
    Location at = f.location();
    w.println(f.severity().spelling() + "[" + f.ruleId() + "]: " + f.message());
    String[] shown = sourceLine(at);
    String where = at.where();
    String text = shown != null ? shown[0] : " ".repeat(Math.max(0, at.column() - 1)) + at.ir();
    int line = shown != null ? at.source().line() : at.line();
    int column = shown != null ? at.source().column() : at.column();
    String gutter = " ".repeat(String.valueOf(line).length());
    w.println(gutter + "--> " + where);
    w.println(gutter + " |");
    w.println(line + " | " + text);
    w.println(gutter + " | " + " ".repeat(Math.max(0, column - 1)) + "^");
    w.println(gutter + " = note: in " + f.demangled() + ": `" + at.ir() + "` (" + at.irWhere()
        + ")");
    if (at.inlinedFrom() != null) {
      w.println(gutter + " = note: inlined from " + at.inlinedFrom());
    }
    for (Finding.Related r : f.related()) {
      w.println(gutter + " = note: " + r.message() + " at " + r.location().where()
          + (r.location().source() == null ? ": `" + r.location().ir() + "`" : ""));
    }
    w.println(gutter + " = help: " + f.help());
    w.println();
  }

  /** The source line of {@code at} (one element), or null when the file cannot be read. */
  private String[] sourceLine(Location at) {
    if (at.source() == null || at.source().line() <= 0) {
      return null;
    }
    Path src = Path.of(at.source().file());
    Path beside = Path.of(at.irFile()).toAbsolutePath().getParent();
    for (Path p : beside == null ? List.of(src) : List.of(src, beside.resolve(src))) {
      List<String> lines = files.computeIfAbsent(p.normalize(), LintTextWriter::read);
      if (lines != null && at.source().line() <= lines.size()) {
        return new String[] {lines.get(at.source().line() - 1)};
      }
    }
    return null;
  }

  private static List<String> read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readAllLines(p) : null;
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
