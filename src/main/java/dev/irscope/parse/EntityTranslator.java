// Translates one top-level entity. Entities that define objects fill them in directly (each
// object belongs to one chunk, so workers never share one); entities that add to module-wide
// lists return a Result that the driver applies in text order.
package dev.irscope.parse;

import dev.irscope.ir.AttributeGroup;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Comdat;
import dev.irscope.ir.Diagnostic;
import dev.irscope.ir.Function;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.Module;
import dev.irscope.ir.NamedMDNode;
import dev.irscope.ir.UseListOrder;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

final class EntityTranslator {
  private final Symbols symbols;
  private final TypeTranslator types;
  private final GlobalTranslator globals;

  EntityTranslator(Symbols symbols) {
    this.symbols = symbols;
    this.types = new TypeTranslator(symbols.types, null);
    this.globals = new GlobalTranslator(symbols, types);
  }

  /** Something to add to the module once all chunks are read. */
  interface Result {
    void apply(Module m, BiFunction<Function, String, BasicBlock> blocks,
        Collection<Diagnostic> errors);
  }

  /** The translator of a body read while it was parsed (see {@link #streaming()}), or null. */
  private FunctionBodyTranslator streamed;
  /** The body item being parsed, translated once the next one starts or the parse ends. */
  private LLVMParser.BodyItemContext pending;
  private boolean parsed;
  /** Reads the common body items of the streamed body without the parser. */
  private FastBodyItems fast;

  /**
   * A hook for the parse of a function definition that translates its body while it is
   * parsed: the header as the body opens, then each body item once the parser has moved on to
   * the next, after which the item's parse tree is dropped. A large function's tree is then
   * never held whole, garbage the collector would otherwise copy while the function is read.
   * Most items (labels, debug records, the common instructions) FastBodyItems reads from the
   * tokens before the parser sees them; the parser reads the rest, and the last item.
   * translate() then reads the last item and runs the checks at the end of the body.
   */
  ChunkParser.RuleHook streaming() {
    return new ChunkParser.RuleHook() {
      @Override
      public int entered(ParserRuleContext ctx, TokenList tokens, int index) {
        if (ctx instanceof LLVMParser.BodyItemContext item && streamed != null) {
          if (pending != null) {
            streamed.item(pending);
            List<org.antlr.v4.runtime.tree.ParseTree> siblings = ctx.getParent().children;
            siblings.remove(siblings.size() - 2); // the item read: the one before this one
          }
          pending = item;
          return fast.read(tokens, index);
        } else if (ctx instanceof LLVMParser.FunctionBodyContext
            && ctx.getParent() instanceof LLVMParser.FunctionDefinitionContext d) {
          streamed = header(d);
          fast = new FastBodyItems(symbols, streamed);
        }
        return index;
      }

      @Override
      public void parsed() {
        parsed = true;
      }
    };
  }

  /** Reads a definition's header and attachments; returns the translator of its body. */
  private FunctionBodyTranslator header(LLVMParser.FunctionDefinitionContext d) {
    Function f = (Function) globals.defined(d.functionHeader().GLOBAL_VAR().getSymbol(),
        d.getStart().getStartIndex());
    List<Token> names = globals.functionHeader(f, d.functionHeader(), true);
    for (LLVMParser.MdAttachmentContext a : d.mdAttachment()) {
      f.addAttachment(globals.metadata().attachment(a));
    }
    return new FunctionBodyTranslator(symbols, types, globals.attributes(), f, names);
  }

  Result translate(LLVMParser.TopLevelEntityContext e) {
    if (e.functionDefinition() != null) {
      LLVMParser.FunctionDefinitionContext d = e.functionDefinition();
      if (streamed == null) {
        header(d).translate(d.functionBody());
      } else if (parsed) {
        if (pending != null) {
          streamed.item(pending);
        }
        streamed.finish(d.functionBody());
      } else { // the streaming parse failed where a full-LL parse succeeded: never seen
        throw ParseError.at(d, "this function needs full-LL parsing, which cannot read it"
            + " while translating it");
      }
      return null;
    }
    if (e.metadataDefinition() != null) {
      LLVMParser.MetadataDefinitionContext d = e.metadataDefinition();
      MDNode n = symbols.metadataNode(Integer.parseInt(d.MD_ID().getText().substring(1)));
      synchronized (n) {
        if (n.isDefined()) {
          throw ParseError.at(d, "metadata id is already used");
        }
        globals.metadata().define(n, d.mdNode(), d.DISTINCT() != null);
      }
      return null;
    }
    if (e.globalVariable() != null) {
      globals.globalVariable(e.globalVariable());
      return null;
    }
    if (e.functionDeclaration() != null) {
      LLVMParser.FunctionDeclarationContext d = e.functionDeclaration();
      Function f = (Function) globals.defined(d.functionHeader().GLOBAL_VAR().getSymbol(),
          e.getStart().getStartIndex());
      globals.functionHeader(f, d.functionHeader(), false);
      for (LLVMParser.MdAttachmentContext a : d.mdAttachment()) {
        f.addAttachment(globals.metadata().attachment(a));
      }
      return null;
    }
    if (e.aliasDefinition() != null) {
      LLVMParser.AliasDefinitionContext a = e.aliasDefinition();
      globals.alias(a.GLOBAL_VAR().getSymbol(), a.globalModifier(), a.type(), a.aliasee(),
          a.globalProperty());
      return null;
    }
    if (e.ifuncDefinition() != null) {
      LLVMParser.IfuncDefinitionContext a = e.ifuncDefinition();
      globals.alias(a.GLOBAL_VAR().getSymbol(), a.globalModifier(), a.type(), a.aliasee(),
          a.globalProperty());
      return null;
    }
    return moduleLevel(e);
  }

