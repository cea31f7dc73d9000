// ptrtoint T %x to T2
package dev.irscope.ir;

public final class PtrToIntInst extends CastInst {
  public PtrToIntInst(Value operand, Type destType) {
    super(Opcode.PTRTOINT, operand, destType);
  }
}
