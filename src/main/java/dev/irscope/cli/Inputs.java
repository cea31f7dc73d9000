// Reading inputs: a path, or "-" for standard input.
package dev.irscope.cli;

import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class Inputs {
  private Inputs() {}

  static SourceText read(String file) throws IOException {
    if (file.equals("-")) {
      return new SourceText("<stdin>", System.in.readAllBytes());
    }
    return new SourceText(file, Files.readAllBytes(Path.of(file)));
  }

  static String size(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format("%.1f MB", bytes / 1048576.0);
    }
    if (bytes >= 1 << 10) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    return bytes + " B";
  }
}
