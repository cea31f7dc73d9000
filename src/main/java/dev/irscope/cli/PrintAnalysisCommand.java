// irscope print-analysis MODE FILE [--function NAME]...: prints one read-only analysis of a
// module. The modes are the constants of dev.irscope.analysis.AnalysisPrinter; domtree,
// postdomtree and loops print what opt-19 -passes='print<MODE>' prints. Called intrinsics are
// seen with the attributes of LLVM 22's intrinsic table, as LLVM reads them.
package dev.irscope.cli;

import dev.irscope.analysis.AnalysisPrinter;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Module;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "print-analysis", mixinStandardHelpOptions = true,
    description = "Print an analysis of a module: domtree, postdomtree and loops in opt-19's"
        + " print<...> layout, callgraph as SCCs bottom up and call edges, memory as each"
        + " instruction's memory effects.")
public final class PrintAnalysisCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODE",
      description = "domtree | postdomtree | loops | callgraph | memory")
  String mode;

  @Parameters(index = "1", paramLabel = "FILE", description = ".ll file; - reads stdin")
  String file;

  @Option(names = "--function", paramLabel = "NAME",
      description = "Only this function (without @; repeatable).")
  List<String> functions = List.of();

  @Option(names = "--dfs-numbers",
      description = "Print the trees' DFS numbers (opt-19 prints them as invalid).")
  boolean dfsNumbers;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AnalysisPrinter printer = AnalysisPrinter.forMode(mode);
    if (printer == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown MODE '" + mode
          + "'; one of: " + String.join(", ",
              Arrays.stream(AnalysisPrinter.values()).map(AnalysisPrinter::mode).toList()));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ModuleLoader.Loaded loaded = ModuleLoader.load(file, true, err);
    if (loaded == null) {
      return Main.INPUT_ERROR;
    }
    Module m = loaded.module();
    if (FunctionChoice.of(m, functions, loaded.source().name(), err) == null) {
      return Main.INPUT_ERROR;
    }
    out.print(printer.print(m, f -> functions.isEmpty() || functions.contains(f.name()),
        dfsNumbers, new IntrinsicCalleeAttributes(LlvmVersion.V22)));
    out.flush();
    return Main.OK;
  }
}
