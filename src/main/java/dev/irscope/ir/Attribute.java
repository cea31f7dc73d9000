// One attribute as written: its name ("nounwind", "align", "memory", or the key of a string
// attribute), its exact spelling ("memory(argmem: read)", "\"frame-pointer\"=\"all\""), and for
// typed attributes (byval(T), sret(T), ...) the type and for integer ones the number.
package dev.irscope.ir;

public final class Attribute {
  private final String name;
  private final String spelling;
  private final Type type;
  private final long number;

  public Attribute(String name, String spelling, Type type, long number) {
    this.name = name;
    this.spelling = spelling;
    this.type = type;
    this.number = number;
  }

  /** A plain keyword attribute ("nounwind"). */
  public static Attribute of(String name) {
    return new Attribute(name, name, null, -1);
  }

  public String name() {
    return name;
  }

  public String spelling() {
    return spelling;
  }

  public boolean isString() {
    return spelling.startsWith("\"");
  }

  /** The type argument of byval/sret/byref/inalloca/preallocated/elementtype, or null. */
  public Type type() {
    return type;
  }

  /** The integer argument (align 8, dereferenceable(16), alignstack(4)), or -1. */
  public long number() {
    return number;
  }

  /** The text between the parentheses of "name(args)", or "" when there are none. */
  public String args() {
    int open = spelling.indexOf('(');
    return open < 0 || isString() ? "" : spelling.substring(open + 1, spelling.length() - 1);
  }

  @Override
  public String toString() {
    return spelling;
  }
}
