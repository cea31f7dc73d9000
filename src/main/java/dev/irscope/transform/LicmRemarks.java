// The remarks of LicmPass: LLVM's (Hoisted "hoisting <opcode>", InstSunk "sinking <opcode>",
// LoadWithLoopInvariantAddressInvalidated, LoadWithLoopInvariantAddressCondExecuted) with the
// reason and the deciding instruction added, and irscope's own Analysis remarks where LLVM
// stays silent (an ordered or volatile load LICM never moves, a loop without preheader, a sink
// irscope does not model).
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.List;

final class LicmRemarks {
  static final String PASS = "licm";
  static final String INVALIDATED = "failed to move load with loop-invariant address because the"
      + " loop may invalidate its value";
  static final String COND_EXECUTED = "failed to hoist load with loop-invariant address because"
      + " load is conditionally executed";

  private final List<PassRemark> out;

  LicmRemarks(List<PassRemark> out) {
    this.out = out;
  }

  private void emit(Kind kind, String name, Instruction at, List<Arg> args, String reason,
      Instruction decidedBy) {
    out.add(new PassRemark(kind, PASS, name, at.function().name(), Place.of(at), args, reason,
        Place.of(decidedBy)));
  }

  private static Arg inst(Instruction i) {
    return new Arg("Inst", i.opcode().spelling(), Place.source(i), false);
  }

  void hoisted(Instruction i, LicmDecision d, Instruction notGuaranteed, LicmPass.LoopRun run) {
    StringBuilder why = new StringBuilder();
    why.append(operandsPhrase(i, run)).append("; ").append(d.sentence());
    if (notGuaranteed == null) {
      why.append("; it runs whenever the loop is entered")
          .append(i.parent() == run.loop.header() ? " (it is in the loop header)" : "");
    } else {
      why.append("; it does not run on every path (").append(Place.of(notGuaranteed))
          .append(" decides), but it is safe to run speculatively")
          .append(i instanceof LoadInst ? ": its address is dereferenceable and aligned" : "");
    }
    if (i instanceof LoadInst l && d == LicmDecision.NOT_CLOBBERED) {
      why.append(l.isAtomic() ? "; the load is unordered atomic" : "; the load is not atomic")
          .append(": had another thread written the location during the loop without"
              + " synchronizing, that would be a data race, so LLVM may assume no other thread"
              + " changes it (LangRef memory model; LICM does not look at nosync)");
    }
    emit(Kind.PASSED, "Hoisted", i, List.of(Arg.string("hoisting "), inst(i)), why.toString(),
        i);
  }

  private static String operandsPhrase(Instruction i, LicmPass.LoopRun run) {
    if (i instanceof LoadInst l) {
      return "its address " + l.pointer() + " is " + invariantPhrase(l.pointer(), run);
    }
    return i.numOperands() == 0 ? "it has no operands"
        : "its operands are defined outside loop " + run.loop.header()
            + " or were hoisted already";
  }

  private static String invariantPhrase(Value v, LicmPass.LoopRun run) {
    return v instanceof Instruction ? "computed outside loop " + run.loop.header()
        : "an argument or constant, so it is the same in every iteration";
  }

  void sunk(Instruction i) {
    emit(Kind.PASSED, "InstSunk", i, List.of(Arg.string("sinking "), inst(i)),
        "it is used only after the loop and nothing it depends on forbids moving it there", i);
  }

  void sinkNotModelled(Instruction i) {
    emit(Kind.ANALYSIS, "SinkNotModelled", i, List.of(Arg.string("not sinking "), inst(i)),
        "LLVM would sink a copy into each exit block that uses it; irscope only models a single"
            + " exit block reached from the loop alone, so it leaves the instruction in place", i);
  }

  void invalidated(LoadInst l, LoopClobbers.Clobber c, LicmPass.LoopRun run) {
    String why = switch (c.why()) {
      case CLOBBERS -> clobberPhrase(c.inst(), l);
      case QUERY_CAP -> "LICM has already asked MemorySSA " + LicmPass.CLOBBER_QUERY_CAP
          + " clobber queries in this loop, so it settles for the nearest write in the loop, "
          + Place.of(c.inst());
      case WALK_LIMIT -> "MemorySSA's walk gave up after " + LoopClobbers.WALK_LIMIT
          + " writes in the loop that do not alias it, at " + Place.of(c.inst());
      case SINK_CHECK -> "the sink check only asks whether the loop writes memory anywhere but"
          + " before the load in its block, and " + Place.of(c.inst()) + " does; the hoist"
          + " check that follows is more precise";
    };
    emit(Kind.MISSED, "LoadWithLoopInvariantAddressInvalidated", l,
        List.of(Arg.string(INVALIDATED)), why, c.inst());
  }

