// How many bytes an access touches, when that is fixed, as LLVM's MemoryLocation gives it: the
// store size of the type a load, store, atomicrmw or cmpxchg moves ("vscale x N" for scalable
// vectors), and for the pointer arguments of memcpy/memmove/memset (plain, .inline,
// .element.unordered.atomic) their constant length, for llvm.lifetime.start/end (LLVM 19 form)
// their constant size. Pointers take their width from the module's DataLayout; a type whose size
// depends on ABI alignment (structs, arrays of types whose store size is not a power of two) has
// no size here.
package dev.irscope.analysis;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Module;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;

final class AccessSize {
  private final DataLayout layout;

  AccessSize(Module module) {
    this.layout = DataLayout.of(module);
  }

  /** The store size of {@code t}: "4", "vscale x 16", or null when not known here. */
  String ofType(Type t) {
    if (t instanceof VectorType v) {
      long bits = bits(v.elementType());
      if (bits < 0) {
        return null;
      }
      long bytes = (v.length() * bits + 7) / 8;
      return v.isScalable() ? "vscale x " + bytes : Long.toString(bytes);
    }
    long bytes = storeBytes(t);
    return bytes < 0 ? null : Long.toString(bytes);
  }

  /** The size MemoryLocation::getForArgument gives argument {@code i}, or null. */
  static String ofArgument(CallBase call, int i) {
    Value len = null;
    if (Intrinsics.isIntrinsic(call, "llvm.memset")) {
      len = i == 0 && call.numArgs() > 2 ? call.arg(2) : null;
    } else if (Intrinsics.isIntrinsic(call, "llvm.memcpy")
        || Intrinsics.isIntrinsic(call, "llvm.memmove")) {
      len = i <= 1 && call.numArgs() > 2 ? call.arg(2) : null;
    } else if ((Intrinsics.isIntrinsic(call, "llvm.lifetime.start")
        || Intrinsics.isIntrinsic(call, "llvm.lifetime.end")) && call.numArgs() == 2) {
      len = i == 1 ? call.arg(0) : null;
    }
    return len instanceof ConstantInt c && c.longValue() >= 0
        ? Long.toString(c.longValue()) : null;
  }

  private long storeBytes(Type t) {
    if (t instanceof ArrayType a) {
      long elem = storeBytes(a.elementType());
      return elem > 0 && Long.bitCount(elem) == 1 ? a.length() * elem : -1;
    }
    if (t instanceof VectorType v && !v.isScalable()) {
      long bits = bits(v.elementType());
      return bits < 0 ? -1 : (v.length() * bits + 7) / 8;
    }
    long bits = bits(t);
    return bits < 0 ? -1 : (bits + 7) / 8;
  }

  /** The width of a scalar type in bits, or -1. */
  private long bits(Type t) {
    return t instanceof PointerType ? layout.sizeInBits(t) : t.primitiveSizeInBits();
  }
}
