// Instruction.clone() and ValueMapper against the corpus: every function body of testdata and
// of every 10th llvm-test file is cloned, instruction by instruction, into a fresh function with
// fresh arguments; the copy must print exactly as the original (every kind's state, flags,
// attachments, debug records and names survive; every operand, phi block and local metadata
// value points into the copy) and the Verifier must accept it on its own. Plus small cases that
// the copy is independent of the original and that unmapped locals of another function become
// poison in metadata.
package dev.irscope.ir;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import dev.irscope.report.UnifiedDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstructionCloneTest {
  private static Module parse(String name, byte[] text) {
    ParseResult r = IrParser.parse(new SourceText(name, text));
    assertWithMessage("%s parses", name).that(r.ok()).isTrue();
    return r.module();
  }

  /** A fresh function with f's name, signature and argument names, holding a copy of f's body. */
  static Function cloneBody(Function f) {
    Function g = new Function(f.name());
    g.setFunctionType(f.functionType());
    g.setDefinition(true);
    ValueMapper vm = new ValueMapper(f);
    for (Argument a : f.arguments()) {
      g.argument(a.index()).setName(a.name());
      vm.put(a, g.argument(a.index()));
    }
    List<Instruction> copies = new ArrayList<>();
    for (BasicBlock b : f.blocks()) {
      BasicBlock nb = new BasicBlock(b.name());
      nb.setPosition(b.line(), b.column());
      vm.put(b, nb);
      g.addBlock(nb);
      for (Instruction i : b.instructions()) {
        Instruction c = i.clone();
        c.setName(i.name());
        vm.put(i, c);
        nb.append(c);
        copies.add(c);
      }
    }
    copies.forEach(vm::remap);
    return g;
  }

  private static String body(Function f) {
    AsmWriter w = new AsmWriter(f);
    f.printDefinition(w);
    String text = w.toString();
    return text.substring(text.indexOf(" {\n")).lines()
        .filter(l -> !l.startsWith("  uselistorder")).collect(Collectors.joining("\n"));
  }

  @Test
  void everyCorpusFunctionClonesToTheSameTextAndVerifies() throws Exception {
    List<String> problems = new ArrayList<>();
    int functions = 0;
    int instructions = 0;
    for (Path p : Corpus.testdataAndEvery(10)) {
      Module m = parse(p.toString(), Files.readAllBytes(p));
      for (Function f : m.functions()) {
        if (f.isDeclaration()) {
          continue;
        }
        functions++;
        Function g = cloneBody(f);
        for (Instruction i : g.instructions()) {
          instructions++;
        }
        String want = body(f);
        String got = body(g);
        if (!want.equals(got)) {
          String diff = UnifiedDiff.of(want, got, "original", "copy");
          problems.add(p + " @" + f.name() + ":\n" + diff.substring(0, Math.min(800,
              diff.length())));
          continue;
        }
        Module alone = new Module();
        alone.addGlobal(g);
        List<Diagnostic> found = Verifier.verify(alone);
        if (!found.isEmpty()) {
          problems.add(p + " @" + f.name() + ": verifier: " + found.get(0).message());
        }
      }
    }
    System.out.printf("cloned %d functions, %d instructions%n", functions, instructions);
    assertThat(problems).isEmpty();
    assertThat(functions).isGreaterThan(1000);
  }

  @Test
  void theCopyUsesOnlyItsOwnValues() {
    Module m = parse("t.ll", ("define i32 @f(i32 %a, ptr %p) {\n"
        + "entry:\n"
        + "  %x = add nsw i32 %a, 1\n"
        + "  br label %loop\n"
        + "loop:\n"
        + "  %i = phi i32 [ %x, %entry ], [ %j, %loop ]\n"
        + "  %j = load atomic i32, ptr %p syncscope(\"agent\") acquire, align 4\n"
        + "    #dbg_value(i32 %j, !1, !DIExpression(), !2)\n"
        + "  %c = icmp samesign ult i32 %i, %j\n"
        + "  br i1 %c, label %loop, label %exit\n"
        + "exit:\n"
        + "  ret i32 %i\n"
        + "}\n"
        + "!1 = !DILocalVariable(name: \"j\", scope: !3)\n"
        + "!2 = !DILocation(line: 1, scope: !3)\n"
        + "!3 = distinct !DISubprogram(name: \"f\")\n").getBytes());
    Function f = m.function("f");
    Function g = cloneBody(f);
    assertThat(body(g)).isEqualTo(body(f));
    for (Instruction i : g.instructions()) {
      for (Value v : i.operands()) {
        assertWithMessage("operand of %s", i).that(v instanceof Instruction d
            && d.function() != g).isFalse();
        assertWithMessage("operand of %s", i).that(v instanceof Argument a
            && a.parent() != g).isFalse();
      }
    }
    // the record before %c describes %j: in the copy, the copy of %j; the original keeps its own
    for (Function h : List.of(f, g)) {
      List<Instruction> loop = h.blocks().get(1).instructions();
      DebugRecord r = loop.get(2).debugRecords().get(0);
      assertThat(((ValueAsMetadata) r.args().get(0)).value()).isSameInstanceAs(loop.get(1));
    }
  }

  @Test
  void unmappedLocalsOfTheSourceBecomePoisonInMetadata() {
    Module m = parse("t.ll", ("define void @f(i32 %a) {\n"
        + "  call void @llvm.dbg.value(metadata i32 %a, metadata !1, metadata !DIExpression())\n"
        + "  ret void\n"
        + "}\n"
        + "declare void @llvm.dbg.value(metadata, metadata, metadata)\n"
        + "!1 = !DILocalVariable(name: \"a\")\n").getBytes());
    Function f = m.function("f");
    Instruction call = f.entryBlock().instructions().get(0).clone();
    new ValueMapper(f).remap(call);
    assertThat(call.toIrString()).contains("metadata i32 poison");
    Instruction kept = f.entryBlock().instructions().get(0).clone();
    new ValueMapper().remap(kept);
    assertThat(kept.toIrString()).contains("metadata i32 %a");
  }
}
