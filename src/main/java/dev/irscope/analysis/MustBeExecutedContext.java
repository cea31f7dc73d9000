// The must-be-executed context of a program point, as LLVM 19's MustBeExecutedContextExplorer
// (MustExecute.cpp) computes it with inter-block, forward and backward exploration, the way the
// Attributor configures it: the instructions that are executed whenever the point is.
//   Forward: from an instruction guaranteed to transfer execution to its successor (not a ret or
//   unreachable, not a catchpad, no call that may throw or lacks willreturn, no volatile store)
//   to the next one; from a terminator with one successor to that block's first instruction;
//   from a terminator with several to the first instruction of the join point: the immediate
//   post-dominator (or, without one, a one-block diamond or loop pattern, or the unique exit of
//   the enclosing loop), provided control surely gets there: every block on the way transfers
//   execution and, unless the function is willreturn, every loop met on the way is finite, which
//   LLVM only believes of loops in willreturn functions (and not at all with irreducible control).
//   Loop latches back to the header are ignored when the function is willreturn and nounwind.
//   Backward: to the previous instruction, or from a block's first instruction to the last one of
//   its immediate dominator. Each direction stops when it meets an instruction twice.
// Call attributes come from the caller (CallAttributes), so the explorer reads the IR as the
// Attributor does: what the file and the intrinsic table declare, not what inference adds.
package dev.irscope.analysis;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.CatchPadInst;
import dev.irscope.ir.CatchSwitchInst;
import dev.irscope.ir.CleanupReturnInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.ResumeInst;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.UnreachableInst;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class MustBeExecutedContext {
  /** The attributes a call or function has, as the explorer must see them. */
  public interface CallAttributes {
    /** The call site or its direct callee has function attribute {@code name}. */
    boolean callHas(CallBase call, String name);

    /** The function has function attribute {@code name}. */
    boolean functionHas(Function f, String name);
  }

  /** A context and where its forward exploration ended (null when it reached a return). */
  public record Context(Set<Instruction> instructions, Instruction forwardEnd) {
    public boolean contains(Instruction i) {
      return instructions.contains(i);
    }
  }

  private final Function function;
  private final CallAttributes attrs;
  private final boolean willReturn;
  private final boolean noUnwind;
  private Cfg cfg;
  private DominatorTree dt;
  private PostDominatorTree pdt;
  private LoopInfo loops;
  private Boolean irreducible;
  private final Map<BasicBlock, Boolean> blockTransfers = new IdentityHashMap<>();
  private final Map<Instruction, Context> contexts = new IdentityHashMap<>();
  private final Map<Instruction, Integer> positions = new IdentityHashMap<>();

  public MustBeExecutedContext(Function f, CallAttributes attrs) {
    this.function = f;
    this.attrs = attrs;
    this.willReturn = attrs.functionHas(f, "willreturn");
    this.noUnwind = attrs.functionHas(f, "nounwind");
  }

  /** The context of {@code pp}, forward part first, then backward (cached). */
  public Context of(Instruction pp) {
    Context c = contexts.get(pp);
    if (c == null) {
      c = explore(pp);
      contexts.put(pp, c);
    }
    return c;
  }

  private Context explore(Instruction pp) {
    Set<Instruction> out = new LinkedHashSet<>();
    out.add(pp);
    Set<Instruction> forward = new HashSet<>();
    forward.add(pp);
    Instruction head = pp;
    Instruction last = pp;
    while (head != null) {
      last = head;
      head = next(head);
      if (head != null && !forward.add(head)) {
        head = null;
      } else if (head != null) {
        out.add(head);
      }
    }
    Set<Instruction> backward = new HashSet<>();
    backward.add(pp);
    for (Instruction tail = previous(pp); tail != null && backward.add(tail);
        tail = previous(tail)) {
      out.add(tail);
    }
    return new Context(out, last instanceof ReturnInst ? null : last);
  }

  /** LLVM's isGuaranteedToTransferExecutionToSuccessor for one instruction. */
  public boolean transfersExecution(Instruction i) {
    return transfersExecution(i, attrs);
  }

  /** The same, calls judged by {@code attrs} (nounwind, willreturn). */
  public static boolean transfersExecution(Instruction i, CallAttributes attrs) {
    if (i instanceof ReturnInst || i instanceof UnreachableInst || i instanceof CatchPadInst) {
      return false;
    }
    boolean mayThrow = i instanceof CallInst call ? !attrs.callHas(call, "nounwind")
        : i instanceof CleanupReturnInst cr ? cr.unwindDest() == null
        : i instanceof CatchSwitchInst cs ? cs.unwindDest() == null
        : i instanceof ResumeInst;
    if (mayThrow) {
      return false;
    }
    if (i instanceof StoreInst s) {
      return !s.isVolatile();
    }
    return !(i instanceof CallBase call) || attrs.callHas(call, "willreturn");
  }

  private Instruction next(Instruction pp) {
    if (!transfersExecution(pp)) {
      return null;
    }
    List<Instruction> insts = pp.parent().instructions();
    if (!pp.isTerminator()) {
      int at = indexOf(insts, pp);
      return at + 1 < insts.size() ? insts.get(at + 1) : null;
    }
    List<BasicBlock> succ = Cfg.rawSuccessors(pp.parent());
    if (succ.isEmpty()) {
      return null;
    }
    BasicBlock join = succ.size() == 1 ? succ.get(0) : forwardJoinPoint(pp.parent());
    return join == null || join.instructions().isEmpty() ? null : join.instructions().get(0);
  }

  private Instruction previous(Instruction pp) {
    List<Instruction> insts = pp.parent().instructions();
    int at = indexOf(insts, pp);
    if (at > 0) {
      return insts.get(at - 1);
    }
    BasicBlock join = backwardJoinPoint(pp.parent());
    return join == null || join.instructions().isEmpty() ? null
        : join.instructions().get(join.instructions().size() - 1);
  }

  private int indexOf(List<Instruction> insts, Instruction i) {
    if (positions.isEmpty()) {
      for (BasicBlock b : function.blocks()) {
        List<Instruction> in = b.instructions();
        for (int k = 0; k < in.size(); k++) {
          positions.put(in.get(k), k);
        }
      }
    }
    Integer at = positions.get(i);
    return at == null ? insts.indexOf(i) : at;
  }

  private void analyse() {
    if (cfg == null) {
      cfg = Cfg.of(function);
      dt = DominatorTree.of(cfg);
      pdt = PostDominatorTree.of(cfg);
      loops = LoopInfo.of(dt);
    }
  }

  private BasicBlock forwardJoinPoint(BasicBlock init) {
    analyse();
    Loop loop = loops.getLoopFor(init);
    BasicBlock header = loop == null ? init : loop.header();
    List<BasicBlock> work = new ArrayList<>();
    for (BasicBlock s : Cfg.rawSuccessors(init)) {
      if (!(willReturn && noUnwind) || s != header) { // a latch of a loop that must end
        work.add(s);
      }
    }
    if (work.isEmpty()) {
      return null;
    }
    if (work.size() == 1) {
      return work.get(0);
    }
    BasicBlock join = pdt.idom(init);
    if (join == null && work.size() == 2) {
      join = diamond(init, work.get(0), work.get(1));
    }
    if (join == null && loop != null) {
      join = uniqueExit(loop);
    }
    if (join == null) {
      return null;
    }
    if (willReturn && noUnwind) {
      return join;
    }
    Set<BasicBlock> visited = new HashSet<>();
    while (!work.isEmpty()) {
      BasicBlock to = work.remove(work.size() - 1);
      if (to == join) {
        continue;
      }
      if (!visited.add(to)) {
        if (!willReturn) {
          Loop l = loops.getLoopFor(to);
          if (mayContainIrreducibleControl() || l != null) {
            return null; // LLVM takes every loop of a function that is not willreturn as endless
          }
        }
        continue;
      }
      if (!blockTransfers.computeIfAbsent(to, this::blockTransfersExecution)) {
        return null;
      }
      work.addAll(Cfg.rawSuccessors(to));
    }
    return join;
  }

  private static BasicBlock diamond(BasicBlock init, BasicBlock s0, BasicBlock s1) {
    BasicBlock u0 = uniqueSuccessor(s0);
    BasicBlock u1 = uniqueSuccessor(s1);
    if (u0 == init) {
      return s1;
    }
    if (u1 == init) {
      return s0;
    }
    if (s0 == u1) {
      return s0;
    }
    if (s1 == u0) {
      return s1;
    }
    return u0 != null && u0 == u1 ? u0 : null;
  }

  private static BasicBlock uniqueSuccessor(BasicBlock b) {
    BasicBlock only = null;
    for (BasicBlock s : Cfg.rawSuccessors(b)) {
      if (only != null && s != only) {
        return null;
      }
      only = s;
    }
    return only;
  }

  private BasicBlock uniqueExit(Loop loop) {
    BasicBlock only = null;
    for (BasicBlock e : loop.exitBlocks()) {
      if (only != null && e != only) {
        return null;
      }
      only = e;
    }
    return only;
  }

  private boolean blockTransfersExecution(BasicBlock b) {
    for (Instruction i : b.instructions()) {
      if (!transfersExecution(i)) {
        return false;
      }
    }
    return true;
  }

  private BasicBlock backwardJoinPoint(BasicBlock init) {
    analyse();
    BasicBlock idom = dt.idom(init);
    if (idom != null) {
      return idom;
    }
    Loop loop = loops.getLoopFor(init);
    List<BasicBlock> work = new ArrayList<>();
    for (BasicBlock p : cfg.predecessors(init)) {
      boolean backEdge = p == init || (loop != null && loop.header() == init && loop.contains(p));
      if (!backEdge) {
        work.add(p);
      }
    }
    if (work.isEmpty()) {
      return null;
    }
    if (work.size() == 1) {
      return work.get(0);
    }
    BasicBlock join = null;
    if (work.size() == 2) {
      BasicBlock p0 = work.get(0);
      BasicBlock p1 = work.get(1);
      BasicBlock u0 = uniquePredecessor(p0);
      BasicBlock u1 = uniquePredecessor(p1);
      join = p0 == u1 ? p0 : p1 == u0 ? p1 : u0 == u1 ? u0 : null;
    }
    return join == null && loop != null ? loop.header() : join;
  }

  private BasicBlock uniquePredecessor(BasicBlock b) {
    List<BasicBlock> preds = cfg.predecessors(b);
    return preds.size() == 1 ? preds.get(0) : null;
  }

  /** LLVM's containsIrreducibleCFG: a retreating edge in RPO that is no loop's back edge. */
  private boolean mayContainIrreducibleControl() {
    if (irreducible == null) {
      irreducible = false;
      Set<BasicBlock> visited = new HashSet<>();
      for (BasicBlock b : cfg.reversePostOrder()) {
        visited.add(b);
        for (BasicBlock s : cfg.successors(b)) {
          if (visited.contains(s) && !isProperBackEdge(b, s)) {
            irreducible = true;
            return true;
          }
        }
      }
    }
    return irreducible;
  }

  private boolean isProperBackEdge(BasicBlock src, BasicBlock dst) {
    for (Loop l = loops.getLoopFor(src); l != null; l = l.parent()) {
      if (l.header() == dst) {
        return true;
      }
    }
    return false;
  }
}
