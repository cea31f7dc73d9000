// Whether an instruction of a loop may be executed in the preheader: LLVM's
// ICFLoopSafetyInfo::isGuaranteedToExecute (no instruction before it in its block may fail to
// pass control on, and every path through the loop from the header reaches its block: no
// predecessor may throw, none may take the backedge or leave the loop first except by an exit
// provably not taken in the first iteration) and isSafeToSpeculativelyExecute (division by a
// non-zero constant, a load from memory known dereferenceable and aligned, a call to a
// speculatable function, and the instructions that cannot trap).
// Whether an instruction passes control on is MustBeExecutedContext.transfersExecution
// (isGuaranteedToTransferExecutionToSuccessor).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Loop;
import dev.irscope.analysis.MustBeExecutedContext;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.CmpInst;
import dev.irscope.ir.ConstantExpr;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

public final class LoopSafety {
  private final Loop loop;
  private final DominatorTree dt;
  private final CallAttributes calls;

  public LoopSafety(Loop loop, DominatorTree dt, CallAttributes calls) {
    this.loop = loop;
    this.dt = dt;
    this.calls = calls;
  }

  /** The first instruction before {@code i} in its block that may not pass control on. */
  public Instruction implicitControlFlowBefore(Instruction i) {
    for (Instruction p : i.parent().instructions()) {
      if (p == i) {
        return null;
      }
      if (!transfersExecution(p)) {
        return p;
      }
    }
    return null;
  }

  public boolean transfersExecution(Instruction i) {
    return MustBeExecutedContext.transfersExecution(i, calls);
  }

  /**
   * Why {@code i} is not guaranteed to execute on entering the loop: the instruction that
   * decides (an earlier instruction that may not pass control on, or the branch that may
   * bypass its block), or null when it is guaranteed to execute.
   */
  public Instruction notGuaranteedBecause(Instruction i) {
    Instruction icf = implicitControlFlowBefore(i);
    if (icf != null) {
      return icf;
    }
    return pathsBypass(i.parent());
  }

  private Instruction pathsBypass(BasicBlock bb) {
    if (bb == loop.header()) {
      return null;
    }
    Set<BasicBlock> preds = transitivePredecessors(bb);
    for (BasicBlock p : dt.cfg().predecessors(loop.header())) {
      if (preds.contains(p)) {
        return p.terminator();
      }
    }
    Set<BasicBlock> checked = new LinkedHashSet<>();
    for (BasicBlock pred : preds) {
      for (Instruction i : pred.instructions()) {
        if (!transfersExecution(i)) {
          return i;
        }
      }
      if (dt.dominates(bb, pred)) {
        continue;
      }
      for (BasicBlock succ : dt.cfg().successors(pred)) {
        if (checked.add(succ) && succ != bb && !preds.contains(succ)
            && (loop.contains(succ) || !notTakenInFirstIteration(succ))) {
          return pred.terminator();
        }
      }
    }
    return null;
  }

  private Set<BasicBlock> transitivePredecessors(BasicBlock bb) {
    Set<BasicBlock> preds = new LinkedHashSet<>();
    Deque<BasicBlock> work = new ArrayDeque<>();
    for (BasicBlock p : dt.cfg().predecessors(bb)) {
      if (preds.add(p)) {
        work.push(p);
      }
    }
    while (!work.isEmpty()) {
      BasicBlock p = work.pop();
      if (p == loop.header()) {
        continue;
      }
      for (BasicBlock pp : dt.cfg().predecessors(p)) {
        if (preds.add(pp)) {
          work.push(pp);
        }
      }
    }
    return preds;
  }

  /** LLVM's CanProveNotTakenFirstIteration, for constant conditions and constant IV starts. */
  private boolean notTakenInFirstIteration(BasicBlock exit) {
    if (dt.cfg().predecessors(exit).size() != 1) {
      return false;
    }
    BasicBlock cond = dt.cfg().predecessors(exit).get(0);
    if (!(cond.terminator() instanceof BranchInst br) || !br.isConditional()) {
      return false;
    }
    BasicBlock ifTrue = br.successors().get(0);
    if (br.condition() instanceof ConstantInt c) {
      return br.successors().get(c.isZero() ? 0 : 1) == exit;
    }
    if (!(br.condition() instanceof CmpInst cmp) || !(cmp.operand(0) instanceof PhiInst phi)
        || phi.parent() != loop.header() || loop.preheader() == null) {
      return false;
    }
    Boolean folded = ConstantFolding.icmp(cmp.predicate(),
        phi.incomingValueFor(loop.preheader()), cmp.operand(1));
    if (folded == null) {
      return false;
    }
    return exit == ifTrue ? !folded : folded;
  }

