// The corpus and the plumbing shared by the differential tests of the transforms against
// opt-19 (OptLicmDifferentialTest, OptGvnDifferentialTest): the chosen spec cases, the Rust files
// llvm-as-19 accepts, the project's C programs and sqlite3.c from the shared corpus (when
// present; -Dirscope.licmDiff.noSqlite=true leaves it out), each C file compiled once by
// clang-19 -O0 -Xclang -disable-O0-optnone and opt-19 -passes=sroa into target/difftest-corpus;
// every input is then named by opt-19 -passes=instnamer so loads can be matched by name.
package dev.irscope.transform;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.irscope.analysis.Loop;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.LlvmTools;
import dev.irscope.parse.ParseResult;
import dev.irscope.parse.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

final class DifferentialCorpus {
  static final Path COMPILED = Corpus.projectDir().resolve("target/difftest-corpus");
  private static final Path SPEC = Path.of("/work/shared/spec/cases");
  /** The spec's cases with loops: LICM's and the loop-load PRE one. */
  static final List<String> LOOP_CASES = List.of("13_licm_spin_orderings",
      "14_licm_calls_in_loop", "15_licm_stores_atomics_in_loop", "16_licm_conditional_deref",
      "17_licm_invariant_sources", "18_spin_loop_pipelines", "21_gvn_loop_load_pre_nosync");

  private DifferentialCorpus() {}

  /** One test's comparison: given each input with opt-19's output, it counts loops. */
  abstract static class Comparison {
    int loops;
    int loopsAgreed;
    final List<String> disagreements = new ArrayList<>();

    abstract void add(Pair pair, CallAttributes calls) throws Exception;

    abstract String report();

    /** The share of loops that agree. */
    double share() {
      return loops == 0 ? 1 : (double) loopsAgreed / loops;
    }

    /** Counts a loop, which agrees when {@code diffs} (report lines about it) is empty. */
    void count(String where, Loop l, List<String> diffs) {
      loops++;
      if (diffs.isEmpty()) {
        loopsAgreed++;
      } else {
        disagreements.add(where + " loop %" + l.header().name() + ":\n"
            + String.join("\n", diffs));
      }
    }

    /** "12 of 15 loops agree (80.00%)". */
    String loopFigures() {
      return String.format("%d of %d loops agree (%.2f%%)", loopsAgreed, loops, 100 * share());
    }
  }

  /**
   * Runs opt-19 with {@code passes} on every input (outputs in {@code out}, named after
   * {@code suffix}), feeds each pair to {@code c} with callees' declared attributes, writes
   * c's report to out/report.txt and asserts that at least {@code atLeast} of loops agree.
   */
  static void measure(List<String> specCases, String passes, Path out, String suffix,
      Comparison c, double atLeast) throws Exception {
    Files.createDirectories(out);
    CallAttributes calls = CallAttributes.declared(LlvmVersion.V19);
    for (Path in : inputs(specCases)) {
      c.add(pair(in, passes, out, suffix), calls);
    }
    String report = c.report();
    Path file = out.resolve("report.txt");
    Files.writeString(file, report);
    String summary = report.lines().limit(30).collect(Collectors.joining("\n"));
    assertWithMessage("%s\n... (all of it in %s)", summary, file).that(c.share())
        .isAtLeast(atLeast);
  }

  /** The inputs, not yet named: the given spec cases (those present), Rust files, C programs. */
  static List<Path> inputs(List<String> specCases) throws Exception {
    Files.createDirectories(COMPILED);
    List<Path> out = new ArrayList<>();
    for (String c : specCases) {
      Path p = SPEC.resolve(c + ".ll");
      if (Files.exists(p)) {
        out.add(p);
      }
    }
    Path rust = Corpus.projectDir().resolve("testdata/rust");
    for (String accepted : List.of("cell_get_twice.O0.ll", "volatile_cell.O3.ll")) {
      out.add(rust.resolve(accepted));
    }
    List<Path> sources = new ArrayList<>();
    try (var s = Files.list(Corpus.projectDir().resolve("testdata/c/src"))) {
      s.filter(p -> p.toString().endsWith(".c")).sorted().forEach(sources::add);
    }
    Path sqlite = Path.of("/work/shared/corpus/c/sqlite3.c");
    if (Files.exists(sqlite) && !Boolean.getBoolean("irscope.licmDiff.noSqlite")) {
      sources.add(sqlite);
    }
    for (Path c : sources) {
      String base = c.getFileName().toString().replace(".c", "");
      Path o0 = COMPILED.resolve(base + ".O0.ll");
      Path sroa = COMPILED.resolve(base + ".sroa.ll");
      if (!Files.exists(sroa)) {
        check(LlvmTools.run("clang-19", "-O0", "-Xclang", "-disable-O0-optnone", "-S",
            "-emit-llvm", "-w", c.toString(), "-o", o0.toString()));
        check(LlvmTools.run("opt-19", "-passes=sroa", "-S", o0.toString(), "-o",
            sroa.toString()));
      }
      out.add(sroa);
    }
    return out;
  }

