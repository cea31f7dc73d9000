// Metadata used as an operand of a call: "metadata !5", "metadata i32 %x".
package dev.irscope.ir;

public final class MetadataAsValue extends Value {
  private final Metadata metadata;

  public MetadataAsValue(Metadata metadata) {
    super(PrimitiveType.METADATA);
    this.metadata = metadata;
  }

  public Metadata metadata() {
    return metadata;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.metadata(metadata);
  }
}
