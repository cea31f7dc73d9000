// The data layout the transforms assume: x86-64 as rustc and clang write it (pointers 8 bytes,
// i64 and double aligned to 8, i128 to 16, x86_fp80 stored in 16 bytes); sizes, alignments and
// struct layouts are DataLayout's, GEP offsets PointerOffsets'. The module's own datalayout
// string is not read; a target with other sizes gets approximate answers, which the alias and
// dereferenceability queries only use to prove things disjoint or in bounds.
package dev.irscope.transform;

import dev.irscope.ir.DataLayout;

final class TypeSizes {
  private TypeSizes() {}

  static final DataLayout LAYOUT = DataLayout.of("e-i64:64-i128:128-f80:128");
}
