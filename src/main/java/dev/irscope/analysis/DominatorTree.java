// The dominator tree of a function's blocks reachable from the entry (blocks that cannot be
// reached have no node). Block queries follow LLVM: an unreachable block is dominated by every
// block and dominates none. Instruction queries follow LLVM's DominatorTree::dominates: in one
// block the definition must come first; an invoke's or callbr's result is available only along
// the edge to its normal (default) destination; a phi counts as a use at the start of its block.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBrInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.InvokeInst;
import dev.irscope.ir.PhiInst;
import java.util.ArrayList;
import java.util.List;

public final class DominatorTree extends DomTreeBase {
  private final Cfg cfg;

  private DominatorTree(Cfg cfg, int[][] edges) {
    super(cfg.function(), cfg.blocks(), edges, List.of(cfg.entry()));
    this.cfg = cfg;
  }

  public static DominatorTree of(Function f) {
    return of(Cfg.of(f));
  }

  public static DominatorTree of(Cfg cfg) {
    if (cfg.blocks().isEmpty()) {
      throw new IllegalArgumentException("@" + cfg.function().name() + " is a declaration");
    }
    int[][] edges = new int[cfg.blocks().size()][];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = indices(cfg, cfg.successors(cfg.blocks().get(i)));
    }
    return new DominatorTree(cfg, edges);
  }

  static int[] indices(Cfg cfg, List<BasicBlock> blocks) {
    return blocks.stream().mapToInt(cfg::index).filter(i -> i >= 0).toArray();
  }

  public Cfg cfg() {
    return cfg;
  }

  public boolean isReachableFromEntry(BasicBlock b) {
    return contains(b);
  }

  /** Whether the value of {@code def} is available at {@code user} (LLVM's rules, see top). */
  public boolean dominates(Instruction def, Instruction user) {
    BasicBlock useBlock = user.parent();
    if (!contains(useBlock)) {
      return true;
    }
    if (!contains(def.parent()) || def == user) {
      return false;
    }
    if (def instanceof InvokeInst || def instanceof CallBrInst || user instanceof PhiInst) {
      return dominates(def, useBlock);
    }
    if (def.parent() != useBlock) {
      return dominates(def.parent(), useBlock);
    }
    List<Instruction> insts = useBlock.instructions();
    return indexOf(insts, def) < indexOf(insts, user);
  }

  /** Whether {@code def} is available at the start of {@code block}. */
  public boolean dominates(Instruction def, BasicBlock block) {
    BasicBlock defBlock = def.parent();
    if (!contains(block)) {
      return true;
    }
    if (!contains(defBlock) || defBlock == block) {
      return false;
    }
    if (def instanceof InvokeInst || def instanceof CallBrInst) {
      return dominatesEdge(defBlock, def.successors().get(0), block);
    }
    return dominates(defBlock, block);
  }

  /** Whether every path from the entry to {@code block} takes the edge start -> end. */
  public boolean dominatesEdge(BasicBlock start, BasicBlock end, BasicBlock block) {
    if (!dominates(end, block)) {
      return false;
    }
    int edges = 0;
    for (BasicBlock s : Cfg.rawSuccessors(start)) {
      edges += s == end ? 1 : 0;
    }
    if (edges != 1) {
      return false; // two edges start -> end cannot be told apart
    }
    for (BasicBlock p : cfg.predecessors(end)) {
      if (p != start && !dominates(end, p)) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(List<Instruction> insts, Instruction i) {
    for (int k = 0; k < insts.size(); k++) {
      if (insts.get(k) == i) {
        return k;
      }
    }
    return -1;
  }

  /** The blocks b dominates, b first, in tree preorder. */
  public List<BasicBlock> dominatedBlocks(BasicBlock b) {
    List<BasicBlock> out = new ArrayList<>();
    DomTreeNode n = node(b);
    if (n != null) {
      for (DomTreeNode d : preorder().subList(preorder().indexOf(n), preorder().size())) {
        if (!n.dominates(d)) {
          break;
        }
        out.add(d.block());
      }
    }
    return out;
  }
}
