// What a call guarantees, for the transforms: its memory effects, whether it may throw or not
// return, and what it does through each pointer argument. An attribute holds when the call site
// states it or the callee has it; the callee's attributes come either from what the file declares
// (as opt-19 -passes=licm sees them; intrinsics get LLVM's table, as LLVM sets them when it reads
// the declaration) or from irscope's attribute inference (as LICM sees them after
// function-attrs in the -O2 pipeline).
package dev.irscope.transform;

import dev.irscope.analysis.CallEffects;
import dev.irscope.analysis.CallFacts;
import dev.irscope.analysis.Intrinsics;
import dev.irscope.analysis.MustBeExecutedContext;
import dev.irscope.infer.FunctionAttrs;
import dev.irscope.infer.InferenceResult;
import dev.irscope.infer.IntrinsicTable;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

public final class CallAttributes implements CallFacts, MustBeExecutedContext.CallAttributes {
  /** Where a callee's attributes come from. */
  public enum Source { DECLARED, INFERRED }

  private final Source source;
  private final InferenceResult inference;
  private final IntrinsicTable intrinsics;
  private final Map<Function, FunctionAttrs> cache = new IdentityHashMap<>();

  private CallAttributes(Source source, InferenceResult inference, LlvmVersion llvm) {
    this.source = source;
    this.inference = inference;
    this.intrinsics = IntrinsicTable.forVersion(llvm);
  }

  /** Callees as the file declares them (intrinsics as LLVM's table gives them). */
  public static CallAttributes declared(LlvmVersion llvm) {
    return new CallAttributes(Source.DECLARED, null, llvm);
  }

  /** Callees with the attributes irscope's inference gives them. */
  public static CallAttributes inferred(InferenceResult r) {
    return new CallAttributes(Source.INFERRED, r, r.llvm());
  }

  public Source source() {
    return source;
  }

  /** The attributes of {@code f} this oracle uses. */
  public FunctionAttrs of(Function f) {
    return cache.computeIfAbsent(f, this::load);
  }

  private FunctionAttrs load(Function f) {
    FunctionAttrs inferred = inference == null ? null : inference.inferred(f);
    if (inferred != null) {
      return inferred; // null too for a declaration a pass added after inference ran
    }
    IntrinsicTable.Entry e = intrinsics.forFunction(f);
    return e != null ? e.attrs(f.arguments().size()) : FunctionAttrs.declared(f);
  }

  /** The function's own attribute (not a call's). */
  @Override
  public boolean functionHas(Function f, String name) {
    return FunctionAttrs.find(of(f).fn(), name) != null;
  }

  @Override
  public boolean callHas(CallBase call, String name) {
    return has(call, name);
  }

  /** The call site's or the callee's function attribute. */
  public boolean has(CallBase call, String name) {
    if (call.fnAttributes().has(name)) {
      return true;
    }
    Function callee = call.calledFunction();
    return callee != null && FunctionAttrs.find(of(callee).fn(), name) != null;
  }

  /** The call site's or the callee's attribute on parameter {@code i}. */
  public boolean paramHas(CallBase call, int i, String name) {
    if (i < call.numArgs() && call.paramAttributes(i).has(name)) {
      return true;
    }
    Function callee = call.calledFunction();
    if (callee == null) {
      return false;
    }
    List<List<String>> params = of(callee).params();
    if (i >= params.size() || FunctionAttrs.find(params.get(i), name) == null) {
      return false;
    }
    return CallEffects.calleeParamAttrHolds(call, name);
  }

  /** LLVM's CallBase::getMemoryEffects: call site & (callee | operand bundles). */
  @Override
  public MemoryEffects memoryEffects(CallBase call) {
    Function callee = call.calledFunction();
    return CallEffects.combine(call, callee == null ? null : calleeEffects(callee));
  }

  private MemoryEffects calleeEffects(Function callee) {
    String spelling = FunctionAttrs.find(of(callee).fn(), "memory");
    if (spelling == null) {
      return MemoryEffects.unknown();
    }
    int open = spelling.indexOf('(');
    return MemoryEffects.parse(spelling.substring(open + 1, spelling.length() - 1));
  }

  @Override
  public boolean doesNotCapture(CallBase call, int i) {
    if (i >= call.numArgs()) {
      return false;
    }
    if (call.paramAttributes(i).isNoCapture()) {
      return true;
    }
    Function callee = call.calledFunction();
    if (callee == null) {
      return false;
    }
    List<List<String>> params = of(callee).params();
    if (i >= params.size()) {
      return false;
    }
    for (String s : params.get(i)) {
      if (s.equals("nocapture") || s.equals("captures(none)")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean doesNotThrow(CallBase call) {
    return has(call, "nounwind");
  }

  /** LLVM's Instruction::willReturn for a call. */
  public boolean willReturn(CallBase call) {
    return has(call, "willreturn");
  }

  /** What the call does through argument {@code i}: readnone none, readonly read, ... */
  public int argAccess(CallBase call, int i) {
    if (paramHas(call, i, "readnone")) {
      return MemoryEffects.NONE;
    }
    if (paramHas(call, i, "readonly")) {
      return MemoryEffects.READ;
    }
    if (paramHas(call, i, "writeonly")) {
      return MemoryEffects.WRITE;
    }
    return MemoryEffects.READWRITE;
  }

  /** llvm.assume and the other marker intrinsics MemorySSA gives no access. */
  public static boolean isMemorySsaMarker(CallBase call) {
    return Intrinsics.isIntrinsic(call, "llvm.assume")
        || Intrinsics.isIntrinsic(call, "llvm.experimental.noalias.scope.decl")
        || Intrinsics.isIntrinsic(call, "llvm.pseudoprobe")
        || Intrinsics.isIntrinsic(call, "llvm.allow.runtime.check")
        || Intrinsics.isIntrinsic(call, "llvm.allow.ubsan.check");
  }
}
