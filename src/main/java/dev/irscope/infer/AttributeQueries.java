// What a call site is known to guarantee, LLVM's CallBase queries over the current state of
// inference: an attribute holds on a call when the call site states it or the called function
// has it (as declared, as LLVM's intrinsic table gives it, or as inferred so far). Memory effects
// of a call are the call site's intersected with the callee's, widened by operand bundles.
package dev.irscope.infer;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.OperandBundle;
import java.util.Map;
import java.util.Set;

final class AttributeQueries {
  private final Map<Function, FunctionState> states;

  AttributeQueries(Map<Function, FunctionState> states) {
    this.states = states;
  }

  FunctionState state(Function f) {
    return states.get(f);
  }

  /** The call site's or the callee's function attribute. */
  boolean fnHas(CallBase call, String name) {
    if (call.fnAttributes().has(name)) {
      return true;
    }
    Function callee = call.calledFunction();
    FunctionState s = callee == null ? null : states.get(callee);
    return s != null && s.has(name);
  }

  /** The call site's or the callee's attribute on parameter {@code i}. */
  boolean paramHas(CallBase call, int i, String name) {
    if (i < call.numArgs() && call.paramAttributes(i).has(name)) {
      return true;
    }
    Function callee = call.calledFunction();
    FunctionState s = callee == null ? null : states.get(callee);
    if (s == null || !s.paramHas(i, name)) {
      return false;
    }
    return switch (name) {
      case "readnone" -> !hasReadingBundles(call) && !hasClobberingBundles(call);
      case "readonly" -> !hasClobberingBundles(call);
      case "writeonly" -> !hasReadingBundles(call);
      default -> true;
    };
  }

  /** Not captured by the call: the call site's or the callee's capture attribute says so. */
  boolean doesNotCapture(CallBase call, int i) {
    if (i >= call.numArgs()) {
      return false; // a bundle operand
    }
    if (call.paramAttributes(i).isNoCapture()) {
      return true;
    }
    Function callee = call.calledFunction();
    FunctionState s = callee == null ? null : states.get(callee);
    return s != null && s.paramNoCapture(i);
  }

  boolean onlyReadsMemory(CallBase call, int i) {
    return (i < call.numArgs() && paramHas(call, i, "byval")) || paramHas(call, i, "readonly")
        || paramHas(call, i, "readnone");
  }

  boolean doesNotAccessMemory(CallBase call, int i) {
    return paramHas(call, i, "readnone");
  }

  /** LLVM's CallBase::getMemoryEffects: call site & (callee | operand bundles). */
  MemoryEffects memoryEffects(CallBase call) {
    MemoryEffects site = call.fnAttributes().memoryEffects();
    MemoryEffects min = site == null ? MemoryEffects.unknown() : site;
    Function callee = call.calledFunction();
    if (callee != null && call.callee() == callee) {
      FunctionState s = states.get(callee);
      MemoryEffects fn = s == null ? MemoryEffects.unknown() : s.memoryOrUnknown();
      if (hasReadingBundles(call)) {
        fn = fn.union(MemoryEffects.of(MemoryEffects.READ));
      }
      if (hasClobberingBundles(call)) {
        fn = fn.union(MemoryEffects.of(MemoryEffects.WRITE));
      }
      min = min.intersect(fn);
    }
    return min;
  }

  private static final Set<String> NOT_READING = Set.of("ptrauth", "kcfi", "convergencectrl");
  private static final Set<String> NOT_CLOBBERING = Set.of("deopt", "funclet", "ptrauth", "kcfi",
      "convergencectrl");

  static boolean hasReadingBundles(CallBase call) {
    return hasBundlesOtherThan(call, NOT_READING);
  }

  static boolean hasClobberingBundles(CallBase call) {
    return hasBundlesOtherThan(call, NOT_CLOBBERING);
  }

  private static boolean hasBundlesOtherThan(CallBase call, Set<String> tags) {
    if (Intrinsics.isIntrinsic(call, "llvm.assume")) {
      return false;
    }
    for (OperandBundle b : call.bundles()) {
      if (!tags.contains(b.tag())) {
        return true;
      }
    }
    return false;
  }
}