  private Result moduleLevel(LLVMParser.TopLevelEntityContext e) {
    if (e.namedMetadata() != null) {
      LLVMParser.NamedMetadataContext n = e.namedMetadata();
      List<MDNode> ops = new ArrayList<>();
      for (LLVMParser.MdRefContext r : n.mdRef()) {
        Metadata md = globals.metadata().ref(r);
        if (!(md instanceof MDNode node)) {
          throw ParseError.at(r, "named metadata operands must be nodes");
        }
        ops.add(node);
      }
      NamedMDNode node = new NamedMDNode(n.MD_NAME().getText().substring(1), ops);
      return (m, b, err) -> m.namedMetadata().put(node.name(), node);
    }
    if (e.attributeGroup() != null) {
      LLVMParser.AttributeGroupContext g = e.attributeGroup();
      AttributeGroup group = symbols.attributeGroup(
          Integer.parseInt(g.ATTR_GROUP_ID().getText().substring(1)));
      group.define(globals.attributes().set(g.attribute())); // a redefinition adds, as in LLVM
      return null;
    }
    if (e.comdatDefinition() != null) {
      LLVMParser.ComdatDefinitionContext c = e.comdatDefinition();
      String name = Tokens.name(c.COMDAT_VAR());
      Comdat comdat = new Comdat(name, c.BAREWORD().getText());
      if (symbols.comdats.putIfAbsent(name, comdat) != null) {
        throw ParseError.at(c, "redefinition of comdat '$" + name + "'");
      }
      symbols.module.comdats().put(name, comdat);
      return null;
    }
    if (e.sourceFilename() != null) {
      String s = Tokens.string(e.sourceFilename().STRING());
      return (m, b, err) -> m.setSourceFilename(s);
    }
    if (e.targetDefinition() != null) {
      LLVMParser.TargetDefinitionContext t = e.targetDefinition();
      String s = Tokens.string(t.STRING());
      boolean layout = t.DATALAYOUT() != null;
      return (m, b, err) -> {
        if (layout) {
          m.setDataLayout(s);
        } else {
          m.setTriple(s);
        }
      };
    }
    if (e.moduleAsm() != null) {
      String s = Tokens.string(e.moduleAsm().STRING());
      return (m, b, err) -> m.moduleAsm().add(s);
    }
    if (e.summaryEntry() != null) {
      String text = SourceSpans.text(symbols.source, e.summaryEntry());
      return (m, b, err) -> m.summaryEntries().add(text);
    }
    if (e.useListOrder() != null) {
      LLVMParser.UseListOrderContext u = e.useListOrder();
      UseListOrder order = new UseListOrder(globals.values().typed(u.typedValue()), null, null,
          FunctionBodyTranslator.indexes(u));
      return (m, b, err) -> m.useListOrders().add(order);
    }
    if (e.useListOrderBB() != null) {
      return useListOrderBB(e.useListOrderBB());
    }
    throw ParseError.at(e, "a type definition must come before its uses");
  }

  private Result useListOrderBB(LLVMParser.UseListOrderBBContext u) {
    Token ft = u.GLOBAL_VAR().getSymbol();
    if (!(globals.values().global(ft) instanceof Function f)) {
      throw ParseError.at(ft, "expected function name in uselistorder_bb");
    }
    String block = Tokens.key(u.LOCAL_VAR().getText());
    List<Integer> idx = new ArrayList<>();
    for (var i : u.INT()) {
      idx.add(Integer.parseInt(i.getText()));
    }
    Token at = u.LOCAL_VAR().getSymbol();
    return (m, blocks, err) -> {
      BasicBlock b = blocks.apply(f, block);
      if (b == null) {
        err.add(Diagnostic.error(at.getLine(), at.getCharPositionInLine() + 1,
            "invalid basic block in uselistorder_bb"));
      } else {
        m.useListOrders().add(new UseListOrder(null, f, b, idx));
      }
    };
  }
}
