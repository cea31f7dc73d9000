// Reading one input for a command: read the file (or stdin), parse, verify, and print any
// diagnostics as compilers do (at most 20, then a count). Shared by the commands so they report
// input errors alike.
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

final class ModuleLoader {
  private ModuleLoader() {}

  private static final int MAX_SHOWN = 20;

  /** A module read without errors, with the text it came from. */
  record Loaded(SourceText source, Module module) {}

  /** The module, or null after the problems were printed to err (exit with INPUT_ERROR). */
  static Loaded load(String file, boolean verify, PrintWriter err) {
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
    return load(src, verify, err);
  }

  /** The module read from {@code src}, or null after its problems were printed to err. */
  static Loaded load(SourceText src, boolean verify, PrintWriter err) {
    ParseResult r = IrParser.parse(src);
    List<Diagnostic> diags = r.diagnostics();
    if (diags.isEmpty() && verify) {
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
    if (shown > MAX_SHOWN) {
      err.println(src.name() + ": " + (shown - MAX_SHOWN) + " more problems not shown");
    }
    return failed ? null : new Loaded(src, r.module());
  }
}
