// Struct types: literal ({ i32, ptr } and packed <{ i8 }>, interned) or named (%T = type ...,
// one object per name in a Module, possibly opaque, possibly recursive through pointers).
package dev.irscope.ir;

import java.util.List;

public final class StructType extends Type {
  private final String name; // null for literal structs
  private List<Type> elements; // null while opaque
  private boolean packed;

  private StructType(String name, List<Type> elements, boolean packed) {
    this.name = name;
    this.elements = elements;
    this.packed = packed;
  }

  public static StructType literal(List<Type> elements, boolean packed) {
    List<Type> els = List.copyOf(elements);
    return intern(new Key(els, packed), () -> new StructType(null, els, packed));
  }

  private record Key(List<Type> elements, boolean packed) {}

  /** A new named struct, opaque until {@link #setBody} is called. */
  public static StructType named(String name) {
    return new StructType(name, null, false);
  }

  public void setBody(List<Type> elements, boolean packed) {
    this.elements = List.copyOf(elements);
    this.packed = packed;
  }

  public String name() {
    return name;
  }

  public boolean isLiteral() {
    return name == null;
  }

  public boolean isOpaque() {
    return elements == null;
  }

  public boolean isPacked() {
    return packed;
  }

  public List<Type> elements() {
    return elements == null ? List.of() : elements;
  }

  /** The body as written after "type": { ... }, <{ ... }> or opaque. */
  public String bodyString() {
    if (elements == null) {
      return "opaque";
    }
    StringBuilder sb = new StringBuilder(packed ? "<{" : "{");
    if (!elements.isEmpty()) {
      sb.append(' ');
      for (int i = 0; i < elements.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(elements.get(i));
      }
      sb.append(' ');
    }
    return sb.append(packed ? "}>" : "}").toString();
  }

  @Override
  public String toString() {
    return name != null ? "%" + Names.quoteIfNeeded(name) : bodyString();
  }
}
