// Writes diagnostics the way compilers do: FILE:LINE:COL: error: MESSAGE, then the offending
// source line and a caret under the column.
package dev.irscope.cli;

import dev.irscope.ir.Diagnostic;
import dev.irscope.parse.SourceText;
import java.io.PrintWriter;

final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(PrintWriter err, SourceText src, Diagnostic d) {
    err.println(d.format(src.name()));
    if (d.line() > 0) {
      String text = src.line(d.line());
      if (text.length() > 400) {
        int from = Math.max(0, Math.min(d.column() - 200, text.length() - 400));
        err.println(text.substring(from, from + 400));
        err.println(caret(text.substring(from), d.column() - from));
      } else {
        err.println(text);
        err.println(caret(text, d.column()));
      }
    }
  }

  private static String caret(String text, int column) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < column - 1 && i < text.length(); i++) {
      sb.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    return sb.append('^').toString();
  }
}
