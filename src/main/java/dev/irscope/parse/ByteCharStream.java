// An ANTLR CharStream over a slice of the file's bytes, without copying: each byte is one symbol
// (names and keywords are ASCII; bytes of other UTF-8 characters only occur inside strings and
// quoted names, and token text is decoded as UTF-8). Indexes are offsets in the whole file, so
// token positions are file offsets.
package dev.irscope.parse;

import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

final class ByteCharStream implements CharStream {
  private final byte[] data;
  private final int start;
  private final int end;
  private final String sourceName;
  private int p;

  ByteCharStream(byte[] data, int start, int end, String sourceName) {
    this.data = data;
    this.start = start;
    this.end = end;
    this.sourceName = sourceName;
    this.p = start;
  }

  @Override
  public String getText(Interval interval) {
    int a = Math.max(interval.a, start);
    int b = Math.min(interval.b, end - 1);
    if (b < a) {
      return "";
    }
    return new String(data, a, b - a + 1, StandardCharsets.UTF_8);
  }

  @Override
  public void consume() {
    if (p >= end) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public int LA(int i) {
    if (i == 0) {
      return 0;
    }
    int at = i > 0 ? p + i - 1 : p + i;
    if (at < start || at >= end) {
      return IntStream.EOF;
    }
    return data[at] & 0xff;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.max(start, Math.min(index, end));
  }

  @Override
  public int size() {
    return end;
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }
}
