// CallGraph: direct edges, unknown calls, SCCs bottom up with recursion flags.
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Module;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallGraphTest {
  private static final String MODULE = """
      declare void @ext()
      define void @a() {
        call void @b()
        call void @leaf()
        ret void
      }
      define void @b() {
        call void @a()
        ret void
      }
      define void @leaf() {
        call void @ext()
        ret void
      }
      define void @self(ptr %p) {
        call void @self(ptr %p)
        call void %p()
        call void asm sideeffect "nop", ""()
        ret void
      }
      """;

  private static List<String> names(CallGraph.Scc scc) {
    return scc.functions().stream().map(f -> f.name()).toList();
  }

  @Test
  void sccsComeCalleesFirst() {
    Module m = Ir.parse(MODULE);
    List<CallGraph.Scc> sccs = CallGraph.of(m).sccsBottomUp();
    assertThat(sccs.stream().map(CallGraphTest::names).toList()).containsExactly(
        List.of("ext"), List.of("leaf"), List.of("a", "b"), List.of("self")).inOrder();
  }

  @Test
  void recursionIsFlagged() {
    List<CallGraph.Scc> sccs = CallGraph.of(Ir.parse(MODULE)).sccsBottomUp();
    assertThat(sccs.get(1).isRecursive()).isFalse();
    assertThat(sccs.get(2).isRecursive()).isTrue();
    assertThat(sccs.get(2).isSelfRecursive()).isFalse();
    assertThat(sccs.get(3).isSelfRecursive()).isTrue();
  }

  @Test
  void indirectCallsAndInlineAsmAreUnknown() {
    Module m = Ir.parse(MODULE);
    CallGraph cg = CallGraph.of(m);
    assertThat(cg.node(m.function("self")).unknownCalls()).hasSize(2);
    assertThat(cg.node(m.function("a")).hasUnknownCall()).isFalse();
    assertThat(cg.node(m.function("a")).callees())
        .containsExactly(m.function("b"), m.function("leaf")).inOrder();
    assertThat(cg.node(m.function("leaf")).callers()).containsExactly(m.function("a"));
  }

  @Test
  void printsSccsThenEdges() {
    String out = CallGraph.of(Ir.parse(MODULE)).print(f -> true);
    assertThat(out).isEqualTo("""
        scc 0: @ext
        scc 1: @leaf
        scc 2: @a @b (recursive)
        scc 3: @self (recursive)
        @a -> @b @leaf
        @b -> @a
        @leaf -> @ext
        @self -> @self <unknown>
        """);
  }
}
