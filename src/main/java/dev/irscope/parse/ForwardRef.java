// A placeholder for a local value or global used before its definition; replaced by the real
// value when the definition is read, or reported as undefined at the end.
package dev.irscope.parse;

import dev.irscope.ir.AsmWriter;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import org.antlr.v4.runtime.Token;

final class ForwardRef extends Value {
  final Token firstUse;

  ForwardRef(Type type, String name, Token firstUse) {
    super(type);
    setName(name);
    this.firstUse = firstUse;
  }

  @Override
  public void printAsOperand(AsmWriter w) {
    w.append("%").append(name());
  }
}
