// Whether memory a read touches may be written by someone else while the loop runs: another
// thread, an interrupt handler, a device or DMA. With debug info the Rust types decide
// (rust.TypeSharing, rust.SharedTypes): a static mut, a static with interior mutability (a
// static is Sync, so every thread sees it), memory behind a raw pointer, and a &T whose T holds
// an UnsafeCell when the module shows T shared between threads (behind Arc, in a static,
// captured by a closure given to std::thread::spawn) or the user says so (--sync-type). Not
// shared: std types that synchronize (atomics, Mutex, RwLock, ...), Cell/RefCell/OnceCell (not
// Sync: one thread only), immutable statics, &T without interior mutability, &mut T, locals.
// Without debug info (or when it names nothing) the IR alone is asked (TypeSharing.irOnly: a
// writable global, a parameter with rustc's attributes of a raw pointer or of a &T with interior
// mutability), plus what TypeSharing leaves unknown: a pointer loaded from memory that is not a
// stack slot (a pointer field of something the caller passed, as Arc and struct fields are
// reached) points to memory the function cannot see the owner of; such findings are less
// certain, and the messages say so.
package dev.irscope.lint;

import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.Argument;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Value;
import dev.irscope.rust.DiTypes;
import dev.irscope.rust.KnownType;
import dev.irscope.rust.RecoveredType;
import dev.irscope.rust.SharedTypes;
import dev.irscope.rust.Sharing;
import dev.irscope.rust.Sharing.Origin;
import dev.irscope.rust.TypeSharing;
import java.util.ArrayList;
import java.util.List;

/**
 * What a read's memory is, as far as sharing goes.
 *
 * @param shared whether others may write it while the loop runs
 * @param sharing the facts TypeSharing found (origin, interior mutability, known std type)
 * @param type the Rust type and field from debug info, or null (IR only)
 * @param what the place in words ("READY: bool", "global @FLAG", ...)
 * @param why the reasons, one sentence each
 */
public record SharedPlace(boolean shared, Sharing sharing, RecoveredType type, String what,
    List<String> why) {

  private static final int MAX_POINTERS = 4;

  public SharedPlace {
    why = List.copyOf(why);
  }

  /** Whether only the IR was asked (no debug info names the place): less certain. */
  public boolean irOnly() {
    return type == null;
  }

  /** Where the pointer comes from. */
  public Origin origin() {
    return sharing.origin();
  }

  /** The place a read through {@code pointer} (by {@code access}) touches. */
  static SharedPlace of(Instruction access, Value pointer, LintContext ctx) {
    RecoveredType r = access instanceof LoadInst ? ctx.types().access(access)
        : ctx.types().pointee(pointer);
    if (r != null && r.certainty() != RecoveredType.Certainty.IR_ONLY) {
      SharedPlace p = fromTypes(r, ctx.sharedTypes());
      if (p != null) {
        return p;
      }
    }
    return fromIr(pointer);
  }

  private static SharedPlace fromTypes(RecoveredType r, SharedTypes shownShared) {
    Sharing s = TypeSharing.of(r);
    List<String> why = new ArrayList<>(s.reasons());
    String shown = shownShared.reasonOnPath(r);
    if (shown != null) {
      why.add(shown);
    }
    boolean shared;
    KnownType known = s.known();
    String guard = guard(r);
    if (guard != null) {
      why.add(guard);
      shared = false;
    } else if (s.synchronizedByStdType()) {
      shared = false;
    } else if (known != null && !known.isSync() && known != KnownType.UNSAFE_CELL
        && shown == null) {
      shared = false; // Cell, RefCell, OnceCell: one thread only
    } else {
      switch (s.origin()) {
        case STATIC_MUT, STATIC_INTERIOR_MUTABLE, RAW_POINTER -> shared = true;
        case SHARED_REFERENCE -> {
          shared = s.interiorMutable() && shown != null;
          if (s.interiorMutable() && shown == null) {
            why.add("nothing in the module shows it shared between threads (behind Arc, in a"
                + " static, captured by a spawned thread); --sync-type says it is");
          }
        }
        case UNKNOWN -> {
          return null;
        }
        default -> shared = false;
      }
    }
    return new SharedPlace(shared, s, r, r.describe(), why);
  }

  /**
   * Why a pointer loaded from a lock guard (MutexGuard, RwLockReadGuard, ...) or a RefCell
   * borrow (Ref, RefMut) reads memory nobody else writes meanwhile; null for other pointers.
   */
  private static String guard(RecoveredType r) {
    if (r.evidence() != RecoveredType.Evidence.LOADED_POINTER || r.variableNode() == null) {
      return null;
    }
    MDNode t = r.variableNode().nodeField("type");
    for (int depth = 0; t != null && depth < MAX_POINTERS; depth++) {
      String base = DiTypes.baseName(t);
      if (base.endsWith("Guard")) { // std's, lock_api's, spin's, parking_lot's lock guards
        return r.variable() + " is reached through " + DiTypes.name(t) + ", which holds the lock";
      }
      if (base.equals("core::cell::Ref") || base.equals("core::cell::RefMut")) {
        return r.variable() + " is reached through " + DiTypes.name(t) + ", a borrow of a"
            + " RefCell, which is not Sync: one thread only";
      }
      t = DiTypes.pointee(t);
    }
    return null;
  }

  private static SharedPlace fromIr(Value pointer) {
    Sharing s = TypeSharing.irOnly(pointer);
    Value base = UnderlyingObject.of(pointer, c -> null);
    String what = base instanceof GlobalVariable g ? "global @" + g.name()
        : base instanceof Argument a ? "memory behind parameter " + a
        : "memory at " + base.name();
    if (s.origin() == Origin.UNKNOWN && base instanceof LoadInst l
        && !PolledReads.isStackSlot(l.pointer())) {
      return new SharedPlace(true, s, null, "memory behind the pointer loaded by `"
          + Locations.irText(l) + "`", List.of("the pointer is loaded from memory the function"
              + " was given: the IR does not say who else holds what it points to"));
    }
    return new SharedPlace(s.mayBeWrittenElsewhere(), s, null, what, s.reasons());
  }
}
