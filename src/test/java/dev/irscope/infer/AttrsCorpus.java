// The inputs of the attribute differential test (AttrsDifferentialTest). Compiles the project's
// C test programs (testdata/c/src/*.c) and the SQLite amalgamation (../shared/corpus/c/sqlite3.c)
// with clang-19 two ways into target/attrs-corpus/:
//   NAME.O0sroa.ll  clang-19 -O0 -Xclang -disable-O0-optnone, then opt-19 -passes=sroa
//                   (the IR function-attrs sees early in a pipeline, allocas promoted)
//   NAME.O2.ll      clang-19 -O2 (already through LLVM's own attribute inference)
// both -g0. A file is made again only when its source is newer, so only the first run pays
// (about 25 s, nearly all of it sqlite3 -O2). It also lists the other two inputs: LLVM's own
// tests (../shared/corpus/llvm-test/) and the rustc -O3 outputs (testdata/rust/*.O3.ll).
package dev.irscope.infer;

import dev.irscope.parse.Corpus;
import dev.irscope.parse.LlvmTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

public final class AttrsCorpus {
  private AttrsCorpus() {}

  /** How a C program is compiled: the output's suffix and the steps that make it. */
  public enum Variant {
    O0_SROA("O0sroa"), O2("O2");

    private final String suffix;

    Variant(String suffix) {
      this.suffix = suffix;
    }

    public String suffix() {
      return suffix;
    }
  }

  public static Path dir() {
    return Corpus.projectDir().resolve("target/attrs-corpus");
  }

  /** The C sources: the project's test programs, then sqlite3.c when the shared corpus is there. */
  public static List<Path> cSources() {
    List<Path> out = new ArrayList<>(listed(Corpus.projectDir().resolve("testdata/c/src"), ".c"));
    Path sqlite = Corpus.projectDir().resolve("../shared/corpus/c/sqlite3.c").normalize();
    if (Files.isRegularFile(sqlite)) {
      out.add(sqlite);
    }
    return out;
  }

  /** Every C source compiled every way, made (two at a time) where missing or stale. */
  public static synchronized List<Path> cInputs() {
    List<Path> out = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Path>> made = new ArrayList<>();
      for (Path src : cSources()) {
        for (Variant v : Variant.values()) {
          made.add(pool.submit(() -> compile(src, v)));
        }
      }
      for (Future<Path> f : made) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdown();
    }
    return out;
  }

  /** LLVM's own tests (the oracle skips the files opt-19 rejects). */
  public static List<Path> llvmTests() {
    return Corpus.files(Corpus.llvmTests());
  }

  /** rustc 1.95 (LLVM 22) at -O3: the attributes LLVM 22 inferred are written in them. */
  public static List<Path> rustO3() {
    return listed(Corpus.projectDir().resolve("testdata/rust"), ".O3.ll");
  }

  /** target/attrs-corpus/NAME.VARIANT.ll for {@code src}, made if missing or older than src. */
  public static Path compile(Path src, Variant v) throws IOException {
    String name = src.getFileName().toString().replaceFirst("\\.c$", "");
    Path out = dir().resolve(name + "." + v.suffix() + ".ll");
    if (isFresh(out, src)) {
      return out;
    }
    Files.createDirectories(dir());
    Path tmp = dir().resolve(name + "." + v.suffix() + ".tmp.ll");
    if (v == Variant.O2) {
      clang(src, tmp, "-O2");
    } else {
      Path raw = dir().resolve(name + ".O0.tmp.ll");
      clang(src, raw, "-O0", "-Xclang", "-disable-O0-optnone");
      check(LlvmTools.run("opt-19", "-passes=sroa", "-S", raw.toString(), "-o", tmp.toString()),
          "opt-19 -passes=sroa " + raw);
      Files.delete(raw);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return out;
  }

  /** True when {@code out} exists and is not older than {@code src}. */
  public static boolean isFresh(Path out, Path src) throws IOException {
    return Files.isRegularFile(out)
        && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(src)) >= 0;
  }

  private static void clang(Path src, Path out, String... opt) {
    List<String> cmd = new ArrayList<>(List.of("clang-19", "--target=x86_64-pc-linux-gnu", "-S",
        "-emit-llvm", "-g0", "-fno-ident"));
    cmd.addAll(List.of(opt));
    cmd.addAll(List.of(src.toString(), "-o", out.toString()));
    check(LlvmTools.run(cmd.toArray(String[]::new)), String.join(" ", cmd));
  }

  private static void check(LlvmTools.Run r, String what) {
    if (!r.ok()) {
      throw new IllegalStateException(what + " failed (" + r.exit() + "): " + r.output());
    }
  }

  private static List<Path> listed(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
