// Decoding token text: names after a sigil (@x, %"q", !name), strings and integers.
package dev.irscope.parse;

import dev.irscope.ir.Names;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

final class Tokens {
  private Tokens() {}

  /** The name after a one-character sigil, unquoted and unescaped. */
  static String name(String text) {
    String body = text.substring(1);
    if (body.startsWith("\"")) {
      return string(body);
    }
    if (body.indexOf('\\') >= 0) {
      return new String(Names.unescape(body), StandardCharsets.UTF_8);
    }
    return body;
  }

  static String name(TerminalNode t) {
    return name(t.getText());
  }

  /** The contents of a quoted string token, unescaped, as UTF-8 text. */
  static String string(String quoted) {
    return new String(bytes(quoted), StandardCharsets.UTF_8);
  }

  static String string(TerminalNode t) {
    return string(t.getText());
  }

  static byte[] bytes(String quoted) {
    return Names.unescape(quoted.substring(1, quoted.length() - 1));
  }

  /** A label token ("entry:", "\"x y\":") as the label name. */
  static String label(String text) {
    String body = text.substring(0, text.length() - 1);
    return body.startsWith("\"") ? string(body) : body;
  }

  /**
   * The lookup key of a local name token (%x, %"x", %5): the name, or for numbered values
   * (unquoted digits only) "#" and the number, so that %"5" and %5 stay apart.
   */
  static String key(String sigilText) {
    String body = sigilText.substring(1);
    return isNumbered(body) ? "#" + body : name(sigilText);
  }

  /**
   * {@link #key(String)} of a local name token, read from the source bytes {@code b} (token
   * positions are file offsets): a number key or an unquoted ASCII name without decoding the
   * token's text first; any other spelling the way key(String) reads it.
   */
  static String key(byte[] b, Token t) {
    String k = plainKey(b, t.getStartIndex() + 1, t.getStopIndex() + 1);
    return k != null ? k : key(t.getText());
  }

  /**
   * {@link #labelKey(String)} of a label token ("entry:", "5:"), read from the source bytes as
   * {@link #key(byte[], Token)} reads a name.
   */
  static String labelKey(byte[] b, Token t) {
    String k = plainKey(b, t.getStartIndex(), t.getStopIndex());
    return k != null ? k : labelKey(t.getText());
  }

  /**
   * The key of the name spelled b[from, to) when it is a number or an unquoted ASCII name
   * without escapes, else null. Names are shared through Spellings: the same names ("entry",
   * "if.then", "call") recur in every function of a module.
   */
  private static String plainKey(byte[] b, int from, int to) {
    if (from >= to || from < 0 || to > b.length) {
      return null;
    }
    int n = 0;
    int digits = from;
    for (; digits < to && b[digits] >= '0' && b[digits] <= '9'; digits++) {
      n = n * 10 + (b[digits] - '0'); // wraps past 9 digits, which then go the slow way
    }
    if (digits == to) { // a number: "#" and its spelling ("%007" stays apart from "%7")
      return to - from > 9 || (b[from] == '0' && to - from > 1) ? null : numberKey(n);
    }
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == '"' || c == '\\' || c < 0) {
        return null;
      }
    }
    return Spellings.get().text(b, from, to);
  }

  /** The key of a label token ("entry:", "5:", "\"5\":"). */
  static String labelKey(String labelText) {
    String body = labelText.substring(0, labelText.length() - 1);
    return isNumbered(body) ? "#" + body : label(labelText);
  }

  /** "#" and n; the keys of the first numbers are made once and shared. */
  static String numberKey(int n) {
    if (n >= 0 && n < NUMBER_KEYS.length) {
      String k = NUMBER_KEYS[n];
      if (k == null) {
        k = "#" + n;
        NUMBER_KEYS[n] = k; // a race only makes an equal String twice
      }
      return k;
    }
    return "#" + n;
  }

  private static final String[] NUMBER_KEYS = new String[1 << 16];

  static boolean isNumberKey(String key) {
    return key.length() > 1 && key.charAt(0) == '#' && digitsFrom(key, 1);
  }

  /** The name a key stands for, as written after %. */
  static String keyName(String key) {
    return isNumberKey(key) ? key.substring(1) : key;
  }

  static boolean isNumbered(String name) {
    return !name.isEmpty() && digitsFrom(name, 0);
  }

  /** Whether s has only digits from index {@code from} on. */
  private static boolean digitsFrom(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of an INT token of at most 18 decimal digits (with or without '-'), read from the
   * source bytes {@code b}; Long.MIN_VALUE for any other spelling (longer, or s0x/u0x).
   */
  static long smallDecimal(byte[] b, Token t) {
    return smallDecimal(b, t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** {@link #smallDecimal(byte[], Token)} of the token spelled b[from, to). */
  static long smallDecimal(byte[] b, int from, int to) {
    if (from < 0 || to > b.length || from >= to) {
      return Long.MIN_VALUE;
    }
    boolean negative = b[from] == '-';
    int i = negative ? from + 1 : from;
    if (i == to || to - i > 18) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (; i < to; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return Long.MIN_VALUE;
      }
      v = v * 10 + c;
    }
    return negative ? -v : v;
  }

  static long parseLong(Token t) {
    return parseLong(t.getText(), t);
  }

  static long parseLong(String s, Token t) {
    try {
      return new java.math.BigInteger(s).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw ParseError.at(t, "integer out of range: " + s);
    }
  }

  /** An array length: unsigned 64 bits, decimal or u0x/s0x hexadecimal. */
  static long arrayLength(Token t) {
    String s = t.getText();
    if (s.startsWith("u0x") || s.startsWith("s0x")) {
      java.math.BigInteger v = new java.math.BigInteger(s.substring(3), 16);
      if (v.bitLength() > 64) {
        throw ParseError.at(t, "integer out of range: " + s);
      }
      return v.longValue();
    }
    return parseUnsignedLong(t);
  }

  /** An unsigned 64-bit integer (array lengths up to 2^64-1). */
  static long parseUnsignedLong(Token t) {
    try {
      return Long.parseUnsignedLong(t.getText());
    } catch (NumberFormatException e) {
      throw ParseError.at(t, "integer out of range: " + t.getText());
    }
  }

  /** An integer literal, including LLVM's s0x../u0x.. hexadecimal forms. */
  static java.math.BigInteger bigInteger(String s) {
    if (s.startsWith("s0x") || s.startsWith("u0x")) {
      // LLVM reads s0x as a signed number exactly as wide as its significant bits (s0x10 = -16)
      java.math.BigInteger v = new java.math.BigInteger(s.substring(3), 16);
      int bits = v.bitLength();
      if (s.charAt(0) == 's' && bits > 0 && v.testBit(bits - 1)) {
        v = v.subtract(java.math.BigInteger.ONE.shiftLeft(bits));
      }
      return v;
    }
    return new java.math.BigInteger(s);
  }
}
