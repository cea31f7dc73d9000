// irscope licm FILE: runs irscope's miniature LICM and GVN over the module and reports every
// decision as an LLVM-style remark with its reason (text, JSON, or LLVM's YAML optimization
// records), or prints the transformed module (--print-ir) or a before/after diff per function.
package dev.irscope.cli;

import dev.irscope.infer.AttributeInference;
import dev.irscope.infer.InferenceOptions;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.report.LicmJsonWriter;
import dev.irscope.report.LicmTextWriter;
import dev.irscope.report.RemarksYamlWriter;
import dev.irscope.report.UnifiedDiff;
import dev.irscope.transform.CallAttributes;
import dev.irscope.transform.PassRemark;
import dev.irscope.transform.Passes;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "licm", mixinStandardHelpOptions = true,
    description = "Run a miniature LICM and GVN with LLVM 19's rules and explain every decision "
        + "(which loads are hoisted out of loops or eliminated, and why).")
public final class LicmCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = ".ll file; - reads stdin")
  String file;

  @Option(names = "--function", paramLabel = "NAME",
      description = "Only this function (repeatable); default: every definition.")
  List<String> functions = new ArrayList<>();

  @Option(names = "--passes", paramLabel = "licm,gvn", defaultValue = "licm,gvn", split = ",",
      description = "The passes to run, in order (default: licm,gvn); also inline (first: "
          + "LLVM's inliner, as before LICM in -O3), loop-rotate (LLVM's LoopRotate: the exit "
          + "test moves to the loop's end), loop-deletion, simple-loop-unswitch, "
          + "simplifycfg: the clean-up that shows the loop's end state.")
  List<String> passes;

  @Option(names = "--print-ir",
      description = "Print the transformed module (remarks then go to stderr).")
  boolean printIr;

  @Option(names = "--diff", description = "Print a unified diff of each changed function.")
  boolean diff;

  @Option(names = "--format", paramLabel = "text|json|yaml", defaultValue = "text",
      description = "Remarks as text (default), json, or yaml (LLVM's optimization records).")
  String format;

  @Option(names = "--attrs", paramLabel = "inferred|declared", defaultValue = "inferred",
      description = "Callee attributes: inferred by irscope as function-attrs would before LICM "
          + "in -O2 (default), or as declared in the file (what opt -passes=licm sees).")
  String attrs;

  @CommandLine.Mixin
  LlvmOption llvm;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LlvmVersion v = llvm.version(spec);
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ModuleLoader.Loaded loaded = ModuleLoader.load(file, true, err);
    if (loaded == null) {
      return Main.INPUT_ERROR;
    }
    Module m = loaded.module();
    List<Function> chosen = FunctionChoice.of(m, functions, file, err);
    if (chosen == null) {
      return Main.INPUT_ERROR;
    }
    CallAttributes calls = attrs.equals("declared") ? CallAttributes.declared(v)
        : CallAttributes.inferred(AttributeInference.run(m, new InferenceOptions(v, false)));
    Map<Function, String> before = new LinkedHashMap<>();
    if (diff) {
      chosen.forEach(f -> before.put(f, text(f)));
    }
    List<PassRemark> remarks = Passes.run(chosen, passes, calls);
    if (printIr) {
      out.print(m.print());
      writeRemarks(err, remarks);
    } else if (diff) {
      for (Map.Entry<Function, String> e : before.entrySet()) {
        String name = "@" + e.getKey().name();
        out.print(UnifiedDiff.of(e.getValue(), text(e.getKey()), name + " (before)",
            name + " (after " + String.join(",", passes) + ")"));
      }
    } else {
      writeRemarks(out, remarks);
    }
    out.flush();
    err.flush();
    return Main.OK;
  }

  private void writeRemarks(PrintWriter w, List<PassRemark> remarks) throws IOException {
    switch (format) {
      case "json" -> {
        LicmJsonWriter.write(w, file, passes, remarks);
        w.println();
      }
      case "yaml" -> RemarksYamlWriter.write(w, remarks);
      default -> LicmTextWriter.write(w, remarks);
    }
  }

  private static String text(Function f) {
    AsmWriter w = new AsmWriter(f);
    f.printDefinition(w);
    return w.toString();
  }

  private void checkOptions() {
    Usage.require(spec, List.of("text", "json", "yaml").contains(format),
        "--format must be text, json or yaml, not '" + format + "'");
    Usage.require(spec, List.of("inferred", "declared").contains(attrs),
        "--attrs must be inferred or declared, not '" + attrs + "'");
    for (String p : passes) {
      Usage.require(spec, Passes.NAMES.contains(p), "--passes: unknown pass '" + p + "' ("
          + String.join(", ", Passes.NAMES) + ")");
    }
  }
}
