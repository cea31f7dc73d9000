// Sentences the rules share: who may write a place (by where its pointer comes from), how sure
// the finding is, how to name the instruction that matters, and the fixes.
package dev.irscope.lint.rules;

import dev.irscope.analysis.Loop;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Instruction;
import dev.irscope.lint.LintContext;
import dev.irscope.lint.Locations;
import dev.irscope.lint.PolledRead;
import dev.irscope.lint.Report;
import dev.irscope.lint.SharedPlace;
import dev.irscope.rust.Demangler;
import java.util.ArrayList;
import java.util.List;

final class RuleText {
  private RuleText() {}

  /** "the loop starts here", unless it starts at {@code at} itself. */
  static List<Report.Note> loopStart(Loop loop, Instruction at) {
    Instruction start = Locations.header(loop);
    boolean same = start == at || (start.debugLoc() != null && at.debugLoc() != null
        && Locations.of(start, "").where().equals(Locations.of(at, "").where()));
    return same ? List.of() : List.of(new Report.Note("the loop starts here", start));
  }

  /** The notes of a finding about a polled read: where the loop starts, and the writer. */
  static List<Report.Note> pollNotes(PolledRead r, LintContext ctx) {
    List<Report.Note> notes = new ArrayList<>(loopStart(r.loop(), r.read()));
    Instruction writer = ctx.writer(r);
    if (writer != null) {
      notes.add(new Report.Note("written here", writer));
    }
    return notes;
  }

  /** Who may write the place, from where its pointer comes from. */
  static String writers(SharedPlace p) {
    return switch (p.origin()) {
      case STATIC_MUT -> "any thread or interrupt handler";
      case RAW_POINTER -> "another thread, a device or DMA";
      case STATIC_INTERIOR_MUTABLE, SHARED_REFERENCE -> "another thread";
      default -> "code this function cannot see (another thread, a device)";
    };
  }

  /** "" with debug info; the IR-only reasons and a word of doubt without. */
  static String certainty(SharedPlace p) {
    return !p.irOnly() ? "" : " (no debug info names this memory, so this is judged from the IR"
        + " alone and less certain: " + String.join("; ", p.why()) + ")";
  }

  /** A short name for an instruction in a sentence. */
  static String describe(Instruction i) {
    if (i instanceof CallBase c && c.isInlineAsm()) {
      return "an inline assembly statement (as std::hint::black_box emits)";
    }
    if (i instanceof CallBase c && c.calledFunction() != null) {
      return "the call to `" + Demangler.demangle(c.calledFunction().name()) + "`";
    }
    if (i instanceof FenceInst) {
      return "the fence `" + Locations.irText(i) + "`";
    }
    return "`" + Locations.irText(i) + "`";
  }

  /** The fix for a plain read of shared memory, by where the memory is. */
  static String atomicFix(SharedPlace p) {
    String atomic = "read it with an atomic load: make it an AtomicBool/AtomicUsize/... (or use"
        + " Atomic*::from_ptr on the pointer) and load(Ordering::Acquire), paired with a"
        + " store(.., Ordering::Release) in the writer";
    return switch (p.origin()) {
      case RAW_POINTER -> atomic + "; for a device register or memory a device or another"
          + " program writes, use core::ptr::read_volatile";
      case STATIC_MUT -> "make the static an atomic (static FLAG: AtomicBool) and " + atomic
          .substring(atomic.indexOf("load(")) + "; on a single-core microcontroller whose"
          + " writer is an interrupt handler, read_volatile also keeps the read in the loop";
      default -> atomic + "; or protect the data with a Mutex and wait on a Condvar";
    };
  }

  /** The fix for polling with a volatile read between threads. */
  static String volatileFix() {
    return "between threads use an atomic instead of volatile: AtomicBool/AtomicUsize with"
        + " load(Ordering::Acquire) in the loop and store(.., Ordering::Release) in the writer;"
        + " keep volatile for memory-mapped device registers";
  }
}
