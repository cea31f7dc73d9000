// trunc T %x to T2
package dev.irscope.ir;

public final class TruncInst extends CastInst {
  public TruncInst(Value operand, Type destType) {
    super(Opcode.TRUNC, operand, destType);
  }
}
