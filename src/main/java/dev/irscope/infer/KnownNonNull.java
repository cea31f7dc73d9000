// Whether a pointer is known not to be null at a program point, as LLVM 19's isKnownNonZero
// (ValueTracking.cpp) decides it for pointers, with the IR as the file states it:
//   - a global or function (not extern_weak) in address space 0, an alloca where null is not a
//     valid address;
//   - a parameter declared nonnull, or dereferenceable or passed by value where null is not
//     valid; a call whose return is declared so; a load with !nonnull;
//   - an inbounds GEP (where null is not valid) of a non-null pointer or with a non-zero constant
//     offset; a bitcast of a non-null pointer; a phi or select whose every operand is non-null;
//   - isKnownNonNullFromDominatingCondition: a load or store through it, or a call passing it to
//     a nonnull parameter, that dominates the point; or a comparison with null whose branch
//     edge to the non-null side dominates it (through `and`s of conditions).
// Recursion stops at LLVM's depth of 6.
package dev.irscope.infer;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.BitCastInst;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Flags;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import java.util.ArrayList;
import java.util.List;

public final class KnownNonNull {
  private static final int MAX_DEPTH = 6;
  private static final int MAX_DOMINATING_USES = 20;

  private KnownNonNull() {}

  /** isKnownNonZero(v) at {@code ctx} (null: no context). */
  static boolean of(DereferenceableInference.Ir ir, Value v, Instruction ctx) {
    return nonNull(ir, v, ctx, 0);
  }

  /** isKnownNonZero(v) from the value alone: no program point, so no dominating condition. */
  public static boolean of(Value v) {
    return nonNull(null, v, null, 0);
  }

  private static boolean nonNull(DereferenceableInference.Ir ir, Value v, Instruction ctx,
      int depth) {
    if (!(v.type() instanceof PointerType pt)) {
      return false;
    }
    if (v instanceof ConstantKeyword) {
      return false;
    }
    if (v instanceof GlobalValue g) {
      return pt.addressSpace() == 0 && !"extern_weak".equals(g.linkage());
    }
    if (depth++ >= MAX_DEPTH) {
      return false;
    }
    Function f = ctx != null ? ctx.function()
        : v instanceof Instruction i ? i.function() : v instanceof Argument a ? a.parent() : null;
    boolean nullDefined = f == null || DereferenceableInference.Ir.nullIsDefined(f, v.type());
    if (v instanceof Argument a) {
      AttributeSet at = a.attributes();
      if (at.has("nonnull") || (!nullDefined && (at.dereferenceableBytes() > 0
          || at.has("byval") || at.has("inalloca") || at.has("preallocated")))) {
        return true;
      }
    } else if (fromOperator(ir, v, nullDefined, depth)) {
      return true;
    }
    return ctx != null && ir != null && !(v instanceof GlobalValue)
        && fromDominatingCondition(ir, v, ctx, nullDefined);
  }

  private static boolean fromOperator(DereferenceableInference.Ir ir, Value v,
      boolean nullDefined, int depth) {
    if (v instanceof AllocaInst) {
      return !nullDefined;
    }
    if (v instanceof BitCastInst c) {
      return nonNull(ir, c.operand(0), null, depth);
    }
    if (v instanceof GetElementPtrInst gep) {
      if (!gep.hasFlag(Flags.INBOUNDS) || nullDefined) {
        return false;
      }
      if (nonNull(ir, gep.operand(0), null, depth)) {
        return true;
      }
      for (int k = 1; k < gep.numOperands(); k++) {
        if (gep.operand(k) instanceof ConstantInt c && !c.isZero()) {
          return true; // a non-zero offset (a struct field at offset 0 aside, rare)
        }
      }
      return false;
    }
    if (v instanceof LoadInst l) {
      return l.attachment("nonnull") != null;
    }
    if (v instanceof CallBase call) {
      AttributeSet r = call.returnAttributes();
      Function callee = call.calledFunction();
      AttributeSet cr = callee == null ? AttributeSet.EMPTY : callee.returnAttributes();
      return r.has("nonnull") || cr.has("nonnull") || (!nullDefined
          && (r.dereferenceableBytes() > 0 || cr.dereferenceableBytes() > 0));
    }
    if (v instanceof PhiInst phi) {
      for (int k = 0; k < phi.numIncoming(); k++) {
        Value in = phi.incomingValue(k);
        if (in != phi && !nonNull(ir, in, phi.incomingBlock(k).terminator(), depth)) {
          return false;
        }
      }
      return phi.numIncoming() > 0;
    }
    if (v instanceof SelectInst sel) {
      return nonNull(ir, sel.operand(1), null, depth) && nonNull(ir, sel.operand(2), null, depth);
    }
    return false;
  }

