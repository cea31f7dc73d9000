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
      String text = printable(src.line(d.line()));
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

  /** The line with control characters and undecodable bytes shown as '?', one per char. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == '\t' || (c >= 0x20 && c != 0x7f && c != 0xfffd) ? c : '?');
    }
    return sb.toString();
  }

  private static String caret(String text, int column) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < column - 1 && i < text.length(); i++) {
      sb.append(text.charAt(i) == '\t' ? '\t' : ' ');
    }
    return sb.append('^').toString();
  }
}
