// phi [fast-math flags] T [ %v, %bb ], ... : one incoming value per predecessor block. The
// blocks are kept beside the operands, as in LLVM (they are not uses of the blocks).
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public final class PhiInst extends Instruction {
  private final List<BasicBlock> incomingBlocks = new ArrayList<>();

  public PhiInst(Type type) {
    super(Opcode.PHI, type);
  }

  public void addIncoming(Value value, BasicBlock block) {
    appendOperands(value);
    incomingBlocks.add(block);
  }

  public int numIncoming() {
    return incomingBlocks.size();
  }

  public Value incomingValue(int i) {
    return operand(i);
  }

  public BasicBlock incomingBlock(int i) {
    return incomingBlocks.get(i);
  }

  /** Drops the incoming value and block at {@code i}. */
  public void removeIncoming(int i) {
    removeOperand(i);
    incomingBlocks.remove(i);
  }

  /** Makes the incoming value at {@code i} come from {@code block} instead. */
  public void setIncomingBlock(int i, BasicBlock block) {
    incomingBlocks.set(i, block);
  }

  /** The index of the entry from {@code block}, or -1. */
  public int incomingIndexOf(BasicBlock block) {
    return incomingBlocks.indexOf(block);
  }

  /** The value coming in from {@code block}, or null when the block is no predecessor. */
  public Value incomingValueFor(BasicBlock block) {
    int i = incomingBlocks.indexOf(block);
    return i < 0 ? null : operand(i);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("phi ").append(Flags.spell(flags(), false)).append(type().toString()).append(" ");
    for (int i = 0; i < numIncoming(); i++) {
      w.append(i > 0 ? ", [ " : "[ ");
      w.operand(operand(i));
      w.append(", ");
      w.operand(incomingBlocks.get(i));
      w.append(" ]");
    }
  }

  @Override
  protected PhiInst cloneImpl() {
    PhiInst c = new PhiInst(type());
    for (int i = 0; i < numIncoming(); i++) {
      c.addIncoming(operand(i), incomingBlocks.get(i));
    }
    return c;
  }
}
