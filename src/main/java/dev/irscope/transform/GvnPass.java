// A miniature GVN with LLVM 19's rules (GVNPass::runImpl over MemoryDependenceAnalysis), each
// load decision a remark, plus the folding that follows (icmp eq %x, %x becomes true).
// The function is walked in reverse post order, again and again until a walk changes nothing
// (LLVM's iterateOnFunction; the value numbers are made afresh each time). Each instruction is
// first simplified (GvnSimplify: a value that already exists replaces it); a load goes to
// processLoad; any other instruction with a result is value numbered (GvnValueTable) and
// replaced by an earlier instruction with the same number whose block dominates its own. That
// is what makes two address computations one value, so that loads through them are seen to
// read the same location.
// A load is skipped, silently as LLVM does, unless it is unordered (not volatile, at most
// unordered atomic); an unused one is deleted. Its dependency is searched backwards
// (GvnDependence, MemoryDependenceAnalysis with BasicAA's rules as GvnAliasRules adds them): a
// load or store that must alias it, or the allocation it reads, provides the value (of the same
// type, and never a non-atomic one to an atomic load: availableValue); a clobber stops the
// search (a store or call that may write the location, a fence, an acquire-or-stronger load;
// a monotonic load, or an atomic store or monotonic read-modify-write that does not alias, is
// transparent to a non-atomic query). Reaching the start of a block, the search continues in
// every predecessor, the address translated through the phis, GEPs and casts it passes.
// - Available everywhere: the load is replaced by the value (LoadElim "load of type T
//   eliminated"), through phis built by SSA construction (SsaUpdater) where values come from
//   several blocks.
// - A clobber: LoadClobbered "load of type T not eliminated", naming the clobber.
// - Load PRE and loop-load PRE (GvnLoadPre): a load is inserted where the value is missing and
//   the rest is as above (LoadPRE "load eliminated by PRE").
// Remarks name the stores and loads of the input that provide a value; a load the pass inserts
// stands at the place of the load it was made for. Remarks of the missed kind are kept from the
// last walk only (LLVM repeats them each walk). Debug records and intrinsics that name a deleted
// instruction are rewritten (DebugUses), uselistorder directives about changed values dropped.
// Blocks are merged into their only predecessors first (CfgEdits), and a branch on a constant
// makes the blocks it cuts off dead (GvnDeadBlocks), as in LLVM; a clobbering memset or memcpy
// from a constant may still give the value (GvnMemForwarding). Not modelled (the differential
// test counts what they cost): scalar PRE of other instructions (of GEP indices before a load's
// PRE, say), equalities propagated from branch conditions, duplicate phis merged, values of
// another type forwarded by coercion, value ranges and known bits in alias analysis.
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.EarliestEscapes;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Function;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryAccess;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class GvnPass {
  /** A bound on the walks over one function (LLVM has none; none of our inputs comes near). */
  private static final int MAX_WALKS = 20;

  private final CallAttributes calls;
  private final GvnRemarks remarks;
  private MemoryAccesses mem;
  private final DebugUses debugUses = new DebugUses();
  /** The values whose use lists the pass changed (uselistorder directives about them go). */
  private final Set<Value> touched = Collections.newSetFromMap(new IdentityHashMap<>());
  private final GvnDeadBlocks deadBlocks = new GvnDeadBlocks(touched);
  private Names names;
  private GvnPlaces places;
  private DominatorTree dt;
  private LoopInfo loops;
  private GvnDependence dependence;
  private GvnValueTable vn;

  private GvnPass(CallAttributes calls, List<PassRemark> out) {
    this.calls = calls;
    this.remarks = new GvnRemarks(out, i -> places.placeOf(i), v -> places.nameOf(v),
        i -> places.addressOf(i));
  }

  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    new GvnPass(calls, out).runOn(f);
  }

  private void runOn(Function f) {
    names = new Names(f);
    places = new GvnPlaces(f);
    if (CfgEdits.mergeBlocksIntoPredecessors(f, this::deletingPhi)) {
      touched.add(f); // uselistorder_bb directives name blocks that may be gone
    }
    for (int walk = 0; walk < MAX_WALKS; walk++) {
      remarks.startWalk();
      if (!walk(f)) {
        break;
      }
    }
    remarks.finish(dt);
    debugUses.finish(f);
    if (!touched.isEmpty()) {
      f.clearUseListOrders(); // use lists changed: the directives no longer hold
      if (f.parent() != null) {
        f.parent().useListOrders().removeIf(u -> touched.contains(u.value()));
      }
    }
  }

  private boolean walk(Function f) {
    dt = DominatorTree.of(f);
    loops = null;
    mem = memoryAccesses(dt);
    dependence = new GvnDependence(mem, dt);
    vn = new GvnValueTable(calls);
    boolean changed = false;
    for (BasicBlock b : dt.cfg().reversePostOrder()) {
      if (deadBlocks.contains(b)) {
        continue;
      }
      for (Instruction i : new ArrayList<>(b.instructions())) {
        if (i.parent() == b) {
          changed |= processInstruction(i);
        }
      }
    }
    return changed;
  }

  private boolean processInstruction(Instruction i) {
    if (i instanceof CallBase c && c.calledFunction() != null
        && c.calledFunction().name().startsWith("llvm.dbg.")) {
      return false;
    }
    Value simpler = GvnSimplify.simplify(i, dt);
    if (simpler != null) {
      if (i instanceof ICmpInst cmp && cmp.operand(0) == cmp.operand(1)
          && simpler instanceof ConstantInt c) {
        remarks.folded(cmp, !c.isZero());
      }
      if (i instanceof LoadInst l) {
        remarks.constantLoad(l, simpler);
      }
      i.replaceAllUsesWith(simpler);
      erase(i, simpler);
      return true;
    }
    if (i instanceof LoadInst l) {
      if (MemoryAccesses.isUnordered(l) && processLoad(l)) {
        return true;
      }
      vn.addLeader(vn.lookupOrAdd(l), l, l.parent());
      return false;
    }
    if (i instanceof dev.irscope.ir.BranchInst br) {
      return deadBlocks.foldBranch(br, this);
    }
    if (i.type().isVoid() || i.isTerminator()) {
      return false;
    }
    int fresh = vn.nextUnused();
    int n = vn.lookupOrAdd(i);
    if (i instanceof AllocaInst || i instanceof PhiInst || n >= fresh) {
      vn.addLeader(n, i, i.parent());
      return false;
    }
    Value leader = vn.findLeader(i.parent(), n, dt);
    if (leader == null) {
      vn.addLeader(n, i, i.parent());
      return false;
    }
    if (leader == i) {
      return false;
    }
    i.replaceAllUsesWith(leader);
    erase(i, leader);
    return true;
  }

  private boolean processLoad(LoadInst l) {
    if (l.numUses() == 0) {
      remarks.unused(l);
      erase(l, null);
      return true;
    }
    GvnDependence.Result local = dependence.local(l);
    if (local.kind() == GvnDependence.Kind.NON_LOCAL) {
      return GvnLoadPre.processNonLocal(this, l);
    }
    if (!local.isLocal()) {
      return false;
    }
    Value v = availableValue(l, local);
    if (v == null) {
      if (local.kind() == GvnDependence.Kind.CLOBBER) {
        remarks.clobbered(l, local.inst());
      }
      return false;
    }
    replaceLoad(l, List.of(new GvnLoadPre.Available(l.parent(), v, local.inst())), null, true);
    return true;
  }

  /**
   * AnalyzeLoadAvailability for one dependency: the value the load would read, or null. A
   * load or store of the same type gives its value (never a non-atomic one to an atomic load),
   * an alloca, lifetime.start or malloc-like call undef, a zeroing allocation zero; a clobbering
   * memset or memcpy may give one too (GvnMemForwarding).
   */
  Value availableValue(LoadInst l, GvnDependence.Result dep) {
    Instruction d = dep.inst();
    if (dep.kind() == GvnDependence.Kind.CLOBBER) {
      return GvnMemForwarding.value(l, d);
    }
    if (dep.kind() != GvnDependence.Kind.DEF) {
      return null;
    }
    if (d instanceof AllocaInst || (d instanceof CallBase c && c.calledFunction() != null
        && c.calledFunction().name().startsWith("llvm.lifetime.start"))) {
      return ConstantKeyword.get(l.type(), ConstantKeyword.Kind.UNDEF);
    }
    if (d instanceof CallBase c) {
      String kind = allocKind(c);
      return kind.contains("uninitialized") ? ConstantKeyword.get(l.type(),
          ConstantKeyword.Kind.UNDEF) : kind.contains("zeroed") ? ConstantKeyword.get(l.type(),
          ConstantKeyword.Kind.ZEROINITIALIZER) : null;
    }
    Value v = d instanceof StoreInst s ? s.value() : d instanceof LoadInst ld ? ld : null;
    boolean atomic = d instanceof MemoryAccess m && m.isAtomic();
    return v != null && v.type() == l.type() && (atomic || !l.isAtomic()) ? v : null;
  }

  private static String allocKind(CallBase c) {
    Function callee = c.calledFunction();
    if (callee == null) {
      return "";
    }
    if (List.of("malloc", "valloc", "_Znwm", "_Znam").contains(callee.name())) {
      return "uninitialized";
    }
    dev.irscope.ir.Attribute k = callee.fnAttributes().get("allockind");
    return k == null ? "" : String.valueOf(k);
  }

  /**
   * Replaces {@code l} by the value made from {@code values} (in its own block when
   * {@code local}, else by SSA construction) and says so: LoadElim, or LoadPRE with
   * {@code how} when loads were inserted for it. A phi made for the load takes its name.
   */
  void replaceLoad(LoadInst l, List<GvnLoadPre.Available> values, String how, boolean local) {
    SsaUpdater.Built built = local ? new SsaUpdater.Built(values.get(0).value(), false)
        : valueFor(l, values);
    Value v = built.value();
    List<PassRemark.Place> sources = new ArrayList<>();
    boolean self = false;
    for (GvnLoadPre.Available a : values) {
      self |= a.value() == l;
      if (a.value() != l && a.source() != null && !places.isInserted(a.source())
          && !sources.contains(places.placeOf(a.source()))) {
        sources.add(places.placeOf(a.source()));
      }
    }
    if (v instanceof PhiInst phi && l.hasName()) {
      phi.setName(l.name());
    }
    GvnRemarks.Provenance from = new GvnRemarks.Provenance(sources, self,
        built.joined() ? (PhiInst) v : null);
    if (how == null) {
      remarks.eliminated(l, v, from);
    } else {
      remarks.pre(l, how, from);
    }
    l.replaceAllUsesWith(v);
    erase(l, v);
  }

  /** The value of {@code l} built from the values at the ends of blocks (SSA construction). */
  private SsaUpdater.Built valueFor(LoadInst l, List<GvnLoadPre.Available> values) {
    if (values.size() == 1 && dt.properlyDominates(values.get(0).block(), l.parent())) {
      return new SsaUpdater.Built(values.get(0).value(), false);
    }
    Map<BasicBlock, Value> atEnd = new LinkedHashMap<>();
    for (GvnLoadPre.Available a : values) {
      if (a.source() != null && !atEnd.containsKey(a.block())
          && !(a.block() == l.parent() && a.value() == l)) {
        atEnd.put(a.block(), a.value());
      }
    }
    return SsaUpdater.valueAt(l, atEnd, dt.cfg(), names);
  }

  GvnPlaces places() {
    return places;
  }

  /** Splits the edge {@code from} -> {@code to}; the new block, with the analyses updated. */
  BasicBlock splitCriticalEdge(BasicBlock from, BasicBlock to) {
    BasicBlock b = CfgEdits.splitCriticalEdge(from, to, names);
    dt = DominatorTree.of(from.parent());
    loops = null;
    mem = memoryAccesses(dt);
    dependence = new GvnDependence(mem, dt);
    return b;
  }

  /** Alias queries as MemoryDependenceAnalysis asks BasicAA (GvnAliasRules). */
  private MemoryAccesses memoryAccesses(DominatorTree dt) {
    GvnAliasRules rules = new GvnAliasRules(new EarliestEscapes(dt, calls));
    AliasQueries aa = new AliasQueries(calls, rules);
    rules.attach(aa);
    return new MemoryAccesses(aa);
  }

  boolean mayWriteMemory(Instruction i) {
    return mem.kind(i) == MemoryAccesses.Kind.DEF;
  }

  Names names() {
    return names;
  }

  DominatorTree dt() {
    return dt;
  }

  LoopInfo loops() {
    if (loops == null) {
      loops = LoopInfo.of(dt);
    }
    return loops;
  }

  GvnDeadBlocks deadBlocks() {
    return deadBlocks;
  }

  GvnDependence dependence() {
    return dependence;
  }

  CallAttributes calls() {
    return calls;
  }

  GvnRemarks remarks() {
    return remarks;
  }

  private void deletingPhi(Instruction phi, Value replacement) {
    debugUses.deleting(phi, replacement);
    touched.addAll(phi.operands());
    touched.add(replacement);
  }

  /** Deletes {@code i}, which {@code replacement} (or nothing: null) replaces. */
  void erase(Instruction i, Value replacement) {
    debugUses.deleting(i, replacement);
    touched.addAll(i.operands());
    touched.add(replacement);
    vn.eraseLeader(i);
    vn.erase(i);
    i.parent().remove(i);
    i.dropAllReferences();
  }
}
