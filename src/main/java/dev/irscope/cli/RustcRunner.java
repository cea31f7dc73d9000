// Compiling a .rs file for `irscope explain` the way it expects the IR: rustc -C opt-level=3
// -C no-prepopulate-passes -C debuginfo=2 --emit=llvm-ir, as a lib crate unless the file has a
// main. The rustc on PATH is used (IRSCOPE_RUSTC overrides); its errors are passed on.
package dev.irscope.cli;

import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

final class RustcRunner {
  private RustcRunner() {}

  /** The IR of {@code file}, or null after saying what went wrong on err. */
  static SourceText compile(String file, PrintWriter err) throws IOException {
    Path src = Path.of(file);
    if (!Files.isRegularFile(src)) {
      err.println(file + ": error: no such file");
      return null;
    }
    String rustc = System.getenv().getOrDefault("IRSCOPE_RUSTC", "rustc");
    Path dir = Files.createTempDirectory("irscope-rustc");
    Path out = dir.resolve("out.ll");
    boolean bin = Files.readString(src).matches("(?s).*\\bfn\\s+main\\s*\\(.*");
    List<String> cmd = new ArrayList<>(List.of(rustc, "--edition=2021",
        "--crate-type=" + (bin ? "bin" : "lib"), "-C", "opt-level=3",
        "-C", "no-prepopulate-passes", "-C", "debuginfo=2", "-C", "codegen-units=1",
        "--emit=llvm-ir", "-o", out.toString(), src.toString()));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes());
      int code = p.waitFor();
      if (code != 0 || !Files.exists(out)) {
        err.print(said);
        err.println(file + ": error: rustc failed (exit " + code + "): " + String.join(" ", cmd));
        return null;
      }
      return new SourceText(file.replaceAll("\\.rs$", ".ll"), Files.readAllBytes(out));
    } catch (IOException e) {
      err.println(file + ": error: cannot run " + rustc + " (" + e.getMessage() + "); install"
          + " Rust, or give explain the IR: rustc -C opt-level=3 -C no-prepopulate-passes"
          + " -C debuginfo=2 --emit=llvm-ir " + file);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(dir);
    }
  }
}
