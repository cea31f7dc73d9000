// What loads, stores, atomics and fences share: alignment, volatility, atomic ordering and
// synchronization scope, and how those are printed.
package dev.irscope.ir;

public interface MemoryAccess {
  AtomicOrdering ordering();

  /** The syncscope("...") name, or null for the default system scope. */
  String syncScope();

  boolean isVolatile();

  default boolean isAtomic() {
    return ordering() != AtomicOrdering.NOT_ATOMIC;
  }

  /** Whether the access synchronizes across threads (system scope and not unordered). */
  default boolean isSynchronizing() {
    return ordering().isMonotonicOrStronger() && !"singlethread".equals(syncScope());
  }

  static void printScope(AsmWriter w, String syncScope) {
    if (syncScope != null) {
      w.append(" syncscope(").append(Names.quote(syncScope)).append(")");
    }
  }

  static void printAlign(AsmWriter w, long align) {
    if (align > 0) {
      w.append(", align ").append(Long.toString(align));
    }
  }
}
