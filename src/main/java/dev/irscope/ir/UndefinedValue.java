// A reference to a local value that is never defined. The parser puts one object per undefined
// name in every operand slot that names it, remembering where the name was first used, so the
// model stays whole and the verifier can report "use of undefined value '%x'" at that place.
package dev.irscope.ir;

public final class UndefinedValue extends Value {
  private final int line;
  private final int column;

  /** {@code type} is the type written at the first reference (null when unknown). */
  public UndefinedValue(String name, Type type, int line, int column) {
    super(type);
    setName(name);
    this.line = line;
    this.column = column;
  }

  /** The 1-based line of the first reference (0 when unknown). */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("%").append(name() == null ? "<undefined>" : Names.quoteIfNeeded(name()));
  }
}
