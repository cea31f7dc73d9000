// The std types whose behaviour between threads is known from their documentation: the cells
// (Cell, RefCell, UnsafeCell, OnceCell) give interior mutability without synchronization and
// are not Sync; SyncUnsafeCell is Sync but leaves synchronization to its user; the atomics,
// Mutex, RwLock, OnceLock, LazyLock, Once, Condvar, Barrier and ReentrantLock are Sync and
// synchronize properly. Matched on the qualified name without generic arguments; std's module
// layout moves (Mutex is std::sync::poison::mutex::Mutex in 1.95), so the std::sync types are
// matched by their last segment anywhere under std::sync.
package dev.irscope.rust;

import dev.irscope.ir.MDNode;
import java.util.Map;

public enum KnownType {
  CELL(false, false),
  REF_CELL(false, false),
  UNSAFE_CELL(false, false),
  ONCE_CELL(false, false),
  SYNC_UNSAFE_CELL(true, false),
  ATOMIC(true, true),
  MUTEX(true, true),
  RW_LOCK(true, true),
  ONCE_LOCK(true, true),
  LAZY_LOCK(true, true),
  ONCE(true, true),
  CONDVAR(true, true),
  BARRIER(true, true),
  REENTRANT_LOCK(true, true);

  private static final Map<String, KnownType> CORE_CELL = Map.of("Cell", CELL, "RefCell",
      REF_CELL, "UnsafeCell", UNSAFE_CELL, "OnceCell", ONCE_CELL, "SyncUnsafeCell",
      SYNC_UNSAFE_CELL);
  private static final Map<String, KnownType> STD_SYNC = Map.of("Mutex", MUTEX, "RwLock",
      RW_LOCK, "OnceLock", ONCE_LOCK, "LazyLock", LAZY_LOCK, "Once", ONCE, "Condvar", CONDVAR,
      "Barrier", BARRIER, "ReentrantLock", REENTRANT_LOCK);

  private final boolean sync;
  private final boolean synchronizes;

  KnownType(boolean sync, boolean synchronizes) {
    this.sync = sync;
    this.synchronizes = synchronizes;
  }

  /** Whether the type is Sync: a shared reference to it may cross threads. */
  public boolean isSync() {
    return sync;
  }

  /** Whether its own operations order accesses between threads (atomics and locks). */
  public boolean synchronizes() {
    return synchronizes;
  }

  /** The known std type {@code type} is, or null for any other type. */
  public static KnownType of(MDNode type) {
    return type == null ? null : ofName(DiTypes.baseName(type));
  }

  /** The known std type with this qualified name (no generic arguments), or null. */
  public static KnownType ofName(String baseName) {
    int sep = baseName.lastIndexOf("::");
    String last = sep < 0 ? baseName : baseName.substring(sep + 2);
    String module = sep < 0 ? "" : baseName.substring(0, sep);
    if (module.equals("core::cell")) {
      return CORE_CELL.get(last);
    }
    if (module.equals("core::sync::atomic") && last.startsWith("Atomic")) {
      return ATOMIC;
    }
    if (module.equals("std::sync") || module.startsWith("std::sync::")) {
      return STD_SYNC.get(last);
    }
    return null;
  }
}
