// fcmp [fast-math flags] PRED T %a, %b
package dev.irscope.ir;

public final class FCmpInst extends CmpInst {
  public FCmpInst(String predicate, Value lhs, Value rhs) {
    super(Opcode.FCMP, predicate, lhs, rhs);
  }

  @Override
  protected FCmpInst cloneImpl() {
    return new FCmpInst(predicate(), operand(0), operand(1));
  }
}