  private static boolean fromDominatingCondition(DereferenceableInference.Ir ir, Value v,
      Instruction ctx, boolean nullDefined) {
    DominatorTree dt = ir.domTree(ctx.function());
    int explored = 0;
    for (Use u : v.uses()) {
      if (explored++ >= MAX_DOMINATING_USES || !(u.user() instanceof Instruction ui)
          || ui.function() != ctx.function()) {
        continue;
      }
      if (ui instanceof CallBase call && u.index() > 0 && u.index() <= call.numArgs()
          && call.paramAttributes(u.index() - 1).has("nonnull") && dt.dominates(ui, ctx)) {
        return true;
      }
      boolean pointerOperand = (ui instanceof LoadInst l && l.pointer() == v)
          || (ui instanceof StoreInst s && s.pointer() == v && s.value() != v);
      if (pointerOperand && !nullDefined && dt.dominates(ui, ctx)) {
        return true;
      }
      if (ui instanceof ICmpInst cmp && nullComparison(cmp, v) != null
          && branchDominates(cmp, nullComparison(cmp, v), ctx, dt)) {
        return true;
      }
    }
    return false;
  }

  /**
   * isKnownNonZero(v) at {@code ctx} for an integer, from its dominating conditions
   * (isKnownNonNullFromDominatingCondition, which LLVM applies to integers too): a comparison
   * of v whose one side excludes zero (cmpExcludesZero: `u>` anything, `!= 0`, or a constant
   * whose exact region leaves 0 out) and whose branch edge to that side dominates ctx.
   */
  public static boolean integerAt(Value v, Instruction ctx, DominatorTree dt) {
    int explored = 0;
    for (Use u : v.uses()) {
      if (explored++ >= MAX_DOMINATING_USES || !(u.user() instanceof ICmpInst cmp)
          || cmp.function() != ctx.function()) {
        continue;
      }
      String pred = cmp.operand(0) == v ? cmp.predicate() : SWAPPED.getOrDefault(
          cmp.predicate(), cmp.predicate());
      Value other = cmp.operand(0) == v ? cmp.operand(1) : cmp.operand(0);
      Boolean side = excludesZero(pred, other) ? Boolean.TRUE
          : excludesZero(INVERSE.get(pred), other) ? Boolean.FALSE : null;
      if (side != null && branchDominates(cmp, side, ctx, dt)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Map<String, String> SWAPPED = java.util.Map.of("ugt", "ult",
      "ult", "ugt", "uge", "ule", "ule", "uge", "sgt", "slt", "slt", "sgt", "sge", "sle",
      "sle", "sge");
  private static final java.util.Map<String, String> INVERSE = java.util.Map.of("eq", "ne",
      "ne", "eq", "ugt", "ule", "ule", "ugt", "uge", "ult", "ult", "uge", "sgt", "sle", "sle",
      "sgt", "sge", "slt", "slt", "sge");

  /** LLVM's cmpExcludesZero: no value satisfying `x pred other` is zero. */
  private static boolean excludesZero(String pred, Value other) {
    if (pred == null) {
      return false;
    }
    if (pred.equals("ugt")) {
      return true;
    }
    if (!(other instanceof ConstantInt c)) {
      return false;
    }
    if (pred.equals("ne")) {
      return c.isZero();
    }
    int sign = c.bigValue().signum(); // the constant as a signed value
    boolean zeroHolds = switch (pred) {
      case "eq", "uge" -> c.isZero();
      case "ult" -> !c.isZero();
      case "ule" -> true;
      case "slt" -> sign > 0;
      case "sle" -> sign >= 0;
      case "sgt" -> sign < 0;
      case "sge" -> sign <= 0;
      default -> true;
    };
    return !zeroHolds;
  }

  /** For `v ==/!= null`: whether the true edge is the non-null side, else null. */
  private static Boolean nullComparison(ICmpInst cmp, Value v) {
    Value other = cmp.operand(0) == v ? cmp.operand(1) : cmp.operand(0);
    if (!(other instanceof ConstantKeyword k) || k.kind() != ConstantKeyword.Kind.NULL) {
      return null;
    }
    return switch (cmp.predicate()) {
      case "ne", "ugt" -> true;
      case "eq", "ule" -> false;
      default -> null;
    };
  }

  private static boolean branchDominates(Instruction cond, boolean nonNullIfTrue,
      Instruction ctx, DominatorTree dt) {
    List<Instruction> work = new ArrayList<>(List.of(cond));
    for (int k = 0; k < work.size() && k < 16; k++) {
      for (Use u : work.get(k).uses()) {
        if (nonNullIfTrue && u.user() instanceof BinaryOperator and
            && (and.opcode() == Opcode.AND) && !work.contains(and)) {
          work.add(and);
        } else if (nonNullIfTrue && u.user() instanceof SelectInst sel && sel.operand(0)
            == work.get(k) && sel.operand(2) instanceof ConstantInt f && f.isZero()
            && !work.contains(sel)) {
          work.add(sel); // a logical and
        } else if (u.user() instanceof BranchInst br && br.isConditional()) {
          BasicBlock side = br.successors().get(nonNullIfTrue ? 0 : 1);
          BasicBlock other = br.successors().get(nonNullIfTrue ? 1 : 0);
          if (side != other && dt.dominatesEdge(br.parent(), side, ctx.parent())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The bytes of a load's !dereferenceable (or, second kind, _or_null) metadata. */
  static long metadataBytes(LoadInst l, String... kinds) {
    for (String kind : kinds) {
      Metadata m = l.attachment(kind);
      if (m instanceof MDNode n && !n.operands().isEmpty()
          && n.operands().get(0) instanceof ValueAsMetadata vm
          && vm.value() instanceof ConstantInt c) {
        return c.longValue();
      }
    }
    return 0;
  }
}
