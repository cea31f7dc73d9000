// A shortcut past the ANTLR parser for the numbered metadata definitions that fill most of a -g
// module (`!12 = !DILocation(line: 3, column: 7, scope: !5)`, `!13 = !{!1, !2, null}`): it reads
// FastLexer's tokens of one definition straight into the node, without building a parse tree,
// which costs a few times what the translation does. It is an optimization only, like
// FastLexer: it takes the shapes below and declines everything else (typed values, `{...}`
// lists, unknown node kinds, a positional field mixed with named ones, any syntax error), having
// changed nothing, so that the parser and MetadataTranslator read that definition as before.
// The node it makes is the one MetadataTranslator makes from the parse tree: same kind, field
// names, operands, shared spellings and line (ParsedModelTest compares the two paths).
//   definition := MD_ID '=' 'distinct'? node EOF
//   node       := '!' '{' (element (',' element)*)? '}'   |   MD_NAME '(' (field (',' field)*)? ')'
//   element    := 'null' | ref
//   field      := LABEL? value
//   value      := word ('|' word)* | STRING | 'true' | 'false' | 'null' | FLOAT | HEX_FLOAT | ref
//   ref        := MD_ID | '!' STRING | node            word := BAREWORD | INT
package dev.irscope.parse;

import static dev.irscope.parse.antlr.LLVMLexer.BAR;
import static dev.irscope.parse.antlr.LLVMLexer.BAREWORD;
import static dev.irscope.parse.antlr.LLVMLexer.COMMA;
import static dev.irscope.parse.antlr.LLVMLexer.DISTINCT;
import static dev.irscope.parse.antlr.LLVMLexer.EQ;
import static dev.irscope.parse.antlr.LLVMLexer.EXCLAIM;
import static dev.irscope.parse.antlr.LLVMLexer.FALSE;
import static dev.irscope.parse.antlr.LLVMLexer.FLOAT;
import static dev.irscope.parse.antlr.LLVMLexer.HEX_FLOAT;
import static dev.irscope.parse.antlr.LLVMLexer.INT;
import static dev.irscope.parse.antlr.LLVMLexer.LABEL;
import static dev.irscope.parse.antlr.LLVMLexer.LBRACE;
import static dev.irscope.parse.antlr.LLVMLexer.LPAREN;
import static dev.irscope.parse.antlr.LLVMLexer.MD_ID;
import static dev.irscope.parse.antlr.LLVMLexer.MD_NAME;
import static dev.irscope.parse.antlr.LLVMLexer.NULL;
import static dev.irscope.parse.antlr.LLVMLexer.RBRACE;
import static dev.irscope.parse.antlr.LLVMLexer.RPAREN;
import static dev.irscope.parse.antlr.LLVMLexer.STRING;
import static dev.irscope.parse.antlr.LLVMLexer.TRUE;

import dev.irscope.ir.MDLiteral;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MDString;
import dev.irscope.ir.Metadata;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

final class FastMetadata {
  private final Symbols symbols;
  private final byte[] b;
  private final Spellings spellings = Spellings.get();
  private TokenList tokens;
  private int p;

  FastMetadata(Symbols symbols) {
    this.symbols = symbols;
    this.b = symbols.source.bytes();
  }

  /**
   * Defines the node of one numbered metadata definition from its tokens (ending with EOF) and
   * returns true; returns false, having defined nothing, when the definition is not of the
   * shapes this class reads. A redefined id is an error, as in EntityTranslator.
   */
  boolean define(TokenList definition) {
    tokens = definition;
    p = 0;
    if (!take(MD_ID) || !take(EQ)) {
      return false;
    }
    boolean distinct = take(DISTINCT);
    Body body = body();
    if (body == null || type() != Token.EOF) {
      return false;
    }
    MDNode n = symbols.metadataNode(
        MetadataTranslator.number(b, tokens.start(0), tokens.stop(0) + 1));
    synchronized (n) {
      if (n.isDefined()) {
        throw ParseError.at(tokens.get(0), "metadata id is already used");
      }
      body.defineAs(n, distinct);
    }
    return true;
  }

