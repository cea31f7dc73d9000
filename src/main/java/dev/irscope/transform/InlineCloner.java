// The callee's body copied into the caller the way LLVM's inliner copies it
// (CloneAndPruneFunctionInto): only what the call can reach. Blocks are copied from the entry
// along the successors of each copied block; an instruction whose operands are now constants
// (an argument was a constant) is folded instead of copied, and a branch or switch on such a
// constant becomes a branch to its one destination, so the other destinations are never copied.
// Then, as LLVM does once the copy is complete: phis drop the entries of blocks not copied (one
// entry per remaining edge) and a phi left with one value is that value; what became constant
// through phis is folded, terminators on constants are folded and blocks no longer reached are
// dropped; a block that only its predecessor branches to is merged into it. Copies are named
// as the originals with ".i" (unique in the caller); unnamed values stay unnamed. The debug
// records of a folded instruction move to the next copied one; function-local metadata is
// mapped last, when every value has its final copy (a value that was not copied becomes poison
// there).
package dev.irscope.transform;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class InlineCloner {
  private final Function callee;
  private final Function caller;
  private final ValueMapper vm;
  private final Names.Table names;
  private final CallAttributes calls;
  private final Map<BasicBlock, BasicBlock> copies = new HashMap<>();
  private final Map<Instruction, Instruction> originals = new IdentityHashMap<>();
  /** The copied blocks in the callee's order, appended to the caller; the first is the entry. */
  final List<BasicBlock> blocks = new ArrayList<>();

  InlineCloner(Function callee, Function caller, ValueMapper vm, Names.Table names,
      CallAttributes calls) {
    this.callee = callee;
    this.caller = caller;
    this.vm = vm;
    this.names = names;
    this.calls = calls;
  }

  /** Copies the part of the callee the call reaches; the arguments must be mapped already. */
  void run() {
    Deque<BasicBlock> work = new ArrayDeque<>();
    work.push(callee.entryBlock());
    while (!work.isEmpty()) {
      BasicBlock b = work.pop();
      if (!copies.containsKey(b)) {
        copyBlock(b, work);
      }
    }
    for (BasicBlock b : callee.blocks()) {
      BasicBlock copy = copies.get(b);
      if (copy != null) {
        blocks.add(copy);
        caller.addBlock(copy);
      }
    }
    for (BasicBlock b : blocks) {
      vm.remapOperands(b.terminator());
    }
    fixPhis();
    boolean changed = true;
    while (changed) {
      changed = simplify() | foldTerminators();
    }
    mergeFallThroughs();
    for (BasicBlock b : blocks) {
      b.instructions().forEach(vm::remap);
    }
  }

  /** The returns of the copy. */
  List<ReturnInst> returns() {
    List<ReturnInst> out = new ArrayList<>();
    for (BasicBlock b : blocks) {
      if (b.terminator() instanceof ReturnInst r) {
        out.add(r);
      }
    }
    return out;
  }

  private void copyBlock(BasicBlock b, Deque<BasicBlock> work) {
    BasicBlock copy = new BasicBlock(b.hasName() ? names.unique(b.name() + ".i") : null);
    copy.setPosition(b.line(), b.column());
    copies.put(b, copy);
    vm.put(b, copy);
    List<DebugRecord> pending = new ArrayList<>();
    for (Instruction i : b.instructions()) {
      if (i.isTerminator()) {
        break;
      }
      Instruction c = i.clone();
      if (!(c instanceof PhiInst)) {
        vm.remapOperands(c);
        if (ConstantFolding.fold(c, v -> v) instanceof Constant k) {
          vm.put(i, k);
          pending.addAll(c.takeDebugRecords());
          c.dropAllReferences();
          continue;
        }
      }
      append(copy, i, c, pending);
    }
    Instruction t = b.terminator();
    BasicBlock only = knownDestination(t);
    Instruction c = only == null ? t.clone() : new BranchInst(only);
    if (only != null) {
      c.setPosition(t.line(), t.column());
      t.debugRecords().forEach(c::addDebugRecord);
    }
    append(copy, t, c, pending);
    // LLVM's ToClone stack: the last successor is copied first
    for (BasicBlock s : only == null ? t.successors() : List.of(only)) {
      work.push(s);
    }
  }

  private void append(BasicBlock copy, Instruction original, Instruction c,
      List<DebugRecord> pending) {
    CfgEdits.prependDebugRecords(c, pending);
    pending.clear();
    if (original.hasName()) {
      c.setName(names.unique(original.name() + ".i"));
    }
    vm.put(original, c);
    originals.put(c, original);
    copy.append(c);
  }

  /** The one destination of a branch or switch whose condition is known constant, or null. */
  private BasicBlock knownDestination(Instruction t) {
    if (t instanceof BranchInst br && br.isConditional()
        && vm.map(br.condition()) instanceof ConstantInt c) {
      return (BasicBlock) br.operand(c.isZero() ? 2 : 1);
    }
    if (t instanceof SwitchInst sw && vm.map(sw.condition()) instanceof ConstantInt c) {
      return sw.destinationFor(c);
    }
    return null;
  }

  /** Phis keep one entry per remaining edge from a copied block, their values mapped. */
  private void fixPhis() {
    for (BasicBlock b : blocks) {
      Map<BasicBlock, Integer> edges = new HashMap<>();
      for (BasicBlock p : blocks) {
        for (BasicBlock s : p.successors()) {
          if (s == b) {
            edges.merge(p, 1, Integer::sum);
          }
        }
      }
      for (PhiInst phi : CfgEdits.phis(b)) {
        List<Value> values = new ArrayList<>();
        List<BasicBlock> preds = new ArrayList<>();
        Map<BasicBlock, Integer> used = new HashMap<>();
        for (int k = 0; k < phi.numIncoming(); k++) {
          BasicBlock p = copies.get(phi.incomingBlock(k));
          if (p != null && used.merge(p, 1, Integer::sum) <= edges.getOrDefault(p, 0)) {
            values.add(vm.map(phi.incomingValue(k)));
            preds.add(p);
          }
        }
        while (phi.numIncoming() > 0) {
          phi.removeIncoming(phi.numIncoming() - 1);
        }
        for (int k = 0; k < values.size(); k++) {
          phi.addIncoming(values.get(k), preds.get(k));
        }
      }
    }
  }

  /** Folds copies whose operands became constant and phis of one value; true if any. */
  private boolean simplify() {
    boolean changed = false;
    for (BasicBlock b : blocks) {
      for (Instruction i : new ArrayList<>(b.instructions())) {
        Value v = i instanceof PhiInst phi ? onlyValue(phi)
            : i.isTerminator() || SideEffects.mayHaveSideEffects(i, calls)
                || i instanceof CallBase ? null : ConstantFolding.fold(i, x -> x);
        if (v != null && v != i) {
          replace(i, v);
          changed = true;
        }
      }
    }
    return changed;
  }

  /** The value every entry of the phi has (itself aside), or null. */
  static Value onlyValue(PhiInst phi) {
    Value only = null;
    for (int k = 0; k < phi.numIncoming(); k++) {
      Value v = phi.incomingValue(k);
      if (v != phi && only != null && v != only) {
        return null;
      }
      only = v == phi ? only : v;
    }
    // a value defined in the phi's own block does not dominate it (unreachable cycles)
    return only instanceof Instruction i && i.parent() == phi.parent() ? null : only;
  }

  private void replace(Instruction i, Value v) {
    i.replaceAllUsesWith(v);
    vm.put(originals.get(i), v);
    BasicBlock b = i.parent();
    Instruction next = b.instructions().get(b.instructions().indexOf(i) + 1);
    CfgEdits.prependDebugRecords(next, i.takeDebugRecords());
    i.dropAllReferences();
    b.remove(i);
  }

  /** Folds branches and switches on constants, dropping the blocks no longer reached. */
  private boolean foldTerminators() {
    boolean changed = false;
    for (BasicBlock b : blocks) {
      BasicBlock only = knownDestination(b.terminator());
      if (only != null) {
        CfgEdits.foldTerminator(b, only);
        changed = true;
      }
    }
    if (!changed) {
      return false;
    }
    Set<BasicBlock> reached = new HashSet<>();
    Deque<BasicBlock> work = new ArrayDeque<>(List.of(blocks.get(0)));
    while (!work.isEmpty()) {
      BasicBlock b = work.pop();
      if (reached.add(b)) {
        work.addAll(b.successors());
      }
    }
    List<BasicBlock> dead = new ArrayList<>();
    for (BasicBlock b : blocks) {
      if (!reached.contains(b)) {
        dead.add(b);
        b.instructions().forEach(i -> vm.forget(originals.get(i)));
      }
    }
    CfgEdits.deleteBlocks(caller, dead);
    blocks.removeAll(dead);
    return true;
  }

  /** Merges each block into its predecessor when that is its only one and only goes there. */
  private void mergeFallThroughs() {
    boolean merged = true;
    while (merged) {
      merged = false;
      for (BasicBlock b : new ArrayList<>(blocks)) {
        merged |= blocks.contains(b) && mergeSuccessor(b);
      }
    }
  }

  private boolean mergeSuccessor(BasicBlock b) {
    if (!(b.terminator() instanceof BranchInst br) || br.isConditional()) {
      return false;
    }
    BasicBlock d = (BasicBlock) br.operand(0);
    if (d == b || d == blocks.get(0) || !blocks.contains(d) || d.numUses() != 1) {
      return false;
    }
    for (PhiInst phi : CfgEdits.phis(d)) {
      replace(phi, phi.incomingValue(0));
    }
    CfgEdits.spliceIntoPredecessor(d, b);
    blocks.remove(d);
    return true;
  }
}
