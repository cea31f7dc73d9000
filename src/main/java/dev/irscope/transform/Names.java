// Names for values and blocks a transform creates in one function: LLVM's rule of appending a
// number until the name is free. A Names instance gathers the names in use once and adds those
// it gives out; the static forms serve a single name or a caller's own set. Table follows LLVM's
// ValueSymbolTable exactly: one counter per function, shared by all names and kept with the
// function, gives the number appended.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

final class Names {
  private final Set<String> taken;

  Names(Function f) {
    this.taken = taken(f);
  }

  /** {@code wanted}, or it with the first number that is free appended; now taken. */
  String unique(String wanted) {
    return unique(taken, wanted);
  }

  static String unique(Function f, String wanted) {
    return unique(taken(f), wanted);
  }

  /** The local names of {@code f}: arguments, blocks and instructions. */
  static Set<String> taken(Function f) {
    Set<String> taken = new HashSet<>();
    for (BasicBlock b : f.blocks()) {
      taken.add(b.name());
      for (Instruction i : b.instructions()) {
        taken.add(i.name());
      }
    }
    f.arguments().forEach(a -> taken.add(a.name()));
    return taken;
  }

  /** {@code wanted}, or it with the first number that is free appended; added to {@code taken}. */
  static String unique(Set<String> taken, String wanted) {
    String name = wanted;
    for (int k = 1; taken.contains(name); k++) {
      name = wanted + k;
    }
    taken.add(name);
    return name;
  }

  private static final Map<Function, int[]> COUNTERS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** A function's local names with LLVM's uniquing counter (ValueSymbolTable::makeUniqueName). */
  static final class Table {
    private final Set<String> taken;
    private final int[] counter;

    Table(Function f) {
      this.taken = taken(f);
      this.counter = COUNTERS.computeIfAbsent(f, k -> new int[1]);
    }

    /** {@code wanted}, or it with the counter's next free value appended; now taken. */
    String unique(String wanted) {
      String name = wanted;
      while (taken.contains(name)) {
        name = wanted + (++counter[0]);
      }
      taken.add(name);
      return name;
    }

    /** Frees {@code name} (a value was renamed, as a split edge LLVM names twice). */
    void release(String name) {
      taken.remove(name);
    }
  }
}
