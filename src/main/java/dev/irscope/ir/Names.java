// Spelling of names and strings as LLVM's AsmWriter prints them.
package dev.irscope.ir;

import java.nio.charset.StandardCharsets;

public final class Names {
  private Names() {}

  /** A name as it follows a sigil (@, %, $): bare when it is a legal identifier, else quoted. */
  public static String quoteIfNeeded(String name) {
    if (name.isEmpty()) {
      return "\"\"";
    }
    boolean bare = !Character.isDigit(name.charAt(0)) || isAllDigits(name);
    for (int i = 0; bare && i < name.length(); i++) {
      char c = name.charAt(i);
      bare = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '$' || c == '.' || c == '_';
    }
    return bare ? name : quote(name);
  }

  private static boolean isAllDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A local name (value or label) as it follows %: quoted unless a legal non-numeric name. */
  public static String quoteLocal(String name) {
    return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? quote(name)
        : quoteIfNeeded(name);
  }

  /** A quoted string with LLVM's escapes: \\ and non-printable bytes as \XX (UTF-8 bytes). */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    escapeBytesInto(s.getBytes(StandardCharsets.UTF_8), sb);
    return sb.append('"').toString();
  }

  /** Appends bytes escaped as LLVM prints string contents. */
  public static void escapeBytesInto(byte[] bytes, StringBuilder sb) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        sb.append((char) c);
      } else {
        sb.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
  }

  /** Decodes the contents of a quoted LLVM string (between the quotes) into bytes. */
  public static byte[] unescape(String body) {
    byte[] in = body.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\\' && i + 1 < in.length) {
        if (in[i + 1] == '\\') {
          out.write('\\');
          i++;
          continue;
        }
        if (i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
          out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
          i += 2;
          continue;
        }
      }
      out.write(in[i]);
    }
    return out.toByteArray();
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0;
  }
}
