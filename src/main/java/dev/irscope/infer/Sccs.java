// Strongly connected components of a graph given as a map from node to successors (the call
// graph of a module, the argument graph of one SCC), successors' components first, by Tarjan's
// algorithm; iterative, so deep graphs do not overflow the stack.
package dev.irscope.infer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class Sccs<T> {
  private final Map<T, List<T>> graph;
  private final Map<T, Integer> index = new HashMap<>();
  private final Map<T, Integer> low = new HashMap<>();
  private final Deque<T> stack = new ArrayDeque<>();
  private final java.util.Set<T> onStack = new java.util.HashSet<>();
  private final List<List<T>> out = new ArrayList<>();

  private Sccs(Map<T, List<T>> graph) {
    this.graph = graph;
  }

  static <T> List<List<T>> of(Map<T, List<T>> graph) {
    Sccs<T> t = new Sccs<>(graph);
    for (T a : graph.keySet()) {
      if (!t.index.containsKey(a)) {
        t.visit(a);
      }
    }
    return t.out;
  }

  private void visit(T root) {
    Deque<Object[]> frames = new ArrayDeque<>();
    enter(root);
    frames.push(new Object[] {root, 0});
    while (!frames.isEmpty()) {
      Object[] fr = frames.peek();
      @SuppressWarnings("unchecked")
      T a = (T) fr[0];
      List<T> succ = graph.getOrDefault(a, List.of());
      int k = (Integer) fr[1];
      if (k < succ.size()) {
        fr[1] = k + 1;
        T b = succ.get(k);
        if (!index.containsKey(b)) {
          enter(b);
          frames.push(new Object[] {b, 0});
        } else if (onStack.contains(b)) {
          low.put(a, Math.min(low.get(a), index.get(b)));
        }
        continue;
      }
      frames.pop();
      if (!frames.isEmpty()) {
        @SuppressWarnings("unchecked")
        T parent = (T) frames.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(a)));
      }
      if (low.get(a).equals(index.get(a))) {
        List<T> comp = new ArrayList<>();
        T b;
        do {
          b = stack.pop();
          onStack.remove(b);
          comp.add(b);
        } while (b != a);
        out.add(comp);
      }
    }
  }

  private void enter(T a) {
    index.put(a, index.size());
    low.put(a, index.get(a));
    stack.push(a);
    onStack.add(a);
  }
}
