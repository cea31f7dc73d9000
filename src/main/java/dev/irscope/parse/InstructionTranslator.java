// One instruction from its parse tree: picks the instruction class for the alternative, reads
// flags and orderings from the bare words, and computes result types. Calls and the other
// call-like instructions are in CallTranslator.
package dev.irscope.parse;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.CatchPadInst;
import dev.irscope.ir.CatchReturnInst;
import dev.irscope.ir.CatchSwitchInst;
import dev.irscope.ir.CleanupPadInst;
import dev.irscope.ir.CleanupReturnInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ExtractElementInst;
import dev.irscope.ir.ExtractValueInst;
import dev.irscope.ir.FCmpInst;
import dev.irscope.ir.FenceInst;
import dev.irscope.ir.Flags;
import dev.irscope.ir.FreezeInst;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.ICmpInst;
import dev.irscope.ir.IndirectBrInst;
import dev.irscope.ir.InsertElementInst;
import dev.irscope.ir.InsertValueInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LandingPadInst;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.ResumeInst;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.ShuffleVectorInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.UnaryOperator;
import dev.irscope.ir.UnreachableInst;
import dev.irscope.ir.VAArgInst;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

final class InstructionTranslator {
  private final ValueTranslator values;
  private final CallTranslator calls;
  private final Type returnType;

  InstructionTranslator(ValueTranslator values, MetadataTranslator metadata,
      AttributeTranslator attrs, Type returnType) {
    this.values = values;
    this.returnType = returnType;
    this.calls = new CallTranslator(values, metadata, attrs);
  }

  CallTranslator calls() {
    return calls;
  }

  Instruction translate(LLVMParser.InstructionContext ctx) {
    if (ctx instanceof LLVMParser.BinaryInstContext b) {
      Value lhs = values.typed(b.typedValue());
      Value rhs = values.value(b.value(), lhs.type());
      return flagged(new BinaryOperator(Opcode.of(b.binaryOpcode().getText()), lhs, rhs),
          b.BAREWORD());
    }
    if (ctx instanceof LLVMParser.LoadInstContext l) {
      return load(l);
    }
    if (ctx instanceof LLVMParser.StoreInstContext s) {
      return store(s);
    }
    if (ctx instanceof LLVMParser.GepInstContext g) {
      return gep(g);
    }
    if (ctx instanceof LLVMParser.CallInstContext
        || ctx instanceof LLVMParser.InvokeInstContext
        || ctx instanceof LLVMParser.CallBrInstContext) {
      return calls.translate(ctx);
    }
    if (ctx instanceof LLVMParser.IcmpInstContext c) {
      return compare(true, ConstantExprTranslator.words(c.BAREWORD()), c.typedValue(), c.value());
    }
    if (ctx instanceof LLVMParser.FcmpInstContext c) {
      List<String> words = new ArrayList<>();
      for (LLVMParser.FcmpWordContext w : c.fcmpWord()) {
        words.add(w.getText());
      }
      return compare(false, words, c.typedValue(), c.value());
    }
    if (ctx instanceof LLVMParser.CastInstContext c) {
      Value x = values.typed(c.typedValue());
      return flagged(CastInst.create(Opcode.of(c.castOpcode().getText()), x,
          values.types.type(c.type())), c.BAREWORD());
    }
    if (ctx instanceof LLVMParser.PhiInstContext p) {
      return phi(p);
    }
    if (ctx instanceof LLVMParser.BrInstContext b) {
      List<Value> ops = values.typedList(b.typedValue());
      if (ops.size() == 1) {
        return new BranchInst(block(ops.get(0), b));
      }
      return new BranchInst(ops.get(0), block(ops.get(1), b), block(ops.get(2), b));
    }
    if (ctx instanceof LLVMParser.RetInstContext r) {
      Value v = values.typed(r.typedValue());
      if (v.type() != returnType) {
        throw ParseError.at(r.typedValue(), "value doesn't match function result type '"
            + returnType + "'");
      }
      return new ReturnInst(v);
    }
    if (ctx instanceof LLVMParser.RetVoidInstContext) {
      if (returnType != PrimitiveType.VOID) {
        throw ParseError.at(ctx, "value doesn't match function result type '" + returnType
            + "'");
      }
      return new ReturnInst(null);
    }
    if (ctx instanceof LLVMParser.SelectInstContext s) {
      List<Value> ops = values.typedList(s.typedValue());
      return flagged(new SelectInst(ops.get(0), ops.get(1), ops.get(2)), s.BAREWORD());
    }
    if (ctx instanceof LLVMParser.AllocaInstContext a) {
      return alloca(a);
    }
    return other(ctx);
  }

