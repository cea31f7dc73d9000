// The root of the SSA model: everything that can be an operand. A Value knows its type, its name
// (null when unnamed; the printer numbers unnamed values) and its users (the def-use list).
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public abstract class Value {
  private Type type;
  private String name;
  /**
   * The use list: null, a lone Use (most values have exactly one use), or a Use[] whose first
   * useCount entries are the uses; see {@link #uses()}.
   */
  private Object uses;
  private int useCount;

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
      uses = u;
      useCount = 1;
      return;
    }
    Use[] all;
    if (uses instanceof Use first) {
      all = new Use[4];
      all[0] = first;
      uses = all;
    } else {
      all = (Use[]) uses;
      if (useCount == all.length) {
        all = java.util.Arrays.copyOf(all, useCount + (useCount >> 1) + 1);
        uses = all;
      }
    }
    all[useCount++] = u;
  }

  void removeUse(Use u) {
    if (uses instanceof Use only) {
      if (only == u) {
        uses = null;
        useCount = 0;
      }
      return;
    }
    Use[] all = (Use[]) uses;
    for (int i = useCount - 1; i >= 0; i--) {
      if (all[i] == u) {
        System.arraycopy(all, i + 1, all, i, useCount - i - 1);
        all[--useCount] = null;
        return;
      }
    }
  }

  /** Use i of the use list, i < useCount. */
  private Use use(int i) {
    return uses instanceof Use only ? only : ((Use[]) uses)[i];
  }

  /**
   * Puts the use list in the order {@code order} gives (stable), as LLVM's
   * Value::sortUseList: the parser orders the uses of globals, which bodies read in parallel
   * add in no fixed order.
   */
  public void sortUseList(java.util.Comparator<Use> order) {
    if (useCount > 1) {
      java.util.Arrays.sort((Use[]) uses, 0, useCount, order);
    }
  }

  /** The uses of this value, in the order they were created (a read-only live view). */
  public List<Use> uses() {
    return useCount == 0 ? List.of() : new UseView();
  }

  /**
   * The use list as a List, reading this value's list as it is at each call. The uses are kept
   * bare (a lone Use, or an array) rather than in an ArrayList: one or two objects less per used
   * value, a few hundred thousand fewer for the collector to copy while a large module is
   * parsed.
   */
  private final class UseView extends java.util.AbstractList<Use>
      implements java.util.RandomAccess {
    @Override
    public Use get(int i) {
      java.util.Objects.checkIndex(i, useCount);
      return use(i);
    }

    @Override
    public int size() {
      return useCount;
    }
  }

  public List<User> users() {
    List<User> out = new ArrayList<>(useCount);
    for (int i = 0; i < useCount; i++) {
      out.add(use(i).user());
    }
    return out;
  }

  public int numUses() {
    return useCount;
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
