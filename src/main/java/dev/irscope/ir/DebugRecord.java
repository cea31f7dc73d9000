// A debug record (#dbg_value, #dbg_declare, #dbg_assign, #dbg_label, #dbg_declare_value): the
// non-instruction form of debug info, attached before the instruction it precedes.
package dev.irscope.ir;

import java.util.List;

public record DebugRecord(String kind, List<Metadata> args, int line, int column) {
  public DebugRecord {
    args = List.copyOf(args);
  }

  /** The DILocalVariable (or DILabel) the record describes. */
  public Metadata variable() {
    return kind.equals("label") ? args.get(0) : args.size() > 1 ? args.get(1) : null;
  }

  public void print(AsmWriter w) {
    w.append("#dbg_").append(kind).append("(");
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        w.append(", ");
      }
      w.metadata(args.get(i));
    }
    w.append(")");
  }
}
