// What reading one file gives: the module (complete when there are no errors) and the errors.
package dev.irscope.parse;

import dev.irscope.ir.Diagnostic;
import dev.irscope.ir.Module;
import java.util.List;

public record ParseResult(Module module, List<Diagnostic> diagnostics, SourceText source) {
  public boolean ok() {
    return diagnostics.isEmpty();
  }
}
