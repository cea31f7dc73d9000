// The attributes a directly called function brings to a call: what its declaration in the file
// says, or what a caller above this layer substitutes. LLVM replaces an intrinsic declaration's
// attributes with those of its intrinsic table when it reads the file (declare @llvm.memcpy with
// no attributes still gets memory(argmem: readwrite) and writeonly/readonly parameters), but that
// table lives in dev.irscope.infer, above this package; so analyses read callees through this
// interface, DECLARED reads the file as written, and the command line passes one backed by the
// table.
package dev.irscope.analysis;

import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;

public interface CalleeAttributes {
  /** The function attributes of {@code callee}. */
  AttributeSet fn(Function callee);

  /** The attributes of parameter {@code i} of {@code callee}; empty past its last parameter. */
  AttributeSet param(Function callee, int i);

  /** Where the attributes of {@code callee} come from, as printers name it ("definition"). */
  String origin(Function callee);

  /** The attributes as the file declares them. */
  CalleeAttributes DECLARED = new CalleeAttributes() {
    @Override
    public AttributeSet fn(Function callee) {
      return callee.fnAttributes();
    }

    @Override
    public AttributeSet param(Function callee, int i) {
      return i < callee.arguments().size() ? callee.paramAttributes(i) : AttributeSet.EMPTY;
    }

    @Override
    public String origin(Function callee) {
      return callee.isDeclaration() ? "declaration" : "definition";
    }
  };
}
