// The i8 that rustc passes to core::sync::atomic::atomic_load and fence is the discriminant of
// core::sync::atomic::Ordering, declared Relaxed, Release, Acquire, AcqRel, SeqCst: checked
// against rustc's own debug info for the enum (its DIEnumerators) and against the body of
// atomic_load in the same module (the switch case for each value does a `load atomic` with the
// matching LLVM ordering).
package dev.irscope.lint;

import static com.google.common.truth.Truth.assertThat;

import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.Module;
import dev.irscope.parse.Corpus;
import dev.irscope.parse.IrParser;
import dev.irscope.parse.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AtomicCallsTest {
  static final Map<String, AtomicOrdering> RUST_NAMES = Map.of("Relaxed",
      AtomicOrdering.MONOTONIC, "Release", AtomicOrdering.RELEASE, "Acquire",
      AtomicOrdering.ACQUIRE, "AcqRel", AtomicOrdering.ACQ_REL, "SeqCst", AtomicOrdering.SEQ_CST);

  @Test
  void orderingDiscriminantsMatchRustcsDebugInfo() throws Exception {
    Module m = parse("testdata/rust/static_flags.O3-noprepop.ll");
    Map<Long, String> enumerators = new TreeMap<>();
    for (MDNode n : m.metadata().values()) {
      if ("DICompositeType".equals(n.kind()) && "Ordering".equals(n.stringField("name"))
          && "atomic".equals(n.nodeField("scope").stringField("name"))) {
        for (Metadata e : n.nodeField("elements").operands()) {
          MDNode en = (MDNode) e;
          enumerators.put(en.intField("value", -1), en.stringField("name"));
        }
      }
    }
    assertThat(enumerators.keySet()).containsExactly(0L, 1L, 2L, 3L, 4L).inOrder();
    for (Map.Entry<Long, String> e : enumerators.entrySet()) {
      assertThat(AtomicCalls.RUST_ORDERINGS.get(e.getKey().intValue()))
          .isEqualTo(RUST_NAMES.get(e.getValue()));
    }
  }

  @Test
  void callOrderingIsReadFromAtomicLoadsBody() throws Exception {
    Module m = parse("testdata/rust/publish.O3-noprepop.ll");
    List<AtomicOrdering> seen = new java.util.ArrayList<>();
    for (String name : List.of("_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E",
        "_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E")) {
      Function f = m.function(name);
      for (Instruction i : f.instructions()) {
        if (AtomicCalls.isAtomicLoadCall(i)) {
          assertThat(((CallBase) i).calledFunction().isDeclaration()).isFalse();
          seen.add(AtomicCalls.loadOrdering(i));
        }
      }
    }
    assertThat(seen).containsExactly(AtomicOrdering.MONOTONIC, AtomicOrdering.ACQUIRE).inOrder();
  }

  private static Module parse(String file) throws Exception {
    Path p = Corpus.projectDir().resolve(file);
    return IrParser.parse(new SourceText(p.toString(), Files.readAllBytes(p))).module();
  }
}
