// switch T %v, label %default [ T c1, label %b1 ... ]
package dev.irscope.ir;

public final class SwitchInst extends Instruction {
  public SwitchInst(Value condition, BasicBlock defaultDest) {
    super(Opcode.SWITCH, PrimitiveType.VOID);
    initOperands(condition, defaultDest);
  }

  public void addCase(Constant value, BasicBlock dest) {
    appendOperands(value, dest);
  }

  public Value condition() {
    return operand(0);
  }

  public BasicBlock defaultDest() {
    return (BasicBlock) operand(1);
  }

  /** Where the switch goes for condition value {@code c} (LLVM's findCaseValue). */
  public BasicBlock destinationFor(ConstantInt c) {
    for (int i = 2; i < numOperands(); i += 2) {
      if (operand(i) instanceof ConstantInt k && k.bigValue().equals(c.bigValue())) {
        return (BasicBlock) operand(i + 1);
      }
    }
    return defaultDest();
  }

  public int numCases() {
    return (numOperands() - 2) / 2;
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("switch ");
    w.typedOperand(operand(0));
    w.append(", ");
    w.typedOperand(operand(1));
    w.append(" [");
    for (int i = 2; i < numOperands(); i += 2) {
      w.append("\n    ");
      w.typedOperand(operand(i));
      w.append(", ");
      w.typedOperand(operand(i + 1));
    }
    w.append(numOperands() > 2 ? "\n  ]" : "]");
  }

  @Override
  protected SwitchInst cloneImpl() {
    SwitchInst c = new SwitchInst(condition(), defaultDest());
    for (int i = 2; i < numOperands(); i += 2) {
      c.addCase((Constant) operand(i), (BasicBlock) operand(i + 1));
    }
    return c;
  }
}
