// Which call sites LLVM's inliner treats as cold without profile data: those whose block runs
// less than 2% as often as the caller's entry by BlockFrequencyInfo. irscope takes the two
// branch-probability heuristics that push a block that far down: blocks from which every path
// ends in unreachable (a panic or abort path: BPI weighs such edges 1 : 2^20 - 1) and blocks
// only entered by unwinding (landing pads and the cleanup code they lead to); the entry block
// itself is never cold.
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.UnreachableInst;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class ColdCallSites {
  private ColdCallSites() {}

  static boolean isCold(CallBase call) {
    Function f = call.function();
    BasicBlock b = call.parent();
    if (b == f.entryBlock()) {
      return false;
    }
    Set<BasicBlock> toUnreachable = endInUnreachable(f);
    return (toUnreachable.contains(b) && !toUnreachable.contains(f.entryBlock()))
        || enteredByUnwinding(f).contains(b);
  }

  /** Blocks ending in unreachable, and those whose successors all are such blocks. */
  private static Set<BasicBlock> endInUnreachable(Function f) {
    Set<BasicBlock> out = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (BasicBlock b : f.blocks()) {
        if (out.contains(b)) {
          continue;
        }
        List<BasicBlock> succs = b.successors();
        boolean cold = b.terminator() instanceof UnreachableInst
            || (!succs.isEmpty() && out.containsAll(succs));
        if (cold) {
          out.add(b);
          changed = true;
        }
      }
    }
    return out;
  }

  /** EH pads reached by unwind edges, and blocks whose predecessors all are such blocks. */
  private static Set<BasicBlock> enteredByUnwinding(Function f) {
    Map<BasicBlock, Set<BasicBlock>> preds = new HashMap<>();
    for (BasicBlock b : f.blocks()) {
      for (BasicBlock s : b.successors()) {
        preds.computeIfAbsent(s, k -> new HashSet<>()).add(b);
      }
    }
    Set<BasicBlock> out = new HashSet<>();
    for (BasicBlock b : f.blocks()) {
      if (!b.instructions().isEmpty() && isPad(b.instructions().get(0))) {
        out.add(b);
      }
    }
    boolean changed = !out.isEmpty();
    while (changed) {
      changed = false;
      for (BasicBlock b : f.blocks()) {
        Set<BasicBlock> p = preds.get(b);
        if (b != f.entryBlock() && !out.contains(b) && p != null && out.containsAll(p)) {
          out.add(b);
          changed = true;
        }
      }
    }
    return out;
  }

  private static boolean isPad(Instruction i) {
    return i.opcode() == Opcode.LANDINGPAD || i.opcode() == Opcode.CLEANUPPAD
        || i.opcode() == Opcode.CATCHPAD || i.opcode() == Opcode.CATCHSWITCH;
  }
}
