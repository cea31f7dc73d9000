// Locations of instructions for findings: the .ll place, the IR text, and the source place
// from !dbg (the function's own line, at the end of the inlinedAt chain, and the callee's line
// when the instruction was inlined).
package dev.irscope.lint;

import dev.irscope.analysis.Loop;
import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.Instruction;

public final class Locations {
  private Locations() {}

  /** The location of {@code i} in {@code irFile}. */
  public static Location of(Instruction i, String irFile) {
    DILocation inner = i.debugLoc();
    DILocation outer = inner;
    while (outer != null && outer.inlinedAt() != null) {
      outer = outer.inlinedAt();
    }
    return new Location(irFile, i.line(), i.column(), irText(i), source(outer),
        outer == inner ? null : source(inner));
  }

  private static SourceLocation source(DILocation d) {
    return d == null || d.filename() == null || d.line() <= 0 ? null
        : new SourceLocation(d.filename(), (int) d.line(), (int) d.column());
  }

  /** The instruction as written, without metadata attachments ("%x = load i8, ptr @F"). */
  public static String irText(Instruction i) {
    String text = i.toIrString().trim();
    int bang = text.indexOf(", !");
    return bang > 0 ? text.substring(0, bang) : text;
  }

  /** The loop's first instruction with a source line (else its header's first one). */
  public static Instruction header(Loop loop) {
    for (BasicBlock b : loop.blocks()) {
      for (Instruction i : b.instructions()) {
        if (i.debugLoc() != null && i.debugLoc().line() > 0) {
          return i;
        }
      }
    }
    return loop.header().instructions().get(0);
  }
}
