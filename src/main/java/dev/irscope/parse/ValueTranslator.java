// Values and constants from their parse trees, given the type the context expects. Globals come
// from the module table (all created in phase 1, so order does not matter); locals and blocks
// from the function's scope, when there is one.
package dev.irscope.parse;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantAggregate;
import dev.irscope.ir.ConstantDataString;
import dev.irscope.ir.ConstantFP;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.ConstantPtrAuth;
import dev.irscope.ir.ConstantSplat;
import dev.irscope.ir.Function;
import dev.irscope.ir.FunctionType;
import dev.irscope.ir.GlobalReferenceConstant;
import dev.irscope.ir.GlobalValue;
import dev.irscope.ir.InlineAsm;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import dev.irscope.parse.antlr.LLVMLexer;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

final class ValueTranslator {
  final Symbols symbols;
  final TypeTranslator types;
  private final LocalScope scope; // null at module level
  private final ConstantExprTranslator exprs;

  ValueTranslator(Symbols symbols, TypeTranslator types, LocalScope scope) {
    this.symbols = symbols;
    this.types = types;
    this.scope = scope;
    this.exprs = new ConstantExprTranslator(this);
  }

  Value typed(LLVMParser.TypedValueContext ctx) {
    return value(ctx.value(), types.type(ctx.type()));
  }

  Constant typedConstant(LLVMParser.TypedValueContext ctx) {
    Value v = typed(ctx);
    if (!(v instanceof Constant c)) {
      throw ParseError.at(ctx, "expected a constant value");
    }
    return c;
  }

  List<Value> typedList(List<LLVMParser.TypedValueContext> ctxs) {
    List<Value> out = new ArrayList<>(ctxs.size());
    for (LLVMParser.TypedValueContext c : ctxs) {
      out.add(typed(c));
    }
    return out;
  }

  Value value(LLVMParser.ValueContext ctx, Type type) {
    if (ctx instanceof LLVMParser.LocalValueContext l) {
      return local(l.LOCAL_VAR().getSymbol(), type);
    }
    if (ctx instanceof LLVMParser.GlobalValueContext g) {
      return global(g.GLOBAL_VAR().getSymbol());
    }
    if (ctx instanceof LLVMParser.AsmValueContext a) {
      return inlineAsm(a.inlineAsm(), type);
    }
    return constant(((LLVMParser.ConstantValueContext) ctx).constant(), type);
  }

  /** A local value or block (when {@code type} is label) named by a LOCAL_VAR token. */
  Value local(Token t, Type type) {
    if (scope == null) {
      throw ParseError.at(t, "local value '" + t.getText() + "' used outside a function");
    }
    String key = Tokens.key(symbols.source.bytes(), t);
    return type == PrimitiveType.LABEL ? scope.block(key, t) : scope.local(key, type, t);
  }

  /**
   * The value that one token spells, of {@code type}: a local or global name, a number, or a
   * keyword constant (true, false, null, none, undef, poison, zeroinitializer); null for any
   * other token, which the caller reads as a longer constant.
   */
  Value token(Token t, Type type) {
    switch (t.getType()) {
      case LLVMLexer.LOCAL_VAR:
        return local(t, type);
      case LLVMLexer.GLOBAL_VAR:
        return global(t);
      case LLVMLexer.INT:
        if (type instanceof IntegerType it) {
          long small = Tokens.smallDecimal(symbols.source.bytes(), t);
          return small != Long.MIN_VALUE ? ConstantInt.get(it, small)
              : ConstantInt.get(it, Tokens.bigInteger(t.getText()));
        }
        if (type.isFloatingPoint()) {
          return ConstantFP.get(type, t.getText());
        }
        throw ParseError.at(t, "integer constant must have integer type");
      case LLVMLexer.FLOAT, LLVMLexer.HEX_FLOAT:
        if (!type.isFloatingPoint()) {
          throw ParseError.at(t, "floating point constant invalid for type");
        }
        return ConstantFP.get(type, t.getText());
      case LLVMLexer.TRUE, LLVMLexer.FALSE:
        if (!type.isInteger(1)) {
          throw ParseError.at(t, "'" + t.getText() + "' must have type i1");
        }
        return ConstantInt.get(IntegerType.I1, t.getType() == LLVMLexer.TRUE ? 1 : 0);
      case LLVMLexer.NULL:
        return keyword(t, type, ConstantKeyword.Kind.NULL);
      case LLVMLexer.NONE:
        return keyword(t, type, ConstantKeyword.Kind.NONE);
      case LLVMLexer.UNDEF:
        return keyword(t, type, ConstantKeyword.Kind.UNDEF);
      case LLVMLexer.POISON:
        return keyword(t, type, ConstantKeyword.Kind.POISON);
      case LLVMLexer.ZEROINITIALIZER:
        return keyword(t, type, ConstantKeyword.Kind.ZEROINITIALIZER);
      default:
        return null;
    }
  }

