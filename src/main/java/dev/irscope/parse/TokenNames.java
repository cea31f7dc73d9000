// Readable names of token kinds for error messages ("%name" rather than LOCAL_VAR).
package dev.irscope.parse;

import dev.irscope.parse.antlr.LLVMLexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

final class TokenNames {
  private TokenNames() {}

  static String describe(Vocabulary v, int type) {
    return switch (type) {
      case Token.EOF -> "end of input";
      case LLVMLexer.LOCAL_VAR -> "a local name (%x)";
      case LLVMLexer.GLOBAL_VAR -> "a global name (@x)";
      case LLVMLexer.INT -> "an integer";
      case LLVMLexer.STRING -> "a string";
      case LLVMLexer.MD_ID -> "a metadata reference (!N)";
      case LLVMLexer.MD_NAME -> "a metadata name (!name)";
      case LLVMLexer.LABEL -> "a label";
      case LLVMLexer.BAREWORD -> "a keyword";
      case LLVMLexer.INT_TYPE -> "an integer type";
      case LLVMLexer.ATTR_GROUP_ID -> "an attribute group (#N)";
      case LLVMLexer.COMDAT_VAR -> "a comdat name ($c)";
      default -> {
        String lit = v.getLiteralName(type);
        yield lit != null ? lit : v.getDisplayName(type);
      }
    };
  }
}
