// fptrunc T %x to T2
package dev.irscope.ir;

public final class FPTruncInst extends CastInst {
  public FPTruncInst(Value operand, Type destType) {
    super(Opcode.FPTRUNC, operand, destType);
  }
}
