// A hand-written lexer that produces exactly the tokens of grammar/LLVMLexer.g4 (same types,
// offsets, lines and columns), several times faster than ANTLR's lexer simulation. It is an
// optimization only: the grammar stays the specification, FastLexerTest compares the two token
// streams on every corpus and testdata file, and whatever this lexer does not handle (nested
// C comments, bytes that no rule matches, unterminated strings) makes tokenize() return null so
// that the caller lexes the chunk with the ANTLR lexer, which reports errors its own way.
//
// Each rule is a small function giving the length it matches at a position (0: none); the
// longest match wins and ties go to the rule defined first, which is ANTLR's rule. Keywords and
// punctuation come from the generated lexer's vocabulary, so they cannot drift from the grammar.
// Longer than 400 lines on purpose: one small function per lexer rule, kept in one file so the
// longest-match and tie-breaking logic is read in one place.
package dev.irscope.parse;

import dev.irscope.parse.antlr.LLVMLexer;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

final class FastLexer {
  private static final Map<String, Integer> KEYWORDS = new HashMap<>();
  private static final int[] PUNCT = new int[128];

  static {
    var v = LLVMLexer.VOCABULARY;
    for (int t = 1; t <= v.getMaxTokenType(); t++) {
      String lit = v.getLiteralName(t);
      if (lit == null) {
        continue;
      }
      String s = lit.substring(1, lit.length() - 1);
      if (s.length() == 1 && !Character.isLetter(s.charAt(0))) {
        PUNCT[s.charAt(0)] = t;
      } else {
        KEYWORDS.put(s, t);
      }
    }
  }

  // keywords by the bytes of their spelling: open addressing on a hash of the bytes
  private static final byte[][] KW_TEXT = new byte[1024][];
  private static final int[] KW_TYPE = new int[1024];

  static {
    for (Map.Entry<String, Integer> e : KEYWORDS.entrySet()) {
      byte[] w = e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      int i = hash(w, 0, w.length) & 1023;
      while (KW_TEXT[i] != null) {
        i = (i + 1) & 1023;
      }
      KW_TEXT[i] = w;
      KW_TYPE[i] = e.getValue();
    }
  }

  private static int hash(byte[] w, int from, int len) {
    int h = len;
    for (int i = from; i < from + len; i++) {
      h = h * 31 + w[i];
    }
    return h ^ (h >>> 10);
  }

  /** The keyword's token type for b[p, p + n), or BAREWORD. */
  private int keyword(int p, int n) {
    for (int i = hash(b, p, n) & 1023; KW_TEXT[i] != null; i = (i + 1) & 1023) {
      byte[] w = KW_TEXT[i];
      if (w.length == n && java.util.Arrays.equals(w, 0, n, b, p, p + n)) {
        return KW_TYPE[i];
      }
    }
    return LLVMLexer.BAREWORD;
  }

  private final byte[] b;
  private final int end;
  private int line;
  private int column;

  private FastLexer(byte[] bytes, int end, int line, int column) {
    this.b = bytes;
    this.end = end;
    this.line = line;
    this.column = column;
  }

  /**
   * The tokens of bytes[start, end) followed by EOF, with positions as the ANTLR lexer would
   * give them starting at the given line and column (0-based), or null when this lexer cannot
   * vouch for the result.
   */
  static TokenList tokenize(Pair<TokenSource, CharStream> source, byte[] bytes, int start,
      int end, int line, int column) {
    return new FastLexer(bytes, end, line, column).run(source, start);
  }

