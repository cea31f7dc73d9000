// indirectbr ptr %addr, [ label %a, label %b ]
package dev.irscope.ir;

import java.util.List;

public final class IndirectBrInst extends Instruction {
  public IndirectBrInst(Value address, List<BasicBlock> dests) {
    super(Opcode.INDIRECTBR, PrimitiveType.VOID);
    Value[] ops = new Value[dests.size() + 1];
    ops[0] = address;
    for (int i = 0; i < dests.size(); i++) {
      ops[i + 1] = dests.get(i);
    }
    initOperands(ops);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("indirectbr ");
    w.typedOperand(operand(0));
    w.append(", [");
    w.typedOperands(operands().subList(1, numOperands()));
    w.append("]");
  }

  @Override
  protected IndirectBrInst cloneImpl() {
    List<BasicBlock> dests = new java.util.ArrayList<>();
    for (int i = 1; i < numOperands(); i++) {
      dests.add((BasicBlock) operand(i));
    }
    return new IndirectBrInst(operand(0), dests);
  }
}
