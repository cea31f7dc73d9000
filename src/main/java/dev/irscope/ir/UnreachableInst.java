// unreachable
package dev.irscope.ir;

public final class UnreachableInst extends Instruction {
  public UnreachableInst() {
    super(Opcode.UNREACHABLE, PrimitiveType.VOID);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("unreachable");
  }

  @Override
  protected UnreachableInst cloneImpl() {
    return new UnreachableInst();
  }
}
