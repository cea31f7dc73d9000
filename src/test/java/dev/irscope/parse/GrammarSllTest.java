/*
 * Conformance test for the ANTLR grammar (grammar/LLVM*.g4): every .ll file of the LLVM test
 * corpus (../shared/corpus/llvm-test) and of testdata/ (except error cases, which carry
 * `; ERROR:` lines) must parse with the `module` rule in pure SLL mode with a bail-out error
 * strategy, i.e. without ever needing full-LL prediction. Every failure is collected as
 * "file:line:col: message" and the list must be empty.
 * -Dirscope.corpus=DIR points at the corpus elsewhere; -Dirscope.grammar.extra=dir1:dir2 adds
 * directories (e.g. rustc or clang output kept outside the repository).
 */
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.parse.antlr.LLVMLexer;
import dev.irscope.parse.antlr.LLVMParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

class GrammarSllTest {

  private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
  private static final Path CORPUS =
      Path.of(
              System.getProperty(
                  "irscope.corpus", PROJECT.resolve("../shared/corpus/llvm-test").toString()))
          .normalize();
  private static final Path TESTDATA = PROJECT.resolve("testdata");
  private static final Pattern ERROR_DIRECTIVE = Pattern.compile("(?m)^; ERROR:");

  /** A lexer error, carrying its position. */
  private static final class LexError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LexError(String message) {
      super(message, null, false, false);
    }
  }

  private static final BaseErrorListener THROWING_LEXER_LISTENER =
      new BaseErrorListener() {
        @Override
        public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int col,
            String msg,
            RecognitionException e) {
          throw new LexError(line + ":" + col + ": " + msg);
        }
      };

  private static final ThreadLocal<LLVMLexer> LEXER =
      ThreadLocal.withInitial(
          () -> {
            LLVMLexer lexer = new LLVMLexer(null);
            lexer.removeErrorListeners();
            lexer.addErrorListener(THROWING_LEXER_LISTENER);
            return lexer;
          });

  private static final ThreadLocal<LLVMParser> PARSER =
      ThreadLocal.withInitial(
          () -> {
            LLVMParser parser = new LLVMParser(null);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setBuildParseTree(true);
            return parser;
          });

  @Test
  void everyCorpusAndTestdataFileParsesInSllMode() throws IOException {
    List<Path> corpus = llFiles(CORPUS);
    assertWithMessage("LLVM test corpus (-Dirscope.corpus=DIR) not found at %s", CORPUS)
        .that(corpus)
        .isNotEmpty();
    List<Path> files = new ArrayList<>(corpus);
    llFiles(TESTDATA).stream().filter(f -> !expectsError(f)).forEach(files::add);
    String extra = System.getProperty("irscope.grammar.extra", "");
    for (String dir : extra.split(":")) {
      if (!dir.isBlank()) {
        files.addAll(llFiles(Path.of(dir)));
      }
    }

    long start = System.nanoTime();
    List<String> failures =
        files.parallelStream()
            .map(GrammarSllTest::parseFailure)
            .filter(Objects::nonNull)
            .sorted()
            .collect(Collectors.toList());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "GrammarSllTest: %d files, %d failures, %d ms%n", files.size(), failures.size(), millis);

    failures.forEach(System.out::println);
    assertWithMessage("files that failed to parse:%n%s", String.join("\n", failures))
        .that(failures)
        .isEmpty();
  }

  private static List<Path> llFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".ll") && Files.isRegularFile(p))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Whether a testdata file is an error case (`; ERROR:` lines): those are meant to fail. */
  private static boolean expectsError(Path file) {
    try {
      return ERROR_DIRECTIVE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one file; returns null on success or "file:line:col: message". */
  private static String parseFailure(Path file) {
    LLVMLexer lexer = LEXER.get();
    LLVMParser parser = PARSER.get();
    try {
      lexer.setInputStream(CharStreams.fromPath(file));
      parser.setTokenStream(new CommonTokenStream(lexer));
      parser.module();
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (LexError e) {
      return file + ":" + e.getMessage();
    } catch (ParseCancellationException e) {
      return file + ":" + describe(parser, e.getCause());
    } finally {
      parser.setTokenStream(null);
    }
  }

  private static String describe(LLVMParser parser, Throwable cause) {
    if (!(cause instanceof RecognitionException)) {
      return "0:0: " + cause;
    }
    RecognitionException e = (RecognitionException) cause;
    Token t = e.getOffendingToken();
    String rule =
        e.getCtx() == null ? "?" : parser.getRuleNames()[e.getCtx().getRuleIndex()];
    String text = t == null ? "?" : t.getText();
    if (text.length() > 40) {
      text = text.substring(0, 40) + "...";
    }
    int line = t == null ? 0 : t.getLine();
    int col = t == null ? 0 : t.getCharPositionInLine() + 1;
    return line + ":" + col + ": unexpected '" + text + "' in " + rule + " ("
        + cause.getClass().getSimpleName() + ")";
  }
}
