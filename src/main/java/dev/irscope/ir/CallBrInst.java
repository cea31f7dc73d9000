// callbr [cc] [ret attrs] T callee(args) [attrs] [bundles] to label %fallthrough [label %i, ...]
package dev.irscope.ir;

import java.util.List;

public final class CallBrInst extends CallBase {
  public CallBrInst(FunctionType functionType, Value callee, List<Value> args) {
    super(Opcode.CALLBR, functionType, callee, args);
  }

  /** Sets the destinations; call after the operand bundles are added. */
  public void setDestinations(BasicBlock defaultDest, List<BasicBlock> indirectDests) {
    appendDestinations(defaultDest);
    appendDestinations(indirectDests.toArray(new BasicBlock[0]));
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("callbr ");
    printCall(w);
    int first = firstExtraOperand();
    w.append("\n          to ");
    w.typedOperand(operand(first));
    w.append(" [");
    w.typedOperands(operands().subList(first + 1, numOperands()));
    w.append("]");
  }

  @Override
  protected CallBrInst cloneImpl() {
    CallBrInst c = new CallBrInst(functionType(), callee(), args());
    copyCallSiteTo(c);
    int first = firstExtraOperand();
    List<BasicBlock> indirect = new java.util.ArrayList<>();
    for (int i = first + 1; i < numOperands(); i++) {
      indirect.add((BasicBlock) operand(i));
    }
    c.setDestinations((BasicBlock) operand(first), indirect);
    return c;
  }
}
