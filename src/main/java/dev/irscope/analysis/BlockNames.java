// How blocks are printed as operands (%name, or %N numbered as LLVM numbers unnamed values),
// for one function, computed once.
package dev.irscope.analysis;

import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import java.util.IdentityHashMap;
import java.util.Map;

final class BlockNames {
  private final Map<BasicBlock, String> names = new IdentityHashMap<>();

  BlockNames(Function f) {
    AsmWriter w = new AsmWriter(f); // one writer numbers the function's slots once
    for (BasicBlock b : f.blocks()) {
      w.operand(b);
      w.append("\n");
    }
    String[] printed = w.toString().split("\n", -1);
    for (int i = 0; i < f.blocks().size(); i++) {
      names.put(f.blocks().get(i), printed[i]);
    }
  }

  String of(BasicBlock b) {
    return names.get(b);
  }
}
