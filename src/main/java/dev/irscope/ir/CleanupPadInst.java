// cleanuppad within %parent|none [ args... ]
package dev.irscope.ir;

import java.util.List;

public final class CleanupPadInst extends FuncletPadInst {
  public CleanupPadInst(Value parentPad, List<Value> args) {
    super(Opcode.CLEANUPPAD, parentPad, args);
  }

  @Override
  protected CleanupPadInst cloneImpl() {
    return new CleanupPadInst(operand(0), operands().subList(1, numOperands()));
  }
}