  /**
   * A metadata reference (!N, !"text", or an inline node of the shapes above) at token
   * {@code at} of {@code tokens}, or null where there is none of these shapes; reading one
   * changes nothing. {@link #position()} then gives the index after it.
   */
  Metadata ref(TokenList in, int at) {
    tokens = in;
    p = at;
    return ref();
  }

  /** The index of the token after the reference {@link #ref(TokenList, int)} read. */
  int position() {
    return p;
  }

  /** A node's contents, read but not yet given to a node. */
  private record Body(String kind, List<String> names, List<Metadata> ops, int line) {
    void defineAs(MDNode n, boolean distinct) {
      n.define(kind, distinct, names, ops, line);
    }
  }

  private Body body() {
    int start = p;
    List<Metadata> ops = new ArrayList<>();
    if (type() == EXCLAIM && type(1) == LBRACE) {
      p += 2;
      if (!take(RBRACE)) {
        do {
          Metadata e = take(NULL) ? MDLiteral.NULL : ref();
          if (e == null) {
            return null;
          }
          ops.add(e);
        } while (take(COMMA));
        if (!take(RBRACE)) {
          return null;
        }
      }
      return new Body(null, List.of(), ops, tokens.line(start));
    }
    if (type() != MD_NAME || type(1) != LPAREN) {
      return null;
    }
    String kind = spellings.afterSigil(b, tokens.start(start), tokens.stop(start));
    if (!MetadataTranslator.KINDS.contains(kind)) {
      return null; // the translator reports it
    }
    p += 2;
    List<String> names = List.of();
    if (!take(RPAREN)) {
      boolean named = type() == LABEL;
      if (named) {
        names = new ArrayList<>();
      }
      do {
        if (named != (type() == LABEL)) {
          return null; // named and positional fields mixed: the translator's error
        }
        if (named) {
          names.add(spellings.fieldName(b, tokens.start(p), tokens.stop(p)));
          p++;
        }
        Metadata v = value();
        if (v == null) {
          return null;
        }
        ops.add(v);
      } while (take(COMMA));
      if (!take(RPAREN)) {
        return null;
      }
    }
    return new Body(kind, names.isEmpty() ? names : spellings.names(names), ops,
        tokens.line(start));
  }

  private Metadata value() {
    int t = p;
    switch (tokens.type(t)) {
      case BAREWORD, INT -> {
        p++;
        if (type() != BAR) {
          return literal(t);
        }
        StringBuilder sb = new StringBuilder(tokens.get(t).getText());
        while (take(BAR)) {
          if (type() != BAREWORD && type() != INT) {
            return null;
          }
          sb.append(" | ").append(tokens.get(p++).getText());
        }
        return new MDLiteral(sb.toString());
      }
      case STRING, TRUE, FALSE, FLOAT, HEX_FLOAT -> {
        p++;
        return literal(t);
      }
      case NULL -> {
        p++;
        return MDLiteral.NULL;
      }
      default -> {
        return ref();
      }
    }
  }

  /** The literal token i spells, shared (Spellings). */
  private MDLiteral literal(int i) {
    return spellings.literal(b, tokens.start(i), tokens.stop(i) + 1);
  }

  /** A reference: !N, !"text", or an inline node; null when there is none here. */
  private Metadata ref() {
    int t = type();
    if (t == MD_ID) {
      p++;
      return symbols.metadataNode(
          MetadataTranslator.number(b, tokens.start(p - 1), tokens.stop(p - 1) + 1));
    }
    if (t == EXCLAIM && type(1) == STRING) {
      p += 2;
      return new MDString(Tokens.string((TerminalNode) tokens.get(p - 1)));
    }
    Body body = body();
    if (body == null) {
      return null;
    }
    MDNode inline = new MDNode(-1);
    body.defineAs(inline, false);
    return inline;
  }

  private int type() {
    return type(0);
  }

  private int type(int ahead) {
    return tokens.typeAt(p + ahead);
  }

  private boolean take(int type) {
    if (type() != type) {
      return false;
    }
    p++;
    return true;
  }
}
