// What LLVM's cost model counts as free on x86-64, shared by the inliner's cost (InlineCost) and
// LoopRotate's header size (CodeMetrics::analyzeBasicBlock with TTI's TCK_CodeSize, whose x86
// costs "should match the instruction count"): phis; casts the target folds (truncation,
// bitcast, pointer <-> pointer-wide integer); getelementptrs folded into an addressing mode
// (constant indices, or one variable index scaled by 1, 2, 4 or 8); extractvalue, freeze and
// static allocas; debug and marker intrinsics (lifetime, assume, ...); and the ephemeral values,
// which only feed llvm.assume (CodeMetrics::collectEphemeralValues). For the header size every
// other instruction counts 1, except a call, which counts 1 plus its parameters (1 for a
// library function LLVM lowers inline: fabs, sqrt, ...), a memcpy, memmove or memset
// (TCC_Expensive, 4) and a store through a getelementptr with a variable index (2).
package dev.irscope.transform;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.ArrayType;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

final class CodeSize {
  private CodeSize() {}

  private static final List<String> FREE_INTRINSICS = List.of("llvm.lifetime.", "llvm.assume",
      "llvm.invariant.", "llvm.launder.invariant.group", "llvm.strip.invariant.group",
      "llvm.is.constant", "llvm.objectsize", "llvm.ptr.annotation", "llvm.var.annotation",
      "llvm.annotation", "llvm.sideeffect", "llvm.experimental.noalias.scope.decl",
      "llvm.expect", "llvm.pseudoprobe", "llvm.dbg.");

  /** Library calls TargetTransformInfo::isLoweredToCall expects to become an instruction. */
  private static final Set<String> LOWERED_INLINE = Set.of("copysign", "copysignf",
      "copysignl", "fabs", "fabsf", "fabsl", "fmin", "fminf", "fminl", "fmax", "fmaxf", "fmaxl",
      "sin", "sinf", "sinl", "cos", "cosf", "cosl", "sqrt", "sqrtf", "sqrtl", "pow", "powf",
      "powl", "exp2", "exp2l", "exp2f", "floor", "floorf", "ceil", "round", "ffs", "ffsl", "abs",
      "labs", "llabs");

  /** TTI's free intrinsics (lowered to nothing) and the ones analyses fold. */
  static boolean isFreeIntrinsic(String name) {
    for (String free : FREE_INTRINSICS) {
      if (name.startsWith(free)) {
        return true;
      }
    }
    return false;
  }

  /** x86's free casts: truncation, bitcast, pointer <-> pointer-wide integer. */
  static boolean isFreeCast(CastInst c) {
    int from = c.srcType() instanceof IntegerType t ? t.bits() : 64;
    int to = c.destType() instanceof IntegerType t ? t.bits() : 64;
    return switch (c.opcode()) {
      case TRUNC, BITCAST -> true;
      case PTRTOINT, INTTOPTR -> from == 64 && to == 64;
      default -> false;
    };
  }

  /**
   * A GEP x86 folds into an addressing mode (base + index * scale + offset): constant indices
   * ({@code constant} says which operands are, folded values included), or one variable index
   * scaled by 1, 2, 4 or 8.
   */
  static boolean isFreeGep(GetElementPtrInst gep, UnaryOperator<Value> constant) {
    int variable = 0;
    Type indexed = gep.sourceElementType();
    for (int k = 1; k < gep.numOperands(); k++) {
      Type next = indexed;
      long stride = TypeSizes.LAYOUT.allocSize(indexed);
      if (k > 1) {
        next = indexed instanceof ArrayType a ? a.elementType()
            : indexed instanceof VectorType v ? v.elementType() : null;
        stride = next == null ? 0 : TypeSizes.LAYOUT.allocSize(next);
        if (indexed instanceof StructType st && constant.apply(gep.operand(k)) instanceof ConstantInt c
            && c.longValue() >= 0 && c.longValue() < st.elements().size()) {
          next = st.elements().get((int) c.longValue());
        }
      }
      if (constant.apply(gep.operand(k)) == null && (++variable > 1
          || !(stride == 1 || stride == 2 || stride == 4 || stride == 8))) {
        return false;
      }
      if (next == null) {
        return k == gep.numOperands() - 1;
      }
      indexed = next;
    }
    return true;
  }

  /** TTI::getInstructionCost(I, TCK_CodeSize) on x86-64, as summarised above. */
  static int instructionCost(Instruction i) {
    if (i instanceof CallBase c) {
      Function callee = c.calledFunction();
      if (callee != null && callee.isIntrinsic()) {
        return isFreeIntrinsic(callee.name()) ? 0 : Intrinsics.isMemIntrinsic(c) ? 4 : 1;
      }
      if (callee != null) {
        boolean inline = !callee.hasLocalLinkage() && LOWERED_INLINE.contains(callee.name());
        return inline ? 1 : 1 + callee.functionType().paramTypes().size();
      }
      return 1 + c.numArgs();
    }
    if (i instanceof GetElementPtrInst gep) {
      return isFreeGep(gep, v -> v instanceof Constant ? v : null) ? 0 : 1;
    }
    if (i instanceof CastInst c) {
      return isFreeCast(c) ? 0 : 1;
    }
    if (i instanceof AllocaInst a) {
      return a.arraySize() == null || a.arraySize() instanceof ConstantInt ? 0 : 1;
    }
    if (i instanceof StoreInst s && s.pointer() instanceof GetElementPtrInst gep) {
      for (int k = 1; k < gep.numOperands(); k++) {
        if (!(gep.operand(k) instanceof Constant)) {
          return 2;
        }
      }
      return 1;
    }
    Opcode op = i.opcode();
    return op == Opcode.PHI || op == Opcode.EXTRACTVALUE || op == Opcode.FREEZE ? 0 : 1;
  }

  /**
   * CodeMetrics::collectEphemeralValues: llvm.assume calls and the side-effect-free values
   * used only by them (the cost model skips them).
   */
  static Set<Instruction> ephemeralValues(Function f, CallAttributes calls) {
    Set<Instruction> eph = new HashSet<>();
    List<Instruction> all = new ArrayList<>();
    for (Instruction i : f.instructions()) {
      all.add(i);
      if (i instanceof CallBase c && Intrinsics.isIntrinsic(c, "llvm.assume")) {
        eph.add(i);
      }
    }
    if (eph.isEmpty()) {
      return eph;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = all.size() - 1; k >= 0; k--) {
        Instruction i = all.get(k);
        if (eph.contains(i) || i.numUses() == 0 || i.isTerminator()
            || SideEffects.mayHaveSideEffects(i, calls)) {
          continue;
        }
        boolean onlyEphemeral = true;
        for (Use u : i.uses()) {
          onlyEphemeral &= u.user() instanceof Instruction ui && eph.contains(ui);
        }
        if (onlyEphemeral) {
          eph.add(i);
          changed = true;
        }
      }
    }
    return eph;
  }
}
