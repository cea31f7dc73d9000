// rustc's legacy mangling (_ZN 4core 3fmt 5write 17h<hash> E): the length-prefixed elements are
// joined with "::", the trailing 17h<16 hex> hash is dropped, a leading "_$" loses its "_",
// ".." becomes "::" and the $..$ escapes ($LT$ $GT$ $RF$ $u20$ ...) are decoded, as
// rustc-demangle's alternate form does. The text after the closing E is handed back as suffix.
package dev.irscope.rust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class LegacyDemangler {
  private LegacyDemangler() {}

  private static final Map<String, String> ESCAPES = Map.of("SP", "@", "BP", "*", "RF", "&",
      "LT", "<", "GT", ">", "LP", "(", "RP", ")", "C", ",");

  /** The demangled elements and the rest after "E", or null when {@code s} is no legacy name. */
  static Demangler.Parsed demangle(String s) {
    String inner = s.startsWith("_ZN") ? s.substring(3)
        : s.startsWith("__ZN") ? s.substring(4) : null;
    if (inner == null || !inner.chars().allMatch(c -> c < 0x80)) {
      return null;
    }
    List<String> elements = new ArrayList<>();
    int i = 0;
    while (true) {
      if (i >= inner.length()) {
        return null;
      }
      if (inner.charAt(i) == 'E') {
        break;
      }
      int j = i;
      while (j < inner.length() && Character.isDigit(inner.charAt(j))) {
        j++;
      }
      if (j == i || j - i > 9) {
        return null;
      }
      int len = Integer.parseInt(inner.substring(i, j));
      if (j + len >= inner.length()) {
        return null;
      }
      elements.add(inner.substring(j, j + len));
      i = j + len;
    }
    int last = elements.size() - 1;
    if (last >= 0 && isHash(elements.get(last))) {
      elements.remove(last);
    }
    List<String> out = new ArrayList<>();
    for (String e : elements) {
      out.add(unescape(e.startsWith("_$") ? e.substring(1) : e));
    }
    return new Demangler.Parsed(String.join("::", out), inner.substring(i + 1));
  }

  private static boolean isHash(String e) {
    return e.startsWith("h") && e.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  private static String unescape(String rest) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < rest.length()) {
      char c = rest.charAt(i);
      if (c == '.') {
        boolean twice = rest.startsWith("..", i);
        sb.append(twice ? "::" : ".");
        i += twice ? 2 : 1;
      } else if (c == '$') {
        int end = rest.indexOf('$', i + 1);
        String decoded = end < 0 ? null : decode(rest.substring(i + 1, end));
        if (decoded == null) {
          break;
        }
        sb.append(decoded);
        i = end + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.append(rest.substring(i)).toString();
  }

  /** The text an escape between two '$' stands for, or null when it is none. */
  private static String decode(String escape) {
    String known = ESCAPES.get(escape);
    if (known != null || !escape.startsWith("u") || escape.length() < 2) {
      return known;
    }
    String digits = escape.substring(1);
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
        || digits.length() > 6) {
      return null;
    }
    int cp = Integer.parseInt(digits, 16);
    if (cp > Character.MAX_CODE_POINT || Character.isISOControl(cp)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
      return null;
    }
    return new String(Character.toChars(cp));
  }
}
