// Names for values and blocks a transform creates in one function: LLVM's rule of appending a
// number until the name is free. The names in use are gathered once; those given out are added.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.HashSet;
import java.util.Set;

final class Names {
  private final Set<String> taken = new HashSet<>();

  Names(Function f) {
    for (BasicBlock b : f.blocks()) {
      taken.add(b.name());
      for (Instruction i : b.instructions()) {
        taken.add(i.name());
      }
    }
    f.arguments().forEach(a -> taken.add(a.name()));
  }

  String unique(String wanted) {
    String name = wanted;
    for (int k = 1; taken.contains(name); k++) {
      name = wanted + k;
    }
    taken.add(name);
    return name;
  }
}
