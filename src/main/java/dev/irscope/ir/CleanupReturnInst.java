// cleanupret from %cleanuppad unwind (label %dest | to caller)
package dev.irscope.ir;

public final class CleanupReturnInst extends Instruction {
  /** {@code unwindDest} is null for "unwind to caller". */
  public CleanupReturnInst(Value cleanupPad, BasicBlock unwindDest) {
    super(Opcode.CLEANUPRET, PrimitiveType.VOID);
    initOperands(unwindDest == null ? new Value[] {cleanupPad}
        : new Value[] {cleanupPad, unwindDest});
  }

  /** The block unwinding continues in, or null when it unwinds to the caller. */
  public BasicBlock unwindDest() {
    return numOperands() > 1 ? (BasicBlock) operand(1) : null;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("cleanupret from ");
    w.operand(operand(0));
    w.append(" unwind ");
    if (numOperands() > 1) {
      w.typedOperand(operand(1));
    } else {
      w.append("to caller");
    }
  }

  @Override
  protected CleanupReturnInst cloneImpl() {
    return new CleanupReturnInst(operand(0), unwindDest());
  }
}
