// Called functions' attributes as LLVM sees them after reading the file: an intrinsic has the
// attributes of LLVM's intrinsic table (dev.irscope.infer.IntrinsicTable; an old name LLVM
// auto-upgrades, its successor's), whatever its declaration says, since LLVM replaces them when
// it reads the declaration; any other function
// has what the file declares. The analyses cannot reach the table (it sits in infer, above them),
// so the command line hands them this.
package dev.irscope.cli;

import dev.irscope.analysis.CalleeAttributes;
import dev.irscope.infer.IntrinsicTable;
import dev.irscope.infer.LlvmAttributeOrder;
import dev.irscope.infer.LlvmVersion;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import java.util.List;

final class IntrinsicCalleeAttributes implements CalleeAttributes {
  private final IntrinsicTable table;

  IntrinsicCalleeAttributes(LlvmVersion version) {
    this.table = IntrinsicTable.forVersion(version);
  }

  @Override
  public AttributeSet fn(Function callee) {
    IntrinsicTable.Entry e = table.forFunction(callee);
    return e == null ? DECLARED.fn(callee) : set(e.fn());
  }

  @Override
  public AttributeSet param(Function callee, int i) {
    IntrinsicTable.Entry e = table.forFunction(callee);
    return e == null ? DECLARED.param(callee, i) : set(e.param(i));
  }

  @Override
  public String origin(Function callee) {
    return table.forFunction(callee) == null ? DECLARED.origin(callee)
        : "LLVM " + table.version().major() + " intrinsic table";
  }

  /** Spellings as attributes: name and spelling (memory(...) is read from the spelling). */
  private static AttributeSet set(List<String> spellings) {
    return AttributeSet.of(spellings.stream()
        .map(s -> new Attribute(LlvmAttributeOrder.name(s), s, null, -1)).toList(), List.of());
  }
}
