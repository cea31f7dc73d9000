// Writing results: to stdout, or to a file written whole or not at all (a temporary file in the
// same directory, then an atomic rename).
package dev.irscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

final class Outputs {
  private Outputs() {}

  static void write(Path target, String text, PrintWriter stdout) throws IOException {
    if (target == null || target.toString().equals("-")) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    Path abs = target.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
