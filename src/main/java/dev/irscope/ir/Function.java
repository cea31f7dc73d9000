// A function: declaration (no blocks) or definition (entry block first), with its signature,
// calling convention, the attributes of the function, its return value and each parameter, and
// the other properties textual IR gives a function.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class Function extends GlobalValue {
  private FunctionType functionType;
  private final List<Argument> arguments = new ArrayList<>();
  private final List<BasicBlock> blocks = new ArrayList<>();
  private String callingConv; // "fastcc", "cc 10", ... or null
  private AttributeSet returnAttributes = AttributeSet.EMPTY;
  private String gc;
  private Constant prefix;
  private Constant prologue;
  private Constant personality;
  private boolean definition;
  private List<UseListOrder> useListOrders = List.of();

  public Function(String name) {
    super(name);
  }

  public FunctionType functionType() {
    return functionType;
  }

  /** Sets the signature and creates one Argument per parameter. */
  public void setFunctionType(FunctionType ft) {
    this.functionType = ft;
    arguments.clear();
    for (int i = 0; i < ft.paramTypes().size(); i++) {
      arguments.add(new Argument(ft.paramTypes().get(i), this, i));
    }
  }

  public Type returnType() {
    return functionType.returnType();
  }

  public List<Argument> arguments() {
    return Collections.unmodifiableList(arguments);
  }

  public Argument argument(int i) {
    return arguments.get(i);
  }

  public List<BasicBlock> blocks() {
    return Collections.unmodifiableList(blocks);
  }

  public BasicBlock entryBlock() {
    return blocks.isEmpty() ? null : blocks.get(0);
  }

  public void addBlock(BasicBlock b) {
    b.setParent(this);
    blocks.add(b);
  }

  /** Puts {@code b} right after {@code after} in the block list. */
  public void insertBlockAfter(BasicBlock after, BasicBlock b) {
    b.setParent(this);
    blocks.add(blocks.indexOf(after) + 1, b);
  }

  /** Puts {@code b} at position {@code index} of the body (0 is the entry). */
  public void insertBlock(int index, BasicBlock b) {
    b.setParent(this);
    blocks.add(index, b);
  }

  /** The position of {@code b} in the body, or -1. */
  public int indexOf(BasicBlock b) {
    return blocks.indexOf(b);
  }

  /** Takes {@code b} out of the block list (its instructions stay with it). */
  public void removeBlock(BasicBlock b) {
    if (blocks.remove(b)) {
      b.setParent(null);
    }
  }

  /** Marks this as a definition (it has a body, possibly still being read). */
  public void setDefinition(boolean d) {
    this.definition = d;
  }

  @Override
  public boolean isDeclaration() {
    return !definition && blocks.isEmpty();
  }

  /** Whether this is an LLVM intrinsic (its name starts with "llvm."). */
  public boolean isIntrinsic() {
    return name() != null && name().startsWith("llvm.");
  }

  public String callingConv() {
    return callingConv;
  }

  public void setCallingConv(String cc) {
    this.callingConv = cc;
  }

  /** The function attributes (the AttributeSet of the function position). */
  public AttributeSet fnAttributes() {
    return attributes();
  }

  public AttributeSet returnAttributes() {
    return returnAttributes;
  }

  public void setReturnAttributes(AttributeSet a) {
    this.returnAttributes = a;
  }

  public AttributeSet paramAttributes(int i) {
    return arguments.get(i).attributes();
  }

  public String gc() {
    return gc;
  }

  public void setGc(String gc) {
    this.gc = gc;
  }

  public Constant prefix() {
    return prefix;
  }

  public Constant prologue() {
    return prologue;
  }

  public Constant personality() {
    return personality;
  }

  /** Sets prefix data, prologue data and personality (each may be null). */
  public void setExtras(Constant prefix, Constant prologue, Constant personality) {
    this.prefix = prefix;
    this.prologue = prologue;
    this.personality = personality;
    List<Value> ops = new ArrayList<>();
    for (Constant c : new Constant[] {prefix, prologue, personality}) {
      if (c != null) {
        ops.add(c);
      }
    }
    initOperands(ops.toArray(new Value[0]));
  }

  public List<UseListOrder> useListOrders() {
    return useListOrders;
  }

  /** Drops the function's uselistorder directives (a transform changed its use lists). */
  public void clearUseListOrders() {
    useListOrders = List.of();
  }

  public void addUseListOrder(UseListOrder u) {
    if (useListOrders.isEmpty()) {
      useListOrders = new ArrayList<>(1);
    }
    useListOrders.add(u);
  }

  /** Every instruction of every block, in order. */
  public Iterable<Instruction> instructions() {
    List<Instruction> all = new ArrayList<>();
    for (BasicBlock b : blocks) {
      all.addAll(b.instructions());
    }
    return all;
  }

  @Override
  public void printDefinition(AsmWriter w) {
    w.printFunction(this);
  }
}
