// The --llvm 19|22 option the inferring commands share (a picocli mixin): whose attribute
// inference rules to follow.
package dev.irscope.cli;

import dev.irscope.infer.LlvmVersion;
import picocli.CommandLine;
import picocli.CommandLine.Option;

final class LlvmOption {
  @Option(names = "--llvm", paramLabel = "19|22", defaultValue = "22",
      description = "Whose attribute-inference rules to follow: 19 or 22 (default).")
  String llvm;

  /** The version asked for; a usage error when it is neither 19 nor 22. */
  LlvmVersion version(CommandLine.Model.CommandSpec spec) {
    LlvmVersion v = LlvmVersion.of(llvm);
    if (v == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--llvm must be 19 or 22, not '" + llvm + "'");
    }
    return v;
  }
}
