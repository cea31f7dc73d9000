// catchpad within %catchswitch [ args... ]
package dev.irscope.ir;

import java.util.List;

public final class CatchPadInst extends FuncletPadInst {
  public CatchPadInst(Value catchSwitch, List<Value> args) {
    super(Opcode.CATCHPAD, catchSwitch, args);
  }

  @Override
  protected CatchPadInst cloneImpl() {
    return new CatchPadInst(operand(0), operands().subList(1, numOperands()));
  }
}
