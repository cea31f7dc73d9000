// The attributes of one position (function, return value, or one parameter), as written: the
// attributes spelled inline plus references to attribute groups (#0). Queries look through the
// groups; printing keeps the spelling.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;

public final class AttributeSet {
  public static final AttributeSet EMPTY = new AttributeSet(List.of(), List.of());
  private final List<Attribute> attributes;
  private final List<AttributeGroup> groups;

  private AttributeSet(List<Attribute> attributes, List<AttributeGroup> groups) {
    this.attributes = attributes;
    this.groups = groups;
  }

  public static AttributeSet of(List<Attribute> attributes, List<AttributeGroup> groups) {
    if (attributes.isEmpty() && groups.isEmpty()) {
      return EMPTY;
    }
    return new AttributeSet(List.copyOf(attributes), List.copyOf(groups));
  }

  /** The attributes written inline (not those of referenced groups). */
  public List<Attribute> inline() {
    return attributes;
  }

  public List<AttributeGroup> groups() {
    return groups;
  }

  public boolean isEmpty() {
    return attributes.isEmpty() && groups.isEmpty();
  }

  /** Every attribute in effect: inline ones, then those of each group. */
  public List<Attribute> all() {
    if (groups.isEmpty()) {
      return attributes;
    }
    List<Attribute> out = new ArrayList<>(attributes);
    for (AttributeGroup g : groups) {
      out.addAll(g.attributes().all());
    }
    return out;
  }

  /** The first attribute named {@code name} in effect, or null. */
  public Attribute get(String name) {
    for (Attribute a : attributes) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    for (AttributeGroup g : groups) {
      Attribute a = g.attributes().get(name);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  public boolean has(String name) {
    return get(name) != null;
  }

  /** dereferenceable(N) bytes, or 0. */
  public long dereferenceableBytes() {
    Attribute a = get("dereferenceable");
    return a == null ? 0 : a.number();
  }

  /** dereferenceable_or_null(N) bytes, or 0. */
  public long dereferenceableOrNullBytes() {
    Attribute a = get("dereferenceable_or_null");
    return a == null ? 0 : a.number();
  }

  /** align N, or 0. */
  public long alignment() {
    Attribute a = get("align");
    return a == null ? 0 : a.number();
  }

  /** The memory effects stated by memory(...) or the legacy attributes; null when unstated. */
  public MemoryEffects memoryEffects() {
    return MemoryEffects.of(this);
  }

  /** Whether the pointer is stated not to be captured: nocapture or captures(none). */
  public boolean isNoCapture() {
    Attribute c = get("captures");
    return has("nocapture") || (c != null && c.args().trim().equals("none"));
  }

  /** The attributes as written, separated by spaces: "noundef align 8 #0". */
  public String spelling() {
    StringBuilder sb = new StringBuilder();
    for (Attribute a : attributes) {
      sb.append(sb.length() > 0 ? " " : "").append(a.spelling());
    }
    for (AttributeGroup g : groups) {
      sb.append(sb.length() > 0 ? " " : "").append('#').append(g.id());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return spelling();
  }
}
