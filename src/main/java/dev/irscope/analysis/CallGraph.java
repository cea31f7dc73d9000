// The call graph of a module: a node for every function (declarations too), an edge for every
// call site whose callee is a function (call, invoke, callbr; intrinsics included), and per
// function the call sites whose callee is unknown (an indirect call, inline asm, or a callee
// that is not plainly a function, such as an alias). Unlike LLVM's CallGraph there is no
// external node: unknown calls are listed, not turned into edges.
//
// sccsBottomUp() runs Tarjan's algorithm from each function in module order, callees in call
// order, so SCCs come out in post order (callees before callers), as LLVM's scc_iterator walks
// the call graph; within one SCC the functions keep module order.
package dev.irscope.analysis;

import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

public final class CallGraph {
  /** One call site and the function it calls. */
  public record CallEdge(CallBase call, Function callee) {}

  /** A function with its outgoing calls. */
  public static final class Node {
    private final Function function;
    private final List<CallEdge> calls = new ArrayList<>();
    private final List<CallBase> unknownCalls = new ArrayList<>();
    private final List<Function> callers = new ArrayList<>();

    Node(Function function) {
      this.function = function;
    }

    public Function function() {
      return function;
    }

    /** The direct call sites, in order. */
    public List<CallEdge> calls() {
      return Collections.unmodifiableList(calls);
    }

    /** The functions called directly, each once, in order of first call. */
    public List<Function> callees() {
      LinkedHashSet<Function> out = new LinkedHashSet<>();
      calls.forEach(e -> out.add(e.callee()));
      return List.copyOf(out);
    }

    /** The functions calling this one directly, each once, in module order. */
    public List<Function> callers() {
      return Collections.unmodifiableList(callers);
    }

    /** The call sites with an indirect or otherwise unknown callee (inline asm too). */
    public List<CallBase> unknownCalls() {
      return Collections.unmodifiableList(unknownCalls);
    }

    public boolean hasUnknownCall() {
      return !unknownCalls.isEmpty();
    }
  }

  /** A strongly connected component: functions in module order. */
  public record Scc(int index, List<Function> functions, boolean isSelfRecursive) {
    /** Whether a function of the SCC can call itself: several functions, or a self call. */
    public boolean isRecursive() {
      return functions.size() > 1 || isSelfRecursive;
    }
  }

  private final Module module;
  private final Map<Function, Node> nodes = new IdentityHashMap<>();
  private final List<Node> order = new ArrayList<>();

  private CallGraph(Module m) {
    this.module = m;
    for (Function f : m.functions()) {
      Node n = new Node(f);
      nodes.put(f, n);
      order.add(n);
    }
    for (Node n : order) {
      for (BasicBlock b : n.function.blocks()) {
        for (Instruction i : b.instructions()) {
          if (i instanceof CallBase c) {
            Function callee = c.calledFunction();
            if (callee != null && nodes.containsKey(callee)) {
              n.calls.add(new CallEdge(c, callee));
            } else {
              n.unknownCalls.add(c);
            }
          }
        }
      }
      for (Function callee : n.callees()) {
        nodes.get(callee).callers.add(n.function);
      }
    }
  }

  public static CallGraph of(Module m) {
    return new CallGraph(m);
  }

  public Module module() {
    return module;
  }

  /** The nodes, in module order. */
  public List<Node> nodes() {
    return Collections.unmodifiableList(order);
  }

  public Node node(Function f) {
    return nodes.get(f);
  }

  /** The SCCs, callees before callers (see the top of this file). */
  public List<Scc> sccsBottomUp() {
    return new Tarjan().run();
  }

  /** A Tarjan walk's frame: a function, its callees and the next callee to visit. */
  private record Frame(Function f, List<Function> callees, int[] next) {}

  private final class Tarjan {
    private final Map<Function, Integer> number = new IdentityHashMap<>();
    private final Map<Function, Integer> low = new IdentityHashMap<>();
    private final List<Function> stack = new ArrayList<>();
    private final Map<Function, Boolean> onStack = new IdentityHashMap<>();
    private final List<Scc> out = new ArrayList<>();

    List<Scc> run() {
      for (Node n : order) {
        if (!number.containsKey(n.function)) {
          visit(n.function);
        }
      }
      return out;
    }

    /** Tarjan's algorithm without recursion (call chains can be deep). */
    private void visit(Function root) {
      List<Frame> frames = new ArrayList<>();
      enter(root, frames);
      while (!frames.isEmpty()) {
        Frame top = frames.get(frames.size() - 1);
        if (top.next[0] < top.callees.size()) {
          Function w = top.callees.get(top.next[0]++);
          if (!number.containsKey(w)) {
            enter(w, frames);
          } else if (onStack.containsKey(w)) {
            low.put(top.f, Math.min(low.get(top.f), number.get(w)));
          }
          continue;
        }
        frames.remove(frames.size() - 1);
        if (!frames.isEmpty()) {
          Function parent = frames.get(frames.size() - 1).f;
          low.put(parent, Math.min(low.get(parent), low.get(top.f)));
        }
        if (low.get(top.f).equals(number.get(top.f))) {
          emit(top.f);
        }
      }
    }

    private void enter(Function f, List<Frame> frames) {
      number.put(f, number.size());
      low.put(f, number.get(f));
      stack.add(f);
      onStack.put(f, true);
      frames.add(new Frame(f, nodes.get(f).callees(), new int[1]));
    }

    private void emit(Function root) {
      List<Function> members = new ArrayList<>();
      Function w;
      do {
        w = stack.remove(stack.size() - 1);
        onStack.remove(w);
        members.add(w);
      } while (w != root);
      boolean self = members.size() == 1 && nodes.get(root).callees().contains(root);
      List<Function> inModuleOrder = new ArrayList<>();
      for (Node n : order) {
        if (members.contains(n.function)) {
          inModuleOrder.add(n.function);
        }
      }
      out.add(new Scc(out.size(), List.copyOf(inModuleOrder), self));
    }
  }

  /**
   * One line per SCC, bottom up ("scc 1: @a @b (recursive)"), then one line per selected
   * function with a body: its direct callees and "<unknown>" for unknown calls.
   */
  public String print(Predicate<Function> selected) {
    StringBuilder sb = new StringBuilder();
    for (Scc scc : sccsBottomUp()) {
      if (scc.functions().stream().noneMatch(selected)) {
        continue;
      }
      sb.append("scc ").append(scc.index()).append(':');
      scc.functions().forEach(f -> sb.append(' ').append(name(f)));
      sb.append(scc.isRecursive() ? " (recursive)" : "").append('\n');
    }
    for (Node n : order) {
      if (n.function.isDeclaration() || !selected.test(n.function)) {
        continue;
      }
      sb.append(name(n.function)).append(" ->");
      n.callees().forEach(f -> sb.append(' ').append(name(f)));
      sb.append(n.hasUnknownCall() ? " <unknown>" : "").append('\n');
    }
    return sb.toString();
  }

  private static String name(Function f) {
    AsmWriter w = new AsmWriter(null);
    w.operand(f);
    return w.toString();
  }
}
