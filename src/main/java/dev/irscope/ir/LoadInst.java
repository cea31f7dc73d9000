// load [atomic] [volatile] T, ptr %p [syncscope("s") ordering] [, align N]
package dev.irscope.ir;

public final class LoadInst extends Instruction implements MemoryAccess {
  private final boolean isVolatile;
  private final AtomicOrdering ordering;
  private final String syncScope;
  private final long align;

  public LoadInst(Type type, Value pointer, boolean isVolatile, AtomicOrdering ordering,
      String syncScope, long align) {
    super(Opcode.LOAD, type);
    this.isVolatile = isVolatile;
    this.ordering = ordering;
    this.syncScope = syncScope;
    this.align = align;
    initOperands(pointer);
  }

  public Value pointer() {
    return operand(0);
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
    w.append("load ");
    if (isAtomic()) {
      w.append("atomic ");
    }
    if (isVolatile) {
      w.append("volatile ");
    }
    w.append(type().toString()).append(", ");
    w.typedOperand(pointer());
    if (isAtomic()) {
      MemoryAccess.printScope(w, syncScope);
      w.append(" ").append(ordering.spelling());
    }
    MemoryAccess.printAlign(w, align);
  }
}
