// Atomic orderings of loads, stores, fences, cmpxchg and atomicrmw.
package dev.irscope.ir;

public enum AtomicOrdering {
  NOT_ATOMIC(""), UNORDERED("unordered"), MONOTONIC("monotonic"), ACQUIRE("acquire"),
  RELEASE("release"), ACQ_REL("acq_rel"), SEQ_CST("seq_cst");

  private final String spelling;

  AtomicOrdering(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  public static AtomicOrdering of(String word) {
    for (AtomicOrdering o : values()) {
      if (o != NOT_ATOMIC && o.spelling.equals(word)) {
        return o;
      }
    }
    return null;
  }

  /** Monotonic or stronger: what makes an access synchronizing for nosync. */
  public boolean isMonotonicOrStronger() {
    return compareTo(MONOTONIC) >= 0;
  }

  @Override
  public String toString() {
    return spelling;
  }
}
