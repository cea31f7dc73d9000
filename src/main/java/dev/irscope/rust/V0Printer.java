// Prints a v0 symbol's paths and types as rustc-demangle's alternate form ({:#}) does: crate
// roots without their disambiguator hash, inherent impls as <Type>, trait impls as
// <Type as Trait>, generic arguments as ::<...> in values and <...> in types, closures and
// shims as {closure#N} / {shim:NAME#N}, bound lifetimes as for<'a>, dyn traits with their
// associated-type bindings. With no output (skipping) it only parses, without following
// backrefs: that is how a symbol is validated first. Constants are printed by V0ConstPrinter.
package dev.irscope.rust;

final class V0Printer {
  /** Output larger than this is given up (exponential backrefs), as rustc-demangle does. */
  private static final int MAX_SIZE = 1_000_000;

  private V0Parser parser;
  private StringBuilder out;
  private int boundLifetimeDepth;
  private final V0ConstPrinter consts = new V0ConstPrinter(this);

  V0Printer(V0Parser parser, StringBuilder out) {
    this.parser = parser;
    this.out = out;
  }

  V0Parser parser() {
    return parser;
  }

  boolean printing() {
    return out != null;
  }

  void print(Object s) {
    if (out != null) {
      out.append(s);
      if (out.length() > MAX_SIZE) {
        throw new V0Parser.Invalid();
      }
    }
  }

  /** Elements until 'E', separated by {@code sep}; the number of elements. */
  int printSepList(Runnable element, String sep) {
    int i = 0;
    while (!parser.eat('E')) {
      if (i > 0) {
        print(sep);
      }
      element.run();
      i++;
    }
    return i;
  }

  /** Reads a backref and, when printing, runs {@code body} at its target. */
  void printBackref(Runnable body) {
    V0Parser target = parser.backref();
    if (out == null) {
      return;
    }
    V0Parser saved = parser;
    parser = target;
    try {
      body.run();
    } finally {
      parser = saved;
    }
  }

  /** Parses (and ignores) a path with printing switched off. */
  void skipPath() {
    StringBuilder saved = out;
    out = null;
    try {
      printPath(false);
    } finally {
      out = saved;
    }
  }

  void printPath(boolean inValue) {
    parser.pushDepth();
    char tag = parser.next();
    switch (tag) {
      case 'C' -> {
        parser.disambiguator();
        print(parser.ident());
      }
      case 'N' -> nested(inValue);
      case 'M', 'X', 'Y' -> {
        if (tag != 'Y') {
          parser.disambiguator();
          skipPath();
        }
        print("<");
        printType();
        if (tag != 'M') {
          print(" as ");
          printPath(false);
        }
        print(">");
      }
      case 'I' -> {
        printPath(inValue);
        if (inValue) {
          print("::");
        }
        print("<");
        printSepList(this::printGenericArg, ", ");
        print(">");
      }
      case 'B' -> printBackref(() -> printPath(inValue));
      default -> throw new V0Parser.Invalid();
    }
    parser.popDepth();
  }

  private void nested(boolean inValue) {
    char ns = parser.namespace();
    printPath(inValue);
    long dis = parser.disambiguator();
    V0Parser.Ident name = parser.ident();
    if (ns == 0) {
      if (!name.isEmpty()) {
        print("::");
        print(name);
      }
      return;
    }
    print("::{");
    print(ns == 'C' ? "closure" : ns == 'S' ? "shim" : String.valueOf(ns));
    if (!name.isEmpty()) {
      print(":");
      print(name);
    }
    print("#");
    print(Long.toUnsignedString(dis));
    print("}");
  }

  void printGenericArg() {
    if (parser.eat('L')) {
      printLifetime(parser.integer62());
    } else if (parser.eat('K')) {
      consts.printConst(false);
    } else {
      printType();
    }
  }

