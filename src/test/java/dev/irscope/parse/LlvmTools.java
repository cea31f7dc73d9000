// Runs LLVM's own tools (llvm-as-19, llvm-diff-19, opt-19) for differential tests.
package dev.irscope.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

public final class LlvmTools {
  private LlvmTools() {}

  /** What a tool run gave: exit code and its output (stdout and stderr together). */
  public record Run(int exit, String output) {
    public boolean ok() {
      return exit == 0;
    }
  }

  public static Run run(String... command) {
    List<String> cmd = new ArrayList<>(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Run(-1, "timed out: " + String.join(" ", cmd));
      }
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(command[0] + " is needed for this test: " + e.getMessage()
          + " (apt-get install -y llvm-19; .ci/run does this)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run(-1, "interrupted");
    }
  }

  public static Run assemble(Path ll, Path bc) {
    return run("llvm-as-19", ll.toString(), "-o", bc.toString());
  }

  public static Run diff(Path a, Path b) {
    return run("llvm-diff-19", a.toString(), b.toString());
  }
}
