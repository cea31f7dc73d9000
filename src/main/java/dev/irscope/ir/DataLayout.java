// Sizes, alignments and struct field offsets of types, as LLVM 19's DataLayout computes them from
// a module's `target datalayout` string: LLVM's default specifications first (i1/i8 byte aligned,
// i16 2, i32 4, i64 4 ABI, f16/f32/f64/f128 natural, v64/v128 natural, 64-bit pointers, aggregates
// byte aligned), overridden by the string's i/f/v/a/p entries. Store size is the bytes a load or
// store touches ((bits + 7) / 8); alloc size rounds that up to the ABI alignment. Only what the
// analyses need: no preferred alignments, no native integer widths, no mangling.
package dev.irscope.ir;

import java.util.Map;
import java.util.TreeMap;

public final class DataLayout {
  private final TreeMap<Integer, Long> intAlign = new TreeMap<>();
  private final TreeMap<Integer, Long> floatAlign = new TreeMap<>();
  private final TreeMap<Integer, Long> vectorAlign = new TreeMap<>();
  private final Map<Integer, long[]> pointers = new TreeMap<>(); // as -> {size, abi, index} bits
  /** Struct layouts once computed (a struct's body does not change once it has one). */
  private final Map<StructType, long[]> layouts =
      new java.util.concurrent.ConcurrentHashMap<>();
  private long aggregateAlign = 1;

  private DataLayout(String spec) {
    intAlign.put(1, 1L);
    intAlign.put(8, 1L);
    intAlign.put(16, 2L);
    intAlign.put(32, 4L);
    intAlign.put(64, 4L);
    floatAlign.put(16, 2L);
    floatAlign.put(32, 4L);
    floatAlign.put(64, 8L);
    floatAlign.put(128, 16L);
    vectorAlign.put(64, 8L);
    vectorAlign.put(128, 16L);
    pointers.put(0, new long[] {64, 64, 64});
    if (spec != null && !spec.isEmpty()) {
      for (String item : spec.split("-")) {
        parse(item);
      }
    }
  }

  public static DataLayout of(Module m) {
    return new DataLayout(m.dataLayout());
  }

  public static DataLayout of(String spec) {
    return new DataLayout(spec);
  }

  private void parse(String item) {
    if (item.isEmpty()) {
      return;
    }
    char kind = item.charAt(0);
    String[] f = item.substring(1).split(":");
    try {
      switch (kind) {
        case 'i', 'f', 'v' -> {
          int bits = Integer.parseInt(f[0]);
          long abi = f.length > 1 ? Long.parseLong(f[1]) / 8 : 0;
          (kind == 'i' ? intAlign : kind == 'f' ? floatAlign : vectorAlign).put(bits,
              Math.max(abi, 1));
        }
        case 'a' -> aggregateAlign = Math.max(1, f.length > 1 ? Long.parseLong(f[1]) / 8 : 1);
        case 'p' -> {
          int as = f[0].isEmpty() ? 0 : Integer.parseInt(f[0]);
          long size = Long.parseLong(f[1]);
          long abi = f.length > 2 ? Long.parseLong(f[2]) : size;
          long index = f.length > 4 ? Long.parseLong(f[4]) : size;
          pointers.put(as, new long[] {size, abi, index});
        }
        default -> { } // endianness, mangling, stack, native widths and so on
      }
    } catch (RuntimeException e) {
      // a malformed entry keeps the defaults, as the verifier reports it elsewhere
    }
  }

  private long[] pointer(int as) {
    return pointers.getOrDefault(as, pointers.get(0));
  }

  /** The width in bits of GEP indices (and offsets) for pointers in {@code as}. */
  public int indexSizeInBits(int as) {
    return (int) pointer(as)[2];
  }

