// A metadata node: a tuple !{...} or a specialized node such as !DILocation(line: 3, ...), with
// positional operands (tuples, !DIExpression, !DIArgList) or named fields (the !DI* nodes).
// Numbered nodes (!5) are shared objects; references resolve to them even when the definition
// comes later in the file (the parser creates the node on first mention and fills it in).
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public final class MDNode extends Metadata {
  private final int id; // -1 for inline nodes
  private String kind; // null for tuples
  private boolean distinct;
  private boolean defined;
  private List<String> fieldNames = List.of(); // empty for positional nodes
  /**
   * The first four operands in fields, the rest (if any) in an array: most nodes are
   * DILocations (line, column, scope, inlinedAt) or other nodes of at most four, and a large
   * module has hundreds of thousands of them, each an array fewer for the collector to copy.
   */
  private Metadata op0;
  private Metadata op1;
  private Metadata op2;
  private Metadata op3;
  private Metadata[] more; // operands from the fifth on, or null
  private int count;
  private int line;

  public MDNode(int id) {
    this.id = id;
  }

  /** An inline (unnumbered) node, defined at once. */
  public static MDNode inline(String kind, List<String> fieldNames, List<Metadata> operands) {
    MDNode n = new MDNode(-1);
    n.define(kind, false, fieldNames, operands, 0);
    return n;
  }

  public void define(String kind, boolean distinct, List<String> fieldNames,
      List<Metadata> operands, int line) {
    this.kind = kind;
    this.distinct = distinct;
    this.fieldNames = compact(fieldNames);
    this.count = operands.size();
    this.op0 = count > 0 ? operands.get(0) : null;
    this.op1 = count > 1 ? operands.get(1) : null;
    this.op2 = count > 2 ? operands.get(2) : null;
    this.op3 = count > 3 ? operands.get(3) : null;
    this.more = count > 4 ? operands.subList(4, count).toArray(new Metadata[0]) : null;
    this.defined = true;
    this.line = line;
  }

  /** An unmodifiable copy; an unmodifiable list (e.g. shared field names) is kept, not copied. */
  private static <T> List<T> compact(List<T> list) {
    for (int i = 0; i < list.size(); i++) { // indexed: no iterator for each of many nodes
      if (list.get(i) == null) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    return List.copyOf(list);
  }

  public int id() {
    return id;
  }

  /** The specialized kind without "!" ("DILocation"), or null for a tuple. */
  public String kind() {
    return kind;
  }

  public boolean isTuple() {
    return kind == null;
  }

  public boolean isDistinct() {
    return distinct;
  }

  /** Whether the parser saw a definition (false for a reference to an undefined !N). */
  public boolean isDefined() {
    return defined;
  }

  /** Line of the definition in the source text (0 for inline nodes). */
  public int line() {
    return line;
  }

  /** The operands, read-only (null entries stand for absent operands). */
  public List<Metadata> operands() {
    return new java.util.AbstractList<>() {
      @Override
      public Metadata get(int i) {
        return operand(i);
      }

      @Override
      public int size() {
        return count;
      }
    };
  }

  public int numOperands() {
    return count;
  }

  public Metadata operand(int i) {
    java.util.Objects.checkIndex(i, count);
    return switch (i) {
      case 0 -> op0;
      case 1 -> op1;
      case 2 -> op2;
      case 3 -> op3;
      default -> more[i - 4];
    };
  }

  public List<String> fieldNames() {
    return fieldNames;
  }

  /** The named field ("scope", "type", "line", ...), or null when absent. */
  public Metadata field(String name) {
    for (int i = 0; i < fieldNames.size(); i++) {
      if (fieldNames.get(i).equals(name)) {
        return operand(i);
      }
    }
    return null;
  }

  /** The field as a node (following references), or null. */
  public MDNode nodeField(String name) {
    return field(name) instanceof MDNode n ? n : null;
  }

  public long intField(String name, long otherwise) {
    Long v = field(name) instanceof MDLiteral l ? l.intValue() : null;
    return v == null ? otherwise : v;
  }

  public String stringField(String name) {
    Metadata m = field(name);
    if (m instanceof MDLiteral l && l.isString()) {
      return l.stringValue();
    }
    return m instanceof MDString s ? s.value() : null;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    if (id >= 0) {
      w.append("!").append(Integer.toString(id));
    } else {
      printBody(w);
    }
  }

  /** Writes the node itself: "distinct !{...}" or "!DILocation(...)". */
  public void printBody(AsmWriter w) {
    if (distinct) {
      w.append("distinct ");
    }
    if (kind == null) {
      w.append("!{");
      for (int i = 0; i < count; i++) {
        w.append(i > 0 ? ", " : "");
        w.metadata(operand(i));
      }
      w.append("}");
      return;
    }
    w.append("!").append(kind).append("(");
    for (int i = 0; i < count; i++) {
      w.append(i > 0 ? ", " : "");
      if (!fieldNames.isEmpty()) {
        w.append(fieldNames.get(i)).append(": ");
      }
      w.metadata(operand(i));
    }
    w.append(")");
  }
}
