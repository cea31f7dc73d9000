// The test inputs: every .ll file under testdata/ (but testdata/errors/, which must fail) and
// under ../shared/corpus/llvm-test/.
package dev.irscope.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

public final class Corpus {
  private Corpus() {}

  public static Path projectDir() {
    return Path.of(System.getProperty("user.dir"));
  }

  public static Path llvmTests() {
    return projectDir().resolve("../shared/corpus/llvm-test").normalize();
  }

  /** The .ll files under {@code dir}, sorted. */
  public static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".ll")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Valid inputs of the project's own test data. */
  public static List<Path> testdata() {
    return files(projectDir().resolve("testdata")).stream()
        .filter(p -> !p.toString().contains("/errors/")).toList();
  }

  /** testdata and every {@code n}-th file of llvm-test (a sample for the slower tests). */
  public static List<Path> testdataAndEvery(int n) {
    List<Path> llvm = files(llvmTests());
    List<Path> out = new java.util.ArrayList<>(testdata());
    for (int i = 0; i < llvm.size(); i += n) {
      out.add(llvm.get(i));
    }
    return out;
  }

  /** Every .ll file of testdata (error cases too) and of llvm-test. */
  public static List<Path> everyFile() {
    return Stream.concat(files(projectDir().resolve("testdata")).stream(),
        files(llvmTests()).stream()).toList();
  }

  /** Where two printed texts first differ: the line number and both lines. */
  public static String firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "line " + (i + 1) + ": '" + x[i] + "' then '" + y[i] + "'";
      }
    }
    return "lengths differ";
  }

  public static List<Path> all() {
    return Stream.concat(testdata().stream(), files(llvmTests()).stream()).toList();
  }
}
