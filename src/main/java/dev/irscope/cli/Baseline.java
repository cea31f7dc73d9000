// --baseline FILE for `irscope lint`: the findings of an earlier run (its --format json or
// sarif output) are suppressed, by fingerprint, so a team can adopt the linter on old code and
// see only what is new.
package dev.irscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class Baseline {
  private Baseline() {}

  /** JSON's "fingerprint" fields and SARIF's partialFingerprints entries. */
  private static final Pattern FINGERPRINT = Pattern.compile(
      "\"(?:fingerprint|irscopeFinding/v1)\"\\s*:\\s*\"([^\"]+)\"");

  /** The fingerprints recorded in {@code file}. */
  static Set<String> read(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    Matcher m = FINGERPRINT.matcher(Files.readString(file));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