  GlobalValue global(Token t) {
    GlobalValue g = symbols.global(Tokens.name(t.getText()));
    if (g == null) {
      throw ParseError.at(t, "use of undefined value '" + t.getText() + "'");
    }
    return g;
  }

  private Value inlineAsm(LLVMParser.InlineAsmContext ctx, Type type) {
    StringBuilder mods = new StringBuilder();
    for (LLVMParser.AsmFlagContext f : ctx.asmFlag()) {
      mods.append(mods.length() > 0 ? " " : "").append(f.getText());
    }
    FunctionType ft = type instanceof FunctionType f ? f
        : FunctionType.get(PrimitiveType.VOID, List.of(), false);
    return new InlineAsm(ft, Tokens.string(ctx.STRING(0)), Tokens.string(ctx.STRING(1)),
        mods.toString());
  }

  Constant constant(LLVMParser.ConstantContext ctx, Type type) {
    if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode n) {
      Value v = token(n.getSymbol(), type); // a number or a keyword constant
      if (v != null) {
        return (Constant) v;
      }
    }
    if (ctx instanceof LLVMParser.CstringConstContext s) {
      if (!(type instanceof ArrayType at)) {
        throw ParseError.at(ctx, "constant string must have array type");
      }
      return new ConstantDataString(at, Tokens.bytes(s.CSTRING().getText().substring(1)));
    }
    if (ctx instanceof LLVMParser.ArrayConstContext a) {
      return aggregate(type, a.typedValue());
    }
    if (ctx instanceof LLVMParser.VectorConstContext v) {
      return aggregate(type, v.typedValue());
    }
    if (ctx instanceof LLVMParser.StructConstContext s) {
      return aggregate(type, s.typedValue());
    }
    if (ctx instanceof LLVMParser.PackedStructConstContext s) {
      return aggregate(type, s.typedValue());
    }
    if (ctx instanceof LLVMParser.SplatConstContext s) {
      if (!(type instanceof VectorType vt)) {
        throw ParseError.at(ctx, "splat must have vector type");
      }
      return new ConstantSplat(vt, typedConstant(s.typedValue()));
    }
    if (ctx instanceof LLVMParser.BlockAddressConstContext b) {
      return blockAddress(b, type);
    }
    if (ctx instanceof LLVMParser.DsoLocalEquivalentConstContext d) {
      return new GlobalReferenceConstant("dso_local_equivalent", globalOperand(d.value()));
    }
    if (ctx instanceof LLVMParser.NoCfiConstContext d) {
      return new GlobalReferenceConstant("no_cfi", globalOperand(d.value()));
    }
    if (ctx instanceof LLVMParser.PtrAuthConstContext p) {
      List<Constant> ops = new ArrayList<>();
      for (LLVMParser.TypedValueContext tv : p.typedValue()) {
        ops.add(typedConstant(tv));
      }
      return new ConstantPtrAuth(type, ops);
    }
    return exprs.expr(((LLVMParser.ExprConstContext) ctx).constantExpr());
  }

  Constant constantExpr(LLVMParser.ConstantExprContext ctx) {
    return exprs.expr(ctx);
  }

  private static Constant keyword(Token t, Type type, ConstantKeyword.Kind kind) {
    if (kind == ConstantKeyword.Kind.NULL && !(type instanceof PointerType)) {
      throw ParseError.at(t, "null must be a pointer type");
    }
    if (type == PrimitiveType.VOID || type == PrimitiveType.LABEL) {
      throw ParseError.at(t, "invalid type for " + t.getText() + " constant");
    }
    return ConstantKeyword.get(type, kind);
  }

  private Constant aggregate(Type type, List<LLVMParser.TypedValueContext> elements) {
    List<Constant> els = new ArrayList<>(elements.size());
    for (LLVMParser.TypedValueContext e : elements) {
      els.add(typedConstant(e));
    }
    return new ConstantAggregate(type, els);
  }

  private GlobalValue globalOperand(LLVMParser.ValueContext v) {
    if (!(v instanceof LLVMParser.GlobalValueContext g)) {
      throw ParseError.at(v, "expected a global value");
    }
    return global(g.GLOBAL_VAR().getSymbol());
  }

  private Constant blockAddress(LLVMParser.BlockAddressConstContext b, Type type) {
    GlobalValue g = globalOperand(b.value(0));
    if (!(g instanceof Function f)) {
      throw ParseError.at(b.value(0), "expected function name in blockaddress");
    }
    if (!(b.value(1) instanceof LLVMParser.LocalValueContext l)) {
      throw ParseError.at(b.value(1), "expected basic block name in blockaddress");
    }
    PointerType pt = type instanceof PointerType p ? p : PointerType.PTR;
    BlockAddress ba = new BlockAddress(pt, f, Tokens.key(l.LOCAL_VAR().getText()));
    symbols.blockAddresses.add(ba);
    return ba;
  }
}
