// The model the parser builds, as later layers use it: use-def and def-use links, forward
// references, metadata that can be walked, debug locations, typed attribute queries, old
// spellings read as LLVM reads them.
package dev.irscope.parse;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Argument;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.Module;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.AtomicOrdering;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParsedModelTest {
  private static Module parse(String text) {
    ParseResult r = IrParser.parse(new SourceText("test.ll", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.diagnostics()).isEmpty();
    return r.module();
  }

  private static final String LOOP = """
      define i64 @reader(ptr noundef nonnull align 8 dereferenceable(8) %a) #0 {
      start:
        br label %loop
      loop:
        %i = phi i64 [ 0, %start ], [ %next, %loop ]
        %v = load atomic i64, ptr %a monotonic, align 8, !dbg !10
        %next = add i64 %i, %v
        %c = icmp eq i64 %v, 0
        br i1 %c, label %loop, label %done
      done:
        ret i64 %next
      }
      attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) }
      !llvm.dbg.cu = !{!1}
      !1 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !2, emissionKind: FullDebug)
      !2 = !DIFile(filename: "src/lib.rs", directory: "/tmp")
      !3 = distinct !DISubprogram(name: "reader", scope: !2, file: !2, line: 7, unit: !1)
      !10 = !DILocation(line: 8, column: 9, scope: !3)
      """;

  @Test
  void operandsAndUseListsPointBothWays() {
    Function f = parse(LOOP).function("reader");
    Argument a = f.argument(0);
    LoadInst load = (LoadInst) f.blocks().get(1).instructions().get(1);
    assertThat(load.pointer()).isSameInstanceAs(a);
    assertThat(a.users()).containsExactly(load);
    assertThat(load.users()).hasSize(2);
  }

  @Test
  void phiForwardReferenceIsResolvedToTheLaterDefinition() {
    Function f = parse(LOOP).function("reader");
    BasicBlock loop = f.blocks().get(1);
    PhiInst phi = (PhiInst) loop.instructions().get(0);
    Instruction next = loop.instructions().get(2);
    assertThat(phi.incomingValueFor(loop)).isSameInstanceAs(next);
    assertThat(next.users()).contains(phi);
    assertThat(loop.successors()).containsExactly(loop, f.blocks().get(2)).inOrder();
  }

  @Test
  void debugLocationGivesFileLineAndColumn() {
    Function f = parse(LOOP).function("reader");
    LoadInst load = (LoadInst) f.blocks().get(1).instructions().get(1);
    DILocation loc = load.debugLoc();
    assertThat(loc.filename()).isEqualTo("src/lib.rs");
    assertThat(loc.line()).isEqualTo(8);
    assertThat(loc.column()).isEqualTo(9);
    assertThat(load.line()).isEqualTo(6);
    assertThat(load.column()).isEqualTo(3);
    assertThat(load.ordering()).isEqualTo(AtomicOrdering.MONOTONIC);
  }

  @Test
  void attributesAnswerTypedQueriesAndKeepTheirSpelling() {
    Function f = parse(LOOP).function("reader");
    AttributeSet fn = f.fnAttributes();
    assertThat(fn.has("nosync")).isTrue();
    MemoryEffects me = fn.memoryEffects();
    assertThat(me.onlyReadsMemory()).isTrue();
    assertThat(me.access(MemoryEffects.Location.ARGMEM)).isEqualTo(MemoryEffects.READ);
    assertThat(me.access(MemoryEffects.Location.OTHER)).isEqualTo(MemoryEffects.NONE);
    assertThat(me.toString()).isEqualTo("memory(argmem: read)");
    AttributeSet p = f.paramAttributes(0);
    assertThat(p.dereferenceableBytes()).isEqualTo(8);
    assertThat(p.alignment()).isEqualTo(8);
    assertThat(p.spelling()).isEqualTo("noundef nonnull align 8 dereferenceable(8)");
    assertThat(fn.spelling()).isEqualTo("#0");
  }

  @Test
  void legacyAttributeSpellingsMeanWhatLlvmReadsThemAs() {
    Module m = parse("declare void @f(i32* nocapture) readonly argmemonly\n"
        + "declare void @g(ptr captures(none)) memory(read)\n");
    Function f = m.function("f");
    assertThat(f.paramAttributes(0).isNoCapture()).isTrue();
    assertThat(f.argument(0).type()).isSameInstanceAs(PointerType.PTR);
    assertThat(f.fnAttributes().memoryEffects().toString())
        .isEqualTo(m.function("g").fnAttributes().memoryEffects()
            .intersect(MemoryEffects.none().with(MemoryEffects.Location.ARGMEM,
                MemoryEffects.READWRITE)).toString());
    assertThat(m.function("g").paramAttributes(0).isNoCapture()).isTrue();
    assertThat(m.function("f").fnAttributes().spelling()).isEqualTo("readonly argmemonly");
  }

  @Test
  void debugRecordsAttachToTheNextInstructionAndTheirVariableCanBeWalked() {
    Module m = parse("""
        define void @f(i32 %x) !dbg !3 {
          #dbg_value(i32 %x, !4, !DIExpression(), !6)
          ret void, !dbg !6
        }
        !llvm.dbg.cu = !{!1}
        !1 = distinct !DICompileUnit(language: DW_LANG_C99, file: !2, emissionKind: FullDebug)
        !2 = !DIFile(filename: "a.c", directory: "/")
        !3 = distinct !DISubprogram(name: "f", scope: !2, file: !2, line: 1, unit: !1)
        !4 = !DILocalVariable(name: "x", arg: 1, scope: !3, file: !2, line: 1, type: !5)
        !5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
        !6 = !DILocation(line: 2, column: 3, scope: !3)
        """);
    Instruction ret = m.function("f").entryBlock().instructions().get(0);
    DebugRecord r = ret.debugRecords().get(0);
    assertThat(r.kind()).isEqualTo("value");
    MDNode var = (MDNode) r.variable();
    assertThat(var.stringField("name")).isEqualTo("x");
    MDNode type = var.nodeField("type");
    assertThat(type.kind()).isEqualTo("DIBasicType");
    assertThat(type.stringField("name")).isEqualTo("int");
    assertThat(type.intField("size", 0)).isEqualTo(32);
  }


  @Test
  void aGlobalsUsesAreInTextOrderThoughBodiesAreReadInParallel() {
    StringBuilder text = new StringBuilder("@g = global i32 0\n");
    for (int f = 0; f < 400; f++) { // about 400 KB: several batches, read on every core
      text.append("define i32 @f").append(f).append("() {\n");
      for (int k = 0; k < 20; k++) {
        text.append("  %v").append(k).append(" = load volatile i32, ptr @g, align 4\n");
      }
      text.append("  store i32 %v0, ptr getelementptr (i8, ptr @g, i64 0), align 4\n");
      text.append("  ret i32 %v19\n}\n");
    }
    Module m = parse(text.toString());
    java.util.List<dev.irscope.ir.Use> uses = m.global("g").uses();
    assertThat(uses).hasSize(400 * 21);
    int last = 0;
    for (dev.irscope.ir.Use u : uses) {
      Instruction i = u.user() instanceof Instruction in ? in
          : (Instruction) u.user().uses().get(0).user(); // the getelementptr constant's user
      assertThat(i.line()).isAtLeast(last);
      last = i.line();
    }
  }

  @Test
  void aDebugRecordNamingAValueDefinedFurtherDownGetsTheValue() {
    Module m = parse("""
        define i32 @f(i32 %x) {
        entry:
          br label %loop
        loop:
          #dbg_value(i32 %next, !4, !DIExpression(), !6)
          %i = phi i32 [ 0, %entry ], [ %next, %loop ]
          %next = add i32 %i, 1
          %c = icmp eq i32 %next, %x
          br i1 %c, label %done, label %loop
        done:
          ret i32 %next
        }
        !1 = distinct !DICompileUnit(language: DW_LANG_C99, file: !2, emissionKind: FullDebug)
        !2 = !DIFile(filename: "a.c", directory: "/")
        !3 = distinct !DISubprogram(name: "f", scope: !2, file: !2, line: 1, unit: !1)
        !4 = !DILocalVariable(name: "n", scope: !3, file: !2, line: 1)
        !6 = !DILocation(line: 2, column: 3, scope: !3)
        """);
    BasicBlock loop = m.function("f").blocks().get(1);
    DebugRecord r = loop.instructions().get(0).debugRecords().get(0);
    dev.irscope.ir.ValueAsMetadata arg = (dev.irscope.ir.ValueAsMetadata) r.args().get(0);
    assertThat(arg.value()).isSameInstanceAs(loop.instructions().get(1));
  }
  @Test
  void unnamedValuesAreNumberedWhenPrinted() {
    Module m = parse("define i32 @f(i32) {\n  %2 = add i32 %0, 1\n  br label %3\n"
        + "3:\n  ret i32 %2\n}\n");
    String printed = m.print();
    assertThat(printed).contains("define i32 @f(i32 %0) {");
    assertThat(printed).contains("%2 = add i32 %0, 1");
    assertThat(printed).contains("br label %3");
    assertThat(printed).contains("\n3:\n");
  }

  @Test
  void globalsKeepLinkageAndInitializers() {
    Module m = parse("@g = internal unnamed_addr constant [3 x i8] c\"ab\\00\", align 1\n"
        + "@h = external global i32\n");
    GlobalVariable g = (GlobalVariable) m.global("g");
    assertThat(g.linkage()).isEqualTo("internal");
    assertThat(g.isConstant()).isTrue();
    assertThat(g.initializer().toString()).isEqualTo("c\"ab\\00\"");
    assertThat(m.global("h").isDeclaration()).isTrue();
  }

  @Test
  void storeOperandsAreValueThenPointer() {
    Module m = parse("define void @f(ptr %p, i32 %v) {\n  store volatile i32 %v, ptr %p, align 4\n"
        + "  ret void\n}\n");
    StoreInst s = (StoreInst) m.function("f").entryBlock().instructions().get(0);
    assertThat(s.value()).isSameInstanceAs(m.function("f").argument(1));
    assertThat(s.pointer()).isSameInstanceAs(m.function("f").argument(0));
    assertThat(s.isVolatile()).isTrue();
  }
}
