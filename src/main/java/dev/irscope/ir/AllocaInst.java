// alloca [inalloca] [swifterror] T [, Ty N] [, align N] [, addrspace(N)]
package dev.irscope.ir;

public final class AllocaInst extends Instruction {
  private final Type allocatedType;
  private final boolean explicitCount;
  private long align;
  private boolean inalloca;
  private boolean swiftError;

  /** {@code count} is null when no element count is written (one element). */
  public AllocaInst(Type allocatedType, Value count, PointerType type) {
    super(Opcode.ALLOCA, type);
    this.allocatedType = allocatedType;
    this.explicitCount = count != null;
    initOperands(count != null ? count : ConstantInt.get(IntegerType.I32, 1));
  }

  public Type allocatedType() {
    return allocatedType;
  }

  public Value arraySize() {
    return operand(0);
  }

  public long align() {
    return align;
  }

  public void setAlign(long align) {
    this.align = align;
  }

  public void setModifiers(boolean inalloca, boolean swiftError) {
    this.inalloca = inalloca;
    this.swiftError = swiftError;
  }

  public boolean isInalloca() {
    return inalloca;
  }

  public boolean isSwiftError() {
    return swiftError;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("alloca ");
    if (inalloca) {
      w.append("inalloca ");
    }
    if (swiftError) {
      w.append("swifterror ");
    }
    w.append(allocatedType.toString());
    if (explicitCount) {
      w.append(", ");
      w.typedOperand(operand(0));
    }
    MemoryAccess.printAlign(w, align);
    int as = ((PointerType) type()).addressSpace();
    if (as != 0) {
      w.append(", addrspace(").append(Integer.toString(as)).append(")");
    }
  }

  @Override
  protected AllocaInst cloneImpl() {
    AllocaInst c = new AllocaInst(allocatedType, explicitCount ? operand(0) : null,
        (PointerType) type());
    c.align = align;
    c.inalloca = inalloca;
    c.swiftError = swiftError;
    return c;
  }
}
