// The lint engine: runs the chosen rules over every defined function of a module and turns
// what they report into findings (locations in the .ll file and the source, the function's
// names, fingerprints), in the order of the offending instructions in the file.
package dev.irscope.lint;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.SourceText;
import dev.irscope.rust.Demangler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class Linter {
  private Linter() {}

  /** The findings in {@code m}, parsed (and verified) from {@code src}. */
  public static List<Finding> lint(SourceText src, Module m, LintOptions options) {
    LintContext ctx = new LintContext(src, m, options);
    List<Finding> out = new ArrayList<>();
    Fingerprints prints = new Fingerprints();
    for (Function f : m.functions()) {
      if (f.isDeclaration()) {
        continue;
      }
      String demangled = Demangler.demangle(f.name());
      for (Rule rule : options.rules()) {
        rule.check(f, ctx, r -> {
          Location at = Locations.of(r.at(), src.name());
          List<Finding.Related> related = new ArrayList<>();
          for (Report.Note n : r.notes()) {
            related.add(new Finding.Related(n.message(), Locations.of(n.at(), src.name())));
          }
          out.add(new Finding(rule.id(), r.severity(), r.message(), r.help(), at, related,
              f.name(), demangled, r.irOnly(), prints.next(rule.id(), demangled, at)));
        });
      }
    }
    out.sort(Comparator.comparingInt((Finding x) -> x.location().line())
        .thenComparingInt(x -> x.location().column()).thenComparing(Finding::ruleId));
    return out;
  }
}
