// One finding of a lint rule, as every report format needs it: the rule, severity and message,
// the fix, the primary location and the related ones (the loop header, the load, the writer),
// the function (IR symbol and demangled name), whether it rests on the IR alone, and a
// fingerprint that stays the same across runs and unrelated edits (Fingerprints).
package dev.irscope.lint;

import java.util.List;

public record Finding(String ruleId, Severity severity, String message, String help,
    Location location, List<Related> related, String function, String demangled,
    boolean irOnly, String fingerprint) {

  public Finding {
    related = List.copyOf(related);
  }

  /** A related location with what it is ("the loop starts here"). */
  public record Related(String message, Location location) {}
}
