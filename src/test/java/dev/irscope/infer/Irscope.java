// irscope's side of the differential test: the attributes irscope concludes for each function of
// a module (AttributeInference) and the remarks that say why.
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

  FunctionAttrs attrs(Function f) {
    return result.inferred(f);
  }

  List<Remark> remarks(Function f) {
    return result.remarks(f);
  }
}
