// A function's own memory effects as the transforms' attribute source gives them.
package dev.irscope.transform;

import dev.irscope.infer.FunctionAttrs;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;

final class FunctionMemory {
  private FunctionMemory() {}

  static boolean onlyReads(Function f, CallAttributes calls) {
    String s = FunctionAttrs.find(calls.of(f).fn(), "memory");
    if (s == null) {
      return false;
    }
    return MemoryEffects.parse(s.substring(s.indexOf('(') + 1, s.length() - 1)).onlyReadsMemory();
  }
}
