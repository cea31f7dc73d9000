// LLVM's PHITransAddr for the addresses GVN follows into predecessors: an address computed in
// block B is rewritten as the value it has at the end of a predecessor P. A phi of B gives its
// incoming value from P; a cast or getelementptr defined in B is rebuilt over its translated
// operands, which is possible only when it then simplifies to an existing value (a cast of a
// constant folds, a GEP with zero indices is its base) or when an equal cast or GEP over those
// operands already exists in a block that dominates P. Values defined outside B stay as they
// are. Like PHITransAddr, an address keeps the leaves of its expression (the inputs): once a
// GEP was looked through, the phi its index depends on is translated in the block of the phi,
// even though the GEP itself lies further down. Anything else (an add with a constant is the one other kind LLVM translates) fails:
// null. For load PRE the translated address must be available at the end of P; when it is not,
// the casts and GEPs it needs are inserted there, named NAME.phi.trans.insert
// (translateWithInsertion).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantData;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.List;

final class GvnPhiTranslation {
  private Value address;
  /** The instructions at the leaves of the address expression (PHITransAddr's InstInputs). */
  private final List<Instruction> inputs = new ArrayList<>();

  GvnPhiTranslation(Value address) {
    this.address = address;
    if (address instanceof Instruction i) {
      inputs.add(i);
    }
  }

  private GvnPhiTranslation(GvnPhiTranslation other) {
    this.address = other.address;
    this.inputs.addAll(other.inputs);
  }

  GvnPhiTranslation copy() {
    return new GvnPhiTranslation(this);
  }

  Value address() {
    return address;
  }

  /** Whether going into {@code b}'s predecessors changes the address: an input is in b. */
  boolean needsTranslationFrom(BasicBlock b) {
    for (Instruction i : inputs) {
      if (i.parent() == b) {
        return true;
      }
    }
    return false;
  }

  /** PHITransAddr::isPotentiallyPHITranslatable. */
  boolean isPotentiallyTranslatable() {
    return !(address instanceof Instruction i) || canTranslate(i);
  }

  private static boolean canTranslate(Instruction i) {
    return i instanceof PhiInst || i instanceof GetElementPtrInst || i instanceof CastInst
        || (i.opcode() == dev.irscope.ir.Opcode.ADD
            && i.operand(1) instanceof dev.irscope.ir.ConstantInt);
  }

  /**
   * translateValue: the address at the end of {@code pred} (null when it cannot be known there;
   * with {@code mustDominate}, also when it is an instruction that does not dominate pred).
   */
  Value translate(BasicBlock b, BasicBlock pred, DominatorTree dt, boolean mustDominate) {
    address = dt.isReachableFromEntry(pred) ? sub(address, b, pred, dt) : null;
    if (mustDominate && address instanceof Instruction i && !dt.dominates(i.parent(), pred)) {
      address = null;
    }
    return address;
  }

  /** The address {@code v} of block {@code b} as seen at the end of {@code pred}, or null. */
  static Value translate(Value v, BasicBlock b, BasicBlock pred, DominatorTree dt) {
    return new GvnPhiTranslation(v).translate(b, pred, dt, false);
  }

  private Value sub(Value v, BasicBlock b, BasicBlock pred, DominatorTree dt) {
    if (!(v instanceof Instruction i)) {
      return v;
    }
    if (inputs.contains(i)) {
      if (i.parent() != b) {
        return i;
      }
      inputs.remove(i);
      if (i instanceof PhiInst phi) {
        return addAsInput(phi.incomingValueFor(pred));
      }
      if (!canTranslate(i)) {
        return null;
      }
      for (Value op : i.operands()) {
        if (op instanceof Instruction oi) {
          inputs.add(oi);
        }
      }
    }
    if (i instanceof CastInst c) {
      Value op = sub(c.operand(0), b, pred, dt);
      if (op == null || op == c.operand(0)) {
        return op == null ? null : c;
      }
      Value simpler = GvnSimplify.cast(c.opcode(), op, c.type());
      if (simpler != null) {
        removeInputs(op);
        return addAsInput(simpler);
      }
      if (op instanceof Constant) {
        return null;
      }
      for (User u : op.users()) {
        if (u instanceof CastInst other && other.opcode() == c.opcode()
            && other.type() == c.type() && other.parent() != null
            && dt.dominates(other.parent(), pred)) {
          return other;
        }
      }
      return null;
    }
    if (i instanceof GetElementPtrInst g) {
      List<Value> ops = new ArrayList<>();
      boolean changed = false;
      for (Value op : g.operands()) {
        Value t = sub(op, b, pred, dt);
        if (t == null) {
          return null;
        }
        changed |= t != op;
        ops.add(t);
      }
      if (!changed) {
        return g;
      }
      if (allZero(ops) && g.type() == ops.get(0).type()) {
        ops.forEach(this::removeInputs);
        return addAsInput(ops.get(0));
      }
      if (ops.get(0) instanceof ConstantData) {
        return null;
      }
      for (User u : ops.get(0).users()) {
        if (u instanceof GetElementPtrInst other && other.type() == g.type()
            && other.sourceElementType() == g.sourceElementType() && other.parent() != null
            && other.function() == g.function() && other.operands().equals(ops)
            && dt.dominates(other.parent(), pred)) {
          return other;
        }
      }
      return null;
    }
    return null;
  }

  private Value addAsInput(Value v) {
    if (v instanceof Instruction i) {
      inputs.add(i);
    }
    return v;
  }

  /** RemoveInstInputs: v, or the inputs under it, are no longer inputs. */
  private void removeInputs(Value v) {
    if (v instanceof Instruction i && !inputs.remove(i) && !(i instanceof PhiInst)) {
      i.operands().forEach(this::removeInputs);
    }
  }

  /**
   * The address {@code v} of block {@code b} at the end of {@code pred}, where it must be
   * available: found, or built there by inserting casts and GEPs (added to {@code inserted}).
   */
  static Value translateWithInsertion(Value v, BasicBlock b, BasicBlock pred, DominatorTree dt,
      List<Instruction> inserted, Names names) {
    return insert(v, b, pred, dt, inserted, names);
  }

  private static Value insert(Value v, BasicBlock b, BasicBlock pred, DominatorTree dt,
      List<Instruction> inserted, Names names) {
    Value found = translate(v, b, pred, dt);
    if (found != null && !(found instanceof Instruction fi && !dt.dominates(fi.parent(), pred))) {
      return found;
    }
    if (!(v instanceof CastInst || v instanceof GetElementPtrInst)) {
      return null;
    }
    Instruction i = (Instruction) v;
    List<Value> ops = new ArrayList<>();
    for (Value op : i.operands()) {
      Value t = insert(op, i.parent(), pred, dt, inserted, names);
      if (t == null) {
        return null;
      }
      ops.add(t);
    }
    Instruction made = i instanceof GetElementPtrInst g
        ? new GetElementPtrInst(g.type(), g.sourceElementType(), ops.get(0),
            ops.subList(1, ops.size()))
        : CastInst.create(i.opcode(), ops.get(0), i.type());
    made.setFlags(i.flags());
    made.setName(names.unique((i.hasName() ? i.name() : "") + ".phi.trans.insert"));
    pred.insert(pred.instructions().size() - 1, made);
    inserted.add(made);
    return made;
  }

  private static boolean allZero(List<Value> ops) {
    for (int k = 1; k < ops.size(); k++) {
      if (!GvnSimplify.isZero(ops.get(k))) {
        return false;
      }
    }
    return true;
  }
}
