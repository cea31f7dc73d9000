// The object a pointer is based on, as LLVM's getUnderlyingObject finds it: look through GEPs,
// bitcasts and addrspacecasts (instructions or constant expressions), non-interposable aliases,
// single-input phis, and calls that return one of their arguments (a `returned` parameter, or
// llvm.launder/strip.invariant.group), at most six steps. getUnderlyingObjectAggressive (LLVM
// 20+) also looks through phis and selects when every path reaches the same object. Plus the
// object classes alias queries use: identified objects, noalias calls, noalias/byval arguments.
package dev.irscope.analysis;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantExpr;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.GlobalAlias;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

public final class UnderlyingObject {
  private UnderlyingObject() {}

  /** How many steps getUnderlyingObject takes at most (LLVM's default MaxLookup). */
  public static final int MAX_LOOKUP = 6;
  private static final int MAX_VISITED = 32;

  /**
   * Which argument a call returns, when its attributes say so; null otherwise. Passing no
   * ReturnedArgument (null) stops the walk at every call.
   */
  public interface ReturnedArgument {
    Value of(CallBase call);
  }

  public static Value of(Value v, ReturnedArgument returned) {
    if (!(v.type() instanceof PointerType)) {
      return v;
    }
    for (int count = 0; count < MAX_LOOKUP; count++) {
      Value next = step(v, returned);
      if (next == null) {
        return v;
      }
      v = next;
    }
    return v;
  }

  /** One step of the walk, or null where it stops. */
  private static Value step(Value v, ReturnedArgument returned) {
    if (v instanceof GetElementPtrInst gep) {
      return gep.pointer();
    }
    if (v instanceof ConstantExpr ce) {
      Opcode op = ce.opcode();
      if (op == Opcode.GETELEMENTPTR
          || ((op == Opcode.BITCAST || op == Opcode.ADDRSPACECAST)
              && ce.operand(0).type() instanceof PointerType)) {
        return ce.operand(0);
      }
      return null;
    }
    if (v instanceof Instruction i && (i.opcode() == Opcode.BITCAST
        || i.opcode() == Opcode.ADDRSPACECAST)) {
      Value src = i.operand(0);
      return src.type() instanceof PointerType ? src : null;
    }
    if (v instanceof GlobalAlias ga && !ga.isIFunc()) {
      return ga.isInterposable() || ga.target() == null ? null : ga.target();
    }
    if (v instanceof PhiInst phi) {
      return phi.numIncoming() == 1 ? phi.incomingValue(0) : null;
    }
    if (v instanceof CallBase call) {
      return returned == null ? null : returned.of(call); // null: nothing known of returns
    }
    return null;
  }

  /**
   * LLVM 20+'s getUnderlyingObjectAggressive: the one object every phi and select input leads
   * to, else the plain underlying object.
   */
  public static Value aggressive(Value v, ReturnedArgument returned) {
    Value first = of(v, returned);
    Deque<Value> work = new ArrayDeque<>();
    Set<Value> visited = new HashSet<>();
    work.push(first);
    Value object = null;
    while (!work.isEmpty()) {
      Value p = of(work.pop(), returned);
      if (!visited.add(p)) {
        continue;
      }
      if (visited.size() == MAX_VISITED) {
        return first;
      }
      if (p instanceof SelectInst s) {
        work.push(s.operand(1));
        work.push(s.operand(2));
        continue;
      }
      if (p instanceof PhiInst phi) {
        for (int k = 0; k < phi.numIncoming(); k++) {
          work.push(phi.incomingValue(k));
        }
        continue;
      }
      if (object == null) {
        object = p;
      } else if (object != p) {
        return first;
      }
    }
    return object != null ? object : first;
  }

  /**
   * The argument {@code call} returns: the first one {@code isReturned} says is `returned`, else
   * the one an aliasing intrinsic returns; null when there is none.
   */
  public static Value returnedArgument(CallBase call, java.util.function.IntPredicate isReturned) {
    Value r = returnedArgOperand(call, isReturned);
    return r != null ? r : aliasingIntrinsicArgument(call, false);
  }

  /**
   * LLVM's getReturnedArgOperand: the first argument {@code isReturned} says is `returned`, or
   * null (no aliasing intrinsic: stripPointerCasts looks only at this).
   */
  public static Value returnedArgOperand(CallBase call,
      java.util.function.IntPredicate isReturned) {
    for (int k = 0; k < call.numArgs(); k++) {
      if (isReturned.test(k)) {
        return call.arg(k);
      }
    }
    return null;
  }

  /**
   * The argument an intrinsic returns unchanged without capturing it (LLVM's
   * isIntrinsicReturningPointerAliasingArgumentWithoutCapturing with MustPreserveNullness, as
   * capture tracking asks): launder/strip.invariant.group (and invariant.group.barrier, the name
   * of launder before LLVM 7, which reading the IR upgrades to it), aarch64 irg/tagp,
   * amdgcn.make.buffer.rsrc and threadlocal.address; or null.
   */
  public static Value aliasingIntrinsicArgument(CallBase call) {
    return aliasingIntrinsicArgument(call, true);
  }

  /** As above; without {@code mustPreserveNullness} (underlying objects), llvm.ptrmask too. */
  public static Value aliasingIntrinsicArgument(CallBase call, boolean mustPreserveNullness) {
    if (call.numArgs() == 0) {
      return null;
    }
    boolean aliases = Intrinsics.isIntrinsic(call, "llvm.launder.invariant.group")
        || Intrinsics.isIntrinsic(call, "llvm.invariant.group.barrier")
        || Intrinsics.isIntrinsic(call, "llvm.strip.invariant.group")
        || Intrinsics.isIntrinsic(call, "llvm.aarch64.irg")
        || Intrinsics.isIntrinsic(call, "llvm.aarch64.tagp")
        || Intrinsics.isIntrinsic(call, "llvm.amdgcn.make.buffer.rsrc")
        || (!mustPreserveNullness && Intrinsics.isIntrinsic(call, "llvm.ptrmask"))
        || (Intrinsics.isIntrinsic(call, "llvm.threadlocal.address")
            && !call.function().fnAttributes().has("presplitcoroutine"));
    return aliases ? call.arg(0) : null;
  }

  /** LLVM's isIdentifiedObject: alloca, global (not alias), noalias call, noalias/byval arg. */
  public static boolean isIdentifiedObject(Value v) {
    return v instanceof AllocaInst || (v instanceof GlobalValue && !(v instanceof GlobalAlias))
        || isNoAliasCall(v) || isNoAliasOrByValArgument(v);
  }

  public static boolean isNoAliasCall(Value v) {
    if (v instanceof CallBase call) {
      Function callee = call.calledFunction();
      return call.returnAttributes().has("noalias")
          || (callee != null && callee.returnAttributes().has("noalias"));
    }
    return false;
  }

  public static boolean isNoAliasOrByValArgument(Value v) {
    return v instanceof Argument a
        && (a.attributes().has("noalias") || a.attributes().has("byval"));
  }
}
