// Which defined functions LLVM's new pass manager visits: its CGSCC passes walk the LazyCallGraph,
// which holds only the functions reachable from the module's entry edges (LazyCallGraph's
// constructor and visitReferences):
//   - every defined function without local linkage (other modules may call it);
//   - the aliasee of every alias without local linkage;
//   - every function referenced, through constants, from a global variable's initializer;
// and, from each function reached, every defined function its instructions call or refer to
// through constant operands (walking into constant expressions, aggregates, aliases' aliasees and
// global variables' initializers, but not into blockaddress). An internal function referred to
// only by itself, or only through an internal alias nothing uses, is never visited, so
// -passes=function-attrs leaves it as it is.
package dev.irscope.analysis;

import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.Constant;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalAlias;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

public final class ReferenceGraph {
  private ReferenceGraph() {}

  /** The defined functions reachable from the module's entry edges. */
  public static Set<Function> reachableFunctions(Module m) {
    Set<Function> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Value> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Function> work = new ArrayDeque<>();
    for (GlobalValue g : m.globalValues()) {
      if (g instanceof Function f && !f.isDeclaration() && !f.hasLocalLinkage()) {
        enqueue(f, reached, work);
      } else if (g instanceof GlobalAlias a && !a.hasLocalLinkage() && !a.isIFunc()
          && a.target() instanceof Function f && !f.isDeclaration()) {
        enqueue(f, reached, work);
      } else if (g instanceof GlobalVariable gv && gv.initializer() != null) {
        references(gv.initializer(), visited, reached, work);
      }
    }
    while (!work.isEmpty()) {
      for (Instruction i : work.pop().instructions()) {
        for (int k = 0; k < i.numOperands(); k++) {
          references(i.operand(k), visited, reached, work);
        }
      }
    }
    return reached;
  }

  private static void references(Value root, Set<Value> visited, Set<Function> reached,
      Deque<Function> work) {
    if (!(root instanceof Constant) || !visited.add(root)) {
      return;
    }
    Deque<Value> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Value v = stack.pop();
      if (v instanceof Function f) {
        if (!f.isDeclaration()) {
          enqueue(f, reached, work);
        }
        continue;
      }
      if (v instanceof BlockAddress) {
        continue;
      }
      Value next = v instanceof GlobalVariable gv ? gv.initializer()
          : v instanceof GlobalAlias a ? a.target() : null;
      if (next != null && visited.add(next)) {
        stack.push(next);
      }
      if (v instanceof User u && !(v instanceof GlobalValue)) {
        for (int k = 0; k < u.numOperands(); k++) {
          Value op = u.operand(k);
          if (op instanceof Constant && visited.add(op)) {
            stack.push(op);
          }
        }
      }
    }
  }

  private static void enqueue(Function f, Set<Function> reached, Deque<Function> work) {
    if (reached.add(f)) {
      work.push(f);
    }
  }
}