  /** The size in bits, or -1 for types without a fixed size (scalable, opaque, void...). */
  public long sizeInBits(Type t) {
    if (t instanceof IntegerType it) {
      return it.bits();
    }
    if (t instanceof PointerType p) {
      return pointer(p.addressSpace())[0];
    }
    if (t instanceof PrimitiveType p) {
      return switch (p.name()) {
        case "half", "bfloat" -> 16;
        case "float" -> 32;
        case "double", "x86_mmx" -> 64;
        case "x86_fp80" -> 80;
        case "fp128", "ppc_fp128" -> 128;
        case "x86_amx" -> 8192;
        default -> -1;
      };
    }
    if (t instanceof VectorType v) {
      long e = sizeInBits(v.elementType());
      return v.isScalable() || e < 0 ? -1 : e * v.length();
    }
    if (t instanceof StructType || t instanceof ArrayType) {
      long alloc = allocSize(t);
      return alloc < 0 ? -1 : alloc * 8;
    }
    return -1; // void, label, token, metadata, target extension types: no size
  }

  /** LLVM's getTypeStoreSize: the bytes a load or store of {@code t} touches; -1 if unsized. */
  public long storeSize(Type t) {
    if (t instanceof StructType || t instanceof ArrayType) {
      return allocSize(t);
    }
    long bits = sizeInBits(t);
    return bits < 0 ? -1 : (bits + 7) / 8;
  }

  /** LLVM's getTypeAllocSize: the store size rounded up to the ABI alignment; -1 if unsized. */
  public long allocSize(Type t) {
    if (t instanceof ArrayType a) {
      long e = allocSize(a.elementType());
      return e < 0 ? -1 : e * a.length();
    }
    if (t instanceof StructType s) {
      long[] layout = structLayout(s);
      return layout == null ? -1 : layout[layout.length - 1];
    }
    long store = storeSize(t);
    return store < 0 ? -1 : alignTo(store, abiAlign(t));
  }

  /** The ABI alignment in bytes. */
  public long abiAlign(Type t) {
    if (t instanceof IntegerType it) {
      Map.Entry<Integer, Long> e = intAlign.ceilingEntry(it.bits());
      return (e == null ? intAlign.lastEntry() : e).getValue();
    }
    if (t instanceof PointerType p) {
      return pointer(p.addressSpace())[1] / 8;
    }
    if (t instanceof ArrayType a) {
      return abiAlign(a.elementType());
    }
    if (t instanceof StructType s) {
      if (s.isPacked()) {
        return 1;
      }
      long max = aggregateAlign;
      for (Type e : s.isOpaque() ? java.util.List.<Type>of() : s.elements()) {
        max = Math.max(max, abiAlign(e));
      }
      return max;
    }
    long bits = sizeInBits(t);
    Long exact = t instanceof VectorType ? vectorAlign.get((int) bits)
        : floatAlign.get((int) bits);
    if (exact != null) {
      return exact;
    }
    long bytes = Math.max(1, t instanceof VectorType ? storeSize(t) : bits / 8);
    return Long.highestOneBit(bytes) == bytes ? bytes : Long.highestOneBit(bytes) << 1;
  }

  /** The byte offset of field {@code i} of {@code s}, or -1 when the struct has no layout. */
  public long fieldOffset(StructType s, int i) {
    long[] layout = structLayout(s);
    return layout == null || i < 0 || i >= layout.length - 1 ? -1 : layout[i];
  }

  /** Field offsets, then the struct's alloc size; null for opaque or unsized structs. */
  private long[] structLayout(StructType s) {
    if (s.isOpaque()) {
      return null;
    }
    long[] known = layouts.get(s);
    if (known != null) {
      return known;
    }
    long[] computed = computeStructLayout(s);
    if (computed != null) {
      layouts.putIfAbsent(s, computed);
    }
    return computed;
  }

  private long[] computeStructLayout(StructType s) {
    java.util.List<Type> elements = s.elements();
    long[] out = new long[elements.size() + 1];
    long offset = 0;
    for (int i = 0; i < elements.size(); i++) {
      Type e = elements.get(i);
      long size = allocSize(e);
      if (size < 0) {
        return null;
      }
      if (!s.isPacked()) {
        offset = alignTo(offset, abiAlign(e));
      }
      out[i] = offset;
      offset += size;
    }
    out[elements.size()] = alignTo(offset, abiAlign(s));
    return out;
  }

  private static long alignTo(long v, long align) {
    return align <= 1 ? v : (v + align - 1) / align * align;
  }
}
