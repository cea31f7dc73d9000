// irscope parse [--print] [--quiet] FILE...: parses and verifies each file and prints one
// summary line per file; --print writes the module back as IR.
package dev.irscope.cli;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse and verify LLVM IR files; print a summary line per file.")
public final class ParseCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = ".ll files; - reads stdin")
  List<String> files;

  @Option(names = "--print", description = "Write the module back as textual IR (one file).")
  boolean print;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "With --print: write to OUT (whole or not at all) instead of stdout.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "No summary lines; only errors.")
  boolean quiet;

  @Option(names = "--no-verify", description = "Skip the verifier (syntax only).")
  boolean noVerify;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (print && files.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--print takes exactly one FILE");
    }
    if (output != null && !print) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--output needs --print");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = Main.OK;
    for (String file : files) {
      status = Math.max(status, parseOne(file, out, err));
      out.flush();
      err.flush();
    }
    return status;
  }

  private int parseOne(String file, PrintWriter out, PrintWriter err) {
    long t0 = System.nanoTime();
    ModuleLoader.Loaded loaded = ModuleLoader.load(file, !noVerify, err);
    if (loaded == null) {
      return Main.INPUT_ERROR;
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (print) {
      try {
        Outputs.write(output, loaded.module().print(), out);
      } catch (IOException e) {
        err.println(output + ": error: cannot write: " + e.getMessage());
        return Main.INPUT_ERROR;
      }
    } else if (!quiet) {
      out.println(summary(loaded.source(), loaded.module(), ms));
    }
    return Main.OK;
  }

  static String summary(SourceText src, Module m, long ms) {
    int functions = 0;
    int blocks = 0;
    long instructions = 0;
    for (Function f : m.functions()) {
      if (!f.isDeclaration()) {
        functions++;
        for (BasicBlock b : f.blocks()) {
          blocks++;
          instructions += b.instructions().size();
        }
      }
    }
    return String.format("%s: %d functions, %d blocks, %d instructions, %s, %d ms", src.name(),
        functions, blocks, instructions, Inputs.size(src.length()), ms);
  }
}
