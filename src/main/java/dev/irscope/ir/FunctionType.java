// ret (params...) and ret (params..., ...) for variadic functions.
package dev.irscope.ir;

import java.util.List;

public final class FunctionType extends Type {
  private final Type returnType;
  private final List<Type> paramTypes;
  private final boolean varArg;

  private FunctionType(Type returnType, List<Type> paramTypes, boolean varArg) {
    this.returnType = returnType;
    this.paramTypes = paramTypes;
    this.varArg = varArg;
  }

  public static FunctionType get(Type returnType, List<Type> paramTypes, boolean varArg) {
    List<Type> params = List.copyOf(paramTypes);
    return intern(new Key(returnType, params, varArg),
        () -> new FunctionType(returnType, params, varArg));
  }

  private record Key(Type ret, List<Type> params, boolean varArg) {}

  public Type returnType() {
    return returnType;
  }

  public List<Type> paramTypes() {
    return paramTypes;
  }

  public boolean isVarArg() {
    return varArg;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(returnType).append(" (");
    for (int i = 0; i < paramTypes.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(paramTypes.get(i));
    }
    if (varArg) {
      sb.append(paramTypes.isEmpty() ? "..." : ", ...");
    }
    return sb.append(')').toString();
  }
}
