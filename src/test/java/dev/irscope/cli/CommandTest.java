// What the command tests share: running irscope in-process with its output and errors captured.
package dev.irscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

abstract class CommandTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  /** Runs {@code irscope ARGS...} and returns its exit code. */
  int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }
}
