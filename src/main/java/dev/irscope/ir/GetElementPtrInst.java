// getelementptr [inbounds|nusw] [nuw] T, ptr %p, indices...
package dev.irscope.ir;

import java.util.List;

public final class GetElementPtrInst extends Instruction {
  private final Type sourceElementType;

  public GetElementPtrInst(Type resultType, Type sourceElementType, Value pointer,
      List<Value> indices) {
    super(Opcode.GETELEMENTPTR, resultType);
    this.sourceElementType = sourceElementType;
    Value[] ops = new Value[indices.size() + 1];
    ops[0] = pointer;
    for (int i = 0; i < indices.size(); i++) {
      ops[i + 1] = indices.get(i);
    }
    initOperands(ops);
  }

  public Type sourceElementType() {
    return sourceElementType;
  }

  public Value pointer() {
    return operand(0);
  }

  public boolean isInBounds() {
    return hasFlag(Flags.INBOUNDS);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("getelementptr ").append(Flags.spell(flags(), true))
        .append(sourceElementType.toString());
    for (int i = 0; i < numOperands(); i++) {
      w.append(", ");
      w.typedOperand(operand(i));
    }
  }

  @Override
  protected GetElementPtrInst cloneImpl() {
    return new GetElementPtrInst(type(), sourceElementType, operand(0),
        operands().subList(1, numOperands()));
  }
}
