// Loads from constant memory that InstSimplify folds (LLVM 19's simplifyLoadInst over
// ConstantFoldLoadFromConstPtr), as GVN's first step on every instruction: a non-volatile load
// whose address is a constant global with a definitive initializer (a constant, not
// interposable, not externally initialized) plus a constant offset reads what the initializer
// holds there. Followed: arrays and structs element by element down to a value of the load's
// type at offset 0, strings byte by byte (little endian for wider integers), zero and undef
// initializers whatever the offset. Anything else (vectors, a value spanning elements, types
// that differ) is not folded: null.
package dev.irscope.transform;

import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.ArrayType;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantAggregate;
import dev.irscope.ir.ConstantDataString;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import java.math.BigInteger;

final class ConstantLoads {
  private ConstantLoads() {}

  /** The constant {@code l} reads, or null. */
  static Value fold(LoadInst l) {
    return l.isVolatile() ? null : fold(l.pointer(), 0, l.type());
  }

  /**
   * What a {@code t} read {@code extra} bytes past {@code p} holds when p is in a constant
   * global with a definitive initializer (ConstantFoldLoadFromConstPtr), or null.
   */
  static Value fold(Value p, long extra, Type t) {
    PointerOffsets.Based b = PointerOffsets.strip(p, TypeSizes.LAYOUT, true, true, c -> null);
    if (!(b.base() instanceof GlobalVariable g) || !g.isConstant() || g.isDeclaration()
        || g.isInterposable() || g.isExternallyInitialized()) {
      return null;
    }
    return read(g.initializer(), b.offset() + extra, t);
  }

  private static Value read(Constant c, long offset, Type t) {
    if (c instanceof ConstantKeyword k) {
      return k.isNullValue() ? zero(t) : k.isUndefOrPoison() ? ConstantKeyword.get(t, k.kind())
          : null;
    }
    if (offset < 0) {
      return null;
    }
    if (offset == 0 && c.type() == t && !(c instanceof ConstantAggregate)) {
      return c;
    }
    if (c instanceof ConstantDataString s && t instanceof IntegerType it && it.bits() % 8 == 0
        && offset + it.bits() / 8 <= s.bytes().length) {
      BigInteger v = BigInteger.ZERO;
      for (int k = it.bits() / 8 - 1; k >= 0; k--) {
        v = v.shiftLeft(8).or(BigInteger.valueOf(s.bytes()[(int) offset + k] & 0xff));
      }
      return ConstantInt.get(it, v);
    }
    if (c instanceof ConstantAggregate a && a.type() instanceof ArrayType at) {
      long size = TypeSizes.LAYOUT.allocSize(at.elementType());
      long index = size <= 0 ? -1 : offset / size;
      return index < 0 || index >= a.numOperands() ? null
          : read((Constant) a.operand((int) index), offset - index * size, t);
    }
    if (c instanceof ConstantAggregate a && a.type() instanceof StructType st) {
      for (int k = a.numOperands() - 1; k >= 0; k--) {
        long field = TypeSizes.LAYOUT.fieldOffset(st, k);
        if (field >= 0 && field <= offset) {
          return read((Constant) a.operand(k), offset - field, t);
        }
      }
    }
    return null;
  }

  private static Value zero(Type t) {
    return t instanceof IntegerType it ? ConstantInt.get(it, 0)
        : t instanceof PointerType ? ConstantKeyword.get(t, ConstantKeyword.Kind.NULL) : null;
  }
}
