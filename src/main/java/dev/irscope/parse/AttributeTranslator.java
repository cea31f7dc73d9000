// Attributes from their parse trees: each keeps its spelling as written; the name, a type (for
// byval(T) and kin) and an integer argument (align 8, dereferenceable(16)) are read out for the
// typed queries of AttributeSet.
package dev.irscope.parse;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeGroup;
import dev.irscope.ir.AttributeSet;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;

final class AttributeTranslator {
  private final Symbols symbols;
  private final TypeTranslator types;

  AttributeTranslator(Symbols symbols, TypeTranslator types) {
    this.symbols = symbols;
    this.types = types;
  }

  /** Collects attributes into a set; group references (#N) become group links. */
  static final class Builder {
    final List<Attribute> attributes = new ArrayList<>();
    final List<AttributeGroup> groups = new ArrayList<>();

    AttributeSet build() {
      return AttributeSet.of(attributes, groups);
    }
  }

  void add(Builder b, LLVMParser.AttributeContext ctx) {
    if (ctx instanceof LLVMParser.AttrGroupRefContext g) {
      int id = Integer.parseInt(g.ATTR_GROUP_ID().getText().substring(1));
      b.groups.add(symbols.attributeGroup(id));
    } else {
      b.attributes.add(attribute(ctx));
    }
  }

  AttributeSet set(List<LLVMParser.AttributeContext> ctxs) {
    Builder b = new Builder();
    for (LLVMParser.AttributeContext c : ctxs) {
      add(b, c);
    }
    return b.build();
  }

  /** The attribute {@code ctx} spells; one object per spelling for those without a type. */
  Attribute attribute(LLVMParser.AttributeContext ctx) {
    String spelling = SourceSpans.text(symbols.source, ctx);
    if (ctx instanceof LLVMParser.TypeAttrContext) {
      return create(ctx, spelling);
    }
    return shared(spelling, () -> create(ctx, spelling)); // read and checked once per spelling
  }

  /**
   * A word attribute of no arguments or `align N` (the shapes FastBodyItems reads), through the
   * same table; {@code make} creates it on the first sight of the spelling.
   */
  Attribute shared(String spelling, java.util.function.Supplier<Attribute> make) {
    Attribute known = symbols.attributes.get(spelling);
    if (known != null) {
      return known;
    }
    Attribute made = make.get();
    Attribute raced = symbols.attributes.putIfAbsent(spelling, made);
    return raced != null ? raced : made;
  }

  private Attribute create(LLVMParser.AttributeContext ctx, String spelling) {
    if (ctx instanceof LLVMParser.WordAttrContext w) {
      String name = w.BAREWORD().getText();
      LLVMParser.AttrArgsContext args = w.attrArgs();
      String problem = AttributeChecks.check(name, args == null ? "" : inside(args),
          args != null);
      if (problem != null) {
        throw ParseError.at(ctx, problem);
      }
      return new Attribute(name, spelling, null, number(args));
    }
    if (ctx instanceof LLVMParser.WordValueAttrContext w) {
      long n = w.INT() != null ? Tokens.parseLong(w.INT().getSymbol()) : -1;
      return new Attribute(w.BAREWORD().getText(), spelling, null, n);
    }
    if (ctx instanceof LLVMParser.AlignAttrContext a) {
      String problem = AttributeChecks.alignment(a.INT() != null ? a.INT().getText()
          : inside(a.attrArgs()).strip());
      if (problem != null) {
        throw ParseError.at(ctx, problem);
      }
      long n = a.INT() != null ? Tokens.parseLong(a.INT().getSymbol()) : number(a.attrArgs());
      return new Attribute("align", spelling, null, n);
    }
    if (ctx instanceof LLVMParser.AlignValueAttrContext a) {
      return new Attribute("align", spelling, null, Tokens.parseLong(a.INT().getSymbol()));
    }
    if (ctx instanceof LLVMParser.TypeAttrContext t) {
      return new Attribute(t.typeAttrKeyword().getText(), spelling,
          t.type() == null ? null : types.type(t.type()), -1);
    }
    LLVMParser.StringAttrContext s = (LLVMParser.StringAttrContext) ctx;
    return new Attribute(Tokens.string(s.STRING(0)), spelling, null, -1);
  }

  /** The source text between the parentheses of an argument list. */
  private String inside(LLVMParser.AttrArgsContext args) {
    String t = SourceSpans.text(symbols.source, args);
    return t.substring(1, t.length() - 1);
  }

  /** The integer inside "(N)", or -1. */
  private static long number(LLVMParser.AttrArgsContext args) {
    if (args == null || args.attrArgItem().size() != 1) {
      return -1;
    }
    try {
      return Long.parseLong(args.attrArgItem(0).getText());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
