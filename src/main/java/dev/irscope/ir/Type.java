// The type system: every Type is immutable and interned (except named struct types, which belong
// to a Module and are compared by identity), so types can be compared with ==.
package dev.irscope.ir;

public abstract class Type {
  static <T extends Type> T intern(Object key, java.util.function.Supplier<T> make) {
    return Uniquer.get(key, make);
  }

  // The predefined types are constants of the subclasses (PrimitiveType.VOID, IntegerType.I32,
  // PointerType.PTR), not of this class: a class whose static initializer makes instances of its
  // subclasses deadlocks when one thread initializes it while another initializes a subclass
  // (which initializes its superclass first), as the parser's threads once did.

  public boolean isVoid() {
    return this == PrimitiveType.VOID;
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
    if (this == PrimitiveType.HALF || this == PrimitiveType.BFLOAT) {
      return 16;
    }
    if (this == PrimitiveType.FLOAT) {
      return 32;
    }
    if (this == PrimitiveType.DOUBLE) {
      return 64;
    }
    if (this == PrimitiveType.X86_FP80) {
      return 80;
    }
    return this == PrimitiveType.FP128 || this == PrimitiveType.PPC_FP128 ? 128 : -1;
  }

  /** The element type for vectors, else this type (LLVM's getScalarType). */
  public Type scalarType() {
    return this instanceof VectorType v ? v.elementType() : this;
  }

  /** Whether values of this type may be the result of an instruction or a constant. */
  public boolean isFirstClass() {
    return this != PrimitiveType.VOID && !(this instanceof FunctionType);
  }

  /** The textual IR spelling; named structs print as their %name. */
  @Override
  public abstract String toString();
}
