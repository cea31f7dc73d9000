// willreturn (spec B4, LLVM's functionWillReturn), per exact function: either it is
// mustprogress and only reads memory, or its CFG has no cycle and every instruction will return
// (a volatile store does not, a call only if willreturn).
package dev.irscope.infer;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.StoreInst;
import java.util.HashMap;
import java.util.Map;

final class WillReturnInference {
  private WillReturnInference() {}

  static void run(SccContext scc) {
    for (Function f : scc.functions) {
      FunctionState s = scc.state(f);
      if (!f.hasExactDefinition() || s.has("willreturn")) {
        continue;
      }
      if (s.has("mustprogress") && s.memoryOrUnknown().onlyReadsMemory()) {
        s.add("willreturn");
        scc.remark(f, "WillReturnInferred", "willreturn", true, "willreturn: " + Places.of(f)
            + " is mustprogress and only reads memory", null);
        continue;
      }
      Instruction cycle = backEdge(f);
      if (cycle != null) {
        scc.remark(f, "WillReturnLoop", "willreturn", false, "not willreturn: "
            + Places.of(cycle) + " closes a cycle, and " + Places.of(f)
            + " is not mustprogress and read-only", cycle);
        continue;
      }
      Instruction blocker = null;
      for (Instruction i : f.instructions()) {
        if ((i instanceof StoreInst st && st.isVolatile())
            || (i instanceof CallBase call && !scc.queries.fnHas(call, "willreturn"))) {
          blocker = i;
          break;
        }
      }
      if (blocker != null) {
        String why = blocker instanceof StoreInst ? "is a volatile store"
            : "is a call that is not willreturn";
        scc.remark(f, "WillReturnBlocked", "willreturn", false, "not willreturn: "
            + Places.of(blocker) + " " + why, blocker);
      } else {
        s.add("willreturn");
        scc.remark(f, "WillReturnInferred", "willreturn", true, "willreturn: " + Places.of(f)
            + " has no cycle and every instruction returns", null);
      }
    }
  }

  /** The terminator of a back edge in a depth-first walk from the entry, or null. */
  static Instruction backEdge(Function f) {
    if (f.blocks().isEmpty()) {
      return null;
    }
    Map<BasicBlock, Integer> state = new HashMap<>(); // 1 on stack, 2 done
    java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
    BasicBlock entry = f.entryBlock();
    state.put(entry, 1);
    stack.push(new Object[] {entry, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      BasicBlock b = (BasicBlock) top[0];
      int k = (Integer) top[1];
      Instruction term = b.instructions().isEmpty() ? null
          : b.instructions().get(b.instructions().size() - 1);
      java.util.List<BasicBlock> succ = term == null ? java.util.List.of() : term.successors();
      if (k < succ.size()) {
        top[1] = k + 1;
        BasicBlock s = succ.get(k);
        Integer st = state.get(s);
        if (st == null) {
          state.put(s, 1);
          stack.push(new Object[] {s, 0});
        } else if (st == 1) {
          return term;
        }
      } else {
        state.put(b, 2);
        stack.pop();
      }
    }
    return null;
  }
}
