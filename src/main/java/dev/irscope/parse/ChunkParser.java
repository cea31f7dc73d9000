// Runs the lexer and the ANTLR parser over one chunk. One instance per worker thread, reused from
// chunk to chunk. Tokens come from FastLexer (the same tokens as the ANTLR lexer, faster); the
// ANTLR lexer takes over for chunks FastLexer declines, and for error reporting. Parsing uses
// SLL prediction and bails out at the first error; only then is the chunk lexed by ANTLR and
// parsed again, in full LL mode, to tell a grammar that needs LL (counted, and asserted zero by
// the tests) from a real syntax error, which gets a readable message.
package dev.irscope.parse;

import dev.irscope.parse.antlr.LLVMLexer;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.concurrent.atomic.AtomicLong;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

final class ChunkParser {
  /** How many chunks needed full LL prediction after SLL failed. Zero on every known input. */
  static final AtomicLong LL_FALLBACKS = new AtomicLong();

  /** How many chunks FastLexer left to the ANTLR lexer (nested comments, invalid input). */
  static final AtomicLong FAST_LEXER_DECLINED = new AtomicLong();

  private final LLVMLexer lexer = new LLVMLexer(null);
  /**
   * What a translation that reads a chunk while it is parsed hears: each rule's context as the
   * rule starts (called from rule entry directly, not through ANTLR's parse listeners, which
   * allocate an iterator for every rule and token), and that the whole chunk parsed. Only rule
   * entry is heard, never exit: a rule's exit also runs while an error unwinds the parse, with
   * the rule half read. A rule before the one that starts has returned normally.
   */
  interface RuleHook {
    /**
     * The rule of {@code ctx} starts at token {@code index} of {@code tokens} (the chunk's,
     * ending with EOF). Returns where the parser is to go on: {@code index}, or further on when
     * the hook has itself read the tokens between (whole items of a function body, which the
     * rule that starts then does not see; it reads the item after them).
     */
    int entered(ParserRuleContext ctx, TokenList tokens, int index);

    /** The SLL parse of the chunk returned normally (not called when it failed). */
    void parsed();
  }

  private RuleHook hook; // set only for a chunk FastLexer lexed, read through ArrayTokenStream

  private final LLVMParser parser = new LLVMParser(null) {
    @Override
    public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
      return t instanceof TokenNode leaf ? leaf : super.createTerminalNode(parent, t);
    }

