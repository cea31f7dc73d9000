// fence [syncscope("s")] ordering
package dev.irscope.ir;

public final class FenceInst extends Instruction implements MemoryAccess {
  private final AtomicOrdering ordering;
  private final String syncScope;

  public FenceInst(AtomicOrdering ordering, String syncScope) {
    super(Opcode.FENCE, Type.VOID);
    this.ordering = ordering;
    this.syncScope = syncScope;
  }

  @Override
  public boolean isVolatile() {
    return false;
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
    w.append("fence");
    MemoryAccess.printScope(w, syncScope);
    w.append(" ").append(ordering.spelling());
  }
}
