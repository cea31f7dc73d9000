// Whether LLVM's inliner would inline one call, after LLVM 19's InlineCost.cpp with the
// parameters of rustc's -C opt-level=3 pipeline (threshold 250, LLVM's -O3; opt -passes=inline
// alone uses 225). First the attribute rules (getAttributeBasedInliningDecision): alwaysinline
// inlines whenever the callee is viable (isInlineViable); never inlined are callees with
// conflicting target or sanitizer attributes, into optnone callers, interposable callees
// (linkonce, weak, common, extern_weak: another definition may be linked in), noinline callees
// and noinline call sites. Then the cost (CallAnalyzer): the call site's own instructions are
// credited (5 per argument, 5 for the call, 25 call penalty; a byval argument counts its copy),
// the last call to an internal function gets 15000 more, and the callee's blocks are walked
// from the entry as the call would execute them: arguments that are constants fold what uses
// them, a branch or switch on a folded condition makes only its taken successor live, and each
// live instruction that neither folds nor is free costs 5 (InstrCost). Free: phis, unconditional
// and folded branches, the first return, unreachable, allocas' pointers cast around, constant
// GEPs and GEPs with one variable index scaled by 1, 2, 4 or 8 (an x86 addressing mode),
// trunc/bitcast/pointer casts of the pointer width, extractvalue, freeze,
// debug and marker intrinsics (lifetime, assume, ...), values only feeding llvm.assume, loads
// and stores through a caller alloca passed as argument (SROA will remove them), a repeated
// load of the same address while no store or writing call intervenes. A call to a function
// adds 5 per argument and the call penalty; a switch adds its jump-table or compare-tree cost.
// The threshold: 250, 325 for an inlinehint callee, 45 at a cold call site, 0 when the call's
// block ends in unreachable; plus 50% while only one block is live and (x86) 150% that is
// withdrawn unless a tenth of the instructions are vector ones. Inlined when cost < threshold.
// Never inlined whatever the cost: a callee calling itself, returns_twice calls, dynamic allocas,
// indirectbr, blockaddress, localescape, va_start.
// Approximations: the callee is costed as it stands (LLVM costs it after its own simplification
// pipeline, so irscope's costs of unoptimised callees are higher); InstSimplify is only constant
// folding; TTI costs are x86's as summarised above; a call site is cold when its block runs
// less than 2% as often as the entry by irscope's static block frequencies (ColdCallSites).
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.Argument;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BinaryOperator;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.CmpInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.ExtractElementInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.SwitchInst;
import dev.irscope.ir.UnreachableInst;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class InlineCost {
  static final int INSTR_COST = 5;
  static final int CALL_PENALTY = 25;
  static final int THRESHOLD = 250;
  static final int HINT_THRESHOLD = 325;
  static final int COLD_CALLSITE_THRESHOLD = 45;
  static final int LAST_CALL_TO_STATIC_BONUS = 15000;
  private static final int COLDCC_PENALTY = 2000;

  /**
   * LLVM's InlineCost: always, never, or a cost against a threshold; the reason for always or
   * never (LLVM's words), the instruction of the callee behind a never, and for a cost how cost
   * and threshold are made up.
   */
  record Decision(boolean always, boolean never, int cost, int threshold, String reason,
      Instruction decidedBy, String explanation) {
    static Decision always(String reason) {
      return new Decision(true, false, 0, 0, reason, null, null);
    }

    static Decision never(String reason, Instruction decidedBy) {
      return new Decision(false, true, 0, 0, reason, decidedBy, null);
    }

    /** LLVM's InlineCost::operator bool: cost < threshold (0 < 0 does not inline). */
    boolean inlines() {
      return always || (!never && cost < threshold);
    }
  }

  private InlineCost() {}

  /** The decision for {@code call} to {@code callee} (a definition). */
  static Decision of(CallBase call, Function callee, CallAttributes calls,
      ColdCallSites cold) {
    Decision d = attributeDecision(call, callee);
    return d != null ? d : new Analyzer(call, callee, calls, cold).analyze();
  }

  /** LLVM's getAttributeBasedInliningDecision; null when the cost decides. */
  private static Decision attributeDecision(CallBase call, Function callee) {
    Function caller = call.function();
    if (call.fnAttributes().has("alwaysinline") || callee.fnAttributes().has("alwaysinline")) {
      if (call.fnAttributes().has("noinline")) {
        return Decision.never("noinline call site attribute", call);
      }
      String why = InlineViability.whyNot(callee);
      return why == null ? Decision.always("always inline attribute")
          : Decision.never(why, InlineViability.culprit(callee));
    }
    if (!InlineViability.compatible(caller, callee)) {
      return Decision.never("conflicting attributes", null);
    }
    if (caller.fnAttributes().has("optnone")) {
      return Decision.never("optnone attribute", null);
    }
    if (!caller.fnAttributes().has("null_pointer_is_valid")
        && callee.fnAttributes().has("null_pointer_is_valid")) {
      return Decision.never("nullptr definitions incompatible", null);
    }
    if (callee.isInterposable()) {
      return Decision.never("interposable", null);
    }
    if (callee.fnAttributes().has("noinline")) {
      return Decision.never("noinline function attribute", null);
    }
    if (call.fnAttributes().has("noinline")) {
      return Decision.never("noinline call site attribute", call);
    }
    return null;
  }

  /** Whether parameter {@code i} is byval at the call site or in the callee. */
  static Attribute byval(CallBase call, Function callee, int i) {
    Attribute a = call.paramAttributes(i).get("byval");
    return a != null || i >= callee.arguments().size() ? a
        : callee.paramAttributes(i).get("byval");
  }

  /** LLVM's getCallsiteCost: what disappears with the call. */
  static int callSiteCost(CallBase call, Function callee) {
    int cost = 0;
    for (int i = 0; i < call.numArgs(); i++) {
      Attribute b = byval(call, callee, i);
      if (b != null && b.type() != null) {
        long bits = TypeSizes.LAYOUT.sizeInBits(b.type());
        cost += 2 * (int) Math.min((bits + 63) / 64, 8) * INSTR_COST;
      } else {
        cost += INSTR_COST;
      }
    }
    return cost + INSTR_COST + CALL_PENALTY;
  }

  /** One cost analysis: CallAnalyzer with InlineCostCallAnalyzer's accounting. */
  private static final class Analyzer {
    private final CallBase call;
    private final Function callee;
    private final CallAttributes calls;
    private final ColdCallSites cold;
    private final Map<Value, Constant> simplified = new HashMap<>();
    private final Set<BasicBlock> dead = new HashSet<>();
    private final Map<BasicBlock, BasicBlock> knownSuccessor = new HashMap<>();
    private final Set<Value> sroaArgs = new HashSet<>();
    private final Set<Value> nonNullArgs = new HashSet<>();
    private final Set<Value> loadedAddresses = new HashSet<>();
    private final Set<Instruction> ephemeral;
    private final Cfg cfg;
    private int cost;
    private int threshold;
    private int singleBlockBonus;
    private int staticBonus;
    private String base;
    private int vectorBonus;
    private int loadElimination;
    private boolean loadEliminationEnabled = true;
    private boolean singleBlock = true;
    private boolean hasReturn;
    private int instructions;
    private int vectorInstructions;
    private long allocatedSize;
    private String never;
    private Instruction neverAt;

    Analyzer(CallBase call, Function callee, CallAttributes calls, ColdCallSites cold) {
      this.call = call;
      this.callee = callee;
      this.calls = calls;
      this.cold = cold;
      this.cfg = Cfg.of(callee);
      this.ephemeral = CodeSize.ephemeralValues(callee, calls);
    }

    Decision analyze() {
      updateThreshold();
      threshold += singleBlockBonus + vectorBonus;
      cost -= callSiteCost(call, callee);
      if ("coldcc".equals(callee.callingConv())) {
        cost += COLDCC_PENALTY;
      }
      for (int i = 0; i < callee.arguments().size() && i < call.numArgs(); i++) {
        Argument formal = callee.argument(i);
        Value actual = call.arg(i);
        if (actual instanceof Constant c) {
          simplified.put(formal, c);
        }
        if (actual instanceof AllocaInst) {
          sroaArgs.add(formal);
          nonNullArgs.add(formal);
        }
        if (call.paramAttributes(i).has("nonnull") || formal.attributes().has("nonnull")) {
          nonNullArgs.add(formal);
        }
      }
      for (Use u : callee.uses()) {
        if (u.user() instanceof BlockAddress) {
          return Decision.never("blockaddress used outside of callbr", null);
        }
      }
      LinkedHashSet<BasicBlock> work = new LinkedHashSet<>(List.of(callee.entryBlock()));
      List<BasicBlock> order = new ArrayList<>(work);
      for (int k = 0; k < order.size(); k++) {
        BasicBlock b = order.get(k);
        for (Instruction i : b.instructions()) {
          visitCounted(i);
          if (never != null) {
            return Decision.never(never, neverAt);
          }
        }
        BasicBlock next = foldedSuccessor(b.terminator());
        List<BasicBlock> succs = next != null ? List.of(next) : b.successors();
        if (next != null) {
          knownSuccessor.put(b, next);
          markDead(b, next);
        } else if (singleBlock && succs.size() > 1) {
          threshold -= singleBlockBonus;
          singleBlock = false;
        }
        for (BasicBlock s : succs) {
          if (work.add(s)) {
            order.add(s);
          }
        }
      }
      if (callerIsRecursive() && allocatedSize > 1024) {
        return Decision.never("recursive and allocates too much stack space", null);
      }
      int keptVectorBonus = vectorBonus;
      if (vectorInstructions <= instructions / 10) {
        keptVectorBonus = 0;
      } else if (vectorInstructions <= instructions / 2) {
        keptVectorBonus = vectorBonus - vectorBonus / 2;
      }
      threshold -= vectorBonus - keptVectorBonus;
      return new Decision(false, false, cost, threshold, null, null,
          explanation(keptVectorBonus));
    }

    /** How cost and threshold are made up, in words. */
    private String explanation(int keptVectorBonus) {
      int site = callSiteCost(call, callee);
      int body = cost + site + staticBonus;
      StringBuilder sb = new StringBuilder("cost ").append(cost).append(" = ").append(body)
          .append(" for what @").append(callee.name())
          .append(" runs with these arguments (5 per instruction that does not fold away;"
              + " calls 25 more and 5 per argument) - ").append(site)
          .append(" for the call and its arguments, which go away");
      if (staticBonus > 0) {
        sb.append(" - ").append(staticBonus).append(" as this is the last call to internal @")
            .append(callee.name());
      }
      sb.append("; threshold ").append(threshold).append(" = ").append(base);
      if (singleBlock && singleBlockBonus > 0) {
        sb.append(" + ").append(singleBlockBonus).append(" (50%: one block runs)");
      }
      if (keptVectorBonus > 0) {
        sb.append(" + ").append(keptVectorBonus).append(" (vector instructions)");
      }
      return sb.toString();
    }

    /** InlineCostCallAnalyzer::updateThreshold, without profile data. */
    private void updateThreshold() {
      Function caller = call.function();
      if (call.parent().terminator() instanceof UnreachableInst) {
        threshold = 0; // allowSizeGrowth: no bonuses either
        base = "0, as the call's block ends in unreachable (no growth allowed)";
        return;
      }
      threshold = THRESHOLD;
      base = "250 (-O3)";
      boolean minSize = caller.fnAttributes().has("minsize");
      if (minSize) {
        threshold = Math.min(threshold, 5);
        base = "5 (minsize caller)";
      } else if (caller.fnAttributes().has("optsize")) {
        threshold = Math.min(threshold, 50);
        base = "50 (optsize caller)";
      }
      int singlePercent = minSize ? 0 : 50;
      int vectorPercent = minSize ? 0 : 150;
      int bonus = LAST_CALL_TO_STATIC_BONUS;
      if (!minSize) {
        if (callee.fnAttributes().has("inlinehint")) {
          threshold = Math.max(threshold, HINT_THRESHOLD);
          base = threshold + " (inlinehint callee)";
        }
        if (cold.isCold(call)) {
          singlePercent = 0;
          vectorPercent = 0;
          bonus = 0;
          threshold = Math.min(threshold, COLD_CALLSITE_THRESHOLD);
          base = threshold + " (cold call site: its block runs less than 2% as often as the"
              + " entry, by static branch probabilities)";
        }
      }
      singleBlockBonus = threshold * singlePercent / 100;
      vectorBonus = threshold * vectorPercent / 100;
      if (callee.hasLocalLinkage() && callee.numUses() == 1
          && call.calledFunction() == callee) {
        staticBonus = bonus;
        cost -= staticBonus;
      }
    }

    private boolean callerIsRecursive() {
      Function caller = call.function();
      for (Use u : caller.uses()) {
        if (u.user() instanceof CallBase c && c.function() == caller) {
          return true;
        }
      }
      return false;
    }

    private void visitCounted(Instruction i) {
      if (isDebugIntrinsic(i) || ephemeral.contains(i)) {
        return;
      }
      instructions++;
      if (i instanceof ExtractElementInst || i.type() instanceof VectorType) {
        vectorInstructions++;
      }
      if (!visit(i)) {
        cost += INSTR_COST;
      }
    }

    /** Whether the instruction is free (folded or costless); costs beyond InstrCost added. */
    private boolean visit(Instruction i) {
      if (i instanceof PhiInst phi) {
        visitPhi(phi);
        return true;
      }
      if (i instanceof AllocaInst a) {
        return visitAlloca(a);
      }
      if (i instanceof LoadInst l) {
        return visitLoad(l);
      }
      if (i instanceof StoreInst s) {
        if (sroaArgs.contains(s.pointer()) && !s.isVolatile() && !s.isAtomic()) {
          return true;
        }
        disableLoadElimination();
        return false;
      }
      if (i instanceof CallBase c) {
        return visitCall(c);
      }
      if (i instanceof BranchInst br) {
        return !br.isConditional() || constant(br.condition()) instanceof ConstantInt;
      }
      if (i instanceof SwitchInst sw) {
        if (constant(sw.condition()) instanceof ConstantInt) {
          return true;
        }
        cost += switchCost(sw);
        return false;
      }
      if (i instanceof ReturnInst) {
        boolean free = !hasReturn;
        hasReturn = true;
        return free;
      }
      switch (i.opcode()) {
        case UNREACHABLE, EXTRACTVALUE, FREEZE -> {
          return true;
        }
        case INDIRECTBR -> {
          fail("indirect branch", i);
          return false;
        }
        default -> { }
      }
      if (fold(i)) {
        return true;
      }
      if (i instanceof GetElementPtrInst gep) {
        propagateSroa(gep);
        return CodeSize.isFreeGep(gep, this::constant);
      }
      if (i instanceof CastInst cast) {
        propagateSroa(cast);
        return CodeSize.isFreeCast(cast);
      }
      if (i instanceof CmpInst cmp) {
        return foldNullCompare(cmp);
      }
      return false;
    }

    private boolean fold(Instruction i) {
      if (!(i instanceof BinaryOperator || i instanceof CastInst || i instanceof CmpInst
          || i.opcode() == dev.irscope.ir.Opcode.SELECT)) {
        return false;
      }
      Value v = ConstantFolding.fold(i, this::constantOrSelf);
      if (v instanceof Constant c) {
        simplified.put(i, c);
        return true;
      }
      return v != null; // a select on a constant condition
    }

    private Value constantOrSelf(Value v) {
      Constant c = constant(v);
      return c == null ? v : c;
    }

    private Constant constant(Value v) {
      return v instanceof Constant c ? c : simplified.get(v);
    }

    private boolean allConstant(List<Value> values) {
      for (Value v : values) {
        if (constant(v) == null) {
          return false;
        }
      }
      return true;
    }

    private void propagateSroa(Instruction i) {
      if (sroaArgs.contains(i.operand(0))) {
        sroaArgs.add(i);
        nonNullArgs.add(i);
      }
    }

    /** icmp eq/ne of an argument known non-null (call site nonnull, caller alloca) and null. */
    private boolean foldNullCompare(CmpInst cmp) {
      boolean eq = cmp.predicate().equals("eq");
      if ((eq || cmp.predicate().equals("ne")) && nonNullArgs.contains(cmp.operand(0))
          && cmp.operand(1) instanceof ConstantKeyword k && k.isNullValue()) {
        simplified.put(cmp, eq ? ConstantInt.getFalse() : ConstantInt.getTrue());
        return true;
      }
      return false;
    }

    private void visitPhi(PhiInst phi) {
      Constant first = null;
      for (int k = 0; k < phi.numIncoming(); k++) {
        BasicBlock pred = phi.incomingBlock(k);
        BasicBlock known = knownSuccessor.get(pred);
        if (dead.contains(pred) || (known != null && known != phi.parent())
            || phi.incomingValue(k) == phi) {
          continue;
        }
        Constant c = constant(phi.incomingValue(k));
        if (c == null || (first != null && c != first)) {
          return;
        }
        first = c;
      }
      if (first != null) {
        simplified.put(phi, first);
      }
    }

    private boolean visitAlloca(AllocaInst a) {
      boolean staticSize = constant(a.arraySize()) instanceof ConstantInt;
      if (!staticSize || a.parent() != callee.entryBlock() || a.isInalloca()) {
        fail("dynamic alloca", a);
        return false;
      }
      long n = ((ConstantInt) constant(a.arraySize())).longValue();
      allocatedSize += TypeSizes.LAYOUT.allocSize(a.allocatedType()) * Math.max(n, 0);
      return false;
    }

    private boolean visitLoad(LoadInst l) {
      boolean simple = !l.isVolatile() && !l.isAtomic();
      if (sroaArgs.contains(l.pointer()) && simple) {
        return true;
      }
      boolean unordered = !l.isVolatile() && !l.ordering().isMonotonicOrStronger();
      if (loadEliminationEnabled && !loadedAddresses.add(l.pointer()) && unordered) {
        loadElimination += INSTR_COST;
        return true;
      }
      return false;
    }

    private void disableLoadElimination() {
      if (loadEliminationEnabled) {
        cost += loadElimination;
        loadElimination = 0;
        loadEliminationEnabled = false;
      }
    }

    private boolean visitCall(CallBase c) {
      boolean returnsTwice = c.fnAttributes().has("returns_twice")
          || (c.calledFunction() != null
              && c.calledFunction().fnAttributes().has("returns_twice"));
      if (returnsTwice && !callee.fnAttributes().has("returns_twice")) {
        fail("exposes returns twice", c);
        return false;
      }
      Function f = c.calledFunction();
      boolean writes = !calls.memoryEffects(c).onlyReadsMemory();
      if (f == null) {
        cost += c.numArgs() * INSTR_COST;
        if (writes) {
          disableLoadElimination();
        }
        return false;
      }
      if (f.isIntrinsic()) {
        return visitIntrinsic(c, f, writes);
      }
      if (f == callee) {
        fail("recursive", c);
        return false;
      }
      cost += c.numArgs() * INSTR_COST + CALL_PENALTY;
      if (writes) {
        disableLoadElimination();
      }
      return false;
    }

    private boolean visitIntrinsic(CallBase c, Function f, boolean writes) {
      String n = f.name();
      if (Intrinsics.isMemIntrinsic(c)) {
        disableLoadElimination();
        return false;
      }
      for (String bad : List.of("llvm.localescape", "llvm.icall.branch.funnel")) {
        if (Intrinsics.isIntrinsic(c, bad)) {
          fail("uninlinable intrinsic", c);
          return false;
        }
      }
      if (Intrinsics.isIntrinsic(c, "llvm.va_start")) {
        fail("varargs", c);
        return false;
      }
      if (CodeSize.isFreeIntrinsic(n)) {
        return true;
      }
      if (writes && !Intrinsics.isIntrinsic(c, "llvm.assume")) {
        disableLoadElimination();
      }
      return false;
    }

    /** The cost of lowering a switch (onFinalizeSwitch): jump table or compare tree. */
    private static int switchCost(SwitchInst sw) {
      int cases = sw.numCases();
      boolean defaultUnreachable = sw.defaultDest().instructions().size() == 1
          && sw.defaultDest().terminator() instanceof UnreachableInst;
      java.math.BigInteger min = null;
      java.math.BigInteger max = null;
      for (int k = 0; k < cases; k++) {
        if (sw.operand(2 + 2 * k) instanceof ConstantInt c) {
          min = min == null || c.bigValue().compareTo(min) < 0 ? c.bigValue() : min;
          max = max == null || c.bigValue().compareTo(max) > 0 ? c.bigValue() : max;
        }
      }
      if (cases >= 4 && min != null) {
        long range = max.subtract(min).longValue() + 1;
        if (range > 0 && range <= 10L * cases) {
          return (int) Math.min(Integer.MAX_VALUE / 2, range * INSTR_COST + 2 * INSTR_COST
              + (defaultUnreachable ? 0 : 2 * INSTR_COST));
        }
      }
      if (cases <= 3) {
        return (cases - (defaultUnreachable ? 1 : 0)) * 2 * INSTR_COST;
      }
      return (3 * cases / 2 - 1) * 2 * INSTR_COST;
    }

    private BasicBlock foldedSuccessor(Instruction t) {
      if (t instanceof BranchInst br && br.isConditional()
          && constant(br.condition()) instanceof ConstantInt c) {
        return (BasicBlock) br.operand(c.isZero() ? 2 : 1);
      }
      if (t instanceof SwitchInst sw && constant(sw.condition()) instanceof ConstantInt c) {
        return sw.destinationFor(c);
      }
      return null;
    }

    /** CallAnalyzer::findDeadBlocks: successors of b other than next lose their live edges. */
    private void markDead(BasicBlock b, BasicBlock next) {
      List<BasicBlock> work = new ArrayList<>();
      for (BasicBlock s : b.successors()) {
        if (s != next && isNewlyDead(s)) {
          work.add(s);
        }
      }
      while (!work.isEmpty()) {
        BasicBlock d = work.remove(work.size() - 1);
        if (dead.add(d)) {
          for (BasicBlock s : d.successors()) {
            if (isNewlyDead(s)) {
              work.add(s);
            }
          }
        }
      }
    }

    private boolean isNewlyDead(BasicBlock b) {
      if (dead.contains(b)) {
        return false;
      }
      for (BasicBlock p : cfg.predecessors(b)) {
        BasicBlock known = knownSuccessor.get(p);
        if (!dead.contains(p) && (known == null || known == b)) {
          return false;
        }
      }
      return true;
    }

    private void fail(String reason, Instruction at) {
      if (never == null) {
        never = reason;
        neverAt = at;
      }
    }
  }

  static boolean isDebugIntrinsic(Instruction i) {
    return i instanceof CallBase c && c.calledFunction() != null
        && (c.calledFunction().name().startsWith("llvm.dbg.")
            || c.calledFunction().name().startsWith("llvm.pseudoprobe"));
  }
}
