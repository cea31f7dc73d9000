// Where a rule puts what it finds.
package dev.irscope.lint;

@FunctionalInterface
public interface Reporter {
  void report(Report r);
}
