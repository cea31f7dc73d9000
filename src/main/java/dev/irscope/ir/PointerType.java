// ptr / ptr addrspace(N): opaque pointers. Typed pointers in old IR (i32*) are read as ptr.
package dev.irscope.ir;

public final class PointerType extends Type {
  public static final PointerType PTR = get(0);

  private final int addressSpace;

  private PointerType(int addressSpace) {
    this.addressSpace = addressSpace;
  }

  public static PointerType get(int addressSpace) {
    return intern(new Key(addressSpace), () -> new PointerType(addressSpace));
  }

  private record Key(int addressSpace) {}

  public int addressSpace() {
    return addressSpace;
  }

  @Override
  public String toString() {
    return addressSpace == 0 ? "ptr" : "ptr addrspace(" + addressSpace + ")";
  }
}
