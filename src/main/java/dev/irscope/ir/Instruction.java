// The base of every instruction kind: opcode, parent block, flags, source position, metadata
// attachments and the debug records (#dbg_value ...) that precede it. clone() copies an
// instruction: each kind's cloneImpl() builds a new one of its kind with the same operands and
// its own state (orderings, types, predicates, attributes, ...), and clone() adds what every
// instruction has; ValueMapper then points the copy's operands at their copies.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public abstract class Instruction extends User {
  private final Opcode opcode;
  private BasicBlock parent;
  private int flags;
  private int line;
  private int column;
  /**
   * The metadata attachments, kept compact (a -g module has one on nearly every instruction):
   * null for none; a Metadata node alone for a single `!dbg`; otherwise an Object[] of kind and
   * node, kind and node, in order.
   */
  private Object attached;
  /**
   * The debug records before this instruction: null, a lone DebugRecord, or an ArrayList of
   * several. Most instructions have none or one, and a large module has tens of thousands.
   */
  private Object records;

  protected Instruction(Opcode opcode, Type type) {
    super(type);
    this.opcode = opcode;
  }

  public final Opcode opcode() {
    return opcode;
  }

  public final BasicBlock parent() {
    return parent;
  }

  final void setParent(BasicBlock b) {
    this.parent = b;
  }

  public final Function function() {
    return parent == null ? null : parent.parent();
  }

  public final int flags() {
    return flags;
  }

  public final boolean hasFlag(int flag) {
    return (flags & flag) == flag;
  }

  public final void setFlags(int flags) {
    this.flags = flags;
  }

  public boolean isTerminator() {
    return opcode.isTerminator();
  }

  /** Successor blocks for terminators (empty for others). */
  public List<BasicBlock> successors() {
    return isTerminator() ? BasicBlock.blocksOf(this) : List.of();
  }

  /** The 1-based line and column of this instruction in the IR text it was read from. */
  public final int line() {
    return line;
  }

  public final int column() {
    return column;
  }

  public final void setPosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** The metadata attachments, in order (a list made for the call when there is one). */
  public final List<MetadataAttachment> attachments() {
    if (attached == null) {
      return List.of();
    }
    if (attached instanceof Metadata dbg) {
      return List.of(new MetadataAttachment("dbg", dbg));
    }
    Object[] pairs = (Object[]) attached;
    MetadataAttachment[] out = new MetadataAttachment[pairs.length / 2];
    for (int k = 0; k < out.length; k++) {
      out[k] = new MetadataAttachment((String) pairs[2 * k], (Metadata) pairs[2 * k + 1]);
    }
    return List.of(out);
  }

  public final void addAttachment(MetadataAttachment a) {
    addAttachment(a.kind(), a.node());
  }

  /** Attaches {@code node} as {@code !kind}, after the attachments already there. */
  public final void addAttachment(String kind, Metadata node) {
    if (attached == null && kind.equals("dbg")) {
      attached = node;
      return;
    }
    Object[] pairs = attached == null ? new Object[2]
        : attached instanceof Object[] several
            ? java.util.Arrays.copyOf(several, several.length + 2)
            : new Object[] {"dbg", attached, null, null};
    pairs[pairs.length - 2] = kind;
    pairs[pairs.length - 1] = node;
    attached = pairs;
  }

  private void setAttachments(List<MetadataAttachment> list) {
    attached = null;
    for (MetadataAttachment a : list) {
      addAttachment(a);
    }
  }

  /** The node attached as {@code !kind} (e.g. "dbg", "tbaa"), or null. */
  public final Metadata attachment(String kind) {
    if (attached instanceof Metadata dbg) {
      return kind.equals("dbg") ? dbg : null;
    }
    if (attached instanceof Object[] pairs) {
      for (int k = 0; k < pairs.length; k += 2) {
        if (pairs[k].equals(kind)) {
          return (Metadata) pairs[k + 1];
        }
      }
    }
    return null;
  }

  /** The !dbg location, as a DILocation view, or null. */
  public final DILocation debugLoc() {
    return DILocation.of(attachment("dbg"));
  }

  @SuppressWarnings("unchecked")
  public final List<DebugRecord> debugRecords() {
    if (records == null) {
      return List.of();
    }
    return records instanceof DebugRecord r ? List.of(r) : (List<DebugRecord>) records;
  }

  /**
   * Removes and returns the debug records before this instruction: a transform that moves the
   * instruction leaves them where they were, as LLVM's moveBefore does.
   */
  public final List<DebugRecord> takeDebugRecords() {
    List<DebugRecord> taken = debugRecords();
    records = null;
    return taken;
  }

  /** Keeps only the metadata attachments whose kind {@code keep} accepts. */
  public final void retainAttachments(java.util.function.Predicate<String> keep) {
    List<MetadataAttachment> kept = new ArrayList<>();
    for (MetadataAttachment a : attachments()) {
      if (keep.test(a.kind())) {
        kept.add(a);
      }
    }
    setAttachments(kept);
  }

  public final void addDebugRecord(DebugRecord r) {
    if (records == null) {
      records = r; // most instructions have one: keep it compact
      return;
    }
    if (records instanceof DebugRecord first) {
      List<DebugRecord> several = new ArrayList<>(2);
      several.add(first);
      records = several;
    }
    debugRecords().add(r);
  }

  /**
   * A copy of this instruction outside any block and without a name, using the same operands:
   * its kind's state, flags, position in the .ll text, metadata attachments and debug records
   * are copied (LLVM's Instruction::clone, plus the position and the records).
   */
  public final Instruction clone() {
    Instruction c = cloneImpl();
    c.flags = flags;
    c.line = line;
    c.column = column;
    c.attached = attached; // never changed in place: a change makes a new array
    c.records = records instanceof List<?> several ? new ArrayList<>(several) : records;
    return c;
  }

  /** A new instruction of this kind with the same operands and kind-specific state. */
  protected abstract Instruction cloneImpl();

  /** Attaches {@code node} as {@code !kind}, replacing an attachment of that kind. */
  public final void setAttachment(String kind, Metadata node) {
    List<MetadataAttachment> next = new ArrayList<>();
    boolean replaced = false;
    for (MetadataAttachment a : attachments()) {
      if (!a.kind().equals(kind)) {
        next.add(a);
      } else if (!replaced) {
        next.add(new MetadataAttachment(kind, node));
        replaced = true;
      }
    }
    if (!replaced) {
      next.add(new MetadataAttachment(kind, node));
    }
    setAttachments(next);
  }

  /** Whether the instruction produces a value that can be named (non-void result). */
  public boolean hasResult() {
    return !type().isVoid();
  }

  /** Writes the instruction after "%x = ", without metadata attachments. */
  public abstract void printBody(AsmWriter w);

  @Override
  public void printAsOperand(AsmWriter w) {
    w.local(this);
  }

  /** The instruction as one line of IR, numbered within its function. */
  public String toIrString() {
    return AsmWriter.instructionString(this);
  }
}
