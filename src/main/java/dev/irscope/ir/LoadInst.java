// load [atomic] [volatile] T, ptr %p [syncscope("s") ordering] [, align N]
package dev.irscope.ir;

public final class LoadInst extends MemoryAccessInst {
  public LoadInst(Type type, Value pointer, boolean isVolatile, AtomicOrdering ordering,
      String syncScope, long align) {
    super(Opcode.LOAD, type, isVolatile, ordering, syncScope, align);
    initOperands(pointer);
  }

  public Value pointer() {
    return operand(0);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("load ");
    if (isAtomic()) {
      w.append("atomic ");
    }
    if (isVolatile()) {
      w.append("volatile ");
    }
    w.append(type().toString()).append(", ");
    w.typedOperand(pointer());
    printOrdering(w);
    MemoryAccess.printAlign(w, align());
  }

  @Override
  protected LoadInst cloneImpl() {
    return new LoadInst(type(), pointer(), isVolatile(), ordering(), syncScope(), align());
  }
}
