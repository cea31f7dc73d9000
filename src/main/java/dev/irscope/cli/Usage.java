package dev.irscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Usage errors (exit code 2): picocli prints the message and the command's usage. */
final class Usage {
  private Usage() {}

  /** Fails the command line of {@code spec} with {@code message} unless {@code ok}. */
  static void require(CommandSpec spec, boolean ok, String message) {
    if (!ok) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }
}
