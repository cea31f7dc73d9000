// Rust symbol names made readable: the legacy scheme (_ZN 4core 3fmt 5write 17h<hash> E) gives
// core::fmt::write, with $LT$/$GT$/$u20$... escapes decoded and the hash dropped. Names in
// neither Rust scheme come back unchanged; v0 (_R...) names are not decoded yet and come back
// unchanged too.
package dev.irscope.rust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class Demangler {
  private Demangler() {}

  private static final Map<String, String> ESCAPES = Map.of("$SP$", "@", "$BP$", "*", "$RF$",
      "&", "$LT$", "<", "$GT$", ">", "$LP$", "(", "$RP$", ")", "$C$", ",");

  /** The demangled name, or {@code name} itself when it is no legacy Rust symbol. */
  public static String demangle(String name) {
    String s = name.startsWith("__ZN") ? name.substring(1) : name;
    if (!s.startsWith("_ZN") || !s.endsWith("E")) {
      return name;
    }
    List<String> parts = new ArrayList<>();
    int i = 3;
    while (i < s.length() - 1) {
      int j = i;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j == i) {
        return name;
      }
      int len = Integer.parseInt(s.substring(i, j));
      if (j + len > s.length() - 1) {
        return name;
      }
      parts.add(s.substring(j, j + len));
      i = j + len;
    }
    if (!parts.isEmpty() && parts.get(parts.size() - 1).matches("h[0-9a-f]{16}")) {
      parts.remove(parts.size() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      out.add(unescape(p.startsWith("_$") ? p.substring(1) : p));
    }
    return String.join("::", out);
  }

  private static String unescape(String p) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      if (p.startsWith("..", i)) {
        sb.append("::");
        i += 2;
        continue;
      }
      if (p.charAt(i) == '$') {
        int end = p.indexOf('$', i + 1);
        if (end > 0) {
          String esc = p.substring(i, end + 1);
          if (ESCAPES.containsKey(esc)) {
            sb.append(ESCAPES.get(esc));
            i = end + 1;
            continue;
          }
          if (esc.startsWith("$u") && esc.length() > 3) {
            try {
              sb.appendCodePoint(Integer.parseInt(esc.substring(2, esc.length() - 1), 16));
              i = end + 1;
              continue;
            } catch (NumberFormatException e) {
              // not an escape: keep the text
            }
          }
        }
      }
      sb.append(p.charAt(i++));
    }
    return sb.toString();
  }
}
