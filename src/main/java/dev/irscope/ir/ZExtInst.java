// zext T %x to T2
package dev.irscope.ir;

public final class ZExtInst extends CastInst {
  public ZExtInst(Value operand, Type destType) {
    super(Opcode.ZEXT, operand, destType);
  }
}
