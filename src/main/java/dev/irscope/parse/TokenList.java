// The tokens of one chunk as FastLexer finds them: type, first and last byte, line and column of
// each in one int array, five ints a token. A Token object (TokenNode) is made only when one is
// asked for, and then kept, so that the same index gives the same token. The shortcuts that read
// most of a large module (FastBodyItems, FastMetadata) look at types and positions, which need
// no object: sqlite3 -O2 -g has about 9 million tokens, and making an object of each was a third
// of all a parse allocated.
package dev.irscope.parse;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

final class TokenList extends AbstractList<Token> implements RandomAccess {
  private static final int WIDTH = 5; // type, start, stop, line, column
  private final Pair<TokenSource, CharStream> source;
  private final byte[] bytes;
  private int[] data;
  private int size;
  /** The tokens made so far, by index; null until the first is asked for. */
  private Token[] made;

  TokenList(Pair<TokenSource, CharStream> source, byte[] bytes, int capacity) {
    this.source = source;
    this.bytes = bytes;
    this.data = new int[Math.max(4, capacity) * WIDTH];
  }

  /** Appends a token spelled bytes[start, stop] (inclusive) at line and column (0-based). */
  void add(int type, int start, int stop, int line, int column) {
    if (made != null) {
      throw new IllegalStateException("a token list is complete once a token is asked for");
    }
    int at = size * WIDTH;
    if (at + WIDTH > data.length) {
      data = java.util.Arrays.copyOf(data, data.length + (data.length >> 1) + WIDTH);
    }
    data[at] = type;
    data[at + 1] = start;
    data[at + 2] = stop;
    data[at + 3] = line;
    data[at + 4] = column;
    size++;
  }

  int type(int i) {
    return data[Objects.checkIndex(i, size) * WIDTH];
  }

  /** The type of token i, or past the end the type of the last token (EOF, when lexed whole). */
  int typeAt(int i) {
    return type(Math.min(i, size - 1));
  }

  /** The offset of the token's first byte. */
  int start(int i) {
    return data[Objects.checkIndex(i, size) * WIDTH + 1];
  }

  /** The offset of the token's last byte (start - 1 for EOF). */
  int stop(int i) {
    return data[Objects.checkIndex(i, size) * WIDTH + 2];
  }

  /** The token's line (1-based). */
  int line(int i) {
    return data[Objects.checkIndex(i, size) * WIDTH + 3];
  }

  @Override
  public Token get(int i) {
    Objects.checkIndex(i, size);
    if (made == null) {
      made = new Token[size];
    }
    Token t = made[i];
    if (t == null) {
      int at = i * WIDTH;
      t = new TokenNode(source, bytes, data[at], data[at + 1], data[at + 2], data[at + 3],
          data[at + 4], i);
      made[i] = t;
    }
    return t;
  }

  @Override
  public int size() {
    return size;
  }
}
