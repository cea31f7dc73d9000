// fence [syncscope("s")] ordering
package dev.irscope.ir;

public final class FenceInst extends MemoryAccessInst {
  public FenceInst(AtomicOrdering ordering, String syncScope) {
    super(Opcode.FENCE, PrimitiveType.VOID, false, ordering, syncScope, 0);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("fence");
    MemoryAccess.printScope(w, syncScope());
    w.append(" ").append(ordering().spelling());
  }

  @Override
  protected FenceInst cloneImpl() {
    return new FenceInst(ordering(), syncScope());
  }
}
