// NonAtomicLoadInLoop: a plain load (neither atomic nor volatile) in a loop decides when the
// loop exits, and reads memory that another thread, an interrupt handler or a device may write
// (lint.SharedPlace: from the Rust types when debug info names the memory, else from the IR
// alone, and then the message says the finding is less certain). The compiler may assume such
// memory does not change behind the loop's back, since another writer would be a data race:
// when irscope's passes (LICM, GVN in LLVM's -O3 order) take the read out of the loop, the
// finding is an error and says whether the loop becomes infinite or reads a stale value; when
// a call, fence or spin_loop() keeps the read in the loop today, it is a warning about a data
// race a future compiler may exploit, naming what keeps it. Not flagged: a loop that writes the
// place itself (it waits for its own writes), and every place SharedPlace says nobody else
// writes (std atomics and locks, Cell and RefCell, &T without interior mutability, locals).
package dev.irscope.lint.rules;

import dev.irscope.explain.LoopStory.Verdict;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.lint.LintContext;
import dev.irscope.lint.LintRule;
import dev.irscope.lint.LoadFates;
import dev.irscope.lint.PolledRead;
import dev.irscope.lint.Report;
import dev.irscope.lint.Reporter;
import dev.irscope.lint.Rule;
import dev.irscope.lint.Severity;
import dev.irscope.lint.SharedPlace;
import dev.irscope.transform.PassRemark;
import java.util.List;

@LintRule(
    summary = "A non-atomic load decides when a loop exits, but reads memory that another"
        + " thread, an interrupt handler or a device may write.",
    explanation = "The compiler may assume that memory read without an atomic does not change"
        + " while the loop runs (another writer would be a data race, which is undefined"
        + " behaviour), so LICM or GVN may read it once, before the loop: the loop then spins"
        + " forever or works with a stale value, in release builds only. When a call, a fence"
        + " or spin_loop() happens to keep the read in the loop today, it is still a data race"
        + " that another compiler version or more inlining may exploit. Fix: use an atomic"
        + " (AtomicBool, AtomicUsize, ... with load(Ordering::Acquire) and a Release store), or"
        + " read_volatile for device registers and memory another agent writes, or a Mutex"
        + " with a Condvar.",
    severity = Severity.ERROR,
    tags = {"concurrency", "data-race", "rust", "optimization"})
public final class NonAtomicLoadInLoop implements Rule {
  @Override
  public void check(Function f, LintContext ctx, Reporter out) {
    for (PolledRead r : ctx.polled(f)) {
      if (r.kind() == PolledRead.Kind.PLAIN && ctx.place(r).shared() && !ctx.loopWrites(r)) {
        out.report(report(r, ctx.place(r), ctx));
      }
    }
  }

  private static Report report(PolledRead r, SharedPlace place, LintContext ctx) {
    LoadFates.Fate fate = ctx.fate(r.read());
    List<Report.Note> notes = RuleText.pollNotes(r, ctx);
    String msg = "non-atomic read of " + place.what() + " decides when this loop exits, but "
        + RuleText.writers(place) + " may write it";
    Severity severity;
    if (fate.hoisted()) {
      severity = Severity.ERROR;
      String pass = "gvn".equals(fate.by()) ? "GVN reuses the value read before the loop"
          : "LICM moves the read out of the loop";
      msg += ": " + pass + (fate.verdict() == Verdict.INFINITE
          ? ", so a loop that starts before the write never exits"
          : fate.verdict() == Verdict.STALE ? ", which then ends only by its other exits and"
              + " never sees the new value"
          : ", so the loop no longer sees the new value");
    } else {
      severity = Severity.WARNING;
      PassRemark kept = fate.keptBy();
      Instruction keeper = kept == null ? null
          : ctx.at(kept.decidedBy().line(), kept.decidedBy().column());
      msg += "; it is still read in every iteration today only because "
          + (keeper == null ? "something in the loop may write it"
              : RuleText.describe(keeper) + " may write it")
          + ", but it remains a data race that another compiler version or more inlining may"
          + " turn into a loop that never exits";
      if (keeper != null) {
        notes.add(new Report.Note("this keeps the read in the loop today", keeper));
      }
    }
    return new Report(severity, r.read(), msg + RuleText.certainty(place),
        RuleText.atomicFix(place), notes, place.irOnly());
  }
}
