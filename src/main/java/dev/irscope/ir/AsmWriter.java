// The printer: writes the model back as textual IR. It writes what was read (attribute
// spellings, value names, metadata numbers, constants as spelled) in LLVM's canonical layout;
// unnamed local values are numbered in order, as LLVM numbers them. The model classes print
// their own pieces through this writer; this class handles the module and function layout and
// the numbering of unnamed values (the slot tracker).
package dev.irscope.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

public final class AsmWriter {
  private final StringBuilder out = new StringBuilder();
  private Function slotsFor;
  private Map<Value, Integer> slots;
  /** For a frozen numbering, the number the next value it has not numbered gets; else null. */
  private int[] nextFresh;

  /** The numberings frozen by freeze(), by function. */
  private static final Map<Function, AsmWriter> FROZEN =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** A writer that numbers the unnamed values of {@code function} (may be null). */
  public AsmWriter(Function function) {
    this.slotsFor = function;
  }

  /**
   * A writer for {@code f} that keeps the numbers its unnamed values have now; values a
   * transform makes later get numbers after them, so text written while the function changes
   * still names the values as the input did.
   */
  public static AsmWriter frozen(Function f) {
    AsmWriter held = FROZEN.get(f);
    if (held != null) {
      return sharing(held);
    }
    AsmWriter w = new AsmWriter(f);
    w.slots = numberSlots(f);
    w.nextFresh = new int[] {w.slots.size()};
    return w;
  }

  /** A new writer with {@code numbering}'s frozen numbers (and its counter for new values). */
  private static AsmWriter sharing(AsmWriter numbering) {
    AsmWriter w = new AsmWriter(numbering.slotsFor);
    w.slots = numbering.slots;
    w.nextFresh = numbering.nextFresh;
    return w;
  }

  /**
   * Until the result is closed, text written for {@code f}'s values on their own (toString,
   * toIrString, the places of remarks, frozen()) numbers its unnamed values as they are numbered
   * now, and values made later after them: remarks written while a transform changes {@code f}
   * name values as its input did. The module printer still numbers afresh. Freezing a function
   * already frozen keeps the older numbering, and closing that inner freeze does nothing.
   */
  public static Freeze freeze(Function f) {
    if (FROZEN.containsKey(f)) {
      return () -> {};
    }
    FROZEN.put(f, frozen(f));
    return () -> FROZEN.remove(f);
  }

