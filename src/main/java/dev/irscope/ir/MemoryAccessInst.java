// The base of the instructions that access memory with an ordering: load, store, fence,
// cmpxchg, atomicrmw. Holds what they share (volatility, atomic ordering, synchronization scope,
// alignment); each subclass adds its operands and its own spelling.
package dev.irscope.ir;

public abstract class MemoryAccessInst extends Instruction implements MemoryAccess {
  private final boolean isVolatile;
  private final AtomicOrdering ordering;
  private final String syncScope;
  private final long align;

  protected MemoryAccessInst(Opcode opcode, Type type, boolean isVolatile,
      AtomicOrdering ordering, String syncScope, long align) {
    super(opcode, type);
    this.isVolatile = isVolatile;
    this.ordering = ordering;
    this.syncScope = syncScope;
    this.align = align;
  }

  /** The alignment written with ", align N", or 0. */
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

  /** Writes " syncscope(...) ordering" for atomic accesses. */
  protected void printOrdering(AsmWriter w) {
    if (isAtomic()) {
      MemoryAccess.printScope(w, syncScope);
      w.append(" ").append(ordering.spelling());
    }
  }
}
