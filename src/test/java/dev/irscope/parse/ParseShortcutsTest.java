/*
 * The parser's shortcuts past whole parse trees must not change what it reads: FastMetadata
 * (numbered metadata straight from tokens) must make exactly the nodes MetadataTranslator makes
 * from parse trees, and a function body translated while it is parsed (item by item, trees
 * dropped) must be the body translated from its whole tree. On every .ll file of testdata/
 * (error cases too) and of the LLVM test corpus, the module parsed with the shortcuts prints
 * the same as the module parsed without them, every numbered node has the same line, and the
 * diagnostics are the same. FastMetadata must also take the common shapes (a test that passes
 * because it always declines would prove nothing).
 */
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.ir.MDNode;
import dev.irscope.ir.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParseShortcutsTest {

  @Test
  void giveTheModuleOfWholeParseTreesOnEveryFile() throws IOException {
    List<Path> files = Corpus.everyFile();
    assertWithMessage("no input files found").that(files).isNotEmpty();
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      String problem = compare(new SourceText(f.toString(), Files.readAllBytes(f)));
      if (problem != null) {
        failures.add(f + ": " + problem);
      }
    }
    assertWithMessage(files.size() + " files").that(failures).isEmpty();
  }

  @Test
  void positive_takesTheCommonShapes() {
    for (String definition : List.of(
        "!7 = !DILocation(line: 3, column: 7, scope: !5)",
        "!8 = distinct !DISubprogram(name: \"f\", spFlags: DISPFlagDefinition | DISPFlagOptimized)",
        "!9 = !{!1, null, !\"text\", !{!2}}",
        "!10 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())",
        "!11 = !DIExpression(DW_OP_LLVM_fragment, 0, 64)",
        "!12 = !DIBasicType(name: \"f\", size: 0x20, \"quoted\": true, x: -1.5)")) {
      assertWithMessage(definition).that(take(definition)).isTrue();
      assertWithMessage(definition).that(compare(source(definition))).isNull();
    }
  }

  @Test
  void negative_declinesWhatItDoesNotRead() {
    for (String definition : List.of(
        "!7 = !{i32 7, !\"Dwarf Version\", i32 5}",
        "!8 = !DIArgList(i32 %x)",
        "!9 = !DINotAKind(line: 3)",
        "!10 = !DILocation(line: 3, 7)",
        "!11 = !DICompositeType(elements: {!1})",
        "!12 = !DILocation(line: 3,",
        "!13 = !DIBasicType(name: \"f\") !14")) {
      assertWithMessage(definition).that(take(definition)).isFalse();
      assertWithMessage(definition).that(compare(source(definition))).isNull();
    }
  }

  @Test
  void negative_aRedefinedIdIsTheSameError() {
    SourceText s = source("!1 = !{}\n!1 = !DILocation(line: 1, scope: !1)");
    assertThat(IrParser.parse(s).diagnostics()).isNotEmpty();
    assertThat(compare(s)).isNull();
  }

  private static SourceText source(String text) {
    return new SourceText("inline.ll", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether FastMetadata takes the one definition in {@code text}. */
  private static boolean take(String text) {
    SourceText s = source(text);
    TokenList tokens = new ChunkParser().lex(s, Splitter.split(s.bytes()).get(0));
    return new FastMetadata(new Symbols(s)).define(tokens);
  }

  /** Null when both paths give the same module and diagnostics, else what differs. */
  private static String compare(SourceText s) {
    ParseResult fast = IrParser.parse(s);
    ParseResult slow = IrParser.parseWithoutShortcuts(s);
    if (!fast.diagnostics().toString().equals(slow.diagnostics().toString())) {
      return "diagnostics " + fast.diagnostics() + " instead of " + slow.diagnostics();
    }
    if (!fast.diagnostics().isEmpty()) {
      return null;
    }
    String a = fast.module().print();
    String b = slow.module().print();
    if (!a.equals(b)) {
      return "printed module differs: " + Corpus.firstDifference(a, b);
    }
    return lines(fast.module()).equals(lines(slow.module())) ? null : "node lines differ";
  }

  private static String lines(Module m) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, MDNode> e : m.metadata().entrySet()) {
      sb.append(e.getKey()).append(':').append(e.getValue().line()).append(' ');
    }
    return sb.toString();
  }
}
