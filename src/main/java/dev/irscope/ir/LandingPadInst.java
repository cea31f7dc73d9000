// landingpad T [cleanup] (catch T v | filter T v)*
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public final class LandingPadInst extends Instruction {
  private final boolean cleanup;
  private final List<Boolean> clauseIsCatch = new ArrayList<>();

  public LandingPadInst(Type type, boolean cleanup) {
    super(Opcode.LANDINGPAD, type);
    this.cleanup = cleanup;
  }

  public void addClause(boolean isCatch, Value value) {
    clauseIsCatch.add(isCatch);
    appendOperands(value);
  }

  public boolean isCleanup() {
    return cleanup;
  }

  public int numClauses() {
    return numOperands();
  }

  /** Whether clause {@code i} is a catch (else a filter). */
  public boolean isCatch(int i) {
    return clauseIsCatch.get(i);
  }

  public Value clause(int i) {
    return operand(i);
  }

  @Override
  public void printBody(AsmWriter w) {
    w.append("landingpad ").append(type().toString());
    if (cleanup) {
      w.append(" cleanup");
    }
    for (int i = 0; i < numOperands(); i++) {
      w.append(clauseIsCatch.get(i) ? " catch " : " filter ");
      w.typedOperand(operand(i));
    }
  }

  @Override
  protected LandingPadInst cloneImpl() {
    LandingPadInst c = new LandingPadInst(type(), cleanup);
    for (int i = 0; i < numOperands(); i++) {
      c.addClause(clauseIsCatch.get(i), operand(i));
    }
    return c;
  }
}
