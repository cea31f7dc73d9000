// A token from FastLexer that is also its own leaf in the parse tree. ANTLR's parser wraps every
// token it matches in a TerminalNodeImpl; the parser made by ChunkParser returns the token itself
// instead (createTerminalNode), which saves one object per token, a tenth of what a parse
// allocates. A leaf does not point back to its parent (getParent() is null): the chunk's token
// list lives as long as the chunk is read, and links up from it would keep alive the trees of
// the body items a streaming translation has already dropped (EntityTranslator.streaming());
// nothing walks up from a leaf. Text is decoded from the file's bytes (UTF-8) when asked for.
package dev.irscope.parse;

import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

final class TokenNode implements Token, TerminalNode {
  private final Pair<TokenSource, CharStream> source;
  private final byte[] bytes;
  private final int type;
  private final int start;
  private final int stop;
  private final int line;
  private final int column;
  private final int index;

  /** A token of {@code type} spelled bytes[start, stop] (inclusive), at line and column (0-based). */
  TokenNode(Pair<TokenSource, CharStream> source, byte[] bytes, int type, int start, int stop,
      int line, int column, int index) {
    this.source = source;
    this.bytes = bytes;
    this.type = type;
    this.start = start;
    this.stop = stop;
    this.line = line;
    this.column = column;
    this.index = index;
  }

  @Override
  public String getText() {
    if (type == EOF) {
      return "<EOF>";
    }
    return stop < start ? "" : new String(bytes, start, stop - start + 1, StandardCharsets.UTF_8);
  }

  @Override
  public int getType() {
    return type;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getCharPositionInLine() {
    return column;
  }

  @Override
  public int getChannel() {
    return DEFAULT_CHANNEL;
  }

  @Override
  public int getTokenIndex() {
    return index;
  }

  @Override
  public int getStartIndex() {
    return start;
  }

  @Override
  public int getStopIndex() {
    return stop;
  }

  @Override
  public TokenSource getTokenSource() {
    return source.a;
  }

  @Override
  public CharStream getInputStream() {
    return source.b;
  }

  // ---- as a leaf of the parse tree (TerminalNode)

  @Override
  public Token getSymbol() {
    return this;
  }

  /** Always null: see the class comment. */
  @Override
  public ParseTree getParent() {
    return null;
  }

  @Override
  public void setParent(RuleContext parent) {
    // not kept: see the class comment
  }

  @Override
  public ParseTree getChild(int i) {
    return null;
  }

  @Override
  public int getChildCount() {
    return 0;
  }

  @Override
  public Object getPayload() {
    return this;
  }

  @Override
  public Interval getSourceInterval() {
    return Interval.of(index, index);
  }

  @Override
  public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
    return visitor.visitTerminal(this);
  }

  @Override
  public String toStringTree(Parser parser) {
    return toString();
  }

  @Override
  public String toStringTree() {
    return toString();
  }

  /** The text, as TerminalNodeImpl prints a leaf. */
  @Override
  public String toString() {
    return getText();
  }
}
