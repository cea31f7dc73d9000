// DebugTypes: pointers tied to source variables and walked into fields, on rustc output with
// the three shapes of debug info (spilled at no-prepopulate, #dbg_value when optimized,
// llvm.dbg.* calls as before LLVM 19) and on statics; nothing is recovered without debug info.
package dev.irscope.rust;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Module;
import dev.irscope.rust.RecoveredType.Certainty;
import dev.irscope.rust.RecoveredType.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebugTypesTest {
  private static final String UNSAFECELL = "unsafecell_atomic.O3-noprepop.ll";
  private static final String NOPREPOP = "debuginfo/sharing.O3-noprepop.ll";
  private static final String OPTIMIZED = "debuginfo/sharing.O3.ll";
  private static final String CALLS = "debuginfo/sharing.dbg-calls.ll";
  private static final String NODEBUG = "debuginfo/sharing.nodebug.ll";

  private static RecoveredType load(String file, String function, String load) {
    Module m = RustIr.module(file);
    Function f = RustIr.function(m, function);
    return new DebugTypes(m).access(RustIr.instruction(f, load));
  }

  private static List<String> path(RecoveredType r) {
    return r.path().stream().map(FieldStep::toString).toList();
  }

  @Test
  void readerLoadReadsThroughTheUnsafeCellOfItsParameter() {
    RecoveredType r = load(UNSAFECELL, "unsafecell_atomic::reader", "_2");
    assertThat(r.variable()).isEqualTo("a");
    assertThat(DiTypes.name(r.variableType())).isEqualTo("&unsafecell_atomic::AtomicUsize");
    assertThat(r.pointeeName()).isEqualTo("unsafecell_atomic::AtomicUsize");
    assertThat(path(r)).containsExactly("inner: core::cell::UnsafeCell<usize>", "value: usize")
        .inOrder();
    assertThat(r.evidence()).isEqualTo(Evidence.SPILLED_POINTER);
    assertThat(r.certainty()).isEqualTo(Certainty.EXACT);
    assertThat(r.describe()).isEqualTo("a: &unsafecell_atomic::AtomicUsize, field inner: "
        + "core::cell::UnsafeCell<usize> (then value: usize)");
  }

  @Test
  void nestedFieldsAndArrayElementsAreReachedThroughConstantOffsets() {
    for (String file : List.of(NOPREPOP, OPTIMIZED, CALLS)) {
      RecoveredType b = load(file, "sharing::nested_b", "_2");
      assertThat(b.variable()).isEqualTo("o");
      assertThat(b.pointeeName()).isEqualTo("sharing::Outer");
      assertThat(path(b)).containsExactly("inner: sharing::Inner", "b: u64").inOrder();
      RecoveredType cell = load(file, "sharing::nested_b", "_4");
      assertThat(cell.offset()).isEqualTo(20);
      assertThat(path(cell)).containsExactly("cells: [u16; 4]", "[2]: u16").inOrder();
    }
  }

  @Test
  void optimizedCodeIsTiedByDebugValues() {
    RecoveredType r = load(OPTIMIZED, "sharing::nested_b", "_2");
    assertThat(r.evidence()).isEqualTo(Evidence.DEBUG_VALUE);
    assertThat(r.certainty()).isEqualTo(Certainty.EXACT);
  }

  @Test
  void rawPointerParametersKeepTheirPointerType() {
    RecoveredType data = load(NOPREPOP, "sharing::poll_status", "_0");
    assertThat(DiTypes.name(data.variableType())).isEqualTo("*const sharing::Registers");
    assertThat(DiTypes.isRawPointer(data.variableType())).isTrue();
    assertThat(path(data)).containsExactly("data: u32");
    RecoveredType status = load(NOPREPOP, "sharing::poll_status", "_2");
    assertThat(path(status)).containsExactly("status: u32");
  }

  @Test
  void staticsAreFoundFromTheirGlobal() {
    Module m = RustIr.module(NOPREPOP);
    Function f = RustIr.function(m, "sharing::wait_flag");
    RecoveredType r = new DebugTypes(m).access(RustIr.nth(f, LoadInst.class, 0));
    assertThat(r.variable()).isEqualTo("FLAG");
    assertThat(r.pointeeName()).isEqualTo("bool");
    assertThat(r.evidence()).isEqualTo(Evidence.STATIC);
    GlobalVariable ready = (GlobalVariable) m.global("_ZN7sharing5READY17hdd69ef26855f6cbeE");
    assertThat(ready).isNotNull();
    assertThat(DebugTypes.staticVariable(ready).pointeeName())
        .isEqualTo("core::sync::atomic::AtomicBool");
  }

  @Test
  void theFunctionsOwnVariableWinsOverInlinedOnes() {
    RecoveredType r = load(NOPREPOP, "sharing::my_load", "_0");
    assertThat(r.variable()).isEqualTo("a");
    assertThat(path(r)).containsExactly("inner: core::cell::UnsafeCell<usize>", "value: usize")
        .inOrder();
  }

  @Test
  void pointerWithoutAccessSizeNamesTheFieldItStartsAt() {
    Module m = RustIr.module(NOPREPOP);
    Function f = RustIr.function(m, "sharing::shared_hits");
    RecoveredType r = new DebugTypes(m).pointee(RustIr.instruction(f, "_5"));
    assertThat(r.variable()).isEqualTo("s");
    assertThat(r.offset()).isEqualTo(48);
    assertThat(path(r)).containsExactly("hits: core::sync::atomic::AtomicUsize");
  }

  @Test
  void nothingIsRecoveredWithoutDebugInfo() {
    assertThat(load(NODEBUG, "sharing::nested_b", "_2")).isNull();
  }
}
