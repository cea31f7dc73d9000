// How remarks name the thing that decided them: an instruction as its line of IR, its line and
// column in the .ll file and, from its !dbg location, the source place; a function by its name
// and where its definition starts.
// Unnamed values print as numbers (%7), and numbering a function takes a walk over all of it;
// inside numberedOnce (a whole inference run) one writer per thread keeps the numbering of the
// function it last printed, so a function is numbered once, not once per remark. The IR must not
// change meanwhile, which holds during inference.
package dev.irscope.infer;

import dev.irscope.ir.Argument;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.function.Supplier;

final class Places {
  private Places() {}

  private static final ThreadLocal<AsmWriter> WRITER = new ThreadLocal<>();

  /** Runs {@code body} with this thread's remarks sharing one slot numbering per function. */
  static <T> T numberedOnce(Supplier<T> body) {
    AsmWriter outer = WRITER.get();
    WRITER.set(new AsmWriter(null));
    try {
      return body.get();
    } finally {
      WRITER.set(outer);
    }
  }

  private static AsmWriter writer(Function f) {
    AsmWriter shared = WRITER.get();
    return shared != null ? shared : new AsmWriter(f);
  }

  /** "`%v = load atomic i64, ptr %a monotonic` at 12:3 (src/lib.rs:8:9)". */
  static String of(Instruction i) {
    String text = writer(i.function()).instructionLine(i);
    Remark.SourceLocation src = source(i);
    return "`" + text + "` at " + i.line() + ":" + i.column()
        + (src == null ? "" : " (" + src + ")");
  }

  /** "%self" or, for an unnamed parameter, its number "%0", as the IR writes it. */
  static String of(Argument a) {
    AsmWriter w = writer(a.parent());
    w.local(a);
    return w.drain();
  }

  /** "@f (defined at 3:1)". */
  static String of(Function f) {
    AsmWriter w = new AsmWriter(null);
    w.operand(f);
    return w + " (defined at " + f.line() + ":" + f.column() + ")";
  }

  static Remark.SourceLocation source(Instruction i) {
    DILocation loc = i.debugLoc();
    if (loc == null || loc.filename() == null) {
      return null;
    }
    return new Remark.SourceLocation(loc.filename(), (int) loc.line(), (int) loc.column());
  }
}
