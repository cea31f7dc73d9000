// What a loop became after the passes, in one sentence: deleted, gone, never left once entered
// (with the condition under which it is entered: "when `%_2` is 0 on entry, `bb1` branches to
// itself forever"), or still a loop that can exit. The loop is named by its header block as it
// was before the passes; the function is read as the passes left it.
package dev.irscope.transform;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CmpInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Function;
import dev.irscope.ir.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public record LoopEndState(Kind kind, String header, String sentence) {
  /** The kinds of end state. */
  public enum Kind {
    /** LoopDeletion removed it. */
    DELETED,
    /** No loop is left at its header (its back edge was folded away). */
    GONE,
    /** Once entered, the loop never exits. */
    INFINITE,
    /** The loop can still exit. */
    EXITS
  }

  private static final Map<String, String> SAYS = Map.of("eq", "is", "ne", "is not",
      "ult", "is below", "ule", "is at most", "ugt", "is above", "uge", "is at least",
      "slt", "is less than", "sle", "is at most (signed)", "sgt", "is greater than",
      "sge", "is at least (signed)");
  private static final Map<String, String> INVERSE = Map.of("eq", "ne", "ne", "eq", "ult", "uge",
      "uge", "ult", "ule", "ugt", "ugt", "ule", "slt", "sge", "sge", "slt", "sle", "sgt", "sgt",
      "sle");

  /**
   * The end state of the loop whose blocks were {@code blocks} (its header first), in {@code f}
   * after the passes. A loop LoopRotate turned has lost its old header (merged into the latch):
   * it is found by the first of its blocks still there.
   */
  public static LoopEndState of(Function f, List<BasicBlock> blocks, boolean deletedByPass) {
    BasicBlock header = blocks.get(0);
    String name = String.valueOf(header);
    if (deletedByPass) {
      return new LoopEndState(Kind.DELETED, name, "LoopDeletion removed the loop at " + name
          + ": the function must make progress and the loop does nothing observable");
    }
    LoopInfo li = LoopInfo.of(f);
    Loop l = header.parent() == f ? li.getLoopFor(header) : null;
    for (int i = 1; l == null && header.parent() != f && i < blocks.size(); i++) {
      l = blocks.get(i).parent() == f ? li.getLoopFor(blocks.get(i)) : null;
      while (l != null && l.parent() != null && blocks.contains(l.parent().header())) {
        l = l.parent();
      }
    }
    if (l == null && header.parent() != f) {
      return new LoopEndState(Kind.GONE, name, "the loop at " + name + " is gone");
    }
    if (l == null) {
      return new LoopEndState(Kind.GONE, name, name + " is no longer in a loop: its back edge"
          + " was folded away");
    }
    String invariantExits = invariantExitConditions(l);
    if (invariantExits != null) {
      return new LoopEndState(Kind.INFINITE, String.valueOf(l.header()), invariantExits
          + "the loop at " + l.header() + " never exits: every exit test is decided"
          + " before the loop (LLVM's non-trivial unswitching then splits the loop into a copy"
          + " that leaves at once and one that branches to itself forever)");
    }
    if (!l.exitBlocks().isEmpty()) {
      return new LoopEndState(Kind.EXITS, String.valueOf(l.header()), "the loop at "
          + l.header() + " can still exit (through "
          + l.exitBlocks().stream().map(String::valueOf).collect(Collectors.joining(", "))
          + ")");
    }
    return new LoopEndState(Kind.INFINITE, String.valueOf(l.header()),
        entryCondition(l) + cycle(l) + " forever");
  }

  /**
   * "when `%c` is 0 and `%d` is true on entry, " when every exit of the loop is a conditional
   * branch on a value computed before the loop (so it stays in the loop for good when those hold
   * on entry), else null.
   */
  private static String invariantExitConditions(Loop l) {
    List<String> conds = new java.util.ArrayList<>();
    for (BasicBlock b : l.exitingBlocks()) {
      if (!(b.terminator() instanceof BranchInst br) || !br.isConditional()
          || !l.isLoopInvariant(br.condition())) {
        return null;
      }
      boolean stayWhenTrue = l.contains((BasicBlock) br.operand(1));
      conds.add(condition(br.condition(), stayWhenTrue));
    }
    return conds.isEmpty() ? null : "when " + String.join(" and ", conds) + " on entry, ";
  }

  private static String cycle(Loop l) {
    List<BasicBlock> blocks = l.blocks();
    String h = "`" + l.header().name() + "`";
    if (blocks.size() == 1) {
      return h + " branches to itself";
    }
    return "the blocks " + blocks.stream().map(b -> "`" + b.name() + "`")
        .collect(Collectors.joining(", ")) + " go round";
  }

  /** "when `%_2` is 0 on entry, " from the branch that enters the loop, or "once entered, ". */
  private static String entryCondition(Loop l) {
    BasicBlock pred = l.loopPredecessor();
    if (pred == null || !(pred.terminator() instanceof BranchInst br) || !br.isConditional()) {
      return "once entered, ";
    }
    return "when " + condition(br.condition(), br.operand(1) == l.header()) + " on entry, ";
  }

  /** "`%_2` is 0": what makes branch condition {@code c} come out {@code whenTrue}. */
  private static String condition(Value c, boolean whenTrue) {
    if (c instanceof CmpInst cmp && SAYS.containsKey(cmp.predicate())) {
      String pred = whenTrue ? cmp.predicate() : INVERSE.get(cmp.predicate());
      return "`" + cmp.operand(0) + "` " + SAYS.get(pred) + " " + value(cmp.operand(1));
    }
    return "`" + c + "` is " + whenTrue;
  }

  private static String value(Value v) {
    if (v instanceof ConstantInt ci) {
      return ci.type().bits() == 1 ? String.valueOf(ci.bigValue().testBit(0))
          : ci.bigValue().toString();
    }
    return "`" + v + "`";
  }
}
