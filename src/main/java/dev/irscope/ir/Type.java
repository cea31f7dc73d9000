// The type system: every Type is immutable and interned (except named struct types, which belong
// to a Module and are compared by identity), so types can be compared with ==.
package dev.irscope.ir;

import java.util.List;

public abstract class Type {
  static <T extends Type> T intern(Object key, java.util.function.Supplier<T> make) {
    return Uniquer.get(key, make);
  }

  public static final PrimitiveType VOID = new PrimitiveType("void", false);
  public static final PrimitiveType LABEL = new PrimitiveType("label", false);
  public static final PrimitiveType METADATA = new PrimitiveType("metadata", false);
  public static final PrimitiveType TOKEN = new PrimitiveType("token", false);
  public static final PrimitiveType X86_AMX = new PrimitiveType("x86_amx", false);
  public static final PrimitiveType X86_MMX = new PrimitiveType("x86_mmx", false);
  public static final PrimitiveType HALF = new PrimitiveType("half", true);
  public static final PrimitiveType BFLOAT = new PrimitiveType("bfloat", true);
  public static final PrimitiveType FLOAT = new PrimitiveType("float", true);
  public static final PrimitiveType DOUBLE = new PrimitiveType("double", true);
  public static final PrimitiveType X86_FP80 = new PrimitiveType("x86_fp80", true);
  public static final PrimitiveType FP128 = new PrimitiveType("fp128", true);
  public static final PrimitiveType PPC_FP128 = new PrimitiveType("ppc_fp128", true);
  public static final PointerType PTR = PointerType.get(0);
  public static final IntegerType I1 = IntegerType.get(1);
  public static final IntegerType I8 = IntegerType.get(8);
  public static final IntegerType I32 = IntegerType.get(32);
  public static final IntegerType I64 = IntegerType.get(64);

  private static final List<PrimitiveType> PRIMITIVES = List.of(VOID, LABEL, METADATA, TOKEN,
      X86_AMX, X86_MMX, HALF, BFLOAT, FLOAT, DOUBLE, X86_FP80, FP128, PPC_FP128);

  /** The primitive type spelled {@code name} ("void", "double", ...), or null. */
  public static PrimitiveType primitive(String name) {
    for (PrimitiveType t : PRIMITIVES) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  public boolean isVoid() {
    return this == VOID;
  }

  public boolean isInteger() {
    return this instanceof IntegerType;
  }

  public boolean isInteger(int bits) {
    return this instanceof IntegerType it && it.bits() == bits;
  }

  public boolean isFloatingPoint() {
    return this instanceof PrimitiveType p && p.isFloatingPoint();
  }

  public boolean isPointer() {
    return this instanceof PointerType;
  }

  public boolean isVector() {
    return this instanceof VectorType;
  }

  public boolean isAggregate() {
    return this instanceof StructType || this instanceof ArrayType;
  }

  /**
   * LLVM's getPrimitiveSizeInBits for int, fp and fixed-length vector types (of those); -1 for
   * any other type (where LLVM gives 0), pointers included since their width is the module's.
   */
  public long primitiveSizeInBits() {
    if (this instanceof IntegerType it) {
      return it.bits();
    }
    if (this instanceof VectorType v && !v.isScalable()) {
      long e = v.elementType().primitiveSizeInBits();
      return e < 0 ? -1 : e * v.length();
    }
    if (this == HALF || this == BFLOAT) {
      return 16;
    }
    if (this == FLOAT) {
      return 32;
    }
    if (this == DOUBLE) {
      return 64;
    }
    if (this == X86_FP80) {
      return 80;
    }
    return this == FP128 || this == PPC_FP128 ? 128 : -1;
  }

  /** The element type for vectors, else this type (LLVM's getScalarType). */
  public Type scalarType() {
    return this instanceof VectorType v ? v.elementType() : this;
  }

  /** Whether values of this type may be the result of an instruction or a constant. */
  public boolean isFirstClass() {
    return this != VOID && !(this instanceof FunctionType);
  }

  /** The textual IR spelling; named structs print as their %name. */
  @Override
  public abstract String toString();
}
