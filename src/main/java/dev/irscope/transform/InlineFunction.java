// The mechanics of inlining one call, after LLVM's InlineFunction (Utils/InlineFunction.cpp):
// 1. A callee with a personality or gc the caller lacks gives them to the caller; a different
//    one makes inlining fail.
// 2. Each parameter stands for its argument; a byval argument is first copied into a new alloca
//    of the caller (llvm.memcpy at the start of the inlined code) unless the callee only reads
//    memory and needs no alignment.
// 3. The body is copied (InlineCloner: only what the call reaches, constants folded), its
//    debug info fixed (InlineDebugInfo: locations inlined at the call) and its scoped-noalias
//    metadata given scopes of its own (InlineAliasScopes).
// 4. The static allocas of the copied entry block move to the top of the caller's entry block
//    (unused ones are deleted) and get llvm.lifetime.start at the start of the inlined code and
//    llvm.lifetime.end before each of its returns.
// 5. Calls of the inlined code take the weaker tail marker of theirs and the call's (notail
//    stays), and become nounwind when the call site cannot unwind.
// 6. One copied block ending in a return: its instructions replace the call. Otherwise the
//    call's block is split after the call into CALLEE.exit, the copy goes in between, each
//    return becomes a branch to CALLEE.exit (a phi named as the call merges several returned
//    values; one returned value is used directly and its block merged into CALLEE.exit), and
//    the copied entry is merged into the call's block.
// Refused here, as LLVM refuses them: personality or gc mismatch. What the pass refuses before
// (invoke, callbr, operand bundles, musttail, varargs) is in InlinePass.
package dev.irscope.transform;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Function;
import dev.irscope.ir.FunctionType;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.IntegerType;
import dev.irscope.ir.MDLiteral;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Module;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

final class InlineFunction {
  private final CallInst call;
  private final Function callee;
  private final Function caller;
  private final Module module;
  private final CallAttributes calls;
  private final Names.Table names;
  private final List<AllocaInst> byvalCopies = new ArrayList<>();
  /** Values gone (the call, unused allocas) and what metadata naming them names now. */
  private final ValueMapper gone = new ValueMapper();
  private final List<Value> byvalSources = new ArrayList<>();

  private InlineFunction(CallInst call, Function callee, CallAttributes calls) {
    this.call = call;
    this.callee = callee;
    this.caller = call.function();
    this.module = caller.parent();
    this.calls = calls;
    this.names = new Names.Table(caller);
  }

  /**
   * Inlines {@code call} to {@code callee}; returns why it cannot (nothing is changed then), or
   * null when done, {@code inlinedCalls} then holding the calls of the inlined code.
   */
  static String inline(CallInst call, Function callee, CallAttributes calls,
      List<CallInst> inlinedCalls) {
    return new InlineFunction(call, callee, calls).run(inlinedCalls);
  }

  private String run(List<CallInst> inlinedCalls) {
    if (callee.personality() != null && caller.personality() != null
        && !Objects.equals(callee.personality().toString(), caller.personality().toString())) {
      return "incompatible personality";
    }
    if (callee.gc() != null && caller.gc() != null && !callee.gc().equals(caller.gc())) {
      return "incompatible GC";
    }
    if (caller.personality() == null && callee.personality() != null) {
      caller.setExtras(caller.prefix(), caller.prologue(), callee.personality());
    }
    if (caller.gc() == null) {
      caller.setGc(callee.gc());
    }
    ValueMapper vm = new ValueMapper(callee);
    for (int i = 0; i < callee.arguments().size(); i++) {
      vm.put(callee.argument(i), argument(i));
    }
    InlineCloner cloner = new InlineCloner(callee, caller, vm, names, calls);
    cloner.run();
    List<BasicBlock> blocks = cloner.blocks;
    for (BasicBlock b : blocks) {
      for (Instruction i : b.instructions()) {
        if (i instanceof CallInst c) {
          inlinedCalls.add(c);
        }
      }
    }
    initByvalCopies(blocks.get(0));
    new InlineDebugInfo(module, call).fix(blocks, callee.attachment("dbg") != null);
    InlineAliasScopes.clone(module, blocks);
    List<AllocaInst> allocas = new ArrayList<>(byvalCopies);
    allocas.addAll(moveStaticAllocas(blocks.get(0)));
    markInlinedCalls(inlinedCalls);
    List<ReturnInst> returns = cloner.returns();
    insertLifetimeMarkers(allocas, blocks.get(0), returns);
    if (returns.size() == 1 && blocks.size() == 1) {
      replaceCallByBlock(blocks.get(0), returns.get(0));
    } else {
      replaceCallByBlocks(blocks, returns);
    }
    for (Instruction i : caller.instructions()) {
      gone.remap(i); // debug records and metadata operands still naming what is gone
    }
    return null;
  }

