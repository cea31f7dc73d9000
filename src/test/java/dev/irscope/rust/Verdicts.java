// The ground truth both explain and lint are measured against: verdicts.txt as
// tools/rustc-verdicts writes it (testdata/rust, or a set kept outside the repo named by
// -Dirscope.verdicts=DIR), one row per key function, grouped by source file.
package dev.irscope.rust;

import dev.irscope.parse.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class Verdicts {
  private Verdicts() {}

  /**
   * One row of verdicts.txt. The columns file, function, demangled, pattern and racy are the
   * input; verdict, loops, end and loads are what rustc -C opt-level=3 made of it.
   */
  public record Row(String file, String function, String demangled, String pattern,
      boolean racy, String verdict, String loops, String end, String loads) {
    /** Whether rustc -O3 read the polled memory once: the loop is infinite or stale, or gone. */
    public boolean hoisted() {
      return verdict.equals("infinite") || verdict.equals("stale")
          || (verdict.equals("no-loop") && loads.contains("hoisted"));
    }

    /** The IR of this row's file in the given variant, for instance {@code O3-noprepop}. */
    public Path ll(Path dir, String variant) {
      return dir.resolve(file.replace(".rs", "." + variant + ".ll"));
    }
  }

  /** The directory of -Dirscope.verdicts, else testdata/rust. */
  public static Path dir() {
    return Path.of(System.getProperty("irscope.verdicts",
        Corpus.projectDir().resolve("testdata/rust").toString()));
  }

  /** The rows of DIR/verdicts.txt by source file, in file order; comments and the header skipped. */
  public static Map<String, List<Row>> byFile(Path dir) throws IOException {
    Map<String, List<Row>> byFile = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("verdicts.txt"))) {
      String[] c = line.split("\t");
      if (line.startsWith("#") || c.length < 9 || c[0].equals("file")) {
        continue;
      }
      byFile.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Row(c[0], c[1], c[2], c[3],
          c[4].equals("yes"), c[5], c[6], c[7], c[8]));
    }
    return byFile;
  }
}
