// Metadata: strings, nodes (tuples and specialized !DI* nodes), wrapped values and literal fields.
package dev.irscope.ir;

public abstract class Metadata {
  /** Writes this metadata where it is used: "!5", "!\"s\"", "i32 1", an inline node. */
  public abstract void printAsOperand(AsmWriter w);

  @Override
  public String toString() {
    AsmWriter w = new AsmWriter(null);
    printAsOperand(w);
    return w.toString();
  }
}
