// Constant expressions: OPCODE flags (operands) with their result types computed as LLVM does.
package dev.irscope.parse;

import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantExpr;
import dev.irscope.ir.Flags;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;

final class ConstantExprTranslator {
  private final ValueTranslator values;

  ConstantExprTranslator(ValueTranslator values) {
    this.values = values;
  }

  /** Constant expressions LLVM 19 and later still read; the others were removed from LLVM. */
  private static final java.util.Set<Opcode> SUPPORTED = java.util.EnumSet.of(Opcode.ADD,
      Opcode.SUB, Opcode.MUL, Opcode.SHL, Opcode.XOR, Opcode.TRUNC, Opcode.PTRTOINT,
      Opcode.PTRTOADDR, Opcode.INTTOPTR, Opcode.BITCAST, Opcode.ADDRSPACECAST,
      Opcode.GETELEMENTPTR, Opcode.EXTRACTELEMENT, Opcode.INSERTELEMENT, Opcode.SHUFFLEVECTOR);

  Constant expr(LLVMParser.ConstantExprContext ctx) {
    String word = ctx.getStart().getText();
    if (!SUPPORTED.contains(Opcode.of(word))) {
      throw ParseError.at(ctx, word + " constexprs are no longer supported");
    }
    if (ctx instanceof LLVMParser.CastExprContext c) {
      Opcode op = Opcode.of(c.castOpcode().getText());
      Type to = values.types.type(c.type());
      Constant from = operand(c.typedValue());
      if (op == Opcode.BITCAST && from.type() == to) {
        return from; // LLVM folds a bitcast to the same type away (bitcast (ptr @f to ptr) is @f)
      }
      return make(op, to, List.of(from), 0, null);
    }
    if (ctx instanceof LLVMParser.GepExprContext g) {
      return gep(g);
    }
    if (ctx instanceof LLVMParser.IcmpExprContext c) {
      return compare(Opcode.ICMP, words(c.BAREWORD()), c.typedValue());
    }
    if (ctx instanceof LLVMParser.FcmpExprContext c) {
      List<String> ws = new ArrayList<>();
      for (LLVMParser.FcmpWordContext w : c.fcmpWord()) {
        ws.add(w.getText());
      }
      return compare(Opcode.FCMP, ws, c.typedValue());
    }
    if (ctx instanceof LLVMParser.BinaryExprContext b) {
      List<Constant> ops = operands(b.typedValue());
      return make(Opcode.of(b.binaryOpcode().getText()), ops.get(0).type(), ops,
          flags(words(b.BAREWORD())), null);
    }
    if (ctx instanceof LLVMParser.FnegExprContext f) {
      Constant x = operand(f.typedValue());
      return make(Opcode.FNEG, x.type(), List.of(x), flags(words(f.BAREWORD())), null);
    }
    if (ctx instanceof LLVMParser.SelectExprContext s) {
      List<Constant> ops = operands(s.typedValue());
      return make(Opcode.SELECT, ops.get(1).type(), ops, flags(words(s.BAREWORD())), null);
    }
    if (ctx instanceof LLVMParser.ExtractElementExprContext e) {
      List<Constant> ops = operands(e.typedValue());
      return make(Opcode.EXTRACTELEMENT, elementType(e, ops.get(0).type()), ops, 0, null);
    }
    if (ctx instanceof LLVMParser.InsertElementExprContext e) {
      List<Constant> ops = operands(e.typedValue());
      return make(Opcode.INSERTELEMENT, ops.get(0).type(), ops, 0, null);
    }
    if (ctx instanceof LLVMParser.ShuffleVectorExprContext e) {
      List<Constant> ops = operands(e.typedValue());
      Type in = ops.get(0).type();
      Type mask = ops.get(2).type();
      Type result = in instanceof VectorType v && mask instanceof VectorType m
          ? VectorType.get(m.length(), v.elementType(), m.isScalable()) : in;
      return make(Opcode.SHUFFLEVECTOR, result, ops, 0, null);
    }
    if (ctx instanceof LLVMParser.ExtractValueExprContext e) {
      Constant agg = operand(e.typedValue());
      int[] idx = ints(e.INT());
      return new ConstantExpr(Opcode.EXTRACTVALUE, Aggregates.indexedType(agg.type(), idx, e),
          List.of(agg), 0, null, null, null, -1, idx);
    }
    LLVMParser.InsertValueExprContext e = (LLVMParser.InsertValueExprContext) ctx;
    List<Constant> ops = operands(e.typedValue());
    return new ConstantExpr(Opcode.INSERTVALUE, ops.get(0).type(), ops, 0, null, null, null, -1,
        ints(e.INT()));
  }

  private Constant gep(LLVMParser.GepExprContext g) {
    int flags = 0;
    String inRange = null;
    for (LLVMParser.GepFlagContext f : g.gepFlag()) {
      if (f.INRANGE() != null) {
        inRange = f.INT(0).getText() + ", " + f.INT(1).getText();
      } else {
        int bit = Flags.of(f.getText());
        if (bit == 0) {
          throw ParseError.at(f, "unknown getelementptr flag '" + f.getText() + "'");
        }
        flags |= bit;
      }
    }
    Type source = values.types.type(g.type());
    List<Value> ops = new ArrayList<>();
    ops.add(operand(g.typedValue()));
    int oldInRange = -1;
    for (LLVMParser.GepIndexContext i : g.gepIndex()) {
      if (i.INRANGE() != null) {
        oldInRange = ops.size();
      }
      ops.add(operand(i.typedValue()));
    }
    return new ConstantExpr(Opcode.GETELEMENTPTR, Aggregates.gepResultType(ops), ops, flags,
        null, source, inRange, oldInRange, null);
  }

  private Constant compare(Opcode op, List<String> words, List<LLVMParser.TypedValueContext> tv) {
    List<Constant> ops = operands(tv);
    String predicate = words.get(words.size() - 1);
    int flags = flags(words.subList(0, words.size() - 1));
    Type t = ops.get(0).type();
    Type result = t instanceof VectorType v
        ? VectorType.get(v.length(), IntegerType.I1, v.isScalable()) : IntegerType.I1;
    return new ConstantExpr(op, result, ops, flags, predicate, null, null, -1, null);
  }

  private static Constant make(Opcode op, Type type, List<? extends Value> ops, int flags,
      String predicate) {
    return new ConstantExpr(op, type, ops, flags, predicate, null, null, -1, null);
  }

  private Constant operand(LLVMParser.TypedValueContext ctx) {
    return values.typedConstant(ctx);
  }

  private List<Constant> operands(List<LLVMParser.TypedValueContext> ctxs) {
    List<Constant> out = new ArrayList<>(ctxs.size());
    for (LLVMParser.TypedValueContext c : ctxs) {
      out.add(operand(c));
    }
    return out;
  }

  private static Type elementType(LLVMParser.ConstantExprContext ctx, Type t) {
    if (!(t instanceof VectorType v)) {
      throw ParseError.at(ctx, "extractelement operand must be a vector");
    }
    return v.elementType();
  }

  static List<String> words(List<TerminalNode> nodes) {
    List<String> out = new ArrayList<>(nodes.size());
    for (TerminalNode n : nodes) {
      out.add(n.getText());
    }
    return out;
  }

  static int flags(List<String> words) {
    int flags = 0;
    for (String w : words) {
      flags |= Flags.of(w);
    }
    return flags;
  }

  static int[] ints(List<TerminalNode> nodes) {
    int[] out = new int[nodes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) Tokens.parseLong(nodes.get(i).getSymbol());
    }
    return out;
  }
}
