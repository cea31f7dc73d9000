// The first thing LLVM's SROA does to rustc's unoptimised output, and all irscope models of it:
// an alloca that is only ever written (rustc's `%x.dbg.spill` slots, which exist so a debugger
// can find an argument) is deleted with its stores and lifetime markers, and each
// #dbg_declare(ptr %slot, ...) becomes #dbg_value(<stored value>, ...) when one store fills the
// slot with an argument or constant (it is dropped otherwise), as ConvertDebugDeclareToDebugValue
// does. This runs before
// function-attrs in LLVM's pipeline, which is why rustc -O3 marks `%a` readonly captures(none)
// although the unoptimised IR stores it to a spill slot. Allocas that are read, escape, or are
// written through a GEP are left to a real SROA, which irscope does not model; wouldPromote
// says which of them it would turn into SSA values (for the passes that must not count their
// stores as side effects).
package dev.irscope.transform;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import java.util.ArrayList;
import java.util.List;

public final class SroaPass {
  private SroaPass() {}

  /** Deletes the write-only allocas of {@code f}; returns how many. */
  public static int run(Function f) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return 0;
    }
    int n = 0;
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : new ArrayList<>(b.instructions())) {
        if (i instanceof AllocaInst a && deleteIfWriteOnly(f, a)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Whether the real SROA would turn {@code a} into SSA values: every use, directly or through
   * getelementptrs with constant indices, is a simple (neither volatile nor atomic) load or
   * store of the slot (not a store of its address) or a lifetime marker. In LLVM's pipeline the
   * loop passes run after SROA, so they never see such a slot's stores.
   */
  static boolean wouldPromote(AllocaInst a) {
    return onlySimpleAccesses(a, 0);
  }

  private static boolean onlySimpleAccesses(Value p, int depth) {
    for (Use u : p.uses()) {
      User user = u.user();
      boolean ok;
      if (user instanceof LoadInst l) {
        ok = !l.isVolatile() && !l.isAtomic();
      } else if (user instanceof StoreInst s) {
        ok = s.pointer() == p && s.operand(0) != p && !s.isVolatile() && !s.isAtomic();
      } else if (user instanceof CallBase c) {
        ok = isLifetimeMarker(c);
      } else if (user instanceof GetElementPtrInst g) {
        ok = depth < 8 && g.operand(0) == p
            && g.operands().stream().skip(1).allMatch(v -> v instanceof ConstantInt)
            && onlySimpleAccesses(g, depth + 1);
      } else {
        ok = false;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A call of llvm.lifetime.start or llvm.lifetime.end. */
  static boolean isLifetimeMarker(CallBase c) {
    return c.calledFunction() != null && c.calledFunction().name().startsWith("llvm.lifetime.");
  }

  private static boolean deleteIfWriteOnly(Function f, AllocaInst a) {
    List<Instruction> users = new ArrayList<>();
    Value stored = null;
    int stores = 0;
    for (Use u : a.uses()) {
      if (u.user() instanceof StoreInst s && s.pointer() == a && s.operand(0) != a
          && !s.isVolatile() && !s.isAtomic()) {
        stored = s.operand(0);
        stores++;
      } else if (!(u.user() instanceof CallBase c && isLifetimeMarker(c))) {
        return false;
      }
      users.add((Instruction) u.user());
    }
    Value only = stores == 1 && !(stored instanceof Instruction) ? stored : null;
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : b.instructions()) {
        rewriteRecords(i, a, only);
      }
    }
    for (Instruction u : users) {
      moveRecordsToNext(u);
      u.dropAllReferences();
      u.parent().remove(u);
    }
    moveRecordsToNext(a);
    a.parent().remove(a);
    return true;
  }

  /** Records that named the slot now name the value stored in it, or go. */
  private static void rewriteRecords(Instruction i, AllocaInst a, Value stored) {
    List<DebugRecord> records = i.debugRecords();
    boolean mentions = records.stream().anyMatch(r -> names(r, a));
    if (!mentions) {
      return;
    }
    List<DebugRecord> kept = new ArrayList<>();
    for (DebugRecord r : i.takeDebugRecords()) {
      if (!names(r, a)) {
        kept.add(r);
      } else if (stored != null && r.kind().equals("declare")) {
        List<Metadata> args = new ArrayList<>(r.args());
        args.set(0, new ValueAsMetadata(stored));
        kept.add(new DebugRecord("value", args, r.line(), r.column()));
      }
    }
    kept.forEach(i::addDebugRecord);
  }

  private static boolean names(DebugRecord r, AllocaInst a) {
    return !r.args().isEmpty() && r.args().get(0) instanceof ValueAsMetadata v && v.value() == a;
  }

  /** Keeps the records before a deleted instruction by moving them to the next one. */
  private static void moveRecordsToNext(Instruction i) {
    List<DebugRecord> records = i.takeDebugRecords();
    if (records.isEmpty()) {
      return;
    }
    List<Instruction> list = i.parent().instructions();
    Instruction next = list.get(list.indexOf(i) + 1);
    List<DebugRecord> after = next.takeDebugRecords();
    records.forEach(next::addDebugRecord);
    after.forEach(next::addDebugRecord);
  }
}
