// LLVM 19's LoopRotate (LoopRotationUtils' processLoop), which turns a loop that tests its exit
// at the top into one that tests it at the bottom. In rustc's -O3 pipeline it runs in the first
// loop pass manager between two LICMs (LICM without speculation, LoopRotate, LICM with
// speculation, SimpleLoopUnswitch), and it is what lets LICM hoist a read that the unrotated
// loop only reaches after its exit test: once rotated, the first block of the loop runs on every
// iteration, so what it reads is guaranteed to execute.
// Loops are visited as LLVM's loop pass manager visits them (inner loops first, siblings in
// program order); for each:
// 1. simplifyLoopLatch: a latch that only jumps back, whose one predecessor already leaves the
//    loop, and whose instructions are cheap to speculate (at most one add/sub/and/or/xor/shift
//    or getelementptr with constant indices, plus trunc/zext/sext, all safe to speculate) is
//    folded into that predecessor, which becomes the latch ("LatchFolded").
// 2. rotateLoop, when: the loop has more than one block; the header ends in a conditional
//    branch that leaves the loop; there is one latch, and it does not leave the loop (unless step
//    1 just made it, or a header phi is used only by the header's exit block, which rotation
//    frees); the header costs at most 16 (rustc's -O3 runs LoopRotatePass with header
//    duplication, -rotation-max-header-size=16; 0 for a minsize function) by CodeMetrics'
//    code-size count (CodeSize) with no instruction that cannot be duplicated (noduplicate, a
//    token used outside the header) and no convergent call; the loop has a preheader and its
//    exits are dedicated (LoopSimplify form, which LLVM's loop pass manager always provides and
//    irscope does not create: such loops are reported NotRotated). The header's instructions
//    are then copied into the preheader (LoopRotateHeader), which tests the exit once; the
//    header's other successor becomes the new header and the old header, now reached only from
//    the latch, is merged into it: the loop ends with the exit test.
// Not modelled: the deoptimizing-exit rule (canRotateDeoptimizingLatchExit: Rust has no
// llvm.experimental.deoptimize), the LTO pre-link rule (rustc without -C lto is not pre-link),
// -loop-rotate-multi (off by default), loops whose header declares noalias scopes (LLVM clones
// the scopes; irscope leaves such loops alone and says so), and LoopSimplify itself.
// LLVM's LoopRotate emits no remarks; irscope's are Analysis remarks: Rotated, LatchFolded and
// NotRotated (a loop LLVM would rotate but for the header's size or contents, or that irscope
// cannot rotate for want of LoopSimplify form), each naming the instruction that decided.
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.Intrinsics;
import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.PrimitiveType;
import dev.irscope.ir.Type;
import dev.irscope.ir.User;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public final class LoopRotatePass {
  static final String PASS = "loop-rotate";
  /** LLVM's -rotation-max-header-size, as rustc's -O3 pipeline leaves it. */
  static final int MAX_HEADER_SIZE = 16;

  private final CallAttributes calls;
  private final List<PassRemark> out;
  private final Set<Instruction> ephemeral;

  private LoopRotatePass(Function f, CallAttributes calls, List<PassRemark> out) {
    this.calls = calls;
    this.out = out;
    this.ephemeral = CodeSize.ephemeralValues(f, calls);
  }

  /**
   * Rotates the loops of {@code f} in the order LLVM's loop pass manager visits them (inner
   * loops before the loop around them, siblings in program order), appending the remarks to
   * {@code out}.
   */
  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone")) {
      return;
    }
    LoopRotatePass p = new LoopRotatePass(f, calls, out);
    DominatorTree dt = DominatorTree.of(f);
    LoopInfo li = LoopInfo.of(dt);
    // The order is fixed up front, as the pass manager's worklist is; the loops' identities are
    // their headers, which rotating another loop leaves alone.
    List<BasicBlock> headers = new ArrayList<>();
    for (Loop l : visitOrder(li.topLevelLoops(), dt.cfg(), new ArrayList<>())) {
      headers.add(l.header());
    }
    for (BasicBlock h : headers) {
      Loop l = li.getLoopFor(h);
      if (l != null && l.header() == h && p.processLoop(f, l, li) != null) {
        li = LoopInfo.of(f);
      }
    }
  }

  /** The loops in post order of the loop tree, siblings by their headers' program order. */
  private static List<Loop> visitOrder(List<Loop> siblings, Cfg cfg, List<Loop> out) {
    List<Loop> sorted = new ArrayList<>(siblings);
    sorted.sort(java.util.Comparator.comparingInt(l -> cfg.rpoNumber(l.header())));
    for (Loop l : sorted) {
      visitOrder(l.subLoops(), cfg, out);
      out.add(l);
    }
    return out;
  }

  /** Folds the latch and rotates {@code l}; the header after that when anything changed. */
  private BasicBlock processLoop(Function f, Loop l, LoopInfo li) {
    BasicBlock header = l.header();
    MDNode loopId = loopId(l);
    boolean folded = foldLatch(l);
    if (folded) {
      li = LoopInfo.of(f);
      l = li.getLoopFor(header);
    }
    BasicBlock rotated = rotate(l, li, folded);
    BasicBlock now = rotated != null ? rotated : folded ? header : null;
    if (now != null && loopId != null) {
      for (BasicBlock latch : LoopInfo.of(f).getLoopFor(now).latches()) {
        latch.terminator().setAttachment("llvm.loop", loopId);
      }
    }
    return now;
  }

  /** Loop::getLoopID: the self-referential !llvm.loop node all latches carry, or null. */
  private static MDNode loopId(Loop l) {
    MDNode id = null;
    for (BasicBlock latch : l.latches()) {
      if (!(latch.terminator().attachment("llvm.loop") instanceof MDNode md)
          || (id != null && id != md)) {
        return null;
      }
      id = md;
    }
    return id != null && !id.operands().isEmpty() && id.operands().get(0) == id ? id : null;
  }

  // ---- simplifyLoopLatch ------------------------------------------------------------------

  private boolean foldLatch(Loop l) {
    BasicBlock latch = l.latch();
    if (latch == null || !(latch.terminator() instanceof BranchInst jmp) || jmp.isConditional()) {
      return false;
    }
    List<BasicBlock> preds = CfgEdits.predecessors(latch);
    BasicBlock last = preds != null && preds.size() == 1 ? preds.get(0) : null;
    if (last == null || !l.isLoopExiting(last) || !(last.terminator() instanceof BranchInst br)
        || !shouldSpeculate(latch, l)) {
      return false;
    }
    out.add(new PassRemark(Kind.ANALYSIS, PASS, "LatchFolded", latch.parent().name(),
        Place.of(jmp), List.of(Arg.string("folded the loop latch " + latch + " into "
            + last)),
        String.valueOf(latch) + " only " + (latch.instructions().size() == 1 ? "jumps back to the"
            + " header" : "computes what is cheap and safe to run early, then jumps back")
            + ", and its one predecessor " + last + " already tests an exit (" + Place.of(br)
            + "), so " + last + " runs it and becomes the latch",
        Place.of(br)));
    // MergeBlockIntoPredecessor with a predecessor of two successors: the latch's instructions
    // go before %last's branch (its debug records now precede them), the jump and its records go.
    List<Instruction> moved = new ArrayList<>(latch.instructions());
    moved.remove(jmp);
    int at = last.instructions().size() - 1;
    for (Instruction i : moved) {
      latch.remove(i);
      last.insert(at++, i);
    }
    if (!moved.isEmpty()) {
      CfgEdits.prependDebugRecords(moved.get(0), br.takeDebugRecords());
    }
    BasicBlock header = (BasicBlock) jmp.operand(0);
    for (int k = 0; k < br.numOperands(); k++) {
      if (br.operand(k) == latch) {
        br.setOperand(k, header);
      }
    }
    for (PhiInst phi : CfgEdits.phis(header)) {
      for (int k = 0; k < phi.numIncoming(); k++) {
        if (phi.incomingBlock(k) == latch) {
          phi.setIncomingBlock(k, last);
        }
      }
    }
    jmp.dropAllReferences();
    latch.parent().removeBlock(latch);
    return true;
  }

  /** LLVM's shouldSpeculateInstrs: at most one cheap increment and type conversions. */
  private boolean shouldSpeculate(BasicBlock latch, Loop l) {
    boolean multiExit = l.exitingBlocks().size() != 1;
    boolean increment = false;
    LoopSafety safety = new LoopSafety(l, null, calls);
    for (Instruction i : latch.instructions()) {
      if (i.isTerminator()) {
        break;
      }
      if (!safety.isSafeToSpeculate(i)) {
        return false;
      }
      if (InlineCost.isDebugIntrinsic(i)) {
        continue;
      }
      switch (i.opcode()) {
        case TRUNC, ZEXT, SEXT -> { }
        case GETELEMENTPTR, ADD, SUB, AND, OR, XOR, SHL, LSHR, ASHR -> {
          if (i.opcode() == dev.irscope.ir.Opcode.GETELEMENTPTR && !constantIndices(i)) {
            return false;
          }
          dev.irscope.ir.Value iv = !(i.operand(0) instanceof dev.irscope.ir.Constant)
              ? i.operand(0) : !(i.operand(1) instanceof dev.irscope.ir.Constant) ? i.operand(1)
              : null;
          if (iv == null || increment || (multiExit && usedOutside(iv, l))) {
            return false;
          }
          increment = true;
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean constantIndices(Instruction gep) {
    for (int k = 1; k < gep.numOperands(); k++) {
      if (!(gep.operand(k) instanceof dev.irscope.ir.ConstantInt)) {
        return false;
      }
    }
    return true;
  }

  private static boolean usedOutside(dev.irscope.ir.Value v, Loop l) {
    for (User u : v.users()) {
      if (!(u instanceof Instruction ui) || ui.parent() == null || !l.contains(ui)) {
        return true;
      }
    }
    return false;
  }

  // ---- rotateLoop -------------------------------------------------------------------------

  /** Rotates {@code l} when LLVM would; the new header, or null. */
  private BasicBlock rotate(Loop l, LoopInfo li, boolean simplifiedLatch) {
    BasicBlock header = l.header();
    BasicBlock latch = l.latch();
    if (l.blocks().size() == 1 || !(header.terminator() instanceof BranchInst bi)
        || !bi.isConditional() || !l.isLoopExiting(header) || latch == null
        || (l.isLoopExiting(latch) && !simplifiedLatch && !phiFreedByRotation(l, bi))) {
      return null;
    }
    int size = headerSize(l, bi);
    if (size < 0) {
      return null;
    }
    BasicBlock preheader = l.preheader();
    BasicBlock newHeader = l.contains((BasicBlock) bi.operand(1)) ? (BasicBlock) bi.operand(1)
        : (BasicBlock) bi.operand(2);
    String notSimplified = preheader == null ? noPreheader(l)
        : CfgEdits.predecessors(newHeader) == null || CfgEdits.predecessors(newHeader).size() != 1
            ? String.valueOf(newHeader) + ", where the loop goes on after the exit test, is also"
                + " entered from elsewhere in the loop"
            : sharedExit(l);
    if (notSimplified != null) {
      notRotated(l, bi, notSimplified + " (LLVM's loop pass manager puts every loop in"
          + " LoopSimplify form first; irscope does not)", bi);
      return null;
    }
    String function = header.parent().name();
    LoopRotateHeader.Result r = LoopRotateHeader.rotate(l, li, preheader, calls);
    out.add(new PassRemark(Kind.ANALYSIS, PASS, "Rotated", function, r.exitTest(),
        List.of(Arg.string("rotated the loop: its exit test now runs at the end of each"
            + " iteration")), rotatedReason(l, r, size, preheader, latch), r.exitTest()));
    return r.newHeader();
  }

  /**
   * LLVM's profitableToRotateLoopExitingLatch: a header phi used only in the header's exit
   * block, which rotation lets go.
   */
  private static boolean phiFreedByRotation(Loop l, BranchInst bi) {
    BasicBlock exit = l.contains((BasicBlock) bi.operand(1)) ? (BasicBlock) bi.operand(2)
        : (BasicBlock) bi.operand(1);
    for (PhiInst phi : CfgEdits.phis(l.header())) {
      boolean onlyExit = true;
      for (User u : phi.users()) {
        onlyExit &= u instanceof Instruction ui && ui.parent() == exit;
      }
      if (onlyExit) {
        return true;
      }
    }
    return false;
  }

  /**
   * CodeMetrics over the header: its code size, or -1 when something stops rotation (an
   * instruction that cannot be duplicated, a convergent call, a size past the threshold),
   * which is reported.
   */
  private int headerSize(Loop l, BranchInst bi) {
    BasicBlock header = l.header();
    Function f = header.parent();
    int threshold = f.fnAttributes().has("minsize") ? 0 : MAX_HEADER_SIZE;
    int size = 0;
    Instruction over = null;
    for (Instruction i : header.instructions()) {
      if (ephemeral.contains(i)) {
        continue;
      }
      if (i instanceof CallBase c && calls.has(c, "noduplicate")
          || i.type() == PrimitiveType.TOKEN && usedOutside(i, header)) {
        notRotated(l, bi, Place.of(i) + " cannot be duplicated ("
            + (i instanceof CallBase c && calls.has(c, "noduplicate") ? "noduplicate"
                : "a token used outside the header") + "), so the header cannot be copied", i);
        return -1;
      }
      if (i instanceof CallBase c && calls.has(c, "convergent")) {
        notRotated(l, bi, Place.of(i) + " is convergent: copying the header would change"
            + " which threads run it together", i);
        return -1;
      }
      if (i instanceof CallBase c
          && Intrinsics.isIntrinsic(c, "llvm.experimental.noalias.scope.decl")) {
        notRotated(l, bi, Place.of(i) + " declares a noalias scope: LLVM copies the header with"
            + " fresh scopes, which irscope does not model", i);
        return -1;
      }
      size += CodeSize.instructionCost(i);
      if (size > threshold && over == null) {
        over = i;
      }
    }
    if (over != null) {
      notRotated(l, bi, "the header " + header + " costs " + size + ", more than "
          + threshold + (threshold == 0 ? " (@" + f.name() + " is minsize: LoopRotate copies no"
              + " header)" : ", LLVM's -rotation-max-header-size as rustc's -O3 leaves it")
          + "; the limit is passed at " + Place.of(over), over);
      return -1;
    }
    return size;
  }

  private static boolean usedOutside(Instruction i, BasicBlock b) {
    for (User u : i.users()) {
      if (!(u instanceof Instruction ui) || ui.parent() != b) {
        return true;
      }
    }
    return false;
  }

  private static String noPreheader(Loop l) {
    List<String> from = new ArrayList<>();
    List<BasicBlock> preds = CfgEdits.predecessors(l.header());
    for (BasicBlock p : preds == null ? List.<BasicBlock>of() : preds) {
      if (!l.contains(p)) {
        from.add(String.valueOf(p));
      }
    }
    return "the loop has no preheader (" + l.header() + " is entered from "
        + (from.isEmpty() ? "no block" : String.join(", ", from)) + ")";
  }

  /** Why an exit block is not dedicated to the loop, or null when all are. */
  private static String sharedExit(Loop l) {
    for (BasicBlock exit : l.exitBlocks()) {
      List<BasicBlock> preds = CfgEdits.predecessors(exit);
      for (BasicBlock p : preds == null ? List.<BasicBlock>of() : preds) {
        if (!l.contains(p)) {
          return "the exit block " + exit + " is also reached from " + p
              + " outside the loop";
        }
      }
    }
    return null;
  }

  private void notRotated(Loop l, BranchInst bi, String reason, Instruction decidedBy) {
    out.add(new PassRemark(Kind.ANALYSIS, PASS, "NotRotated", l.header().parent().name(),
        Place.of(bi), List.of(Arg.string("loop not rotated")), reason, Place.of(decidedBy)));
  }

  private static String rotatedReason(Loop l, LoopRotateHeader.Result r, int size,
      BasicBlock preheader, BasicBlock latch) {
    return "the header " + l.header() + " ends in the loop's exit test and the latch "
        + latch + " does not; the header costs " + size + " (at most "
        + MAX_HEADER_SIZE + ") and can be copied, so its instructions run once in "
        + preheader + " (" + r.hoisted() + " moved, " + r.copied() + " copied, "
        + r.folded() + " folded away)" + (r.entered() ? ", where the loop is now always entered"
            : ", which tests the exit before entering the loop")
        + ", and " + r.newHeader() + " is the new header: what it runs, runs in every"
        + " iteration, and the exit test ends each iteration in " + r.latch();
  }
}
