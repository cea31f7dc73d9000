// Floating-point constants, kept as spelled (decimal or LLVM's hexadecimal forms) so that
// printing is exact.
package dev.irscope.ir;

public final class ConstantFP extends ConstantData {
  private final String spelling;

  private ConstantFP(Type type, String spelling) {
    super(type);
    this.spelling = spelling;
  }

  public static ConstantFP get(Type type, String spelling) {
    return Uniquer.get(new Key(type, spelling), () -> new ConstantFP(type, spelling));
  }

  private record Key(Type type, String spelling) {}

  public String spelling() {
    return spelling;
  }

  /** The value as a double where the spelling allows it (hex forms for double-sized types). */
  public double doubleValue() {
    if (spelling.startsWith("0x") && spelling.length() == 18) {
      return Double.longBitsToDouble(Long.parseUnsignedLong(spelling.substring(2), 16));
    }
    try {
      return Double.parseDouble(spelling);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append(spelling);
  }
}
