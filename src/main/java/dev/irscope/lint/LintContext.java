// What the rules share while linting one module: the module as rustc emitted it (rules only
// read it), its debug types and the types it shows shared (with the user's --sync-type
// patterns), each function's loops and their polled reads, the sharing facts of each read's
// memory, and, computed once when a rule first asks, what irscope's passes do to the plain
// polled loads of shared memory (LoadFates, on a second parse of the same text).
package dev.irscope.lint;

import dev.irscope.analysis.Loop;
import dev.irscope.analysis.LoopInfo;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Module;
import dev.irscope.ir.Value;
import dev.irscope.parse.SourceText;
import dev.irscope.rust.DebugTypes;
import dev.irscope.rust.SharedTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class LintContext {
  private final SourceText source;
  private final Module module;
  private final LintOptions options;
  private final DebugTypes types;
  private final SharedTypes sharedTypes;
  private final Map<Function, List<Loop>> loops = new HashMap<>();
  private final Map<Loop, List<PolledRead>> polled = new HashMap<>();
  private final Map<Instruction, SharedPlace> places = new HashMap<>();
  private Map<Long, Instruction> byPosition;
  private LoadFates fates;
  private DataLayout layout;

  LintContext(SourceText source, Module module, LintOptions options) {
    this.source = source;
    this.module = module;
    this.options = options;
    this.types = new DebugTypes(module);
    this.sharedTypes = SharedTypes.of(module).withPatterns(options.syncTypes());
  }

  public Module module() {
    return module;
  }

  /** The .ll file's name as given. */
  public String file() {
    return source.name();
  }

  public DebugTypes types() {
    return types;
  }

  public SharedTypes sharedTypes() {
    return sharedTypes;
  }

  /**
   * The loops of {@code f}, inner loops before the loops around them; not the loops of the
   * standard library's own code inlined into it (at full -O3, memchr-like searches of
   * core::str::pattern and hashbrown's probes read through raw pointers): every instruction of
   * such a loop has its debug location in rustc's sources (/rustc/HASH/library/...) or its
   * vendored crates (/rust/deps/...).
   */
  public List<Loop> loops(Function f) {
    return loops.computeIfAbsent(f, fn -> {
      List<Loop> out = new ArrayList<>(LoopInfo.of(fn).loopsInPreorder());
      java.util.Collections.reverse(out);
      out.removeIf(LintContext::isStandardLibraryLoop);
      return List.copyOf(out);
    });
  }

  /** Whether every located instruction of {@code l} is the standard library's code. */
  private static boolean isStandardLibraryLoop(Loop l) {
    boolean located = false;
    for (BasicBlock b : l.blocks()) {
      for (Instruction i : b.instructions()) {
        DILocation loc = i.debugLoc();
        if (loc == null || loc.line() == 0) {
          continue;
        }
        if (!isStandardLibrary(loc)) {
          return false;
        }
        located = true;
      }
    }
    return located;
  }

  /** Whether the innermost scope of {@code loc} is a file of the standard library's sources. */
  static boolean isStandardLibrary(DILocation loc) {
    MDNode file = loc == null ? null : loc.file();
    if (file == null) {
      return false;
    }
    String name = file.stringField("filename");
    String dir = file.stringField("directory");
    return (name != null && name.startsWith("/rustc/"))
        || (dir != null && (dir.startsWith("/rustc/") || dir.startsWith("/rust/deps/")));
  }

  /**
   * The polled reads of all loops of {@code f}, each once, with the innermost loop whose exit it
   * decides, in the order of the loops (inner ones first), then of the reads.
   */
  public List<PolledRead> polled(Function f) {
    Set<Instruction> seen = new java.util.HashSet<>();
    List<PolledRead> out = new ArrayList<>();
    for (Loop l : loops(f)) {
      for (PolledRead r : polled(l)) {
        if (seen.add(r.read())) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** The reads whose value decides whether {@code l} exits. */
  public List<PolledRead> polled(Loop l) {
    return polled.computeIfAbsent(l, PolledReads::of);
  }

  /** The sharing facts of the memory {@code r} reads. */
  public SharedPlace place(PolledRead r) {
    return place(r.read(), r.pointer());
  }

  /** The sharing facts of the memory {@code access} touches through {@code pointer}. */
  public SharedPlace place(Instruction access, Value pointer) {
    return places.computeIfAbsent(access, a -> SharedPlace.of(a, pointer, this));
  }

  /** The instruction at this line and column of the .ll file, or null. */
  public Instruction at(int line, int column) {
    if (byPosition == null) {
      byPosition = new HashMap<>();
      for (Function f : module.functions()) {
        for (Instruction i : f.instructions()) {
          byPosition.put(LoadFates.key(i.line(), i.column()), i);
        }
      }
    }
    return byPosition.get(LoadFates.key(line, column));
  }

  /** Whether {@code r}'s loop itself writes the place {@code r} reads. */
  public boolean loopWrites(PolledRead r) {
    return Places.loopWrites(r.loop(), r.pointer(), layout());
  }

  /** A store to what {@code r} reads, outside its loop, or null when none is known. */
  public Instruction writer(PolledRead r) {
    return Places.writer(r, place(r), this);
  }

  /** The module's data layout. */
  public DataLayout layout() {
    if (layout == null) {
      layout = DataLayout.of(module);
    }
    return layout;
  }

  /** What irscope's passes do to {@code load}, a plain polled load of shared memory. */
  public LoadFates.Fate fate(Instruction load) {
    if (fates == null) {
      Set<String> functions = new LinkedHashSet<>();
      for (Function f : module.functions()) {
        if (!f.isDeclaration() && hasPlainSharedPoll(f)) {
          functions.add(f.name());
        }
      }
      fates = LoadFates.run(source, functions, options.llvm());
    }
    return fates.of(load);
  }

  private boolean hasPlainSharedPoll(Function f) {
    return polled(f).stream()
        .anyMatch(r -> r.kind() == PolledRead.Kind.PLAIN && place(r).shared());
  }
}
