// dso_local_equivalent @f and no_cfi @f: a global value with a qualifier.
package dev.irscope.ir;

public final class GlobalReferenceConstant extends Constant {
  private final String keyword;

  public GlobalReferenceConstant(String keyword, GlobalValue global) {
    super(global.type());
    this.keyword = keyword;
    initOperands(global);
  }

  /** "dso_local_equivalent" or "no_cfi". */
  public String keyword() {
    return keyword;
  }

  public GlobalValue global() {
    return (GlobalValue) operand(0);
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append(keyword).append(" ");
    w.operand(global());
  }
}
