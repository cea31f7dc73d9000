// sitofp T %x to T2
package dev.irscope.ir;

public final class SIToFPInst extends CastInst {
  public SIToFPInst(Value operand, Type destType) {
    super(Opcode.SITOFP, operand, destType);
  }
}
