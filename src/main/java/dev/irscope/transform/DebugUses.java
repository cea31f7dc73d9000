// Debug information that names values a transform deletes. An instruction's uses in debug
// records (#dbg_value(i32 %x, ...)) and in debug intrinsics (call @llvm.dbg.value(metadata i32
// %x, ...)) are metadata, not operands, so replaceAllUsesWith does not reach them; LLVM updates
// them on RAUW (ValueAsMetadata::handleRAUW) and, for a value deleted without a replacement,
// makes the location poison (salvageDebugInfo's kill location). This class does the same once,
// at the end: it remembers what replaced each deleted instruction and rewrites the records and
// intrinsic operands that still name one. The records attached before a deleted instruction
// move to the instruction after it, as LLVM's do.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.MetadataAsValue;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class DebugUses {
  private final Map<Instruction, Value> replacedBy = new IdentityHashMap<>();

  /**
   * Notes that {@code i}, still in its block, is about to be deleted, replaced by
   * {@code replacement} (null: none), and moves its debug records to the next instruction.
   */
  void deleting(Instruction i, Value replacement) {
    replacedBy.put(i, replacement);
    List<Instruction> insts = i.parent().instructions();
    int at = insts.indexOf(i);
    if (!i.debugRecords().isEmpty() && at + 1 < insts.size()) {
      Instruction next = insts.get(at + 1);
      List<DebugRecord> moved = new ArrayList<>(i.takeDebugRecords());
      moved.addAll(next.takeDebugRecords());
      moved.forEach(next::addDebugRecord);
    }
  }

  /** Rewrites the debug uses of deleted instructions in {@code f}. */
  void finish(Function f) {
    if (replacedBy.isEmpty()) {
      return;
    }
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : b.instructions()) {
        if (!i.debugRecords().isEmpty()) {
          rewriteRecords(i);
        }
        if (i instanceof CallBase c && c.calledFunction() != null
            && c.calledFunction().name().startsWith("llvm.dbg.")) {
          for (int k = 0; k < c.numOperands(); k++) {
            if (c.operand(k) instanceof MetadataAsValue mv) {
              Metadata m = rewrite(mv.metadata());
              if (m != mv.metadata()) {
                c.setOperand(k, new MetadataAsValue(m));
              }
            }
          }
        }
      }
    }
  }

  private void rewriteRecords(Instruction i) {
    boolean changed = false;
    List<DebugRecord> records = new ArrayList<>();
    for (DebugRecord r : i.debugRecords()) {
      List<Metadata> args = new ArrayList<>();
      for (Metadata m : r.args()) {
        args.add(rewrite(m));
      }
      boolean same = args.equals(r.args());
      changed |= !same;
      records.add(same ? r : new DebugRecord(r.kind(), args, r.line(), r.column()));
    }
    if (changed) {
      i.takeDebugRecords();
      records.forEach(i::addDebugRecord);
    }
  }

  private Metadata rewrite(Metadata m) {
    if (!(m instanceof ValueAsMetadata vm) || !(vm.value() instanceof Instruction i)
        || !replacedBy.containsKey(i)) {
      return m;
    }
    Value v = i;
    while (v instanceof Instruction gone && replacedBy.containsKey(gone)) {
      Value next = replacedBy.get(gone);
      v = next != null ? next : ConstantKeyword.get(gone.type(), ConstantKeyword.Kind.POISON);
    }
    return new ValueAsMetadata(v);
  }
}
