// invoke [cc] [ret attrs] T callee(args) [attrs] [bundles] to label %normal unwind label %unwind
package dev.irscope.ir;

import java.util.List;

public final class InvokeInst extends CallBase {
  public InvokeInst(FunctionType functionType, Value callee, List<Value> args) {
    super(Opcode.INVOKE, functionType, callee, args);
  }

  /** Sets the destinations; call after the operand bundles are added. */
  public void setDestinations(BasicBlock normal, BasicBlock unwind) {
    appendDestinations(normal, unwind);
  }

  public BasicBlock normalDest() {
    return (BasicBlock) operand(firstExtraOperand());
  }

  public BasicBlock unwindDest() {
    return (BasicBlock) operand(firstExtraOperand() + 1);
  }

  @Override
  public List<BasicBlock> successors() {
    return List.of(normalDest(), unwindDest());
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("invoke ");
    printCall(w);
    w.append("\n          to ");
    w.typedOperand(normalDest());
    w.append(" unwind ");
    w.typedOperand(unwindDest());
  }

  @Override
  protected InvokeInst cloneImpl() {
    InvokeInst c = new InvokeInst(functionType(), callee(), args());
    copyCallSiteTo(c);
    c.setDestinations(normalDest(), unwindDest());
    return c;
  }
}
