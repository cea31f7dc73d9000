// A TokenStream over a chunk's tokens lexed up front (by FastLexer), for the ANTLR parser. All
// tokens are on the default channel, so unlike CommonTokenStream it needs no channel filtering,
// lazy fetching or buffering: LT/LA/consume are array reads.
package dev.irscope.parse;

import java.util.List;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

final class ArrayTokenStream implements TokenStream {
  private final Token[] tokens; // ends with EOF
  private final TokenSource source;
  private final String sourceName;
  private int p;

  /** {@code tokens} ends with EOF, and each token's index is its position in the list. */
  ArrayTokenStream(List<Token> tokens, TokenSource source, String sourceName) {
    this.tokens = tokens.toArray(new Token[0]);
    this.source = source;
    this.sourceName = sourceName;
  }

  @Override
  public Token LT(int k) {
    if (k == 0) {
      return null;
    }
    int i = k > 0 ? p + k - 1 : p + k;
    if (i < 0) {
      return null;
    }
    return i < tokens.length ? tokens[i] : tokens[tokens.length - 1];
  }

  @Override
  public int LA(int i) {
    Token t = LT(i);
    return t == null ? Token.INVALID_TYPE : t.getType();
  }

  @Override
  public void consume() {
    if (tokens[p].getType() == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getText(Interval interval) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, interval.a); i <= interval.b && i < tokens.length; i++) {
      if (tokens[i].getType() == Token.EOF) {
        break;
      }
      sb.append(tokens[i].getText());
    }
    return sb.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, tokens.length - 1));
  }

  @Override
  public String getText(RuleContext ctx) {
    return getText(ctx.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    return start == null || stop == null ? ""
        : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
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
    p = Math.max(0, Math.min(index, tokens.length - 1));
  }

  @Override
  public int size() {
    return tokens.length;
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }
}
