// A lint rule: one small class per rule under dev.irscope.lint.rules, annotated with @LintRule
// and registered in Rules.ALL. A rule reads one function of the module as rustc emitted it
// (LintContext holds what the rules share: debug types, sharing facts, the loops' polled reads,
// what irscope's passes do to each load) and reports what it finds.
package dev.irscope.lint;

import dev.irscope.ir.Function;

public interface Rule {
  /** Reports the findings of this rule in {@code f}. */
  void check(Function f, LintContext ctx, Reporter out);

  /** The rule's id: its class's simple name. */
  default String id() {
    return getClass().getSimpleName();
  }

  /** The rule's metadata. */
  default LintRule info() {
    LintRule info = getClass().getAnnotation(LintRule.class);
    if (info == null) {
      throw new IllegalStateException(id() + " has no @LintRule");
    }
    return info;
  }
}