  /** icmp/fcmp: flags, then the predicate (the last word), then the operands. */
  private Instruction compare(boolean integer, List<String> words,
      LLVMParser.TypedValueContext first, LLVMParser.ValueContext second) {
    Value lhs = values.typed(first);
    Value rhs = values.value(second, lhs.type());
    String predicate = words.get(words.size() - 1);
    Instruction i = integer ? new ICmpInst(predicate, lhs, rhs)
        : new FCmpInst(predicate, lhs, rhs);
    i.setFlags(ConstantExprTranslator.flags(words.subList(0, words.size() - 1)));
    return i;
  }

  private Instruction other(LLVMParser.InstructionContext ctx) {
    if (ctx instanceof LLVMParser.FnegInstContext f) {
      return flagged(new UnaryOperator(Opcode.FNEG, values.typed(f.typedValue())), f.BAREWORD());
    }
    if (ctx instanceof LLVMParser.FreezeInstContext f) {
      return new FreezeInst(values.typed(f.typedValue()));
    }
    if (ctx instanceof LLVMParser.VaArgInstContext v) {
      return new VAArgInst(values.typed(v.typedValue()), values.types.type(v.type()));
    }
    if (ctx instanceof LLVMParser.FenceInstContext f) {
      return new FenceInst(ordering(f.BAREWORD()), scope(f.syncScope()));
    }
    if (ctx instanceof LLVMParser.CmpXchgInstContext c) {
      List<Value> ops = values.typedList(c.typedValue());
      return new AtomicCmpXchgInst(ops.get(0), ops.get(1), ops.get(2), c.WEAK() != null,
          c.VOLATILE() != null, ordering(c.BAREWORD(0)), ordering(c.BAREWORD(1)),
          scope(c.syncScope()), align(c.INT()));
    }
    if (ctx instanceof LLVMParser.AtomicRmwInstContext a) {
      List<Value> ops = values.typedList(a.typedValue());
      return new AtomicRMWInst(a.atomicOp().getText(), ops.get(0), ops.get(1),
          a.VOLATILE() != null, ordering(a.BAREWORD()), scope(a.syncScope()), align(a.INT()));
    }
    if (ctx instanceof LLVMParser.ExtractElementInstContext e) {
      List<Value> ops = values.typedList(e.typedValue());
      if (!(ops.get(0).type() instanceof VectorType)) {
        throw ParseError.at(e, "extractelement operand must be a vector");
      }
      return new ExtractElementInst(ops.get(0), ops.get(1));
    }
    if (ctx instanceof LLVMParser.InsertElementInstContext e) {
      List<Value> ops = values.typedList(e.typedValue());
      return new InsertElementInst(ops.get(0), ops.get(1), ops.get(2));
    }
    if (ctx instanceof LLVMParser.ShuffleVectorInstContext e) {
      List<Value> ops = values.typedList(e.typedValue());
      return new ShuffleVectorInst(ops.get(0), ops.get(1), ops.get(2));
    }
    if (ctx instanceof LLVMParser.ExtractValueInstContext e) {
      Value agg = values.typed(e.typedValue());
      int[] idx = ConstantExprTranslator.ints(e.INT());
      return new ExtractValueInst(Aggregates.indexedType(agg.type(), idx, e), agg, idx);
    }
    if (ctx instanceof LLVMParser.InsertValueInstContext e) {
      List<Value> ops = values.typedList(e.typedValue());
      int[] idx = ConstantExprTranslator.ints(e.INT());
      Aggregates.indexedType(ops.get(0).type(), idx, e);
      return new InsertValueInst(ops.get(0), ops.get(1), idx);
    }
    return exceptional(ctx);
  }

