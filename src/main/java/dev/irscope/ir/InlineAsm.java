// asm [sideeffect] [alignstack] [inteldialect] [unwind] "code", "constraints" as a callee.
package dev.irscope.ir;

public final class InlineAsm extends Value {
  private final String asm;
  private final String constraints;
  private final String modifiers; // "sideeffect alignstack" ... as written, may be ""

  public InlineAsm(FunctionType type, String asm, String constraints, String modifiers) {
    super(type);
    this.asm = asm;
    this.constraints = constraints;
    this.modifiers = modifiers;
  }

  public String asm() {
    return asm;
  }

  public String constraints() {
    return constraints;
  }

  public boolean hasSideEffects() {
    return modifiers.contains("sideeffect");
  }

  /** Whether the constraints clobber memory ("~{memory}"). */
  public boolean clobbersMemory() {
    return constraints.contains("~{memory}");
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("asm ");
    if (!modifiers.isEmpty()) {
      w.append(modifiers).append(" ");
    }
    w.append(Names.quote(asm)).append(", ").append(Names.quote(constraints));
  }
}
