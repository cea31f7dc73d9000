// !"text"
package dev.irscope.ir;

public final class MDString extends Metadata {
  private final String value;

  public MDString(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("!").append(Names.quote(value));
  }
}
