// LoopInfo and Loop: nesting, block order, latches, exits, preheader, lookups.
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Function;
import org.junit.jupiter.api.Test;

class LoopInfoTest {
  private static final String NESTED = """
      define void @f(i1 %c) {
      entry:
        br label %outer
      outer:
        br label %inner
      inner:
        br i1 %c, label %inner, label %latch
      latch:
        br i1 %c, label %outer, label %exit
      exit:
        ret void
      }
      """;

  @Test
  void nestedLoopsHaveParentsAndDepths() {
    Function f = Ir.function(NESTED);
    LoopInfo li = LoopInfo.of(f);
    assertThat(li.topLevelLoops()).hasSize(1);
    Loop outer = li.topLevelLoops().get(0);
    Loop inner = li.getLoopFor(Ir.block(f, "inner"));
    assertThat(outer.header()).isSameInstanceAs(Ir.block(f, "outer"));
    assertThat(inner.parent()).isSameInstanceAs(outer);
    assertThat(outer.subLoops()).containsExactly(inner);
    assertThat(inner.depth()).isEqualTo(2);
    assertThat(li.getLoopDepth(Ir.block(f, "latch"))).isEqualTo(1);
    assertThat(li.getLoopFor(Ir.block(f, "exit"))).isNull();
    assertThat(outer.contains(inner)).isTrue();
    assertThat(li.loopsInPreorder()).containsExactly(outer, inner).inOrder();
  }

  @Test
  void blocksStartWithTheHeaderThenFollowReversePostOrder() {
    Function f = Ir.function(NESTED);
    Loop outer = LoopInfo.of(f).topLevelLoops().get(0);
    assertThat(outer.blocks()).containsExactly(Ir.block(f, "outer"), Ir.block(f, "inner"),
        Ir.block(f, "latch")).inOrder();
  }

  @Test
  void latchesExitsAndPreheader() {
    Function f = Ir.function(NESTED);
    Loop outer = LoopInfo.of(f).topLevelLoops().get(0);
    assertThat(outer.latches()).containsExactly(Ir.block(f, "latch"));
    assertThat(outer.exitingBlocks()).containsExactly(Ir.block(f, "latch"));
    assertThat(outer.exitBlocks()).containsExactly(Ir.block(f, "exit"));
    assertThat(outer.preheader()).isSameInstanceAs(f.entryBlock());
    assertThat(outer.contains(Ir.block(f, "inner").instructions().get(0))).isTrue();
  }

  @Test
  void noPreheaderWhenThePredecessorBranchesElsewhereToo() {
    Function f = Ir.function("""
        define void @f(i1 %c) {
        entry:
          br i1 %c, label %h, label %exit
        h:
          br i1 %c, label %h, label %exit
        exit:
          ret void
        }
        """);
    Loop l = LoopInfo.of(f).topLevelLoops().get(0);
    assertThat(l.loopPredecessor()).isSameInstanceAs(f.entryBlock());
    assertThat(l.preheader()).isNull();
    assertThat(l.latch()).isSameInstanceAs(Ir.block(f, "h"));
  }

  @Test
  void irreducibleCycleIsNoLoop() {
    Function f = Ir.function("""
        define void @f(i1 %c) {
        entry:
          br i1 %c, label %a, label %b
        a:
          br label %b
        b:
          br label %a
        }
        """);
    assertThat(LoopInfo.of(f).topLevelLoops()).isEmpty();
    assertThat(Cfg.of(f).hasBackEdge()).isTrue();
  }
}
