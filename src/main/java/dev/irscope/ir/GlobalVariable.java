// @g = [linkage ...] global|constant T [initializer], ...
package dev.irscope.ir;

public final class GlobalVariable extends GlobalValue {
  private Type valueType;
  private boolean constant;
  private boolean externallyInitialized;
  private Constant initializer;

  public GlobalVariable(String name) {
    super(name);
  }

  public Type valueType() {
    return valueType;
  }

  public void setValueType(Type t) {
    this.valueType = t;
  }

  public boolean isConstant() {
    return constant;
  }

  public void setConstant(boolean c) {
    this.constant = c;
  }

  public boolean isExternallyInitialized() {
    return externallyInitialized;
  }

  public void setExternallyInitialized(boolean e) {
    this.externallyInitialized = e;
  }

  public Constant initializer() {
    return initializer;
  }

  public void setInitializer(Constant c) {
    this.initializer = c;
    initOperands(c == null ? new Value[0] : new Value[] {c});
  }

  @Override
  public boolean isDeclaration() {
    return initializer == null;
  }

  @Override
  public void printDefinition(AsmWriter w) {
    printAsOperand(w);
    w.append(" = ");
    printPrefix(w, true);
    printAddressSpace(w);
    if (externallyInitialized) {
      w.append("externally_initialized ");
    }
    w.append(constant ? "constant " : "global ").append(valueType.toString());
    if (initializer != null) {
      w.append(" ");
      w.operand(initializer);
    }
    printSuffix(w, true);
    printAttachments(w);
    if (!attributes().isEmpty()) {
      w.append(" ").append(attributes().spelling());
    }
  }
}
