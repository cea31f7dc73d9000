// shufflevector <N x T> %a, <N x T> %b, <M x i32> mask
package dev.irscope.ir;

public final class ShuffleVectorInst extends Instruction {
  public ShuffleVectorInst(Value a, Value b, Value mask) {
    super(Opcode.SHUFFLEVECTOR, resultType(a.type(), mask.type()));
    initOperands(a, b, mask);
  }

  private static Type resultType(Type in, Type mask) {
    if (in instanceof VectorType v && mask instanceof VectorType m) {
      return VectorType.get(m.length(), v.elementType(), m.isScalable());
    }
    return in;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("shufflevector ");
    w.typedOperands(operands());
  }

  @Override
  protected ShuffleVectorInst cloneImpl() {
    return new ShuffleVectorInst(operand(0), operand(1), operand(2));
  }
}
