// A TokenStream over a chunk's tokens lexed up front (by FastLexer), for the ANTLR parser. All
// tokens are on the default channel, so unlike CommonTokenStream it needs no channel filtering,
// lazy fetching or buffering: LA and consume read the token list's types, and only LT makes a
// token object (TokenList).
package dev.irscope.parse;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

final class ArrayTokenStream implements TokenStream {
  private final TokenList tokens; // ends with EOF
  private final TokenSource source;
  private final String sourceName;
  private int p;

  /** {@code tokens} ends with EOF, and each token's index is its position in the list. */
  ArrayTokenStream(TokenList tokens, TokenSource source, String sourceName) {
    this.tokens = tokens;
    this.source = source;
    this.sourceName = sourceName;
  }

  /** The tokens streamed. */
  TokenList tokens() {
    return tokens;
  }

  @Override
  public Token LT(int k) {
    int i = at(k);
    return i < 0 ? null : tokens.get(i);
  }

  @Override
  public int LA(int k) {
    int i = at(k);
    return i < 0 ? Token.INVALID_TYPE : tokens.type(i);
  }

  /** The index of LT(k), or -1 where there is none; past the end, the EOF token's. */
  private int at(int k) {
    if (k == 0) {
      return -1;
    }
    int i = k > 0 ? p + k - 1 : p + k;
    return i < 0 ? -1 : Math.min(i, tokens.size() - 1);
  }

  @Override
  public void consume() {
    if (tokens.type(p) == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public Token get(int index) {
    return tokens.get(index);
  }

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getText(Interval interval) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, interval.a); i <= interval.b && i < tokens.size(); i++) {
      if (tokens.type(i) == Token.EOF) {
        break;
      }
      sb.append(tokens.get(i).getText());
    }
    return sb.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, tokens.size() - 1));
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
    p = Math.max(0, Math.min(index, tokens.size() - 1));
  }

  @Override
  public int size() {
    return tokens.size();
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }
}
