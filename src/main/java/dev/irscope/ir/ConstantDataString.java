// c"..." byte-array constants.
package dev.irscope.ir;

public final class ConstantDataString extends ConstantData {
  private final byte[] bytes;

  public ConstantDataString(ArrayType type, byte[] bytes) {
    super(type);
    this.bytes = bytes;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    StringBuilder sb = new StringBuilder(bytes.length + 3).append("c\"");
    Names.escapeBytesInto(bytes, sb);
    w.append(sb.append('"').toString());
  }
}
