// br label %dest | br i1 %c, label %then, label %else
package dev.irscope.ir;

public final class BranchInst extends Instruction {
  public BranchInst(BasicBlock dest) {
    super(Opcode.BR, PrimitiveType.VOID);
    initOperands(dest);
  }

  public BranchInst(Value condition, BasicBlock ifTrue, BasicBlock ifFalse) {
    super(Opcode.BR, PrimitiveType.VOID);
    initOperands(condition, ifTrue, ifFalse);
  }

  public boolean isConditional() {
    return numOperands() == 3;
  }

  public Value condition() {
    return isConditional() ? operand(0) : null;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("br ");
    w.typedOperands(operands());
  }

  @Override
  protected BranchInst cloneImpl() {
    return isConditional()
        ? new BranchInst(operand(0), (BasicBlock) operand(1), (BasicBlock) operand(2))
        : new BranchInst((BasicBlock) operand(0));
  }
}
