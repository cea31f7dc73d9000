// One operand slot of a User: the edge between a definition and one of its uses.
package dev.irscope.ir;

public final class Use {
  private final User user;
  private final int index;
  private Value value;

  Use(User user, int index, Value value) {
    this.user = user;
    this.index = index;
    this.value = value;
    if (value != null) {
      value.addUse(this);
    }
  }

  public User user() {
    return user;
  }

  /** The operand number of this use in its user. */
  public int index() {
    return index;
  }

  public Value value() {
    return value;
  }

  /** Points this use at another value, keeping both use lists right. */
  public void set(Value v) {
    if (value != null) {
      value.removeUse(this);
    }
    value = v;
    if (v != null) {
      v.addUse(this);
    }
  }
}
