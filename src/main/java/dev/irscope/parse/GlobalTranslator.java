// Global variables, aliases, ifuncs and function headers: the words before and after the type
// are sorted into linkage, visibility, ..., attributes and the properties after a comma.
package dev.irscope.parse;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Comdat;
import dev.irscope.ir.Constant;
import dev.irscope.ir.Function;
import dev.irscope.ir.FunctionType;
import dev.irscope.ir.GlobalAlias;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Type;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

final class GlobalTranslator {
  private final Symbols symbols;
  private final TypeTranslator types;
  private final AttributeTranslator attrs;
  private final ValueTranslator values;
  private final MetadataTranslator metadata;

  GlobalTranslator(Symbols symbols, TypeTranslator types) {
    this.symbols = symbols;
    this.types = types;
    this.attrs = new AttributeTranslator(symbols, types);
    this.values = new ValueTranslator(symbols, types, null);
    this.metadata = new MetadataTranslator(symbols, values);
  }

  MetadataTranslator metadata() {
    return metadata;
  }

  ValueTranslator values() {
    return values;
  }

  AttributeTranslator attributes() {
    return attrs;
  }

  private GlobalValue defined(Token name) {
    return defined(name, name.getStartIndex());
  }

  /** The global an entity defines: by name, or for @"" by where its entity starts. */
  GlobalValue defined(Token name, int entityStart) {
    String n = Tokens.name(name.getText());
    GlobalValue g = n.isEmpty() ? symbols.unnamedGlobals.get(entityStart)
        : symbols.globals.get(n);
    g.setPosition(name.getLine(), name.getCharPositionInLine() + 1);
    return g;
  }

  void globalVariable(LLVMParser.GlobalVariableContext ctx) {
    GlobalVariable g = (GlobalVariable) defined(ctx.GLOBAL_VAR().getSymbol());
    modifiers(g, ctx.globalModifier());
    g.setConstant(ctx.CONSTANT() != null);
    Type t = types.type(ctx.type());
    g.setValueType(t);
    if (ctx.value() != null) {
      Constant init = (Constant) values.value(ctx.value(), t);
      g.setInitializer(init);
    }
    properties(g, ctx.globalProperty());
    g.setAttributes(attrs.set(ctx.attribute()));
  }

  void alias(Token name, List<LLVMParser.GlobalModifierContext> mods,
      LLVMParser.TypeContext type, LLVMParser.AliaseeContext aliasee,
      List<LLVMParser.GlobalPropertyContext> props) {
    GlobalAlias a = (GlobalAlias) defined(name);
    modifiers(a, mods);
    a.setValueType(types.type(type));
    if (aliasee.typedValue() != null) {
      a.setTarget(values.typedConstant(aliasee.typedValue()));
    } else {
      a.setTarget(values.constantExpr(aliasee.constantExpr()));
    }
    if (a.target().type() instanceof dev.irscope.ir.PointerType pt && !a.hasExplicitAddressSpace()) {
      a.setAddressSpace(pt.addressSpace(), false);
    }
    properties(a, props);
  }

  private void modifiers(GlobalValue g, List<LLVMParser.GlobalModifierContext> mods) {
    for (LLVMParser.GlobalModifierContext m : mods) {
      if (m.addrSpace() != null) {
        g.setAddressSpace(TypeTranslator.addrSpace(m.addrSpace()), true);
        continue;
      }
      String w = m.BAREWORD() != null ? m.BAREWORD().getText() : m.getText();
      if (!prefixWord(g, w)) {
        if (w.equals("thread_local")) {
          g.setThreadLocal(SourceSpans.text(symbols.source, m));
        } else if (Words.UNNAMED_ADDR.contains(w)) {
          g.setUnnamedAddr(w);
        } else if (w.equals("externally_initialized") && g instanceof GlobalVariable v) {
          v.setExternallyInitialized(true);
        } else {
          throw ParseError.at(m, "unknown global modifier '" + w + "'");
        }
      }
    }
  }

  /** Linkage, preemption, visibility or DLL storage; false for any other word. */
  private static boolean prefixWord(GlobalValue g, String w) {
    if (Words.LINKAGE.contains(w)) {
      g.setLinkage(w);
    } else if (Words.PREEMPTION.contains(w)) {
      g.setPreemption(w);
    } else if (Words.VISIBILITY.contains(w)) {
      g.setVisibility(w);
    } else if (Words.DLL_STORAGE.contains(w)) {
      g.setDllStorage(w);
    } else {
      return false;
    }
    return true;
  }

