// irscope print-analysis as a user meets it: an unknown mode is a usage error, an unknown
// --function an input error naming it; memory reads intrinsics with LLVM's table.
package dev.irscope.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrintAnalysisCommandTest extends CommandTest {

  private String file() throws Exception {
    Path p = dir.resolve("a.ll");
    Files.writeString(p, "declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)\n"
        + "define void @f(ptr %p) {\n"
        + "  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 8, i1 false)\n  ret void\n}\n");
    return p.toString();
  }

  @Test
  void unknownFunctionIsAnInputErrorNamingIt() throws Exception {
    assertThat(run("print-analysis", "memory", "--function", "g", file()))
        .isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("a.ll: error: no function named @g");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void declarationIsNotAFunctionWithABody() throws Exception {
    assertThat(run("print-analysis", "memory", "--function", "llvm.memset.p0.i64", file()))
        .isEqualTo(Main.INPUT_ERROR);
    assertThat(err.toString()).contains("no function named @llvm.memset.p0.i64 with a body");
  }

  @Test
  void unknownModeIsAUsageErrorListingTheModes() throws Exception {
    assertThat(run("print-analysis", "memssa", file())).isEqualTo(Main.USAGE_ERROR);
    assertThat(err.toString()).contains("memory");
  }

  @Test
  void memoryReadsIntrinsicsWithLlvmsTable() throws Exception {
    assertThat(run("print-analysis", "memory", file())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("Mod; memory(argmem: write) from callee "
        + "memory(argmem: write) (LLVM 22 intrinsic table)");
    assertThat(out.toString()).contains("arg 0: Mod; loc argmem; object %p (argument 0); size 8");
  }
}
