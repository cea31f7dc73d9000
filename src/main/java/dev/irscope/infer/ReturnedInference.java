// `returned` (spec B7.3): a parameter every `ret` of an exact definition returns, after pointer
// casts are stripped (stripPointerCasts, as addArgumentReturnedAttrs does), with the function's
// return type. Nothing when any parameter already has it.
package dev.irscope.infer;

import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.Value;

final class ReturnedInference {
  private ReturnedInference() {}

  static void run(SccContext scc) {
    for (Function f : scc.functions) {
      if (!f.hasExactDefinition() || f.returnType().isVoid()) {
        continue;
      }
      FunctionState s = scc.state(f);
      boolean already = false;
      for (int i = 0; i < s.params.size(); i++) {
        already |= s.paramHas(i, "returned");
      }
      if (already) {
        continue;
      }
      Argument ret = null;
      Instruction blocker = null;
      for (Instruction i : f.instructions()) {
        if (!(i instanceof ReturnInst r)) {
          continue;
        }
        Value v = strip(r.returnValue(), scc);
        if (!(v instanceof Argument a) || a.type() != f.returnType()
            || (ret != null && ret != a)) {
          blocker = i;
          ret = null;
          break;
        }
        ret = a;
      }
      if (ret != null) {
        s.params.get(ret.index()).put("returned", "returned");
        scc.remark(f, "ReturnedInferred", "returned", true, "returned on " + ret
            + ": every ret of " + Places.of(f) + " returns it", null);
      } else if (blocker != null) {
        scc.remark(f, "ReturnedNotInferred", "returned", false, "no parameter is returned: "
            + Places.of(blocker) + " returns something else", blocker);
      }
    }
  }

  /**
   * LLVM's stripPointerCasts: only a pointer is stripped (a call returning an array or an
   * integer is its own value, even when its callee returns an argument); through bitcasts,
   * address space casts, getelementptrs whose indices are all the constant 0, and calls with a
   * `returned` argument (not the intrinsics that merely alias their argument, which only the
   * alias-analysis variant looks through).
   */
  private static Value strip(Value v, SccContext scc) {
    for (int n = 0; v != null && n < 32 && v.type() instanceof PointerType; n++) {
      if (v instanceof GetElementPtrInst gep && zeroIndices(gep)) {
        v = gep.pointer();
      } else if (v instanceof Instruction i && (i.opcode() == Opcode.BITCAST
          || i.opcode() == Opcode.ADDRSPACECAST)) {
        v = i.operand(0);
      } else if (v instanceof CallBase call) {
        Value r = UnderlyingObject.returnedArgOperand(call,
            k -> scc.queries.paramHas(call, k, "returned"));
        if (r == null) {
          return v;
        }
        v = r;
      } else {
        return v;
      }
    }
    return v;
  }

  private static boolean zeroIndices(GetElementPtrInst gep) {
    for (int k = 1; k < gep.numOperands(); k++) {
      if (!(gep.operand(k) instanceof ConstantInt c) || !c.isZero()) {
        return false;
      }
    }
    return true;
  }
}