  /** What stands for parameter i: the argument, or a copy of it for byval. */
  private Value argument(int i) {
    Value actual = call.arg(i);
    Attribute byval = InlineCost.byval(call, callee, i);
    if (byval == null || byval.type() == null) {
      return actual;
    }
    long align = Math.max(call.paramAttributes(i).alignment(), callee.paramAttributes(i)
        .alignment());
    if (onlyReadsMemory(callee) && align <= 1) {
      return actual;
    }
    AllocaInst copy = new AllocaInst(byval.type(), null, PointerType.get(0));
    copy.setAlign(Math.max(align, layout().abiAlign(byval.type())));
    copy.setName(actual.hasName() ? names.unique(actual.name()) : null);
    caller.entryBlock().insert(0, copy);
    byvalCopies.add(copy);
    byvalSources.add(actual);
    return copy;
  }

  private static boolean onlyReadsMemory(Function f) {
    AttributeSet a = f.fnAttributes();
    return a.has("readnone") || a.has("readonly")
        || (a.memoryEffects() != null && a.memoryEffects().onlyReadsMemory());
  }

  /**
   * HandleByValArgumentInit: memcpy each byval argument into its copy (alignment 1: the
   * source's is unknown); where both functions have debug info, the memcpy gets a line-0
   * location in the callee, which is then inlined like the others.
   */
  private void initByvalCopies(BasicBlock first) {
    for (int k = byvalCopies.size() - 1; k >= 0; k--) {
      AllocaInst copy = byvalCopies.get(k);
      Function memcpy = intrinsic("llvm.memcpy.p0.p0.i64",
          List.of(PointerType.PTR, PointerType.PTR, IntegerType.I64, IntegerType.I1));
      CallInst c = new CallInst(memcpy.functionType(), memcpy, List.of(copy,
          byvalSources.get(k),
          ConstantInt.get(IntegerType.I64, layout().storeSize(copy.allocatedType())),
          ConstantInt.getFalse()));
      AttributeSet aligned = AttributeSet.of(List.of(new Attribute("align", "align 1", null, 1)),
          List.of());
      c.setParamAttributes(List.of(aligned, aligned));
      if (caller.attachment("dbg") != null && callee.attachment("dbg") instanceof MDNode sp) {
        MDNode loc = module.newMetadataNode();
        loc.define("DILocation", false, List.of("line", "column", "scope"),
            List.of(new MDLiteral("0"), new MDLiteral("0"), sp), 0);
        c.setAttachment("dbg", loc);
      }
      first.insert(0, c);
    }
  }

  /** Moves the copied entry's static allocas to the caller's entry; deletes unused ones. */
  private List<AllocaInst> moveStaticAllocas(BasicBlock first) {
    List<AllocaInst> moved = new ArrayList<>();
    BasicBlock entry = caller.entryBlock();
    int at = byvalCopies.size();
    for (Instruction i : new ArrayList<>(first.instructions())) {
      if (!(i instanceof AllocaInst a) || !(a.arraySize() instanceof ConstantInt)
          || a.isInalloca()) {
        continue;
      }
      if (a.numUses() == 0) {
        gone.put(a, ConstantKeyword.get(a.type(), ConstantKeyword.Kind.POISON));
        a.dropAllReferences();
        first.remove(a);
        continue;
      }
      first.remove(a);
      entry.insert(at++, a);
      moved.add(a);
    }
    return moved;
  }

