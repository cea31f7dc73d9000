// The control-flow graph of one function, computed once: blocks in order, deduplicated successor
// lists (terminator order, as LLVM's succ_begin), deduplicated predecessor lists (in the order the
// predecessor blocks appear in the function), the blocks reachable from the entry, and a
// depth-first post order (successors visited in order, as LLVM's po_iterator) with its reverse.
// An edge from -> to is retreating (a DFS back edge) when to comes no later than from in reverse
// post order; in a reducible CFG these are exactly the loop back edges.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class Cfg {
  private final Function function;
  private final List<BasicBlock> blocks;
  private final Map<BasicBlock, Integer> index = new IdentityHashMap<>();
  private final List<List<BasicBlock>> successors = new ArrayList<>();
  private final List<List<BasicBlock>> predecessors = new ArrayList<>();
  private final List<BasicBlock> postOrder = new ArrayList<>();
  private final int[] rpoNumber; // -1: unreachable

  private Cfg(Function f) {
    this.function = f;
    this.blocks = f.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      index.put(blocks.get(i), i);
      predecessors.add(new ArrayList<>());
    }
    for (BasicBlock b : blocks) {
      List<BasicBlock> succ = List.copyOf(new LinkedHashSet<>(rawSuccessors(b)));
      successors.add(succ);
      for (BasicBlock s : succ) {
        Integer si = index.get(s);
        if (si != null) {
          predecessors.get(si).add(b);
        }
      }
    }
    rpoNumber = new int[blocks.size()];
    java.util.Arrays.fill(rpoNumber, -1);
    if (!blocks.isEmpty()) {
      depthFirst();
    }
    for (int i = 0; i < postOrder.size(); i++) {
      rpoNumber[index.get(postOrder.get(i))] = postOrder.size() - 1 - i;
    }
  }

  public static Cfg of(Function f) {
    return new Cfg(f);
  }

  /** The successors as the terminator names them, duplicates kept (LLVM's getNumSuccessors). */
  public static List<BasicBlock> rawSuccessors(BasicBlock b) {
    Instruction t = b.terminator();
    return t == null ? List.of() : t.successors();
  }

  private void depthFirst() {
    boolean[] seen = new boolean[blocks.size()];
    int[] stack = new int[blocks.size()];
    int[] next = new int[blocks.size()];
    int top = 0;
    stack[0] = 0;
    seen[0] = true;
    while (top >= 0) {
      int b = stack[top];
      List<BasicBlock> succ = successors.get(b);
      if (next[top] < succ.size()) {
        Integer s = index.get(succ.get(next[top]++));
        if (s != null && !seen[s]) {
          seen[s] = true;
          stack[++top] = s;
          next[top] = 0;
        }
      } else {
        postOrder.add(blocks.get(b));
        top--;
      }
    }
  }

  public Function function() {
    return function;
  }

  public List<BasicBlock> blocks() {
    return blocks;
  }

  public BasicBlock entry() {
    return blocks.isEmpty() ? null : blocks.get(0);
  }

  /** The position of b in the function, or -1 when b is not one of its blocks. */
  public int index(BasicBlock b) {
    Integer i = index.get(b);
    return i == null ? -1 : i;
  }

  public List<BasicBlock> successors(BasicBlock b) {
    return successors.get(checkedIndex(b));
  }

  public List<BasicBlock> predecessors(BasicBlock b) {
    return Collections.unmodifiableList(predecessors.get(checkedIndex(b)));
  }

  public boolean isReachable(BasicBlock b) {
    Integer i = index.get(b);
    return i != null && rpoNumber[i] >= 0;
  }

  /** The blocks reachable from the entry, in function order. */
  public Set<BasicBlock> reachable() {
    Set<BasicBlock> out = Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(postOrder);
    return Collections.unmodifiableSet(out);
  }

  public List<BasicBlock> postOrder() {
    return Collections.unmodifiableList(postOrder);
  }

  public List<BasicBlock> reversePostOrder() {
    List<BasicBlock> rpo = new ArrayList<>(postOrder);
    Collections.reverse(rpo);
    return rpo;
  }

  /** The position of b in reverse post order, or -1 when b is unreachable. */
  public int rpoNumber(BasicBlock b) {
    Integer i = index.get(b);
    return i == null ? -1 : rpoNumber[i];
  }

  /** Whether from -> to is an edge that goes back in reverse post order (both reachable). */
  public boolean isBackEdge(BasicBlock from, BasicBlock to) {
    return isReachable(from) && successors(from).contains(to)
        && rpoNumber(to) <= rpoNumber(from);
  }

  /** Whether some reachable block has a back edge (the function may loop). */
  public boolean hasBackEdge() {
    for (BasicBlock b : postOrder) {
      for (BasicBlock s : successors(b)) {
        if (rpoNumber(s) <= rpoNumber(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The blocks whose terminator has no successor (ret, unreachable, resume, ...). */
  public List<BasicBlock> exits() {
    List<BasicBlock> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (successors.get(i).isEmpty()) {
        out.add(blocks.get(i));
      }
    }
    return out;
  }

  private int checkedIndex(BasicBlock b) {
    Integer i = index.get(b);
    if (i == null) {
      throw new IllegalArgumentException("block is not in @" + function.name());
    }
    return i;
  }
}
