// A syntax or semantic error found while reading a chunk: where and what. Thrown inside the
// translator and turned into a Diagnostic by the driver; it never reaches the user as a trace.
package dev.irscope.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

final class ParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int line;
  final int column;

  ParseError(int line, int column, String message) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
  }

  static ParseError at(Token t, String message) {
    return new ParseError(t.getLine(), t.getCharPositionInLine() + 1, message);
  }

  static ParseError at(ParserRuleContext ctx, String message) {
    return at(ctx.getStart(), message);
  }
}
