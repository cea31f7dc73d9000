// MemoryDependenceAnalysis for one plain or unordered load, as GVN asks it (LLVM 19's
// getSimplePointerDependencyFrom, getNonLocalPointerDependency), without its caches.
// Scanning a block backwards from a point, what does the load depend on? DEF: a load or store
// that must alias it (whatever its type: GVN decides whether the value can be used), an alloca
// or noalias call it reads from, llvm.lifetime.start of its address, the select that computes
// its address; CLOBBER: an instruction that may write the location, with LLVM's ordering rules
// (an acquire-or-stronger or volatile load clobbers, a monotonic load of another address does
// not; an ordered atomic store clobbers only what it may alias; a release fence is passed over,
// other fences and calls by alias analysis; a store that writes back what a load of the same
// location just read is passed over: canSkipClobberingStore); NON_LOCAL: the start of the block
// was reached; NON_FUNC_LOCAL: the start of the entry block; UNKNOWN: 100 instructions scanned.
// Non-locally, the search goes up through predecessors and returns one result per block where
// it stopped; an address defined in a block it passes through is translated into each
// predecessor (GvnPhiTranslation: a phi's incoming value, a GEP or cast rebuilt over translated
// operands when an equal one exists there). A block reached again with another address, a
// translation that fails, more than 100 results or 200 blocks make the result UNKNOWN there,
// or for the whole query when it happens at the load's own block.
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class GvnDependence {
  enum Kind { DEF, CLOBBER, NON_LOCAL, NON_FUNC_LOCAL, UNKNOWN }

  /** A dependency; {@code inst} is the defining or clobbering instruction. */
  record Result(Kind kind, Instruction inst) {
    boolean isLocal() {
      return kind == Kind.DEF || kind == Kind.CLOBBER;
    }
  }

  /** Where a non-local search stopped, what it found there, and the address it looked for. */
  record BlockResult(BasicBlock block, Result result, Value address) {}

  /** MemoryDependenceAnalysis's BlockScanLimit, BlockNumberLimit and NumResultsLimit. */
  static final int SCAN_LIMIT = 100;
  private static final int BLOCK_LIMIT = 200;
  private static final int RESULTS_LIMIT = 100;

  private final MemoryAccesses mem;
  private final DominatorTree dt;

  GvnDependence(MemoryAccesses mem, DominatorTree dt) {
    this.mem = mem;
    this.dt = dt;
  }

  /** The dependency of {@code l} within its block (getDependency). */
  Result local(LoadInst l) {
    List<Instruction> insts = l.parent().instructions();
    return scan(l, MemLoc.of(l), l.parent(), insts.indexOf(l));
  }

  /** The dependency of the load at {@code loc}, scanning {@code b} upwards from {@code from}. */
  Result scan(LoadInst l, MemLoc loc, BasicBlock b, int from) {
    List<Instruction> insts = b.instructions();
    int limit = SCAN_LIMIT;
    boolean invariant = l.attachment("invariant.load") != null;
    for (int k = from - 1; k >= 0; k--) {
      Instruction i = insts.get(k);
      if (i instanceof CallBase c && c.calledFunction() != null
          && c.calledFunction().name().startsWith("llvm.dbg.")) {
        continue;
      }
      if (--limit == 0) {
        return new Result(Kind.UNKNOWN, null);
      }
      Result r = step(l, loc, i, invariant);
      if (r != null && r.kind() == Kind.CLOBBER && i instanceof StoreInst s
          && canSkipClobberingStore(s, l, loc, limit)) {
        continue;
      }
      if (r != null) {
        return r;
      }
    }
    return new Result(b == dt.cfg().entry() ? Kind.NON_FUNC_LOCAL : Kind.NON_LOCAL, null);
  }

  private AliasQueries.AliasResult alias(MemLoc a, MemLoc b) {
    return mem.aa().alias(a, b);
  }

  /**
   * MemoryDependenceAnalysis's canSkipClobberingStore: a store that may alias the location but
   * writes back the value a load of that very location read earlier in its block, with nothing
   * between that may write the location, changes nothing (sizes alike, both accesses aligned to
   * at least their size).
   */
  private boolean canSkipClobberingStore(StoreInst s, LoadInst query, MemLoc loc, int limit) {
    long size = MemLoc.of(s).size();
    if (size != loc.size() || size <= 0 || Math.min(query.align(), s.align()) < size
        || !(s.value() instanceof LoadInst li) || li.parent() != s.parent()
        || alias(MemLoc.of(li), loc) != AliasQueries.AliasResult.MUST_ALIAS) {
      return false;
    }
    List<Instruction> insts = s.parent().instructions();
    int visited = 0;
    for (int k = insts.indexOf(li); insts.get(k) != s; k++) {
      if (++visited > limit || (mem.aa().modRef(insts.get(k), loc) & AliasQueries.MOD) != 0) {
        return false;
      }
    }
    return true;
  }

  /** What instruction {@code i} means for the query, or null when the scan goes on. */
  private Result step(LoadInst l, MemLoc loc, Instruction i, boolean invariant) {
    if (i instanceof CallBase c && c.calledFunction() != null
        && c.calledFunction().name().startsWith("llvm.lifetime.start")) {
      return c.numArgs() > 1 && stripCasts(c.arg(1)) == stripCasts(loc.pointer())
          ? new Result(Kind.DEF, i) : null;
    }
    if (i instanceof LoadInst li) {
      if (li.ordering().compareTo(AtomicOrdering.UNORDERED) > 0
          && (l.isAtomic() || li.ordering() != AtomicOrdering.MONOTONIC)) {
        return new Result(Kind.CLOBBER, i);
      }
      return alias(MemLoc.of(li), loc) == AliasQueries.AliasResult.MUST_ALIAS
          ? new Result(Kind.DEF, i) : null;
    }
    if (i instanceof StoreInst s) {
      if (s.ordering().compareTo(AtomicOrdering.UNORDERED) <= 0
          && mem.aa().isConstantMemory(loc.pointer())) {
        return null;
      }
      AliasQueries.AliasResult r = alias(MemLoc.of(s), loc);
      if (r == AliasQueries.AliasResult.NO_ALIAS) {
        return null;
      }
      if (r == AliasQueries.AliasResult.MUST_ALIAS) {
        return new Result(Kind.DEF, i);
      }
      return invariant ? null : new Result(Kind.CLOBBER, i);
    }
    if ((i instanceof AllocaInst || UnderlyingObject.isNoAliasCall(i))
        && AliasQueries.object(loc.pointer()) == i) {
      return new Result(Kind.DEF, i);
    }
    if (i instanceof SelectInst && loc.pointer() == i) {
      return new Result(Kind.DEF, i);
    }
    if (invariant || (i instanceof FenceInst f && f.ordering() == AtomicOrdering.RELEASE)) {
      return null;
    }
    if (mem.kind(i) == MemoryAccesses.Kind.NONE && !(i instanceof FenceInst)) {
      return null;
    }
    return (mem.aa().modRef(i, loc) & AliasQueries.MOD) != 0 ? new Result(Kind.CLOBBER, i)
        : null;
  }

  /**
   * The dependencies on the paths into {@code l}'s block (getNonLocalPointerDependency): one
   * result per block where the search stopped; a single UNKNOWN one at the load's block when
   * the search failed there.
   */
  List<BlockResult> nonLocal(LoadInst l) {
    List<BlockResult> out = new ArrayList<>();
    Map<BasicBlock, Value> visited = new IdentityHashMap<>();
    if (!fromBlock(l, new GvnPhiTranslation(l.pointer()), l.parent(), out, visited, true)) {
      out.clear();
      out.add(new BlockResult(l.parent(), new Result(Kind.UNKNOWN, null), l.pointer()));
    }
    return out;
  }

  private boolean fromBlock(LoadInst l, GvnPhiTranslation pointer, BasicBlock start,
      List<BlockResult> out, Map<BasicBlock, Value> visited, boolean skipFirst) {
    Value address = pointer.address();
    MemLoc loc = new MemLoc(address, MemLoc.of(l).size());
    Deque<BasicBlock> work = new ArrayDeque<>();
    work.push(start);
    int budget = BLOCK_LIMIT;
    while (!work.isEmpty()) {
      BasicBlock b = work.pop();
      if (out.size() > RESULTS_LIMIT) {
        return false;
      }
      if (!skipFirst) {
        Result r = scan(l, loc, b, b.instructions().size());
        if (r.kind() != Kind.NON_LOCAL && dt.isReachableFromEntry(b)) {
          out.add(new BlockResult(b, r, address));
          continue;
        }
      }
      boolean failed;
      if (!pointer.needsTranslationFrom(b)) {
        skipFirst = false;
        List<BasicBlock> fresh = new ArrayList<>();
        failed = false;
        for (BasicBlock pred : dt.cfg().predecessors(b)) {
          if (!visited.containsKey(pred)) {
            visited.put(pred, address);
            fresh.add(pred);
          } else if (visited.get(pred) != address) {
            failed = true;
            break;
          }
        }
        if (!failed && fresh.size() > budget) {
          failed = true;
        }
        if (!failed) {
          budget -= fresh.size();
          for (BasicBlock pred : fresh) {
            work.push(pred);
          }
          continue;
        }
        fresh.forEach(pred -> visited.put(pred, null));
      } else {
        failed = !translateIntoPredecessors(l, pointer, b, out, visited);
        if (!failed) {
          skipFirst = false;
          continue;
        }
      }
      if (skipFirst) {
        return false;
      }
      out.add(new BlockResult(b, new Result(Kind.UNKNOWN, null), address));
    }
    return true;
  }

  /** The search from {@code b}'s predecessors with the address translated into each. */
  private boolean translateIntoPredecessors(LoadInst l, GvnPhiTranslation pointer, BasicBlock b,
      List<BlockResult> out, Map<BasicBlock, Value> visited) {
    if (!pointer.isPotentiallyTranslatable()) {
      return false;
    }
    List<BasicBlock> preds = new ArrayList<>();
    List<GvnPhiTranslation> translated = new ArrayList<>();
    for (BasicBlock pred : dt.cfg().predecessors(b)) {
      GvnPhiTranslation t = pointer.copy();
      Value v = t.translate(b, pred, dt, false);
      if (!visited.containsKey(pred)) {
        visited.put(pred, v);
        preds.add(pred);
        translated.add(t);
      } else if (visited.get(pred) != v) {
        preds.forEach(p -> visited.put(p, null));
        return false;
      }
    }
    for (int k = 0; k < preds.size(); k++) {
      BasicBlock pred = preds.get(k);
      GvnPhiTranslation t = translated.get(k);
      if (t.address() == null || !fromBlock(l, t, pred, out, visited, false)) {
        out.add(new BlockResult(pred, new Result(Kind.UNKNOWN, null), t.address()));
      }
    }
    return true;
  }

  static Value stripCasts(Value v) {
    while (v instanceof Instruction i && (i.opcode() == Opcode.BITCAST
        || i.opcode() == Opcode.ADDRSPACECAST)) {
      v = i.operand(0);
    }
    return v;
  }
}
