// Splits the text of a module into one chunk per top-level entity, so that the entities can be
// parsed independently and in parallel and no parse tree of a whole module is ever held.
//
// A small scanner walks the bytes, skipping strings and comments and tracking the nesting of
// (), [] and {}. At nesting depth 0 an entity starts at a keyword that only starts entities
// (define, declare, attributes, source_filename, target datalayout/triple, module asm,
// uselistorder[_bb]) or at a name that is being defined (@g =, %T =, !5 =, !name =, $c =, ^3 =).
// Neither can occur at depth 0 inside another entity, so the chunks are exactly the entities,
// wherever the line breaks are. Every byte belongs to some chunk: text before the first entity
// or that is no entity at all ends up in a chunk whose parse reports the error. A text of 4 MB
// or more is scanned as two parts on two threads (splitInTwo), giving the same chunks.
package dev.irscope.parse;

import dev.irscope.ir.Names;
import dev.irscope.ir.Threads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public final class Splitter {
  private final byte[] b;
  private final int n;
  private final List<Chunk> chunks = new ArrayList<>();
  private int line;
  private int lineStart;
  // the chunk being built
  private Chunk.Kind kind = Chunk.Kind.OTHER;
  private String name;
  private int start;
  private int startLine;
  private int startColumn = 1;
  private boolean wantName; // define/declare: the next @name names the chunk
  private boolean wantGlobalKind; // @g = ...: the next global/constant/alias/ifunc decides
  private int addrSpace; // addrspace(N) of the global the chunk defines

  private int endDepth; // bracket nesting where the scan stopped
  private int stoppedAt; // where the scan stopped: n, or past it when a string ran over

  /** A scanner of bytes[from, to), which start at the given line. */
  private Splitter(byte[] bytes, int from, int to, int firstLine) {
    this.b = bytes;
    this.n = to;
    this.start = from;
    this.lineStart = from;
    this.line = firstLine;
    this.startLine = firstLine;
  }

  public static List<Chunk> split(byte[] bytes) {
    int cut = bytes.length >= PARALLEL_MIN && PROCESSORS > 1 ? cutPoint(bytes) : -1;
    if (cut > 0) {
      List<Chunk> halves = splitInTwo(bytes, cut);
      if (halves != null) {
        return halves;
      }
    }
    return splitSequentially(bytes);
  }

  /** The chunks of one scan over the whole text on this thread. */
  static List<Chunk> splitSequentially(byte[] bytes) {
    Splitter s = new Splitter(bytes, 0, bytes.length, 1);
    s.run(0);
    return s.chunks;
  }

  private static final int PARALLEL_MIN = 4 << 20;
  private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

  /**
   * Scans the two parts of the text on two threads, the second from a line (cutPoint)
   * that starts an entity ("define " or "!N = " at the start of a line, where no entity can
   * be inside another); null when the first half shows that the sequential scan would not have
   * been at the start of an entity there (brackets left open, a string running on), so that
   * the caller scans the whole text after all. The chunks are those of the sequential scan.
   */
  static List<Chunk> splitInTwo(byte[] bytes, int cut) {
    Splitter first = new Splitter(bytes, 0, cut, 1);
    Splitter[] second = new Splitter[1];
    Threads.runAll("irscope-split", 0, () -> first.run(0), () -> {
      int lines = 1;
      for (int i = 0; i < cut; i++) {
        if (bytes[i] == '\n') {
          lines++;
        }
      }
      second[0] = new Splitter(bytes, cut, bytes.length, lines);
      second[0].run(cut);
    });
    if (first.endDepth != 0 || first.stoppedAt != cut) {
      return null;
    }
    List<Chunk> all = new ArrayList<>(first.chunks.size() + second[0].chunks.size());
    all.addAll(first.chunks);
    all.addAll(second[0].chunks);
    return all;
  }

  /**
   * A line start where an entity begins, from 70% of the text on: metadata, which costs more
   * per byte to split than function bodies, fills the end of a -g module. -1: none.
   */
  static int cutPoint(byte[] b) {
    for (int i = (int) (b.length * 0.7); i < b.length - 8; i++) {
      if (b[i] != '\n') {
        continue;
      }
      int p = i + 1;
      if (startsWith(b, p, "define ")) {
        return p;
      }
      if (b[p] == '!' && b[p + 1] >= '0' && b[p + 1] <= '9') {
        int q = p + 1;
        while (q < b.length && b[q] >= '0' && b[q] <= '9') {
          q++;
        }
        if (startsWith(b, q, " = ")) {
          return p;
        }
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int at, String word) {
    if (at + word.length() > b.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (b[at + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void run(int from) {
    int depth = 0;
    int i = from;
    while (i < n) {
      if (depth > 0) {
        // inside brackets no entity starts and no name is defined: only strings, comments,
        // brackets and line breaks matter, so skip everything else byte by byte
        while (i < n && !SPECIAL[b[i] & 0xff]) {
          i++;
        }
        if (i == n) {
          break;
        }
      }
      int c = b[i] & 0xff;
      switch (c) {
        case '\n' -> {
          line++;
          lineStart = i + 1;
          i++;
        }
        case ';' -> {
          while (i < n && b[i] != '\n') {
            i++;
          }
        }
        case '"' -> i = skipString(i);
        case '(', '[', '{' -> {
          depth++;
          i++;
        }
        case ')', ']', '}' -> {
          depth = Math.max(0, depth - 1);
          i++;
        }
        case '@', '%', '!', '$', '^' -> i = sigil(i, depth);
        default -> {
          if (isWordStart(c)) {
            i = word(i, depth);
          } else {
            i++;
          }
        }
      }
    }
    this.endDepth = depth;
    this.stoppedAt = i;
    finish(n);
  }

  /** The bytes that matter inside brackets. */
  private static final boolean[] SPECIAL = new boolean[256];

  static {
    for (char c : "\n;\"()[]{}".toCharArray()) {
      SPECIAL[c] = true;
    }
  }

  private int skipString(int i) {
    i++;
    while (i < n && b[i] != '"') {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
    return i + 1;
  }

  private static boolean isWordStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** [-a-zA-Z0-9$._\\], for c in 0..255. */
  private static boolean isNameChar(int c) {
    return NAME_CHAR[c];
  }

  private static final boolean[] NAME_CHAR = new boolean[256];

  static {
    for (int c = 0; c < 128; c++) {
      NAME_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '$' || c == '.' || c == '_' || c == '\\';
    }
  }

  private int word(int i, int depth) {
    int s = i;
    while (i < n && isNameChar(b[i] & 0xff)) {
      i++;
    }
    if (i < n && b[i] == ':') {
      return i + 1; // a label or field name
    }
    if (depth != 0) {
      return i;
    }
    String w = new String(b, s, i - s, StandardCharsets.ISO_8859_1);
    Chunk.Kind k = switch (w) {
      case "define" -> Chunk.Kind.DEFINE;
      case "declare" -> Chunk.Kind.DECLARE;
      case "attributes" -> Chunk.Kind.ATTRIBUTE_GROUP;
      case "source_filename", "uselistorder", "uselistorder_bb", "deplibs" -> Chunk.Kind.OTHER;
      case "target" -> nextWordIs(i, "datalayout", "triple") ? Chunk.Kind.OTHER : null;
      case "module" -> nextWordIs(i, "asm") ? Chunk.Kind.OTHER : null;
      default -> null;
    };
    if (w.equals("addrspace")) {
      int as = addrSpaceNumber(i);
      boolean global = wantGlobalKind;
      boolean function = (kind == Chunk.Kind.DEFINE || kind == Chunk.Kind.DECLARE) && !wantName;
      boolean alias = kind == Chunk.Kind.ALIAS || kind == Chunk.Kind.IFUNC;
      if (as >= 0 && (global || function || alias)) {
        addrSpace = as;
      }
      return i;
    }
    if (k != null) {
      begin(s, k, null);
      wantName = k == Chunk.Kind.DEFINE || k == Chunk.Kind.DECLARE;
    } else if (wantGlobalKind) {
      Chunk.Kind gk = switch (w) {
        case "global", "constant" -> Chunk.Kind.GLOBAL_VARIABLE;
        case "alias" -> Chunk.Kind.ALIAS;
        case "ifunc" -> Chunk.Kind.IFUNC;
        default -> null;
      };
      if (gk != null) {
        kind = gk;
        wantGlobalKind = false;
      }
    }
    return i;
  }

  /** N of "(N)" after addrspace, or -1. */
  private int addrSpaceNumber(int i) {
    while (i < n && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    if (i >= n || b[i] != '(') {
      return -1;
    }
    i++;
    int v = 0;
    int digits = 0;
    while (i < n && b[i] >= '0' && b[i] <= '9' && digits < 9) {
      v = v * 10 + (b[i++] - '0');
      digits++;
    }
    return digits > 0 && i < n && b[i] == ')' ? v : -1;
  }

  private boolean nextWordIs(int i, String... words) {
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    for (String w : words) {
      if (i + w.length() <= n
          && new String(b, i, w.length(), StandardCharsets.ISO_8859_1).equals(w)
          && (i + w.length() == n || !isNameChar(b[i + w.length()] & 0xff))) {
        return true;
      }
    }
    return false;
  }

  /** A sigil (@ % ! $ ^) and the name after it; an entity starts if "=" follows at depth 0. */
  private int sigil(int i, int depth) {
    int s = i;
    char sig = (char) b[i];
    i++;
    int nameStart = i;
    boolean quoted = i < n && b[i] == '"';
    if (quoted) {
      i = skipString(i);
    } else {
      while (i < n && isNameChar(b[i] & 0xff)) {
        i++;
      }
    }
    if (depth != 0) {
      return i; // no name is defined inside brackets: decode nothing
    }
    if (sig == '@' && wantName) {
      name = name(quoted, nameStart, i);
      wantName = false;
      return i;
    }
    int j = i;
    while (j < n && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n')) {
      j++;
    }
    if (j >= n || b[j] != '=') {
      return i; // a use, such as !DILocation after "!5 =": decode nothing
    }
    String nm = name(quoted, nameStart, i);
    if (!nm.isEmpty() || b[nameStart] == '"') {
      Chunk.Kind k = switch (sig) {
        case '@' -> Chunk.Kind.GLOBAL_VARIABLE;
        case '%' -> Chunk.Kind.TYPE;
        case '$' -> Chunk.Kind.COMDAT;
        case '^' -> Chunk.Kind.SUMMARY;
        default -> Character.isDigit(nm.charAt(0)) ? Chunk.Kind.METADATA
            : Chunk.Kind.NAMED_METADATA;
      };
      begin(s, k, nm);
      wantGlobalKind = sig == '@';
    }
    return i;
  }

  /** The name spelled b[from, to) after a sigil, unquoted and unescaped when quoted. */
  private String name(boolean quoted, int from, int to) {
    return quoted
        ? new String(Names.unescape(new String(b, from + 1, Math.max(0, to - from - 2),
            StandardCharsets.UTF_8)), StandardCharsets.UTF_8)
        : new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private void begin(int at, Chunk.Kind k, String nm) {
    finish(at);
    kind = k;
    name = nm;
    start = at;
    startLine = line;
    startColumn = at - lineStart + 1;
    wantName = false;
    wantGlobalKind = false;
    addrSpace = 0;
  }

  private void finish(int end) {
    if (end > start || (chunks.isEmpty() && end == n && n > 0)) {
      chunks.add(new Chunk(kind, name, start, end, startLine, startColumn, addrSpace));
    }
    start = end;
  }
}
