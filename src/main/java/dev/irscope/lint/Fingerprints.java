// Fingerprints that identify a finding across runs and across edits elsewhere in the file:
// SHA-256 of the rule id, the demangled function (without rustc's hash, so a rebuild with other
// flags keeps it), the source place from !dbg when there is one, and the offending instruction
// with its SSA names and metadata numbers blanked out; IR line numbers are left out, so
// unrelated changes above the function do not move it. Findings that would still collide (the
// same read twice in one function without debug info) are told apart by their order.
package dev.irscope.lint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

final class Fingerprints {
  private final Map<String, Integer> seen = new HashMap<>();

  /** The fingerprint of the next finding with these parts (32 hex digits). */
  String next(String ruleId, String demangled, Location at) {
    String src = at.source() == null ? "" : at.source().toString();
    String key = ruleId + "\n" + demangled + "\n" + src + "\n" + normalize(at.ir());
    int n = seen.merge(key, 1, Integer::sum);
    return sha256(key + "\n" + n).substring(0, 32);
  }

  /** The IR text with local names and metadata numbers blanked: "%_ = load i8, ptr %_". */
  static String normalize(String ir) {
    return ir.replaceAll("%[-a-zA-Z$._0-9]+|%\"[^\"]*\"", "%_").replaceAll("!\\d+", "!_");
  }

  private static String sha256(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
