// Types that are just a keyword: void, label, metadata, token, the x86 special types and the
// floating-point types.
package dev.irscope.ir;

import java.util.List;

public final class PrimitiveType extends Type {
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

  private static final List<PrimitiveType> ALL = List.of(VOID, LABEL, METADATA, TOKEN,
      X86_AMX, X86_MMX, HALF, BFLOAT, FLOAT, DOUBLE, X86_FP80, FP128, PPC_FP128);

  /** The primitive type spelled {@code name} ("void", "double", ...), or null. */
  public static PrimitiveType named(String name) {
    for (PrimitiveType t : ALL) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private final String name;
  private final boolean floatingPoint;

  PrimitiveType(String name, boolean floatingPoint) {
    this.name = name;
    this.floatingPoint = floatingPoint;
  }

  public String name() {
    return name;
  }

  @Override
  public boolean isFloatingPoint() {
    return floatingPoint;
  }

  @Override
  public String toString() {
    return name;
  }
}
