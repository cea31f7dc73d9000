// ptrauth (ptr @f, i32 key[, i64 disc[, ptr addrdisc[, ptr deactivation]]]): a signed pointer.
package dev.irscope.ir;

import java.util.List;

public final class ConstantPtrAuth extends Constant {
  public ConstantPtrAuth(Type type, List<Constant> operands) {
    super(type);
    initOperands(operands.toArray(new Value[0]));
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("ptrauth (");
    for (int i = 0; i < numOperands(); i++) {
      w.append(i > 0 ? ", " : "");
      w.typedOperand(operand(i));
    }
    w.append(")");
  }
}
