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

  /** The key of a label token ("entry:", "5:", "\"5\":"). */
  static String labelKey(String labelText) {
    String body = labelText.substring(0, labelText.length() - 1);
    return isNumbered(body) ? "#" + body : label(labelText);
  }

  static String numberKey(int n) {
    return "#" + n;
  }

  static boolean isNumberKey(String key) {
    return key.startsWith("#") && isNumbered(key.substring(1));
  }

  /** The name a key stands for, as written after %. */
  static String keyName(String key) {
    return isNumberKey(key) ? key.substring(1) : key;
  }

  static boolean isNumbered(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
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
