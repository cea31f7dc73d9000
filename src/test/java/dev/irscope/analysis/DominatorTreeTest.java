// DominatorTree and PostDominatorTree: idoms, children order, LLVM's query rules, DFS numbers,
// post-dominator roots for exits and for infinite loops.
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.InvokeInst;
import java.util.List;
import org.junit.jupiter.api.Test;

class DominatorTreeTest {
  private static final String LOOP = """
      define i32 @f(i1 %c) {
      entry:
        br label %h
      h:
        %i = phi i32 [ 0, %entry ], [ %n, %b ]
        br i1 %c, label %b, label %exit
      b:
        %n = add i32 %i, 1
        %m = add i32 %n, 1
        br label %h
      exit:
        ret i32 %i
      dead:
        br label %exit
      }
      """;

  @Test
  void idomsAndChildrenFollowTheCfg() {
    Function f = Ir.function(LOOP);
    DominatorTree dt = DominatorTree.of(f);
    BasicBlock h = Ir.block(f, "h");
    assertThat(dt.idom(h)).isSameInstanceAs(f.entryBlock());
    assertThat(dt.idom(f.entryBlock())).isNull();
    assertThat(dt.children(h)).containsExactly(Ir.block(f, "b"), Ir.block(f, "exit")).inOrder();
    assertThat(dt.roots()).containsExactly(f.entryBlock());
    assertThat(dt.node(Ir.block(f, "b")).level()).isEqualTo(2);
  }

  @Test
  void unreachableBlockIsDominatedByEverythingAndDominatesNothing() {
    Function f = Ir.function(LOOP);
    DominatorTree dt = DominatorTree.of(f);
    BasicBlock dead = Ir.block(f, "dead");
    assertThat(dt.isReachableFromEntry(dead)).isFalse();
    assertThat(dt.dominates(Ir.block(f, "b"), dead)).isTrue();
    assertThat(dt.dominates(dead, Ir.block(f, "exit"))).isFalse();
  }

  @Test
  void dfsNumbersNestAsLlvmNumbersThem() {
    Function f = Ir.function(LOOP);
    DominatorTree dt = DominatorTree.of(f);
    DomTreeNode root = dt.rootNode();
    assertThat(root.dfsIn()).isEqualTo(0);
    assertThat(root.dfsOut()).isEqualTo(7); // 4 nodes: in and out share one counter
    DomTreeNode h = dt.node(Ir.block(f, "h"));
    assertThat(List.of(h.dfsIn(), h.dfsOut())).containsExactly(1, 6).inOrder();
    assertThat(dt.print(true)).contains("[2] %h {1,6} [1]");
  }

  @Test
  void instructionDominanceUsesOrderInOneBlock() {
    Function f = Ir.function(LOOP);
    DominatorTree dt = DominatorTree.of(f);
    List<Instruction> b = Ir.block(f, "b").instructions();
    Instruction phi = Ir.block(f, "h").instructions().get(0);
    assertThat(dt.dominates(b.get(0), b.get(1))).isTrue();
    assertThat(dt.dominates(b.get(1), b.get(0))).isFalse();
    assertThat(dt.dominates(b.get(0), b.get(0))).isFalse();
    assertThat(dt.dominates(phi, b.get(0))).isTrue();
    assertThat(dt.dominates(b.get(0), phi)).isFalse(); // a phi use counts at its block's start
  }

  @Test
  void invokeResultIsAvailableOnlyInTheNormalDestination() {
    Function f = Ir.parse("""
        declare i32 @g()
        declare i32 @__gxx_personality_v0(...)
        define i32 @f() personality ptr @__gxx_personality_v0 {
        entry:
          %r = invoke i32 @g() to label %ok unwind label %lp
        ok:
          ret i32 %r
        lp:
          %x = landingpad { ptr, i32 } cleanup
          ret i32 0
        }
        """).function("f");
    DominatorTree dt = DominatorTree.of(f);
    InvokeInst inv = (InvokeInst) f.entryBlock().instructions().get(0);
    assertThat(dt.dominates(inv, Ir.block(f, "ok"))).isTrue();
    assertThat(dt.dominates(inv, Ir.block(f, "lp"))).isFalse();
    assertThat(dt.dominates(inv, Ir.block(f, "ok").instructions().get(0))).isTrue();
  }

  @Test
  void postDominatorRootsAreTheExits() {
    Function f = Ir.function(LOOP);
    PostDominatorTree pdt = PostDominatorTree.of(f);
    BasicBlock exit = Ir.block(f, "exit");
    assertThat(pdt.roots()).containsExactly(exit);
    assertThat(pdt.rootNode().block()).isNull();
    assertThat(pdt.dominates(exit, f.entryBlock())).isTrue();
    assertThat(pdt.dominates(Ir.block(f, "b"), Ir.block(f, "h"))).isFalse();
    assertThat(pdt.idom(Ir.block(f, "h"))).isSameInstanceAs(exit);
    assertThat(pdt.contains(Ir.block(f, "dead"))).isTrue(); // every block has a node
  }

  @Test
  void infiniteLoopGetsARootAtItsFurthestBlock() {
    Function f = Ir.function("""
        define void @f(i1 %c) {
        entry:
          br i1 %c, label %l1, label %done
        l1:
          br label %l2
        l2:
          br label %l1
        done:
          ret void
        }
        """);
    PostDominatorTree pdt = PostDominatorTree.of(f);
    assertThat(pdt.roots()).containsExactly(Ir.block(f, "done"), Ir.block(f, "l2")).inOrder();
    assertThat(pdt.idom(Ir.block(f, "l1"))).isSameInstanceAs(Ir.block(f, "l2"));
    assertThat(pdt.idom(f.entryBlock())).isNull(); // a child of the virtual exit
  }
}
