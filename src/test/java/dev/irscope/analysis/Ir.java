// Test helper: parses IR text into a verified module and finds functions and blocks by name.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.charset.StandardCharsets;

final class Ir {
  private Ir() {}

  static Module parse(String text) {
    ParseResult r = IrParser.parse(new SourceText("test.ll",
        text.getBytes(StandardCharsets.UTF_8)));
    if (!r.ok()) {
      throw new AssertionError(r.diagnostics().get(0).format("test.ll"));
    }
    return r.module();
  }

  /** The first function of the module. */
  static Function function(String text) {
    return parse(text).functions().get(0);
  }

  static BasicBlock block(Function f, String name) {
    for (BasicBlock b : f.blocks()) {
      if (name.equals(b.name())) {
        return b;
      }
    }
    throw new AssertionError("no block %" + name);
  }
}
