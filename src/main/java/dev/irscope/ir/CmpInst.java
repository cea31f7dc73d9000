// The shared part of icmp and fcmp: a predicate and two operands of the same type.
package dev.irscope.ir;

public abstract class CmpInst extends Instruction {
  private final String predicate;

  protected CmpInst(Opcode opcode, String predicate, Value lhs, Value rhs) {
    super(opcode, resultType(lhs.type()));
    this.predicate = predicate;
    initOperands(lhs, rhs);
  }

  private static Type resultType(Type operandType) {
    return operandType instanceof VectorType v
        ? VectorType.get(v.length(), IntegerType.I1, v.isScalable()) : IntegerType.I1;
  }

  /** The predicate as written: eq, ne, slt, ... or oeq, une, true, ... */
  public String predicate() {
    return predicate;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append(opcode().spelling()).append(" ").append(Flags.spell(flags(), false))
        .append(predicate).append(" ");
    w.typedOperand(operand(0));
    w.append(", ");
    w.operand(operand(1));
  }
}
