// Constant expressions: OPCODE flags (operands...) such as getelementptr inbounds (T, ptr @g,
// i64 0, i64 1), ptrtoint (ptr @g to i64), icmp eq (ptr @a, ptr @b), add nsw (i64 1, i64 2).
package dev.irscope.ir;

import java.util.List;

public final class ConstantExpr extends Constant {
  private final Opcode opcode;
  private final int flags;
  private final String predicate; // icmp/fcmp
  private final Type sourceElementType; // getelementptr
  private final String inRange; // getelementptr inrange(a, b) as written, or null
  private final int oldInRangeIndex; // old form: "inrange" before this operand, or -1
  private final int[] indices; // extractvalue/insertvalue

  public ConstantExpr(Opcode opcode, Type type, List<? extends Value> operands, int flags,
      String predicate, Type sourceElementType, String inRange, int oldInRangeIndex,
      int[] indices) {
    super(type);
    this.opcode = opcode;
    this.flags = flags;
    this.predicate = predicate;
    this.sourceElementType = sourceElementType;
    this.inRange = inRange;
    this.oldInRangeIndex = oldInRangeIndex;
    this.indices = indices;
    initOperands(operands.toArray(new Value[0]));
  }

  public Opcode opcode() {
    return opcode;
  }

  public int flags() {
    return flags;
  }

  public String predicate() {
    return predicate;
  }

  public Type sourceElementType() {
    return sourceElementType;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append(opcode.spelling()).append(" ");
    w.append(Flags.spell(flags, opcode == Opcode.GETELEMENTPTR));
    if (inRange != null) {
      w.append("inrange(").append(inRange).append(") ");
    }
    if (predicate != null) {
      w.append(predicate).append(" ");
    }
    w.append("(");
    if (sourceElementType != null) {
      w.append(sourceElementType.toString()).append(", ");
    }
    for (int i = 0; i < numOperands(); i++) {
      w.append(i > 0 ? ", " : "");
      if (i == oldInRangeIndex) {
        w.append("inrange ");
      }
      w.typedOperand(operand(i));
    }
    if (opcode.isCast()) {
      w.append(" to ").append(type().toString());
    }
    if (indices != null) {
      for (int idx : indices) {
        w.append(", ").append(Integer.toString(idx));
      }
    }
    w.append(")");
  }
}
