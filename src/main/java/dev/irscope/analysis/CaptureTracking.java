// Whether a pointer may be captured (a copy of it may outlive the function), as LLVM 19's
// CaptureTracking decides: walk the uses of the pointer, following those that pass it through
// (GEP, bitcast, addrspacecast, phi, select, llvm.launder/strip.invariant.group), and classify
// each use. Not captured: loads from it, stores to it, the callee operand of a call, an argument
// the call marks nocapture, any argument of a void call that only reads memory and does not
// throw, a comparison with null when the pointer is dereferenceable_or_null or a noalias call.
// Captured: storing the pointer itself, returning it, ptrtoint, volatile accesses, other
// comparisons, anything else. Past 100 uses the pointer counts as captured. The tracker is told
// of each capturing use and decides whether to stop.
package dev.irscope.analysis;

import dev.irscope.ir.Argument;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

public final class CaptureTracking {
  private CaptureTracking() {}

  public static final int MAX_USES_TO_EXPLORE = 100;

  public enum UseKind { NO_CAPTURE, MAY_CAPTURE, PASSTHROUGH }

  /** Receives capturing uses; returns true to stop the walk. */
  public interface Tracker {
    boolean captured(Use use);

    /** More uses than MAX_USES_TO_EXPLORE: the pointer is taken as captured. */
    void tooManyUses();
  }

  /** LLVM's PointerMayBeCaptured with a tracker. */
  public static void walk(Value v, CallFacts facts, Tracker tracker) {
    Deque<Use> work = new ArrayDeque<>();
    Set<Use> visited = new HashSet<>();
    if (!addUses(v, work, visited, tracker)) {
      return;
    }
    while (!work.isEmpty()) {
      Use u = work.pop();
      switch (kind(u, facts)) {
        case NO_CAPTURE -> { }
        case MAY_CAPTURE -> {
          if (tracker.captured(u)) {
            return;
          }
        }
        case PASSTHROUGH -> {
          if (!addUses(u.user(), work, visited, tracker)) {
            return;
          }
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  private static boolean addUses(Value v, Deque<Use> work, Set<Use> visited, Tracker tracker) {
    for (Use u : v.uses()) {
      if (visited.size() >= MAX_USES_TO_EXPLORE) {
        tracker.tooManyUses();
        return false;
      }
      if (visited.add(u)) {
        work.push(u);
      }
    }
    return true;
  }

  /** LLVM's DetermineUseCaptureKind. */
  public static UseKind kind(Use u, CallFacts facts) {
    if (!(u.user() instanceof Instruction i)) {
      return UseKind.MAY_CAPTURE;
    }
    if (i instanceof CallBase call) {
      if (i.opcode() == Opcode.CALLBR) {
        return UseKind.MAY_CAPTURE;
      }
      if (facts.memoryEffects(call).onlyReadsMemory() && facts.doesNotThrow(call)
          && call.type().isVoid()) {
        return UseKind.NO_CAPTURE;
      }
      if (UnderlyingObject.aliasingIntrinsicArgument(call) != null) {
        return UseKind.PASSTHROUGH;
      }
      if (Intrinsics.isVolatileMemIntrinsic(call)) {
        return UseKind.MAY_CAPTURE;
      }
      if (u.index() == 0) {
        return UseKind.NO_CAPTURE; // the callee operand
      }
      int arg = u.index() - 1;
      return facts.doesNotCapture(call, arg) ? UseKind.NO_CAPTURE : UseKind.MAY_CAPTURE;
    }
    if (i instanceof LoadInst load) {
      return load.isVolatile() ? UseKind.MAY_CAPTURE : UseKind.NO_CAPTURE;
    }
    if (i.opcode() == Opcode.VAARG) {
      return UseKind.NO_CAPTURE;
    }
    if (i instanceof StoreInst store) {
      return u.index() == 0 || store.isVolatile() ? UseKind.MAY_CAPTURE : UseKind.NO_CAPTURE;
    }
    if (i instanceof AtomicRMWInst rmw) {
      return u.index() == 1 || rmw.isVolatile() ? UseKind.MAY_CAPTURE : UseKind.NO_CAPTURE;
    }
    if (i instanceof AtomicCmpXchgInst cx) {
      return u.index() == 1 || u.index() == 2 || cx.isVolatile() ? UseKind.MAY_CAPTURE
          : UseKind.NO_CAPTURE;
    }
    if (i instanceof GetElementPtrInst) {
      return i.type() instanceof VectorType ? UseKind.MAY_CAPTURE : UseKind.PASSTHROUGH;
    }
    if (i instanceof PhiInst || i instanceof SelectInst || i.opcode() == Opcode.BITCAST
        || i.opcode() == Opcode.ADDRSPACECAST) {
      return UseKind.PASSTHROUGH;
    }
    if (i instanceof ICmpInst) {
      return comparison(u, i);
    }
    return UseKind.MAY_CAPTURE;
  }

  /** Comparing with null does not capture a noalias call or a dereferenceable_or_null pointer. */
  private static UseKind comparison(Use u, Instruction cmp) {
    Value other = cmp.operand(1 - u.index());
    if (other instanceof ConstantKeyword k && k.isNullValue()
        && other.type() instanceof PointerType pt) {
      Value p = stripCasts(u.value());
      if (pt.addressSpace() == 0 && UnderlyingObject.isNoAliasCall(p)) {
        return UseKind.NO_CAPTURE;
      }
      if (!cmp.function().fnAttributes().has("null_pointer_is_valid")
          && p instanceof Argument a
          && (a.attributes().dereferenceableBytes() > 0
              || a.attributes().dereferenceableOrNullBytes() > 0)) {
        return UseKind.NO_CAPTURE;
      }
    }
    return UseKind.MAY_CAPTURE;
  }

  private static Value stripCasts(Value v) {
    while (v instanceof Instruction i && (i.opcode() == Opcode.BITCAST
        || i.opcode() == Opcode.ADDRSPACECAST)) {
      v = i.operand(0);
    }
    return v;
  }
}
