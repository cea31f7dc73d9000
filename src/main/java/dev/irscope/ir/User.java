// A Value with operands (use-def): instructions and constant expressions. Each operand is a Use
// that also sits in the operand value's use list.
package dev.irscope.ir;

import java.util.AbstractList;
import java.util.List;

public abstract class User extends Value {
  /**
   * The operands: null for none, a lone Use for one (loads, casts, unconditional branches), a
   * Use[] for more; one array fewer for each of the many one-operand instructions.
   */
  private Object ops;

  protected User(Type type) {
    super(type);
  }

  /** Replaces all operands (used once by constructors and the parser). */
  protected final void initOperands(Value... values) {
    unlinkOperands();
    Use[] all = new Use[values.length];
    for (int i = 0; i < values.length; i++) {
      all[i] = new Use(this, i, values[i]);
    }
    setUses(all);
  }

  private void setUses(Use[] all) {
    ops = all.length == 0 ? null : all.length == 1 ? all[0] : all;
  }

  protected final void appendOperands(Value... values) {
    int n = numOperands();
    if (values.length == 0) {
      return;
    }
    Use[] all = new Use[n + values.length];
    for (int i = 0; i < n; i++) {
      all[i] = operandUse(i);
    }
    for (int i = 0; i < values.length; i++) {
      all[n + i] = new Use(this, n + i, values[i]);
    }
    setUses(all);
  }

  /** Removes operand {@code i}; the later operands move down one place. */
  protected final void removeOperand(int i) {
    int n = numOperands();
    Value[] rest = new Value[n - 1];
    for (int k = 0, j = 0; k < n; k++) {
      if (k != i) {
        rest[j++] = operand(k);
      }
    }
    initOperands(rest);
  }

  public final int numOperands() {
    return ops == null ? 0 : ops instanceof Use ? 1 : ((Use[]) ops).length;
  }

  public final Value operand(int i) {
    return operandUse(i).value();
  }

  public final Use operandUse(int i) {
    if (ops instanceof Use only) {
      java.util.Objects.checkIndex(i, 1);
      return only;
    }
    if (ops == null) {
      throw new IndexOutOfBoundsException("operand " + i + " of a user without operands");
    }
    return ((Use[]) ops)[i];
  }

  public final void setOperand(int i, Value v) {
    operandUse(i).set(v);
  }

  public final List<Value> operands() {
    return new AbstractList<>() {
      @Override
      public Value get(int i) {
        return operand(i);
      }

      @Override
      public int size() {
        return numOperands();
      }
    };
  }

  /** Drops every operand, taking this user off its operands' use lists. */
  public void dropAllReferences() {
    unlinkOperands();
  }

  private void unlinkOperands() {
    if (ops instanceof Use only) {
      only.set(null);
    } else if (ops instanceof Use[] all) {
      for (Use u : all) {
        u.set(null);
      }
    }
  }
}