  private Instruction exceptional(LLVMParser.InstructionContext ctx) {
    if (ctx instanceof LLVMParser.SwitchInstContext s) {
      List<Value> head = values.typedList(s.typedValue());
      SwitchInst sw = new SwitchInst(head.get(0), block(head.get(1), s));
      for (LLVMParser.SwitchCaseContext c : s.switchCase()) {
        Value v = values.typed(c.typedValue(0));
        if (!(v instanceof Constant k)) {
          throw ParseError.at(c, "case value is not a constant integer");
        }
        sw.addCase(k, block(values.typed(c.typedValue(1)), c));
      }
      return sw;
    }
    if (ctx instanceof LLVMParser.IndirectBrInstContext i) {
      List<Value> ops = values.typedList(i.typedValue());
      List<BasicBlock> dests = new ArrayList<>();
      for (Value v : ops.subList(1, ops.size())) {
        dests.add(block(v, i));
      }
      return new IndirectBrInst(ops.get(0), dests);
    }
    if (ctx instanceof LLVMParser.UnreachableInstContext) {
      return new UnreachableInst();
    }
    if (ctx instanceof LLVMParser.ResumeInstContext r) {
      return new ResumeInst(values.typed(r.typedValue()));
    }
    if (ctx instanceof LLVMParser.LandingPadInstContext l) {
      LandingPadInst lp = new LandingPadInst(values.types.type(l.type()), l.CLEANUP() != null);
      for (LLVMParser.LandingPadClauseContext c : l.landingPadClause()) {
        lp.addClause(c.CATCH() != null, values.typed(c.typedValue()));
      }
      return lp;
    }
    if (ctx instanceof LLVMParser.CatchSwitchInstContext c) {
      Value parent = values.value(c.value(), PrimitiveType.TOKEN);
      List<BasicBlock> handlers = new ArrayList<>();
      for (Value v : values.typedList(c.typedValue())) {
        handlers.add(block(v, c));
      }
      return new CatchSwitchInst(parent, handlers, unwind(c.unwindDest()));
    }
    if (ctx instanceof LLVMParser.CatchPadInstContext c) {
      return new CatchPadInst(values.value(c.value(), PrimitiveType.TOKEN),
          calls.padArgs(c.callArgs()));
    }
    if (ctx instanceof LLVMParser.CleanupPadInstContext c) {
      return new CleanupPadInst(values.value(c.value(), PrimitiveType.TOKEN),
          calls.padArgs(c.callArgs()));
    }
    if (ctx instanceof LLVMParser.CatchRetInstContext c) {
      return new CatchReturnInst(values.value(c.value(), PrimitiveType.TOKEN),
          block(values.typed(c.typedValue()), c));
    }
    if (ctx instanceof LLVMParser.CleanupRetInstContext c) {
      return new CleanupReturnInst(values.value(c.value(), PrimitiveType.TOKEN),
          unwind(c.unwindDest()));
    }
    throw ParseError.at(ctx, "unsupported instruction");
  }

  private BasicBlock unwind(LLVMParser.UnwindDestContext u) {
    return u.typedValue() == null ? null : block(values.typed(u.typedValue()), u);
  }

  static BasicBlock block(Value v, ParserRuleContext at) {
    if (!(v instanceof BasicBlock b)) {
      throw ParseError.at(at, "expected a basic block (label %name)");
    }
    return b;
  }

