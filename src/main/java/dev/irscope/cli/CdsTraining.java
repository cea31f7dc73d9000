// The training run behind the launcher's class-data-sharing archive (tools/irscope). The JVM
// archives the classes a run loaded (-XX:ArchiveClassesAtExit), so the archive is only as good
// as the run that made it: one made by `irscope --version` holds almost none of the classes a
// lint needs. This run goes through every command on the bundled example, in one process and
// with the output thrown away, so that whatever command comes first afterwards starts from
// classes already parsed, verified and laid out.
package dev.irscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public final class CdsTraining {
  private CdsTraining() {}

  /** One command line and the exit code it should give. */
  private record Run(int exit, String... args) {}

  /** Exits 1 when a run's exit code was not the one expected, and the launcher keeps no archive. */
  public static void main(String[] args) throws IOException {
    List<String> wrong = run();
    if (!wrong.isEmpty()) {
      System.err.println("irscope: CDS training runs failed: " + wrong);
      System.exit(Main.INPUT_ERROR);
    }
  }

  /** Runs every command once on the bundled example; returns the runs whose exit code was off. */
  static List<String> run() throws IOException {
    Path dir = Files.createTempDirectory("irscope-cds");
    Path ll = dir.resolve("readers.ll");
    Path bad = dir.resolve("bad.ll");
    List<String> wrong = new ArrayList<>();
    try {
      try (InputStream in = CdsTraining.class.getResourceAsStream(ExplainCommand.EXAMPLE)) {
        Files.write(ll, in.readAllBytes());
      }
      Files.writeString(bad, "define void @f() {\n  ret i32 %x\n}\n");
      String f = ll.toString();
      String shared = "--sync-type=readers::custom::AtomicUsize";
      List<Run> runs = List.of(
          new Run(Main.OK, "--version"), new Run(Main.OK, "--help"),
          new Run(Main.OK, "lint", "--help"),
          new Run(Main.OK, "parse", f), new Run(Main.OK, "parse", "--print", f),
          new Run(Main.INPUT_ERROR, "parse", bad.toString()),
          new Run(Main.OK, "attrs", "--why", f),
          new Run(Main.OK, "attrs", "--format", "json", "--llvm", "19", f),
          new Run(Main.OK, "print-analysis", "loops", f),
          new Run(Main.OK, "print-analysis", "callgraph", f),
          new Run(Main.OK, "print-analysis", "memory", f),
          new Run(Main.OK, "licm", f), new Run(Main.OK, "licm", "--format", "yaml", f),
          new Run(Main.OK, "licm", "--diff", f),
          new Run(Main.OK, "licm", "--passes",
              "inline,loop-rotate,licm,gvn,loop-deletion,simplifycfg", f),
          new Run(Main.OK, "explain"), new Run(Main.OK, "explain", "--format", "json", f),
          new Run(Main.OK, "lint", f), new Run(Main.FINDINGS, "lint", shared, f),
          new Run(Main.FINDINGS, "lint", shared, "--format", "json", f),
          new Run(Main.FINDINGS, "lint", shared, "--format", "sarif", f));
      PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
      for (Run run : runs) {
        int exit = Main.run(sink, sink, run.args());
        if (exit != run.exit()) {
          wrong.add(String.join(" ", run.args()) + " (exit " + exit + ", expected " + run.exit()
              + ")");
        }
      }
    } finally {
      Files.deleteIfExists(ll);
      Files.deleteIfExists(bad);
      Files.deleteIfExists(dir);
    }
    return wrong;
  }
}
