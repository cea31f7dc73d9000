// Which call sites LLVM's inliner treats as cold without profile data (isColdCallSite): those
// whose block runs less than 2% as often as the caller's entry, by the static block frequencies
// (analysis.BlockFrequency: branch heuristics such as unreachable and EH paths, null and zero
// tests, loop exits). One per caller, computed when first asked and again after the caller
// changed (LLVM invalidates the caller's BlockFrequencyInfo after each inlining).
package dev.irscope.transform;

import dev.irscope.analysis.BlockFrequency;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;

final class ColdCallSites {
  private static final double COLD_RELATIVE_FREQUENCY = 0.02;

  private final Function caller;
  private BlockFrequency frequencies;

  ColdCallSites(Function caller) {
    this.caller = caller;
  }

  boolean isCold(CallBase call) {
    if (call.function() != caller) {
      return new ColdCallSites(call.function()).isCold(call);
    }
    if (frequencies == null) {
      frequencies = BlockFrequency.of(caller);
    }
    return frequencies.relativeToEntry(call.parent()) < COLD_RELATIVE_FREQUENCY;
  }

  /** The caller changed: frequencies are computed again when next asked. */
  void invalidate() {
    frequencies = null;
  }
}
