// Tallies, for one part of the differential corpus, how often irscope's attributes agree with
// LLVM's, family by family (AttrsFamily) and position by position, and keeps every disagreement
// with irscope's reason (the messages of its remarks about that family). Beside irscope it
// tallies the "no inference" baseline, the attributes the input declares, which tells how much
// of LLVM's answer inference has to supply; "LLVM changed" counts the positions where LLVM's
// answer differs from the declared one. write() puts every part into target/attrs-agreement.txt
// (the tables) and target/attrs-disagreements.txt (one tab-separated line per disagreement).
package dev.irscope.infer;

import dev.irscope.ir.Function;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public final class AttrsComparison {
  /** Counts for one family: positions, LLVM changed, irscope agreed (all, changed), baseline. */
  public static final class Tally {
    int positions;
    int changed;
    int agreed;
    int agreedOnChanged;
    int baseline;

    public int positions() {
      return positions;
    }

    public int agreed() {
      return agreed;
    }

    /** irscope's agreement in percent (100 when there is nothing to compare). */
    public double percent() {
      return percent(agreed, positions);
    }

    static double percent(int n, int of) {
      return of == 0 ? 100.0 : 100.0 * n / of;
    }
  }

  private final String part;
  private final Map<AttrsFamily, Tally> tallies = new EnumMap<>(AttrsFamily.class);
  private final List<String> disagreements = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private int functions;

  public AttrsComparison(String part) {
    this.part = part;
    for (AttrsFamily fam : AttrsFamily.values()) {
      tallies.put(fam, new Tally());
    }
  }

  public String part() {
    return part;
  }

  public Tally tally(AttrsFamily fam) {
    return tallies.get(fam);
  }

  /**
   * Compares function {@code f} of {@code file} in {@code families}: irscope's attributes
   * ({@code ours}, decided as {@code remarks} say) and the input's ({@code declared}) against
   * LLVM's. Counts the function once when {@code families} has a function-level family.
   */
  public synchronized void compare(String file, Function f, FunctionAttrs ours,
      List<Remark> remarks, FunctionAttrs declared, FunctionAttrs llvm,
      Collection<AttrsFamily> families) {
    for (AttrsFamily fam : families) {
      if (fam.functionLevel()) {
        count(file, f.name(), fam, "fn", ours.fn(), declared.fn(), llvm.fn(), remarks);
        continue;
      }
      for (int i = 0; i < f.arguments().size(); i++) {
        if (fam.covers(f, i)) {
          count(file, f.name(), fam, "param " + i, param(ours, i), param(declared, i),
              param(llvm, i), remarks);
        }
      }
    }
    if (families.stream().anyMatch(AttrsFamily::functionLevel)) {
      functions++;
    }
  }

  /** Notes a file left out of this part (opt-19 rejected it), with the reason. */
  public synchronized void skip(String file, String why) {
    skipped.add(file + ": " + why);
  }

  private void count(String file, String fn, AttrsFamily fam, String where, List<String> ours,
      List<String> declared, List<String> llvm, List<Remark> remarks) {
    String o = fam.value(ours);
    String d = fam.value(declared);
    String l = fam.value(llvm);
    Tally t = tallies.get(fam);
    t.positions++;
    boolean changed = !d.equals(l);
    t.changed += changed ? 1 : 0;
    t.baseline += changed ? 0 : 1;
    if (o.equals(l)) {
      t.agreed++;
      t.agreedOnChanged += changed ? 1 : 0;
    } else {
      disagreements.add(String.join("\t", part, file, fn, fam.label(), where, o, l,
          reason(fam, remarks)));
    }
  }

  private static List<String> param(FunctionAttrs a, int i) {
    return i < a.params().size() ? a.params().get(i) : List.of();
  }

  private static String reason(AttrsFamily fam, List<Remark> remarks) {
    List<String> out = new ArrayList<>();
    for (Remark r : remarks) {
      if (fam.covers(r.attribute())) {
        out.add(r.name() + ": " + r.message());
      }
    }
    return out.isEmpty() ? "(no remark)" : String.join(" | ", out);
  }

  /** The agreement table of this part. */
  public synchronized String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%s: %d functions, %d files skipped%n", part, functions,
        skipped.size()));
    sb.append(String.format("  %-16s %9s %9s %9s %8s %9s %9s %8s %7s%n", "family", "positions",
        "LLVM chg", "irscope", "%", "of chg", "baseline", "%", "target"));
    for (AttrsFamily fam : AttrsFamily.values()) {
      Tally t = tallies.get(fam);
      if (t.positions == 0) {
        continue;
      }
      sb.append(String.format("  %-16s %9d %9d %9d %8.3f %9d %9d %8.3f %7.1f%s%n", fam.label(),
          t.positions, t.changed, t.agreed, t.percent(), t.agreedOnChanged, t.baseline,
          Tally.percent(t.baseline, t.positions), fam.threshold(),
          t.percent() < fam.threshold() ? "  BELOW" : ""));
    }
    return sb.toString();
  }

  /**
   * The acceptance measure: per family, the agreement over all parts together (all functions of
   * the corpus), as a table, and the enforced families below their threshold.
   */
  public static String overallTable(List<AttrsComparison> parts, List<String> below) {
    StringBuilder sb = new StringBuilder("All parts together (the acceptance measure):\n");
    sb.append(String.format("  %-16s %9s %9s %8s %7s%n", "family", "positions", "irscope", "%",
        "target"));
    for (AttrsFamily fam : AttrsFamily.values()) {
      Tally sum = new Tally();
      for (AttrsComparison c : parts) {
        synchronized (c) {
          Tally t = c.tallies.get(fam);
          sum.positions += t.positions;
          sum.agreed += t.agreed;
        }
      }
      boolean low = sum.percent() < fam.threshold();
      sb.append(String.format("  %-16s %9d %9d %8.3f %7.1f%s%n", fam.label(), sum.positions,
          sum.agreed, sum.percent(), fam.threshold(),
          !low ? "" : fam.enforced() ? "  BELOW" : "  BELOW (reported, not enforced yet)"));
      if (low && fam.enforced()) {
        below.add(String.format("%s: %d/%d = %.3f%% < %.1f%%", fam.label(), sum.agreed,
            sum.positions, sum.percent(), fam.threshold()));
      }
    }
    return sb.toString();
  }

  /** Writes the tables and the disagreements of {@code parts} into {@code dir}. */
  public static void write(Path dir, String heading, List<AttrsComparison> parts)
      throws IOException {
    StringBuilder tables = new StringBuilder(heading).append("\n\n");
    List<String> lines = new ArrayList<>();
    lines.add("# part\tfile\tfunction\tfamily\tposition\tirscope\tLLVM\tirscope's reason");
    for (AttrsComparison c : parts) {
      tables.append(c.table()).append('\n');
      synchronized (c) {
        List<String> mine = new ArrayList<>(c.disagreements);
        mine.sort(null);
        lines.addAll(mine);
        for (String s : c.skipped) {
          lines.add("# " + c.part + " skipped " + s);
        }
      }
    }
    Files.createDirectories(dir);
    tables.append(overallTable(parts, new ArrayList<>()));
    Files.writeString(dir.resolve("attrs-agreement.txt"), tables);
    Files.write(dir.resolve("attrs-disagreements.txt"), lines);
  }
}
