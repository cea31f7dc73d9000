// Splits the text of a module into one chunk per top-level entity, so that the entities can be
// parsed independently and in parallel and no parse tree of a whole module is ever held.
//
// A small scanner walks the bytes, skipping strings and comments and tracking the nesting of
// (), [] and {}. At nesting depth 0 an entity starts at a keyword that only starts entities
// (define, declare, attributes, source_filename, target datalayout/triple, module asm,
// uselistorder[_bb]) or at a name that is being defined (@g =, %T =, !5 =, !name =, $c =, ^3 =).
// Neither can occur at depth 0 inside another entity, so the chunks are exactly the entities,
// wherever the line breaks are. Every byte belongs to some chunk: text before the first entity
// or that is no entity at all ends up in a chunk whose parse reports the error.
package dev.irscope.parse;

import dev.irscope.ir.Names;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public final class Splitter {
  private final byte[] b;
  private final int n;
  private final List<Chunk> chunks = new ArrayList<>();
  private int line = 1;
  private int lineStart;
  // the chunk being built
  private Chunk.Kind kind = Chunk.Kind.OTHER;
  private String name;
  private int start;
  private int startLine = 1;
  private int startColumn = 1;
  private boolean wantName; // define/declare: the next @name names the chunk
  private boolean wantGlobalKind; // @g = ...: the next global/constant/alias/ifunc decides
  private int addrSpace; // addrspace(N) of the global the chunk defines

  private Splitter(byte[] bytes) {
    this.b = bytes;
    this.n = bytes.length;
  }

  public static List<Chunk> split(byte[] bytes) {
    Splitter s = new Splitter(bytes);
    s.run();
    return s.chunks;
  }

  private void run() {
    int depth = 0;
    int i = 0;
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

  private static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '$' || c == '.' || c == '_' || c == '\\';
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
    String nm = quoted
        ? new String(Names.unescape(new String(b, nameStart + 1,
            Math.max(0, i - nameStart - 2), StandardCharsets.UTF_8)), StandardCharsets.UTF_8)
        : new String(b, nameStart, i - nameStart, StandardCharsets.ISO_8859_1);
    if (sig == '@' && wantName) {
      name = nm;
      wantName = false;
      return i;
    }
    int j = i;
    while (j < n && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r' || b[j] == '\n')) {
      j++;
    }
    if (j < n && b[j] == '=' && (!nm.isEmpty() || b[nameStart] == '"')) {
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
