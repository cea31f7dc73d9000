// store [atomic] [volatile] T %v, ptr %p [syncscope("s") ordering] [, align N]
package dev.irscope.ir;

public final class StoreInst extends Instruction implements MemoryAccess {
  private final boolean isVolatile;
  private final AtomicOrdering ordering;
  private final String syncScope;
  private final long align;

  public StoreInst(Value value, Value pointer, boolean isVolatile, AtomicOrdering ordering,
      String syncScope, long align) {
    super(Opcode.STORE, Type.VOID);
    this.isVolatile = isVolatile;
    this.ordering = ordering;
    this.syncScope = syncScope;
    this.align = align;
    initOperands(value, pointer);
  }

  public Value value() {
    return operand(0);
  }

  public Value pointer() {
    return operand(1);
  }

  public long align() {
    return align;
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
    w.append("store ");
    if (isAtomic()) {
      w.append("atomic ");
    }
    if (isVolatile) {
      w.append("volatile ");
    }
    w.typedOperand(value());
    w.append(", ");
    w.typedOperand(pointer());
    if (isAtomic()) {
      MemoryAccess.printScope(w, syncScope);
      w.append(" ").append(ordering.spelling());
    }
    MemoryAccess.printAlign(w, align);
  }
}
