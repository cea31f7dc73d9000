// VolatileIsNotSynchronization: a loop polls, with a volatile read (core::ptr::read_volatile, a
// VolatileCell), memory that other threads share. Volatile keeps the read in the loop, but
// between threads it is still a data race and orders nothing: the data the writer stored
// before setting the flag need not be visible after it. Volatile is the right tool for
// memory-mapped device registers and memory a device or another program writes, so the
// pointer's origin decides: an address made from an integer (inttoptr, MMIO), a raw pointer
// parameter (device, DMA or hypervisor memory), or a static mut (by convention the interrupt
// handler's counter on a microcontroller) give no finding; a static of a type with interior
// mutability (a static must be Sync: every thread sees it) and a &T whose T has interior
// mutability (a VolatileCell shared by reference) do, with a note that it is fine if the memory
// is a device's. Without debug info a writable global that is only ever written by volatile
// stores is taken for a VolatileCell static (a static mut is usually written plainly).
package dev.irscope.lint.rules;

import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.ConstantExpr;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntToPtrInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.lint.LintContext;
import dev.irscope.lint.LintRule;
import dev.irscope.lint.PolledRead;
import dev.irscope.lint.Report;
import dev.irscope.lint.Reporter;
import dev.irscope.lint.Rule;
import dev.irscope.lint.Severity;
import dev.irscope.lint.SharedPlace;
import dev.irscope.rust.Sharing.Origin;

@LintRule(
    summary = "A loop polls memory shared between threads with a volatile read, which gives no"
        + " synchronization.",
    explanation = "read_volatile and VolatileCell keep a read in the loop, but between threads a"
        + " volatile access is still a data race and orders nothing: data the writer stored"
        + " before setting the flag need not be visible when the loop sees it. Volatile is right"
        + " for memory-mapped device registers and memory a device writes (addresses made from"
        + " integers, raw pointers), which are not flagged. Fix: an atomic with Acquire loads"
        + " and Release stores.",
    severity = Severity.WARNING,
    tags = {"concurrency", "data-race", "rust", "volatile"})
public final class VolatileIsNotSynchronization implements Rule {
  @Override
  public void check(Function f, LintContext ctx, Reporter out) {
    for (PolledRead r : ctx.polled(f)) {
      if (r.kind() != PolledRead.Kind.VOLATILE || isDeviceAddress(r.pointer())) {
        continue;
      }
      SharedPlace place = ctx.place(r);
      String why = betweenThreads(place, r.pointer());
      if (why != null) {
        out.report(new Report(Severity.WARNING, r.read(), "this loop polls " + place.what()
            + " with a volatile read, but " + why + ": between threads volatile is a data race"
            + " and orders nothing, so what the writer stored before may not be visible"
            + " (fine if this is a memory-mapped device register)" + RuleText.certainty(place),
            RuleText.volatileFix(), RuleText.pollNotes(r, ctx), place.irOnly()));
      }
    }
  }

  /** Why the place is shared between threads, or null when volatile is the right tool. */
  private static String betweenThreads(SharedPlace place, Value pointer) {
    Origin o = place.origin();
    if (o == Origin.STATIC_INTERIOR_MUTABLE) {
      return "it is a static, which every thread may access";
    }
    if (o == Origin.SHARED_REFERENCE && place.sharing().interiorMutable()) {
      return "it is reached through a shared reference to a type with interior mutability,"
          + " which other threads may hold";
    }
    if (o == Origin.STATIC_MUT && place.irOnly()
        && UnderlyingObject.of(pointer, c -> null) instanceof GlobalVariable g && onlyVolatileWrites(g)) {
      return "it is a static written only by volatile stores, as a VolatileCell in a static is";
    }
    return null;
  }

  /** Whether every store to {@code g} (through GEPs and casts) is volatile, and there is one. */
  private static boolean onlyVolatileWrites(Value g) {
    return volatileStores(g, 0) > 0;
  }

  /** The volatile stores to {@code p}, or -1 when a plain one writes it. */
  private static int volatileStores(Value p, int depth) {
    int n = 0;
    for (Use u : p.uses()) {
      int k = 0;
      if (u.user() instanceof StoreInst s && s.pointer() == p) {
        k = s.isVolatile() ? 1 : -1;
      } else if (u.user() instanceof Instruction i && depth < 8
          && (i.opcode() == Opcode.GETELEMENTPTR || i.opcode() == Opcode.BITCAST)) {
        k = volatileStores(i, depth + 1);
      } else if (u.user() instanceof ConstantExpr ce && depth < 8) {
        k = volatileStores(ce, depth + 1);
      }
      if (k < 0) {
        return -1;
      }
      n += k;
    }
    return n;
  }

  /** Whether the address is made from an integer: a memory-mapped device register. */
  private static boolean isDeviceAddress(Value pointer) {
    Value base = UnderlyingObject.of(pointer, c -> null);
    return base instanceof IntToPtrInst
        || (base instanceof ConstantExpr ce && ce.opcode() == Opcode.INTTOPTR);
  }
}
