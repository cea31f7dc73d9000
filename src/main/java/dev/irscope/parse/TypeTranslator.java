// Types from their parse trees. Named types come from the module's table, which phase 2 fills
// before any other entity is translated; typed pointers (i32*, void (i32)*) become ptr, but the
// function type before a '*' is remembered for old-style calls (call void (i32)* @f(i32 1)).
package dev.irscope.parse;

import dev.irscope.ir.ArrayType;
import dev.irscope.ir.FunctionType;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.StructType;
import dev.irscope.ir.TargetExtType;
import dev.irscope.ir.Type;
import dev.irscope.ir.VectorType;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;

final class TypeTranslator {
  private final Map<String, Type> named;
  /** Resolves a named type not yet in the table (phase 2 only); null afterwards. */
  private final Function<String, Type> resolver;

  TypeTranslator(Map<String, Type> named, Function<String, Type> resolver) {
    this.named = named;
    this.resolver = resolver;
  }

  Type type(LLVMParser.TypeContext ctx) {
    return typeUpTo(ctx, ctx.typeSuffix().size());
  }

  /**
   * The function type a call's written type denotes: the type itself when it is a function type,
   * the function type before the last '*' for typed-pointer IR, else null.
   */
  FunctionType calleeType(LLVMParser.TypeContext ctx) {
    Type t = type(ctx);
    if (t instanceof FunctionType ft) {
      return ft;
    }
    int n = ctx.typeSuffix().size();
    if (n > 0 && !(ctx.typeSuffix(n - 1) instanceof LLVMParser.FunctionSuffixContext)) {
      Type inner = typeUpTo(ctx, n - 1);
      if (inner instanceof FunctionType ft) {
        return ft;
      }
    }
    return null;
  }

  private Type typeUpTo(LLVMParser.TypeContext ctx, int suffixes) {
    Type t = base(ctx.baseType());
    for (int i = 0; i < suffixes; i++) {
      LLVMParser.TypeSuffixContext s = ctx.typeSuffix(i);
      if (s instanceof LLVMParser.PointerSuffixContext) {
        t = PointerType.PTR;
      } else if (s instanceof LLVMParser.AddrSpacePointerSuffixContext a) {
        t = PointerType.get(addrSpace(a.addrSpace()));
      } else if (s instanceof LLVMParser.FunctionSuffixContext f) {
        t = functionType(t, f.paramTypeList());
      }
    }
    return t;
  }

  FunctionType functionType(Type ret, LLVMParser.ParamTypeListContext list) {
    List<Type> params = new ArrayList<>();
    boolean varArg = false;
    if (list != null) {
      for (LLVMParser.ParamTypeContext p : list.paramType()) {
        params.add(paramType(p));
      }
      varArg = list.getText().endsWith("...");
    }
    return FunctionType.get(ret, params, varArg);
  }

  Type paramType(LLVMParser.ParamTypeContext p) {
    return p.type() != null ? type(p.type()) : PrimitiveType.METADATA;
  }

  static int addrSpace(LLVMParser.AddrSpaceContext ctx) {
    if (ctx.INT() != null) {
      return (int) Tokens.parseLong(ctx.INT().getSymbol());
    }
    return 0; // symbolic "A"/"G"/"P": the data layout's default spaces, 0 unless it says else
  }

  private Type base(LLVMParser.BaseTypeContext b) {
    if (b instanceof LLVMParser.IntTypeContext i) {
      return integer(i.INT_TYPE().getSymbol());
    }
    if (b instanceof LLVMParser.PtrTypeContext p) {
      return p.addrSpace() == null ? PointerType.PTR : PointerType.get(addrSpace(p.addrSpace()));
    }
    if (b instanceof LLVMParser.NamedTypeContext n) {
      return named(n.LOCAL_VAR().getSymbol());
    }
    if (b instanceof LLVMParser.StructTypeContext s) {
      return StructType.literal(types(s.type()), false);
    }
    if (b instanceof LLVMParser.PackedStructTypeContext s) {
      return StructType.literal(types(s.type()), true);
    }
    if (b instanceof LLVMParser.ArrayTypeContext a) {
      return ArrayType.get(Tokens.arrayLength(a.INT().getSymbol()), type(a.type()));
    }
    if (b instanceof LLVMParser.VectorTypeContext v) {
      return VectorType.get(Tokens.parseLong(v.INT().getSymbol()), type(v.type()), false);
    }
    if (b instanceof LLVMParser.ScalableVectorTypeContext v) {
      return VectorType.get(Tokens.parseLong(v.INT().getSymbol()), type(v.type()), true);
    }
    if (b instanceof LLVMParser.TargetExtTypeContext t) {
      List<Type> tps = new ArrayList<>();
      List<Long> ips = new ArrayList<>();
      for (LLVMParser.TargetTypeParamContext p : t.targetTypeParam()) {
        if (p.INT() != null) {
          ips.add(Tokens.parseLong(p.INT().getSymbol()));
        } else {
          tps.add(type(p.type()));
        }
      }
      return TargetExtType.get(Tokens.string(t.STRING()), tps, ips);
    }
    Type prim = PrimitiveType.named(b.getText());
    if (prim == null) {
      throw ParseError.at(b, "unknown type '" + b.getText() + "'");
    }
    return prim;
  }

  /** The integer type an INT_TYPE token (i1, i32, ...) names. */
  static Type integer(Token t) {
    String s = t.getText();
    int bits;
    try {
      bits = Integer.parseInt(s.substring(1));
    } catch (NumberFormatException e) {
      bits = -1;
    }
    if (bits < 1 || bits > (1 << 23)) {
      throw ParseError.at(t, "bitwidth for integer type out of range");
    }
    return IntegerType.get(bits);
  }

  /** The named type a LOCAL_VAR token (%T) stands for. */
  Type named(Token t) {
    String name = Tokens.name(t.getText());
    Type found = named.get(name);
    if (found == null && resolver != null) {
      found = resolver.apply(name);
    }
    if (found == null) {
      throw ParseError.at(t, "use of undefined type named '" + name + "'");
    }
    return found;
  }

  List<Type> types(List<LLVMParser.TypeContext> ctxs) {
    List<Type> out = new ArrayList<>(ctxs.size());
    for (LLVMParser.TypeContext c : ctxs) {
      out.add(type(c));
    }
    return out;
  }
}
