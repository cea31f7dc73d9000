// Cfg: deduplicated successor and predecessor lists in LLVM order, reachability, orders.
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import org.junit.jupiter.api.Test;

class CfgTest {
  private static final String DIAMOND = """
      define void @f(i32 %x) {
      entry:
        switch i32 %x, label %b [ i32 0, label %a
                                  i32 1, label %a ]
      a:
        br label %join
      b:
        br label %join
      join:
        br i1 true, label %join, label %done
      done:
        ret void
      dead:
        br label %join
      }
      """;

  @Test
  void successorsAreDeduplicatedInTerminatorOrder() {
    Function f = Ir.function(DIAMOND);
    Cfg cfg = Cfg.of(f);
    assertThat(cfg.successors(Ir.block(f, "entry")))
        .containsExactly(Ir.block(f, "b"), Ir.block(f, "a")).inOrder();
    assertThat(Cfg.rawSuccessors(Ir.block(f, "entry"))).hasSize(3);
  }

  @Test
  void predecessorsAreInBlockOrder() {
    Function f = Ir.function(DIAMOND);
    Cfg cfg = Cfg.of(f);
    assertThat(cfg.predecessors(Ir.block(f, "join"))).containsExactly(Ir.block(f, "a"),
        Ir.block(f, "b"), Ir.block(f, "join"), Ir.block(f, "dead")).inOrder();
  }

  @Test
  void unreachableBlocksHaveNoRpoNumber() {
    Function f = Ir.function(DIAMOND);
    Cfg cfg = Cfg.of(f);
    BasicBlock dead = Ir.block(f, "dead");
    assertThat(cfg.isReachable(dead)).isFalse();
    assertThat(cfg.rpoNumber(dead)).isEqualTo(-1);
    assertThat(cfg.reachable()).hasSize(5);
    assertThat(cfg.reversePostOrder().get(0)).isSameInstanceAs(f.entryBlock());
    assertThat(cfg.exits()).containsExactly(Ir.block(f, "done"));
  }

  @Test
  void selfLoopIsABackEdge() {
    Function f = Ir.function(DIAMOND);
    Cfg cfg = Cfg.of(f);
    BasicBlock join = Ir.block(f, "join");
    assertThat(cfg.hasBackEdge()).isTrue();
    assertThat(cfg.isBackEdge(join, join)).isTrue();
    assertThat(cfg.isBackEdge(Ir.block(f, "a"), join)).isFalse();
  }
}
