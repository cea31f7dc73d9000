// Reads, parses and verifies one input file for the commands that analyse a module; problems
// are printed as FILE:LINE:COL: error: MESSAGE with the line and a caret, and the caller gets
// null (exit code 1).
package dev.irscope.cli;

import dev.irscope.ir.Diagnostic;
import dev.irscope.ir.Module;
import dev.irscope.ir.Verifier;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;

final class ModuleInput {
  private ModuleInput() {}

  private static final int MAX_SHOWN = 20;

  /** The verified module of {@code file}, or null after printing why not. */
  static Module load(String file, PrintWriter err) {
    SourceText src;
    try {
      src = Inputs.read(file);
    } catch (NoSuchFileException e) {
      err.println(file + ": error: no such file");
      return null;
    } catch (IOException e) {
      err.println(file + ": error: cannot read: " + e.getMessage());
      return null;
    }
    ParseResult r = IrParser.parse(src);
    List<Diagnostic> diags = r.diagnostics();
    if (diags.isEmpty()) {
      diags = Verifier.verify(r.module());
    }
    boolean failed = false;
    int shown = 0;
    for (Diagnostic d : diags) {
      if (shown++ < MAX_SHOWN) {
        DiagnosticPrinter.print(err, src, d);
      }
      failed |= d.severity() == Diagnostic.Severity.ERROR;
    }
    return failed ? null : r.module();
  }
}
