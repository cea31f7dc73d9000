// fptoui T %x to T2
package dev.irscope.ir;

public final class FPToUIInst extends CastInst {
  public FPToUIInst(Value operand, Type destType) {
    super(Opcode.FPTOUI, operand, destType);
  }
}
