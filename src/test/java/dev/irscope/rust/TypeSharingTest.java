// TypeSharing, KnownType and SharedTypes on rustc output: statics and static muts, std cells,
// atomics and locks, raw pointers and frozen references, with debug info and, with lower
// certainty, from the IR alone; the Arc and thread::spawn of the seed article's program.
package dev.irscope.rust;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.Function;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.Module;
import dev.irscope.rust.RecoveredType.Certainty;
import dev.irscope.rust.Sharing.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeSharingTest {
  private static final String DEBUG = "debuginfo/sharing.O3-noprepop.ll";
  private static final String NODEBUG = "debuginfo/sharing.nodebug.ll";

  private static Sharing load(String file, String function, int n) {
    Module m = RustIr.module(file);
    Function f = RustIr.function(m, function);
    return TypeSharing.ofAccess(RustIr.nth(f, LoadInst.class, n), new DebugTypes(m));
  }

  private static Sharing load(String file, String function, String name) {
    Module m = RustIr.module(file);
    Instruction i = RustIr.instruction(RustIr.function(m, function), name);
    return TypeSharing.ofAccess(i, new DebugTypes(m));
  }

  private static GlobalVariable global(String file, String prefix) {
    for (GlobalVariable g : RustIr.module(file).globalVariables()) {
      if (g.name().startsWith(prefix)) {
        return g;
      }
    }
    throw new AssertionError("no global " + prefix);
  }

  @Test
  void staticMutIsAWritableGlobalWithoutInteriorMutability() {
    Sharing flag = load(DEBUG, "sharing::wait_flag", 0);
    assertThat(flag.origin()).isEqualTo(Origin.STATIC_MUT);
    assertThat(flag.certainty()).isEqualTo(Certainty.EXACT);
    assertThat(flag.mayBeWrittenElsewhere()).isTrue();
    assertThat(flag.reasons().get(0)).contains("FLAG is a static mut");
    assertThat(TypeSharing.ofGlobal(global(DEBUG, "_ZN7sharing7COUNTER")).origin())
        .isEqualTo(Origin.STATIC_MUT);
  }

  @Test
  void immutableStaticIsAConstantNobodyWrites() {
    Sharing limit = TypeSharing.ofGlobal(global(DEBUG, "_ZN7sharing5LIMIT"));
    assertThat(limit.origin()).isEqualTo(Origin.STATIC);
    assertThat(limit.mayBeWrittenElsewhere()).isFalse();
  }

  @Test
  void atomicAndLockStaticsHaveInteriorMutabilityThatSynchronizes() {
    for (String name : List.of("_ZN7sharing5READY", "_ZN7sharing4LOCK", "_ZN7sharing4ONCE")) {
      Sharing s = TypeSharing.ofGlobal(global(DEBUG, name));
      assertThat(s.origin()).isEqualTo(Origin.STATIC_INTERIOR_MUTABLE);
      assertThat(s.interiorMutable()).isTrue();
      assertThat(s.synchronizedByStdType()).isTrue();
    }
    assertThat(TypeSharing.ofGlobal(global(DEBUG, "_ZN7sharing4LOCK")).known())
        .isEqualTo(KnownType.MUTEX);
    assertThat(TypeSharing.ofGlobal(global(DEBUG, "_ZN7sharing4ONCE")).knownName())
        .isEqualTo("std::sync::once_lock::OnceLock<u32>");
  }

  @Test
  void userTypeAroundAnUnsafeCellIsInteriorMutableAndUnsynchronized() {
    Sharing s = load(DEBUG, "sharing::my_load", "_0");
    assertThat(s.origin()).isEqualTo(Origin.SHARED_REFERENCE);
    assertThat(s.interiorMutable()).isTrue();
    assertThat(s.known()).isEqualTo(KnownType.UNSAFE_CELL);
    assertThat(s.known().isSync()).isFalse();
    assertThat(s.mayBeWrittenElsewhere()).isTrue();
  }

  @Test
  void cellIsInteriorMutableAndNotSync() {
    Sharing s = load(DEBUG, "sharing::cell_get", "_0");
    assertThat(s.known()).isEqualTo(KnownType.CELL);
    assertThat(s.knownName()).isEqualTo("core::cell::Cell<u32>");
    assertThat(s.interiorMutable()).isTrue();
  }

  @Test
  void sharedReferenceToAPlainStructIsFrozen() {
    Sharing s = load(DEBUG, "sharing::nested_b", "_2");
    assertThat(s.origin()).isEqualTo(Origin.SHARED_REFERENCE);
    assertThat(s.interiorMutable()).isFalse();
    assertThat(s.known()).isNull();
    assertThat(s.mayBeWrittenElsewhere()).isFalse();
  }

  @Test
  void rawPointerMayBeWrittenElsewhere() {
    Sharing s = load(DEBUG, "sharing::poll_status", "_2");
    assertThat(s.origin()).isEqualTo(Origin.RAW_POINTER);
    assertThat(s.mayBeWrittenElsewhere()).isTrue();
  }

  @Test
  void atomicFieldOfAUserStructIsKnownAsAtomic() {
    Module m = RustIr.module(DEBUG);
    Function f = RustIr.function(m, "sharing::shared_hits");
    Sharing s = TypeSharing.of(new DebugTypes(m).pointee(RustIr.instruction(f, "_5")));
    assertThat(s.known()).isEqualTo(KnownType.ATOMIC);
    assertThat(s.knownName()).isEqualTo("core::sync::atomic::AtomicUsize");
    assertThat(s.interiorMutable()).isTrue();
  }

  @Test
  void withoutDebugInfoParameterAttributesTellReferencesFromRawPointers() {
    Sharing frozen = load(NODEBUG, "sharing::nested_b", "_2");
    assertThat(frozen.certainty()).isEqualTo(Certainty.IR_ONLY);
    assertThat(frozen.origin()).isEqualTo(Origin.SHARED_REFERENCE);
    assertThat(frozen.interiorMutable()).isFalse();
    Sharing cell = load(NODEBUG, "sharing::my_load", "_0");
    assertThat(cell.origin()).isEqualTo(Origin.SHARED_REFERENCE);
    assertThat(cell.interiorMutable()).isTrue();
    assertThat(load(NODEBUG, "sharing::poll_status", "_2").origin())
        .isEqualTo(Origin.RAW_POINTER);
  }

  @Test
  void withoutDebugInfoGlobalsAreJudgedByHowTheyAreWritten() {
    Sharing flag = load(NODEBUG, "sharing::wait_flag", 0);
    assertThat(flag.origin()).isEqualTo(Origin.STATIC_MUT);
    assertThat(flag.certainty()).isEqualTo(Certainty.IR_ONLY);
    assertThat(TypeSharing.ofGlobal(global(NODEBUG, "_ZN7sharing5LIMIT")).origin())
        .isEqualTo(Origin.STATIC);
    assertThat(TypeSharing.ofGlobal(global(NODEBUG, "_ZN7sharing5READY")).origin())
        .isEqualTo(Origin.STATIC_INTERIOR_MUTABLE);
  }

  @Test
  void knownTypesFollowStdDocumentation() {
    assertThat(KnownType.ofName("core::cell::RefCell")).isEqualTo(KnownType.REF_CELL);
    assertThat(KnownType.ofName("core::sync::atomic::AtomicBool")).isEqualTo(KnownType.ATOMIC);
    assertThat(KnownType.ofName("std::sync::poison::mutex::Mutex")).isEqualTo(KnownType.MUTEX);
    assertThat(KnownType.ofName("std::sync::poison::rwlock::RwLock").synchronizes()).isTrue();
    assertThat(KnownType.ofName("std::sync::poison::condvar::Condvar"))
        .isEqualTo(KnownType.CONDVAR);
    assertThat(KnownType.ofName("core::cell::SyncUnsafeCell").synchronizes()).isFalse();
    assertThat(KnownType.ofName("std::sys::sync::mutex::futex::Mutex")).isNull();
    assertThat(KnownType.ofName("custom::Mutex")).isNull();
  }

  @Test
  void arcAndSpawnedClosuresShareTheUserAtomic() {
    Module m = RustIr.module("unsafecell_atomic.O3-noprepop.ll");
    SharedTypes shared = SharedTypes.of(m);
    assertThat(shared.reasons()).containsKey("unsafecell_atomic::AtomicUsize");
    assertThat(shared.reasons().get("unsafecell_atomic::AtomicUsize")).contains("Arc");
    Function reader = RustIr.function(m, "unsafecell_atomic::reader");
    RecoveredType r = new DebugTypes(m).access(RustIr.instruction(reader, "_2"));
    assertThat(shared.reasonOnPath(r)).startsWith("unsafecell_atomic::AtomicUsize is shared");
  }

  @Test
  void userPatternsDeclareTypesShared() {
    Module m = RustIr.module(DEBUG);
    SharedTypes shared = SharedTypes.of(m);
    Function f = RustIr.function(m, "sharing::my_load");
    RecoveredType r = new DebugTypes(m).access(RustIr.instruction(f, "_0"));
    assertThat(shared.reasonOnPath(r)).isNull();
    assertThat(shared.reasons()).containsKey("core::sync::atomic::AtomicBool");
    assertThat(shared.reasons()).doesNotContainKey("bool");
    assertThat(shared.withPatterns(List.of("sharing::My*")).reasonOnPath(r))
        .isEqualTo("sharing::MyAtomic is shared between threads: the user declared it shared"
            + " (--sync-type sharing::My*)");
    assertThat(shared.withPatterns(List.of("MyAtomic")).reasonOnPath(r)).isNotNull();
  }

  @Test
  void seedProgramsReadTheirSharedStateThroughKnownTypes() {
    Sharing mutex = load("mutex.O3.ll", "mutex::reader", "_2");
    assertThat(mutex.known()).isEqualTo(KnownType.MUTEX);
    assertThat(mutex.synchronizedByStdType()).isTrue();
    Sharing atomic = load("std_atomic_relaxed.O3.ll", "std_atomic_relaxed::reader", 0);
    assertThat(atomic.known()).isEqualTo(KnownType.ATOMIC);
    assertThat(atomic.knownName()).isEqualTo("core::sync::atomic::AtomicUsize");
    Sharing cell = load("cell_get_twice.O3-noprepop.ll", "cell_get_twice::cell_test", "first");
    assertThat(cell.known()).isEqualTo(KnownType.CELL);
    Sharing volatileCell = load("volatile_cell.O3.ll", "volatile_cell::reader", 0);
    assertThat(volatileCell.origin()).isEqualTo(Origin.SHARED_REFERENCE);
    assertThat(volatileCell.interiorMutable()).isTrue();
    assertThat(volatileCell.known()).isEqualTo(KnownType.UNSAFE_CELL);
  }

  @Test
  void seedProgramsWithoutDebugInfoFallBackToTheIr() {
    Sharing load = load("unsafecell_atomic.O0.ll", "unsafecell_atomic::AtomicUsize::load", 0);
    assertThat(load.certainty()).isEqualTo(Certainty.IR_ONLY);
    assertThat(load.origin()).isEqualTo(Origin.UNKNOWN);
    assertThat(load.reasons().get(0)).contains("opt-level=0");
    Sharing spill = load("volatile_cell.O3-noprepop.ll", "volatile_cell::reader", "_2");
    assertThat(spill.origin()).isEqualTo(Origin.LOCAL);
  }
}
