// irscope explain [FILE.ll|FILE.rs]: tells the story of each loop that polls memory: the load,
// what it reads, the inferred attributes, what LICM and GVN do and why, what the loop becomes,
// and the fix. A .rs file is first compiled by rustc as `explain` expects (-C opt-level=3
// -C no-prepopulate-passes -C debuginfo=2); with no file, the article's two readers (bundled in
// the jar) are explained side by side.
package dev.irscope.cli;

import dev.irscope.explain.Explainer;
import dev.irscope.explain.FunctionStory;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.SourceText;
import dev.irscope.report.ExplainJsonWriter;
import dev.irscope.report.ExplainTextWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain each loop that polls memory: which load is hoisted or kept, by which"
        + " rule, what the inferred attributes say, what the loop becomes, and the fix. With no"
        + " FILE, explains the seed article's two readers side by side.")
public final class ExplainCommand implements Callable<Integer> {
  static final String EXAMPLE = "/dev/irscope/explain/readers.ll";
  static final List<String> EXAMPLE_READERS = List.of(
      "_ZN7readers6custom6reader17hdb01a94fbda21d6fE",
      "_ZN7readers8with_std6reader17h9f20f929c9306712E");

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = ".ll file, or .rs file compiled with rustc first; none: the bundled example")
  String file;

  @Option(names = "--function", paramLabel = "NAME",
      description = "Only this function (repeatable); default: every function with a loop that"
          + " polls memory.")
  List<String> functions = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @CommandLine.Mixin
  LlvmOption llvm;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LlvmVersion v = llvm.version(spec);
    Usage.require(spec, List.of("text", "json").contains(format),
        "--format must be text or json, not '" + format + "'");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean example = file == null;
    ModuleLoader.Loaded loaded;
    if (example) {
      loaded = ModuleLoader.load(example(), true, err);
    } else if (file.endsWith(".rs")) {
      SourceText ir = RustcRunner.compile(file, err);
      loaded = ir == null ? null : ModuleLoader.load(ir, true, err);
    } else {
      loaded = ModuleLoader.load(file, true, err);
    }
    if (loaded == null) {
      return Main.INPUT_ERROR;
    }
    Module m = loaded.module();
    List<String> names = example && functions.isEmpty() ? EXAMPLE_READERS : functions;
    List<Function> chosen = FunctionChoice.of(m, names, loaded.source().name(), err);
    if (chosen == null) {
      return Main.INPUT_ERROR;
    }
    List<FunctionStory> stories = Explainer.explain(m, chosen, v, names.isEmpty());
    if (format.equals("json")) {
      ExplainJsonWriter.write(out, stories);
      out.println();
    } else if (example) {
      out.println("The seed article's two readers (bundled example, " + EXAMPLE.substring(1)
          + ", from readers.rs by rustc -C opt-level=3 -C no-prepopulate-passes -C debuginfo=2):");
      out.println();
      ExplainTextWriter.writeSideBySide(out, stories);
    } else {
      ExplainTextWriter.write(out, stories);
    }
    out.flush();
    return Main.OK;
  }

  private static SourceText example() throws IOException {
    try (InputStream in = ExplainCommand.class.getResourceAsStream(EXAMPLE)) {
      return new SourceText("readers.ll (bundled example)", in.readAllBytes());
    }
  }
}