  private TokenList run(Pair<TokenSource, CharStream> source, int p) {
    TokenList out = new TokenList(source, b, Math.max(16, (end - p) / 4));
    while (p < end) {
      int c = b[p];
      if (c == '\n') {
        line++;
        column = 0;
        p++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        column++;
        p++;
        continue;
      }
      if (c == ';') {
        int q = p + 1;
        while (q < end && b[q] != '\n' && b[q] != '\r') {
          q++;
        }
        column += q - p; // a comment stops before the line break
        p = q;
        continue;
      }
      if (c < 0 || (c == '/' && p + 1 < end && b[p + 1] == '*')) {
        return null; // non-ASCII outside strings, or a nested C comment: leave it to ANTLR
      }
      long m = match(p, c);
      int len = (int) (m >>> 32);
      if (len == 0) {
        return null; // no rule matches: ANTLR reports the error
      }
      out.add((int) m, p, p + len - 1, line, column);
      if (b[p] == '"' || (len > 1 && b[p + 1] == '"')) {
        advance(p, p + len); // quoted ("...", c"...", @"...", !"..."): may hold a line break
      } else {
        column += len; // no other token holds one
      }
      p += len;
    }
    out.add(Token.EOF, p, p - 1, line, column);
    return out;
  }

  private void advance(int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
    }
  }

  /** The best match at p as (length << 32 | type); length 0 when nothing matches. */
  private long match(int p, int c) {
    // Fast paths for tokens whose first character no other rule (LABEL included) starts with.
    if (c == '%' || c == '@') {
      return ((long) sigilName(p, true) << 32) | (c == '%' ? LLVMLexer.LOCAL_VAR
          : LLVMLexer.GLOBAL_VAR);
    }
    if (c < 128 && PUNCT[c] != 0 && c != '!' && c != ':') {
      return (1L << 32) | PUNCT[c];
    }
    long best = 0;
    if (isBareStart(c)) {
      // one scan for the label run [-a-zA-Z$._0-9]* and the bareword run [a-zA-Z_0-9]* in it
      int q = p + 1;
      int bareEnd = -1;
      while (q < end && LABEL_CHAR[b[q] & 0xff]) {
        if (bareEnd < 0 && !BARE_CHAR[b[q] & 0xff]) {
          bareEnd = q;
        }
        q++;
      }
      if (q < end && b[q] == ':') {
        // a word then ':' : a label, and every other rule stops before the ':'
        return ((long) (q + 1 - p) << 32) | LLVMLexer.LABEL;
      }
      int n = c == 'i' && !(p + 1 < end && isLetterOrUnderscore(b[p + 1])) ? 1
          : (bareEnd < 0 ? q : bareEnd) - p; // as bareword(p)
      best = better(best, n, keyword(p, n));
      if (c == 'i') {
        best = better(best, digitsAfter(p + 1) > 0 ? 1 + digitsAfter(p + 1) : 0,
            LLVMLexer.INT_TYPE);
      }
      if (c == 'c') {
        best = better(best, p + 1 < end && b[p + 1] == '"' ? quoted(p, 1) : 0,
            LLVMLexer.CSTRING);
      }
      if ((c == 's' || c == 'u') && startsWith(p + 1, "0x")) {
        int h = hexAfter(p + 3);
        best = better(best, h > 0 ? 3 + h : 0, LLVMLexer.INT);
      }
      if (c == 'f' && startsWith(p + 1, "0x")) {
        int h = hexAfter(p + 3);
        best = better(best, h > 0 ? 3 + h : 0, LLVMLexer.HEX_FLOAT);
      }
      return best;
    }
    best = better(best, label(p), LLVMLexer.LABEL);
    if (c == '-' || (c >= '0' && c <= '9')) {
      int d = c == '-' ? 1 : 0;
      int n = digitsAfter(p + d);
      best = better(best, n > 0 ? d + n : 0, LLVMLexer.INT);
    }
    if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
      best = better(best, number(p), LLVMLexer.FLOAT);
      best = better(best, hexFloatC(p), LLVMLexer.FLOAT);
      best = better(best, specialFloat(p), LLVMLexer.FLOAT);
    }
    if (c == '0' && p + 1 < end && b[p + 1] == 'x') {
      int h = hexAfter(p + 2);
      int k = p + 2 < end && "KLMHR".indexOf(b[p + 2]) >= 0 ? hexAfter(p + 3) : 0;
      best = better(best, Math.max(h > 0 ? 2 + h : 0, k > 0 ? 3 + k : 0), LLVMLexer.HEX_FLOAT);
    }
    switch (c) {
      case '"' -> best = better(best, quoted(p, 0), LLVMLexer.STRING);
      case '@' -> best = better(best, sigilName(p, true), LLVMLexer.GLOBAL_VAR);
      case '%' -> best = better(best, sigilName(p, true), LLVMLexer.LOCAL_VAR);
      case '$' -> best = better(best, sigilName(p, false), LLVMLexer.COMDAT_VAR);
      case '#' -> {
        int w = 0;
        if (startsWith(p + 1, "dbg_")) {
          while (p + 5 + w < end && isLetterOrUnderscore(b[p + 5 + w])) {
            w++;
          }
        }
        best = better(best, w > 0 ? 5 + w : 0, LLVMLexer.DBG_RECORD);
        int n = digitsAfter(p + 1);
        best = better(best, n > 0 ? 1 + n : 0, LLVMLexer.ATTR_GROUP_ID);
      }
      case '^' -> {
        int n = digitsAfter(p + 1);
        best = better(best, n > 0 ? 1 + n : 0, LLVMLexer.SUMMARY_ID);
      }
      case '!' -> {
        int n = digitsAfter(p + 1);
        best = better(best, n > 0 ? 1 + n : 0, LLVMLexer.MD_ID);
        int m = 0;
        if (p + 1 < end && isMdNameStart(b[p + 1])) {
          m = 1;
          while (p + 1 + m < end && (isMdNameStart(b[p + 1 + m]) || isDigit(b[p + 1 + m]))) {
            m++;
          }
        }
        best = better(best, m > 0 ? 1 + m : 0, LLVMLexer.MD_NAME);
        best = better(best, 1, LLVMLexer.EXCLAIM);
      }
      case '.' -> best = better(best, startsWith(p, "...") ? 3 : 0, LLVMLexer.ELLIPSIS);
      default -> {
        if (c < 128 && PUNCT[c] != 0) {
          best = better(best, 1, PUNCT[c]);
        }
      }
    }
    return best;
  }

  /** Keeps the longer match; on equal length the rule defined first (smaller type) wins. */
  private static long better(long best, int len, int type) {
    if (len == 0) {
      return best;
    }
    int bestLen = (int) (best >>> 32);
    if (len > bestLen || (len == bestLen && type < (int) best)) {
      return ((long) len << 32) | type;
    }
    return best;
  }

  private int label(int p) {
    if (b[p] == '"') {
      int n = quoted(p, 0);
      return n > 0 && p + n < end && b[p + n] == ':' ? n + 1 : 0;
    }
    int q = p;
    while (q < end && LABEL_CHAR[b[q] & 0xff]) {
      q++;
    }
    return q > p && q < end && b[q] == ':' ? q - p + 1 : 0;
  }

  /** Length of '"' ~["]* '"' starting at p + skip (plus skip), or 0 when unterminated. */
  private int quoted(int p, int skip) {
    int q = p + skip;
    if (q >= end || b[q] != '"') {
      return 0;
    }
    q++;
    while (q < end && b[q] != '"') {
      q++;
    }
    return q < end ? q + 1 - p : 0;
  }

  /** @, % (with digits allowed) or $: the sigil then NAME | [0-9]+ | QUOTED. */
  private int sigilName(int p, boolean digits) {
    int q = p + 1;
    if (q >= end) {
      return 0;
    }
    if (b[q] == '"') {
      int n = quoted(q, 0);
      return n > 0 ? 1 + n : 0;
    }
    if (digits && isDigit(b[q])) {
      return 1 + digitsAfter(q);
    }
    if (!isNameStart(b[q])) {
      return 0;
    }
    while (q < end && LABEL_CHAR[b[q] & 0xff]) { // [-a-zA-Z$._0-9]
      q++;
    }
    return q - p;
  }

  /** [-+]? [0-9]+ '.' [0-9]* ([eE] [-+]? [0-9]+)? */
  private int number(int p) {
    int q = p;
    if (b[q] == '-' || b[q] == '+') {
      q++;
    }
    int n = digitsAfter(q);
    if (n == 0 || q + n >= end || b[q + n] != '.') {
      return 0;
    }
    q += n + 1;
    q += digitsAfter(q);
    if (q < end && (b[q] == 'e' || b[q] == 'E')) {
      int e = q + 1;
      if (e < end && (b[e] == '-' || b[e] == '+')) {
        e++;
      }
      int x = digitsAfter(e);
      if (x > 0) {
        q = e + x;
      }
    }
    return q - p;
  }

  /** [-+]? '0x' hex* ('.' hex*)? [pP] [-+]? [0-9]+ */
  private int hexFloatC(int p) {
    int q = p;
    if (b[q] == '-' || b[q] == '+') {
      q++;
    }
    if (!startsWith(q, "0x")) {
      return 0;
    }
    q += 2;
    q += hexAfter(q);
    if (q < end && b[q] == '.') {
      q++;
      q += hexAfter(q);
    }
    if (q >= end || (b[q] != 'p' && b[q] != 'P')) {
      return 0;
    }
    q++;
    if (q < end && (b[q] == '-' || b[q] == '+')) {
      q++;
    }
    int x = digitsAfter(q);
    return x > 0 ? q + x - p : 0;
  }

  /** [-+] ('inf' | 'qnan' | ('nan' | 'snan') '(' '0x' hex+ ')') */
  private int specialFloat(int p) {
    if (b[p] != '-' && b[p] != '+') {
      return 0;
    }
    int q = p + 1;
    int best = 0;
    if (startsWith(q, "inf")) {
      best = 4;
    }
    if (startsWith(q, "qnan")) {
      best = 5;
    }
    int w = startsWith(q, "nan(0x") ? 3 : startsWith(q, "snan(0x") ? 4 : 0;
    if (w > 0) {
      int h = hexAfter(q + w + 3);
      int close = q + w + 3 + h;
      if (h > 0 && close < end && b[close] == ')') {
        best = Math.max(best, close + 1 - p);
      }
    }
    return best;
  }

  private boolean startsWith(int p, String s) {
    if (p + s.length() > end) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int digitsAfter(int p) {
    int q = p;
    while (q < end && isDigit(b[q])) {
      q++;
    }
    return q - p;
  }

  private int hexAfter(int p) {
    int q = p;
    while (q < end && (isDigit(b[q]) || (b[q] >= 'a' && b[q] <= 'f') || (b[q] >= 'A' && b[q] <= 'F'))) {
      q++;
    }
    return q - p;
  }

  private static final boolean[] LABEL_CHAR = new boolean[256]; // [-a-zA-Z$._0-9]
  private static final boolean[] BARE_CHAR = new boolean[256]; // [a-zA-Z_0-9]

  static {
    for (int c = 0; c < 128; c++) {
      LABEL_CHAR[c] = isLabelChar(c);
      BARE_CHAR[c] = isLetterOrUnderscore(c) || isDigit(c);
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetterOrUnderscore(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isBareStart(int c) {
    return isLetterOrUnderscore(c);
  }

  /** [-a-zA-Z$._] */
  private static boolean isNameStart(int c) {
    return isLetterOrUnderscore(c) || c == '-' || c == '$' || c == '.';
  }

  /** [-a-zA-Z$._\\] */
  private static boolean isMdNameStart(int c) {
    return isNameStart(c) || c == '\\';
  }

  /** [-a-zA-Z$._0-9] */
  private static boolean isLabelChar(int c) {
    return isNameStart(c) || isDigit(c);
  }
}
