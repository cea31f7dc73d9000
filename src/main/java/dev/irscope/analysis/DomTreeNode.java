// One node of a (post)dominator tree: its block (null for the post-dominator tree's virtual exit
// node), immediate dominator, children in LLVM's order, level (the root is 0) and the DFS
// numbers in and out of LLVM's updateDFSNumbers (a counter shared by entries and exits, so a
// dominates b exactly when a.in <= b.in and b.out <= a.out).
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class DomTreeNode {
  private final BasicBlock block;
  private final DomTreeNode idom;
  private final int level;
  private final List<DomTreeNode> children = new ArrayList<>(2);
  int dfsIn;
  int dfsOut;

  DomTreeNode(BasicBlock block, DomTreeNode idom) {
    this.block = block;
    this.idom = idom;
    this.level = idom == null ? 0 : idom.level + 1;
    if (idom != null) {
      idom.children.add(this);
    }
  }

  /** The block, or null for the virtual exit node of a post-dominator tree. */
  public BasicBlock block() {
    return block;
  }

  /** The immediate dominator's node, null for the root. */
  public DomTreeNode idom() {
    return idom;
  }

  public List<DomTreeNode> children() {
    return Collections.unmodifiableList(children);
  }

  public int level() {
    return level;
  }

  public int dfsIn() {
    return dfsIn;
  }

  public int dfsOut() {
    return dfsOut;
  }

  /** Whether this node dominates {@code other} (each node dominates itself). */
  public boolean dominates(DomTreeNode other) {
    return dfsIn <= other.dfsIn && other.dfsOut <= dfsOut;
  }
}
