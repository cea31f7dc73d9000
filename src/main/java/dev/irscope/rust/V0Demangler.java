// rustc's v0 mangling (_R...): validates the symbol by parsing it once without output (the
// path, then the optional instantiating crate), then prints the path as rustc-demangle's
// alternate form. The text after the parsed symbol is handed back as the suffix for
// Demangler to judge. Invalid symbols give null; rustc-demangle would print a partial name
// with {invalid syntax} where an error hides behind a backref, and we give the name unchanged.
package dev.irscope.rust;

final class V0Demangler {
  private V0Demangler() {}

  static Demangler.Parsed demangle(String s) {
    String inner = s.startsWith("_R") ? s.substring(2)
        : s.startsWith("__R") ? s.substring(3) : null;
    if (inner == null || inner.isEmpty() || inner.charAt(0) < 'A' || inner.charAt(0) > 'Z'
        || !inner.chars().allMatch(c -> c < 0x80)) {
      return null;
    }
    try {
      V0Parser validate = new V0Parser(inner, 0, 0);
      V0Printer skipping = new V0Printer(validate, null);
      skipping.printPath(false);
      int c = validate.peek();
      if (c >= 'A' && c <= 'Z') {
        skipping.printPath(false);
      }
      StringBuilder out = new StringBuilder();
      new V0Printer(new V0Parser(inner, 0, 0), out).printPath(true);
      return new Demangler.Parsed(out.toString(), inner.substring(validate.position()));
    } catch (V0Parser.Invalid | StackOverflowError e) {
      return null;
    }
  }
}
