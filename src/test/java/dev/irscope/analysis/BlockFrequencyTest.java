// BlockFrequency against LLVM: on this function opt-19 -passes='print<block-freq>' prints
// entry 1.0, null 0.00000095367, check 1.0, zero 0.375, loop 32.0, body 31.0, exit 1.0, and for
// an endless loop 4096.0; irscope's static heuristics give the same.
package dev.irscope.analysis;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import org.junit.jupiter.api.Test;

class BlockFrequencyTest {
  private static final String IR = """
      declare void @abort() noreturn
      declare void @g()
      define void @f(ptr %p, i32 %n, i1 %c) {
      entry:
        %isnull = icmp eq ptr %p, null
        br i1 %isnull, label %null, label %check
      null:
        call void @abort()
        unreachable
      check:
        %z = icmp eq i32 %n, 0
        br i1 %z, label %zero, label %loop
      zero:
        call void @g()
        br label %loop
      loop:
        %i = phi i32 [ 0, %check ], [ 0, %zero ], [ %i1, %body ], [ %i1, %body ]
        %i1 = add i32 %i, 1
        %done = icmp eq i32 %i1, %n
        br i1 %done, label %exit, label %body
      body:
        br i1 %c, label %loop, label %loop
      exit:
        ret void
      }
      define void @spin() {
      entry:
        br label %loop
      loop:
        br label %loop
      }
      """;

  @Test
  void staticFrequenciesAreLlvms() {
    Module m = Ir.parse(IR);
    Function f = m.function("f");
    BlockFrequency bf = BlockFrequency.of(f);
    assertThat(bf.relativeToEntry(Ir.block(f, "entry"))).isWithin(1e-9).of(1.0);
    assertThat(bf.relativeToEntry(Ir.block(f, "null"))).isWithin(1e-9).of(0.00000095367);
    assertThat(bf.relativeToEntry(Ir.block(f, "check"))).isWithin(1e-6).of(1.0);
    assertThat(bf.relativeToEntry(Ir.block(f, "zero"))).isWithin(1e-6).of(0.375);
    assertThat(bf.relativeToEntry(Ir.block(f, "loop"))).isWithin(1e-3).of(32.0);
    assertThat(bf.relativeToEntry(Ir.block(f, "body"))).isWithin(1e-3).of(31.0);
    assertThat(bf.relativeToEntry(Ir.block(f, "exit"))).isWithin(1e-6).of(1.0);
    Function spin = m.function("spin");
    assertThat(BlockFrequency.of(spin).relativeToEntry(Ir.block(spin, "loop"))).isEqualTo(4096.0);
  }
}
