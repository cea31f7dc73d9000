// What the types say about a place other threads (or interrupt handlers, or hardware) might
// write: where the pointer comes from (a static, a static mut, a shared or mutable reference,
// a raw pointer, a local), whether the place has interior mutability, which std type with
// known thread behaviour encloses it, and how sure that is, with the reasons in words.
package dev.irscope.rust;

import dev.irscope.rust.RecoveredType.Certainty;
import java.util.List;

/**
 * Sharing facts about a memory place.
 *
 * @param origin where the pointer to the place comes from
 * @param interiorMutable whether the place lies in, or holds, an UnsafeCell
 * @param known the outermost std type with known thread behaviour around the place, or null
 * @param knownName that type's Rust name, or null
 * @param certainty DEBUG_INFO-based (EXACT, INLINED, DERIVED) or IR_ONLY
 * @param reasons one sentence per fact, for messages
 */
public record Sharing(Origin origin, boolean interiorMutable, KnownType known, String knownName,
    Certainty certainty, List<String> reasons) {

  /** Where a pointer comes from. */
  public enum Origin {
    /** A static without interior mutability: never written. */
    STATIC,
    /** A static whose type has interior mutability (or a static mut of such a type). */
    STATIC_INTERIOR_MUTABLE,
    /** A static mut: any code may write it, unsynchronized. */
    STATIC_MUT,
    /** A shared reference &T. */
    SHARED_REFERENCE,
    /** A unique reference &mut T. */
    MUTABLE_REFERENCE,
    /** A raw pointer *const T or *mut T: anything may alias it. */
    RAW_POINTER,
    /** A local variable or an argument passed by value. */
    LOCAL,
    /** Nothing is known. */
    UNKNOWN
  }

  /** Keeps an unmodifiable copy of the reasons. */
  public Sharing {
    reasons = List.copyOf(reasons);
  }

  /** Whether code elsewhere may write the place while this function runs. */
  public boolean mayBeWrittenElsewhere() {
    return switch (origin) {
      case STATIC_MUT, RAW_POINTER, STATIC_INTERIOR_MUTABLE -> true;
      case SHARED_REFERENCE -> interiorMutable;
      case STATIC, MUTABLE_REFERENCE, LOCAL, UNKNOWN -> false;
    };
  }

  /**
   * Whether the place is inside a std lock or other synchronizing std type that is not an
   * atomic (Mutex, RwLock, Condvar, Once...): its own acquire/release guards it.
   */
  public boolean insideStdLock() {
    return synchronizedByStdType() && known != KnownType.ATOMIC;
  }

  /** Whether the enclosing std type orders accesses between threads (atomics, locks). */
  public boolean synchronizedByStdType() {
    return known != null && known.synchronizes();
  }
}