  /** Inlined calls take the weaker tail kind, and nounwind when the call site cannot unwind. */
  private void markInlinedCalls(List<CallInst> inlined) {
    String site = "notail".equals(call.tailKind()) ? null : call.tailKind();
    boolean noUnwind = call.fnAttributes().has("nounwind")
        || callee.fnAttributes().has("nounwind");
    List<String> order = java.util.Arrays.asList(null, "tail", "musttail");
    for (CallInst c : inlined) {
      if (c.parent() == null) {
        continue;
      }
      String child = c.tailKind();
      if (!"notail".equals(child)) {
        c.setTailKind(order.indexOf(site) < order.indexOf(child) ? site : child);
      }
      boolean declared = c.fnAttributes().has("nounwind") || (c.calledFunction() != null
          && c.calledFunction().fnAttributes().has("nounwind"));
      if (noUnwind && !declared) {
        List<Attribute> attrs = new ArrayList<>(c.fnAttributes().inline());
        attrs.add(Attribute.of("nounwind"));
        c.setFnAttributes(AttributeSet.of(attrs, c.fnAttributes().groups()));
      }
    }
  }

  /** llvm.lifetime.start/end around the inlined code for each moved alloca. */
  private void insertLifetimeMarkers(List<AllocaInst> allocas, BasicBlock first,
      List<ReturnInst> returns) {
    int at = 0;
    for (AllocaInst a : allocas) {
      long count = ((ConstantInt) a.arraySize()).longValue();
      long size = layout().allocSize(a.allocatedType()) * count;
      if (a.isSwiftError() || size == 0 || hasLifetimeMarkers(a)) {
        continue;
      }
      first.insert(at++, lifetime("llvm.lifetime.start.p0", a, size));
      for (ReturnInst r : returns) {
        BasicBlock b = r.parent();
        CallInst end = lifetime("llvm.lifetime.end.p0", a, size);
        b.insert(b.instructions().indexOf(r), end);
        CfgEdits.prependDebugRecords(end, r.takeDebugRecords());
      }
    }
  }

  private static boolean hasLifetimeMarkers(AllocaInst a) {
    for (Use u : a.uses()) {
      if (u.user() instanceof CallBase c && c.calledFunction() != null
          && c.calledFunction().name().startsWith("llvm.lifetime.")) {
        return true;
      }
    }
    return false;
  }

  /** A lifetime marker call in the form the module declares (LLVM 22 drops the size). */
  private CallInst lifetime(String name, AllocaInst a, long size) {
    Function f = module.function(name);
    if (f == null) {
      f = intrinsic(name, List.of(IntegerType.I64, PointerType.PTR));
      f.argument(0).setAttributes(AttributeSet.of(List.of(Attribute.of("immarg")), List.of()));
    }
    List<Value> args = f.arguments().size() == 1 ? List.of(a)
        : List.of(ConstantInt.get(IntegerType.I64, size), a);
    return new CallInst(f.functionType(), f, args);
  }

  /** The module's declaration of intrinsic {@code name}, declared now if missing. */
  private Function intrinsic(String name, List<Type> params) {
    Function f = module.function(name);
    if (f == null) {
      f = new Function(name);
      f.setFunctionType(FunctionType.get(PrimitiveType.VOID, params, false));
      module.addGlobal(f);
    }
    return f;
  }

  private DataLayout layout() {
    return DataLayout.of(module);
  }

  /** The copy is one block ending in its return: its instructions take the call's place. */
  private void replaceCallByBlock(BasicBlock copy, ReturnInst ret) {
    BasicBlock b = call.parent();
    Value result = ret.returnValue();
    List<Instruction> moved = new ArrayList<>(copy.instructions());
    moved.remove(ret);
    int at = b.instructions().indexOf(call);
    for (Instruction i : moved) {
      copy.remove(i);
      b.insert(at++, i);
    }
    Instruction next = b.instructions().get(at + 1);
    CfgEdits.prependDebugRecords(next, ret.takeDebugRecords());
    CfgEdits.prependDebugRecords(moved.isEmpty() ? next : moved.get(0),
        call.takeDebugRecords());
    ret.dropAllReferences();
    caller.removeBlock(copy);
    removeCall(result);
  }

