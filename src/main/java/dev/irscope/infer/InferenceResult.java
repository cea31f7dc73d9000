// What inference concluded: per function, the attributes the file declares, the complete set
// irscope infers (declared plus added), and the remarks that say why.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import java.util.List;
import java.util.Map;

public final class InferenceResult {
  private final Map<Function, FunctionAttrs> declared;
  private final Map<Function, FunctionState> states;
  private final LlvmVersion llvm;

  InferenceResult(Map<Function, FunctionAttrs> declared, Map<Function, FunctionState> states,
      LlvmVersion llvm) {
    this.declared = declared;
    this.states = states;
    this.llvm = llvm;
  }

  public LlvmVersion llvm() {
    return llvm;
  }

  public FunctionAttrs declared(Function f) {
    return declared.get(f);
  }

  public FunctionAttrs inferred(Function f) {
    FunctionState s = states.get(f);
    return s == null ? declared.get(f) : s.snapshot();
  }

  public List<Remark> remarks(Function f) {
    FunctionState s = states.get(f);
    return s == null ? List.of() : List.copyOf(s.remarks);
  }
}