  /** LLVM's isSafeToSpeculativelyExecute, at the end of the preheader. */
  public boolean isSafeToSpeculate(Instruction i) {
    Opcode op = i.opcode();
    if (op == Opcode.UDIV || op == Opcode.UREM || op == Opcode.SDIV || op == Opcode.SREM) {
      if (!(i.operand(1) instanceof ConstantInt c) || c.isZero()) {
        return false;
      }
      return op == Opcode.UDIV || op == Opcode.UREM || c.longValue() != -1;
    }
    if (i instanceof LoadInst l) {
      Function f = l.function();
      if (!MemoryAccesses.isUnordered(l) || f.fnAttributes().has("sanitize_address")
          || f.fnAttributes().has("sanitize_memory") || f.fnAttributes().has("sanitize_thread")
          || f.fnAttributes().has("sanitize_hwaddress")) {
        return false;
      }
      long align = l.align() > 0 ? l.align() : TypeSizes.LAYOUT.abiAlign(l.type());
      return isDereferenceableAndAligned(l.pointer(), align, TypeSizes.LAYOUT.storeSize(l.type()), 0);
    }
    if (i instanceof CallBase call) {
      Function callee = call.calledFunction();
      return call instanceof CallInst && callee != null
          && calls.functionHas(callee, "speculatable");
    }
    return !(i instanceof StoreInst) && op != Opcode.FENCE && op != Opcode.ATOMICRMW
        && op != Opcode.CMPXCHG && op != Opcode.ALLOCA && op != Opcode.PHI && op != Opcode.VAARG
        && !i.isTerminator() && op != Opcode.LANDINGPAD && op != Opcode.CATCHPAD
        && op != Opcode.CLEANUPPAD;
  }

  /** LLVM's isDereferenceableAndAlignedPointer, without assumptions and context. */
  public static boolean isDereferenceableAndAligned(Value p, long align, long size, int depth) {
    if (size < 0 || depth > 16) {
      return false;
    }
    if (PointerOffsets.isGep(p)) {
      Long off = PointerOffsets.gepOffset((User) p, TypeSizes.LAYOUT, index -> null);
      return off != null && off >= 0 && off % align == 0
          && isDereferenceableAndAligned(((User) p).operand(0), align, off + size, depth + 1);
    }
    if ((p instanceof Instruction i && i.opcode() == Opcode.BITCAST)
        || (p instanceof ConstantExpr c && c.opcode() == Opcode.BITCAST)) {
      return isDereferenceableAndAligned(((dev.irscope.ir.User) p).operand(0), align, size,
          depth + 1);
    }
    return dereferenceableBytes(p) >= size && pointerAlignment(p) >= align;
  }

  private static long dereferenceableBytes(Value p) {
    if (p instanceof Argument a) {
      Type byval = typeArg(a, "byval");
      if (byval != null) {
        return TypeSizes.LAYOUT.storeSize(byval);
      }
      return a.attributes().dereferenceableBytes();
    }
    if (p instanceof AllocaInst a) {
      if (a.arraySize() != null && !(a.arraySize() instanceof ConstantInt)) {
        return 0;
      }
      long n = a.arraySize() instanceof ConstantInt c ? c.longValue() : 1;
      long size = TypeSizes.LAYOUT.storeSize(a.allocatedType());
      return size < 0 ? 0 : size * n;
    }
    if (p instanceof GlobalVariable g) {
      if (g.linkage() != null && g.linkage().equals("extern_weak")) {
        return 0;
      }
      long size = TypeSizes.LAYOUT.storeSize(g.valueType());
      return Math.max(size, 0);
    }
    if (p instanceof CallBase call) {
      long n = call.returnAttributes().dereferenceableBytes();
      Function callee = call.calledFunction();
      if (callee != null) {
        n = Math.max(n, callee.returnAttributes().dereferenceableBytes());
      }
      return n;
    }
    return 0;
  }

  private static Type typeArg(Argument a, String name) {
    dev.irscope.ir.Attribute attr = a.attributes().get(name);
    return attr == null ? null : attr.type();
  }

  private static long pointerAlignment(Value p) {
    if (p instanceof Argument a) {
      return Math.max(1, a.attributes().alignment());
    }
    if (p instanceof AllocaInst a) {
      return Math.max(1, a.align());
    }
    if (p instanceof GlobalVariable g) {
      return g.align() > 0 ? g.align() : TypeSizes.LAYOUT.abiAlign(g.valueType());
    }
    if (p instanceof CallBase call) {
      long a = call.returnAttributes().alignment();
      Function callee = call.calledFunction();
      if (callee != null) {
        a = Math.max(a, callee.returnAttributes().alignment());
      }
      return Math.max(1, a);
    }
    return 1;
  }
}
