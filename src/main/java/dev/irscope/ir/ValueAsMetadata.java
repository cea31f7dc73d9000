// A value used as metadata: "i32 1", "ptr @g", or function-local "ptr %x".
package dev.irscope.ir;

public final class ValueAsMetadata extends Metadata {
  private final Value value;

  public ValueAsMetadata(Value value) {
    this.value = value;
  }

  public Value value() {
    return value;
  }

  public boolean isLocal() {
    return !(value instanceof Constant);
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.typedOperand(value);
  }
}
