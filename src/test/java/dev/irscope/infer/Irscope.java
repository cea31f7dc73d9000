// irscope's side of the differential test: the attributes irscope concludes for each function of
// a module (AttributeInference) and the remarks that say why. With inference off it is the
// "no inference" baseline: every function keeps exactly what it declares.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.util.List;

final class Irscope {
  private final InferenceResult result;

  private Irscope(InferenceResult result) {
    this.result = result;
  }

  static Irscope infer(Module m, LlvmVersion v, boolean fromScratch) {
    return new Irscope(AttributeInference.run(m, new InferenceOptions(v, fromScratch)));
  }

  /** The baseline: no inference at all. */
  static Irscope none() {
    return new Irscope(null);
  }

  FunctionAttrs attrs(Function f) {
    return result == null ? FunctionAttrs.declared(f) : result.inferred(f);
  }

  List<Remark> remarks(Function f) {
    return result == null ? List.of() : result.remarks(f);
  }
}
