// The keyword constants: null, undef, poison, zeroinitializer, none. One uniqued object per
// keyword and type.
package dev.irscope.ir;

public final class ConstantKeyword extends ConstantData {
  public enum Kind {
    NULL("null"), UNDEF("undef"), POISON("poison"), ZEROINITIALIZER("zeroinitializer"),
    NONE("none");

    final String spelling;

    Kind(String spelling) {
      this.spelling = spelling;
    }
  }

  private final Kind kind;

  private ConstantKeyword(Type type, Kind kind) {
    super(type);
    this.kind = kind;
  }

  public static ConstantKeyword get(Type type, Kind kind) {
    return Uniquer.get(new Key(type, kind), () -> new ConstantKeyword(type, kind));
  }

  private record Key(Type type, Kind kind) {}

  public Kind kind() {
    return kind;
  }

  public boolean isUndefOrPoison() {
    return kind == Kind.UNDEF || kind == Kind.POISON;
  }

  /** Whether every bit of this constant is zero (null, zeroinitializer). */
  public boolean isNullValue() {
    return kind == Kind.NULL || kind == Kind.ZEROINITIALIZER;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append(kind.spelling);
  }
}
