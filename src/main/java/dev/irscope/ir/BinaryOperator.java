// add, sub, mul, udiv, sdiv, urem, srem, shl, lshr, ashr, and, or, xor and their fadd ... frem
// floating-point forms, with nuw/nsw/exact/disjoint and fast-math flags.
package dev.irscope.ir;

public final class BinaryOperator extends Instruction {
  public BinaryOperator(Opcode opcode, Value lhs, Value rhs) {
    super(opcode, lhs.type());
    initOperands(lhs, rhs);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append(opcode().spelling()).append(" ").append(Flags.spell(flags(), false));
    w.typedOperand(operand(0));
    w.append(", ");
    w.operand(operand(1));
  }

  @Override
  protected BinaryOperator cloneImpl() {
    return new BinaryOperator(opcode(), operand(0), operand(1));
  }
}
