// nounwind (spec B3, LLVM's InstrBreaksNonThrowing with mayThrow(IncludePhaseOneUnwind)): broken
// by a call without nounwind (a call, not an invoke, into the SCC is assumed not to throw), an
// invoke whose landing pad lets the exception continue (a cleanup, or catches that do not catch
// everything), a cleanuppad, resume, and cleanupret/catchswitch that unwind to the caller.
package dev.irscope.infer;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CatchSwitchInst;
import dev.irscope.ir.CleanupReturnInst;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.InvokeInst;
import dev.irscope.ir.LandingPadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.Value;

final class NoUnwindInference implements BodyScan.Rule {
  static final NoUnwindInference RULE = new NoUnwindInference();

  @Override
  public String attribute() {
    return "nounwind";
  }

  @Override
  public String remarkPrefix() {
    return "NoUnwind";
  }

  @Override
  public String holds() {
    return "no call may unwind and nothing resumes unwinding";
  }

  @Override
  public String breaks(Instruction i, SccContext scc) {
    switch (i.opcode()) {
      case RESUME:
        return "resumes unwinding to the caller";
      case CLEANUPPAD:
        return "is a cleanup pad, through which an exception passes on";
      case CLEANUPRET:
      case CATCHSWITCH:
        return unwindsToCaller(i) ? "unwinds to the caller" : null;
      default:
        break;
    }
    if (i instanceof InvokeInst inv) {
      return landingPadLetsThrough(inv) ? "may unwind past its landing pad" : null;
    }
    if (i instanceof CallInst call) {
      if (scc.queries.fnHas(call, "nounwind") || scc.callsIntoScc(call)) {
        return null;
      }
      return call.calledFunction() == null ? "is an indirect call, which may unwind"
          : "calls @" + call.calledFunction().name() + ", which is not nounwind";
    }
    return null;
  }

  /** cleanupret/catchswitch without an `unwind label`: their unwind successor is the caller. */
  private static boolean unwindsToCaller(Instruction i) {
    return i instanceof CleanupReturnInst c ? c.unwindDest() == null
        : ((CatchSwitchInst) i).unwindDest() == null;
  }

  /**
   * LLVM's canUnwindPastLandingPad with phase-one unwinding: a cleanup pad lets the exception
   * on, and so do clauses that may catch only some exceptions; `catch ptr null` and an empty
   * filter catch everything.
   */
  private static boolean landingPadLetsThrough(InvokeInst inv) {
    BasicBlock dest = inv.unwindDest();
    if (dest == null) {
      return false;
    }
    for (Instruction first : dest.instructions()) {
      if (first.opcode() == Opcode.PHI) {
        continue;
      }
      if (!(first instanceof LandingPadInst lp)) {
        return false;
      }
      if (lp.isCleanup()) {
        return true;
      }
      for (int k = 0; k < lp.numClauses(); k++) {
        Value c = lp.clause(k);
        boolean catchesAll = lp.isCatch(k)
            ? c instanceof ConstantKeyword kw && kw.isNullValue()
            : c.type() instanceof ArrayType at && at.length() == 0;
        if (catchesAll) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
