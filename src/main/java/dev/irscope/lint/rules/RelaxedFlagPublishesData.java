// RelaxedFlagPublishesData: a loop waits on an atomic flag loaded with Ordering::Relaxed
// (monotonic; also the i8 0 of core::sync::atomic::atomic_load before inlining), and after it
// the function reads, with plain loads, data the flag is meant to publish: a field of the same
// object as the flag, memory reached through the value the flag load returned (an AtomicPtr),
// or other memory other threads may write (lint.SharedPlace). Relaxed orders nothing but the
// flag itself, so those reads may see the data from before the writer published it: a data
// race. The code after each loop exit is walked in the control-flow graph until something
// acquires: a fence with Acquire or stronger ordering (fence(Ordering::Acquire) makes the
// Relaxed wait correct), an atomic access with Acquire or stronger ordering, a call into
// core::sync::atomic other than a Relaxed load, or into a std::sync lock.
package dev.irscope.lint.rules;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryAccessInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.lint.AtomicCalls;
import dev.irscope.lint.LintContext;
import dev.irscope.lint.LintRule;
import dev.irscope.lint.PolledRead;
import dev.irscope.lint.PolledReads;
import dev.irscope.lint.Report;
import dev.irscope.lint.Reporter;
import dev.irscope.lint.Rule;
import dev.irscope.lint.Severity;
import dev.irscope.lint.SharedPlace;
import dev.irscope.rust.Demangler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@LintRule(
    summary = "A loop waits on an atomic flag with Ordering::Relaxed, then reads with plain"
        + " loads the data the flag publishes.",
    explanation = "A Relaxed load orders nothing but the flag itself: after the loop sees the"
        + " flag set, plain reads of the data the writer stored before setting it may still see"
        + " the old data, and they race with the writer. Fix: load the flag with"
        + " Ordering::Acquire (the writer stores it with Release), or put"
        + " fence(Ordering::Acquire) after the loop.",
    severity = Severity.ERROR,
    tags = {"concurrency", "data-race", "rust", "memory-ordering"})
public final class RelaxedFlagPublishesData implements Rule {
  private static final int MAX_BLOCKS = 64;

  @Override
  public void check(Function f, LintContext ctx, Reporter out) {
    for (PolledRead flag : ctx.polled(f)) {
      if (flag.kind() != PolledRead.Kind.ATOMIC || !relaxed(flag.ordering())
          || ctx.polled(flag.loop()).stream().anyMatch(r -> AtomicCalls.acquires(r.ordering()))
          || ctx.place(flag).sharing().insideStdLock()) {
        continue; // not a Relaxed wait, the loop also waits with Acquire, or it is the inside
                  // of a std lock or Condvar (inlined), whose own ordering protects the data
      }
      LoadInst data = firstPublishedRead(flag.loop(), flag, ctx);
      if (data != null) {
        SharedPlace place = ctx.place(data, data.pointer());
        out.report(new Report(Severity.ERROR, data, "plain read of " + place.what()
            + " after a loop that waits on an atomic flag loaded with Ordering::Relaxed:"
            + " Relaxed orders nothing but the flag, so this read may see the data from"
            + " before the writer published it, and races with the writer",
            "load the flag with Ordering::Acquire (and store it with Ordering::Release), or"
                + " put fence(Ordering::Acquire) after the loop",
            notes(flag), false));
      }
    }
  }

  private static List<Report.Note> notes(PolledRead flag) {
    List<Report.Note> notes = new ArrayList<>();
    notes.add(new Report.Note("the loop waits on this Relaxed load", flag.read()));
    notes.addAll(RuleText.loopStart(flag.loop(), flag.read()));
    return notes;
  }

  private static boolean relaxed(AtomicOrdering o) {
    return o == AtomicOrdering.MONOTONIC || o == AtomicOrdering.UNORDERED;
  }

  /** The first plain read of published data on a path from the loop's exits, or null. */
  private static LoadInst firstPublishedRead(Loop loop, PolledRead flag, LintContext ctx) {
    Deque<BasicBlock> work = new ArrayDeque<>(loop.exitBlocks());
    Set<BasicBlock> seen = new HashSet<>(work);
    while (!work.isEmpty() && seen.size() <= MAX_BLOCKS) {
      BasicBlock b = work.poll();
      boolean stopped = false;
      for (Instruction i : b.instructions()) {
        if (acquires(i)) {
          stopped = true;
          break;
        }
        if (i instanceof LoadInst l && !l.isAtomic() && !l.isVolatile()
            && published(l, flag, ctx)) {
          return l;
        }
      }
      if (!stopped) {
        for (BasicBlock s : b.successors()) {
          if (!loop.contains(s) && seen.add(s)) {
            work.add(s);
          }
        }
      }
    }
    return null;
  }

  /** Whether {@code i} makes later reads see what the writer did before its Release. */
  private static boolean acquires(Instruction i) {
    AtomicOrdering fence = AtomicCalls.fenceOrdering(i);
    if (fence != null) {
      return AtomicCalls.acquires(fence);
    }
    if (i instanceof MemoryAccessInst m && m.isAtomic()) {
      return AtomicCalls.acquires(m.ordering());
    }
    if (AtomicCalls.isAtomicLoadCall(i)) {
      return AtomicCalls.acquires(AtomicCalls.loadOrdering(i));
    }
    if (i instanceof CallBase c && c.calledFunction() != null) {
      String name = Demangler.demangle(c.calledFunction().name());
      return (name.contains("core::sync::atomic::") && !name.contains("atomic_store"))
          || name.contains("std::sync::");
    }
    return false;
  }

  /** Whether {@code data} reads what {@code flag} publishes. */
  private static boolean published(LoadInst data, PolledRead flag, LintContext ctx) {
    if (PolledReads.isStackSlot(data.pointer())
        || ctx.place(data, data.pointer()).sharing().insideStdLock()) {
      return false; // a local, or data a std lock guards (a Mutex's value)
    }
    Value base = UnderlyingObject.of(data.pointer(), c -> null);
    if (base == UnderlyingObject.of(flag.pointer(), c -> null) && data.pointer() != flag.pointer()) {
      return true; // a field next to the flag
    }
    if (carriesValueOf(base, flag.read())) {
      return true; // reached through the pointer the flag load returned
    }
    return ctx.place(data, data.pointer()).shared();
  }

  /** Whether {@code v} is the flag's value, through phis and a stack slot it was stored in. */
  private static boolean carriesValueOf(Value v, Instruction flag) {
    if (v == flag) {
      return true;
    }
    if (v instanceof PhiInst phi) {
      for (int k = 0; k < phi.numIncoming(); k++) {
        if (phi.incomingValue(k) == flag) {
          return true;
        }
      }
    }
    if (v instanceof LoadInst l && PolledReads.isStackSlot(l.pointer())) {
      for (Use u : l.pointer().uses()) {
        if (u.user() instanceof StoreInst s && s.pointer() == l.pointer() && s.value() == flag) {
          return true;
        }
      }
    }
    return false;
  }
}
