// What the dominator and post-dominator trees share: the nodes, dominance queries answered by
// DFS numbers, and the printer of opt-19's print<domtree> / print<postdomtree> layout.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

public abstract class DomTreeBase {
  private final Function function;
  private final Map<BasicBlock, DomTreeNode> nodes = new IdentityHashMap<>();
  private final DomTreeNode root;
  private final List<BasicBlock> roots;
  private final List<DomTreeNode> preorder = new ArrayList<>();
  private final List<DomTreeNode> postorder = new ArrayList<>();

  /**
   * Builds the tree from a graph over {@code blocks}, where graph node 0 is the root: blocks[0]
   * for dominators, or null (the virtual exit) for post-dominators.
   */
  DomTreeBase(Function function, List<BasicBlock> blocks, int[][] edges, List<BasicBlock> roots) {
    this.function = function;
    this.roots = List.copyOf(roots);
    DomTreeBuilder.Result r = DomTreeBuilder.build(edges);
    DomTreeNode[] byIndex = new DomTreeNode[edges.length];
    for (int v : r.preorder()) {
      DomTreeNode parent = v == 0 ? null : byIndex[r.idom()[v]];
      byIndex[v] = new DomTreeNode(blocks.get(v), parent);
      if (blocks.get(v) != null) {
        nodes.put(blocks.get(v), byIndex[v]);
      }
    }
    this.root = byIndex[0];
    numberDepthFirst();
  }

  /** Numbers the nodes as LLVM's updateDFSNumbers; collects pre and post order on the way. */
  private void numberDepthFirst() {
    int counter = 0;
    List<DomTreeNode> stack = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    root.dfsIn = counter++;
    preorder.add(root);
    stack.add(root);
    next.add(0);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      DomTreeNode n = stack.get(top);
      int k = next.get(top);
      if (k < n.children().size()) {
        next.set(top, k + 1);
        DomTreeNode c = n.children().get(k);
        c.dfsIn = counter++;
        preorder.add(c);
        stack.add(c);
        next.add(0);
      } else {
        n.dfsOut = counter++;
        postorder.add(n);
        stack.remove(top);
        next.remove(top);
      }
    }
  }

  /** The nodes, each before its children (children in order). */
  public List<DomTreeNode> preorder() {
    return Collections.unmodifiableList(preorder);
  }

  /** The nodes, each after its children (children in order). */
  public List<DomTreeNode> postorder() {
    return Collections.unmodifiableList(postorder);
  }

  public Function function() {
    return function;
  }

  public DomTreeNode rootNode() {
    return root;
  }

  /** The roots as LLVM lists them: the entry, or the post-dominator tree's exits. */
  public List<BasicBlock> roots() {
    return roots;
  }

  /** The node of b, or null when b is not in the tree (unreachable from the entry). */
  public DomTreeNode node(BasicBlock b) {
    return nodes.get(b);
  }

  public boolean contains(BasicBlock b) {
    return nodes.containsKey(b);
  }

  /** The immediate dominator, or null for a root, a child of the virtual exit, or no node. */
  public BasicBlock idom(BasicBlock b) {
    DomTreeNode n = nodes.get(b);
    return n == null || n.idom() == null ? null : n.idom().block();
  }

  /** The blocks b immediately dominates, in tree order. */
  public List<BasicBlock> children(BasicBlock b) {
    DomTreeNode n = nodes.get(b);
    List<BasicBlock> out = new ArrayList<>();
    if (n != null) {
      for (DomTreeNode c : n.children()) {
        out.add(c.block());
      }
    }
    return out;
  }

  /**
   * Whether a dominates b, as LLVM answers it: every block dominates itself, a block outside the
   * tree is dominated by everything and dominates nothing else.
   */
  public boolean dominates(BasicBlock a, BasicBlock b) {
    if (a == b) {
      return true;
    }
    DomTreeNode nb = nodes.get(b);
    if (nb == null) {
      return true;
    }
    DomTreeNode na = nodes.get(a);
    return na != null && na.dominates(nb);
  }

  public boolean properlyDominates(BasicBlock a, BasicBlock b) {
    return a != b && dominates(a, b);
  }

  /** The nearest block dominating both, or null (not in the tree, or only the virtual exit). */
  public BasicBlock findNearestCommonDominator(BasicBlock a, BasicBlock b) {
    DomTreeNode na = nodes.get(a);
    DomTreeNode nb = nodes.get(b);
    if (na == null || nb == null) {
      return null;
    }
    while (!na.dominates(nb)) {
      na = na.idom();
    }
    return na.block();
  }

  /** opt-19's layout; DFS numbers printed as LLVM leaves them (invalid) unless asked for. */
  public String print(boolean dfsNumbers) {
    BlockNames names = new BlockNames(function);
    StringBuilder sb = new StringBuilder();
    sb.append("=============================--------------------------------\n");
    sb.append(this instanceof PostDominatorTree ? "Inorder PostDominator Tree: "
        : "Inorder Dominator Tree: ");
    sb.append(dfsNumbers ? "" : "DFSNumbers invalid: 0 slow queries.").append('\n');
    for (DomTreeNode n : preorder) {
      int depth = n.level() + 1;
      sb.append("  ".repeat(depth)).append('[').append(depth).append("] ");
      sb.append(n.block() == null ? " <<exit node>>" : names.of(n.block()));
      String in = dfsNumbers ? Integer.toString(n.dfsIn()) : "4294967295";
      String out = dfsNumbers ? Integer.toString(n.dfsOut()) : "4294967295";
      sb.append(" {").append(in).append(',').append(out).append("} [").append(n.level())
          .append("]\n");
    }
    sb.append("Roots: ");
    for (BasicBlock r : roots) {
      sb.append(names.of(r)).append(' ');
    }
    return sb.append('\n').toString();
  }
}
