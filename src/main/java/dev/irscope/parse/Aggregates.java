// Result types that depend on operands: extractvalue's indexed type and getelementptr's pointer
// (or vector of pointers) type.
package dev.irscope.parse;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.StructType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

final class Aggregates {
  private Aggregates() {}

  static Type indexedType(Type agg, int[] indices, ParserRuleContext at) {
    return indexedType(agg, indices, at.getStart());
  }

  /** As above; an error is reported at {@code at}, the instruction's first token. */
  static Type indexedType(Type agg, int[] indices, org.antlr.v4.runtime.Token at) {
    Type t = agg;
    for (int i : indices) {
      if (t instanceof StructType s && i >= 0 && i < s.elements().size()) {
        t = s.elements().get(i);
      } else if (t instanceof ArrayType a && i >= 0 && i < a.length()) {
        t = a.elementType();
      } else {
        throw ParseError.at(at, "invalid indices for extractvalue");
      }
    }
    return t;
  }

  /** ptr of the base's address space, or a vector of them when any operand is a vector. */
  static Type gepResultType(List<? extends Value> ops) {
    Type base = ops.get(0).type();
    if (base instanceof VectorType) {
      return base;
    }
    for (int i = 1; i < ops.size(); i++) {
      if (ops.get(i).type() instanceof VectorType v) {
        return VectorType.get(v.length(), base, v.isScalable());
      }
    }
    return base;
  }
}
