// Which functions a command works on: those named with --function (each must exist and have a
// body), else every definition in module order.
package dev.irscope.cli;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

final class FunctionChoice {
  private FunctionChoice() {}

  /** The chosen functions, or null after an error naming the missing one was printed. */
  static List<Function> of(Module m, List<String> names, String file, PrintWriter err) {
    List<Function> chosen = new ArrayList<>();
    for (String name : names) {
      Function f = m.function(name);
      if (f == null || f.isDeclaration()) {
        err.println(file + ": error: no function named @" + name
            + (f == null ? "" : " with a body"));
        return null;
      }
      chosen.add(f);
    }
    if (names.isEmpty()) {
      m.functions().stream().filter(f -> !f.isDeclaration()).forEach(chosen::add);
    }
    return chosen;
  }
}
