// `irscope explain` as text: per function, the inferred attributes, then per loop the story in
// order: the loop and its source lines, each polled load with the memory it reads and its Rust
// type, the attributes that matter, each pass decision with its reason, what the loop becomes,
// why, and the fix. With two functions side by side (the bundled example), a table first.
package dev.irscope.report;

import dev.irscope.explain.FunctionStory;
import dev.irscope.explain.FunctionStory.AttributeNote;
import dev.irscope.explain.LoopStory;
import dev.irscope.explain.LoopStory.PolledLoad;
import dev.irscope.transform.PassRemark;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

public final class ExplainTextWriter {
  private ExplainTextWriter() {}

  public static void write(PrintWriter w, List<FunctionStory> stories) {
    if (stories.isEmpty()) {
      w.println("no loop in the chosen functions reads memory that another thread could write");
    }
    for (FunctionStory f : stories) {
      function(w, f);
    }
  }

  /** A table comparing the first loop of each function, then each story in full. */
  public static void writeSideBySide(PrintWriter w, List<FunctionStory> stories) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("", stories, s -> s.demangled()));
    rows.add(row("polled load", stories, s -> firstLoad(s) == null ? "-" : firstLoad(s).place().ir()));
    rows.add(row("Rust type", stories, s -> firstLoad(s) == null || firstLoad(s).rustType() == null
        ? "-" : firstLoad(s).rustType()));
    rows.add(row("inferred", stories, FunctionStory::inferredAttrs));
    rows.add(row("load moved by", stories, s -> firstLoad(s) == null ? "-"
        : firstLoad(s).hoisted() ? firstLoad(s).by() : "nothing: read every iteration"));
    rows.add(row("end state", stories, s -> s.loops().isEmpty() ? "-"
        : s.loops().get(0).endState().sentence()));
    rows.add(row("verdict", stories, s -> s.loops().isEmpty() ? "-"
        : s.loops().get(0).verdict().spelling()));
    int first = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
    int width = 46;
    for (List<String> r : rows) {
      List<List<String>> cells = new ArrayList<>();
      int lines = 1;
      for (int i = 1; i < r.size(); i++) {
        List<String> c = wrap(r.get(i), width);
        cells.add(c);
        lines = Math.max(lines, c.size());
      }
      for (int k = 0; k < lines; k++) {
        StringBuilder sb = new StringBuilder(pad(k == 0 ? r.get(0) : "", first));
        for (List<String> c : cells) {
          sb.append("  ").append(pad(k < c.size() ? c.get(k) : "", width));
        }
        w.println(sb.toString().stripTrailing());
      }
    }
    w.println();
    write(w, stories);
  }

  private static PolledLoad firstLoad(FunctionStory s) {
    for (LoopStory l : s.loops()) {
      if (!l.sharedLoads().isEmpty()) {
        return l.sharedLoads().get(0);
      }
    }
    return null;
  }

  private static List<String> row(String head, List<FunctionStory> stories,
      java.util.function.Function<FunctionStory, String> cell) {
    List<String> r = new ArrayList<>(List.of(head));
    stories.forEach(s -> r.add(cell.apply(s)));
    return r;
  }

  private static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    out.add(line.toString());
    return out;
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s : s + " ".repeat(n - s.length());
  }

  private static void function(PrintWriter w, FunctionStory f) {
    w.println("@" + f.name() + (f.demangled().equals(f.name()) ? "" : "  (" + f.demangled() + ")"));
    w.println("  declared: ; Function Attrs: " + f.declaredAttrs());
    w.println("  inferred: ; Function Attrs: " + f.inferredAttrs());
    if (f.loops().isEmpty()) {
      w.println("  no loops");
    }
    for (LoopStory l : f.loops()) {
      w.println();
      loop(w, f, l);
    }
    w.println();
  }

  private static void loop(PrintWriter w, FunctionStory f, LoopStory l) {
    w.println("  loop " + l.header() + where(l) + ": " + l.verdict().spelling().toUpperCase());
    if (l.sharedLoads().isEmpty()) {
      w.println("    " + l.cause());
      for (PolledLoad p : l.loads()) {
        w.println("    load " + p.place() + " reads " + p.memory());
      }
      return;
    }
    for (PolledLoad p : l.sharedLoads()) {
      w.println("    load: " + p.place());
      w.println("      reads " + p.memory());
      if (p.rustType() != null) {
        w.println("      Rust type: " + p.rustType());
      }
      w.println("      " + (p.hoisted() ? "moved out of the loop by " + p.by()
          : "still read in every iteration"));
    }
    w.println("    attributes that matter:");
    for (AttributeNote a : f.attributes()) {
      w.println("      " + (a.holds() ? "+ " : "- ") + a.attribute() + ": " + a.meaning());
      if (a.reason() != null) {
        w.println("          why: " + a.reason().message());
      }
    }
    w.println("    decisions:");
    for (PolledLoad p : l.sharedLoads()) {
      p.decisions().forEach(r -> decision(w, r));
    }
    l.otherDecisions().forEach(r -> decision(w, r));
    w.println("    end state: " + l.endState().sentence());
    if (l.pipelineNote() != null) {
      w.println("      " + l.pipelineNote());
    }
    w.println("    cause: " + l.cause());
    w.println("    fix: " + l.fix());
  }

  private static String where(LoopStory l) {
    if (l.source() == null) {
      return "";
    }
    String lines = l.firstLine() == l.lastLine() ? "line " + l.firstLine()
        : "lines " + l.firstLine() + "-" + l.lastLine();
    return " (" + l.source().file() + ", " + lines + ")";
  }

  private static void decision(PrintWriter w, PassRemark r) {
    w.println("      [" + r.pass() + " " + r.name() + "] " + r.message());
    w.println("          at:  " + r.at());
    w.println("          why: " + r.reason());
  }
}
