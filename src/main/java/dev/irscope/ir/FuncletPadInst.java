// The shared part of catchpad and cleanuppad: OPCODE within %parent [ args... ]
package dev.irscope.ir;

import java.util.List;

public abstract class FuncletPadInst extends Instruction {
  protected FuncletPadInst(Opcode opcode, Value parentPad, List<Value> args) {
    super(opcode, PrimitiveType.TOKEN);
    Value[] ops = new Value[args.size() + 1];
    ops[0] = parentPad;
    for (int i = 0; i < args.size(); i++) {
      ops[i + 1] = args.get(i);
    }
    initOperands(ops);
  }

  public Value parentPad() {
    return operand(0);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append(opcode().spelling()).append(" within ");
    w.operand(operand(0));
    w.append(" [");
    w.typedOperands(operands().subList(1, numOperands()));
    w.append("]");
  }
}
