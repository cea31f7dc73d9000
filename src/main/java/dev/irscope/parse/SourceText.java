// The bytes of one .ll file and its line table, for positions and for quoting the offending line
// in error messages. LLVM counts columns in bytes, and so do we.
package dev.irscope.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public final class SourceText {
  private final String name;
  private final byte[] bytes;
  private int[] lineStarts;

  public SourceText(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  public String name() {
    return name;
  }

  public byte[] bytes() {
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  private synchronized int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[1024];
      int n = 1;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, n);
    }
    return lineStarts;
  }

  /** The 1-based line of a byte offset. */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts(), offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of a byte offset. */
  public int columnOf(int offset) {
    return offset - lineStarts()[lineOf(offset) - 1] + 1;
  }

  public int lineCount() {
    return lineStarts().length;
  }

  /** The text of a 1-based line, without its line break (empty past the end). */
  public String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return "";
    }
    int start = starts[line - 1];
    int end = line < starts.length ? starts[line] - 1 : bytes.length;
    if (end > start && bytes[end - 1] == '\r') {
      end--;
    }
    return new String(bytes, start, Math.max(0, end - start), StandardCharsets.UTF_8);
  }

  /** Decodes a byte range as UTF-8. */
  public String text(int start, int end) {
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }
}
