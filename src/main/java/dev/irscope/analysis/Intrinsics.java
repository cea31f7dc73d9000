// Recognising calls to intrinsics by name, as LLVM's IntrinsicInst classes do: a name matches
// intrinsic "llvm.memcpy" when it is that name or that name followed by overload suffixes
// (".p0.p0.i64"). MemIntrinsic is llvm.memcpy/memmove/memset and their .inline forms, whose
// last argument is the volatile flag.
package dev.irscope.analysis;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.Value;

public final class Intrinsics {
  private Intrinsics() {}

  /** Whether the call calls intrinsic {@code name} (any overload). */
  public static boolean isIntrinsic(CallBase call, String name) {
    Function f = call.calledFunction();
    if (f == null) {
      return false;
    }
    String n = f.name();
    return n.startsWith(name) && (n.length() == name.length() || n.charAt(name.length()) == '.');
  }

  /**
   * LLVM's MemIntrinsic: llvm.memcpy, memmove, memset and the .inline variants, not the
   * element-wise atomic ones (their last argument is the element size, not a volatile flag).
   */
  public static boolean isMemIntrinsic(CallBase call) {
    return (isIntrinsic(call, "llvm.memcpy") || isIntrinsic(call, "llvm.memmove")
        || isIntrinsic(call, "llvm.memset"))
        && !call.calledFunction().name().contains(".element.unordered.atomic");
  }

  /** A mem intrinsic whose volatile flag (its last argument) is true. */
  public static boolean isVolatileMemIntrinsic(CallBase call) {
    if (!isMemIntrinsic(call) || call.numArgs() == 0) {
      return false;
    }
    Value flag = call.arg(call.numArgs() - 1);
    return flag instanceof ConstantInt ci && !ci.isZero();
  }
}
