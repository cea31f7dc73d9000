// irscope attrs FILE: the attributes LLVM's function-attrs would infer, next to what the file
// declares, with the reasons (--why) or as JSON.
package dev.irscope.cli;

import dev.irscope.infer.AttributeInference;
import dev.irscope.infer.InferenceOptions;
import dev.irscope.infer.InferenceResult;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.report.AttrsJsonWriter;
import dev.irscope.report.AttrsTextWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "attrs", mixinStandardHelpOptions = true,
    description = "Infer function and parameter attributes as LLVM's function-attrs does, "
        + "with the reason for each.")
public final class AttrsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = ".ll file; - reads stdin")
  String file;

  @Option(names = "--function", paramLabel = "NAME",
      description = "Only this function (repeatable); default: every definition.")
  List<String> functions = new ArrayList<>();

  @CommandLine.Mixin
  LlvmOption llvm;

  @Option(names = "--from-scratch",
      description = "First drop from definitions the attributes inference produces.")
  boolean fromScratch;

  @Option(names = "--why", description = "Print the remark behind every decision.")
  boolean why;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: text (default) or json.")
  String format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LlvmVersion v = llvm.version(spec);
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format must be text or json, not '" + format + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ModuleLoader.Loaded loaded = ModuleLoader.load(file, true, err);
    if (loaded == null) {
      return Main.INPUT_ERROR;
    }
    Module m = loaded.module();
    List<Function> chosen = new ArrayList<>();
    for (Function f : m.functions()) {
      if (functions.isEmpty() ? !f.isDeclaration() : functions.contains(f.name())) {
        chosen.add(f);
      }
    }
    for (String name : functions) {
      if (m.function(name) == null) {
        err.println(file + ": error: no function named '@" + name + "'");
        return Main.INPUT_ERROR;
      }
    }
    InferenceResult r = AttributeInference.run(m, new InferenceOptions(v, fromScratch));
    if (format.equals("json")) {
      AttrsJsonWriter.write(out, file, chosen, r);
      out.println();
    } else {
      AttrsTextWriter.write(out, chosen, r, why);
    }
    out.flush();
    return Main.OK;
  }
}
