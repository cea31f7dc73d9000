/*
 * Pins the parse-tree shapes the translator relies on: which alternative the SLL-only grammar
 * picks at the decisions that look ambiguous at first sight (initializer presence, `ret void`,
 * function types after a call's return type, LABEL versus keyword, typed-pointer suffixes).
 */
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.parse.antlr.LLVMLexer;
import dev.irscope.parse.antlr.LLVMParser;
import dev.irscope.parse.antlr.LLVMParser.BodyItemContext;
import dev.irscope.parse.antlr.LLVMParser.CallInstContext;
import dev.irscope.parse.antlr.LLVMParser.InstructionContext;
import dev.irscope.parse.antlr.LLVMParser.ModuleContext;
import dev.irscope.parse.antlr.LLVMParser.StoreInstContext;
import dev.irscope.parse.antlr.LLVMParser.TopLevelEntityContext;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;

class GrammarShapeTest {

  private static LLVMParser parser(String text) {
    LLVMParser parser =
        new LLVMParser(new CommonTokenStream(new LLVMLexer(CharStreams.fromString(text))));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    return parser;
  }

  private static ModuleContext parse(String text) {
    return parser(text).module();
  }

  /** The instructions of the first function definition, labels and records left out. */
  private static List<InstructionContext> instructions(String text) {
    return parse(text).topLevelEntity(0).functionDefinition().functionBody().bodyItem().stream()
        .map(BodyItemContext::instructionLine)
        .filter(line -> line != null)
        .map(line -> line.instruction())
        .collect(Collectors.toList());
  }

  private static List<String> tokenNames(String text) {
    LLVMLexer lexer = new LLVMLexer(CharStreams.fromString(text));
    return lexer.getAllTokens().stream()
        .map(Token::getType)
        .map(LLVMLexer.VOCABULARY::getSymbolicName)
        .collect(Collectors.toList());
  }

  @Test
  void externalGlobalHasNoInitializerWhenAGlobalFollows() {
    ModuleContext m = parse("@a = external global i32\n@b = global ptr @a\n");
    List<TopLevelEntityContext> entities = m.topLevelEntity();
    assertThat(entities).hasSize(2);
    assertThat(entities.get(0).globalVariable().value()).isNull();
    assertThat(entities.get(1).globalVariable().value().getText()).isEqualTo("@a");
  }

  @Test
  void entityRuleParsesOneChunk() {
    LLVMParser.EntityContext e = parser("declare void @f(i32) #0\n").entity();
    assertThat(e.topLevelEntity().functionDeclaration().functionHeader().GLOBAL_VAR().getText())
        .isEqualTo("@f");
  }

  @Test
  void retVoidIsItsOwnAlternative() {
    List<InstructionContext> insts = instructions("define void @f() {\n  ret void, !dbg !1\n}\n");
    assertThat(insts.get(0)).isInstanceOf(LLVMParser.RetVoidInstContext.class);
  }

  @Test
  void callWithExplicitFunctionTypeKeepsCalleeSeparate() {
    List<InstructionContext> insts =
        instructions(
            "define void @f() {\n  %r = tail call i32 (ptr, ...) @printf(ptr @s, i32 1) #0,"
                + " !dbg !2\n  ret void\n}\n");
    CallInstContext call = (CallInstContext) insts.get(0);
    assertThat(call.type().getText()).isEqualTo("i32(ptr,...)");
    assertThat(call.value().getText()).isEqualTo("@printf");
    assertThat(call.callArgs().callArg()).hasSize(2);
    assertThat(call.attribute()).hasSize(1);
    assertThat(call.mdAttachment()).hasSize(1);
  }

  @Test
  void storeAlignAndAttachmentsAreSeparated() {
    List<InstructionContext> insts =
        instructions(
            "define void @f(ptr %p) {\n  store atomic i32 1, ptr %p release, align 4, !tbaa !1\n"
                + "  ret void\n}\n");
    StoreInstContext store = (StoreInstContext) insts.get(0);
    assertThat(store.typedValue()).hasSize(2);
    assertThat(store.BAREWORD().getText()).isEqualTo("release");
    assertThat(store.INT().getText()).isEqualTo("4");
    assertThat(store.mdAttachment()).hasSize(1);
  }

  @Test
  void fcmpAcceptsTrueAndFalsePredicates() {
    List<InstructionContext> insts =
        instructions("define void @f(float %a) {\n  %c = fcmp fast true float %a, %a\n  ret void\n}\n");
    assertThat(insts.get(0)).isInstanceOf(LLVMParser.FcmpInstContext.class);
  }

  @Test
  void labelBeatsKeywordOnlyWhenGluedToColon() {
    assertThat(tokenNames("align: align 4")).containsExactly("LABEL", "ALIGN", "INT").inOrder();
    assertThat(tokenNames("entry: %x")).containsExactly("LABEL", "LOCAL_VAR").inOrder();
  }

  @Test
  void intTypeIsSplitFromAGluedWordLikeLlvm() {
    assertThat(tokenNames("i32addrspace(3)*"))
        .containsExactly("INT_TYPE", "ADDRSPACE", "LPAREN", "INT", "RPAREN", "STAR")
        .inOrder();
  }

  @Test
  void sigilTokensAreDistinguished() {
    assertThat(tokenNames("#dbg_value #0 !dbg !12 !DILocation ! ^3 $c s0x1F"))
        .containsExactly(
            "DBG_RECORD", "ATTR_GROUP_ID", "MD_NAME", "MD_ID", "MD_NAME", "EXCLAIM",
            "SUMMARY_ID", "COMDAT_VAR", "INT")
        .inOrder();
  }

  @Test
  void floatSpellingsAreSingleTokens() {
    assertThat(tokenNames("1.5e+10 -0.0 0x3FF0000000000000 0xK3FFF8000000000000000 f0x3F800000"))
        .containsExactly("FLOAT", "FLOAT", "HEX_FLOAT", "HEX_FLOAT", "HEX_FLOAT")
        .inOrder();
    assertThat(tokenNames("0x1.8p3 +inf -qnan +nan(0x1)"))
        .containsExactly("FLOAT", "FLOAT", "FLOAT", "FLOAT")
        .inOrder();
  }

  @Test
  void typedPointerSuffixesStack() {
    ModuleContext m = parse("@p = global %T addrspace(1)** null\n");
    assertThat(m.topLevelEntity(0).globalVariable().type().typeSuffix()).hasSize(2);
  }
}
