// How serious a finding is; the SARIF level of the same name.
package dev.irscope.lint;

public enum Severity {
  /** A bug today: the compiler's own passes break the code. */
  ERROR("error"),
  /** A bug the compiler does not exploit today, or one that depends on the target. */
  WARNING("warning"),
  /** Worth a look. */
  NOTE("note");

  private final String spelling;

  Severity(String spelling) {
    this.spelling = spelling;
  }

  /** "error", "warning" or "note", as compilers print it and SARIF spells it. */
  public String spelling() {
    return spelling;
  }
}
