// The root of the SSA model: everything that can be an operand. A Value knows its type, its name
// (null when unnamed; the printer numbers unnamed values) and its users (the def-use list).
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public abstract class Value {
  private Type type;
  private String name;
  private ArrayList<Use> uses;

  protected Value(Type type) {
    this.type = type;
  }

  public Type type() {
    return type;
  }

  /** Only for the parser, which creates some values before their type is known. */
  public void setType(Type type) {
    this.type = type;
  }

  public String name() {
    return name;
  }

  public boolean hasName() {
    return name != null;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Whether this value keeps a use list. Uniqued constant data does not (as in LLVM 21+). */
  protected boolean tracksUses() {
    return true;
  }

  void addUse(Use u) {
    if (!tracksUses()) {
      return;
    }
    if (uses == null) {
      uses = new ArrayList<>(2);
    }
    uses.add(u);
  }

  void removeUse(Use u) {
    if (uses != null) {
      for (int i = uses.size() - 1; i >= 0; i--) {
        if (uses.get(i) == u) {
          uses.remove(i);
          return;
        }
      }
    }
  }

  /** The uses of this value, in the order they were created. */
  public List<Use> uses() {
    return uses == null ? List.of() : Collections.unmodifiableList(uses);
  }

  public List<User> users() {
    List<User> out = new ArrayList<>(uses == null ? 0 : uses.size());
    for (Use u : uses()) {
      out.add(u.user());
    }
    return out;
  }

  public int numUses() {
    return uses == null ? 0 : uses.size();
  }

  /** Makes every user of this value use {@code replacement} instead. */
  public void replaceAllUsesWith(Value replacement) {
    for (Use u : new ArrayList<>(uses())) {
      u.set(replacement);
    }
  }

  /** This value as an operand is printed: "%x", "@g", "42", "null", ... (no type). */
  public abstract void printAsOperand(AsmWriter w);

  @Override
  public String toString() {
    return AsmWriter.operandString(this);
  }
}
