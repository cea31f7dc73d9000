// MemoryEffectsAnalysis through its API: which instructions are listed, and how callees'
// attributes are read (as declared here; the command line substitutes LLVM's intrinsic table,
// which testdata/analysis/memory-calls.ll covers).
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.MemoryEffects.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryEffectsAnalysisTest {
  private static final String MODULE = """
      declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
      declare i32 @pure(i32) memory(none)
      define void @f(ptr %d, ptr %s) {
        %x = alloca i32
        %a = add i32 1, 2
        %r = call i32 @pure(i32 %a)
        store i32 %r, ptr %x
        call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 4, i1 false)
        ret void
      }
      """;

  @Test
  void listsMemoryInstructionsAndEveryCallOnly() {
    Function f = Ir.parse(MODULE).function("f");
    List<MemoryEffectsAnalysis.Access> accesses =
        MemoryEffectsAnalysis.of(f, CalleeAttributes.DECLARED).accesses();
    assertThat(accesses.stream().map(a -> a.inst().opcode().spelling()).toList())
        .containsExactly("call", "store", "call").inOrder();
  }

  @Test
  void negativeAnIntrinsicReadAsDeclaredWithoutAttributesMayDoAnything() {
    Function f = Ir.parse(MODULE).function("f");
    MemoryEffectsAnalysis.Access memcpy =
        MemoryEffectsAnalysis.of(f, CalleeAttributes.DECLARED).accesses().get(2);
    assertThat(memcpy.call().effects()).isEqualTo(MemoryEffects.unknown());
    assertThat(memcpy.call().derivation()).contains("(declaration, none stated)");
    assertThat(memcpy.args().get(0).modRef()).isEqualTo(MemoryEffects.READWRITE);
    assertThat(memcpy.args().get(0).size()).isEqualTo("4");
  }

  @Test
  void positiveAStoreToAnAllocaCountsAsNoLocation() {
    Function f = Ir.parse(MODULE).function("f");
    MemoryEffectsAnalysis.Access store =
        MemoryEffectsAnalysis.of(f, CalleeAttributes.DECLARED).accesses().get(1);
    assertThat(store.modRef()).isEqualTo(MemoryEffects.WRITE);
    assertThat(store.pointer().locations()).isEmpty();
    assertThat(store.pointer().objects()).containsExactly(f.entryBlock().instructions().get(0));
  }

  @Test
  void positiveAnArgumentIsArgmem() {
    assertThat(MemoryEffectsAnalysis.locations(Ir.parse(MODULE).function("f").argument(0)))
        .containsExactly(Location.ARGMEM);
  }
}
