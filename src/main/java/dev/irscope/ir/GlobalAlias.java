// @a = [linkage ...] alias T, ptr @aliasee   and   @f = ifunc T, ptr @resolver
package dev.irscope.ir;

public final class GlobalAlias extends GlobalValue {
  private final boolean ifunc;
  private Type valueType;

  public GlobalAlias(String name, boolean ifunc) {
    super(name);
    this.ifunc = ifunc;
  }

  /** Whether this is an ifunc (the operand is the resolver) rather than an alias. */
  public boolean isIFunc() {
    return ifunc;
  }

  public Type valueType() {
    return valueType;
  }

  public void setValueType(Type t) {
    this.valueType = t;
  }

  /** The aliasee (or the resolver of an ifunc). */
  public Constant target() {
    return numOperands() == 0 ? null : (Constant) operand(0);
  }

  public void setTarget(Constant c) {
    initOperands(c);
  }

  @Override
  public boolean isDeclaration() {
    return false;
  }

  @Override
  public void printDefinition(AsmWriter w) {
    printAsOperand(w);
    w.append(" = ");
    printPrefix(w, true);
    printAddressSpace(w);
    w.append(ifunc ? "ifunc " : "alias ").append(valueType.toString()).append(", ");
    w.typedOperand(target());
    printSuffix(w, true);
    printAttachments(w);
  }
}
