// LLVM 21+'s capture components (CaptureInfo.h): what a capture may reveal of a pointer, as a
// bit set. address_is_null (only whether it is null), address (its address, which includes
// whether it is null), read_provenance (reads through a copy), provenance (any access through a
// copy, which includes reads). LLVM 19 knows only all or none (nocapture).
package dev.irscope.analysis;

import java.util.ArrayList;
import java.util.List;

public final class CaptureComponents {
  private CaptureComponents() {}

  public static final int NONE = 0;
  public static final int ADDRESS_IS_NULL = 1;
  public static final int ADDRESS = 2 | ADDRESS_IS_NULL;
  public static final int READ_PROVENANCE = 4;
  public static final int PROVENANCE = 8 | READ_PROVENANCE;
  public static final int ALL = ADDRESS | PROVENANCE;

  /** The components a captures(...) argument list names ("address, read_provenance"). */
  public static int parse(String args) {
    int cc = NONE;
    for (String part : args.split(",")) {
      String p = part.trim();
      if (p.startsWith("ret:")) {
        continue; // components captured only through the return value
      }
      cc |= switch (p) {
        case "address_is_null" -> ADDRESS_IS_NULL;
        case "address" -> ADDRESS;
        case "read_provenance" -> READ_PROVENANCE;
        case "provenance" -> PROVENANCE;
        case "all" -> ALL;
        default -> NONE;
      };
    }
    return cc;
  }

  /** The components of a captures(...) spelling, or ALL when it is not one. */
  public static int ofAttribute(String spelling) {
    if (spelling == null || !spelling.startsWith("captures(")) {
      return ALL;
    }
    return parse(spelling.substring("captures(".length(), spelling.length() - 1));
  }

  /** LLVM's spelling: captures(none), captures(address, read_provenance), ... */
  public static String spell(int cc) {
    if (cc == NONE) {
      return "captures(none)";
    }
    List<String> parts = new ArrayList<>();
    if ((cc & ADDRESS) == ADDRESS) {
      parts.add("address");
    } else if ((cc & ADDRESS_IS_NULL) != 0) {
      parts.add("address_is_null");
    }
    if ((cc & PROVENANCE) == PROVENANCE) {
      parts.add("provenance");
    } else if ((cc & READ_PROVENANCE) != 0) {
      parts.add("read_provenance");
    }
    return "captures(" + String.join(", ", parts) + ")";
  }

  /** Whether a copy may be written through (provenance beyond read_provenance). */
  public static boolean capturesFullProvenance(int cc) {
    return (cc & PROVENANCE) == PROVENANCE;
  }
}
