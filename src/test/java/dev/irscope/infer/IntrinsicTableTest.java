// IntrinsicTable against LLVM: the declarations of spec case 23 as opt-19 printed them (its
// recorded run), and a differential test that asks opt-19 about a sample of the intrinsic
// declarations in the shared corpus of LLVM's own tests.
package dev.irscope.infer;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.Type;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IntrinsicTableTest {
  private static final IntrinsicTable V19 = IntrinsicTable.forVersion(LlvmVersion.V19);
  private static final IntrinsicTable V22 = IntrinsicTable.forVersion(LlvmVersion.V22);

  private static Module parse(String name, String text) {
    ParseResult r = IrParser.parse(new SourceText(name, text.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.diagnostics()).isEmpty();
    return r.module();
  }

  /** Each llvm.* declaration of {@code m} whose attributes differ from the table's. */
  private static List<String> disagreements(IntrinsicTable t, Module m) {
    List<String> out = new ArrayList<>();
    for (Function f : m.functions()) {
      IntrinsicTable.Entry e = t.lookup(f.name());
      if (e == null) {
        out.add(f.name() + ": not in the table");
        continue;
      }
      FunctionAttrs llvm = FunctionAttrs.declared(f);
      FunctionAttrs table = e.attrs(f.arguments().size());
      if (!llvm.equals(table)) {
        out.add(f.name() + ": opt-19 " + llvm + ", table " + table);
      }
    }
    return out;
  }

  @Test
  void case23MatchesOpt19Exactly() throws Exception {
    String run = Files.readString(Corpus.projectDir()
        .resolve("../shared/spec/cases/23_intrinsic_attrs.run1.txt").normalize());
    Module m = parse("23_intrinsic_attrs.run1.txt", run.substring(run.indexOf("; ModuleID")));
    assertThat(m.functions()).hasSize(11);
    assertThat(disagreements(V19, m)).isEmpty();
  }

  @Test
  void memcpyLineReadsAsLlvmPrintsIt() {
    IntrinsicTable.Entry e = V19.lookup("llvm.memcpy.p0.p0.i64");
    assertThat(e.name()).isEqualTo("llvm.memcpy");
    assertThat(e.fn()).containsExactly("nocallback", "nofree", "nounwind", "willreturn",
        "memory(argmem: readwrite)").inOrder();
    assertThat(e.ret()).isEmpty();
    assertThat(e.param(0)).containsExactly("noalias", "nocapture", "writeonly").inOrder();
    assertThat(e.param(2)).isEmpty();
    assertThat(e.param(3)).containsExactly("immarg");
    assertThat(e.param(9)).isEmpty();
    assertThat(e.has("nosync")).isFalse();
    assertThat(e.has("memory")).isTrue();
    assertThat(e.has("memory(argmem: readwrite)")).isTrue();
  }

  @Test
  void lookupTakesTheLongestPrefixAtDotBoundaries() {
    assertThat(V19.lookup("llvm.memcpy.inline.p0.p0.i64").name()).isEqualTo("llvm.memcpy.inline");
    assertThat(V19.lookup("@llvm.lifetime.start.p0").name()).isEqualTo("llvm.lifetime.start");
    assertThat(V19.lookup("llvm.x86.sse2.pause").name()).isEqualTo("llvm.x86.sse2.pause");
    assertThat(V19.lookup("llvm.smax").name()).isEqualTo("llvm.smax");
  }

  @Test
  void lookupRejectsNonIntrinsics() {
    assertThat(V19.lookup("memcpy")).isNull();
    assertThat(V19.lookup("llvm.no.such.thing")).isNull();
    assertThat(V19.lookup("llvm.memcp")).isNull();
    // llvm.trap is not overloaded, so a suffix makes it no intrinsic (as in LLVM).
    assertThat(V19.lookup("llvm.trap.i32")).isNull();
  }

  @Test
  void llvm22SpellsCapturesAndKnowsNewAttributes() {
    IntrinsicTable.Entry memcpy = V22.lookup("llvm.memcpy.p0.p0.i64");
    assertThat(memcpy.fromLlvm19()).isFalse();
    assertThat(memcpy.param(0)).contains("captures(none)");
    IntrinsicTable.Entry smax = V22.lookup("llvm.smax.i32");
    assertThat(smax.has("nocreateundeforpoison")).isTrue();
    assertThat(V19.lookup("llvm.smax.i32").has("nocreateundeforpoison")).isFalse();
    assertThat(V22.size()).isEqualTo(V19.size());
  }

  @Test
  void corpusDeclarationsAgreeWithOpt19() throws Exception {
    List<Path> files = Corpus.files(Corpus.llvmTests());
    Map<String, String> decls = new TreeMap<>();
    for (int i = 0; i < files.size(); i += 7) {
      byte[] bytes = Files.readAllBytes(files.get(i));
      if (!new String(bytes, StandardCharsets.UTF_8).contains("declare")) {
        continue;
      }
      ParseResult r = IrParser.parse(new SourceText(files.get(i).toString(), bytes));
      if (!r.ok()) {
        continue;
      }
      for (Function f : r.module().functions()) {
        if (f.isDeclaration() && V19.lookup(f.name()) != null
            && f.name().matches("llvm\\.[A-Za-z0-9_.]+")) {
          decls.putIfAbsent(f.name(), declaration(f));
        }
      }
    }
    assertThat(decls.size()).isAtLeast(200);
    Path tmp = Files.createTempDirectory(Path.of("target"), "intrinsics");
    List<String> problems = new ArrayList<>();
    int compared = 0;
    List<String> all = new ArrayList<>(decls.values());
    for (int i = 0; i < all.size(); i += 200) {
      List<String> chunk = all.subList(i, Math.min(all.size(), i + 200));
      Path ll = tmp.resolve("chunk" + i + ".ll");
      Files.writeString(ll, String.join("\n", chunk) + "\n");
      LlvmTools.Run opt = LlvmTools.run("opt-19", "-S", "-passes=verify",
          "--preserve-input-debuginfo-format=true", ll.toString());
      if (!opt.ok()) {
        continue; // a declaration opt-19 rejects (typed pointers, upgraded names) spoils the chunk
      }
      Module m = parse(ll.toString(), opt.output());
      compared += m.functions().size();
      problems.addAll(disagreements(V19, m));
    }
    System.out.printf("intrinsics: %d corpus declarations, %d compared with opt-19%n",
        decls.size(), compared);
    assertThat(compared).isAtLeast(decls.size() / 2);
    assertThat(problems).isEmpty();
  }

  private static String declaration(Function f) {
    List<String> ps = new ArrayList<>();
    for (Type t : f.functionType().paramTypes()) {
      ps.add(t.toString());
    }
    if (f.functionType().isVarArg()) {
      ps.add("...");
    }
    return "declare " + f.returnType() + " @" + f.name() + "(" + String.join(", ", ps) + ")";
  }
}
