/*
 * FastLexer must give exactly the tokens of the ANTLR lexer generated from grammar/LLVMLexer.g4,
 * the specification: same type, offsets, line and column for every token, EOF included, on every
 * .ll file of testdata/ (error cases too) and of the LLVM test corpus. Where the ANTLR lexer
 * reports an error FastLexer must decline (return null), and it may decline only on files with a
 * C comment (the nested-comment rule it leaves to ANTLR).
 */
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.parse.antlr.LLVMLexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Pair;
import org.junit.jupiter.api.Test;

class FastLexerTest {

  @Test
  void givesTheTokensOfTheAntlrLexerOnEveryFile() throws IOException {
    List<Path> files = Corpus.everyFile();
    assertWithMessage("no input files found").that(files).isNotEmpty();
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      String problem = compare(f.toString(), b);
      if (problem != null) {
        failures.add(f + ": " + problem);
      }
    }
    assertWithMessage(files.size() + " files").that(failures).isEmpty();
  }

  @Test
  void positive_tricky_spellings() {
    String text = "entry: -1.5: %x = add i32 -7, 8 ; c\n !DI(x: 1.5e+3, y: 0x1.8p3, z: +inf)"
        + " c\"a\\00\" \"q r\": @\"g\" $c !5 !llvm.x #0 #dbg_value( i32addrspace(3) s0xFF f0x1"
        + " 0xK1 ... \"\":\n i1 inbounds x86_fp80 1.5e 12. -qnan +nan(0x1) ^3 !\"s\"";
    assertWithMessage("").that(compare("inline", text.getBytes())).isNull();
  }

  /** Null when both lexers agree (or FastLexer rightly declines), else what differs. */
  private static String compare(String name, byte[] b) {
    List<Token> expected = antlrTokens(name, b);
    List<Token> actual = FastLexer.tokenize(new Pair<>(null, null), b, 0, b.length, 1, 0);
    if (actual == null) {
      return expected == null || new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)
          .contains("/*") ? null : "FastLexer declined a file ANTLR lexes";
    }
    if (expected == null) {
      return "FastLexer accepted a file the ANTLR lexer rejects";
    }
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      String e = describe(expected.get(i));
      String a = describe(actual.get(i));
      if (!e.equals(a)) {
        return "token " + i + ": expected " + e + " but got " + a;
      }
    }
    return expected.size() == actual.size() ? null
        : "expected " + expected.size() + " tokens but got " + actual.size();
  }

  private static String describe(Token t) {
    return LLVMLexer.VOCABULARY.getSymbolicName(t.getType()) + "@" + t.getStartIndex() + ".."
        + t.getStopIndex() + " " + t.getLine() + ":" + t.getCharPositionInLine() + " ch"
        + t.getChannel();
  }

  private static List<Token> antlrTokens(String name, byte[] b) {
    LLVMLexer lexer = new LLVMLexer(new ByteCharStream(b, 0, b.length, name));
    boolean[] failed = new boolean[1];
    lexer.removeErrorListeners();
    lexer.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg,
          RecognitionException e) {
        failed[0] = true;
      }
    });
    List<Token> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      out.add(t);
      if (t.getType() == Token.EOF) {
        break;
      }
    }
    return failed[0] ? null : out;
  }
}
