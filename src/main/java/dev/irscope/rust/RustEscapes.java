// Rust's char::escape_debug for the char and string constants of v0 symbols: \0 \t \r \n \\
// and the quote are escaped (the other kind of quote is not), other code points that do not
// print (controls, format characters, unassigned, separators other than ' ', combining marks)
// become a braced hex escape (backslash, u, {hex}). Java's Unicode tables stand in for Rust's
// is_printable, which can differ on code points added in newer Unicode versions.
package dev.irscope.rust;

final class RustEscapes {
  private RustEscapes() {}

  /** {@code text} between {@code quote}s, each code point escaped as escape_debug does. */
  static String quoted(char quote, String text) {
    StringBuilder sb = new StringBuilder().append(quote);
    text.codePoints().forEach(c -> {
      if ((quote == '\'' && c == '"') || (quote == '"' && c == '\'')) {
        sb.append((char) c);
      } else {
        sb.append(escape(c));
      }
    });
    return sb.append(quote).toString();
  }

  private static String escape(int c) {
    switch (c) {
      case 0:
        return "\\0";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      case '\n':
        return "\\n";
      case '\\':
      case '\'':
      case '"':
        return "\\" + (char) c;
      default:
        return printable(c) ? new String(Character.toChars(c))
            : "\\u{" + Integer.toHexString(c) + "}";
    }
  }

  private static boolean printable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
          Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK -> false;
      default -> true;
    };
  }
}