  /** The input's base name, without ".ll". */
  static String base(Path input) {
    return input.getFileName().toString().replace(".ll", "");
  }

  /** The input with every value named (opt-19 -passes=instnamer), made once. */
  static Path named(Path input) throws Exception {
    Path named = COMPILED.resolve(base(input) + ".named.ll");
    if (!Files.exists(named) || Files.getLastModifiedTime(named).compareTo(
        Files.getLastModifiedTime(input)) < 0) {
      check(LlvmTools.run("opt-19", "-passes=instnamer", "-S", input.toString(), "-o",
          named.toString()));
    }
    return named;
  }

  /**
   * An input named and parsed (ours, still to be transformed), and what opt-19 made of it:
   * parsed when asked for, or scanned for the names of its loads.
   */
  static final class Pair {
    private static final Pattern DEFINE =
        Pattern.compile("^define [^@]*@(\"[^\"]+\"|[^ (]+)\\(");
    private static final Pattern LOAD = Pattern.compile("^  %(\"[^\"]+\"|\\S+) = load ");

    final String base;
    final Path named;
    final Module ours;
    final Path opt;
    private Module theirs;

    Pair(String base, Path named, Module ours, Path opt) {
      this.base = base;
      this.named = named;
      this.ours = ours;
      this.opt = opt;
    }

    /** opt-19's output, parsed. */
    Module theirs() throws Exception {
      if (theirs == null) {
        theirs = parse(opt);
      }
      return theirs;
    }

    /** The names of the loads in each function of opt-19's output (no need to parse it). */
    Map<String, Set<String>> optLoads() throws Exception {
      Map<String, Set<String>> out = new HashMap<>();
      Set<String> current = null;
      try (var lines = Files.lines(opt)) {
        for (String line : (Iterable<String>) lines::iterator) {
          Matcher d = DEFINE.matcher(line);
          Matcher l = current == null ? null : LOAD.matcher(line);
          if (d.find()) {
            current = out.computeIfAbsent(d.group(1).replace("\"", ""), k -> new HashSet<>());
          } else if (l != null && l.find()) {
            current.add(l.group(1).replace("\"", ""));
          }
        }
      }
      return out;
    }

    /** Our functions that have a body. */
    List<Function> definitions() {
      return ours.functions().stream().filter(f -> !f.isDeclaration()).toList();
    }

    /** "sqlite3.sroa @f". */
    String where(Function f) {
      return base + " @" + f.name();
    }
  }

  /** Names {@code input}, runs opt-19 with {@code passes} into {@code out}, parses ours. */
  static Pair pair(Path input, String passes, Path out, String suffix) throws Exception {
    String base = base(input);
    Path named = named(input);
    Path opt = out.resolve(base + "." + suffix + ".ll");
    check(LlvmTools.run("opt-19", "-passes=" + passes, "-S", named.toString(), "-o",
        opt.toString()));
    return new Pair(base, named, parse(named), opt);
  }

  static void check(LlvmTools.Run r) {
    if (!r.ok()) {
      throw new IllegalStateException(r.output());
    }
  }

  static Module parse(Path p) throws Exception {
    ParseResult r = IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p)));
    if (!r.diagnostics().isEmpty()) {
      throw new IllegalStateException(p + ": " + r.diagnostics().get(0));
    }
    return r.module();
  }

  /** The loads in the loop's blocks (those of inner loops included), in block order. */
  static List<LoadInst> loadsIn(Loop l) {
    List<LoadInst> loads = new ArrayList<>();
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        if (i instanceof LoadInst load) {
          loads.add(load);
        }
      }
    }
    return loads;
  }

  /** Every named instruction of {@code f} (none when f is null), by name. */
  static Map<String, Instruction> instructionsByName(Function f) {
    Map<String, Instruction> out = new HashMap<>();
    if (f == null) {
      return out;
    }
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : b.instructions()) {
        if (i.hasName()) {
          out.put(i.name(), i);
        }
      }
    }
    return out;
  }

  /** irscope's first remark about the instruction named {@code name}, as a report line. */
  static String remarkFor(String name, List<PassRemark> remarks) {
    for (PassRemark r : remarks) {
      if (r.at().ir().startsWith("%" + name + " = ")) {
        return "\n      irscope: " + r.name() + ": " + r.reason();
      }
    }
    return "\n      irscope: no remark";
  }
}
