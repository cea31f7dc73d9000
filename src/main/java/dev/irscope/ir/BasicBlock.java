// A basic block: a label, a straight list of instructions, the last of them a terminator.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class BasicBlock extends Value {
  private Function parent;
  private final ArrayList<Instruction> instructions = new ArrayList<>();
  private int line;
  private int column;

  public BasicBlock(String name) {
    super(PrimitiveType.LABEL);
    setName(name);
  }

  public Function parent() {
    return parent;
  }

  void setParent(Function f) {
    this.parent = f;
  }

  public List<Instruction> instructions() {
    return Collections.unmodifiableList(instructions);
  }

  public void append(Instruction inst) {
    inst.setParent(this);
    instructions.add(inst);
  }

  public void insert(int index, Instruction inst) {
    inst.setParent(this);
    instructions.add(index, inst);
  }

  public boolean remove(Instruction inst) {
    boolean removed = instructions.remove(inst);
    if (removed) {
      inst.setParent(null);
    }
    return removed;
  }

  /** The last instruction when it is a terminator, else null. */
  public Instruction terminator() {
    if (instructions.isEmpty()) {
      return null;
    }
    Instruction last = instructions.get(instructions.size() - 1);
    return last.isTerminator() ? last : null;
  }

  /** The successor blocks named by the terminator, in operand order. */
  public List<BasicBlock> successors() {
    Instruction t = terminator();
    return t == null ? List.of() : t.successors();
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public void setPosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.local(this);
  }

  static List<BasicBlock> blocksOf(User u) {
    List<BasicBlock> out = new ArrayList<>();
    for (Value v : u.operands()) {
      if (v instanceof BasicBlock b) {
        out.add(b);
      }
    }
    return out;
  }
}
