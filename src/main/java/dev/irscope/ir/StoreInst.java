// store [atomic] [volatile] T %v, ptr %p [syncscope("s") ordering] [, align N]
package dev.irscope.ir;

public final class StoreInst extends MemoryAccessInst {
  public StoreInst(Value value, Value pointer, boolean isVolatile, AtomicOrdering ordering,
      String syncScope, long align) {
    super(Opcode.STORE, PrimitiveType.VOID, isVolatile, ordering, syncScope, align);
    initOperands(value, pointer);
  }

  public Value value() {
    return operand(0);
  }

  public Value pointer() {
    return operand(1);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("store ");
    if (isAtomic()) {
      w.append("atomic ");
    }
    if (isVolatile()) {
      w.append("volatile ");
    }
    w.typedOperand(value());
    w.append(", ");
    w.typedOperand(pointer());
    printOrdering(w);
    MemoryAccess.printAlign(w, align());
  }

  @Override
  protected StoreInst cloneImpl() {
    return new StoreInst(value(), pointer(), isVolatile(), ordering(), syncScope(), align());
  }
}
