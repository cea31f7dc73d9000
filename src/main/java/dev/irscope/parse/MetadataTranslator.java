// Metadata from its parse trees: references to numbered nodes (shared objects, created on first
// mention from any thread), strings, inline tuples and specialized nodes, and values wrapped as
// metadata. Literal fields of specialized nodes keep their spelling.
package dev.irscope.parse;

import dev.irscope.ir.MDLiteral;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MDString;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.ValueAsMetadata;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;

final class MetadataTranslator {
  private final Symbols symbols;
  private final ValueTranslator values;

  MetadataTranslator(Symbols symbols, ValueTranslator values) {
    this.symbols = symbols;
    this.values = values;
  }

  Metadata ref(LLVMParser.MdRefContext ctx) {
    if (ctx instanceof LLVMParser.MdIdRefContext id) {
      return symbols.metadataNode(Integer.parseInt(id.MD_ID().getText().substring(1)));
    }
    if (ctx instanceof LLVMParser.MdStringRefContext s) {
      return new MDString(Tokens.string(s.STRING()));
    }
    MDNode n = new MDNode(-1);
    define(n, ((LLVMParser.MdNodeRefContext) ctx).mdNode(), false);
    return n;
  }

  Metadata operand(LLVMParser.MdOperandContext ctx) {
    return ctx.mdRef() != null ? ref(ctx.mdRef()) : new ValueAsMetadata(values.typed(ctx.typedValue()));
  }

  /** Fills {@code node} from a node body: a tuple or a specialized node. */
  void define(MDNode node, LLVMParser.MdNodeContext ctx, boolean distinct) {
    List<String> names = new ArrayList<>();
    List<Metadata> ops = new ArrayList<>();
    String kind = null;
    if (ctx instanceof LLVMParser.MdTupleContext t) {
      for (LLVMParser.MdElementContext e : t.mdElement()) {
        ops.add(element(e));
      }
    } else {
      LLVMParser.SpecializedMdNodeContext s =
          ((LLVMParser.MdSpecializedContext) ctx).specializedMdNode();
      kind = s.MD_NAME().getText().substring(1);
      boolean named = false;
      for (LLVMParser.MdFieldContext f : s.mdField()) {
        if (f instanceof LLVMParser.NamedMdFieldContext nf) {
          named = true;
          names.add(Tokens.label(nf.LABEL().getText()));
          ops.add(fieldValue(nf.mdFieldValue()));
        } else {
          if (named) {
            throw ParseError.at(f, "expected a field name");
          }
          ops.add(fieldValue(((LLVMParser.PositionalMdFieldContext) f).mdFieldValue()));
        }
      }
    }
    node.define(kind, distinct, names, ops, ctx.getStart().getLine());
  }

  private Metadata element(LLVMParser.MdElementContext e) {
    if (e.NULL() != null) {
      return MDLiteral.NULL;
    }
    if (e.mdRef() != null) {
      return ref(e.mdRef());
    }
    return new ValueAsMetadata(values.typed(e.typedValue()));
  }

  private Metadata fieldValue(LLVMParser.MdFieldValueContext v) {
    if (v instanceof LLVMParser.MdRefValueContext r) {
      return ref(r.mdRef());
    }
    if (v instanceof LLVMParser.MdNullValueContext) {
      return MDLiteral.NULL;
    }
    if (v instanceof LLVMParser.MdTypedValueContext t) {
      return new ValueAsMetadata(values.typed(t.typedValue()));
    }
    if (v instanceof LLVMParser.MdFlagsValueContext f) {
      if (f.mdFlagWord().size() == 1) {
        return new MDLiteral(f.getText());
      }
      StringBuilder sb = new StringBuilder();
      for (LLVMParser.MdFlagWordContext w : f.mdFlagWord()) {
        sb.append(sb.length() > 0 ? " | " : "").append(w.getText());
      }
      return new MDLiteral(sb.toString());
    }
    if (v instanceof LLVMParser.MdStringValueContext || v instanceof LLVMParser.MdBoolValueContext
        || v instanceof LLVMParser.MdFloatValueContext) {
      return new MDLiteral(v.getText());
    }
    return new MDLiteral(SourceSpans.text(symbols.source, v));
  }
}
