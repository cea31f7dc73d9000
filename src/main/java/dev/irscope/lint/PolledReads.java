// The reads of memory whose value decides whether a loop exits. A read's value is followed
// through the instructions of the loop that compute with it (compares, casts, calls that take
// it) to a conditional branch or switch that leaves the loop; rustc's unoptimized locals are
// followed too: a value stored into a stack slot reaches the loads of that slot in the loop and
// the calls given the slot (`PartialEq::ne(&a, &b)`), as read_volatile's result and generic
// comparisons travel. Reads of stack slots themselves are locals, not polled memory, and a
// polled read reads the same place in every iteration: its address is loop-invariant (made
// outside the loop, or inside it from invariant values by GEPs, casts and loads of invariant
// addresses, as rustc reloads `self.inner` each time); a loop that walks memory (a list, an
// error returned by a call in the loop) polls nothing. Reads are loads and, before inlining,
// calls to core::sync::atomic::atomic_load (AtomicCalls).
package dev.irscope.lint;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class PolledReads {
  private PolledReads() {}

  private static final int MAX_STEPS = 256;
  private static final int MAX_DEPTH = 16;

  /** The polled reads of {@code loop}, in block order. */
  public static List<PolledRead> of(Loop loop) {
    List<PolledRead> out = new ArrayList<>();
    for (BasicBlock b : loop.blocks()) {
      for (Instruction i : b.instructions()) {
        PolledRead r = read(loop, i);
        if (r != null && decidesExit(i, loop)) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** {@code i} as a read of memory that is not a stack slot, or null. */
  static PolledRead read(Loop loop, Instruction i) {
    Value pointer;
    PolledRead.Kind kind;
    AtomicOrdering ordering = AtomicCalls.loadOrdering(i);
    if (i instanceof LoadInst l) {
      pointer = l.pointer();
      kind = l.isVolatile() ? PolledRead.Kind.VOLATILE
          : l.isAtomic() ? PolledRead.Kind.ATOMIC : PolledRead.Kind.PLAIN;
    } else if (AtomicCalls.isAtomicLoadCall(i)) {
      pointer = ((CallBase) i).arg(0);
      kind = PolledRead.Kind.ATOMIC;
    } else {
      return null;
    }
    return isStackSlot(pointer) || !invariant(pointer, loop, 0) ? null
        : new PolledRead(loop, i, pointer, kind, ordering);
  }

  /** Whether {@code v} has the same value in every iteration of {@code loop}. */
  static boolean invariant(Value v, Loop loop, int depth) {
    if (!(v instanceof Instruction i) || i.parent() == null || !loop.contains(i)) {
      return true;
    }
    if (depth > MAX_DEPTH || i instanceof PhiInst || i instanceof CallBase
        || (i instanceof LoadInst l && (l.isVolatile() || l.isAtomic()))) {
      return false;
    }
    if (!(i instanceof LoadInst || i instanceof GetElementPtrInst || i instanceof CastInst)
        || (i instanceof LoadInst l && isStackSlot(l.pointer()) && slotWrittenIn(l.pointer(), loop))) {
      return false;
    }
    for (Value op : i.operands()) {
      if (!invariant(op, loop, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code pointer} points into an alloca of the function. */
  public static boolean isStackSlot(Value pointer) {
    return UnderlyingObject.of(pointer, c -> null) instanceof AllocaInst;
  }

  /** Whether an instruction of {@code loop} stores to the slot or is given its address. */
  private static boolean slotWrittenIn(Value pointer, Loop loop) {
    Deque<Value> work = new ArrayDeque<>(List.of(UnderlyingObject.of(pointer, c -> null)));
    Set<Value> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (!seen.add(v)) {
        continue;
      }
      for (Use u : v.uses()) {
        if (!(u.user() instanceof Instruction i) || i.parent() == null) {
          continue;
        }
        if (i instanceof GetElementPtrInst || i instanceof CastInst) {
          work.push(i);
        } else if (loop.contains(i) && ((i instanceof StoreInst s && s.pointer() == v)
            || (i instanceof CallBase c && !isLifetimeMarker(c)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLifetimeMarker(CallBase c) {
    return c.calledFunction() != null && c.calledFunction().name().startsWith("llvm.lifetime.");
  }

  /** Whether the value of {@code read} flows, inside the loop, into an exiting branch. */
  static boolean decidesExit(Instruction read, Loop loop) {
    Deque<Value> work = new ArrayDeque<>(List.of(read));
    Set<Value> seen = new HashSet<>();
    for (int steps = 0; !work.isEmpty() && steps < MAX_STEPS; steps++) {
      Value v = work.pop();
      if (!seen.add(v)) {
        continue;
      }
      for (Use u : v.uses()) {
        if (!(u.user() instanceof Instruction ui) || ui.parent() == null || !loop.contains(ui)) {
          continue;
        }
        if ((ui instanceof BranchInst || ui instanceof SwitchInst)
            && loop.isLoopExiting(ui.parent())) {
          return true;
        }
        if (ui instanceof StoreInst s) {
          if (s.value() == v && isStackSlot(s.pointer())) {
            work.addAll(slotReaders(s.pointer(), loop));
          }
        } else if (ui.hasResult()) {
          work.push(ui);
        }
      }
    }
    return false;
  }

  /** The loads of a stack slot in the loop, and the calls in it that are given the slot. */
  private static List<Instruction> slotReaders(Value slot, Loop loop) {
    List<Instruction> out = new ArrayList<>();
    for (Use u : slot.uses()) {
      if (u.user() instanceof Instruction i && i.parent() != null && loop.contains(i)
          && (i instanceof LoadInst || (i instanceof CallBase && i.hasResult()))) {
        out.add(i);
      }
    }
    return out;
  }
}
