// `irscope attrs` as text: per function, LLVM's "; Function Attrs:" line as the file declares it
// and as irscope infers it, what inference adds marked +, return and parameter attributes that
// changed, and with --why the remarks, one per line.
package dev.irscope.report;

import dev.irscope.infer.FunctionAttrs;
import dev.irscope.infer.InferenceResult;
import dev.irscope.infer.Remark;
import dev.irscope.ir.Function;
import dev.irscope.rust.Demangler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

public final class AttrsTextWriter {
  private AttrsTextWriter() {}

  public static void write(PrintWriter out, List<Function> functions, InferenceResult r,
      boolean why) {
    for (Function f : functions) {
      FunctionAttrs d = r.declared(f);
      FunctionAttrs i = r.inferred(f);
      String demangled = Demangler.demangle(f.name());
      out.println("@" + f.name() + (demangled.equals(f.name()) ? "" : "  (" + demangled + ")"));
      out.println("  declared: ; Function Attrs: " + d.functionAttrsComment());
      out.println("  inferred: ; Function Attrs: " + i.functionAttrsComment());
      String diff = diff(d.fn(), i.fn());
      if (!diff.isEmpty()) {
        out.println("  changed:  " + diff);
      }
      String ret = diff(d.ret(), i.ret());
      if (!ret.isEmpty()) {
        out.println("  return:   " + ret);
      }
      for (int k = 0; k < i.params().size(); k++) {
        String p = diff(k < d.params().size() ? d.params().get(k) : List.of(), i.params().get(k));
        if (!p.isEmpty()) {
          out.println("  " + f.argument(k) + ": " + p);
        }
      }
      if (why) {
        for (Remark m : r.remarks(f)) {
          out.println("  why: " + m.name() + ": " + m.message());
        }
      }
    }
  }

  /** "+nosync -memory(readwrite)": what the second list adds to and drops from the first. */
  static String diff(List<String> before, List<String> after) {
    List<String> parts = new ArrayList<>();
    for (String s : after) {
      if (!before.contains(s) && !s.startsWith("\"")) {
        parts.add("+" + s);
      }
    }
    for (String s : before) {
      if (!after.contains(s) && !s.startsWith("\"")) {
        parts.add("-" + s);
      }
    }
    return String.join(" ", parts);
  }
}
