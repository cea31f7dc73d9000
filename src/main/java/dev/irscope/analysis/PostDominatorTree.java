// The post-dominator tree, built as LLVM 19 builds it, over every block of the function under a
// virtual exit node (printed "<<exit node>>"). Its children are the roots, found as LLVM's
// SemiNCAInfo::FindRoots finds them:
//   1. every block without successors (ret, unreachable, resume, ...), in function order; a
//      reverse walk from each marks the blocks that reach it;
//   2. while some block is unmarked (it reaches no exit: an infinite loop), take the first such
//      block in function order, walk forward from it over unmarked blocks (successors furthest
//      in the function first) and make the last block reached a root; mark what reaches it;
//   3. when step 2 added roots, drop a root that has successors if a forward walk from it meets
//      another root (the last root takes its place).
// The tree is then a reverse walk (predecessors in function order) from each root in turn.
// The result matches opt-19's print<postdomtree> when predecessor use lists are in textual
// order, as they are when LLVM parses a file without uselistorder directives.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

public final class PostDominatorTree extends DomTreeBase {
  private PostDominatorTree(Function f, List<BasicBlock> nodes, int[][] edges,
      List<BasicBlock> roots) {
    super(f, nodes, edges, roots);
  }

  public static PostDominatorTree of(Function f) {
    return of(Cfg.of(f));
  }

  public static PostDominatorTree of(Cfg cfg) {
    int n = cfg.blocks().size();
    int[][] preds = new int[n][];
    int[][] succs = new int[n][];
    for (int i = 0; i < n; i++) {
      BasicBlock b = cfg.blocks().get(i);
      preds[i] = DominatorTree.indices(cfg, cfg.predecessors(b));
      succs[i] = DominatorTree.indices(cfg, cfg.successors(b));
    }
    List<Integer> roots = findRoots(succs, preds);
    List<BasicBlock> nodes = new ArrayList<>(n + 1);
    nodes.add(null);
    nodes.addAll(cfg.blocks());
    int[][] edges = new int[n + 1][];
    edges[0] = roots.stream().mapToInt(r -> r + 1).toArray();
    for (int i = 0; i < n; i++) {
      edges[i + 1] = Arrays.stream(preds[i]).map(p -> p + 1).toArray();
    }
    List<BasicBlock> rootBlocks = roots.stream().map(cfg.blocks()::get).toList();
    return new PostDominatorTree(cfg.function(), nodes, edges, rootBlocks);
  }

  private static List<Integer> findRoots(int[][] succs, int[][] preds) {
    int n = succs.length;
    boolean[] seen = new boolean[n];
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (succs[i].length == 0) {
        roots.add(i);
        walk(i, v -> preds[v], seen);
      }
    }
    boolean nonTrivial = false;
    for (int i = 0; i < n; i++) {
      if (!seen[i]) {
        nonTrivial = true;
        List<Integer> forward = walk(i, v -> furthestFirst(succs[v]), seen.clone());
        int furthest = forward.get(forward.size() - 1);
        roots.add(furthest);
        walk(furthest, v -> preds[v], seen);
      }
    }
    if (nonTrivial) {
      removeRedundantRoots(roots, succs);
    }
    return roots;
  }

  private static int[] furthestFirst(int[] succ) {
    return Arrays.stream(succ).boxed().sorted(Comparator.reverseOrder()).mapToInt(x -> x)
        .toArray();
  }

  private static void removeRedundantRoots(List<Integer> roots, int[][] succs) {
    for (int i = 0; i < roots.size(); i++) {
      int root = roots.get(i);
      if (succs[root].length == 0) {
        continue;
      }
      List<Integer> reached = walk(root, v -> succs[v], new boolean[succs.length]);
      for (int x = 1; x < reached.size(); x++) {
        if (roots.contains(reached.get(x))) {
          roots.set(i, roots.get(roots.size() - 1));
          roots.remove(roots.size() - 1);
          i--;
          break;
        }
      }
    }
  }

  /** A depth-first walk from start over unseen nodes; marks them and returns them in preorder. */
  private static List<Integer> walk(int start, IntFunction<int[]> next, boolean[] seen) {
    List<Integer> pre = new ArrayList<>();
    if (seen[start]) {
      return pre;
    }
    List<int[]> stack = new ArrayList<>(); // {node, next edge}
    seen[start] = true;
    pre.add(start);
    stack.add(new int[] {start, 0});
    while (!stack.isEmpty()) {
      int[] top = stack.get(stack.size() - 1);
      int[] edges = next.apply(top[0]);
      if (top[1] < edges.length) {
        int w = edges[top[1]++];
        if (!seen[w]) {
          seen[w] = true;
          pre.add(w);
          stack.add(new int[] {w, 0});
        }
      } else {
        stack.remove(stack.size() - 1);
      }
    }
    return pre;
  }

  /**
   * Whether i1 post-dominates i2, as LLVM answers it: in one block, whether i1 comes no earlier
   * than i2 (two phis are unordered and answer false).
   */
  public boolean dominates(Instruction i1, Instruction i2) {
    if (i1.parent() != i2.parent()) {
      return dominates(i1.parent(), i2.parent());
    }
    if (i1 instanceof PhiInst && i2 instanceof PhiInst) {
      return false;
    }
    List<Instruction> insts = i1.parent().instructions();
    return DominatorTree.indexOf(insts, i1) >= DominatorTree.indexOf(insts, i2);
  }
}
