// A pointer as a base plus a constant byte offset, as LLVM's
// Value::stripAndAccumulateConstantOffsets finds it: through GEPs whose indices are all constant
// (instructions or constant expressions; only inbounds ones unless non-inbounds are allowed),
// bitcasts and addrspacecasts, non-interposable aliases, and calls that return an argument
// (`returned`, and llvm.launder/strip.invariant.group when invariant groups are allowed). A GEP
// with a variable index, or one the data layout cannot size, is where the walk stops.
package dev.irscope.analysis;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantExpr;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Flags;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.GlobalAlias;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Type;
import dev.irscope.ir.User;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

public final class PointerOffsets {
  private PointerOffsets() {}

  /** {@code base} plus {@code offset} bytes. */
  public record Based(Value base, long offset) {}

  /** A bound for a GEP index that is not a constant (LLVM's ExternalAnalysis), or null. */
  public interface IndexBound {
    Long of(Value index);
  }

  public static Based strip(Value v, DataLayout dl, boolean allowNonInbounds,
      boolean allowInvariantGroup, UnderlyingObject.ReturnedArgument returned) {
    return strip(v, dl, allowNonInbounds, allowInvariantGroup, returned, i -> null);
  }

  public static Based strip(Value v, DataLayout dl, boolean allowNonInbounds,
      boolean allowInvariantGroup, UnderlyingObject.ReturnedArgument returned,
      IndexBound bound) {
    long offset = 0;
    Set<Value> visited = new HashSet<>();
    visited.add(v);
    while (v.type() instanceof PointerType) {
      Value next = null;
      if (isGep(v)) {
        User gep = (User) v;
        if (!allowNonInbounds && !isInBounds(gep)) {
          break;
        }
        Long o = gepOffset(gep, dl, bound);
        if (o == null) {
          break;
        }
        try {
          offset = Math.addExact(offset, o);
        } catch (ArithmeticException e) {
          break;
        }
        next = gep.operand(0);
      } else if (isCast(v)) {
        next = ((User) v).operand(0);
      } else if (v instanceof GlobalAlias ga && !ga.isIFunc()) {
        next = ga.isInterposable() ? null : ga.target();
      } else if (v instanceof CallBase call) {
        next = returned.of(call);
        Value launder = UnderlyingObject.aliasingIntrinsicArgument(call);
        if (allowInvariantGroup && launder != null) {
          next = launder;
        }
      }
      if (next == null || !visited.add(next)) {
        break;
      }
      v = next;
    }
    return new Based(v, offset);
  }

  /** A getelementptr instruction or constant expression. */
  public static boolean isGep(Value v) {
    return v instanceof GetElementPtrInst
        || (v instanceof ConstantExpr ce && ce.opcode() == Opcode.GETELEMENTPTR);
  }

  private static boolean isInBounds(User gep) {
    int flags = gep instanceof Instruction i ? i.flags() : ((ConstantExpr) gep).flags();
    return (flags & Flags.INBOUNDS) != 0;
  }

  private static boolean isCast(Value v) {
    Opcode op = v instanceof Instruction i ? i.opcode()
        : v instanceof ConstantExpr ce ? ce.opcode() : null;
    return (op == Opcode.BITCAST || op == Opcode.ADDRSPACECAST)
        && ((User) v).operand(0).type() instanceof PointerType;
  }

  /** LLVM's GEPOperator::accumulateConstantOffset: the GEP's byte offset, or null. */
  public static Long gepOffset(User gep, DataLayout dl, IndexBound bound) {
    try {
      return accumulate(gep, dl, bound);
    } catch (ArithmeticException e) {
      return null; // the offset overflows, as smul_ov / sadd_ov find
    }
  }

  private static Long accumulate(User gep, DataLayout dl, IndexBound bound) {
    Type t = gep instanceof GetElementPtrInst g ? g.sourceElementType()
        : ((ConstantExpr) gep).sourceElementType();
    long offset = 0;
    for (int k = 1; k < gep.numOperands(); k++) {
      Long known = gep.operand(k) instanceof ConstantInt ci ? Long.valueOf(ci.longValue())
          : bound.of(gep.operand(k));
      if (known == null) {
        return null;
      }
      long idx = known;
      if (k == 1 && idx == 0) {
        continue;
      }
      if (k == 1) {
        long size = dl.allocSize(t);
        if (size < 0) {
          return null;
        }
        offset = Math.addExact(offset, Math.multiplyExact(idx, size));
        continue;
      }
      if (t instanceof StructType s) {
        long field = dl.fieldOffset(s, (int) idx);
        if (field < 0) {
          return null;
        }
        offset = Math.addExact(offset, field);
        t = s.elements().get((int) idx);
      } else {
        t = t instanceof ArrayType a ? a.elementType()
            : t instanceof VectorType vt ? vt.elementType() : null;
        long size = t == null ? -1 : dl.allocSize(t);
        if (size < 0) {
          return null;
        }
        offset = Math.addExact(offset, Math.multiplyExact(idx, size));
      }
    }
    return offset;
  }

  /** A GEP's offset as constant bytes plus index values times their byte scales. */
  public record Collected(long constant, Map<Value, Long> variable) {}

  /**
   * LLVM's GEPOperator::collectOffset: the byte offset of a GEP as a constant plus, for each
   * index that is not a constant, that index times the size of what it steps over (scales of
   * a repeated index add up; indices keep their first-seen order); null when a size is unknown.
   */
  public static Collected collectOffset(User gep, DataLayout dl) {
    Type t = gep instanceof GetElementPtrInst g ? g.sourceElementType()
        : ((ConstantExpr) gep).sourceElementType();
    long offset = 0;
    Map<Value, Long> variable = new LinkedHashMap<>();
    for (int k = 1; k < gep.numOperands(); k++) {
      Value index = gep.operand(k);
      if (k > 1 && t instanceof StructType s) {
        long field = dl.fieldOffset(s, (int) ((ConstantInt) index).longValue());
        if (field < 0) {
          return null;
        }
        offset += field;
        t = s.elements().get((int) ((ConstantInt) index).longValue());
        continue;
      }
      if (k > 1) {
        t = t instanceof ArrayType a ? a.elementType()
            : t instanceof VectorType vt ? vt.elementType() : null;
      }
      long size = t == null ? -1 : dl.allocSize(t);
      if (size < 0) {
        return null;
      }
      if (index instanceof ConstantInt ci) {
        offset += ci.longValue() * size;
      } else if (!(index instanceof Constant) && size != 0) {
        variable.merge(index, size, Long::sum);
      } else if (size != 0) {
        return null;
      }
    }
    return new Collected(offset, variable);
  }
}
