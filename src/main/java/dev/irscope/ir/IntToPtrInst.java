// inttoptr T %x to T2
package dev.irscope.ir;

public final class IntToPtrInst extends CastInst {
  public IntToPtrInst(Value operand, Type destType) {
    super(Opcode.INTTOPTR, operand, destType);
  }
}