  /** Why def {@code d} may write what load {@code l} reads, in one sentence. */
  static String clobberPhrase(Instruction d, LoadInst l) {
    return clobberPhrase(d, l, Place.of(d), i -> (i instanceof StoreInst s ? s.pointer()
        : ((LoadInst) i).pointer()).toString());
  }

  /**
   * The same, with the clobber's place given, and how the address a store or load accesses is
   * named (GVN names it as the input has it).
   */
  static String clobberPhrase(Instruction d, LoadInst l, Place at,
      java.util.function.Function<Instruction, String> addressOf) {
    String where = at.toString();
    if (d instanceof StoreInst s) {
      if (s.ordering().compareTo(AtomicOrdering.UNORDERED) > 0) {
        return where + " is an atomic store ordered " + s.ordering()
            + ": stronger than unordered, alias analysis lets it clobber every location";
      }
      return where + " stores to " + addressOf.apply(s) + ", which may alias "
          + addressOf.apply(l);
    }
    if (d instanceof LoadInst dl) {
      return where + " is a load ordered " + (dl.isAtomic() ? dl.ordering() : "volatile")
          + ": a load may not move above an acquire (or stronger) load";
    }
    if (d instanceof FenceInst f) {
      return where + " is a fence (" + f.ordering() + "): fences clobber every location";
    }
    if (d instanceof CallBase call) {
      String callee = call.calledFunction() == null ? "an indirect callee or inline asm"
          : "@" + call.calledFunction().name();
      return where + " calls " + callee + ", which may write "
          + addressOf.apply(l) + " (its memory effects allow writing that location)";
    }
    if (d.opcode().spelling().equals("atomicrmw") || d.opcode().spelling().equals("cmpxchg")) {
      return where + " is an atomic read-modify-write that may write " + addressOf.apply(l)
          + " (stronger than monotonic: every location)";
    }
    return where + " may write " + addressOf.apply(l);
  }

  void condExecuted(LoadInst l, Instruction decidedBy, LicmPass.LoopRun run) {
    String why;
    if (decidedBy.parent() == l.parent()) {
      why = Place.of(decidedBy) + " comes first in the same block and may not return or may"
          + " throw, so the load may never run";
    } else if (decidedBy instanceof BranchInst || decidedBy.isTerminator()) {
      why = "block " + l.parent() + " does not run on every iteration: "
          + Place.of(decidedBy) + " may branch around it or leave the loop first; and "
          + l.pointer() + " is not known dereferenceable and aligned, so the load may not run"
          + " speculatively";
    } else {
      why = Place.of(decidedBy) + " on the way to the load may not return or may throw";
    }
    emit(Kind.MISSED, "LoadWithLoopInvariantAddressCondExecuted", l,
        List.of(Arg.string(COND_EXECUTED)), why, decidedBy);
  }

  void ordered(LoadInst l, LicmPass.LoopRun run) {
    String kind = l.isVolatile() ? "volatile" : "atomic " + l.ordering();
    String why = l.isVolatile()
        ? "a volatile load must run every time the program says so; LICM never moves it"
        : l.ordering() == AtomicOrdering.MONOTONIC
            ? "a monotonic (Relaxed) load must eventually see other threads' stores, so it may"
                + " not be read once for all iterations; LICM never moves ordered loads"
            : "an " + l.ordering() + " load synchronizes with other threads; LICM never moves"
                + " ordered loads";
    emit(Kind.ANALYSIS, "LoadOrdered", l,
        List.of(Arg.string("load kept in loop: it is " + kind)),
        why + " (LLVM gives up here without a remark)", l);
  }

  void callKept(CallBase call, String why) {
    emit(Kind.ANALYSIS, "CallKept", call, List.of(Arg.string("call kept in loop")),
        why + " (LLVM gives up here without a remark)", call);
  }

  void noPreheader(Loop l) {
    Instruction t = l.header().instructions().get(0);
    emit(Kind.ANALYSIS, "NoPreheader", t,
        List.of(Arg.string("loop " + l.header() + " has no preheader")),
        "LLVM's LoopSimplify would insert one before LICM; irscope does not, so it leaves this"
            + " loop alone", t);
  }
}
