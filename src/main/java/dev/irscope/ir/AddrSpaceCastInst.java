// addrspacecast T %x to T2
package dev.irscope.ir;

public final class AddrSpaceCastInst extends CastInst {
  public AddrSpaceCastInst(Value operand, Type destType) {
    super(Opcode.ADDRSPACECAST, operand, destType);
  }
}
