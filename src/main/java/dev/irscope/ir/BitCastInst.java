// bitcast T %x to T2
package dev.irscope.ir;

public final class BitCastInst extends CastInst {
  public BitCastInst(Value operand, Type destType) {
    super(Opcode.BITCAST, operand, destType);
  }
}
