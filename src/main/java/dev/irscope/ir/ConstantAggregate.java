// Array, struct and vector constants whose elements are operands: [i32 1, i32 2],
// { i32 1, ptr @g }, <{ i8 0 }>, <i32 1, i32 2>.
package dev.irscope.ir;

import java.util.List;

public final class ConstantAggregate extends Constant {
  public ConstantAggregate(Type type, List<? extends Value> elements) {
    super(type);
    initOperands(elements.toArray(new Value[0]));
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    Type t = type();
    String open;
    String close;
    if (t instanceof StructType st) {
      open = st.isPacked() ? "<{" : "{";
      close = st.isPacked() ? "}>" : "}";
    } else if (t instanceof VectorType) {
      open = "<";
      close = ">";
    } else {
      open = "[";
      close = "]";
    }
    w.append(open);
    boolean struct = t instanceof StructType;
    if (struct && numOperands() > 0) {
      w.append(" ");
    }
    for (int i = 0; i < numOperands(); i++) {
      if (i > 0) {
        w.append(", ");
      }
      w.typedOperand(operand(i));
    }
    if (struct && numOperands() > 0) {
      w.append(" ");
    }
    w.append(close);
  }
}
