// The natural loops of a function, found as LLVM's LoopInfoBase::analyze finds them: visit the
// dominator tree in post order (inner headers before outer ones); a block with predecessors it
// dominates is a header, and a backward walk from those latches, stopping at the header, maps
// every undiscovered block to the new loop and adopts the outermost loop of each discovered one
// as a subloop. A single forward post-order walk of the CFG then fills each loop's block list
// and its subloop lists, which are reversed so the header comes first and the rest are in
// reverse post order. Top-level loops stay in that post order (later loops first), as opt-19
// prints them. Only blocks reachable from the entry belong to loops.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

public final class LoopInfo {
  private final DominatorTree domTree;
  private final Map<BasicBlock, Loop> loopFor = new IdentityHashMap<>();
  private final List<Loop> topLevel = new ArrayList<>();

  private LoopInfo(DominatorTree dt) {
    this.domTree = dt;
    Cfg cfg = dt.cfg();
    for (BasicBlock header : domPostOrder(dt)) {
      List<BasicBlock> backEdges = new ArrayList<>();
      for (BasicBlock p : cfg.predecessors(header)) {
        if (dt.isReachableFromEntry(p) && dt.dominates(header, p)) {
          backEdges.add(p);
        }
      }
      if (!backEdges.isEmpty()) {
        discover(new Loop(header, cfg), backEdges, cfg);
      }
    }
    for (BasicBlock b : cfg.postOrder()) {
      insertIntoLoop(b);
    }
  }

  public static LoopInfo of(Function f) {
    return new LoopInfo(DominatorTree.of(f));
  }

  public static LoopInfo of(DominatorTree dt) {
    return new LoopInfo(dt);
  }

  private static List<BasicBlock> domPostOrder(DominatorTree dt) {
    return dt.postorder().stream().map(DomTreeNode::block).toList();
  }

  private void discover(Loop loop, List<BasicBlock> backEdges, Cfg cfg) {
    List<BasicBlock> work = new ArrayList<>(backEdges);
    while (!work.isEmpty()) {
      BasicBlock b = work.remove(work.size() - 1);
      Loop sub = loopFor.get(b);
      if (sub == null) {
        if (!domTree.isReachableFromEntry(b)) {
          continue;
        }
        loopFor.put(b, loop);
        if (b != loop.header()) {
          work.addAll(cfg.predecessors(b));
        }
      } else {
        sub = sub.outermost();
        if (sub == loop) {
          continue;
        }
        sub.setParent(loop);
        for (BasicBlock p : cfg.predecessors(sub.header())) {
          if (loopFor.get(p) != sub) {
            work.add(p);
          }
        }
      }
    }
  }

  private void insertIntoLoop(BasicBlock b) {
    Loop sub = loopFor.get(b);
    if (sub != null && b == sub.header()) {
      (sub.parent() == null ? topLevel : sub.parent().subLoops).add(sub);
      Collections.reverse(sub.blocks.subList(1, sub.blocks.size()));
      Collections.reverse(sub.subLoops);
      sub = sub.parent();
    }
    for (; sub != null; sub = sub.parent()) {
      sub.addBlock(b);
    }
  }

  public DominatorTree domTree() {
    return domTree;
  }

  /** The outermost loops, in LLVM's order (post order of their headers). */
  public List<Loop> topLevelLoops() {
    return Collections.unmodifiableList(topLevel);
  }

  /** Every loop, each before its subloops. */
  public List<Loop> loopsInPreorder() {
    List<Loop> out = new ArrayList<>();
    List<Loop> stack = new ArrayList<>(topLevel);
    Collections.reverse(stack);
    while (!stack.isEmpty()) {
      Loop l = stack.remove(stack.size() - 1);
      out.add(l);
      for (int i = l.subLoops().size() - 1; i >= 0; i--) {
        stack.add(l.subLoops().get(i));
      }
    }
    return out;
  }

  /** The innermost loop containing b, or null. */
  public Loop getLoopFor(BasicBlock b) {
    return loopFor.get(b);
  }

  public Loop getLoopFor(Instruction i) {
    return loopFor.get(i.parent());
  }

  /** How many loops contain b (0 outside loops). */
  public int getLoopDepth(BasicBlock b) {
    Loop l = loopFor.get(b);
    return l == null ? 0 : l.depth();
  }

  public boolean isLoopHeader(BasicBlock b) {
    Loop l = loopFor.get(b);
    return l != null && l.header() == b;
  }

  /** opt-19's print<loops> body (without its "Loop info for function" line). */
  public String print() {
    BlockNames names = new BlockNames(domTree.function());
    StringBuilder sb = new StringBuilder();
    for (Loop l : topLevel) {
      l.print(sb, names);
    }
    return sb.toString();
  }
}
