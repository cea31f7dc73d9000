// FileCheck-like matching of CHECK, CHECK-NEXT and CHECK-NOT directives against output.
package dev.irscope;

import java.util.ArrayList;
import java.util.List;

final class FileCheck {
  private FileCheck() {}

  static void check(String output, List<FileTestHarness.Directive> directives, String file) {
    String[] lines = output.split("\n", -1);
    int pos = -1; // line of the previous match
    List<FileTestHarness.Directive> pendingNot = new ArrayList<>();
    for (FileTestHarness.Directive d : directives) {
      switch (d.kind()) {
        case "CHECK-NOT" -> pendingNot.add(d);
        case "CHECK" -> {
          int found = find(lines, d.text(), pos + 1);
          if (found < 0) {
            fail(file, d, "not found after output line " + (pos + 1), lines, pos);
          }
          notBetween(lines, pendingNot, pos + 1, found, file);
          pendingNot.clear();
          pos = found;
        }
        case "CHECK-NEXT" -> {
          if (pos + 1 >= lines.length || !lines[pos + 1].contains(d.text())) {
            fail(file, d, "not on the next line", lines, pos);
          }
          pos++;
        }
        default -> { }
      }
    }
    notBetween(lines, pendingNot, pos + 1, lines.length, file);
  }

  private static int find(String[] lines, String text, int from) {
    for (int i = Math.max(from, 0); i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i;
      }
    }
    return -1;
  }

  private static void notBetween(String[] lines, List<FileTestHarness.Directive> nots, int from,
      int to, String file) {
    for (FileTestHarness.Directive d : nots) {
      for (int i = from; i < to; i++) {
        if (lines[i].contains(d.text())) {
          throw new AssertionError(file + ":" + d.line() + ": CHECK-NOT: " + d.text()
              + " found on output line " + (i + 1) + ": " + lines[i]);
        }
      }
    }
  }

  private static void fail(String file, FileTestHarness.Directive d, String why, String[] lines,
      int pos) {
    StringBuilder ctx = new StringBuilder();
    for (int i = Math.max(0, pos - 2); i < Math.min(lines.length, pos + 4); i++) {
      ctx.append("\n  ").append(i + 1).append(": ").append(lines[i]);
    }
    throw new AssertionError(file + ":" + d.line() + ": " + d.kind() + ": " + d.text() + " -- "
        + why + "; output around the previous match:" + ctx);
  }
}
