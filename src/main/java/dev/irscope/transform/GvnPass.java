// A miniature GVN load elimination with LLVM 19's rules (GVN::processLoad over
// MemoryDependenceAnalysis), each decision a remark, plus the folding that follows
// (icmp eq %x, %x becomes true).
// Blocks are visited in reverse post order. A load is skipped, silently as LLVM does, unless it
// is unordered (not volatile, at most unordered atomic). Its dependency is searched backwards
// (GvnDependence): a store to the same address and type gives the stored value, a load of it
// gives that load (a non-atomic one never feeds an atomic load), and a clobber stops the search
// (a store or call that may write the location, a fence, an acquire-or-stronger load; a
// monotonic load, or an atomic store or monotonic read-modify-write that does not alias, is
// transparent to a non-atomic query). Reaching the start of a block, the search continues in
// every predecessor (the address must be defined outside the blocks searched).
// - Available everywhere: the load is replaced by the value (LoadElim "load of type T
//   eliminated"), through phis built by the small SSA updater where values come from several
//   blocks.
// - A local clobber: LoadClobbered "load of type T not eliminated", naming the clobber.
// - Load PRE: exactly one predecessor where the value is not available, whose only successor is
//   the load's block: a load NAME.pre is put at its end and the rest is as above (LoadPRE "load
//   eliminated by PRE"). This is the spin loop's case: available on the backedge from itself.
// - Loop-load PRE (performLoopLoadPRE): a load in a loop header with an invariant address whose
//   value is missing in the preheader and in exactly one block of the loop that does not
//   dominate the latch (a cold path ending in a terminator that does not write memory) gets a
//   load in both, but only when the pointer cannot be freed during the loop: a global, an
//   alloca, or an argument of a function that is both nofree and nosync (Value::canBeFreed).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

public final class GvnPass {
  private final CallAttributes calls;
  private final GvnRemarks remarks;
  private final MemoryAccesses mem;

  private GvnPass(CallAttributes calls, List<PassRemark> out) {
    this.calls = calls;
    this.remarks = new GvnRemarks(out);
    this.mem = new MemoryAccesses(new AliasQueries(calls));
  }

  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    new GvnPass(calls, out).runOn(f);
  }

  private void runOn(Function f) {
    DominatorTree dt = DominatorTree.of(f);
    List<BasicBlock> rpo = new ArrayList<>(dt.cfg().postOrder());
    Collections.reverse(rpo);
    for (BasicBlock b : rpo) {
      for (Instruction i : new ArrayList<>(b.instructions())) {
        if (i.parent() != b) {
          continue;
        }
        if (i instanceof LoadInst l && MemoryAccesses.isUnordered(l)) {
          processLoad(l, dt);
        } else if (i instanceof ICmpInst cmp) {
          foldSelfCompare(cmp);
        }
      }
    }
  }

  private void processLoad(LoadInst l, DominatorTree dt) {
    GvnDependence dep = new GvnDependence(mem, dt);
    GvnDependence.Result local = dep.local(l);
    if (local.kind() == GvnDependence.Kind.DEF) {
      remarks.eliminated(l, local.value());
      replace(l, local.value());
      return;
    }
    if (local.kind() == GvnDependence.Kind.CLOBBER) {
      remarks.clobbered(l, local.inst(), dt);
      return;
    }
    if (l.parent() == dt.cfg().entry() || local.kind() == GvnDependence.Kind.UNKNOWN) {
      return;
    }
    Map<BasicBlock, GvnDependence.Result> preds = dep.nonLocal(l);
    if (preds == null) {
      return;
    }
    for (GvnDependence.Result r : preds.values()) {
      if (r.kind() == GvnDependence.Kind.CLOBBER) {
        remarks.clobbered(l, r.inst(), dt);
      }
    }
    GvnLoadPre.tryEliminate(l, preds, dep, dt, calls, remarks, this::replace);
  }

  void replace(LoadInst l, dev.irscope.ir.Value v) {
    l.replaceAllUsesWith(v);
    l.parent().remove(l);
    l.dropAllReferences();
  }

  private void foldSelfCompare(ICmpInst cmp) {
    Boolean folded = cmp.operand(0) == cmp.operand(1) && cmp.type() == dev.irscope.ir.Type.I1
        ? ConstantFolding.icmp(cmp.predicate(), cmp.operand(0), cmp.operand(1)) : null;
    if (folded == null) {
      return;
    }
    remarks.folded(cmp, folded);
    cmp.replaceAllUsesWith(folded ? ConstantInt.getTrue() : ConstantInt.getFalse());
    cmp.parent().remove(cmp);
    cmp.dropAllReferences();
  }
}
