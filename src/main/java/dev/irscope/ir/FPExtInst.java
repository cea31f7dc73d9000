// fpext T %x to T2
package dev.irscope.ir;

public final class FPExtInst extends CastInst {
  public FPExtInst(Value operand, Type destType) {
    super(Opcode.FPEXT, operand, destType);
  }
}
