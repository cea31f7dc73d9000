// The rewrite of LoopRotate (LoopRotationUtils' rotateLoop once it has decided), for a loop in
// LoopSimplify form whose header H ends in a conditional branch to the exit E and to the block N
// that becomes the new header:
// 1. N's single-entry phis are folded. H's phis stand, in the preheader P, for their values
//    from P. Each other instruction of H, in order, is either moved to the end of P (its
//    operands are all defined outside the loop and it neither reads nor writes memory, is no
//    terminator, debug intrinsic or alloca) or copied there with its operands mapped; a copy
//    that simplifies (InstSimplify as CopySimplify models it) to a value that keeps LCSSA form
//    is replaced by that value and dropped unless it has side effects. Copies take H's names,
//    uniqued with LLVM's counter. P now ends with a copy of H's exit test.
// 2. E's phis get from P what they got from H; H loses its phis' entries from P. Every use of a
//    value of H outside H is rewritten by SSAUpdater from its two definitions (H's and P's):
//    phis appear in N ([P's value, P], [H's value, H]) and, for IR not in LCSSA form, in E.
//    Debug records outside H that named such a value take P's value in P, the rewritten value
//    where SSAUpdater computed one, else undef; a new phi gets a copy of the #dbg_value that
//    located the phi of H it joins (insertDebugValuesForPHIs).
// 3. If P's copied test is a constant that enters the loop, P simply branches to N (and E
//    forgets P). Otherwise the edge P -> N is split by N.lr.ph, the loop's new preheader, and
//    each critical edge from inside a loop to E by a block PRED.E_crit_edge placed before E,
//    whose "split" phis keep E's phis in LCSSA form.
// 4. H, now entered only from the old latch, is merged into it
//    (MergeBlockIntoPredecessor), and the merged block's redundant debug records are removed.
// Debug records follow LLVM's RemoveDIs handling: P's branch's records come first; a moved
// instruction's records fall onto the next instruction of H; records are copied into P only for
// H's first instruction and for the one after each moved instruction (the NextDbgInsts cursor),
// and not when P already ends with the same record. Branch weights (!prof) are kept as they are
// (LLVM rescales them for the two copies of the test).
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.analysis.MemoryEffectsAnalysis;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueMapper;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class LoopRotateHeader {
  /**
   * What the rotation did: the new header, the block that now ends with the exit test, that
   * test as it was in the header, how many of the header's instructions were moved, copied or
   * folded, and whether the preheader now always enters the loop.
   */
  record Result(BasicBlock newHeader, BasicBlock latch, Place exitTest, int hoisted, int copied,
      int folded, boolean entered) {}

  private final Loop loop;
  private final LoopInfo li;
  private final BasicBlock header;
  private final BasicBlock preheader;
  private final Function f;
  private final CallAttributes calls;
  private final Names.Table names;
  private final ValueMapper vm = new ValueMapper();
  private final DebugUses debugUses = new DebugUses();
  private DominatorTree dt;
  private int hoisted;
  private int copied;
  private int folded;

  private LoopRotateHeader(Loop loop, LoopInfo li, BasicBlock preheader, CallAttributes calls) {
    this.loop = loop;
    this.li = li;
    this.header = loop.header();
    this.preheader = preheader;
    this.f = header.parent();
    this.calls = calls;
    this.names = new Names.Table(f);
  }

  /** Rotates {@code loop}, which LoopRotatePass found fit (see the file comment). */
  static Result rotate(Loop loop, LoopInfo li, BasicBlock preheader, CallAttributes calls) {
    return new LoopRotateHeader(loop, li, preheader, calls).rotate();
  }

  private Result rotate() {
    BranchInst bi = (BranchInst) header.terminator();
    Place exitTest = Place.of(bi);
    boolean exitWhenTrue = !loop.contains((BasicBlock) bi.operand(1));
    BasicBlock exit = (BasicBlock) bi.operand(exitWhenTrue ? 1 : 2);
    BasicBlock newHeader = (BasicBlock) bi.operand(exitWhenTrue ? 2 : 1);
    for (PhiInst phi : CfgEdits.phis(newHeader)) {
      Value v = phi.incomingValue(0) != phi ? phi.incomingValue(0)
          : ConstantKeyword.get(phi.type(), ConstantKeyword.Kind.POISON);
      debugUses.deleting(phi, v);
      phi.replaceAllUsesWith(v);
      newHeader.remove(phi);
      phi.dropAllReferences();
    }
    copyHeader();
    for (BasicBlock s : new LinkedHashSet<>(bi.successors())) {
      for (PhiInst phi : CfgEdits.phis(s)) {
        phi.addIncoming(phi.incomingValueFor(header), preheader);
      }
    }
    rewriteUses();
    BranchInst entry = (BranchInst) preheader.terminator();
    boolean entered = entry.condition() instanceof ConstantInt c
        && entry.operand(c.isZero() ? 2 : 1) == newHeader;
    if (entered) {
      CfgEdits.removePredecessor(exit, preheader);
      CfgEdits.replaceTerminator(preheader, new BranchInst(newHeader));
    } else {
      // SplitCriticalEdge names the block PREHEADER.NEWHEADER_crit_edge, then it is renamed.
      names.release(names.unique(CfgEdits.critEdgeName(preheader, newHeader)));
      CfgEdits.splitCriticalEdge(preheader, newHeader,
          names.unique((newHeader.hasName() ? newHeader.name() : "") + ".lr.ph"));
      splitExitEdges(exit);
    }
    BasicBlock latch = CfgEdits.predecessors(header).get(0);
    boolean merged = CfgEdits.mergeIntoPredecessor(header, debugUses::deleting);
    debugUses.finish(f);
    if (merged) {
      DebugRecords.removeRedundant(latch);
    }
    return new Result(newHeader, merged ? latch : header, exitTest, hoisted, copied, folded,
        entered);
  }

  // ---- step 1: the header into the preheader ----------------------------------------------

  private void copyHeader() {
    for (PhiInst phi : CfgEdits.phis(header)) {
      vm.put(phi, phi.incomingValueFor(preheader));
    }
    Instruction entry = preheader.terminator();
    Set<List<Object>> present = DebugRecords.endOf(preheader);
    List<DebugRecord> pending = new ArrayList<>(entry.takeDebugRecords());
    List<Instruction> insts = new ArrayList<>(header.instructions());
    insts.removeAll(CfgEdits.phis(header));
    List<DebugRecord> cursor = List.copyOf(insts.get(0).debugRecords());
    for (int k = 0; k < insts.size(); k++) {
      Instruction inst = insts.get(k);
      if (isHoistable(inst)) {
        pending.addAll(copyRecords(cursor, present));
        cursor = List.copyOf(insts.get(k + 1).debugRecords());
        CfgEdits.prependDebugRecords(insts.get(k + 1), inst.takeDebugRecords());
        header.remove(inst);
        place(inst, pending);
        hoisted++;
        continue;
      }
      Instruction c = inst.clone();
      c.takeDebugRecords();
      pending.addAll(copyRecords(cursor, present));
      cursor = List.of();
      vm.remap(c);
      if (InlineCost.isDebugIntrinsic(c) && present.contains(DebugRecords.identity(c))) {
        c.dropAllReferences();
        continue;
      }
      Value v = c.isTerminator() ? null : CopySimplify.simplify(c, preheader, this::domTree);
      if (v != null && keepsLcssa(v)) {
        vm.put(inst, v);
        if (!SideEffects.mayHaveSideEffects(c, calls)) {
          c.dropAllReferences();
          folded++;
          continue;
        }
      } else {
        vm.put(inst, c);
      }
      if (inst.hasName()) {
        c.setName(names.unique(inst.name()));
      }
      place(c, pending);
      copied++;
    }
    preheader.remove(entry);
    entry.dropAllReferences();
  }

  private DominatorTree domTree() {
    if (dt == null) {
      dt = DominatorTree.of(f);
    }
    return dt;
  }

  /** Puts {@code i} before the preheader's terminator, after the records pending there. */
  private void place(Instruction i, List<DebugRecord> pending) {
    i.takeDebugRecords();
    pending.forEach(i::addDebugRecord);
    pending.clear();
    preheader.insert(preheader.instructions().size() - 1, i);
  }

  /** LoopRotate's test for moving rather than copying an instruction of the header. */
  private boolean isHoistable(Instruction i) {
    for (Value op : i.operands()) {
      if (op instanceof Instruction oi && oi.parent() != null && loop.contains(oi.parent())) {
        return false;
      }
    }
    boolean memory = i instanceof CallBase c ? !calls.memoryEffects(c).doesNotAccessMemory()
        : MemoryEffectsAnalysis.modRef(i) != MemoryEffects.NONE;
    return !memory && !i.isTerminator() && !InlineCost.isDebugIntrinsic(i)
        && !(i instanceof AllocaInst) && !f.fnAttributes().has("presplitcoroutine");
  }

  /** Copies of {@code records} with the header's values mapped, less those P already ends with. */
  private List<DebugRecord> copyRecords(List<DebugRecord> records, Set<List<Object>> present) {
    List<DebugRecord> out = new ArrayList<>();
    for (DebugRecord r : records) {
      DebugRecord c = vm.map(r);
      if (!DebugRecords.isVariable(c) || !present.contains(DebugRecords.identity(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /** LoopInfo::replacementPreservesLCSSAForm for a copy in the preheader. */
  private boolean keepsLcssa(Value v) {
    if (!(v instanceof Instruction i) || i.parent() == preheader) {
      return true;
    }
    Loop to = li.getLoopFor(i.parent());
    return to == null || to.contains(li.getLoopFor(preheader));
  }

  // ---- step 2: uses of the header's values ------------------------------------------------

  private void rewriteUses() {
    for (PhiInst phi : CfgEdits.phis(header)) {
      phi.removeIncoming(phi.incomingIndexOf(preheader));
    }
    Cfg cfg = Cfg.of(f);
    List<PhiInst> inserted = new ArrayList<>();
    for (Instruction v : new ArrayList<>(header.instructions())) {
      if (v.numUses() == 0) {
        continue;
      }
      Value atPreheader = vm.map(v);
      Map<BasicBlock, Value> defs = new LinkedHashMap<>();
      defs.put(header, v);
      defs.put(preheader, atPreheader);
      SsaUpdater ssa = new SsaUpdater(v.type(), defs, cfg, LoopRotateHeader::llvmPredecessors,
          phi -> { });
      for (Use u : new ArrayList<>(v.uses())) {
        Instruction user = (Instruction) u.user();
        if (user instanceof PhiInst phi) {
          u.set(ssa.valueAtEnd(phi.incomingBlock(u.index())));
        } else if (user.parent() == preheader) {
          u.set(atPreheader);
        } else if (user.parent() != header) {
          u.set(ssa.valueAtEnd(user.parent()));
        }
      }
      for (PhiInst phi : ssa.removeTrivial()) {
        if (v.hasName()) {
          phi.setName(names.unique(v.name()));
        }
        inserted.add(phi);
      }
      rewriteDebugUses(v, atPreheader, ssa);
    }
    DebugRecords.insertForPhis(header, inserted);
  }

  /** A value's debug uses outside the header (LLVM finds them with findDbgValues). */
  private void rewriteDebugUses(Instruction v, Value atPreheader, SsaUpdater ssa) {
    for (BasicBlock b : f.blocks()) {
      for (Instruction i : b == header ? List.<Instruction>of() : b.instructions()) {
        if (i.debugRecords().stream().noneMatch(r -> DebugRecords.locationOps(r).contains(v))) {
          continue;
        }
        Value to = b == preheader ? atPreheader
            : ssa.hasValueFor(b) ? ssa.resolve(ssa.valueAtEnd(b))
            : ConstantKeyword.get(v.type(), ConstantKeyword.Kind.UNDEF);
        List<DebugRecord> rs = i.takeDebugRecords();
        for (DebugRecord r : rs) {
          i.addDebugRecord(DebugRecords.locationOps(r).contains(v)
              ? DebugRecords.replaceLocation(r, v, to) : r);
        }
      }
    }
  }

  /**
   * A block's predecessors in the order LLVM's SSAUpdater takes them: a phi's order when the
   * block has one, else the use list's, newest use first.
   */
  private static List<BasicBlock> llvmPredecessors(BasicBlock b) {
    List<PhiInst> phis = CfgEdits.phis(b);
    if (phis.isEmpty()) {
      return useOrder(b);
    }
    Set<BasicBlock> out = new LinkedHashSet<>();
    for (int k = 0; k < phis.get(0).numIncoming(); k++) {
      out.add(phis.get(0).incomingBlock(k));
    }
    return List.copyOf(out);
  }

  /** LLVM's predecessors(b): its use list's order, newest use first. */
  private static List<BasicBlock> useOrder(BasicBlock b) {
    List<BasicBlock> uses = new ArrayList<>(CfgEdits.predecessors(b));
    java.util.Collections.reverse(uses);
    return List.copyOf(new LinkedHashSet<>(uses));
  }

  // ---- step 3: loop exits -------------------------------------------------------------------

  private static int edgesInto(BasicBlock b) {
    int n = 0;
    for (BasicBlock p : CfgEdits.predecessors(b)) {
      n += java.util.Collections.frequency(Cfg.rawSuccessors(p), b);
    }
    return n;
  }

  /** Splits the critical edges into {@code exit} from loops that do not contain it. */
  private void splitExitEdges(BasicBlock exit) {
    for (BasicBlock pred : useOrder(exit)) {
      Loop from = li.getLoopFor(pred);
      if (from == null || from.contains(exit) || pred.terminator().opcode() == Opcode.INDIRECTBR
          || Cfg.rawSuccessors(pred).size() < 2 || edgesInto(exit) < 2) {
        continue;
      }
      BasicBlock split = CfgEdits.splitCriticalEdge(pred, exit,
          names.unique(CfgEdits.critEdgeName(pred, exit)));
      f.removeBlock(split);
      f.insertBlock(f.indexOf(exit), split);
      for (PhiInst phi : CfgEdits.phis(exit)) {
        int k = phi.incomingIndexOf(split);
        Value v = phi.incomingValue(k);
        if (v instanceof PhiInst p && p.parent() == split) {
          continue;
        }
        PhiInst lcssa = new PhiInst(phi.type());
        lcssa.setName(names.unique("split"));
        lcssa.addIncoming(v, pred);
        split.insert(split.instructions().size() - 1, lcssa);
        phi.setOperand(k, lcssa);
      }
    }
  }
}
