// Name lookup inside a function body: local values and blocks, created as forward references
// when used before they are defined.
package dev.irscope.parse;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import org.antlr.v4.runtime.Token;

interface LocalScope {
  Value local(String name, Type type, Token at);

  BasicBlock block(String name, Token at);
}
