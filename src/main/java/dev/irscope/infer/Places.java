// How remarks name the thing that decided them: an instruction as its line of IR, its line and
// column in the .ll file and, from its !dbg location, the source place; a function by its name
// and where its definition starts.
package dev.irscope.infer;

import dev.irscope.ir.DILocation;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;

final class Places {
  private Places() {}

  /** "`%v = load atomic i64, ptr %a monotonic` at 12:3 (src/lib.rs:8:9)". */
  static String of(Instruction i) {
    String text = i.toIrString().trim();
    int bang = text.indexOf(", !");
    if (bang > 0) {
      text = text.substring(0, bang); // attachments add nothing to the sentence
    }
    Remark.SourceLocation src = source(i);
    return "`" + text + "` at " + i.line() + ":" + i.column()
        + (src == null ? "" : " (" + src + ")");
  }

  /** "@f (defined at 3:1)". */
  static String of(Function f) {
    return "@" + f.name() + " (defined at " + f.line() + ":" + f.column() + ")";
  }

  static Remark.SourceLocation source(Instruction i) {
    DILocation loc = i.debugLoc();
    if (loc == null || loc.filename() == null) {
      return null;
    }
    return new Remark.SourceLocation(loc.filename(), (int) loc.line(), (int) loc.column());
  }
}
