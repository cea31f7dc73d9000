// HoistedReadSpinsForever: the shape a polling loop has in IR that LLVM has already optimized
// (rustc -C opt-level=3, cargo build --release): a loop with no exit and nothing in it
// (`bb1: br label %bb1`), entered on a test of a plain load of memory other threads, an
// interrupt handler or a device may write. That is what LICM/GVN leave of `while !FLAG {}`
// once the read is taken out of the loop: the read happens once, and when the flag is unset
// the thread spins forever. NonAtomicLoadInLoop finds the same bug before the optimizer runs
// (-C no-prepopulate-passes); this rule finds what is left of it after. A loop that does
// something (a call, a store, an atomic or volatile access) is not flagged: a server's
// `loop { handle() }` is meant to run forever, and so is a `loop {}` entered unconditionally.
package dev.irscope.lint.rules;

import dev.irscope.analysis.Cfg;
import dev.irscope.analysis.Loop;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Value;
import dev.irscope.lint.LintContext;
import dev.irscope.lint.LintRule;
import dev.irscope.lint.PolledRead;
import dev.irscope.lint.Report;
import dev.irscope.lint.Reporter;
import dev.irscope.lint.Rule;
import dev.irscope.lint.Severity;
import dev.irscope.lint.SharedPlace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@LintRule(
    summary = "An optimized polling loop that can never exit: the read that would end it was"
        + " taken out of the loop.",
    explanation = "In optimized IR, `while !FLAG {}` on a plain (non-atomic) read becomes a test"
        + " of one read before the loop and a loop that branches to itself forever: LLVM may"
        + " assume no other thread changes memory read without synchronization (a data race is"
        + " undefined behaviour), so LICM or GVN reads it once. This rule finds that shape: a"
        + " loop with no exit and no side effect, entered on a plain load of memory other"
        + " threads, interrupt handlers or devices may write. Fix: an atomic load (Acquire).",
    severity = Severity.ERROR,
    tags = {"concurrency", "data-race", "rust", "infinite-loop"})
public final class HoistedReadSpinsForever implements Rule {
  /** How far back through computations the entry test is followed to its loads. */
  private static final int DEPTH = 8;

  @Override
  public void check(Function f, LintContext ctx, Reporter out) {
    Set<LoadInst> reported = new LinkedHashSet<>(); // one finding per read, at the first loop
    Cfg cfg = null;
    for (Loop l : ctx.loops(f)) {
      if (!l.exitBlocks().isEmpty() || l.parent() != null || !doesNothing(l)) {
        continue;
      }
      if (cfg == null) {
        cfg = Cfg.of(f);
      }
      Set<LoadInst> reads = new LinkedHashSet<>();
      for (BasicBlock p : cfg.predecessors(l.header())) {
        // the tests on the way in: the entering block's, and those of the blocks above it
        // while each has one predecessor (`if !FLAG { if n > 0 { loop {} } }`)
        BasicBlock b = p;
        for (int k = 0; k < DEPTH && b != null && !l.contains(b); k++) {
          Instruction t = b.terminator();
          Value condition = t instanceof BranchInst br && br.isConditional() ? br.condition()
              : t instanceof SwitchInst sw ? sw.condition() : null;
          if (condition != null) {
            plainLoads(condition, DEPTH, reads);
          }
          List<BasicBlock> up = cfg.predecessors(b);
          b = up.size() == 1 ? up.get(0) : null;
        }
      }
      for (LoadInst read : reads) {
        PolledRead r = new PolledRead(l, read, read.pointer(), PolledRead.Kind.PLAIN, null);
        SharedPlace place = ctx.place(r);
        if (!place.shared() || !reported.add(read)) {
          continue;
        }
        List<Report.Note> notes = new ArrayList<>();
        notes.add(new Report.Note("the loop that never exits", l.header().terminator()));
        Instruction writer = ctx.writer(r);
        if (writer != null) {
          notes.add(new Report.Note("written here", writer));
        }
        out.report(new Report(Severity.ERROR, read, "non-atomic read of " + place.what()
            + " is made once, before a loop that never exits and does nothing, but "
            + RuleText.writers(place) + " may write it: this is a polling loop whose read was"
            + " taken out of it (a plain read may be assumed not to change), so when it sees"
            + " the value that keeps it waiting, the thread spins forever"
            + RuleText.certainty(place), RuleText.atomicFix(place), notes, place.irOnly()));
      }
    }
  }

  /**
   * Whether {@code l} has nothing but branches, phis and side-effect-free computations: no
   * memory access, no call (debug and other intrinsics without effect aside), no fence.
   */
  private static boolean doesNothing(Loop l) {
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        if (i instanceof CallBase c) {
          Function callee = c.calledFunction();
          if (callee == null || !callee.isIntrinsic() || !callee.name().startsWith("llvm.dbg.")
              && !callee.name().startsWith("llvm.lifetime.")
              && !callee.name().equals("llvm.assume")) {
            return false;
          }
          continue;
        }
        switch (i.opcode()) {
          case LOAD, STORE, FENCE, ATOMICRMW, CMPXCHG, VAARG, RESUME, LANDINGPAD, CATCHPAD,
              CLEANUPPAD, CATCHSWITCH, CATCHRET, CLEANUPRET, UNREACHABLE, RET -> {
            return false;
          }
          default -> { }
        }
      }
    }
    return true;
  }

  /** The plain loads {@code v} is computed from, through values without memory effects. */
  private static void plainLoads(Value v, int depth, Set<LoadInst> out) {
    if (v instanceof LoadInst load) {
      if (!load.isAtomic() && !load.isVolatile()) {
        out.add(load);
      }
      return;
    }
    if (depth == 0 || !(v instanceof Instruction i) || i instanceof CallBase
        || i.opcode() == Opcode.PHI || i.opcode() == Opcode.ALLOCA) {
      return;
    }
    for (Value o : i.operands()) {
      plainLoads(o, depth - 1, out);
    }
  }
}
