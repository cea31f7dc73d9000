// A placeholder for a local value or global used before its definition; replaced by the real
// value when the definition is read, or reported as undefined at the end.
package dev.irscope.parse;

import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

final class ForwardRef extends Value {
  final Token firstUse;
  /** The metadata wrappers of this placeholder (not uses: replaceAllUsesWith misses them). */
  private List<ValueAsMetadata> metadataUses = List.of();

  ForwardRef(Type type, String name, Token firstUse) {
    super(type);
    setName(name);
    this.firstUse = firstUse;
  }

  void addMetadataUse(ValueAsMetadata m) {
    if (metadataUses.isEmpty()) {
      metadataUses = new ArrayList<>(2);
    }
    metadataUses.add(m);
  }

  /** Replaces this placeholder by its definition everywhere: operands and metadata wrappers. */
  void resolve(Value definition) {
    replaceAllUsesWith(definition);
    for (ValueAsMetadata m : metadataUses) {
      m.replaceValue(definition);
    }
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("%").append(name());
  }
}
