// A literal field of a specialized node or a positional argument of !DIExpression: an integer,
// a string, a keyword (DW_TAG_member, true, null), or a flag union (DIFlagA | DIFlagB). Kept as
// spelled.
package dev.irscope.ir;

public final class MDLiteral extends Metadata {
  public static final MDLiteral NULL = new MDLiteral("null");
  private final String spelling;

  public MDLiteral(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  public boolean isNull() {
    return spelling.equals("null");
  }

  public boolean isString() {
    return spelling.startsWith("\"");
  }

  /** The decoded string for string literals, else the spelling. */
  public String stringValue() {
    if (isString()) {
      return new String(Names.unescape(spelling.substring(1, spelling.length() - 1)),
          java.nio.charset.StandardCharsets.UTF_8);
    }
    return spelling;
  }

  /** The integer value, or null when this literal is no integer. */
  public Long intValue() {
    try {
      return Long.parseLong(spelling);
    } catch (NumberFormatException e) {
      try {
        return new java.math.BigInteger(spelling).longValue();
      } catch (NumberFormatException e2) {
        return null;
      }
    }
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append(spelling);
  }
}
