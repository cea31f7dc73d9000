// sext T %x to T2
package dev.irscope.ir;

public final class SExtInst extends CastInst {
  public SExtInst(Value operand, Type destType) {
    super(Opcode.SEXT, operand, destType);
  }
}
