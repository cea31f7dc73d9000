// Metadata from its parse trees: references to numbered nodes (shared objects, created on first
// mention from any thread), strings, inline tuples and specialized nodes, and values wrapped as
// metadata. Literal fields of specialized nodes keep their spelling. This is the hottest part of
// the translator (debug info is about half of a -g module's text), so it walks child lists by
// position and reads spellings straight from the source bytes through Spellings.
package dev.irscope.parse;

import dev.irscope.ir.MDLiteral;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.MDString;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.MetadataAttachment;
import dev.irscope.ir.ValueAsMetadata;
import dev.irscope.parse.antlr.LLVMParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

final class MetadataTranslator {
  private final Symbols symbols;
  private final ValueTranslator values;
  private final Spellings spellings = Spellings.get();

  MetadataTranslator(Symbols symbols, ValueTranslator values) {
    this.symbols = symbols;
    this.values = values;
  }

  Metadata ref(LLVMParser.MdRefContext ctx) {
    if (ctx instanceof LLVMParser.MdIdRefContext) {
      return symbols.metadataNode(number(symbols.source.bytes(), ctx.getStart()));
    }
    if (ctx instanceof LLVMParser.MdStringRefContext s) {
      return new MDString(Tokens.string(s.STRING()));
    }
    MDNode n = new MDNode(-1);
    define(n, ((LLVMParser.MdNodeRefContext) ctx).mdNode(), false);
    return n;
  }

  /** The N of an MD_ID token !N, read from the source bytes. */
  static int number(byte[] b, Token t) {
    return number(b, t.getStartIndex(), t.getStopIndex() + 1);
  }

  /** The N of an MD_ID token spelled b[start, end). */
  static int number(byte[] b, int start, int end) {
    int to = end;
    int from = start + 1;
    if (to - from > 9) {
      return Integer.parseInt(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }

  /** An attachment "!kind !node"; the kind's spelling is shared. */
  MetadataAttachment attachment(LLVMParser.MdAttachmentContext a) {
    return attachment(a.getStart(), ref((LLVMParser.MdRefContext) a.children.get(1)));
  }

  /** An attachment of the kind an MD_NAME token spells. */
  MetadataAttachment attachment(Token kind, Metadata node) {
    return new MetadataAttachment(spellings.afterSigil(symbols.source.bytes(), kind), node);
  }

  Metadata operand(LLVMParser.MdOperandContext ctx) {
    return ctx.mdRef() != null ? ref(ctx.mdRef()) : wrap(values.typed(ctx.typedValue()));
  }

  /** A value as metadata; a placeholder's wrapper is pointed at the definition once read. */
  static ValueAsMetadata wrap(dev.irscope.ir.Value v) {
    ValueAsMetadata m = new ValueAsMetadata(v);
    if (v instanceof ForwardRef f) {
      f.addMetadataUse(m);
    }
    return m;
  }

  /** The specialized node kinds of LLVM 19-22 (LLParser's list of !DI* and !Generic nodes). */
  static final java.util.Set<String> KINDS = java.util.Set.of("DILocation",
      "DIExpression", "DIGlobalVariableExpression", "DIArgList", "DIAssignID", "GenericDINode",
      "DISubrange", "DIGenericSubrange", "DIEnumerator", "DIBasicType", "DIFixedPointType",
      "DIStringType", "DIDerivedType", "DISubrangeType", "DICompositeType", "DISubroutineType",
      "DIFile", "DICompileUnit", "DISubprogram", "DILexicalBlock", "DILexicalBlockFile",
      "DICommonBlock", "DINamespace", "DIMacro", "DIMacroFile", "DIModule",
      "DITemplateTypeParameter", "DITemplateValueParameter", "DIGlobalVariable",
      "DILocalVariable", "DILabel", "DIObjCProperty", "DIImportedEntity");

  /** Fills {@code node} from a node body: a tuple or a specialized node. */
  void define(MDNode node, LLVMParser.MdNodeContext ctx, boolean distinct) {
    List<String> names = List.of();
    List<Metadata> ops = new ArrayList<>();
    String kind = null;
    if (ctx instanceof LLVMParser.MdTupleContext t) {
      for (ParseTree c : t.children) {
        if (c instanceof LLVMParser.MdElementContext e) {
          ops.add(element(e));
        }
      }
    } else {
      LLVMParser.SpecializedMdNodeContext s =
          ((LLVMParser.MdSpecializedContext) ctx).specializedMdNode();
      byte[] b = symbols.source.bytes();
      Token k = s.getStart();
      kind = spellings.afterSigil(b, k);
      if (!KINDS.contains(kind)) {
        throw ParseError.at(k, "expected metadata type: '!" + kind + "' is no metadata node"
            + " kind LLVM knows");
      }
      for (ParseTree c : s.children) {
        if (c instanceof LLVMParser.NamedMdFieldContext nf) {
          if (names.isEmpty()) {
            names = new ArrayList<>();
          }
          names.add(spellings.fieldName(b, ((TerminalNode) nf.children.get(0)).getSymbol()));
          ops.add(fieldValue((LLVMParser.MdFieldValueContext) nf.children.get(1)));
        } else if (c instanceof LLVMParser.PositionalMdFieldContext pf) {
          if (!names.isEmpty()) {
            throw ParseError.at(pf, "expected a field name");
          }
          ops.add(fieldValue((LLVMParser.MdFieldValueContext) pf.children.get(0)));
        }
      }
    }
    node.define(kind, distinct, names.isEmpty() ? names : spellings.names(names), ops,
        ctx.getStart().getLine());
  }

  private Metadata element(LLVMParser.MdElementContext e) {
    ParseTree c = e.children.get(0);
    if (c instanceof LLVMParser.MdRefContext r) {
      return ref(r);
    }
    if (c instanceof LLVMParser.TypedValueContext tv) {
      return wrap(values.typed(tv));
    }
    return MDLiteral.NULL;
  }

  private Metadata fieldValue(LLVMParser.MdFieldValueContext v) {
    if (v instanceof LLVMParser.MdRefValueContext r) {
      return ref((LLVMParser.MdRefContext) r.children.get(0));
    }
    if (v instanceof LLVMParser.MdNullValueContext) {
      return MDLiteral.NULL;
    }
    if (v instanceof LLVMParser.MdTypedValueContext t) {
      return wrap(values.typed(t.typedValue()));
    }
    byte[] b = symbols.source.bytes();
    if (v instanceof LLVMParser.MdFlagsValueContext f) {
      if (f.children.size() == 1) {
        return spellings.literal(b, f.getStart());
      }
      StringBuilder sb = new StringBuilder();
      for (ParseTree w : f.children) {
        if (w instanceof LLVMParser.MdFlagWordContext) {
          sb.append(sb.length() > 0 ? " | " : "").append(w.getText());
        }
      }
      return new MDLiteral(sb.toString());
    }
    if (v instanceof LLVMParser.MdStringValueContext || v instanceof LLVMParser.MdBoolValueContext
        || v instanceof LLVMParser.MdFloatValueContext) {
      return spellings.literal(b, v.getStart());
    }
    return new MDLiteral(SourceSpans.text(symbols.source, v));
  }
}
