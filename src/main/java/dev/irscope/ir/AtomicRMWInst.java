// atomicrmw [volatile] OP ptr %p, T %v [syncscope("s")] ordering [, align N]
package dev.irscope.ir;

public final class AtomicRMWInst extends Instruction implements MemoryAccess {
  private final String operation;
  private final boolean isVolatile;
  private final AtomicOrdering ordering;
  private final String syncScope;
  private final long align;

  public AtomicRMWInst(String operation, Value pointer, Value value, boolean isVolatile,
      AtomicOrdering ordering, String syncScope, long align) {
    super(Opcode.ATOMICRMW, value.type());
    this.operation = operation;
    this.isVolatile = isVolatile;
    this.ordering = ordering;
    this.syncScope = syncScope;
    this.align = align;
    initOperands(pointer, value);
  }

  /** xchg, add, sub, and, nand, or, xor, max, min, umax, umin, fadd, ... as written. */
  public String operation() {
    return operation;
  }

  public Value pointer() {
    return operand(0);
  }

  @Override
  public boolean isVolatile() {
    return isVolatile;
  }

  @Override
  public AtomicOrdering ordering() {
    return ordering;
  }

  @Override
  public String syncScope() {
    return syncScope;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("atomicrmw ");
    if (isVolatile) {
      w.append("volatile ");
    }
    w.append(operation).append(" ");
    w.typedOperand(operand(0));
    w.append(", ");
    w.typedOperand(operand(1));
    MemoryAccess.printScope(w, syncScope);
    w.append(" ").append(ordering.spelling());
    MemoryAccess.printAlign(w, align);
  }
}
