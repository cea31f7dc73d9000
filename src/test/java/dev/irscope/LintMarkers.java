// The `; LINT:` markers of a lint test file, Error Prone style: a marker sits right above the
// offending instruction (the next line that is not a `;` comment) and names the rule, and
// optionally the severity and a part of the message:
//   ; LINT: RuleName [error|warning|note][: text the message contains]
// The file is linted (`irscope lint --format json` plus the RUN line's options); every finding
// must have a marker on its line and every marker a finding, so a clean case needs nothing.
package dev.irscope;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irscope.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class LintMarkers {
  private LintMarkers() {}

  private static final Pattern MARKER =
      Pattern.compile("\\s*([A-Za-z]+)(?:\\s+(error|warning|note))?(?::\\s*(.*))?");

  /** A marker: the IR line it points at, the rule, the severity and text (null: any). */
  record Marker(int line, String rule, String severity, String text, int markerLine) {}

  /** Lints {@code file} with the RUN line's arguments and compares findings and markers. */
  static void check(Path file, List<String> lines, List<FileTestHarness.Directive> ds,
      List<String> runArgs) throws IOException {
    List<String> args = new ArrayList<>(runArgs);
    args.addAll(List.of("--format", "json", file.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(new String[0]));
    List<Marker> markers = markers(lines, ds);
    assertWithMessage("exit code of irscope %s; stderr: %s", args, err).that(exit)
        .isEqualTo(markers.isEmpty() ? Main.OK : Main.FINDINGS);
    List<String> unmatched = new ArrayList<>();
    List<Marker> open = new ArrayList<>(markers);
    for (JsonNode f : new ObjectMapper().readTree(out.toString()).get("findings")) {
      int line = f.get("location").get("line").asInt();
      Marker m = open.stream().filter(k -> matches(k, f, line)).findFirst().orElse(null);
      if (m == null) {
        unmatched.add(file + ":" + line + ": finding without a marker: " + f.get("severity")
            .asText() + ": " + f.get("message").asText() + " [" + f.get("rule").asText() + "]");
      } else {
        open.remove(m);
      }
    }
    for (Marker m : open) {
      unmatched.add(file + ":" + m.markerLine() + ": marker without a finding on line "
          + m.line() + ": " + m.rule());
    }
    assertWithMessage("%s", String.join("\n", unmatched)).that(unmatched).isEmpty();
  }

  private static boolean matches(Marker m, JsonNode f, int line) {
    return m.line() == line && m.rule().equals(f.get("rule").asText())
        && (m.severity() == null || m.severity().equals(f.get("severity").asText()))
        && (m.text() == null || f.get("message").asText().contains(m.text()));
  }

  private static List<Marker> markers(List<String> lines, List<FileTestHarness.Directive> ds) {
    List<Marker> out = new ArrayList<>();
    for (FileTestHarness.Directive d : ds) {
      if (!d.kind().equals("LINT")) {
        continue;
      }
      Matcher m = MARKER.matcher(d.text());
      assertWithMessage("line %s: malformed LINT marker", d.line()).that(m.matches()).isTrue();
      int target = d.line();
      while (target < lines.size() && lines.get(target).strip().startsWith(";")) {
        target++;
      }
      String text = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
      out.add(new Marker(target + 1, m.group(1), m.group(2), text, d.line()));
    }
    return out;
  }
}
