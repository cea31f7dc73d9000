// A debug record (#dbg_value, #dbg_declare, #dbg_assign, #dbg_label, #dbg_declare_value): the
// non-instruction form of debug info, attached before the instruction it precedes. Immutable,
// and equal to any record of the same kind, operands and position, as a record class would be;
// the operands are kept in a bare array (a large module has tens of thousands of records).
package dev.irscope.ir;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

public final class DebugRecord {
  private final String kind;
  private final Metadata[] args;
  private final int line;
  private final int column;

  public DebugRecord(String kind, List<Metadata> args, int line, int column) {
    this.kind = Objects.requireNonNull(kind);
    this.args = args.toArray(new Metadata[0]);
    for (Metadata a : this.args) {
      Objects.requireNonNull(a, "debug record operand");
    }
    this.line = line;
    this.column = column;
  }

  /** "value", "declare", "assign", "label" or "declare_value". */
  public String kind() {
    return kind;
  }

  /** The operands, in order (a read-only view). */
  public List<Metadata> args() {
    return java.util.Collections.unmodifiableList(Arrays.asList(args));
  }

  /** The line of the record in the .ll text. */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The DILocalVariable (or DILabel) the record describes. */
  public Metadata variable() {
    return kind.equals("label") ? args[0] : args.length > 1 ? args[1] : null;
  }

  public void print(AsmWriter w) {
    w.append("#dbg_").append(kind).append("(");
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        w.append(", ");
      }
      w.metadata(args[i]);
    }
    w.append(")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DebugRecord r && r.kind.equals(kind) && Arrays.equals(r.args, args)
        && r.line == line && r.column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(args), line, column);
  }

  @Override
  public String toString() {
    return "DebugRecord[kind=" + kind + ", args=" + args() + ", line=" + line + ", column="
        + column + "]";
  }
}
