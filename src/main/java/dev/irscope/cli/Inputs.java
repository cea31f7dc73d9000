// Reading inputs: a path, or "-" for standard input.
package dev.irscope.cli;

import dev.irscope.parse.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class Inputs {
  private Inputs() {}

  /** The largest input: one Java byte array. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  static SourceText read(String file) throws IOException {
    if (file.equals("-")) {
      return new SourceText("<stdin>", System.in.readAllBytes());
    }
    Path p = Path.of(file);
    if (Files.isDirectory(p)) {
      throw new IOException("is a directory");
    }
    long size = Files.size(p);
    if (size > MAX_BYTES) {
      throw new IOException(String.format("the file is %.1f GiB; irscope reads files of up to"
          + " 2 GiB (split the module, e.g. with llvm-split)", size / (1024.0 * 1024 * 1024)));
    }
    return new SourceText(file, Files.readAllBytes(p));
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
