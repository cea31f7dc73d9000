// What a call site is known to guarantee, LLVM's CallBase queries over the current state of
// inference: an attribute holds on a call when the call site states it or the called function
// has it (as declared, as LLVM's intrinsic table gives it, or as inferred so far). Memory effects
// of a call are the call site's intersected with the callee's, widened by operand bundles.
// Like LLVM's AAResults, BasicAA's special case for guard and deoptimize is included.
package dev.irscope.infer;

import static dev.irscope.analysis.CallEffects.calleeParamAttrHolds;
import static dev.irscope.analysis.CallEffects.hasClobberingBundles;
import static dev.irscope.analysis.CallEffects.hasReadingBundles;

import dev.irscope.analysis.CallEffects;
import dev.irscope.analysis.CaptureComponents;
import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.OperandBundle;
import java.util.Map;

final class AttributeQueries {
  private final Map<Function, FunctionState> states;

  AttributeQueries(Map<Function, FunctionState> states) {
    this.states = states;
  }

  FunctionState state(Function f) {
    return states.get(f);
  }

  /**
   * The function the call's callee operand is, whatever its type: LLVM reads function attributes
   * and memory effects from it (hasFnAttrOnCalledFunction, BasicAA) even through a mismatched
   * prototype, where parameter attributes need getCalledFunction().
   */
  private static Function calleeOperand(CallBase call) {
    return call.callee() instanceof Function f ? f : null;
  }

  /** The call site's or the callee's function attribute. */
  boolean fnHas(CallBase call, String name) {
    if (call.fnAttributes().has(name)) {
      return true;
    }
    Function callee = calleeOperand(call);
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
    return calleeParamAttrHolds(call, name);
  }

  /** Not captured by the call: the call site's or the callee's capture attribute says so. */
  boolean doesNotCapture(CallBase call, int i) {
    if (i >= call.numArgs()) {
      return isDeoptBundleOperand(call, i);
    }
    if (call.paramAttributes(i).isNoCapture()) {
      return true;
    }
    Function callee = call.calledFunction();
    FunctionState s = callee == null ? null : states.get(callee);
    return s != null && s.paramNoCapture(i);
  }

  /** What argument {@code i} may have captured by the call, by captures(...) (LLVM 21+). */
  int captureComponents(CallBase call, int i) {
    if (doesNotCapture(call, i)) {
      return CaptureComponents.NONE;
    }
    if (i >= call.numArgs()) {
      return CaptureComponents.ALL;
    }
    Attribute site = call.paramAttributes(i).get("captures");
    int cc = CaptureComponents.ofAttribute(site == null ? null : site.spelling());
    Function callee = call.calledFunction();
    FunctionState s = callee == null ? null : states.get(callee);
    if (s != null && i < s.params.size()) {
      cc &= CaptureComponents.ofAttribute(s.params.get(i).get("captures"));
    }
    return cc;
  }

  boolean onlyReadsMemory(CallBase call, int i) {
    if (i >= call.numArgs()) {
      return isDeoptBundleOperand(call, i);
    }
    return (i < call.numArgs() && paramHas(call, i, "byval")) || paramHas(call, i, "readonly")
        || paramHas(call, i, "readnone");
  }

  boolean doesNotAccessMemory(CallBase call, int i) {
    return paramHas(call, i, "readnone");
  }

  /** LLVM's CallBase::getMemoryEffects: call site & (callee | operand bundles). */
  MemoryEffects memoryEffects(CallBase call) {
    Function callee = calleeOperand(call);
    if (callee == null) {
      return CallEffects.combine(call, null);
    }
    if (CallEffects.isGuardOrDeoptimize(callee)) {
      // BasicAA: they read any memory and modify inaccessible memory to model control
      // dependence (BasicAAResult::getMemoryEffects(const Function *)).
      return CallEffects.combine(call, MemoryEffects.of(MemoryEffects.READ)
          .with(MemoryEffects.Location.INACCESSIBLEMEM, MemoryEffects.READWRITE));
    }
    FunctionState s = states.get(callee);
    return CallEffects.combine(call, s == null ? MemoryEffects.unknown() : s.memoryOrUnknown());
  }

  /**
   * Operand {@code i} (past the arguments) is an input of a "deopt" bundle: LLVM's
   * OperandBundleUse::operandHasAttr makes such pointers readonly and nocapture.
   */
  private static boolean isDeoptBundleOperand(CallBase call, int i) {
    int start = call.numArgs();
    for (OperandBundle b : call.bundles()) {
      if (i < start + b.numInputs()) {
        return b.tag().equals("deopt");
      }
      start += b.numInputs();
    }
    return false;
  }

}
