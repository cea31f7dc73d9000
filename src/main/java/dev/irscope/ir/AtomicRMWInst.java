// atomicrmw [volatile] OP ptr %p, T %v [syncscope("s")] ordering [, align N]
package dev.irscope.ir;

public final class AtomicRMWInst extends MemoryAccessInst {
  private final String operation;

  public AtomicRMWInst(String operation, Value pointer, Value value, boolean isVolatile,
      AtomicOrdering ordering, String syncScope, long align) {
    super(Opcode.ATOMICRMW, value.type(), isVolatile, ordering, syncScope, align);
    this.operation = operation;
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
  public void printBody(AsmWriter w) {
    w.append("atomicrmw ");
    if (isVolatile()) {
      w.append("volatile ");
    }
    w.append(operation).append(" ");
    w.typedOperand(operand(0));
    w.append(", ");
    w.typedOperand(operand(1));
    MemoryAccess.printScope(w, syncScope());
    w.append(" ").append(ordering().spelling());
    MemoryAccess.printAlign(w, align());
  }

  @Override
  protected AtomicRMWInst cloneImpl() {
    return new AtomicRMWInst(operation, operand(0), operand(1), isVolatile(), ordering(),
        syncScope(), align());
  }
}
