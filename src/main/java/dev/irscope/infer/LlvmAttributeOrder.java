// The order in which LLVM prints the attributes of one position: keyword (enum) attributes,
// then those with an integer argument (align, dereferenceable, memory, uwtable, ...), then those
// with a type (byval, sret, ...), then ranges, each group alphabetically as LLVM's generated
// attribute enum is, and string attributes last, sorted by key. So "; Function Attrs:" lines and
// parameter lists read exactly as opt prints them.
package dev.irscope.infer;

import java.util.Comparator;
import java.util.Set;

public final class LlvmAttributeOrder {
  private LlvmAttributeOrder() {}

  private static final Set<String> INT = Set.of("align", "alignstack", "allockind", "allocsize",
      "captures", "dereferenceable", "dereferenceable_or_null", "memory", "nofpclass",
      "uwtable", "vscale_range");
  private static final Set<String> TYPE = Set.of("byref", "byval", "elementtype", "inalloca",
      "preallocated", "sret");
  private static final Set<String> RANGE = Set.of("range", "initializes");

  /** Compares attribute spellings ("nounwind", "memory(none)", "\"target-cpu\"=\"x\""). */
  public static final Comparator<String> SPELLINGS = Comparator
      .comparingInt(LlvmAttributeOrder::rank).thenComparing(LlvmAttributeOrder::name);

  /** The attribute's name: the keyword before any argument, or a string attribute's key. */
  public static String name(String spelling) {
    if (spelling.startsWith("\"")) {
      int close = spelling.indexOf('"', 1);
      return close < 0 ? spelling : spelling.substring(0, close + 1);
    }
    int end = spelling.length();
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      if (c == '(' || c == ' ' || c == '=') {
        end = i;
        break;
      }
    }
    return spelling.substring(0, end);
  }

  private static int rank(String spelling) {
    if (spelling.startsWith("\"")) {
      return 4;
    }
    String n = name(spelling);
    return INT.contains(n) ? 1 : TYPE.contains(n) ? 2 : RANGE.contains(n) ? 3 : 0;
  }
}
