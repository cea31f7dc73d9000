// A problem found in the input: where (1-based line and column in the .ll text; 0 when unknown)
// and what.
package dev.irscope.ir;

public record Diagnostic(Severity severity, int line, int column, String message) {
  public enum Severity {
    ERROR, WARNING
  }

  public static Diagnostic error(int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, line, column, message);
  }

  /** FILE:LINE:COL: error: MESSAGE */
  public String format(String file) {
    String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
