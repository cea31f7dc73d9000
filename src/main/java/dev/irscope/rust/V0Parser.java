// The lexical layer of rustc's v0 symbol mangling (RFC 2603): a cursor over the symbol with the
// grammar's leaves (base-62 numbers, disambiguators, identifiers with optional Punycode,
// namespaces, hex nibbles) and backrefs, which restart parsing at an earlier position. The
// recursion depth is bounded (500, as rustc-demangle) so crafted symbols cannot overflow the
// stack; any violation throws Invalid.
package dev.irscope.rust;

final class V0Parser {
  static final int MAX_DEPTH = 500;

  /** The symbol does not follow the v0 grammar (or nests too deeply). */
  static final class Invalid extends RuntimeException {
    Invalid() {
      super(null, null, false, false);
    }
  }

  /** An identifier: its ASCII part and its Punycode insertions ("" when plain ASCII). */
  record Ident(String ascii, String punycode) {
    boolean isEmpty() {
      return ascii.isEmpty() && punycode.isEmpty();
    }

    @Override
    public String toString() {
      if (punycode.isEmpty()) {
        return ascii;
      }
      String decoded = Punycode.decode(ascii, punycode);
      if (decoded != null) {
        return decoded;
      }
      return "punycode{" + (ascii.isEmpty() ? "" : ascii + "-") + punycode + "}";
    }
  }

  private final String sym;
  private int next;
  private int depth;

  V0Parser(String sym, int next, int depth) {
    this.sym = sym;
    this.next = next;
    this.depth = depth;
  }

  int position() {
    return next;
  }

  void pushDepth() {
    if (++depth > MAX_DEPTH) {
      throw new Invalid();
    }
  }

  void popDepth() {
    depth--;
  }

  /** The next byte without consuming it, or -1 at the end. */
  int peek() {
    return next < sym.length() ? sym.charAt(next) : -1;
  }

  boolean eat(char c) {
    if (peek() == c) {
      next++;
      return true;
    }
    return false;
  }

  char next() {
    if (next >= sym.length()) {
      throw new Invalid();
    }
    return sym.charAt(next++);
  }

  /** Steps back over the byte just read (a type tag that turns out to start a path). */
  void unread() {
    next--;
  }

  /** Lowercase hex digits up to the terminating '_' (not included). */
  String hexNibbles() {
    int start = next;
    while (true) {
      char c = next();
      if (c == '_') {
        return sym.substring(start, next - 1);
      }
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        throw new Invalid();
      }
    }
  }

  private int digit10() {
    int c = peek();
    if (c < '0' || c > '9') {
      throw new Invalid();
    }
    next++;
    return c - '0';
  }

  private int digit62() {
    int c = peek();
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'z') {
      d = 10 + c - 'a';
    } else if (c >= 'A' && c <= 'Z') {
      d = 36 + c - 'A';
    } else {
      throw new Invalid();
    }
    next++;
    return d;
  }

  /** A base-62 number terminated by '_' ("_" is 0, "0_" is 1, ...), as an unsigned 64-bit value. */
  long integer62() {
    if (eat('_')) {
      return 0;
    }
    long x = 0;
    while (!eat('_')) {
      int d = digit62();
      if (Long.compareUnsigned(x, Long.divideUnsigned(-1L, 62)) > 0) {
        throw new Invalid();
      }
      long y = x * 62 + d;
      if (Long.compareUnsigned(y, x * 62) < 0) {
        throw new Invalid();
      }
      x = y;
    }
    if (x == -1L) {
      throw new Invalid();
    }
    return x + 1;
  }

  /** 0 when {@code tag} is absent, else 1 + the base-62 number after it. */
  long optInteger62(char tag) {
    if (!eat(tag)) {
      return 0;
    }
    long n = integer62();
    if (n == -1L) {
      throw new Invalid();
    }
    return n + 1;
  }

  long disambiguator() {
    return optInteger62('s');
  }

  /** A namespace tag: an uppercase letter (closure C, shim S, ...) or 0 for the lowercase ones. */
  char namespace() {
    char c = next();
    if (c >= 'A' && c <= 'Z') {
      return c;
    }
    if (c >= 'a' && c <= 'z') {
      return 0;
    }
    throw new Invalid();
  }

  /** A parser positioned where the backref ("B" already read) points, one level deeper. */
  V0Parser backref() {
    int start = next - 1;
    long target = integer62();
    if (Long.compareUnsigned(target, start) >= 0) {
      throw new Invalid();
    }
    V0Parser p = new V0Parser(sym, (int) target, depth);
    p.pushDepth();
    return p;
  }

  /** An identifier: optional 'u' (Punycode), decimal length, optional '_', the bytes. */
  Ident ident() {
    boolean punycode = eat('u');
    long len = digit10();
    if (len != 0) {
      while (peek() >= '0' && peek() <= '9') {
        len = len * 10 + digit10();
        if (len > sym.length()) {
          throw new Invalid();
        }
      }
    }
    eat('_');
    int start = next;
    if (start + len > sym.length()) {
      throw new Invalid();
    }
    next = (int) (start + len);
    String text = sym.substring(start, next);
    if (!punycode) {
      return new Ident(text, "");
    }
    int sep = text.lastIndexOf('_');
    Ident id = sep < 0 ? new Ident("", text)
        : new Ident(text.substring(0, sep), text.substring(sep + 1));
    if (id.punycode().isEmpty()) {
      throw new Invalid();
    }
    return id;
  }
}
