// The metadata of a lint rule, on the rule's class as Error Prone's @BugPattern is: the rule id
// is the class's simple name (also its SARIF ruleId, suppression key and testdata folder), a
// one-sentence summary, a longer explanation, the default severity and tags.
package dev.irscope.lint;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {
  /** One sentence: what the rule finds. */
  String summary();

  /** A paragraph: why it matters, what is not flagged, and how to fix it. */
  String explanation();

  /** The severity of its findings unless the rule says otherwise for one. */
  Severity severity();

  /** Keywords ("concurrency", "data-race", ...). */
  String[] tags() default {};
}
