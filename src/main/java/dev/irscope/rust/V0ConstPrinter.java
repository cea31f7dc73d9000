// Prints the constants of v0 symbols (const generic arguments and array lengths) as
// rustc-demangle's alternate form does: integers in decimal without type suffix (hex beyond
// 64 bits), bool, char and string literals quoted and escaped, references, arrays, tuples and
// ADT values (Path, Path(..), Path { f: .. }), with braces around anything that is not a
// literal when it stands outside another constant.
package dev.irscope.rust;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

final class V0ConstPrinter {
  private final V0Printer printer;

  V0ConstPrinter(V0Printer printer) {
    this.printer = printer;
  }

  void printConst(boolean inValue) {
    V0Parser p = printer.parser();
    char tag = p.next();
    p.pushDepth();
    boolean braced = !inValue && needsBraces(tag, p);
    if (braced) {
      printer.print("{");
    }
    switch (tag) {
      case 'p' -> printer.print("_");
      case 'h', 't', 'm', 'y', 'o', 'j' -> printUint(p.hexNibbles());
      case 'a', 's', 'l', 'x', 'n', 'i' -> {
        if (p.eat('n')) {
          printer.print("-");
        }
        printUint(p.hexNibbles());
      }
      case 'b' -> printBool(p.hexNibbles());
      case 'c' -> printChar(p.hexNibbles());
      case 'e' -> {
        printer.print("*");
        printStr(p.hexNibbles());
      }
      case 'R', 'Q' -> printReference(tag, p);
      case 'A' -> {
        printer.print("[");
        printer.printSepList(() -> printConst(true), ", ");
        printer.print("]");
      }
      case 'T' -> {
        printer.print("(");
        int n = printer.printSepList(() -> printConst(true), ", ");
        printer.print(n == 1 ? ",)" : ")");
      }
      case 'V' -> printAdt(p);
      case 'B' -> printer.printBackref(() -> printConst(inValue));
      default -> throw new V0Parser.Invalid();
    }
    if (braced) {
      printer.print("}");
    }
    p.popDepth();
  }

  /** Whether the constant starting with {@code tag} is an expression that needs braces. */
  private static boolean needsBraces(char tag, V0Parser p) {
    return switch (tag) {
      case 'e', 'A', 'T', 'V' -> true;
      case 'Q' -> true;
      case 'R' -> p.peek() != 'e';
      default -> false;
    };
  }

  private void printReference(char tag, V0Parser p) {
    if (tag == 'R' && p.eat('e')) {
      printStr(p.hexNibbles());
      return;
    }
    printer.print(tag == 'R' ? "&" : "&mut ");
    printConst(true);
  }

  private void printAdt(V0Parser p) {
    printer.printPath(true);
    switch (p.next()) {
      case 'U' -> { }
      case 'T' -> {
        printer.print("(");
        printer.printSepList(() -> printConst(true), ", ");
        printer.print(")");
      }
      case 'S' -> {
        printer.print(" { ");
        printer.printSepList(() -> {
          p.disambiguator();
          printer.print(p.ident());
          printer.print(": ");
          printConst(true);
        }, ", ");
        printer.print(" }");
      }
      default -> throw new V0Parser.Invalid();
    }
  }

  private void printUint(String hex) {
    Long v = parseUint(hex);
    printer.print(v == null ? "0x" + hex : Long.toUnsignedString(v));
  }

  private void printBool(String hex) {
    Long v = parseUint(hex);
    if (v == null || v > 1 || v < 0) {
      throw new V0Parser.Invalid();
    }
    printer.print(v == 0 ? "false" : "true");
  }

  private void printChar(String hex) {
    Long v = parseUint(hex);
    if (v == null || v < 0 || v > Character.MAX_CODE_POINT
        || (v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE)) {
      throw new V0Parser.Invalid();
    }
    printer.print(RustEscapes.quoted('\'', new String(Character.toChars(v.intValue()))));
  }

  private void printStr(String hex) {
    if (hex.length() % 2 != 0) {
      throw new V0Parser.Invalid();
    }
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      printer.print(RustEscapes.quoted('"', s));
    } catch (CharacterCodingException e) {
      throw new V0Parser.Invalid();
    }
  }

  /** The value of hex nibbles when it fits in 64 bits (unsigned), else null. */
  private static Long parseUint(String hex) {
    String digits = hex.replaceFirst("^0+", "");
    return digits.length() > 16 ? null
        : digits.isEmpty() ? 0L : Long.parseUnsignedLong(digits, 16);
  }
}
