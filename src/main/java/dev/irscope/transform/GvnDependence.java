// MemoryDependenceAnalysis for one plain or unordered load, as GVN asks it
// (getSimplePointerDependencyFrom, then getNonLocalPointerDependency): scanning backwards, what
// does the load depend on? DEF: a store of the same type to the same address (the stored value)
// or a load of it (that load); CLOBBER: an instruction that may write the location, with LLVM's
// ordering rules (an acquire-or-stronger or volatile load clobbers, a monotonic load of another
// address does not; an ordered atomic store clobbers only what it may alias; fences and calls
// by alias analysis); ENTRY: the function's entry reached with nothing found; UNKNOWN: what
// irscope does not model (a dependency of another type, a fresh alloca, a scan past 100
// instructions, an address defined in a block the search has to look through).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class GvnDependence {
  enum Kind { DEF, CLOBBER, ENTRY, NON_LOCAL, UNKNOWN }

  /** A dependency: for DEF the value and the instruction that provides it. */
  record Result(Kind kind, Instruction inst, Value value) {}

  /** MemoryDependenceAnalysis's BlockScanLimit. */
  static final int SCAN_LIMIT = 100;

  private final MemoryAccesses mem;
  private final DominatorTree dt;

  GvnDependence(MemoryAccesses mem, DominatorTree dt) {
    this.mem = mem;
    this.dt = dt;
  }

  /** The dependency of {@code l} within its block. */
  Result local(LoadInst l) {
    List<Instruction> insts = l.parent().instructions();
    return scan(l, insts, insts.indexOf(l));
  }

  /** The dependency at the end of {@code b}, scanning from its terminator up. */
  Result atEnd(LoadInst l, BasicBlock b) {
    List<Instruction> insts = b.instructions();
    return scan(l, insts, insts.size());
  }

  private Result scan(LoadInst l, List<Instruction> insts, int from) {
    int limit = SCAN_LIMIT;
    MemLoc loc = MemLoc.of(l);
    for (int k = from - 1; k >= 0; k--) {
      Instruction i = insts.get(k);
      if (i instanceof CallBase c && c.calledFunction() != null
          && c.calledFunction().name().startsWith("llvm.dbg.")) {
        continue;
      }
      if (--limit == 0) {
        return new Result(Kind.UNKNOWN, i, null);
      }
      Result r = step(l, loc, i);
      if (r != null) {
        return r;
      }
    }
    return new Result(Kind.NON_LOCAL, null, null);
  }

  /** What instruction {@code i} means for the query, or null when the scan goes on. */
  private Result step(LoadInst l, MemLoc loc, Instruction i) {
    if (i instanceof LoadInst li) {
      if (li.isVolatile() && l.isVolatile()) {
        return new Result(Kind.CLOBBER, i, null);
      }
      if (li.ordering().compareTo(AtomicOrdering.UNORDERED) > 0
          && (l.isAtomic() || li.ordering() != AtomicOrdering.MONOTONIC)) {
        return new Result(Kind.CLOBBER, i, null);
      }
      AliasQueries.AliasResult r = mem.aa().alias(MemLoc.of(li), loc);
      if (r == AliasQueries.AliasResult.MUST_ALIAS) {
        return li.type() == l.type() && (!l.isAtomic() || li.isAtomic())
            ? new Result(Kind.DEF, i, li) : new Result(Kind.UNKNOWN, i, null);
      }
      return null;
    }
    if (i instanceof StoreInst s) {
      if (s.ordering().compareTo(AtomicOrdering.UNORDERED) > 0 && l.isAtomic()) {
        return new Result(Kind.CLOBBER, i, null);
      }
      AliasQueries.AliasResult r = mem.aa().alias(MemLoc.of(s), loc);
      if (r == AliasQueries.AliasResult.NO_ALIAS || mem.aa().isConstantMemory(l.pointer())) {
        return null;
      }
      if (r == AliasQueries.AliasResult.MUST_ALIAS) {
        return s.value().type() == l.type() && (!l.isAtomic() || s.isAtomic())
            ? new Result(Kind.DEF, i, s.value()) : new Result(Kind.UNKNOWN, i, null);
      }
      return new Result(Kind.CLOBBER, i, null);
    }
    if (i instanceof AllocaInst && i == AliasQueries.object(l.pointer())) {
      return new Result(Kind.UNKNOWN, i, null);
    }
    if (mem.kind(i) == MemoryAccesses.Kind.NONE) {
      return null;
    }
    return (mem.aa().modRef(i, loc) & AliasQueries.MOD) != 0
        ? new Result(Kind.CLOBBER, i, null) : null;
  }

  /**
   * The dependency found on each path into {@code l}'s block, keyed by the block where the
   * search stopped (the function entry gives ENTRY for the entry block); null when a path
   * leads to something irscope does not model.
   */
  Map<BasicBlock, Result> nonLocal(LoadInst l) {
    if (l.pointer() instanceof Instruction p && !dt.properlyDominates(p.parent(), l.parent())) {
      return null;
    }
    Map<BasicBlock, Result> out = new LinkedHashMap<>();
    Deque<BasicBlock> work = new ArrayDeque<>(dt.cfg().predecessors(l.parent()));
    while (!work.isEmpty()) {
      BasicBlock b = work.pop();
      if (out.containsKey(b) || !dt.isReachableFromEntry(b)) {
        continue;
      }
      if (l.pointer() instanceof Instruction p && p.parent() == b && b != l.parent()) {
        return null;
      }
      Result r = atEnd(l, b);
      if (r.kind() == Kind.UNKNOWN) {
        return null;
      }
      if (r.kind() == Kind.NON_LOCAL) {
        if (b == dt.cfg().entry()) {
          r = new Result(Kind.ENTRY, null, null);
        } else {
          out.put(b, r);
          work.addAll(dt.cfg().predecessors(b));
          continue;
        }
      }
      out.put(b, r);
    }
    return out;
  }
}
