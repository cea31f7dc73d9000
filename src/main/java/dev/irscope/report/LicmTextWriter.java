// `irscope licm` as text: per function with remarks, LLVM's remark lines
// (`remark: FILE:LINE:COL: message`, `<unknown>:0:0` without debug info) each followed by the
// instruction it is about with its place in the .ll file, the reason, and the instruction that
// decided it when that is another one.
package dev.irscope.report;

import dev.irscope.rust.Demangler;
import dev.irscope.transform.PassRemark;
import java.io.PrintWriter;
import java.util.List;

public final class LicmTextWriter {
  private LicmTextWriter() {}

  public static void write(PrintWriter out, List<PassRemark> remarks) {
    String function = null;
    for (PassRemark r : remarks) {
      if (!r.function().equals(function)) {
        function = r.function();
        String demangled = Demangler.demangle(function);
        out.println("@" + function + (demangled.equals(function) ? "" : "  (" + demangled + ")"));
      }
      String where = r.at().source() == null ? "<unknown>:0:0"
          : r.at().source().file() + ":" + r.at().source().line() + ":"
              + r.at().source().column();
      String tag = r.isLlvmRemark() ? "remark" : "note";
      out.println("  " + tag + ": " + where + ": " + r.message() + "  [" + r.pass() + " "
          + r.name() + "]");
      out.println("    at:  " + r.at());
      out.println("    why: " + r.reason());
      if (r.decidedBy() != null && !r.decidedBy().equals(r.at())) {
        out.println("    by:  " + r.decidedBy());
      }
    }
  }
}
