// The printable analyses, one constant per mode of `irscope print-analysis` (the explicit list:
// a new mode is a new constant). Per-function modes print, for each selected function with a
// body in module order, the header line opt-19's printer pass writes and then the analysis in
// opt-19's layout, so the output can be compared with `opt-19 -passes='print<domtree>'` etc.
package dev.irscope.analysis;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.util.function.Predicate;

public enum AnalysisPrinter {
  CALLGRAPH("callgraph") {
    @Override
    public String print(Module m, Predicate<Function> selected, boolean dfsNumbers) {
      return CallGraph.of(m).print(selected);
    }
  },
  DOMTREE("domtree") {
    @Override
    String printFunction(Function f, boolean dfsNumbers) {
      return "DominatorTree for function: " + functionName(f) + "\n"
          + DominatorTree.of(f).print(dfsNumbers);
    }
  },
  LOOPS("loops") {
    @Override
    String printFunction(Function f, boolean dfsNumbers) {
      return "Loop info for function '" + functionName(f) + "':\n" + LoopInfo.of(f).print();
    }
  },
  POSTDOMTREE("postdomtree") {
    @Override
    String printFunction(Function f, boolean dfsNumbers) {
      return "PostDominatorTree for function: " + functionName(f) + "\n"
          + PostDominatorTree.of(f).print(dfsNumbers);
    }
  };

  private final String mode;

  AnalysisPrinter(String mode) {
    this.mode = mode;
  }

  /** The mode's name on the command line. */
  public String mode() {
    return mode;
  }

  /** The constant for a mode name, or null. */
  public static AnalysisPrinter forMode(String mode) {
    for (AnalysisPrinter p : values()) {
      if (p.mode.equals(mode)) {
        return p;
      }
    }
    return null;
  }

  /** The analysis of the selected functions; dfsNumbers prints the trees' real DFS numbers. */
  public String print(Module m, Predicate<Function> selected, boolean dfsNumbers) {
    StringBuilder sb = new StringBuilder();
    for (Function f : m.functions()) {
      if (!f.isDeclaration() && selected.test(f)) {
        sb.append(printFunction(f, dfsNumbers));
      }
    }
    return sb.toString();
  }

  /** The name as LLVM's F.getName() gives it: empty for a numbered function (@0). */
  static String functionName(Function f) {
    return f.name().chars().allMatch(Character::isDigit) ? "" : f.name();
  }

  String printFunction(Function f, boolean dfsNumbers) {
    throw new UnsupportedOperationException(mode + " is a module analysis");
  }
}
