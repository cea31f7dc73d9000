// The irscope command: a thin picocli front over the layers below. Exit codes: 0 fine, 1 input
// error, 2 usage error, 4 findings.
package dev.irscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "irscope", mixinStandardHelpOptions = true, version = "irscope 0.1.0",
    description = "Reads textual LLVM IR into an SSA model and reasons about it.",
    subcommands = {ParseCommand.class, AttrsCommand.class, PrintAnalysisCommand.class,
        LicmCommand.class, ExplainCommand.class, LintCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INPUT_ERROR = 1;
  public static final int USAGE_ERROR = 2;
  public static final int FINDINGS = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code; out-of-memory is reported, not thrown. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true),
        args);
  }

  /** Runs the command line writing to the given streams (for tests and embedding). */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      err.println("irscope: internal error: " + BugReport.describe(e));
      err.flush();
      return INPUT_ERROR;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      System.err.println("irscope: error: " + OutOfMemory.message());
      return INPUT_ERROR;
    }
  }
}
