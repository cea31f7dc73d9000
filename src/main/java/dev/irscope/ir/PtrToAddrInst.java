// ptrtoaddr T %x to T2
package dev.irscope.ir;

public final class PtrToAddrInst extends CastInst {
  public PtrToAddrInst(Value operand, Type destType) {
    super(Opcode.PTRTOADDR, operand, destType);
  }
}