  /** Ends a freeze(). */
  public interface Freeze extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * One instruction as a sentence quotes it: on one line (an invoke's "to label" line joined, a
   * switch's cases after the third left out as "... N cases"), without metadata attachments.
   */
  public String instructionLine(Instruction i) {
    out.setLength(0);
    if (i.hasResult()) {
      local(i);
      out.append(" = ");
    }
    i.printBody(this);
    String[] lines = drain().trim().split("\\s*\n\\s*");
    int cases = i instanceof SwitchInst sw ? sw.numCases() : 0;
    int kept = cases > 3 ? 4 : lines.length; // the switch line and its first three cases
    StringBuilder line = new StringBuilder(lines[0]);
    for (int k = 1; k < kept; k++) {
      line.append(' ').append(lines[k]);
    }
    if (kept < lines.length) {
      line.append(" ... ").append(cases).append(" cases ").append(lines[lines.length - 1]);
    }
    return line.toString();
  }

  public AsmWriter append(String s) {
    out.append(s);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** The text written so far, leaving the writer empty; slot numbers are kept. */
  public String drain() {
    String s = out.toString();
    out.setLength(0);
    return s;
  }

  /** Writes "T v". */
  public void typedOperand(Value v) {
    out.append(v.type()).append(' ');
    v.printAsOperand(this);
  }

  /** Writes "T v, T w, ...". */
  public void typedOperands(List<Value> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      typedOperand(values.get(i));
    }
  }

  public void operand(Value v) {
    v.printAsOperand(this);
  }

  public void metadata(Metadata m) {
    m.printAsOperand(this);
  }

  /** Writes a local value reference: %name or %N. */
  public void local(Value v) {
    out.append('%');
    if (v.name() != null) {
      out.append(Names.quoteLocal(v.name()));
      return;
    }
    Integer slot = slot(v);
    out.append(slot == null ? "<badref>" : slot.toString());
  }

  private Integer slot(Value v) {
    if (nextFresh != null) {
      return slots.computeIfAbsent(v, k -> nextFresh[0]++);
    }
    Function f = functionOf(v);
    if (f != null && f != slotsFor) {
      slotsFor = f;
      slots = null;
    }
    if (slots == null && slotsFor != null) {
      slots = numberSlots(slotsFor);
    }
    return slots == null ? null : slots.get(v);
  }

  /** A writer for text about {@code f}'s values: its frozen numbering, if any. */
  private static AsmWriter forText(Function f) {
    AsmWriter held = f == null ? null : FROZEN.get(f);
    return held != null ? sharing(held) : new AsmWriter(f);
  }

  private static Function functionOf(Value v) {
    if (v instanceof Argument a) {
      return a.parent();
    }
    if (v instanceof BasicBlock b) {
      return b.parent();
    }
    if (v instanceof Instruction i) {
      return i.function();
    }
    return null;
  }

  /** LLVM's numbering: unnamed arguments, then blocks and instructions in order. */
  static Map<Value, Integer> numberSlots(Function f) {
    Map<Value, Integer> slots = new IdentityHashMap<>();
    int next = 0;
    for (Argument a : f.arguments()) {
      if (!a.hasName()) {
        slots.put(a, next++);
      }
    }
    for (BasicBlock b : f.blocks()) {
      if (!b.hasName()) {
        slots.put(b, next++);
      }
      for (Instruction i : b.instructions()) {
        if (!i.hasName() && i.hasResult()) {
          slots.put(i, next++);
        }
      }
    }
    return slots;
  }

  static String operandString(Value v) {
    AsmWriter w = forText(functionOf(v));
    v.printAsOperand(w);
    return w.toString();
  }

  static String instructionString(Instruction i) {
    AsmWriter w = forText(i.function());
    w.instruction(i);
    return w.toString();
  }

  /** instructionLine() with the numbering toIrString() uses (a frozen one, if any). */
  public static String lineOf(Instruction i) {
    return forText(i.function()).instructionLine(i);
  }

  static String moduleString(Module m) {
    AsmWriter w = new AsmWriter(null);
    w.module(m);
    return w.toString();
  }

  /** Writes one instruction line, without indentation or newline. */
  public void instruction(Instruction i) {
    if (i.hasResult()) {
      local(i);
      out.append(" = ");
    }
    i.printBody(this);
    for (MetadataAttachment a : i.attachments()) {
      out.append(", !").append(a.kind()).append(' ');
      metadata(a.node());
    }
  }

  public void module(Module m) {
    if (m.sourceFilename() != null) {
      out.append("source_filename = ").append(Names.quote(m.sourceFilename())).append('\n');
    }
    if (m.dataLayout() != null) {
      out.append("target datalayout = ").append(Names.quote(m.dataLayout())).append('\n');
    }
    if (m.triple() != null) {
      out.append("target triple = ").append(Names.quote(m.triple())).append('\n');
    }
    for (String asm : m.moduleAsm()) {
      out.append("module asm ").append(Names.quote(asm)).append('\n');
    }
    section();
    for (Map.Entry<String, StructType> e : m.namedTypes().entrySet()) {
      out.append('%').append(Names.quoteIfNeeded(e.getKey())).append(" = type ")
          .append(e.getValue().bodyString()).append('\n');
    }
    for (Map.Entry<String, Type> e : m.typeAliases().entrySet()) {
      out.append('%').append(Names.quoteIfNeeded(e.getKey())).append(" = type ")
          .append(e.getValue()).append('\n');
    }
    section();
    for (Comdat c : m.comdats().values()) {
      out.append('$').append(Names.quoteIfNeeded(c.name())).append(" = comdat ")
          .append(c.selectionKind()).append('\n');
    }
    section();
    for (GlobalValue g : m.globalValues()) {
      if (g instanceof GlobalVariable) {
        g.printDefinition(this);
        out.append('\n');
      }
    }
    section();
    for (GlobalValue g : m.globalValues()) {
      if (g instanceof GlobalAlias) {
        g.printDefinition(this);
        out.append('\n');
      }
    }
    for (GlobalValue g : m.globalValues()) {
      if (g instanceof Function f) {
        section();
        printFunction(f);
      }
    }
    section();
    for (UseListOrder u : m.useListOrders()) {
      u.print(this);
      out.append('\n');
    }
    section();
    for (AttributeGroup g : m.attributeGroups().values()) {
      out.append("attributes #").append(g.id()).append(" = { ")
          .append(g.attributes().spelling()).append(" }\n");
    }
    section();
    for (NamedMDNode n : m.namedMetadata().values()) {
      out.append('!').append(n.name()).append(" = !{");
      for (int i = 0; i < n.operands().size(); i++) {
        out.append(i > 0 ? ", " : "");
        metadata(n.operands().get(i));
      }
      out.append("}\n");
    }
    section();
    for (MDNode n : m.metadata().values()) {
      out.append('!').append(n.id()).append(" = ");
      n.printBody(this);
      out.append('\n');
    }
    section();
    for (String s : m.summaryEntries()) {
      out.append(s).append('\n');
    }
  }

  /** A blank line between sections, once. */
  private void section() {
    int n = out.length();
    if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
      out.append('\n');
    }
  }

