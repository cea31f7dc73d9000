// Demangler: both rustc schemes against rustc-demangle's alternate output (the oracle file
// testdata/rust/demangle/expected.tsv, see tools/update-demangle-expectations) and the
// grammar corners that rustc-demangle's own tests pin (consts, dyn traits, Punycode, backrefs).
package dev.irscope.rust;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemanglerTest {
  private static final Path RUST = Path.of("testdata/rust");

  @Test
  void agreesWithRustcDemangleOnEveryRecordedSymbol() throws IOException {
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(RUST.resolve("demangle/expected.tsv"))) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", 2);
      n++;
      if (!Demangler.demangle(cols[0]).equals(cols[1])) {
        wrong.add(cols[0] + " -> " + Demangler.demangle(cols[0]) + " (want " + cols[1] + ")");
      }
    }
    assertThat(n).isGreaterThan(600);
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRustSymbolInTheTestdataIsDecoded() throws IOException {
    Pattern sym = Pattern.compile("@\"?((_ZN|_R)[^\\s,(\")]*)");
    List<String> undecoded = new ArrayList<>();
    try (Stream<Path> top = Files.list(RUST);
        Stream<Path> debuginfo = Files.list(RUST.resolve("debuginfo"))) {
      for (Path f : Stream.concat(top, debuginfo).filter(p -> p.toString().endsWith(".ll"))
          .toList()) {
        Matcher m = sym.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!Demangler.isRustSymbol(m.group(1))) {
            undecoded.add(f.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(undecoded).isEmpty();
  }

  @Test
  void decodesTheIssueExamples() {
    assertThat(Demangler.demangle(
        "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime"))
        .isEqualTo("<alloc::alloc::Global>::alloc_impl_runtime");
    assertThat(Demangler.demangle("_RNvNtCsgEmfK2I1SDS_4core3fmt5write"))
        .isEqualTo("core::fmt::write");
    assertThat(Demangler.demangle("_ZN17unsafecell_atomic11AtomicUsize4load17h887177d6c9472041E"))
        .isEqualTo("unsafecell_atomic::AtomicUsize::load");
  }

  @Test
  void decodesLegacyEscapes() {
    assertThat(Demangler.demangle("_ZN71_$LT$Test$u20$$u2b$$u20$$u27$static$u20$as$u20$foo..Bar"
        + "$LT$Test$GT$$GT$3bar17h930b740aa94f1d3aE"))
        .isEqualTo("<Test + 'static as foo::Bar<Test>>::bar");
    assertThat(Demangler.demangle("_ZN4$RP$E")).isEqualTo(")");
    assertThat(Demangler.demangle("_ZN8$RF$testE")).isEqualTo("&test");
    assertThat(Demangler.demangle("_ZN13test$u20$test4foobE")).isEqualTo("test test::foob");
    assertThat(Demangler.demangle("_ZN3foo5h05afE")).isEqualTo("foo");
    assertThat(Demangler.demangle("__ZN3foo3barE")).isEqualTo("foo::bar");
  }

  @Test
  void decodesV0Closures() {
    assertThat(Demangler.demangle("_RNCNCNgCs6DXkGYLi8lr_2cc5spawn00B5_"))
        .isEqualTo("cc::spawn::{closure#0}::{closure#0}");
    assertThat(Demangler.demangle("_RNCINkXs25_NgCsbmNqQUJIY6D_4core5sliceINyB9_4IterhENuNgNoBb_"
        + "4iter8iterator8Iterator9rpositionNCNgNpB9_6memchr7memrchrs_0E0Bb_"))
        .isEqualTo("<core::slice::Iter<u8> as core::iter::iterator::Iterator>::rposition::"
            + "<core::slice::memchr::memrchr::{closure#1}>::{closure#0}");
  }

  @Test
  void decodesV0DynTraitsWithBindings() {
    assertThat(Demangler.demangle("_RINbNbCskIICzLVDPPb_5alloc5alloc8box_freeDINbNiB4_5boxed"
        + "5FnBoxuEp6OutputuEL_ECs1iopQbuBiw2_3std"))
        .isEqualTo("alloc::alloc::box_free::<dyn alloc::boxed::FnBox<(), Output = ()>>");
  }

  @Test
  void decodesV0Constants() {
    assertThat(constant("p")).isEqualTo("_");
    assertThat(constant("hb_")).isEqualTo("11");
    assertThat(constant("off00ff00ff00ff00ff_")).isEqualTo("0xff00ff00ff00ff00ff");
    assertThat(constant("anb_")).isEqualTo("-11");
    assertThat(constant("b1_")).isEqualTo("true");
    assertThat(constant("c22_")).isEqualTo("'\"'");
    assertThat(constant("ca_")).isEqualTo("'\\n'");
    assertThat(constant("c2202_")).isEqualTo("'∂'");
    assertThat(constant("e616263_")).isEqualTo("{*\"abc\"}");
    assertThat(constant("Re090a_")).isEqualTo("\"\\t\\n\"");
    assertThat(constant("Ree28882c3bc_")).isEqualTo("\"∂ü\"");
    assertThat(constant("RRRh0_")).isEqualTo("{&&&0}");
    assertThat(constant("QAE")).isEqualTo("{&mut []}");
    assertThat(constant("AAh1_h2_EAh3_h4_EE")).isEqualTo("{[[1, 2], [3, 4]]}");
    assertThat(constant("Tj0_E")).isEqualTo("{(0,)}");
    assertThat(constant("TRe616263_c78_RAh1_h2_h3_EE")).isEqualTo("{(\"abc\", 'x', &[1, 2, 3])}");
    assertThat(constant("VNvINtNtC4core6option6OptionjE4SomeTj0_E"))
        .isEqualTo("{core::option::Option::<usize>::Some(0)}");
    assertThat(constant("VNtC3foo3BarS1sRe616263_2chc78_5sliceRAh1_h2_h3_EE"))
        .isEqualTo("{foo::Bar { s: \"abc\", ch: 'x', slice: &[1, 2, 3] }}");
  }

  private static String constant(String mangled) {
    String d = Demangler.demangle("_RIC0K" + mangled + "E");
    assertWithMessage(mangled).that(d).startsWith("::<");
    return d.substring(3, d.length() - 1);
  }

  @Test
  void decodesV0TypesAndPunycode() {
    assertThat(Demangler.demangle("_RMC0INtC8arrayvec8ArrayVechKj7b_E"))
        .isEqualTo("<arrayvec::ArrayVec<u8, 123>>");
    assertThat(Demangler.demangle(
        "_RNqCs4fqI2P2rA04_11utf8_identsu30____7hkackfecea1cbdathfdh9hlq6y"))
        .isEqualTo("utf8_idents::საჭმელად_გემრიელი_სადილი");
    assertThat(Demangler.demangle("_RNvC6_123foo3bar")).isEqualTo("123foo::bar");
    assertThat(Demangler.demangle("_RMC0FG_KCRL0_eEu"))
        .isEqualTo("<for<'a> extern \"C\" fn(&'a str)>");
    assertThat(Demangler.demangle("_RMC0TTTTTTpB8_EB7_EB6_EB5_EB4_EB3_E")).hasLength(318);
  }

  @Test
  void keepsSymbolSuffixesButDropsThinLtoHashes() {
    assertThat(Demangler.demangle("_RNvC9backtrace3foo.llvm.A5310EB9"))
        .isEqualTo("backtrace::foo");
    assertThat(Demangler.demangle("_ZN3fooE.llvm.9D1C9369@@16")).isEqualTo("foo");
    assertThat(Demangler.demangle("_RNvNtNtNtNtCs92dm3009vxr_4rand4rngs7adapter9reseeding4fork"
        + "23FORK_HANDLER_REGISTERED.0.0"))
        .isEqualTo("rand::rngs::adapter::reseeding::fork::FORK_HANDLER_REGISTERED.0.0");
  }

  @Test
  void leavesOtherNamesUnchanged() {
    for (String name : List.of("main", "llvm.dbg.declare", "_Z3foov", "_ZN3fooE moocow",
        "_RNvC3foo", "_R", "_Rx", "_RC3foo.llvm moocow", "_ZN3foo", "Rust")) {
      assertWithMessage(name).that(Demangler.demangle(name)).isEqualTo(name);
      assertWithMessage(name).that(Demangler.isRustSymbol(name)).isFalse();
    }
  }

  @Test
  void rejectsRecursionBeyondTheLimit() {
    String deep = "_RIC0" + "R".repeat(2000) + "pE";
    assertThat(Demangler.demangle(deep)).isEqualTo(deep);
    String wide = "_RIC0p" + "Rp".repeat(1000) + "E";
    assertThat(Demangler.demangle(wide)).startsWith("::<_, &_, &_");
  }
}
