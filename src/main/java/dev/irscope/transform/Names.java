// Names for values a transform creates: LLVM's rule of appending a number until the name is
// free in the function.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.HashSet;
import java.util.Set;

final class Names {
  private Names() {}

  static String unique(Function f, String wanted) {
    Set<String> taken = new HashSet<>();
    for (BasicBlock b : f.blocks()) {
      taken.add(b.name());
      for (Instruction i : b.instructions()) {
        taken.add(i.name());
      }
    }
    f.arguments().forEach(a -> taken.add(a.name()));
    String name = wanted;
    for (int k = 1; taken.contains(name); k++) {
      name = wanted + k;
    }
    return name;
  }
}
