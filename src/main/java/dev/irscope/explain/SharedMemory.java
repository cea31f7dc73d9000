// What memory a load in a loop reads, as far as the function shows: the object its address
// comes from (an argument, a global, a stack slot, or something the function cannot see
// through) and whether anyone else could write it while the loop runs. A stack slot that never
// escapes, a constant global and a `noalias readonly` argument (rustc's `&T` when T has no
// interior mutability) cannot change behind the loop's back; everything else may.
package dev.irscope.explain;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;

record SharedMemory(boolean shared, String description) {

  /**
   * What {@code l} reads, in loop {@code loop} (null: outside any loop); null for a stack slot
   * whose address never escapes, which SROA turns into a register, and for one the loop fills
   * itself in each iteration (a temporary, such as a MutexGuard): neither is polled memory.
   */
  static SharedMemory of(LoadInst l, Loop loop) {
    Value obj = UnderlyingObject.of(l.pointer(), null);
    if (obj instanceof Argument a) {
      Function f = a.parent();
      boolean noalias = f.paramAttributes(a.index()).has("noalias");
      boolean readonly = f.paramAttributes(a.index()).has("readonly");
      if (noalias && readonly) {
        return new SharedMemory(false, "memory behind argument " + a + ", which is"
            + " noalias readonly: nobody writes it while the function runs (rustc's `&T` for a"
            + " T without interior mutability)");
      }
      return new SharedMemory(true, "memory behind argument " + a
          + (noalias ? "" : " (not noalias: other code may hold and write the same memory,"
              + " which is how rustc passes `&T` when T has interior mutability)"));
    }
    if (obj instanceof GlobalVariable g) {
      return g.isConstant() ? new SharedMemory(false, "constant global @" + g.name())
          : new SharedMemory(true, "global @" + g.name() + " (a mutable static)");
    }
    if (obj instanceof AllocaInst a) {
      if (!escapes(a)) {
        return null;
      }
      return loop != null && writerInLoop(a, loop) != null ? null
          : new SharedMemory(true, "stack slot " + a + ", whose address escapes"
              + " (another thread or callee may hold it)");
    }
    String from = obj instanceof Instruction i ? " (from `" + i.toIrString().trim() + "`)" : "";
    return new SharedMemory(true, "memory at " + obj + from + ", which the function cannot"
        + " see the owner of");
  }

  /** A store or call in the loop that is given the slot's address (it writes it), or null. */
  private static Instruction writerInLoop(Value slot, Loop loop) {
    for (Use u : slot.uses()) {
      if (u.user() instanceof Instruction i && i.parent() != null && loop.contains(i.parent())
          && ((i instanceof StoreInst s && s.pointer() == slot) || i instanceof CallBase)) {
        return i;
      }
      if (u.user() instanceof GetElementPtrInst g) {
        Instruction w = writerInLoop(g, loop);
        if (w != null) {
          return w;
        }
      }
    }
    return null;
  }

  /** Whether the slot's address is used other than to load from or store to it. */
  private static boolean escapes(Value v) {
    for (Use u : v.uses()) {
      Object user = u.user();
      if (user instanceof LoadInst) {
        continue;
      }
      if (user instanceof StoreInst s && s.pointer() == v && s.operand(0) != v) {
        continue;
      }
      if (user instanceof GetElementPtrInst g) {
        if (escapes(g)) {
          return true;
        }
        continue;
      }
      if (user instanceof CallBase c && c.calledFunction() != null
          && c.calledFunction().name().startsWith("llvm.lifetime.")) {
        continue;
      }
      return true;
    }
    return false;
  }
}
