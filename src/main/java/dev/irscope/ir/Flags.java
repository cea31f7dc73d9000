// Poison-generating and fast-math flags of instructions and constant expressions, as one bit set,
// printed in LLVM's order.
package dev.irscope.ir;

public final class Flags {
  private Flags() {}

  public static final int NUW = 1;
  public static final int NSW = 1 << 1;
  public static final int EXACT = 1 << 2;
  public static final int DISJOINT = 1 << 3;
  public static final int NNEG = 1 << 4;
  public static final int SAMESIGN = 1 << 5;
  public static final int INBOUNDS = 1 << 6;
  public static final int NUSW = 1 << 7;
  // fast-math flags
  public static final int NNAN = 1 << 8;
  public static final int NINF = 1 << 9;
  public static final int NSZ = 1 << 10;
  public static final int ARCP = 1 << 11;
  public static final int CONTRACT = 1 << 12;
  public static final int AFN = 1 << 13;
  public static final int REASSOC = 1 << 14;
  public static final int FAST = NNAN | NINF | NSZ | ARCP | CONTRACT | AFN | REASSOC;

  private static final String[] NAMES = {"nuw", "nsw", "exact", "disjoint", "nneg", "samesign",
      "inbounds", "nusw", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc"};

  /** The flag bit spelled {@code word}, or 0 when the word is no flag. */
  public static int of(String word) {
    if (word.equals("fast")) {
      return FAST;
    }
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(word)) {
        return 1 << i;
      }
    }
    return 0;
  }

  /** The flags as LLVM prints them, each followed by a space; "" when none. */
  public static String spell(int flags, boolean gep) {
    if (flags == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (gep) {
      if ((flags & INBOUNDS) != 0) {
        sb.append("inbounds ");
      } else if ((flags & NUSW) != 0) {
        sb.append("nusw ");
      }
      if ((flags & NUW) != 0) {
        sb.append("nuw ");
      }
      return sb.toString();
    }
    if ((flags & FAST) == FAST) {
      sb.append("fast ");
      flags &= ~FAST;
    }
    int[] order = {NUW, NSW, EXACT, DISJOINT, NNEG, SAMESIGN, REASSOC, NNAN, NINF, NSZ, ARCP,
        CONTRACT, AFN};
    for (int bit : order) {
      if ((flags & bit) != 0) {
        sb.append(NAMES[Integer.numberOfTrailingZeros(bit)]).append(' ');
      }
    }
    return sb.toString();
  }
}
