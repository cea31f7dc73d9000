// select [fast-math flags] i1 %c, T %a, T %b
package dev.irscope.ir;

public final class SelectInst extends Instruction {
  public SelectInst(Value condition, Value ifTrue, Value ifFalse) {
    super(Opcode.SELECT, ifTrue.type());
    initOperands(condition, ifTrue, ifFalse);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("select ").append(Flags.spell(flags(), false));
    w.typedOperands(operands());
  }

  @Override
  protected SelectInst cloneImpl() {
    return new SelectInst(operand(0), operand(1), operand(2));
  }
}
