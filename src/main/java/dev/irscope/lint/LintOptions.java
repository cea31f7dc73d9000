// What a lint run is asked: the rules to run, the user's --sync-type patterns, and whose
// LLVM (attribute inference rules) the passes follow.
package dev.irscope.lint;

import dev.irscope.infer.LlvmVersion;
import java.util.List;

public record LintOptions(List<Rule> rules, List<String> syncTypes, LlvmVersion llvm) {
  public LintOptions {
    rules = List.copyOf(rules);
    syncTypes = List.copyOf(syncTypes);
  }

  /** Every rule, no --sync-type, LLVM 22. */
  public static LintOptions defaults() {
    return new LintOptions(Rules.ALL, List.of(), LlvmVersion.V22);
  }
}
