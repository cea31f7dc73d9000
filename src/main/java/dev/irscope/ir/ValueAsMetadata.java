// A value used as metadata: "i32 1", "ptr @g", or function-local "ptr %x".
package dev.irscope.ir;

public final class ValueAsMetadata extends Metadata {
  private Value value;

  public ValueAsMetadata(Value value) {
    this.value = value;
  }

  public Value value() {
    return value;
  }

  /**
   * Points this wrapper at {@code to} instead, as LLVM's ValueAsMetadata::handleRAUW does when
   * the value it wraps is replaced: the parser's placeholder for a value used before its
   * definition (a debug record naming a value defined further down) becomes the real value.
   */
  public void replaceValue(Value to) {
    this.value = to;
  }

  public boolean isLocal() {
    return !(value instanceof Constant);
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.typedOperand(value);
  }
}
