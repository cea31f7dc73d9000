// `irscope lint` as text, the way compilers print diagnostics: for each finding
//   FILE:LINE:COL: error: MESSAGE [RuleName]
// at the source place from !dbg when there is one (else the place in the .ll file), then a
// note with the IR place and instruction, a note where it was inlined from, one note per related
// location (the loop header, what keeps the read, the writer), and the fix as "= help:". A
// last line counts the findings.
package dev.irscope.report;

import dev.irscope.lint.Finding;
import dev.irscope.lint.Location;
import dev.irscope.lint.Severity;
import java.io.PrintWriter;
import java.util.List;

public final class LintTextWriter {
  private LintTextWriter() {}

  public static void write(PrintWriter w, List<Finding> findings, int files) {
    for (Finding f : findings) {
      Location at = f.location();
      w.println(at.where() + ": " + f.severity().spelling() + ": " + f.message() + " ["
          + f.ruleId() + "]");
      w.println(at.irWhere() + ": note: in " + f.demangled() + ": `" + at.ir() + "`");
      if (at.inlinedFrom() != null) {
        w.println(at.inlinedFrom() + ": note: inlined from here");
      }
      for (Finding.Related r : f.related()) {
        w.println(r.location().where() + ": note: " + r.message() + (r.location().source() == null
            ? ": `" + r.location().ir() + "`" : ""));
      }
      w.println("  = help: " + f.help());
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    w.println(findings.isEmpty() ? "irscope lint: no findings in " + plural(files, "file")
        : "irscope lint: " + plural(errors, "error") + ", " + plural(warnings, "warning")
            + " in " + plural(files, "file"));
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
