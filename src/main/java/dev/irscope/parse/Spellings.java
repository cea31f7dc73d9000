// Shared copies of short spellings that repeat all over a module (metadata field names, DW_*
// words, small numbers, attachment kinds): a table per thread, looked up by the bytes of the
// source, so a repeated spelling costs no new String and the model holds one copy of it. Literal
// metadata fields (MDLiteral, immutable) and lists of field names are shared the same way. Only
// short ASCII spellings are kept, and the tables stop growing at MAX_ENTRIES, so memory stays
// bounded on any input.
package dev.irscope.parse;

import dev.irscope.ir.MDLiteral;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.antlr.v4.runtime.Token;

final class Spellings {
  private static final ThreadLocal<Spellings> PER_THREAD = ThreadLocal.withInitial(Spellings::new);
  private static final int MAX_LENGTH = 40;
  private static final int MAX_ENTRIES = 1 << 17;

  private String[] keys = new String[1 << 12];
  private byte[][] keyBytes = new byte[1 << 12][]; // the keys' bytes, for a fast compare
  private MDLiteral[] literals = new MDLiteral[1 << 12];
  private int size;
  private final java.util.Map<java.util.List<String>, java.util.List<String>> nameLists =
      new java.util.HashMap<>();

  private Spellings() {}

  static Spellings get() {
    return PER_THREAD.get();
  }

  /** The text of b[from, to), decoded as UTF-8; equal short spellings share one String. */
  String text(byte[] b, int from, int to) {
    int slot = slot(b, from, to);
    return slot < 0 ? new String(b, from, to - from, StandardCharsets.UTF_8) : keys[slot];
  }

  /** The text of a token, shared like {@link #text(byte[], int, int)}. */
  String text(byte[] b, Token t) {
    return text(b, t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** The name after a token's one-byte sigil: "dbg" of !dbg, "DILocation" of !DILocation. */
  String afterSigil(byte[] b, Token t) {
    return afterSigil(b, t.getStartIndex(), t.getStopIndex());
  }

  /** {@link #afterSigil(byte[], Token)} of the token spelled b[start, stop] (stop inclusive). */
  String afterSigil(byte[] b, int start, int stop) {
    return text(b, start + 1, stop + 1);
  }

  /** A metadata field's name from its LABEL token ("line:", "\"q r\":"), without the ':'. */
  String fieldName(byte[] b, Token label) {
    return fieldName(b, label.getStartIndex(), label.getStopIndex());
  }

  /** {@link #fieldName(byte[], Token)} of the LABEL token spelled b[start, stop]. */
  String fieldName(byte[] b, int start, int stop) {
    return b[start] == '"'
        ? Tokens.label(new String(b, start, stop - start + 1, StandardCharsets.UTF_8))
        : text(b, start, stop);
  }

  /** A literal metadata field spelled as the token is. */
  MDLiteral literal(byte[] b, Token t) {
    return literal(b, t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** An unmodifiable list equal to {@code names}, shared by equal lists (field names of nodes). */
  java.util.List<String> names(java.util.List<String> names) {
    java.util.List<String> shared = nameLists.get(names);
    if (shared == null) {
      shared = java.util.List.copyOf(names);
      if (nameLists.size() < MAX_ENTRIES) {
        nameLists.put(shared, shared);
      }
    }
    return shared;
  }

  /** A literal metadata field spelled b[from, to). */
  MDLiteral literal(byte[] b, int from, int to) {
    int slot = slot(b, from, to);
    if (slot < 0) {
      return new MDLiteral(new String(b, from, to - from, StandardCharsets.UTF_8));
    }
    MDLiteral l = literals[slot];
    if (l == null) {
      l = new MDLiteral(keys[slot]);
      literals[slot] = l;
    }
    return l;
  }

  /** The table slot of the spelling (added when new), or -1 when it is not to be kept. */
  private int slot(byte[] b, int from, int to) {
    int len = to - from;
    if (len > MAX_LENGTH || len <= 0) {
      return -1;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c < 0) {
        return -1; // non-ASCII: not worth keeping
      }
      h = 31 * h + c; // String.hashCode of the same text
    }
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    for (byte[] k = keyBytes[i]; k != null; k = keyBytes[i]) {
      if (k.length == len && Arrays.equals(k, 0, len, b, from, to)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    if (size >= MAX_ENTRIES) {
      return -1;
    }
    keyBytes[i] = Arrays.copyOfRange(b, from, to);
    keys[i] = new String(b, from, len, StandardCharsets.ISO_8859_1);
    size++;
    if (size * 2 > keys.length) {
      grow();
      return slot(b, from, to);
    }
    return i;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] oldKeys = keys;
    byte[][] oldBytes = keyBytes;
    MDLiteral[] oldLiterals = literals;
    keys = new String[oldKeys.length * 2];
    keyBytes = new byte[oldKeys.length * 2][];
    literals = new MDLiteral[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int i = spread(k.hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        keyBytes[i] = oldBytes[j];
        literals[i] = oldLiterals[j];
      }
    }
  }
}
