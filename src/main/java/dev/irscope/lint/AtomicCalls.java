// Std's atomics as rustc emits them before inlining: at -C no-prepopulate-passes (and at
// -C opt-level=0) `AtomicBool::load(Ordering::Relaxed)` is a call to the internal function
// core::sync::atomic::atomic_load(ptr, i8 order), and `fence(Ordering::Acquire)` a call to
// core::sync::atomic::fence(i8 order); after inlining they are `load atomic` and `fence`
// instructions. The i8 is the discriminant of core::sync::atomic::Ordering, declared in the
// order Relaxed, Release, Acquire, AcqRel, SeqCst (0..4). When atomic_load's body is in the
// module, the ordering is read from it instead: its entry block switches on the order argument
// and each case block does a `load atomic` with the LLVM ordering for that value (0 monotonic,
// 2 acquire, 4 seq_cst; 1 and 3 panic, as a load may not be Release or AcqRel).
package dev.irscope.lint;

import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Value;
import dev.irscope.rust.Demangler;
import java.util.List;

public final class AtomicCalls {
  private AtomicCalls() {}

  /** core::sync::atomic::Ordering's discriminants, in declaration order. */
  static final List<AtomicOrdering> RUST_ORDERINGS = List.of(AtomicOrdering.MONOTONIC,
      AtomicOrdering.RELEASE, AtomicOrdering.ACQUIRE, AtomicOrdering.ACQ_REL,
      AtomicOrdering.SEQ_CST);

  private static final String ATOMIC = "core::sync::atomic::";

  /** Whether {@code i} is a call to core::sync::atomic::atomic_load(ptr, i8). */
  public static boolean isAtomicLoadCall(Instruction i) {
    return i instanceof CallBase c && c.numArgs() == 2 && callee(c).equals(ATOMIC + "atomic_load");
  }

  /** The ordering of an atomic load (instruction or call), NOT_ATOMIC for others. */
  public static AtomicOrdering loadOrdering(Instruction i) {
    if (i instanceof LoadInst l) {
      return l.ordering();
    }
    if (isAtomicLoadCall(i)) {
      CallBase c = (CallBase) i;
      AtomicOrdering fromBody = fromBody(c.calledFunction(), c.arg(1));
      return fromBody != null ? fromBody : rustOrdering(c.arg(1));
    }
    return AtomicOrdering.NOT_ATOMIC;
  }

  /** The ordering of a fence (instruction, or call to core's fence), or null for others. */
  public static AtomicOrdering fenceOrdering(Instruction i) {
    if (i instanceof FenceInst f) {
      return f.syncScope() != null && f.syncScope().equals("singlethread") ? null : f.ordering();
    }
    if (i instanceof CallBase c && c.numArgs() == 1 && callee(c).equals(ATOMIC + "fence")) {
      return rustOrdering(c.arg(0));
    }
    return null;
  }

  /** Whether {@code o} is Acquire or stronger (what makes a later read see the writer's data). */
  public static boolean acquires(AtomicOrdering o) {
    return o == AtomicOrdering.ACQUIRE || o == AtomicOrdering.ACQ_REL
        || o == AtomicOrdering.SEQ_CST;
  }

  /** The demangled callee of a direct call, without crate disambiguators; "" otherwise. */
  static String callee(CallBase c) {
    Function f = c.calledFunction();
    return f == null ? "" : Demangler.demangle(f.name()).replaceAll("\\[[0-9a-f]+\\]", "");
  }

  private static AtomicOrdering rustOrdering(Value order) {
    if (order instanceof ConstantInt k && k.longValue() >= 0
        && k.longValue() < RUST_ORDERINGS.size()) {
      return RUST_ORDERINGS.get((int) k.longValue());
    }
    return AtomicOrdering.SEQ_CST; // unknown at compile time: assume the strongest
  }

  private static AtomicOrdering fromBody(Function callee, Value order) {
    if (callee == null || callee.isDeclaration() || !(order instanceof ConstantInt k)) {
      return null;
    }
    for (Instruction i : callee.entryBlock().instructions()) {
      if (i instanceof SwitchInst s) {
        BasicBlock dest = s.defaultDest();
        for (int c = 2; c < s.numOperands(); c += 2) {
          if (s.operand(c) instanceof ConstantInt v && v.longValue() == k.longValue()) {
            dest = (BasicBlock) s.operand(c + 1);
          }
        }
        for (Instruction d : dest.instructions()) {
          if (d instanceof LoadInst l && l.isAtomic()) {
            return l.ordering();
          }
        }
        return null;
      }
    }
    return null;
  }
}
