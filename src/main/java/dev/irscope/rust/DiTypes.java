// Reading rustc's debug-info types (DIBasicType, DIDerivedType, DICompositeType) from the
// parsed metadata: Rust-style qualified names built from the scope chain (DINamespace "cell"
// in "core" gives core::cell::UnsafeCell<usize>), sizes and member offsets (in bits, as DWARF
// has them), the pointee of references and raw pointers (including the data_ptr of fat
// pointers such as &[T] and &dyn Trait), array elements, template parameters, and whether a
// type holds an UnsafeCell somewhere inside (not through pointers, which point elsewhere).
package dev.irscope.rust;

import dev.irscope.ir.MDLiteral;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class DiTypes {
  private DiTypes() {}

  private static final int MAX_DEPTH = 64;

  /** The DWARF tag of a type or member node ("DW_TAG_member"), or null. */
  public static String tag(MDNode n) {
    Metadata t = n == null ? null : n.field("tag");
    return t instanceof MDLiteral l ? l.spelling() : null;
  }

  /** The node behind typedefs and const/volatile qualifiers (members are kept). */
  public static MDNode strip(MDNode type) {
    MDNode t = type;
    for (int i = 0; t != null && i < MAX_DEPTH; i++) {
      String tag = tag(t);
      if (!"DW_TAG_typedef".equals(tag) && !"DW_TAG_const_type".equals(tag)
          && !"DW_TAG_volatile_type".equals(tag)) {
        return t;
      }
      t = t.nodeField("baseType");
    }
    return t;
  }

  /** The Rust-style name: qualified for structs, enums and unions, as rustc spells the rest. */
  public static String name(MDNode type) {
    MDNode t = strip(type);
    if (t == null) {
      return "()";
    }
    String own = t.stringField("name");
    if ("DICompositeType".equals(t.kind()) && "DW_TAG_array_type".equals(tag(t))) {
      long n = arrayLength(t);
      return "[" + name(t.nodeField("baseType")) + (n < 0 ? "" : "; " + n) + "]";
    }
    if (own == null) {
      return "?";
    }
    if (!"DICompositeType".equals(t.kind())) {
      return own;
    }
    return qualifier(t.nodeField("scope")) + own;
  }

  /** "core::cell::" for a type declared in namespace cell of crate core; "" at the root. */
  static String qualifier(MDNode scope) {
    List<String> parts = new ArrayList<>();
    MDNode s = scope;
    for (int i = 0; s != null && i < MAX_DEPTH; i++) {
      String n = s.stringField("name");
      if (n != null && !n.isEmpty()) {
        parts.add(0, n);
      }
      s = s.nodeField("scope");
    }
    return parts.isEmpty() ? "" : String.join("::", parts) + "::";
  }

  /** The size in bits (0 when not given, as for zero-sized types). */
  public static long sizeInBits(MDNode type) {
    MDNode t = type;
    for (int i = 0; t != null && i < MAX_DEPTH; i++) {
      long size = t.intField("size", -1);
      if (size >= 0) {
        return size;
      }
      t = "DW_TAG_member".equals(tag(t)) || !"DICompositeType".equals(t.kind())
          ? t.nodeField("baseType") : null;
    }
    return 0;
  }

  /** Whether the type is a reference or raw pointer (thin, or fat with a data_ptr member). */
  public static boolean isPointer(MDNode type) {
    return pointee(type) != null;
  }

  /** What a reference or raw pointer type points to, or null for other types. */
  public static MDNode pointee(MDNode type) {
    MDNode t = strip(type);
    if (t == null) {
      return null;
    }
    String tag = tag(t);
    if ("DW_TAG_pointer_type".equals(tag) || "DW_TAG_reference_type".equals(tag)) {
      return t.nodeField("baseType");
    }
    if ("DICompositeType".equals(t.kind()) && isPointerName(t.stringField("name"))) {
      for (MDNode m : members(t)) {
        if ("data_ptr".equals(m.stringField("name"))) {
          return pointee(m.nodeField("baseType"));
        }
      }
    }
    return null;
  }

  private static boolean isPointerName(String name) {
    return name != null && (name.startsWith("&") || name.startsWith("*const ")
        || name.startsWith("*mut "));
  }

  /** Whether a pointer type is a raw pointer (*const T or *mut T) rather than a reference. */
  public static boolean isRawPointer(MDNode type) {
    MDNode t = strip(type);
    String n = t == null ? null : t.stringField("name");
    return n != null && (n.startsWith("*const ") || n.startsWith("*mut ")) && isPointer(t);
  }

  /** Whether a pointer type is a mutable reference or *mut pointer. */
  public static boolean isMutablePointer(MDNode type) {
    MDNode t = strip(type);
    String n = t == null ? null : t.stringField("name");
    return n != null && (n.startsWith("&mut ") || n.startsWith("*mut ")) && isPointer(t);
  }

  /** The DW_TAG_member nodes of a struct or union, in order (empty for other types). */
  public static List<MDNode> members(MDNode type) {
    MDNode t = strip(type);
    if (t == null || !"DICompositeType".equals(t.kind())
        || "DW_TAG_array_type".equals(tag(t))) {
      return List.of();
    }
    MDNode elements = t.nodeField("elements");
    List<MDNode> out = new ArrayList<>();
    if (elements != null) {
      for (Metadata m : elements.operands()) {
        if (m instanceof MDNode n && "DW_TAG_member".equals(tag(n))) {
          out.add(n);
        }
      }
    }
    return out;
  }

  /** Whether the type is an array; its element type is then {@code baseType}. */
  public static boolean isArray(MDNode type) {
    MDNode t = strip(type);
    return t != null && "DW_TAG_array_type".equals(tag(t));
  }

  /** The element count of an array type's first subrange, or -1. */
  static long arrayLength(MDNode array) {
    MDNode elements = array.nodeField("elements");
    if (elements != null && !elements.operands().isEmpty()
        && elements.operands().get(0) instanceof MDNode sub) {
      return sub.intField("count", -1);
    }
    return -1;
  }

  /** The types given as template parameters (T of UnsafeCell<T>, F of spawn<F, T>). */
  public static List<MDNode> templateTypes(MDNode node) {
    MDNode params = node == null ? null : node.nodeField("templateParams");
    List<MDNode> out = new ArrayList<>();
    if (params != null) {
      for (Metadata m : params.operands()) {
        if (m instanceof MDNode p && p.nodeField("type") != null) {
          out.add(p.nodeField("type"));
        }
      }
    }
    return out;
  }

  /** The name without its generic arguments: "core::cell::UnsafeCell" for UnsafeCell<u8>. */
  public static String baseName(MDNode type) {
    String n = name(type);
    int lt = n.indexOf('<');
    return lt < 0 ? n : n.substring(0, lt);
  }

  /** Whether an UnsafeCell sits in the type itself, its fields or array elements, at any depth. */
  public static boolean containsUnsafeCell(MDNode type) {
    return findUnsafeCell(type, new HashSet<>(), 0) != null;
  }

  /** The first UnsafeCell found inside the type (itself included), or null. */
  public static MDNode findUnsafeCell(MDNode type) {
    return findUnsafeCell(type, new HashSet<>(), 0);
  }

  private static MDNode findUnsafeCell(MDNode type, Set<MDNode> seen, int depth) {
    MDNode t = strip(type);
    if (t == null || depth > MAX_DEPTH || !seen.add(t) || isPointer(t)) {
      return null;
    }
    if (isUnsafeCell(t)) {
      return t;
    }
    if (isArray(t)) {
      return findUnsafeCell(t.nodeField("baseType"), seen, depth + 1);
    }
    for (MDNode inner : fieldsAndVariants(t)) {
      MDNode found = findUnsafeCell(inner, seen, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Member types, and for enums the members of every variant (DW_TAG_variant_part). */
  private static List<MDNode> fieldsAndVariants(MDNode t) {
    List<MDNode> out = new ArrayList<>();
    MDNode elements = t.nodeField("elements");
    if (elements == null || !"DICompositeType".equals(t.kind())) {
      return out;
    }
    for (Metadata m : elements.operands()) {
      if (!(m instanceof MDNode n)) {
        continue;
      }
      if ("DW_TAG_variant_part".equals(tag(n)) || "DW_TAG_variant".equals(tag(n))) {
        out.addAll(fieldsAndVariants(n));
      } else if (n.nodeField("baseType") != null) {
        out.add(n.nodeField("baseType"));
      }
    }
    return out;
  }

  /** core::cell::UnsafeCell<T> (and SyncUnsafeCell<T>, which wraps one). */
  public static boolean isUnsafeCell(MDNode type) {
    String b = baseName(type);
    return b.equals("core::cell::UnsafeCell") || b.equals("core::cell::SyncUnsafeCell");
  }
}
