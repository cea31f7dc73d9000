// The source text of a parse-tree node with whitespace runs collapsed to one space: how
// attributes and raw metadata fields keep their spelling.
package dev.irscope.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

final class SourceSpans {
  private SourceSpans() {}

  static String text(SourceText src, ParserRuleContext ctx) {
    return text(src, ctx.getStart(), ctx.getStop());
  }

  /** The text from the start of token {@code first} to the end of {@code last}. */
  static String text(SourceText src, Token first, Token last) {
    int a = first.getStartIndex();
    int b = last.getStopIndex();
    if (b < a) {
      return "";
    }
    byte[] bytes = src.bytes();
    boolean plain = true;
    for (int i = a; i <= b && plain; i++) {
      byte c = bytes[i];
      plain = c != '\n' && c != '\r' && c != '\t' && !(c == ' ' && i > a && bytes[i - 1] == ' ');
    }
    String s = src.text(a, b + 1);
    return plain ? s : s.replaceAll("\\s+", " ");
  }
}
