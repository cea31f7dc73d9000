// One finding about a module, at the 1-based line and column of the .ll text it was read from
// (0 when the position is unknown), printed the way llvm-as prints its errors.
package dev.irscope.ir;

import java.util.Locale;

public record Diagnostic(Severity severity, int line, int column, String message) {
  public enum Severity { ERROR, WARNING }

  public static Diagnostic error(int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, line, column, message);
  }

  public static Diagnostic warning(int line, int column, String message) {
    return new Diagnostic(Severity.WARNING, line, column, message);
  }

  /** "FILE:LINE:COL: error: MESSAGE" ("FILE: error: MESSAGE" when the position is unknown). */
  public String format(String file) {
    String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    return where + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
