// cmpxchg [weak] [volatile] ptr %p, T %cmp, T %new [syncscope("s")] success failure [, align N]
// The result is { T, i1 }; ordering() is the success ordering.
package dev.irscope.ir;

import java.util.List;

public final class AtomicCmpXchgInst extends MemoryAccessInst {
  private final boolean weak;
  private final AtomicOrdering failureOrdering;

  public AtomicCmpXchgInst(Value pointer, Value cmp, Value newValue, boolean weak,
      boolean isVolatile, AtomicOrdering success, AtomicOrdering failure, String syncScope,
      long align) {
    super(Opcode.CMPXCHG, StructType.literal(List.of(cmp.type(), IntegerType.I1), false),
        isVolatile, success, syncScope, align);
    this.weak = weak;
    this.failureOrdering = failure;
    initOperands(pointer, cmp, newValue);
  }

  public Value pointer() {
    return operand(0);
  }

  public AtomicOrdering failureOrdering() {
    return failureOrdering;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("cmpxchg ");
    if (weak) {
      w.append("weak ");
    }
    if (isVolatile()) {
      w.append("volatile ");
    }
    w.typedOperand(operand(0));
    w.append(", ");
    w.typedOperand(operand(1));
    w.append(", ");
    w.typedOperand(operand(2));
    MemoryAccess.printScope(w, syncScope());
    w.append(" ").append(ordering().spelling()).append(" ")
        .append(failureOrdering.spelling());
    MemoryAccess.printAlign(w, align());
  }

  @Override
  protected AtomicCmpXchgInst cloneImpl() {
    return new AtomicCmpXchgInst(operand(0), operand(1), operand(2), weak, isVolatile(),
        ordering(), failureOrdering, syncScope(), align());
  }
}
