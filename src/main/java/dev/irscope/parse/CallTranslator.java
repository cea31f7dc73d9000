// call, invoke and callbr: the words before the callee's type are sorted into fast-math flags,
// calling convention, return attributes and address space; the callee's function type is the
// written type when it is one (varargs calls, old typed-pointer calls) or else is made from the
// return type and the argument types.
package dev.irscope.parse;

import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallBrInst;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.Flags;
import dev.irscope.ir.FunctionType;
import dev.irscope.ir.InvokeInst;
import dev.irscope.ir.MetadataAsValue;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import dev.irscope.parse.antlr.LLVMParser;
import java.util.ArrayList;
import java.util.List;

final class CallTranslator {
  private final ValueTranslator values;
  private final MetadataTranslator metadata;
  private final AttributeTranslator attrs;

  CallTranslator(ValueTranslator values, MetadataTranslator metadata, AttributeTranslator attrs) {
    this.values = values;
    this.metadata = metadata;
    this.attrs = attrs;
  }

  /** The pieces every call-like alternative has. */
  private record Parts(List<LLVMParser.CallModifierContext> modifiers,
      LLVMParser.TypeContext type, LLVMParser.ValueContext callee, LLVMParser.CallArgsContext args,
      List<LLVMParser.AttributeContext> fnAttrs, LLVMParser.OperandBundlesContext bundles) {}

  CallBase translate(LLVMParser.InstructionContext ctx) {
    if (ctx instanceof LLVMParser.CallInstContext c) {
      CallInst call = (CallInst) build(new Parts(c.callModifier(), c.type(), c.value(),
          c.callArgs(), c.attribute(), c.operandBundles()), 0);
      if (c.tailKind() != null) {
        call.setTailKind(c.tailKind().getText());
      }
      return call;
    }
    if (ctx instanceof LLVMParser.InvokeInstContext c) {
      InvokeInst inv = (InvokeInst) build(new Parts(c.callModifier(), c.type(), c.value(),
          c.callArgs(), c.attribute(), c.operandBundles()), 1);
      inv.setDestinations(InstructionTranslator.block(values.typed(c.typedValue(0)), c),
          InstructionTranslator.block(values.typed(c.typedValue(1)), c));
      return inv;
    }
    LLVMParser.CallBrInstContext c = (LLVMParser.CallBrInstContext) ctx;
    CallBrInst cb = (CallBrInst) build(new Parts(c.callModifier(), c.type(), c.value(),
        c.callArgs(), c.attribute(), c.operandBundles()), 2);
    List<BasicBlock> indirect = new ArrayList<>();
    for (int i = 1; i < c.typedValue().size(); i++) {
      indirect.add(InstructionTranslator.block(values.typed(c.typedValue(i)), c));
    }
    cb.setDestinations(InstructionTranslator.block(values.typed(c.typedValue(0)), c), indirect);
    return cb;
  }

  private CallBase build(Parts p, int kind) {
    int flags = 0;
    String cc = null;
    String addrSpace = null;
    int calleeSpace = values.symbols.programAddrSpace;
    AttributeTranslator.Builder ret = new AttributeTranslator.Builder();
    for (LLVMParser.CallModifierContext m : p.modifiers()) {
      if (m.CC() != null) {
        cc = "cc " + m.INT().getText();
      } else if (m.addrSpace() != null) {
        addrSpace = SourceSpans.text(values.symbols.source, m.addrSpace());
        calleeSpace = TypeTranslator.addrSpace(m.addrSpace());
      } else {
        String word = m.attribute().getText();
        int bit = kind == 0 ? Flags.of(word) : 0;
        if (bit != 0 && !word.equals("nsw") && !word.equals("nuw")) {
          flags |= bit;
        } else if (Words.isCallingConv(word)) {
          cc = word;
        } else {
          attrs.add(ret, m.attribute());
        }
      }
    }
    List<Value> args = new ArrayList<>();
    List<AttributeSet> argAttrs = new ArrayList<>();
    boolean forwards = false;
    if (p.args() != null) {
      forwards = arguments(p.args(), args, argAttrs);
    }
    FunctionType ft = values.types.calleeType(p.type());
    if (ft == null) {
      List<Type> params = new ArrayList<>();
      for (Value a : args) {
        params.add(a.type());
      }
      ft = FunctionType.get(values.types.type(p.type()), params, false);
    }
    Value callee = values.value(p.callee(), p.callee() instanceof LLVMParser.AsmValueContext
        ? ft : dev.irscope.ir.PointerType.get(calleeSpace));
    CallBase call = make(kind, ft, callee, args, flags, cc, addrSpace, forwards, ret.build(),
        argAttrs);
    call.setFnAttributes(attrs.set(p.fnAttrs()));
    if (p.bundles() != null) {
      for (LLVMParser.OperandBundleContext b : p.bundles().operandBundle()) {
        List<Value> inputs = new ArrayList<>();
        if (b.callArgs() != null) {
          arguments(b.callArgs(), inputs, new ArrayList<>());
        }
        call.addBundle(Tokens.string(b.STRING()), inputs);
      }
    }
    return call;
  }

  /**
   * A call-like instruction of {@code kind} (0 call, 1 invoke, 2 callbr) from its pieces, read
   * from a parse tree or by FastBodyItems; the function attributes and bundles come after.
   */
  CallBase make(int kind, FunctionType ft, Value callee, List<Value> args, int flags, String cc,
      String addrSpace, boolean forwards, AttributeSet ret, List<AttributeSet> argAttrs) {
    // an intrinsic called but never declared: LLVM declares it from its first call. Only such
    // a one: a function the module declares gets its type from its own header, which another
    // thread may be reading at this moment
    if (callee instanceof dev.irscope.ir.Function f && f.functionType() == null
        && values.symbols.implicitIntrinsics.get(f.name()) == f) {
      synchronized (f) {
        if (f.functionType() == null) {
          f.setFunctionType(ft);
        }
      }
    }
    CallBase call = switch (kind) {
      case 0 -> new CallInst(ft, callee, args);
      case 1 -> new InvokeInst(ft, callee, args);
      default -> new CallBrInst(ft, callee, args);
    };
    call.setFlags(flags);
    call.setForwardsVarArgs(forwards);
    call.setCallingConv(cc);
    call.setAddrSpace(addrSpace);
    call.setReturnAttributes(ret);
    call.setParamAttributes(argAttrs);
    return call;
  }

  /** Reads arguments; returns whether they end in "..." (varargs forwarding). */
  private boolean arguments(LLVMParser.CallArgsContext ctx, List<Value> out,
      List<AttributeSet> outAttrs) {
    boolean forwards = false;
    for (LLVMParser.CallArgContext a : ctx.callArg()) {
      if (a instanceof LLVMParser.MetadataArgContext m) {
        out.add(new MetadataAsValue(metadata.operand(m.mdOperand())));
        outAttrs.add(AttributeSet.EMPTY);
      } else if (a instanceof LLVMParser.ValueArgContext v) {
        out.add(values.value(v.value(), values.types.type(v.type())));
        outAttrs.add(attrs.set(v.attribute()));
      } else {
        forwards = true;
      }
    }
    return forwards;
  }

  /** The arguments of catchpad/cleanuppad. */
  List<Value> padArgs(LLVMParser.CallArgsContext ctx) {
    List<Value> out = new ArrayList<>();
    if (ctx != null) {
      arguments(ctx, out, new ArrayList<>());
    }
    return out;
  }
}
