// target("name", types..., ints...): target extension types.
package dev.irscope.ir;

import java.util.List;

public final class TargetExtType extends Type {
  private final String name;
  private final List<Type> typeParams;
  private final List<Long> intParams;

  private TargetExtType(String name, List<Type> typeParams, List<Long> intParams) {
    this.name = name;
    this.typeParams = typeParams;
    this.intParams = intParams;
  }

  public static TargetExtType get(String name, List<Type> typeParams, List<Long> intParams) {
    List<Type> tps = List.copyOf(typeParams);
    List<Long> ips = List.copyOf(intParams);
    return intern(new Key(name, tps, ips), () -> new TargetExtType(name, tps, ips));
  }

  private record Key(String name, List<Type> types, List<Long> ints) {}

  public String name() {
    return name;
  }

  public List<Type> typeParams() {
    return typeParams;
  }

  public List<Long> intParams() {
    return intParams;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("target(").append(Names.quote(name));
    for (Type t : typeParams) {
      sb.append(", ").append(t);
    }
    for (Long i : intParams) {
      sb.append(", ").append(i);
    }
    return sb.append(')').toString();
  }
}
