// Constants: values fixed at compile time. ConstantData (ints, floats, null, undef, ...) is
// uniqued and keeps no use list; aggregates, expressions and globals are Users.
package dev.irscope.ir;

public abstract class Constant extends User {
  protected Constant(Type type) {
    super(type);
  }

  /** Whether this constant is printed as a bare literal, with no operand values inside. */
  public boolean isConstantData() {
    return false;
  }
}