  private static Instruction flagged(Instruction i, List<TerminalNode> words) {
    int flags = 0;
    for (TerminalNode w : words) {
      int bit = Flags.of(w.getText());
      if (bit == 0) {
        throw ParseError.at(w.getSymbol(), "unknown flag '" + w.getText() + "'");
      }
      flags |= bit;
    }
    i.setFlags(flags);
    return i;
  }

  private Instruction load(LLVMParser.LoadInstContext l) {
    Type t = values.types.type(l.type());
    Value p = values.typed(l.typedValue());
    AtomicOrdering o = l.ATOMIC() != null ? ordering(l.BAREWORD()) : AtomicOrdering.NOT_ATOMIC;
    if (l.ATOMIC() == null && l.BAREWORD() != null) {
      throw ParseError.at(l.BAREWORD().getSymbol(), "expected ',' or end of instruction");
    }
    return new LoadInst(t, p, l.VOLATILE() != null, o, scope(l.syncScope()), align(l.INT()));
  }

  private Instruction store(LLVMParser.StoreInstContext s) {
    List<Value> ops = values.typedList(s.typedValue());
    AtomicOrdering o = s.ATOMIC() != null ? ordering(s.BAREWORD()) : AtomicOrdering.NOT_ATOMIC;
    return new StoreInst(ops.get(0), ops.get(1), s.VOLATILE() != null, o, scope(s.syncScope()),
        align(s.INT()));
  }

  private Instruction gep(LLVMParser.GepInstContext g) {
    int flags = 0;
    for (LLVMParser.GepFlagContext f : g.gepFlag()) {
      int bit = Flags.of(f.getText());
      if (bit == 0) {
        throw ParseError.at(f, "unknown getelementptr flag '" + f.getText() + "'");
      }
      flags |= bit;
    }
    List<Value> ops = values.typedList(g.typedValue());
    GetElementPtrInst gep = new GetElementPtrInst(Aggregates.gepResultType(ops),
        values.types.type(g.type()), ops.get(0), ops.subList(1, ops.size()));
    gep.setFlags(flags);
    return gep;
  }

  private Instruction phi(LLVMParser.PhiInstContext p) {
    Type t = values.types.type(p.type());
    PhiInst phi = new PhiInst(t);
    for (LLVMParser.PhiIncomingContext in : p.phiIncoming()) {
      Value v = values.value(in.value(0), t);
      phi.addIncoming(v, block(values.value(in.value(1), PrimitiveType.LABEL), in));
    }
    return flagged(phi, p.BAREWORD());
  }

  private Instruction alloca(LLVMParser.AllocaInstContext a) {
    boolean inalloca = false;
    boolean swiftError = false;
    for (LLVMParser.AllocaModifierContext m : a.allocaModifier()) {
      switch (m.getText()) {
        case "inalloca" -> inalloca = true;
        case "swifterror" -> swiftError = true;
        default -> throw ParseError.at(m, "unknown alloca modifier '" + m.getText() + "'");
      }
    }
    Value count = a.typedValue() == null ? null : values.typed(a.typedValue());
    // LLVM's parser puts an alloca without addrspace(N) in address space 0, whatever the data
    // layout's alloca space (A) says
    int as = a.addrSpace() == null ? 0 : TypeTranslator.addrSpace(a.addrSpace());
    AllocaInst i = new AllocaInst(values.types.type(a.type()), count, PointerType.get(as));
    i.setAlign(align(a.INT()));
    i.setModifiers(inalloca, swiftError);
    return i;
  }

  private static AtomicOrdering ordering(TerminalNode word) {
    AtomicOrdering o = AtomicOrdering.of(word.getText());
    if (o == null) {
      throw ParseError.at(word.getSymbol(), "expected ordering, found '" + word.getText() + "'");
    }
    return o;
  }

  private static String scope(LLVMParser.SyncScopeContext s) {
    return s == null ? null : Tokens.string(s.STRING());
  }

  private static long align(TerminalNode n) {
    return n == null ? 0 : Tokens.parseLong(n.getSymbol());
  }
}
