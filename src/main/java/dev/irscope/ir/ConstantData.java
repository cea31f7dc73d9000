// Uniqued leaf constants with no operands. They keep no use lists, as in LLVM 21 and later.
package dev.irscope.ir;

public abstract class ConstantData extends Constant {
  protected ConstantData(Type type) {
    super(type);
  }

  @Override
  protected boolean tracksUses() {
    return false;
  }

  @Override
  public boolean isConstantData() {
    return true;
  }
}
