// What call, invoke and callbr share: callee, function type, arguments with their attributes,
// operand bundles, calling convention and the attributes of the call site.
// Operand order: callee, arguments, bundle inputs, then the destination blocks (invoke, callbr).
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public abstract class CallBase extends Instruction {
  private final FunctionType functionType;
  private final int numArgs;
  private List<OperandBundle> bundles = List.of();
  private List<AttributeSet> paramAttributes = List.of();
  private AttributeSet returnAttributes = AttributeSet.EMPTY;
  private AttributeSet fnAttributes = AttributeSet.EMPTY;
  private String callingConv;
  private String addrSpace; // "addrspace(N)" as written, or null
  private boolean forwardsVarArgs; // musttail call ending in "..."

  protected CallBase(Opcode opcode, FunctionType functionType, Value callee, List<Value> args) {
    super(opcode, functionType.returnType());
    this.functionType = functionType;
    this.numArgs = args.size();
    Value[] ops = new Value[args.size() + 1];
    ops[0] = callee;
    for (int i = 0; i < args.size(); i++) {
      ops[i + 1] = args.get(i);
    }
    initOperands(ops);
  }

  public FunctionType functionType() {
    return functionType;
  }

  public Value callee() {
    return operand(0);
  }

  /** The called function when the callee is a Function, else null (indirect call, asm). */
  /**
   * The function called, as LLVM's getCalledFunction: null when the callee is not plainly a
   * function, or is one whose type differs from the call's (a call through a mismatched
   * prototype, as old IR wrote with a bitcast, calls an unknown function).
   */
  public Function calledFunction() {
    return callee() instanceof Function f && f.functionType() == functionType ? f : null;
  }

  public boolean isInlineAsm() {
    return callee() instanceof InlineAsm;
  }

  public int numArgs() {
    return numArgs;
  }

  public Value arg(int i) {
    return operand(i + 1);
  }

  public List<Value> args() {
    return operands().subList(1, numArgs + 1);
  }

  public void addBundle(String tag, List<Value> inputs) {
    if (bundles.isEmpty()) {
      bundles = new ArrayList<>(1);
    }
    bundles.add(new OperandBundle(tag, inputs.size()));
    appendOperands(inputs.toArray(new Value[0]));
  }

  public List<OperandBundle> bundles() {
    return bundles;
  }

  /** Index of the first operand after the bundle inputs (destinations of invoke/callbr). */
  protected int firstExtraOperand() {
    int n = 1 + numArgs;
    for (OperandBundle b : bundles) {
      n += b.numInputs();
    }
    return n;
  }

  protected void appendDestinations(BasicBlock... dests) {
    appendOperands(dests);
  }

  public AttributeSet paramAttributes(int i) {
    return i < paramAttributes.size() ? paramAttributes.get(i) : AttributeSet.EMPTY;
  }

  public void setParamAttributes(List<AttributeSet> attrs) {
    this.paramAttributes = List.copyOf(attrs);
  }

  public AttributeSet returnAttributes() {
    return returnAttributes;
  }

  public void setReturnAttributes(AttributeSet a) {
    this.returnAttributes = a;
  }

  public AttributeSet fnAttributes() {
    return fnAttributes;
  }

  public void setFnAttributes(AttributeSet a) {
    this.fnAttributes = a;
  }

  public String callingConv() {
    return callingConv;
  }

  public void setCallingConv(String cc) {
    this.callingConv = cc;
  }

  /** Whether the argument list ends in "..." (a musttail call forwarding its varargs). */
  public boolean forwardsVarArgs() {
    return forwardsVarArgs;
  }

  public void setForwardsVarArgs(boolean f) {
    this.forwardsVarArgs = f;
  }

  public void setAddrSpace(String addrSpace) {
    this.addrSpace = addrSpace;
  }

  /**
   * Gives {@code c}, a new call of the same kind built from this one's callee and arguments,
   * this one's operand bundles (same inputs), attributes, calling convention, address space and
   * varargs forwarding; the kinds with destinations add those after.
   */
  protected final void copyCallSiteTo(CallBase c) {
    int op = 1 + numArgs;
    for (OperandBundle b : bundles) {
      c.addBundle(b.tag(), operands().subList(op, op + b.numInputs()));
      op += b.numInputs();
    }
    c.paramAttributes = paramAttributes;
    c.returnAttributes = returnAttributes;
    c.fnAttributes = fnAttributes;
    c.callingConv = callingConv;
    c.addrSpace = addrSpace;
    c.forwardsVarArgs = forwardsVarArgs;
  }

  /** Writes "[cc] [ret attrs] [addrspace] T callee(args) [fn attrs] [bundles]". */
  protected void printCall(AsmWriter w) {
    if (callingConv != null) {
      w.append(callingConv).append(" ");
    }
    if (!returnAttributes.isEmpty()) {
      w.append(returnAttributes.spelling()).append(" ");
    }
    if (addrSpace != null) {
      w.append(addrSpace).append(" ");
    }
    w.append(functionType.isVarArg() ? functionType.toString()
        : functionType.returnType().toString()).append(" ");
    w.operand(callee());
    w.append("(");
    for (int i = 0; i < numArgs; i++) {
      w.append(i > 0 ? ", " : "");
      Value a = arg(i);
      w.append(a.type().toString()).append(" ");
      AttributeSet pa = paramAttributes(i);
      if (!pa.isEmpty()) {
        w.append(pa.spelling()).append(" ");
      }
      w.operand(a);
    }
    if (forwardsVarArgs) {
      w.append(numArgs > 0 ? ", ..." : "...");
    }
    w.append(")");
    if (!fnAttributes.isEmpty()) {
      w.append(" ").append(fnAttributes.spelling());
    }
    if (!bundles.isEmpty()) {
      w.append(" [ ");
      int op = 1 + numArgs;
      for (int b = 0; b < bundles.size(); b++) {
        OperandBundle bundle = bundles.get(b);
        w.append(b > 0 ? ", " : "").append(Names.quote(bundle.tag())).append("(");
        w.typedOperands(operands().subList(op, op + bundle.numInputs()));
        op += bundle.numInputs();
        w.append(")");
      }
      w.append(" ]");
    }
  }
}
