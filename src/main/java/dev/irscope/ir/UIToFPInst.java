// uitofp T %x to T2
package dev.irscope.ir;

public final class UIToFPInst extends CastInst {
  public UIToFPInst(Value operand, Type destType) {
    super(Opcode.UITOFP, operand, destType);
  }
}
