// Block dominance for the verifier: the iterative algorithm of Cooper, Harvey and Kennedy ("A
// Simple, Fast Dominance Algorithm") over the blocks reachable from the entry. The analysis
// layer has the full DominatorTree; the model cannot depend on it, so the verifier keeps this
// minimal form.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class Dominance {
  private final Map<BasicBlock, Integer> order = new IdentityHashMap<>(); // reverse postorder
  private final int[] idom;

  Dominance(Function f) {
    List<BasicBlock> rpo = reversePostorder(f);
    for (int i = 0; i < rpo.size(); i++) {
      order.put(rpo.get(i), i);
    }
    Map<BasicBlock, List<BasicBlock>> preds = new IdentityHashMap<>();
    for (BasicBlock b : rpo) {
      Instruction t = b.terminator();
      if (t != null) {
        for (BasicBlock s : t.successors()) {
          preds.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
        }
      }
    }
    idom = new int[rpo.size()];
    java.util.Arrays.fill(idom, -1);
    if (rpo.isEmpty()) {
      return;
    }
    idom[0] = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 1; i < rpo.size(); i++) {
        int newIdom = -1;
        for (BasicBlock p : preds.getOrDefault(rpo.get(i), List.of())) {
          Integer pi = order.get(p);
          if (pi == null || idom[pi] < 0) {
            continue;
          }
          newIdom = newIdom < 0 ? pi : intersect(pi, newIdom);
        }
        if (newIdom >= 0 && idom[i] != newIdom) {
          idom[i] = newIdom;
          changed = true;
        }
      }
    }
  }

  private int intersect(int a, int b) {
    while (a != b) {
      while (a > b) {
        a = idom[a];
      }
      while (b > a) {
        b = idom[b];
      }
    }
    return a;
  }

  private static List<BasicBlock> reversePostorder(Function f) {
    List<BasicBlock> post = new ArrayList<>();
    Map<BasicBlock, Boolean> seen = new IdentityHashMap<>();
    if (f.entryBlock() == null) {
      return post;
    }
    // iterative DFS: stack of (block, next successor index)
    List<BasicBlock> stack = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    stack.add(f.entryBlock());
    next.add(0);
    seen.put(f.entryBlock(), true);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      BasicBlock b = stack.get(top);
      Instruction t = b.terminator();
      List<BasicBlock> succ = t == null ? List.of() : t.successors();
      int k = next.get(top);
      if (k < succ.size()) {
        next.set(top, k + 1);
        BasicBlock s = succ.get(k);
        if (s != null && seen.put(s, true) == null) {
          stack.add(s);
          next.add(0);
        }
      } else {
        post.add(b);
        stack.remove(top);
        next.remove(top);
      }
    }
    java.util.Collections.reverse(post);
    return post;
  }

  boolean isReachable(BasicBlock b) {
    return order.containsKey(b);
  }

  /** Whether block a dominates block b (both reachable). */
  boolean dominates(BasicBlock a, BasicBlock b) {
    Integer ai = order.get(a);
    Integer bi = order.get(b);
    if (ai == null || bi == null) {
      return true; // unreachable code: nothing to check
    }
    int x = bi;
    while (x != ai && x != 0) {
      x = idom[x];
    }
    return x == ai;
  }
}
