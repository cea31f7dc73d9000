// InlinePass against opt-19 -passes=inline (threshold 250, as irscope) on the Rust inputs it is
// made for: testdata/rust/*.O3-noprepop.ll, rewritten into LLVM 19 syntax (captures(none) as
// nocapture, other captures(...), dead_on_return, nocreateundeforpoison, samesign and the
// target_mem locations dropped, lifetime markers given their size operand back), which changes
// nothing the inliner looks at. Inlined call sites are compared as (caller, callee) pairs with
// multiplicity: nearly all that irscope inlines, opt-19 inlines too, and nearly all that opt-19
// inlines, irscope inlines too or leaves alone as an invoke (irscope inlines calls only). The
// result must be valid for llvm-as-19 and opt-19 -passes=verify.
package dev.irscope.transform;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InlineDifferentialTest {
  private static final Pattern DOC = Pattern.compile("(?s)--- !(\\w+)\\n(.*?)\\n\\.\\.\\.");

  /** LLVM 22 spellings the inliner does not look at, in LLVM 19's terms. */
  static String toLlvm19(String text) {
    return text.replace("captures(none)", "nocapture")
        .replaceAll(" captures\\([^)]*\\)", "")
        .replace(" dead_on_return", "")
        .replace(" nocreateundeforpoison", "")
        .replace("icmp samesign ", "icmp ")
        .replaceAll(", target_mem0: [a-z]+, target_mem1: [a-z]+", "")
        .replaceAll("declare void @llvm\\.lifetime\\.(start|end)\\.p0\\(ptr nocapture\\)",
            "declare void @llvm.lifetime.$1.p0(i64 immarg, ptr nocapture)")
        .replaceAll("@llvm\\.lifetime\\.(start|end)\\.p0\\(ptr ", "@llvm.lifetime.$1.p0(i64 -1, ptr ");
  }

  /** (caller, callee) of each inlining in LLVM's optimization records, counted. */
  private static Map<String, Integer> inlinedPairs(String yaml) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = DOC.matcher(yaml);
    while (m.find()) {
      String body = m.group(2);
      if (body.contains("\nName:            Inlined") || body.contains("\nName:            Always")) {
        out.merge(field(body, "Caller") + " -> " + field(body, "Callee"), 1, Integer::sum);
      }
    }
    return out;
  }

  private static String field(String body, String key) {
    Matcher m = Pattern.compile("  - " + key + ":\\s+(.*)").matcher(body);
    return m.find() ? m.group(1).replaceAll("^'|'$", "") : "";
  }

  @Test
  void irscopeInlinesWhatOptInlinesButInvokes() throws Exception {
    Path tmp = Files.createTempDirectory(Path.of("target"), "inline-diff");
    int ours = 0;
    int theirs = 0;
    int both = 0;
    int invokes = 0;
    for (Path p : Corpus.files(Corpus.projectDir().resolve("testdata/rust"))) {
      if (!p.toString().endsWith(".O3-noprepop.ll")) {
        continue;
      }
      Path in = tmp.resolve(p.getFileName());
      Files.writeString(in, toLlvm19(Files.readString(p)));
      assertWithMessage("llvm-as-19 on rewritten %s", p)
          .that(LlvmTools.run("llvm-as-19", in.toString(), "-o", "/dev/null").ok()).isTrue();
      Path yaml = tmp.resolve("opt.yaml");
      Files.deleteIfExists(yaml);
      LlvmTools.run("opt-19", "-passes=inline", "-inline-threshold=250",
          "-pass-remarks-output=" + yaml, "-disable-output", in.toString());
      Map<String, Integer> opt = Files.exists(yaml) ? inlinedPairs(Files.readString(yaml))
          : Map.of();
      ParseResult r = IrParser.parse(new SourceText(in.toString(), Files.readAllBytes(in)));
      Module m = r.module();
      List<Function> defined = m.functions().stream().filter(f -> !f.isDeclaration()).toList();
      Map<String, Integer> irscope = new HashMap<>();
      Map<String, Integer> declinedInvokes = new HashMap<>();
      for (PassRemark rm : Passes.run(defined, List.of("inline"),
          CallAttributes.declared(LlvmVersion.of("19")))) {
        String pair = rm.function() + " -> " + rm.args().get(1).value();
        if (rm.kind() == PassRemark.Kind.PASSED) {
          irscope.merge(pair, 1, Integer::sum);
        } else if (rm.name().equals("NotInlined") && rm.reason().startsWith("invoke")) {
          declinedInvokes.merge(pair, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : opt.entrySet()) {
        int common = Math.min(e.getValue(), irscope.getOrDefault(e.getKey(), 0));
        both += common;
        invokes += Math.min(e.getValue() - common, declinedInvokes.getOrDefault(e.getKey(), 0));
      }
      ours += irscope.values().stream().mapToInt(Integer::intValue).sum();
      theirs += opt.values().stream().mapToInt(Integer::intValue).sum();
      Path out = tmp.resolve("out.ll");
      Files.writeString(out, m.print());
      LlvmTools.Run as = LlvmTools.assemble(out, tmp.resolve("out.bc"));
      LlvmTools.Run verify = as.ok() ? LlvmTools.run("opt-19", "-passes=verify",
          "-disable-output", tmp.resolve("out.bc").toString()) : as;
      assertWithMessage("LLVM accepts the inlined %s: %s", p, verify.output())
          .that(verify.ok()).isTrue();
    }
    System.out.printf("inline vs opt-19: irscope %d call sites, opt-19 %d, both %d, %d more are"
        + " invokes irscope leaves alone%n", ours, theirs, both, invokes);
    assertThat(theirs).isGreaterThan(100);
    assertThat((double) both).isAtLeast(0.95 * ours);
    assertThat((double) both + invokes).isAtLeast(0.95 * theirs);
  }
}