  void printType() {
    char tag = parser.next();
    String basic = basicType(tag);
    if (basic != null) {
      print(basic);
      return;
    }
    parser.pushDepth();
    switch (tag) {
      case 'R', 'Q' -> {
        print("&");
        if (parser.eat('L')) {
          long lt = parser.integer62();
          if (lt != 0) {
            printLifetime(lt);
            print(" ");
          }
        }
        print(tag == 'R' ? "" : "mut ");
        printType();
      }
      case 'P', 'O' -> {
        print(tag == 'P' ? "*const " : "*mut ");
        printType();
      }
      case 'A', 'S' -> {
        print("[");
        printType();
        if (tag == 'A') {
          print("; ");
          consts.printConst(true);
        }
        print("]");
      }
      case 'T' -> {
        print("(");
        print(printSepList(this::printType, ", ") == 1 ? ",)" : ")");
      }
      case 'F' -> inBinder(this::fnSignature);
      case 'D' -> dynTraits();
      case 'B' -> printBackref(this::printType);
      default -> {
        parser.unread();
        printPath(false);
      }
    }
    parser.popDepth();
  }

  private void fnSignature() {
    boolean isUnsafe = parser.eat('U');
    String abi = null;
    if (parser.eat('K')) {
      if (parser.eat('C')) {
        abi = "C";
      } else {
        V0Parser.Ident id = parser.ident();
        if (id.ascii().isEmpty() || !id.punycode().isEmpty()) {
          throw new V0Parser.Invalid();
        }
        abi = id.ascii();
      }
    }
    print(isUnsafe ? "unsafe " : "");
    if (abi != null) {
      print("extern \"" + abi.replace('_', '-') + "\" ");
    }
    print("fn(");
    printSepList(this::printType, ", ");
    print(")");
    if (!parser.eat('u')) {
      print(" -> ");
      printType();
    }
  }

  private void dynTraits() {
    print("dyn ");
    inBinder(() -> printSepList(this::printDynTrait, " + "));
    if (!parser.eat('L')) {
      throw new V0Parser.Invalid();
    }
    long lt = parser.integer62();
    if (lt != 0) {
      print(" + ");
      printLifetime(lt);
    }
  }

  /** A trait of a trait object, with its "p" bindings inside the trait's generics. */
  private void printDynTrait() {
    boolean open = printPathMaybeOpenGenerics();
    while (parser.eat('p')) {
      print(open ? ", " : "<");
      open = true;
      print(parser.ident());
      print(" = ");
      printType();
    }
    if (open) {
      print(">");
    }
  }

  private boolean printPathMaybeOpenGenerics() {
    if (parser.eat('B')) {
      boolean[] open = {false};
      printBackref(() -> open[0] = printPathMaybeOpenGenerics());
      return open[0];
    }
    if (parser.eat('I')) {
      printPath(false);
      print("<");
      printSepList(this::printGenericArg, ", ");
      return true;
    }
    printPath(false);
    return false;
  }

  /** An optional binder G<n> of late-bound lifetimes around {@code body}: for<'a, 'b> ... */
  private void inBinder(Runnable body) {
    long bound = parser.optInteger62('G');
    if (out == null) {
      body.run();
      return;
    }
    if (bound > 0) {
      print("for<");
      for (long i = 0; i < bound; i++) {
        print(i > 0 ? ", " : "");
        boundLifetimeDepth++;
        printLifetime(1);
      }
      print("> ");
    }
    body.run();
    boundLifetimeDepth -= (int) bound;
  }

  /** Lifetime index 0 is '_; others count back from the innermost binder: 'a, 'b, ... */
  private void printLifetime(long lt) {
    if (out == null) {
      return;
    }
    print("'");
    if (lt == 0) {
      print("_");
      return;
    }
    long depth = boundLifetimeDepth - lt;
    if (depth < 0) {
      throw new V0Parser.Invalid();
    }
    print(depth < 26 ? String.valueOf((char) ('a' + depth)) : "_" + depth);
  }

  /** The primitive type a one-letter tag stands for, or null. */
  static String basicType(char tag) {
    return switch (tag) {
      case 'b' -> "bool";
      case 'c' -> "char";
      case 'e' -> "str";
      case 'u' -> "()";
      case 'a' -> "i8";
      case 's' -> "i16";
      case 'l' -> "i32";
      case 'x' -> "i64";
      case 'n' -> "i128";
      case 'i' -> "isize";
      case 'h' -> "u8";
      case 't' -> "u16";
      case 'm' -> "u32";
      case 'y' -> "u64";
      case 'o' -> "u128";
      case 'j' -> "usize";
      case 'f' -> "f32";
      case 'd' -> "f64";
      case 'z' -> "!";
      case 'p' -> "_";
      case 'v' -> "...";
      default -> null;
    };
  }
}