  void printFunction(Function f) {
    slotsFor = f;
    slots = null;
    boolean decl = f.isDeclaration();
    out.append(decl ? "declare " : "define ");
    if (decl) {
      for (MetadataAttachment a : f.attachments()) {
        out.append('!').append(a.kind()).append(' ');
        metadata(a.node());
        out.append(' ');
      }
    }
    f.printPrefix(this, false);
    if (f.callingConv() != null) {
      out.append(f.callingConv()).append(' ');
    }
    if (!f.returnAttributes().isEmpty()) {
      out.append(f.returnAttributes().spelling()).append(' ');
    }
    out.append(f.returnType()).append(' ');
    f.printAsOperand(this);
    out.append('(');
    List<Argument> args = f.arguments();
    for (int i = 0; i < args.size(); i++) {
      Argument a = args.get(i);
      out.append(i > 0 ? ", " : "").append(a.type());
      if (!a.attributes().isEmpty()) {
        out.append(' ').append(a.attributes().spelling());
      }
      if (!decl) {
        out.append(' ');
        local(a);
      }
    }
    if (f.functionType().isVarArg()) {
      out.append(args.isEmpty() ? "..." : ", ...");
    }
    out.append(')');
    if (f.unnamedAddr() != null) {
      out.append(' ').append(f.unnamedAddr());
    }
    if (f.hasExplicitAddressSpace()) {
      out.append(" addrspace(").append(f.addressSpace()).append(')');
    }
    if (!f.fnAttributes().isEmpty()) {
      out.append(' ').append(f.fnAttributes().spelling());
    }
    f.printSuffix(this, false);
    if (f.gc() != null) {
      out.append(" gc ").append(Names.quote(f.gc()));
    }
    if (f.prefix() != null) {
      out.append(" prefix ");
      typedOperand(f.prefix());
    }
    if (f.prologue() != null) {
      out.append(" prologue ");
      typedOperand(f.prologue());
    }
    if (f.personality() != null) {
      out.append(" personality ");
      typedOperand(f.personality());
    }
    if (decl) {
      out.append('\n');
      return;
    }
    for (MetadataAttachment a : f.attachments()) {
      out.append(" !").append(a.kind()).append(' ');
      metadata(a.node());
    }
    out.append(" {\n");
    boolean first = true;
    for (BasicBlock b : f.blocks()) {
      if (!first) {
        out.append('\n');
      }
      if (b.hasName()) {
        out.append(Names.quoteLocal(b.name())).append(":\n");
      } else if (!first) {
        out.append(slot(b)).append(":\n");
      }
      first = false;
      for (Instruction i : b.instructions()) {
        for (DebugRecord r : i.debugRecords()) {
          out.append("    ");
          r.print(this);
          out.append('\n');
        }
        out.append("  ");
        instruction(i);
        out.append('\n');
      }
    }
    for (UseListOrder u : f.useListOrders()) {
      out.append("  ");
      u.print(this);
      out.append('\n');
    }
    out.append("}\n");
  }
}