  private void properties(GlobalValue g, List<LLVMParser.GlobalPropertyContext> props) {
    for (LLVMParser.GlobalPropertyContext p : props) {
      if (p.SECTION() != null) {
        g.setSection(Tokens.string(p.STRING()));
      } else if (p.PARTITION() != null) {
        g.setPartition(Tokens.string(p.STRING()));
      } else if (p.comdatRef() != null) {
        comdat(g, p.comdatRef());
      } else if (p.ALIGN() != null) {
        g.setAlign(Tokens.parseLong(p.INT().getSymbol()));
      } else if (p.mdAttachment() != null) {
        g.addAttachment(metadata.attachment(p.mdAttachment()));
      } else {
        g.addExtraWord(SourceSpans.text(symbols.source, p));
      }
    }
  }

  private void comdat(GlobalValue g, LLVMParser.ComdatRefContext c) {
    String name = c.COMDAT_VAR() != null ? Tokens.name(c.COMDAT_VAR()) : g.name();
    Comdat cd = symbols.comdats.get(name);
    if (cd == null) {
      throw ParseError.at(c, "use of undefined comdat '$" + name + "'");
    }
    g.setComdat(cd, c.COMDAT_VAR() == null);
  }

  /** Translates a function header; returns the argument name tokens (null when unnamed). */
  List<Token> functionHeader(Function f, LLVMParser.FunctionHeaderContext h,
      boolean definition) {
    f.setDefinition(definition);
    AttributeTranslator.Builder ret = new AttributeTranslator.Builder();
    for (LLVMParser.HeaderPrefixContext p : h.headerPrefix()) {
      if (p.CC() != null) {
        f.setCallingConv("cc " + p.INT().getText());
      } else if (p.addrSpace() != null) {
        f.setAddressSpace(TypeTranslator.addrSpace(p.addrSpace()), true);
      } else if (p.attribute() == null) {
        f.setLinkage(p.getText());
      } else {
        String w = p.attribute().getText();
        if (!prefixWord(f, w)) {
          if (Words.isCallingConv(w)) {
            f.setCallingConv(w);
          } else {
            attrs.add(ret, p.attribute());
          }
        }
      }
    }
    f.setReturnAttributes(ret.build());
    List<Type> params = new ArrayList<>();
    List<AttributeSet> paramAttrs = new ArrayList<>();
    List<Token> names = new ArrayList<>();
    boolean varArg = false;
    LLVMParser.ParameterListContext pl = h.parameterList();
    if (pl != null) {
      for (LLVMParser.ParameterContext p : pl.parameter()) {
        params.add(types.paramType(p.paramType()));
        paramAttrs.add(attrs.set(p.attribute()));
        names.add(p.LOCAL_VAR() == null ? null : p.LOCAL_VAR().getSymbol());
      }
      varArg = pl.getText().endsWith("...");
    }
    f.setFunctionType(FunctionType.get(types.type(h.type()), params, varArg));
    for (int i = 0; i < params.size(); i++) {
      f.argument(i).setAttributes(paramAttrs.get(i));
    }
    headerSuffix(f, h.headerSuffix());
    return names;
  }

  private void headerSuffix(Function f, List<LLVMParser.HeaderSuffixContext> suffix) {
    AttributeTranslator.Builder fn = new AttributeTranslator.Builder();
    Constant prefix = null;
    Constant prologue = null;
    Constant personality = null;
    for (LLVMParser.HeaderSuffixContext s : suffix) {
      if (s.attribute() != null) {
        String w = s.attribute().getText();
        if (Words.UNNAMED_ADDR.contains(w)) {
          f.setUnnamedAddr(w);
        } else if (s.attribute() instanceof LLVMParser.AlignAttrContext) {
          Attribute a = attrs.attribute(s.attribute());
          f.setAlign(a.number());
        } else {
          attrs.add(fn, s.attribute());
        }
      } else if (s.addrSpace() != null) {
        f.setAddressSpace(TypeTranslator.addrSpace(s.addrSpace()), true);
      } else if (s.SECTION() != null) {
        f.setSection(Tokens.string(s.STRING()));
      } else if (s.PARTITION() != null) {
        f.setPartition(Tokens.string(s.STRING()));
      } else if (s.comdatRef() != null) {
        comdat(f, s.comdatRef());
      } else if (s.GC() != null) {
        f.setGc(Tokens.string(s.STRING()));
      } else if (s.PREFIX() != null) {
        prefix = values.typedConstant(s.typedValue());
      } else if (s.PROLOGUE() != null) {
        prologue = values.typedConstant(s.typedValue());
      } else if (s.PERSONALITY() != null) {
        personality = values.typedConstant(s.typedValue());
      } else {
        throw ParseError.at((ParserRuleContext) s, "unexpected '" + s.getText() + "'");
      }
    }
    f.setAttributes(fn.build());
    f.setExtras(prefix, prologue, personality);
  }
}