    @Override
    public void enterRule(ParserRuleContext ctx, int state, int ruleIndex) {
      super.enterRule(ctx, state, ruleIndex);
      if (hook != null) {
        int at = _input.index();
        int to = hook.entered(ctx, ((ArrayTokenStream) _input).tokens(), at);
        if (to != at) {
          _input.seek(to);
          ctx.start = _input.LT(1);
        }
      }
    }
  };
  private final BailErrorStrategy bail = new BailErrorStrategy();
  private SourceText source;

  ChunkParser() {
    lexer.removeErrorListeners();
    lexer.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
          RecognitionException e) {
        int at = ((LLVMLexer) r)._tokenStartCharIndex;
        int b = at >= 0 && at < source.length() ? source.bytes()[at] & 0xff : -1;
        String ch = b < 0 ? "" : b < 0x20 || b >= 0x7f ? String.format("\\x%02X", b)
            : String.valueOf((char) b);
        String message = ch.equals("\"") ? "unterminated string (no closing '\"')"
            : msg.startsWith("token recognition error") ? "invalid character '" + ch + "'"
            : msg;
        throw new ParseError(line, col + 1, message);
      }
    });
    parser.removeErrorListeners();
  }

  /** Parses one chunk; returns null when the chunk holds only whitespace and comments. */
  LLVMParser.EntityContext parse(SourceText src, Chunk c) {
    return parse(src, c, lex(src, c), null);
  }

  /**
   * Parses one chunk from FastLexer's tokens of it ({@link #lex}; null: FastLexer declined);
   * returns null when the chunk holds only whitespace and comments. {@code ruleHook}, when not
   * null, hears the SLL parse as it goes (not a full-LL parse after it fails).
   */
  LLVMParser.EntityContext parse(SourceText src, Chunk c, TokenList lexed, RuleHook ruleHook) {
    this.source = src;
    TokenStream tokens = lexed != null ? new ArrayTokenStream(lexed, lexer, src.name())
        : tokens(src, c);
    if (lexed == null) {
      ruleHook = null; // the ANTLR lexer reports its errors mid-parse: read the tree whole
    }
    if (tokens.LA(1) == Token.EOF) {
      return null;
    }
    parser.setErrorHandler(bail); // before setTokenStream, which resets the handler
    parser.setTokenStream(tokens);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    hook = ruleHook;
    try {
      LLVMParser.EntityContext entity = parser.entity();
      if (ruleHook != null) {
        ruleHook.parsed();
      }
      return entity;
    } catch (ParseCancellationException sllFailed) {
      hook = null; // the full-LL parse is not heard
      return parseAgain(src, c);
    } finally {
      hook = null;
    }
  }

  /** The chunk's tokens from FastLexer, ending with EOF, or null where FastLexer declines. */
  TokenList lex(SourceText src, Chunk c) {
    ByteCharStream in = new ByteCharStream(src.bytes(), c.start(), c.end(), src.name());
    TokenList list = FastLexer.tokenize(new Pair<>(lexer, in), src.bytes(), c.start(), c.end(),
        c.line(), c.column() - 1);
    if (list == null) {
      FAST_LEXER_DECLINED.incrementAndGet();
    }
    return list;
  }

  private CommonTokenStream tokens(SourceText src, Chunk c) {
    lexer.setInputStream(new ByteCharStream(src.bytes(), c.start(), c.end(), src.name()));
    lexer.setLine(c.line());
    lexer.setCharPositionInLine(c.column() - 1);
    return new CommonTokenStream(lexer);
  }

  private LLVMParser.EntityContext parseAgain(SourceText src, Chunk c) {
    parser.setTokenStream(tokens(src, c));
    parser.setErrorHandler(new DefaultErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
          RecognitionException e) {
        throw error((Parser) r, (Token) sym, e, line, col);
      }
    });
    try {
      LLVMParser.EntityContext ctx = parser.entity();
      LL_FALLBACKS.incrementAndGet();
      return ctx;
    } finally {
      parser.removeErrorListeners();
    }
  }

  private ParseError error(Parser p, Token t, RecognitionException e, int line, int col) {
    IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
        : p.getExpectedTokens();
    String found = describe(t);
    String message;
    if (expected != null && expected.size() > 0 && expected.size() <= 4) {
      StringBuilder sb = new StringBuilder("expected ");
      for (int i = 0; i < expected.size(); i++) {
        int type = expected.get(i);
        sb.append(i == 0 ? "" : i == expected.size() - 1 ? " or " : ", ")
            .append(TokenNames.describe(p.getVocabulary(), type));
      }
      message = sb.append(", found ").append(found).toString();
    } else {
      message = "unexpected " + found;
    }
    return new ParseError(line, col + 1, message);
  }

  /** The offending token, or at the end of a chunk the text that follows it. */
  private String describe(Token t) {
    if (t.getType() != Token.EOF) {
      return "'" + printable(t.getText()) + "'";
    }
    int at = t.getStartIndex();
    if (at < 0 || at >= source.length()) {
      return "end of file";
    }
    int end = at;
    byte[] b = source.bytes();
    while (end < b.length && end - at < 24 && !Character.isWhitespace(b[end])) {
      end++;
    }
    return "'" + printable(source.text(at, end)) + "'";
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append(ch < 0x20 || ch == 0x7f ? String.format("\\x%02X", (int) ch) : ch);
    }
    return sb.length() > 40 ? sb.substring(0, 40) + "..." : sb.toString();
  }
}
