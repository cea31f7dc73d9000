// Which instructions write the place a read reads: in the loop itself (then the loop waits for
// its own writes, not for another thread's: a counter, a Cell counted down, which no rule
// flags), and elsewhere in the module (the writer a finding points to). Two pointers are the same
// place when they strip to the same base at the same constant offset; a writer elsewhere is
// found for a static (the same global and offset) and, from debug info, for a field (a store
// to the same field path of the same Rust type).
package dev.irscope.lint;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.analysis.PointerOffsets.Based;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import dev.irscope.rust.RecoveredType;
import dev.irscope.transform.MemLoc;

final class Places {
  private Places() {}

  /** The base and constant offset of {@code pointer}. */
  static Based based(Value pointer, DataLayout dl) {
    return PointerOffsets.strip(pointer, dl, true, false, c -> null);
  }

  /** Whether something in {@code loop} stores to the place {@code pointer} points to. */
  static boolean loopWrites(Loop loop, Value pointer, DataLayout dl) {
    Based place = based(pointer, dl);
    for (BasicBlock b : loop.blocks()) {
      for (Instruction i : b.instructions()) {
        Value p = written(i);
        if (p != null && based(p, dl).equals(place)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A store to the place {@code r} reads outside its loop, or null when none is known. */
  static Instruction writer(PolledRead r, SharedPlace place, LintContext ctx) {
    DataLayout dl = ctx.layout();
    Based at = based(r.pointer(), dl);
    RecoveredType type = place.type();
    boolean field = type != null && !type.path().isEmpty();
    if (!(at.base() instanceof GlobalVariable) && !field) {
      return null;
    }
    for (Function f : ctx.module().functions()) {
      for (Instruction i : f.instructions()) {
        Value p = written(i);
        if (p == null || r.loop().contains(i)) {
          continue;
        }
        if (at.base() instanceof GlobalVariable ? based(p, dl).equals(at)
            : sameField(ctx.types().access(i), type)) {
          return i;
        }
      }
    }
    return null;
  }

  private static boolean sameField(RecoveredType w, RecoveredType r) {
    return w != null && w.pointeeName().equals(r.pointeeName()) && w.path().size()
        == r.path().size() && w.path().toString().equals(r.path().toString());
  }

  /** The pointer {@code i} writes through, or null when it writes no memory it names. */
  private static Value written(Instruction i) {
    if (i instanceof StoreInst || i instanceof AtomicRMWInst || i instanceof AtomicCmpXchgInst) {
      MemLoc loc = MemLoc.of(i);
      return loc == null ? null : loc.pointer();
    }
    return null;
  }
}
