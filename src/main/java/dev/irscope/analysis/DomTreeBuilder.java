// Computes immediate dominators over a graph of int nodes rooted at node 0 with the iterative
// algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm"): walk the nodes
// in reverse post order and set each node's idom to the intersection of its processed
// predecessors' idoms, until nothing changes. The intersection climbs the current tree by
// post-order number. The depth-first walk visits edges in the order given, so its preorder is
// LLVM's DFS order (SemiNCA numbers nodes the same way), which fixes the order of tree children.
package dev.irscope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class DomTreeBuilder {
  /** Nodes in DFS preorder (reached nodes only) and idom per node (-1: not reached). */
  record Result(int[] preorder, int[] idom) {}

  private DomTreeBuilder() {}

  /** succ[v]: the edges out of v in the direction of dominance, in visiting order. */
  static Result build(int[][] succ) {
    int n = succ.length;
    int[] po = new int[n];
    Arrays.fill(po, -1);
    int[] pre = new int[n];
    int preCount = 0;
    int[] byPost = new int[n];
    int postCount = 0;
    boolean[] seen = new boolean[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    int top = 0;
    seen[0] = true;
    pre[preCount++] = 0;
    while (top >= 0) {
      int v = stack[top];
      if (next[top] < succ[v].length) {
        int w = succ[v][next[top]++];
        if (!seen[w]) {
          seen[w] = true;
          pre[preCount++] = w;
          stack[++top] = w;
          next[top] = 0;
        }
      } else {
        po[v] = postCount;
        byPost[postCount++] = v;
        top--;
      }
    }
    List<List<Integer>> preds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      preds.add(new ArrayList<>(2));
    }
    for (int v = 0; v < n; v++) {
      if (seen[v]) {
        for (int w : succ[v]) {
          preds.get(w).add(v);
        }
      }
    }
    int[] idom = new int[n];
    Arrays.fill(idom, -1);
    idom[0] = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = postCount - 2; k >= 0; k--) {
        int v = byPost[k];
        int newIdom = -1;
        for (int p : preds.get(v)) {
          if (idom[p] >= 0) {
            newIdom = newIdom < 0 ? p : intersect(p, newIdom, idom, po);
          }
        }
        if (newIdom != idom[v]) {
          idom[v] = newIdom;
          changed = true;
        }
      }
    }
    return new Result(Arrays.copyOf(pre, preCount), idom);
  }

  private static int intersect(int a, int b, int[] idom, int[] po) {
    while (a != b) {
      while (po[a] < po[b]) {
        a = idom[a];
      }
      while (po[b] < po[a]) {
        b = idom[b];
      }
    }
    return a;
  }
}
