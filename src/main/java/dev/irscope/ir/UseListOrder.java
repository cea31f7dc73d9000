// uselistorder <ty> <value>, { i, j, ... } and uselistorder_bb @f, %bb, { ... }: use-list order
// directives, kept so that printing preserves them.
package dev.irscope.ir;

import java.util.List;

public record UseListOrder(Value value, Function bbFunction, BasicBlock block,
    List<Integer> indexes) {
  public UseListOrder {
    indexes = List.copyOf(indexes);
  }

  public void print(AsmWriter w) {
    if (block != null) {
      w.append("uselistorder_bb ");
      w.operand(bbFunction);
      w.append(", ");
      w.operand(block);
    } else {
      w.append("uselistorder ");
      w.typedOperand(value);
    }
    w.append(", { ");
    for (int i = 0; i < indexes.size(); i++) {
      w.append(i > 0 ? ", " : "").append(Integer.toString(indexes.get(i)));
    }
    w.append(" }");
  }
}
