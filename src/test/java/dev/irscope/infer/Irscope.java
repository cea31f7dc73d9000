// irscope's side of the differential test: the attributes irscope concludes for each function of
// a module and the remarks that say why. Until AttributeInference lands this is the "no
// inference" baseline: every function keeps exactly what it declares.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.util.List;

final class Irscope {
  private Irscope() {}

  static Irscope infer(Module m, LlvmVersion v, boolean fromScratch) {
    return new Irscope();
  }

  FunctionAttrs attrs(Function f) {
    return FunctionAttrs.declared(f);
  }

  List<Remark> remarks(Function f) {
    return List.of();
  }
}
