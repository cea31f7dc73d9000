// cmpxchg [weak] [volatile] ptr %p, T %cmp, T %new [syncscope("s")] success failure [, align N]
// The result is { T, i1 }.
package dev.irscope.ir;

import java.util.List;

public final class AtomicCmpXchgInst extends Instruction implements MemoryAccess {
  private final boolean weak;
  private final boolean isVolatile;
  private final AtomicOrdering successOrdering;
  private final AtomicOrdering failureOrdering;
  private final String syncScope;
  private final long align;

  public AtomicCmpXchgInst(Value pointer, Value cmp, Value newValue, boolean weak,
      boolean isVolatile, AtomicOrdering success, AtomicOrdering failure, String syncScope,
      long align) {
    super(Opcode.CMPXCHG, StructType.literal(List.of(cmp.type(), Type.I1), false));
    this.weak = weak;
    this.isVolatile = isVolatile;
    this.successOrdering = success;
    this.failureOrdering = failure;
    this.syncScope = syncScope;
    this.align = align;
    initOperands(pointer, cmp, newValue);
  }

  public Value pointer() {
    return operand(0);
  }

  public AtomicOrdering failureOrdering() {
    return failureOrdering;
  }

  @Override
  public boolean isVolatile() {
    return isVolatile;
  }

  /** The success ordering (the stronger of the two). */
  @Override
  public AtomicOrdering ordering() {
    return successOrdering;
  }

  @Override
  public String syncScope() {
    return syncScope;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("cmpxchg ");
    if (weak) {
      w.append("weak ");
    }
    if (isVolatile) {
      w.append("volatile ");
    }
    w.typedOperand(operand(0));
    w.append(", ");
    w.typedOperand(operand(1));
    w.append(", ");
    w.typedOperand(operand(2));
    MemoryAccess.printScope(w, syncScope);
    w.append(" ").append(successOrdering.spelling()).append(" ")
        .append(failureOrdering.spelling());
    MemoryAccess.printAlign(w, align);
  }
}
