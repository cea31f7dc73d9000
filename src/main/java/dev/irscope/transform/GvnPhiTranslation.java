// LLVM's PHITransAddr for the addresses GVN follows into predecessors: an address computed in
// block B is rewritten as the value it has at the end of a predecessor P. A phi of B gives its
// incoming value from P; a cast or getelementptr defined in B is rebuilt over its translated
// operands, which is possible only when it then simplifies to an existing value (a cast of a
// constant folds, a GEP with zero indices is its base) or when an equal cast or GEP over those
// operands already exists in a block that dominates P. Values defined outside B stay as they
// are. Anything else (an add with a constant is the one other kind LLVM translates) fails:
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
  private GvnPhiTranslation() {}

  /** PHITransAddr::isPotentiallyPHITranslatable. */
  static boolean isPotentiallyTranslatable(Value address) {
    return !(address instanceof Instruction i) || i instanceof PhiInst
        || i instanceof GetElementPtrInst || i instanceof CastInst
        || (i.opcode() == dev.irscope.ir.Opcode.ADD
            && i.operand(1) instanceof dev.irscope.ir.ConstantInt);
  }

  /** The address {@code v} of block {@code b} as seen at the end of {@code pred}, or null. */
  static Value translate(Value v, BasicBlock b, BasicBlock pred, DominatorTree dt) {
    if (!(v instanceof Instruction i) || i.parent() != b) {
      return v;
    }
    if (i instanceof PhiInst phi) {
      return phi.incomingValueFor(pred);
    }
    if (i instanceof CastInst c) {
      Value op = translate(c.operand(0), b, pred, dt);
      if (op == null || op == c.operand(0)) {
        return op == null ? null : c;
      }
      Value simpler = GvnSimplify.cast(c.opcode(), op, c.type());
      if (simpler != null) {
        return simpler;
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
        Value t = translate(op, b, pred, dt);
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
        return ops.get(0);
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
