// From a Rust type and a byte offset into it to the fields the offset lies in, as DWARF member
// offsets (in bits) give them. With the size of an access (a load of 8 bytes), the walk goes
// down to the innermost field that holds the whole access (AtomicUsize at 0 for 8 bytes: inner,
// then value); without one (a pointer that is only computed), it goes down while the offset
// lies strictly inside a field, so a pointer to the start of a field names that field. Array
// elements count as steps "[i]". Enum variants are not entered: which one is live is a runtime
// matter, so the walk stops at the enum. Zero-sized fields are skipped.
package dev.irscope.rust;

import dev.irscope.ir.MDNode;
import java.util.ArrayList;
import java.util.List;

final class FieldWalk {
  private FieldWalk() {}

  private static final int MAX_DEPTH = 64;

  /** The fields of {@code type} reached at {@code offset} bytes for an access of {@code size}. */
  static List<FieldStep> walk(MDNode type, long offset, long size) {
    List<FieldStep> path = new ArrayList<>();
    MDNode t = type;
    long rel = offset;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
      if (size <= 0 && rel == 0) {
        break;
      }
      FieldStep step = DiTypes.isArray(t) ? element(t, rel, size) : member(t, rel, size);
      if (step == null) {
        break;
      }
      path.add(step);
      rel -= step.offset();
      t = step.type();
    }
    return path;
  }

  private static FieldStep member(MDNode t, long rel, long size) {
    for (MDNode m : DiTypes.members(t)) {
      long start = m.intField("offset", 0) / 8;
      long len = DiTypes.sizeInBits(m) / 8;
      if (len > 0 && contains(start, len, rel, size)) {
        String name = m.stringField("name");
        return new FieldStep(name == null ? "?" : name, m.nodeField("baseType"), start);
      }
    }
    return null;
  }

  private static FieldStep element(MDNode array, long rel, long size) {
    MDNode elem = DiTypes.strip(array).nodeField("baseType");
    long len = DiTypes.sizeInBits(elem) / 8;
    if (len <= 0 || rel < 0) {
      return null;
    }
    long index = rel / len;
    long count = DiTypes.arrayLength(DiTypes.strip(array));
    if ((count >= 0 && index >= count) || !contains(index * len, len, rel, size)) {
      return null;
    }
    return new FieldStep("[" + index + "]", elem, index * len);
  }

  /** Whether [start, start+len) holds the access at rel (of size bytes, or one byte if unknown). */
  private static boolean contains(long start, long len, long rel, long size) {
    return rel >= start && rel + Math.max(size, 1) <= start + len;
  }
}
