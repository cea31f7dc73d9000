// A Value with operands (use-def): instructions and constant expressions. Each operand is a Use
// that also sits in the operand value's use list.
package dev.irscope.ir;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

public abstract class User extends Value {
  private static final Use[] NO_USES = new Use[0];
  private Use[] ops = NO_USES;

  protected User(Type type) {
    super(type);
  }

  /** Replaces all operands (used once by constructors and the parser). */
  protected final void initOperands(Value... values) {
    for (Use u : ops) {
      u.set(null);
    }
    ops = new Use[values.length];
    for (int i = 0; i < values.length; i++) {
      ops[i] = new Use(this, i, values[i]);
    }
  }

  protected final void appendOperands(Value... values) {
    int n = ops.length;
    ops = Arrays.copyOf(ops, n + values.length);
    for (int i = 0; i < values.length; i++) {
      ops[n + i] = new Use(this, n + i, values[i]);
    }
  }

  /** Removes operand {@code i}; the later operands move down one place. */
  protected final void removeOperand(int i) {
    Value[] rest = new Value[ops.length - 1];
    for (int k = 0, j = 0; k < ops.length; k++) {
      if (k != i) {
        rest[j++] = ops[k].value();
      }
    }
    initOperands(rest);
  }

  public final int numOperands() {
    return ops.length;
  }

  public final Value operand(int i) {
    return ops[i].value();
  }

  public final Use operandUse(int i) {
    return ops[i];
  }

  public final void setOperand(int i, Value v) {
    ops[i].set(v);
  }

  public final List<Value> operands() {
    return new AbstractList<>() {
      @Override
      public Value get(int i) {
        return ops[i].value();
      }

      @Override
      public int size() {
        return ops.length;
      }
    };
  }

  /** Drops every operand, taking this user off its operands' use lists. */
  public void dropAllReferences() {
    for (Use u : ops) {
      u.set(null);
    }
  }
}
