// LLVM's optimization record format (what -pass-remarks-output writes, what opt-viewer and
// Compiler Explorer read): one YAML document per remark, `--- !Passed|!Missed|!Analysis`, then
// Pass, Name, DebugLoc (only when the instruction has a !dbg location), Function and Args, each
// argument with its own DebugLoc when it names an instruction that has one. Keys are padded as
// LLVM's YAML writer pads them, and scalars quoted where YAML needs it.
package dev.irscope.report;

import dev.irscope.infer.Remark.SourceLocation;
import dev.irscope.transform.PassRemark;
import java.io.PrintWriter;
import java.util.List;

public final class RemarksYamlWriter {
  private RemarksYamlWriter() {}

  public static void write(PrintWriter out, List<PassRemark> remarks) {
    for (PassRemark r : remarks) {
      out.println("--- !" + r.kind().yamlTag());
      field(out, "", "Pass", scalar(r.pass()));
      field(out, "", "Name", scalar(r.name()));
      if (r.at() != null && r.at().source() != null) {
        field(out, "", "DebugLoc", loc(r.at().source()));
      }
      field(out, "", "Function", scalar(r.function()));
      out.println("Args:");
      for (PassRemark.Arg a : r.args()) {
        field(out, "  - ", a.key(), scalar(a.value()));
        if (a.loc() != null) {
          field(out, "    ", "DebugLoc", loc(a.loc()));
        }
      }
      out.println("...");
    }
  }

  private static void field(PrintWriter out, String prefix, String key, String value) {
    StringBuilder sb = new StringBuilder(prefix).append(key).append(':');
    int column = prefix.length() + 17;
    do {
      sb.append(' ');
    } while (sb.length() < column);
    out.println(sb.append(value));
  }

  private static String loc(SourceLocation s) {
    String file = s.file().matches(".*[,{}\\[\\]].*") ? "'" + s.file().replace("'", "''") + "'"
        : scalar(s.file());
    return "{ File: " + file + ", Line: " + s.line() + ", Column: " + s.column()
        + " }";
  }

  /** A YAML plain scalar when that reads back as the same string, else single-quoted. */
  static String scalar(String s) {
    boolean quote = s.isEmpty() || s.startsWith(" ") || s.endsWith(" ")
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0 || s.contains(": ")
        || s.contains(" #") || s.endsWith(":") || s.matches("[-+]?[0-9][0-9._]*([eE][-+]?[0-9]+)?")
        || s.matches("(?i)true|false|yes|no|on|off|null|~") || s.contains("\n");
    return quote ? "'" + s.replace("'", "''") + "'" : s;
  }
}
