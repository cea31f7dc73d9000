// What an analysis needs to know about a call that depends on attributes: whether it captures,
// reads or writes an argument, throws. Inference answers from its current state (attributes
// inferred so far included); DECLARED answers from what the module states.
package dev.irscope.analysis;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;

public interface CallFacts {
  /** Argument {@code i} is nocapture / captures(none) at this call. */
  boolean doesNotCapture(CallBase call, int i);

  /** The call's memory effects (call site & callee, bundles included). */
  MemoryEffects memoryEffects(CallBase call);

  /** The call is nounwind. */
  boolean doesNotThrow(CallBase call);

  CallFacts DECLARED = new CallFacts() {
    @Override
    public boolean doesNotCapture(CallBase call, int i) {
      Function f = call.calledFunction();
      return i < call.numArgs() && (call.paramAttributes(i).isNoCapture()
          || (f != null && i < f.arguments().size() && f.paramAttributes(i).isNoCapture()));
    }

    @Override
    public MemoryEffects memoryEffects(CallBase call) {
      MemoryEffects site = call.fnAttributes().memoryEffects();
      MemoryEffects me = site == null ? MemoryEffects.unknown() : site;
      Function f = call.calledFunction();
      if (f != null && f.fnAttributes().memoryEffects() != null) {
        me = me.intersect(f.fnAttributes().memoryEffects());
      }
      return me;
    }

    @Override
    public boolean doesNotThrow(CallBase call) {
      Function f = call.calledFunction();
      return call.fnAttributes().has("nounwind")
          || (f != null && f.fnAttributes().has("nounwind"));
    }
  };
}
