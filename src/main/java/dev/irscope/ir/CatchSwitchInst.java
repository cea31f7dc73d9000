// catchswitch within %parent [ label %h1, ... ] unwind (label %u | to caller)
package dev.irscope.ir;

import java.util.List;

public final class CatchSwitchInst extends Instruction {
  private final boolean hasUnwindDest;

  /** {@code unwindDest} is null for "unwind to caller". */
  public CatchSwitchInst(Value parentPad, List<BasicBlock> handlers, BasicBlock unwindDest) {
    super(Opcode.CATCHSWITCH, PrimitiveType.TOKEN);
    this.hasUnwindDest = unwindDest != null;
    Value[] ops = new Value[handlers.size() + (hasUnwindDest ? 2 : 1)];
    ops[0] = parentPad;
    for (int i = 0; i < handlers.size(); i++) {
      ops[i + 1] = handlers.get(i);
    }
    if (hasUnwindDest) {
      ops[ops.length - 1] = unwindDest;
    }
    initOperands(ops);
  }

  /** The unwind destination, or null for "unwind to caller". */
  public BasicBlock unwindDest() {
    return hasUnwindDest ? (BasicBlock) operand(numOperands() - 1) : null;
  }

  /** LLVM's successor order: the unwind destination (if any) first, then the handlers. */
  @Override
  public List<BasicBlock> successors() {
    List<BasicBlock> blocks = BasicBlock.blocksOf(this);
    if (!hasUnwindDest) {
      return blocks;
    }
    List<BasicBlock> out = new java.util.ArrayList<>(blocks.size());
    out.add(unwindDest());
    out.addAll(blocks.subList(0, blocks.size() - 1));
    return out;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("catchswitch within ");
    w.operand(operand(0));
    w.append(" [");
    int end = numOperands() - (hasUnwindDest ? 1 : 0);
    w.typedOperands(operands().subList(1, end));
    w.append("] unwind ");
    if (hasUnwindDest) {
      w.typedOperand(operand(end));
    } else {
      w.append("to caller");
    }
  }

  @Override
  protected CatchSwitchInst cloneImpl() {
    List<BasicBlock> handlers = new java.util.ArrayList<>();
    for (int i = 1; i < numOperands() - (hasUnwindDest ? 1 : 0); i++) {
      handlers.add((BasicBlock) operand(i));
    }
    return new CatchSwitchInst(operand(0), handlers, unwindDest());
  }
}
