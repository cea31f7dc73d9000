// icmp [samesign] PRED T %a, %b
package dev.irscope.ir;

public final class ICmpInst extends CmpInst {
  public ICmpInst(String predicate, Value lhs, Value rhs) {
    super(Opcode.ICMP, predicate, lhs, rhs);
  }

  @Override
  protected ICmpInst cloneImpl() {
    return new ICmpInst(predicate(), operand(0), operand(1));
  }
}