  /** The copy spans blocks: split the call's block and branch to CALLEE.exit from returns. */
  private void replaceCallByBlocks(List<BasicBlock> copies, List<ReturnInst> returns) {
    BasicBlock b = call.parent();
    BasicBlock exit = new BasicBlock(names.unique(callee.name() + ".exit"));
    List<Instruction> after = new ArrayList<>(b.instructions());
    after = after.subList(after.indexOf(call) + 1, after.size());
    for (Instruction i : new ArrayList<>(after)) {
      b.remove(i);
      exit.append(i);
    }
    CfgEdits.prependDebugRecords(exit.instructions().get(0), call.takeDebugRecords());
    for (BasicBlock s : exit.successors()) {
      for (PhiInst phi : CfgEdits.phis(s)) {
        for (int k = 0; k < phi.numIncoming(); k++) {
          if (phi.incomingBlock(k) == b) {
            phi.setIncomingBlock(k, exit);
          }
        }
      }
    }
    int at = caller.indexOf(b) + 1;
    for (BasicBlock c : copies) {
      caller.removeBlock(c);
      caller.insertBlock(at++, c);
    }
    caller.insertBlock(at, exit);
    Value result = returnedValue(returns, exit);
    BasicBlock entryCopy = copies.get(0);
    removeCall(result);
    for (Instruction i : new ArrayList<>(entryCopy.instructions())) {
      entryCopy.remove(i);
      b.append(i);
    }
    redirectPhis(entryCopy, b);
    caller.removeBlock(entryCopy);
    if (result instanceof PhiInst phi && InlineCloner.onlyValue(phi) != null) {
      phi.replaceAllUsesWith(InlineCloner.onlyValue(phi));
      phi.dropAllReferences();
      exit.remove(phi);
    }
  }

  /**
   * Turns each return into a branch to {@code exit}; the value the call now has: a phi of the
   * returned values, the one returned value (its block then merged into exit), or poison.
   */
  private Value returnedValue(List<ReturnInst> returns, BasicBlock exit) {
    boolean hasValue = !call.type().isVoid();
    PhiInst phi = null;
    if (returns.size() > 1 && hasValue && call.numUses() > 0) {
      phi = new PhiInst(call.type());
      phi.setName(call.hasName() ? names.unique(call.name()) : null);
      exit.insert(0, phi);
    }
    BasicBlock only = returns.size() == 1 ? returns.get(0).parent() : null;
    Value onlyValue = returns.size() == 1 ? returns.get(0).returnValue() : null;
    for (ReturnInst r : returns) {
      if (phi != null) {
        phi.addIncoming(r.returnValue(), r.parent());
      }
      CfgEdits.replaceTerminator(r.parent(), new BranchInst(exit));
    }
    if (only != null) {
      mergeIntoExit(only, exit);
      return onlyValue;
    }
    return phi != null || !hasValue ? phi : ConstantKeyword.get(call.type(),
        ConstantKeyword.Kind.POISON);
  }

  /** The one returning block's code goes to the front of exit; branches to it go to exit. */
  private void mergeIntoExit(BasicBlock rb, BasicBlock exit) {
    Instruction br = rb.terminator();
    List<Instruction> moved = new ArrayList<>(rb.instructions());
    moved.remove(br);
    for (int k = 0; k < moved.size(); k++) {
      rb.remove(moved.get(k));
      exit.insert(k, moved.get(k));
    }
    CfgEdits.prependDebugRecords(exit.instructions().get(moved.size()), br.takeDebugRecords());
    br.dropAllReferences();
    rb.remove(br);
    rb.replaceAllUsesWith(exit);
    redirectPhis(rb, exit);
    caller.removeBlock(rb);
  }

  /** Phis naming {@code from} as incoming block name {@code to}. */
  private static void redirectPhis(BasicBlock from, BasicBlock to) {
    for (BasicBlock s : to.successors()) {
      for (PhiInst phi : CfgEdits.phis(s)) {
        for (int k = 0; k < phi.numIncoming(); k++) {
          if (phi.incomingBlock(k) == from) {
            phi.setIncomingBlock(k, to);
          }
        }
      }
    }
  }

  private void removeCall(Value result) {
    Value v = result != null ? result : ConstantKeyword.get(call.type(),
        ConstantKeyword.Kind.POISON);
    call.replaceAllUsesWith(v);
    if (!call.type().isVoid()) {
      gone.put(call, v);
    }
    List<Instruction> rest = call.parent().instructions();
    int at = rest.indexOf(call);
    if (at + 1 < rest.size()) {
      CfgEdits.prependDebugRecords(rest.get(at + 1), call.takeDebugRecords());
    }
    call.dropAllReferences();
    call.parent().remove(call);
  }
}
