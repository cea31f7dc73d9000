// Sizes, alignments and constant GEP offsets as LLVM's DataLayout computes them for the x86-64
// layouts rustc and clang write (pointers 8 bytes, i64 and double aligned to 8, i128 to 16,
// x86_fp80 stored in 16 bytes, structs padded to their members' alignment unless packed). The
// datalayout string is not read; a target with other sizes gets approximate answers, which the
// alias and dereferenceability queries only use to prove things disjoint or in bounds.
package dev.irscope.transform;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.List;

public final class TypeSizes {
  private TypeSizes() {}

  /** The bytes a store of the type writes (LLVM's getTypeStoreSize), or -1 when unknown. */
  public static long storeSize(Type t) {
    if (t instanceof IntegerType it) {
      return (it.bits() + 7) / 8;
    }
    if (t == Type.X86_FP80) {
      return 10;
    }
    return allocSize(t);
  }

  /** The bytes between consecutive elements of the type in an array, or -1 when unknown. */
  public static long allocSize(Type t) {
    if (t instanceof IntegerType it) {
      return roundUp((it.bits() + 7) / 8, align(t));
    }
    if (t instanceof PointerType) {
      return 8;
    }
    if (t == Type.HALF || t == Type.BFLOAT) {
      return 2;
    }
    if (t == Type.FLOAT) {
      return 4;
    }
    if (t == Type.DOUBLE || t == Type.X86_MMX) {
      return 8;
    }
    if (t == Type.X86_FP80 || t == Type.FP128 || t == Type.PPC_FP128) {
      return 16;
    }
    if (t instanceof ArrayType at) {
      long e = allocSize(at.elementType());
      return e < 0 ? -1 : e * at.length();
    }
    if (t instanceof VectorType vt) {
      if (vt.isScalable()) {
        return -1;
      }
      long bits = bits(vt.elementType()) * vt.length();
      return bits <= 0 ? -1 : roundUp((bits + 7) / 8, align(t));
    }
    if (t instanceof StructType st && !st.isOpaque()) {
      long off = 0;
      for (Type e : st.elements()) {
        long size = allocSize(e);
        if (size < 0) {
          return -1;
        }
        off = roundUp(off, st.isPacked() ? 1 : align(e)) + size;
      }
      return roundUp(off, align(t));
    }
    return -1;
  }

  /** The ABI alignment of the type in bytes. */
  public static long align(Type t) {
    if (t instanceof IntegerType it) {
      int bytes = (it.bits() + 7) / 8;
      return bytes <= 1 ? 1 : bytes <= 2 ? 2 : bytes <= 4 ? 4 : bytes <= 8 ? 8 : 16;
    }
    if (t instanceof ArrayType at) {
      return align(at.elementType());
    }
    if (t instanceof VectorType vt) {
      long bits = bits(vt.elementType()) * vt.length();
      long bytes = Math.max(1, Long.highestOneBit(Math.max(1, (bits + 7) / 8)));
      return bytes < (bits + 7) / 8 ? bytes * 2 : bytes;
    }
    if (t instanceof StructType st && !st.isOpaque()) {
      if (st.isPacked()) {
        return 1;
      }
      long a = 1;
      for (Type e : st.elements()) {
        a = Math.max(a, align(e));
      }
      return a;
    }
    long size = allocSize(t);
    return size <= 0 ? 1 : Math.min(size, 16);
  }

  private static long bits(Type t) {
    if (t instanceof IntegerType it) {
      return it.bits();
    }
    long s = allocSize(t);
    return s < 0 ? -1 : s * 8;
  }

  /** The byte offset of member {@code index} of a struct, or -1. */
  public static long memberOffset(StructType st, int index) {
    long off = 0;
    List<Type> es = st.elements();
    for (int i = 0; i <= index && i < es.size(); i++) {
      long size = allocSize(es.get(i));
      if (size < 0) {
        return -1;
      }
      off = roundUp(off, st.isPacked() ? 1 : align(es.get(i)));
      if (i == index) {
        return off;
      }
      off += size;
    }
    return -1;
  }

  /**
   * The constant byte offset of GEP indices over {@code source}, or null when an index is not a
   * constant integer or a size is unknown.
   */
  public static Long gepOffset(Type source, List<Value> indices) {
    long off = 0;
    Type t = source;
    for (int k = 0; k < indices.size(); k++) {
      if (!(indices.get(k) instanceof ConstantInt c)) {
        return null;
      }
      long idx = c.longValue();
      if (k == 0) {
        long size = allocSize(t);
        if (size < 0) {
          return null;
        }
        off += idx * size;
        continue;
      }
      if (t instanceof StructType st) {
        long m = memberOffset(st, (int) idx);
        if (m < 0) {
          return null;
        }
        off += m;
        t = st.elements().get((int) idx);
      } else if (t instanceof ArrayType at) {
        long size = allocSize(at.elementType());
        if (size < 0) {
          return null;
        }
        off += idx * size;
        t = at.elementType();
      } else if (t instanceof VectorType vt) {
        long size = allocSize(vt.elementType());
        if (size < 0) {
          return null;
        }
        off += idx * size;
        t = vt.elementType();
      } else {
        return null;
      }
    }
    return off;
  }

  private static long roundUp(long v, long a) {
    return a <= 1 ? v : (v + a - 1) / a * a;
  }
}
