// A natural loop: a header that dominates the latches (the blocks with an edge back to it) and
// every block that reaches a latch without passing through the header. Blocks are in LLVM's
// order (the header first, then the others in reverse post order of the CFG), subloops too.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public final class Loop {
  private final BasicBlock header;
  private final Cfg cfg;
  private Loop parent;
  final List<BasicBlock> blocks = new ArrayList<>();
  final Set<BasicBlock> blockSet = Collections.newSetFromMap(new IdentityHashMap<>());
  final List<Loop> subLoops = new ArrayList<>();

  Loop(BasicBlock header, Cfg cfg) {
    this.header = header;
    this.cfg = cfg;
    addBlock(header);
  }

  void addBlock(BasicBlock b) {
    blocks.add(b);
    blockSet.add(b);
  }

  void setParent(Loop parent) {
    this.parent = parent;
  }

  public BasicBlock header() {
    return header;
  }

  public List<BasicBlock> blocks() {
    return Collections.unmodifiableList(blocks);
  }

  public Loop parent() {
    return parent;
  }

  public Loop outermost() {
    Loop l = this;
    while (l.parent != null) {
      l = l.parent;
    }
    return l;
  }

  public List<Loop> subLoops() {
    return Collections.unmodifiableList(subLoops);
  }

  /** 1 for an outermost loop. */
  public int depth() {
    int d = 1;
    for (Loop l = parent; l != null; l = l.parent) {
      d++;
    }
    return d;
  }

  public boolean contains(BasicBlock b) {
    return blockSet.contains(b);
  }

  public boolean contains(Instruction i) {
    return contains(i.parent());
  }

  /**
   * LLVM's Loop::isLoopInvariant: {@code v} is not an instruction of this loop (an argument, a
   * constant, an instruction outside the loop or not in any block), so every iteration sees the
   * same value.
   */
  public boolean isLoopInvariant(Value v) {
    return !(v instanceof Instruction i) || i.parent() == null || !contains(i.parent());
  }

  /** Whether l is this loop or nested in it. */
  public boolean contains(Loop l) {
    for (; l != null; l = l.parent) {
      if (l == this) {
        return true;
      }
    }
    return false;
  }

  public boolean isLoopLatch(BasicBlock b) {
    return contains(b) && cfg.successors(b).contains(header);
  }

  public boolean isLoopExiting(BasicBlock b) {
    for (BasicBlock s : cfg.successors(b)) {
      if (!contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The blocks inside the loop with an edge to the header, in predecessor order. */
  public List<BasicBlock> latches() {
    return cfg.predecessors(header).stream().filter(this::contains).toList();
  }

  /** The only latch, or null. */
  public BasicBlock latch() {
    List<BasicBlock> l = latches();
    return l.size() == 1 ? l.get(0) : null;
  }

  /** The blocks inside the loop with an edge leaving it, in loop order. */
  public List<BasicBlock> exitingBlocks() {
    return blocks.stream().filter(this::isLoopExiting).toList();
  }

  /** The blocks outside the loop that an edge from inside reaches, each once, in loop order. */
  public List<BasicBlock> exitBlocks() {
    Set<BasicBlock> out = new LinkedHashSet<>();
    for (BasicBlock b : blocks) {
      for (BasicBlock s : cfg.successors(b)) {
        if (!contains(s)) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The only predecessor of the header outside the loop, or null. */
  public BasicBlock loopPredecessor() {
    BasicBlock out = null;
    for (BasicBlock p : cfg.predecessors(header)) {
      if (!contains(p)) {
        if (out != null) {
          return null;
        }
        out = p;
      }
    }
    return out;
  }

  /**
   * The loop predecessor when its only successor is the header and code may be hoisted into it
   * (its terminator is not an exception-handling one), as LLVM's getLoopPreheader; else null.
   */
  public BasicBlock preheader() {
    BasicBlock p = loopPredecessor();
    if (p == null || Cfg.rawSuccessors(p).size() != 1) {
      return null;
    }
    Opcode op = p.terminator().opcode();
    boolean exceptional = op == Opcode.CATCHSWITCH || op == Opcode.CATCHRET
        || op == Opcode.CLEANUPRET || op == Opcode.INVOKE || op == Opcode.RESUME;
    return exceptional ? null : p;
  }

  /** opt-19's print<loops> line for this loop and, indented below, its subloops. */
  void print(StringBuilder sb, BlockNames names) {
    sb.append("    ".repeat(depth() - 1)).append("Loop at depth ").append(depth())
        .append(" containing: ");
    for (int i = 0; i < blocks.size(); i++) {
      BasicBlock b = blocks.get(i);
      sb.append(i > 0 ? "," : "").append(names.of(b));
      sb.append(b == header ? "<header>" : "");
      sb.append(isLoopLatch(b) ? "<latch>" : "");
      sb.append(isLoopExiting(b) ? "<exiting>" : "");
    }
    sb.append('\n');
    for (Loop l : subLoops) {
      l.print(sb, names);
    }
  }

  @Override
  public String toString() {
    return "loop at " + header.name();
  }
}
