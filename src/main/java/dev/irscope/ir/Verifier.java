// The verifier: reports the broken structure that LLVM's parser or verifier would reject, as
// Diagnostics at the place in the .ll text where the offending entity was read.
//
// Scope. Per function: a definition must have blocks; every block ends in its one terminator and
// starts with its phis; each phi names exactly the predecessor blocks (duplicate entries for a
// block are not checked); no local name is defined twice; operands are present, defined (not an
// UndefinedValue) and of the same function; no instruction uses one defined later in its own
// block (there is no dominator tree yet, so uses across blocks are not checked); operand types
// follow LLVM's rules (VerifierTypeRules); atomic orderings and alignments are legal. Per module:
// a global's initializer has the global's value type, and every numbered metadata node that is
// referenced (from instructions, debug records, functions, globals, named metadata or other
// nodes) is defined. Findings come in module order (globals and function bodies, then named and
// numbered metadata), each broken thing once. verify() never throws: rules skip what they cannot
// know (null types), and an instruction that still trips a rule is reported as a warning that it
// could not be checked.
package dev.irscope.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class Verifier {
  private final List<Diagnostic> out = new ArrayList<>();
  /** The metadata walk's work list, reused from walk to walk. */
  private final Deque<Ref> work = new ArrayDeque<>();

  private record Ref(Metadata md, int line, int column) {}
  /** Undefined values already reported, and metadata nodes walked that walkedIds does not hold. */
  private final Set<Object> seen;
  /** Numbered metadata nodes walked already, by id (dense, so a bit set beats a hash set). */
  private final java.util.BitSet walkedIds = new java.util.BitSet();

  private Verifier(int expected) {
    // sized for about as many inline nodes as numbered ones (those go to walkedIds), so the set
    // rarely rehashes
    seen = Collections.newSetFromMap(new IdentityHashMap<>(Math.max(32, expected)));
  }

  /** The problems of {@code m}, in module order; empty when it is well formed. */
  public static List<Diagnostic> verify(Module m) {
    if (m.globalValues().size() >= PARALLEL_MIN && PROCESSORS > 1 && isCleanInParallel(m)) {
      return new ArrayList<>();
    }
    return verifySequentially(m);
  }

  private static final int PARALLEL_MIN = 256;
  private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

  /**
   * Checks the module on every core, each thread with its own verifier taking globals in
   * batches, and one more task walking the module's metadata. Well-formed input, the common
   * case, is then known clean in a fraction of the time; input with any finding is verified
   * again in one thread, so that findings keep module order and each is reported once.
   */
  private static boolean isCleanInParallel(Module m) {
    List<GlobalValue> globals = m.globalValues();
    int batch = 16;
    int tasks = (globals.size() + batch - 1) / batch + 1; // task 0: the module's metadata
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean clean = new java.util.concurrent.atomic.AtomicBoolean(true);
    Runnable worker = () -> {
      Verifier v = new Verifier(64);
      for (int t = next.getAndIncrement(); t < tasks && clean.get(); t = next.getAndIncrement()) {
        try {
          if (t == 0) {
            v.moduleMetadata(m);
          } else {
            for (int k = (t - 1) * batch; k < Math.min(globals.size(), t * batch); k++) {
              v.global(globals.get(k));
            }
          }
        } catch (RuntimeException e) {
          clean.set(false);
        }
        if (!v.out.isEmpty()) {
          clean.set(false);
        }
      }
    };
    Runnable[] workers = new Runnable[PROCESSORS];
    java.util.Arrays.fill(workers, worker);
    Threads.runAll("irscope-verify", 256L << 20, workers);
    return clean.get();
  }

  private static List<Diagnostic> verifySequentially(Module m) {
    Verifier v = new Verifier(m.metadata().size());
    for (GlobalValue g : m.globalValues()) {
      try {
        v.global(g);
      } catch (RuntimeException e) {
        v.out.add(Diagnostic.warning(g.line(), g.column(),
            "could not verify " + safe(g) + ": " + e));
      }
    }
    v.moduleMetadata(m);
    return v.out;
  }

  private void global(GlobalValue g) {
    for (MetadataAttachment a : g.attachments()) {
      metadata(a.node(), g.line(), g.column());
    }
    if (g instanceof GlobalVariable gv) {
      initializer(gv);
    } else if (g instanceof Function f) {
      function(f);
    }
  }

  private void initializer(GlobalVariable g) {
    Constant init = g.initializer();
    Type want = g.valueType();
    if (init != null && want != null && init.type() != null && init.type() != want) {
      error(g.line(), g.column(), "global variable initializer type does not match global "
          + "variable type: " + safe(g) + " is '" + want + "', initializer is '" + init.type()
          + "'");
    }
  }

  private void function(Function f) {
    if (f.blocks().isEmpty()) {
      if (!f.isDeclaration()) {
        error(f.line(), f.column(),
            "function body requires at least one basic block: " + safe(f));
      }
      return;
    }
    duplicateNames(f);
    Map<BasicBlock, Set<BasicBlock>> preds = predecessors(f);
    Map<Instruction, Integer> index = new IdentityHashMap<>();
    Dominance dom = new Dominance(f);
    for (BasicBlock b : f.blocks()) {
      blockShape(b);
      for (int k = 0; k < b.instructions().size(); k++) {
        index.put(b.instructions().get(k), k);
      }
    }
    for (Instruction i : f.instructions()) {
      try {
        operands(i, f, dom.isReachable(i.parent()) ? index : null, dom);
        if (i instanceof PhiInst p) {
          phiEntries(p, f, preds.getOrDefault(p.parent(), Set.of()));
        }
        for (String problem : VerifierTypeRules.check(i, f)) {
          error(i, problem);
        }
        atomics(i);
        List<MetadataAttachment> attachments = i.attachments(); // indexed: no iterator
        for (int k = 0; k < attachments.size(); k++) {
          metadata(attachments.get(k).node(), i.line(), i.column());
        }
        List<DebugRecord> records = i.debugRecords();
        for (int k = 0; k < records.size(); k++) {
          DebugRecord r = records.get(k);
          for (Metadata md : r.args()) {
            metadata(md, r.line(), r.column());
          }
        }
      } catch (RuntimeException e) {
        out.add(Diagnostic.warning(i.line(), i.column(),
            "could not verify instruction (" + e + "): " + describe(i)));
      }
    }
  }

  /** A block ends in a terminator, has no other, and starts with its phis. */
  private void blockShape(BasicBlock b) {
    List<Instruction> insts = b.instructions();
    if (insts.isEmpty() || !insts.get(insts.size() - 1).isTerminator()) {
      error(b.line(), b.column(), "block '" + safe(b) + "' does not end with a terminator");
    }
    boolean pastPhis = false;
    for (int k = 0; k < insts.size(); k++) {
      Instruction i = insts.get(k);
      if (i.isTerminator() && k < insts.size() - 1) {
        error(i, "terminator found in the middle of a basic block");
      }
      if (i instanceof PhiInst && pastPhis) {
        error(i, "phi nodes not grouped at top of basic block");
      }
      pastPhis |= !(i instanceof PhiInst);
    }
  }

  /** Arguments, blocks and instructions share one namespace per function. */
  private void duplicateNames(Function f) {
    Map<String, Value> names = new HashMap<>();
    for (Argument a : f.arguments()) {
      if (a.hasName() && names.putIfAbsent(a.name(), a) != null) {
        error(f.line(), f.column(), redefinition(a));
      }
    }
    for (BasicBlock b : f.blocks()) {
      if (b.hasName() && names.putIfAbsent(b.name(), b) != null) {
        error(b.line(), b.column(), redefinition(b));
      }
      for (Instruction i : b.instructions()) {
        if (i.hasName() && names.putIfAbsent(i.name(), i) != null) {
          error(i, redefinition(i));
        }
      }
    }
  }

  private static String redefinition(Value v) {
    return "multiple definition of local value named '" + v.name() + "'";
  }

  private static Map<BasicBlock, Set<BasicBlock>> predecessors(Function f) {
    Map<BasicBlock, Set<BasicBlock>> preds = new IdentityHashMap<>();
    for (BasicBlock b : f.blocks()) {
      Instruction t = b.terminator();
      for (BasicBlock s : t == null ? List.<BasicBlock>of() : t.successors()) {
        preds.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(b);
      }
    }
    return preds;
  }

  /**
   * Whether definition d dominates its use as operand k of i: for a phi, d must dominate the
   * end of the incoming block; otherwise d's block dominates i's, and within one block d comes
   * first. An invoke's result is only available in its normal destination.
   */
  private static boolean dominatesUse(Instruction d, Instruction i, int k,
      Map<Instruction, Integer> index, Dominance dom) {
    BasicBlock db = d.parent();
    BasicBlock ub = i.parent();
    if (i instanceof PhiInst p) {
      BasicBlock in = p.incomingBlock(k);
      return in == null || !dom.isReachable(in) || dom.dominates(db, in);
    }
    if (d instanceof InvokeInst inv) {
      BasicBlock normal = inv.normalDest();
      return dom.dominates(normal, ub);
    }
    if (db == ub) {
      return index.get(d) < index.get(i);
    }
    return dom.dominates(db, ub);
  }

  /**
   * Operands are present, defined, local to f, and (outside phis, in reachable blocks, when
   * {@code index} is given) defined before use.
   */
  private void operands(Instruction i, Function f, Map<Instruction, Integer> index,
      Dominance dom) {
    for (int k = 0; k < i.numOperands(); k++) {
      Value v = i.operand(k);
      if (v == null) {
        error(i, "operand " + k + " is null");
      } else if (v instanceof UndefinedValue u) {
        undefinedValue(u);
      } else if (v instanceof Argument a && a.parent() != f) {
        error(i, "referring to an argument in another function: " + safe(a));
      } else if (v instanceof BasicBlock b && b.parent() != f) {
        error(i, "referring to a basic block in another function: " + safe(b));
      } else if (v instanceof MetadataAsValue md) {
        metadata(md.metadata(), i.line(), i.column());
      } else if (v instanceof Instruction d) {
        if (d.parent() == null) {
          error(i, "instruction referencing instruction not embedded in a basic block");
        } else if (d.function() != f) {
          error(i, "referring to an instruction in another function: " + safe(d));
        } else if (index != null && !dominatesUse(d, i, k, index, dom)) {
          error(i, "instruction does not dominate all uses: " + describe(d));
        }
      }
    }
  }

  private void undefinedValue(UndefinedValue u) {
    if (seen.add(u)) {
      error(u.line(), u.column(), "use of undefined value '" + safe(u) + "'");
    }
  }

  /** One phi entry per predecessor: no entry from a non-predecessor, none missing. */
  private void phiEntries(PhiInst p, Function f, Set<BasicBlock> preds) {
    Set<BasicBlock> incoming = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int k = 0; k < p.numIncoming(); k++) {
      BasicBlock b = p.incomingBlock(k);
      if (b == null) {
        error(p, "phi incoming block " + k + " is null");
      } else if (b.parent() != f) {
        error(p, "referring to a basic block in another function: " + safe(b));
      } else if (!preds.contains(b)) {
        error(p, "phi node entry for '" + safe(b) + "' is not a predecessor of its block");
      }
      incoming.add(b);
    }
    for (BasicBlock pred : preds) {
      if (!incoming.contains(pred)) {
        error(p, "phi node has no entry for predecessor '" + safe(pred) + "'");
      }
    }
  }

  /** LLVM's rules for orderings and alignment of atomic accesses and fences. */
  private void atomics(Instruction i) {
    if (i instanceof LoadInst l && l.isAtomic()) {
      AtomicOrdering o = l.ordering();
      if (o == AtomicOrdering.RELEASE || o == AtomicOrdering.ACQ_REL) {
        error(i, "load cannot have release ordering");
      }
      if (l.align() <= 0) {
        error(i, "atomic load must have explicit non-zero alignment");
      }
    } else if (i instanceof StoreInst s && s.isAtomic()) {
      AtomicOrdering o = s.ordering();
      if (o == AtomicOrdering.ACQUIRE || o == AtomicOrdering.ACQ_REL) {
        error(i, "store cannot have acquire ordering");
      }
      if (s.align() <= 0) {
        error(i, "atomic store must have explicit non-zero alignment");
      }
    } else if (i instanceof AtomicRMWInst r && r.ordering() == AtomicOrdering.UNORDERED) {
      error(i, "atomicrmw instructions cannot be unordered");
    } else if (i instanceof AtomicCmpXchgInst x) {
      AtomicOrdering success = x.ordering();
      AtomicOrdering failure = x.failureOrdering();
      if (success == null || failure == null) {
        return;
      }
      if (!success.isMonotonicOrStronger() || !failure.isMonotonicOrStronger()) {
        error(i, "cmpxchg orderings must be at least monotonic");
      } else if (failure == AtomicOrdering.RELEASE || failure == AtomicOrdering.ACQ_REL) {
        error(i, "cmpxchg failure ordering cannot include release semantics");
      }
    } else if (i instanceof FenceInst fence && fence.ordering() != null
        && rank(fence.ordering()) < rank(AtomicOrdering.ACQUIRE)) {
      error(i, "fence instructions may only have acquire, release, acq_rel, or seq_cst "
          + "ordering");
    }
  }

  /** Strength of an ordering; acquire and release are incomparable, so they share a rank. */
  private static int rank(AtomicOrdering o) {
    return switch (o) {
      case NOT_ATOMIC -> 0;
      case UNORDERED -> 1;
      case MONOTONIC -> 2;
      case ACQUIRE, RELEASE -> 3;
      case ACQ_REL -> 4;
      case SEQ_CST -> 5;
    };
  }

  /** Named metadata and the operands of every defined numbered node; then unreached ones. */
  private void moduleMetadata(Module m) {
    for (NamedMDNode n : m.namedMetadata().values()) {
      for (MDNode op : n.operands()) {
        metadata(op, 0, 0);
      }
    }
    for (MDNode n : m.metadata().values()) {
      if (n != null && n.isDefined()) {
        metadata(n, n.line(), 0);
      }
    }
    for (MDNode n : m.metadata().values()) {
      metadata(n, 0, 0);
    }
  }

  /**
   * Walks the metadata reachable from a reference at (line, column), reporting each undefined
   * node once, at the definition line of the node that names it when that is known.
   */
  private void metadata(Metadata root, int line, int column) {
    if (root instanceof MDNode n && walked(n)) {
      return; // walked already: the common case for a !dbg scope, type or file
    }
    Deque<Ref> work = this.work;
    work.clear();
    work.add(new Ref(root, line, column));
    while (!work.isEmpty()) {
      Ref r = work.poll();
      if (r.md() instanceof ValueAsMetadata v && v.value() instanceof UndefinedValue u) {
        undefinedValue(u);
      }
      if (!(r.md() instanceof MDNode n) || !markWalked(n)) {
        continue;
      }
      if (!n.isDefined()) {
        error(r.line(), r.column(), "use of undefined metadata '!" + n.id() + "'");
        continue;
      }
      boolean known = n.line() > 0;
      for (int k = 0; k < n.numOperands(); k++) {
        Metadata op = n.operand(k);
        if (op instanceof MDNode || op instanceof ValueAsMetadata) { // literals need no walk
          work.add(new Ref(op, known ? n.line() : r.line(), known ? 0 : r.column()));
        }
      }
    }
  }

  private boolean walked(MDNode n) {
    return isDense(n) ? walkedIds.get(n.id()) : seen.contains(n);
  }

  /** Marks {@code n} walked; false when it was already. */
  private boolean markWalked(MDNode n) {
    if (!isDense(n)) {
      return seen.add(n);
    }
    if (walkedIds.get(n.id())) {
      return false;
    }
    walkedIds.set(n.id());
    return true;
  }

  /** Whether the node is tracked by id: numbered, and not so large an id that the bits grow. */
  private static boolean isDense(MDNode n) {
    return n.id() >= 0 && n.id() < 1 << 24;
  }

  private void error(Instruction i, String message) {
    error(i.line(), i.column(), message + ": " + describe(i));
  }

  private void error(int line, int column, String message) {
    out.add(Diagnostic.error(line, column, message));
  }

  /** The instruction as one line of IR, even when operands or types are missing. */
  static String describe(Instruction i) {
    try {
      return i.toIrString();
    } catch (RuntimeException e) {
      StringBuilder sb = new StringBuilder();
      if (i.hasName()) {
        sb.append('%').append(Names.quoteIfNeeded(i.name())).append(" = ");
      }
      sb.append(i.opcode().spelling());
      for (int k = 0; k < i.numOperands(); k++) {
        Value v = i.operand(k);
        sb.append(k == 0 ? " " : ", ");
        sb.append(v == null ? "<null>" : (v.type() == null ? "" : v.type() + " ") + safe(v));
      }
      return sb.toString();
    }
  }

  /** The value as an operand ("%x", "@g"), or a placeholder when it cannot be printed. */
  private static String safe(Value v) {
    try {
      return v.toString();
    } catch (RuntimeException e) {
      return v.hasName() ? v.name() : "<value>";
    }
  }
}
