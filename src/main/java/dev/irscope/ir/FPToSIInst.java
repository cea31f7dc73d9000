// fptosi T %x to T2
package dev.irscope.ir;

public final class FPToSIInst extends CastInst {
  public FPToSIInst(Value operand, Type destType) {
    super(Opcode.FPTOSI, operand, destType);
  }
}
