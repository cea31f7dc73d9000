// What an analysis needs to know about a call that depends on attributes: whether it captures,
// reads or writes an argument, throws. Inference answers from its current state (attributes
// inferred so far included).
package dev.irscope.analysis;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.MemoryEffects;

public interface CallFacts {
  /** Argument {@code i} is nocapture / captures(none) at this call. */
  boolean doesNotCapture(CallBase call, int i);

  /** The call's memory effects (call site & callee, bundles included). */
  MemoryEffects memoryEffects(CallBase call);

  /** The call is nounwind. */
  boolean doesNotThrow(CallBase call);
}
