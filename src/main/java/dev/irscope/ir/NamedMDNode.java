// !name = !{!0, !1}: module-level named metadata.
package dev.irscope.ir;

import java.util.List;

public record NamedMDNode(String name, List<MDNode> operands) {
  public NamedMDNode {
    operands = List.copyOf(operands);
  }
}
