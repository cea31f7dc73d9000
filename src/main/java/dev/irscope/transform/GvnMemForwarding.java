// A value a memset or memcpy provides to a later load that it clobbers (LLVM 19's
// analyzeLoadFromClobberingMemInst and getMemInstValueForLoad, as GVN's AnalyzeLoadAvailability
// uses them): the intrinsic must write a constant number of bytes that hold all of the load,
// both addresses being one base plus constant offsets. A memset of a constant byte gives that
// byte repeated (an integer of the load's width; a pointer or a float only when the byte is 0);
// a memcpy or memmove from a constant global gives what the global's initializer holds there.
// Only a non-atomic load takes such a value. Anything else (another type, a byte that is not a
// constant, a copy from memory that may change): null, and the intrinsic is a clobber.
package dev.irscope.transform;

import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantFP;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import java.math.BigInteger;

final class GvnMemForwarding {
  private GvnMemForwarding() {}

  /** The value {@code clobber}, a memory intrinsic, leaves where {@code l} reads; or null. */
  static Value value(LoadInst l, Instruction clobber) {
    if (l.isAtomic() || !(clobber instanceof CallBase c) || c.calledFunction() == null
        || c.numArgs() < 3 || !(c.arg(2) instanceof ConstantInt length)) {
      return null;
    }
    String name = c.calledFunction().name();
    boolean set = name.startsWith("llvm.memset.");
    boolean copy = name.startsWith("llvm.memcpy.") || name.startsWith("llvm.memmove.");
    if (!set && !copy) {
      return null;
    }
    long offset = offsetInWrite(l, c.arg(0), length.longValue());
    if (offset < 0) {
      return null;
    }
    if (copy) {
      return c.arg(1) instanceof dev.irscope.ir.Constant
          ? ConstantLoads.fold(c.arg(1), offset, l.type()) : null;
    }
    return c.arg(1) instanceof ConstantInt b ? splat(b.unsignedValue() & 0xff, l.type()) : null;
  }

  /** analyzeLoadFromClobberingWrite: where in the write the load starts, or -1. */
  private static long offsetInWrite(LoadInst l, Value dest, long bytes) {
    long size = TypeSizes.LAYOUT.storeSize(l.type());
    if (size <= 0 || bytes <= 0 || TypeSizes.LAYOUT.sizeInBits(l.type()) % 8 != 0) {
      return -1;
    }
    PointerOffsets.Based w = PointerOffsets.strip(dest, TypeSizes.LAYOUT, true, false,
        x -> null);
    PointerOffsets.Based r = PointerOffsets.strip(l.pointer(), TypeSizes.LAYOUT, true, false,
        x -> null);
    if (w.base() != r.base() || w.offset() > r.offset()
        || w.offset() + bytes < r.offset() + size) {
      return -1;
    }
    return r.offset() - w.offset();
  }

  private static Value splat(long b, Type t) {
    if (t instanceof IntegerType it && it.bits() % 8 == 0) {
      BigInteger v = BigInteger.ZERO;
      for (int k = 0; k < it.bits() / 8; k++) {
        v = v.shiftLeft(8).or(BigInteger.valueOf(b));
      }
      return ConstantInt.get(it, v);
    }
    if (b != 0) {
      return null;
    }
    return t instanceof PointerType ? ConstantKeyword.get(t, ConstantKeyword.Kind.NULL)
        : t == PrimitiveType.FLOAT || t == PrimitiveType.DOUBLE
            ? ConstantFP.get(t, "0.000000e+00") : null;
  }
}
