// [tail|musttail|notail] call [fast-math flags] [cc] [ret attrs] T callee(args) [attrs] [bundles]
package dev.irscope.ir;

import java.util.List;

public final class CallInst extends CallBase {
  private String tailKind; // "tail", "musttail", "notail" or null

  public CallInst(FunctionType functionType, Value callee, List<Value> args) {
    super(Opcode.CALL, functionType, callee, args);
  }

  public String tailKind() {
    return tailKind;
  }

  public void setTailKind(String tailKind) {
    this.tailKind = tailKind;
  }

  @Override
  public void printBody(AsmWriter w) {
    if (tailKind != null) {
      w.append(tailKind).append(" ");
    }
    w.append("call ").append(Flags.spell(flags(), false));
    printCall(w);
  }

  @Override
  protected CallInst cloneImpl() {
    CallInst c = new CallInst(functionType(), callee(), args());
    copyCallSiteTo(c);
    c.tailKind = tailKind;
    return c;
  }
}
