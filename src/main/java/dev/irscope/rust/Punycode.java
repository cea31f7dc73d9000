// RFC 3492 Punycode decoding for v0 identifiers (u<len><ascii>_<insertions>), as rustc-demangle
// does it: the ASCII part is the initial output, each delta inserts one code point, digits are
// a-z then 0-9. Gives null when the insertions are malformed or the result exceeds 128 chars
// (rustc-demangle then prints punycode{...} instead).
package dev.irscope.rust;

final class Punycode {
  private Punycode() {}

  private static final int BASE = 36;
  private static final int T_MIN = 1;
  private static final int T_MAX = 26;
  private static final int SKEW = 38;
  private static final int MAX_LEN = 128;

  static String decode(String ascii, String insertions) {
    if (insertions.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder(ascii);
    int len = ascii.codePointCount(0, ascii.length());
    int damp = 700;
    int bias = 72;
    long i = 0;
    long n = 0x80;
    int pos = 0;
    while (true) {
      long delta = 0;
      long w = 1;
      for (int k = BASE; ; k += BASE) {
        int t = Math.min(Math.max(k - bias, T_MIN), T_MAX);
        if (pos >= insertions.length()) {
          return null;
        }
        int d = digit(insertions.charAt(pos++));
        if (d < 0 || w > Integer.MAX_VALUE) {
          return null;
        }
        delta += d * w;
        if (d < t) {
          break;
        }
        w *= BASE - t;
      }
      len++;
      i += delta;
      n += i / len;
      i %= len;
      if (n > Character.MAX_CODE_POINT || len > MAX_LEN
          || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
        return null;
      }
      out.insert(out.offsetByCodePoints(0, (int) i), Character.toChars((int) n));
      i++;
      if (pos >= insertions.length()) {
        return out.toString();
      }
      delta /= damp;
      damp = 2;
      delta += delta / len;
      int k = 0;
      while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
        delta /= BASE - T_MIN;
        k += BASE;
      }
      bias = (int) (k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
    }
  }

  private static int digit(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return c >= '0' && c <= '9' ? 26 + c - '0' : -1;
  }
}
