// LLVM's SSAUpdater: one value defined in several blocks (the value at the end of each is given)
// and its uses rewritten to what reaches them, by on-the-fly SSA construction (Braun et al.): at
// the start of a block with one predecessor the value is the one at that predecessor's end; with
// several, a phi joins the values at their ends (the phi is registered first, so a cycle back to
// the block finds it); with none (the entry), or in a block not reachable from the entry, it is
// undef. Phis that turn out trivial (one incoming value besides themselves) are removed.
// GVN builds the value a load reads from the values available at block ends
// (ConstructSSAForLoadSet over GetValueInMiddleOfBlock): the phis are named as SSAUpdater names
// them, after the load when it has a name, else unnamed, and the caller gives the final phi the
// load's own name, as GVN's takeName does. LoopRotate rewrites the uses of a header value that
// now exists twice (in the preheader and in the rotated loop); its phis take their names only
// once the trivial ones are gone (LLVM's SSAUpdaterImpl never makes those), and a block's
// predecessors come in the order LLVM's would (predecessorOrder).
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

final class SsaUpdater {
  private final Type type;
  private final Function<BasicBlock, List<BasicBlock>> predecessors;
  private final Consumer<PhiInst> created;
  private final Cfg cfg;
  private final Map<BasicBlock, Value> atEnd;
  private final Map<BasicBlock, Value> atStart = new IdentityHashMap<>();
  private final Map<PhiInst, Value> replaced = new IdentityHashMap<>();
  private final List<PhiInst> phis = new ArrayList<>();

  /**
   * An updater for a value of {@code type} whose values at the ends of some blocks are
   * {@code atEnd}; {@code predecessors} lists a block's predecessors in the order its phis take
   * them, and {@code created} hears of each phi as it is made.
   */
  SsaUpdater(Type type, Map<BasicBlock, Value> atEnd, Cfg cfg,
      Function<BasicBlock, List<BasicBlock>> predecessors, Consumer<PhiInst> created) {
    this.type = type;
    this.atEnd = atEnd;
    this.cfg = cfg;
    this.predecessors = predecessors;
    this.created = created;
  }

  /** The value a load reads; {@code joined} when it is a phi made for it. */
  record Built(Value value, boolean joined) {}

  /**
   * The value {@code load} reads, given the values at the ends of blocks; phis it creates are
   * left in the function (those the result still needs).
   */
  static Built valueAt(LoadInst load, Map<BasicBlock, Value> atEnd, Cfg cfg, Names names) {
    SsaUpdater ssa = new SsaUpdater(load.type(), atEnd, cfg, cfg::predecessors, phi -> {
      if (load.hasName()) {
        phi.setName(names.unique(load.name()));
      }
    });
    Value v = ssa.valueAtStart(load.parent());
    ssa.removeTrivial();
    v = ssa.resolve(v);
    return new Built(v, v instanceof PhiInst p && ssa.phis.contains(p));
  }

  /** The value at the end of {@code b} (GetValueAtEndOfBlock); resolve() it once done. */
  Value valueAtEnd(BasicBlock b) {
    Value v = atEnd.get(b);
    return v != null ? v : valueAtStart(b);
  }

  /** The value reaching the start of {@code b} from its predecessors. */
  Value valueAtStart(BasicBlock b) {
    Value known = atStart.get(b);
    if (known != null) {
      return known;
    }
    List<BasicBlock> preds = cfg.predecessors(b);
    if (preds.isEmpty() || !cfg.isReachable(b)) {
      return ConstantKeyword.get(type, ConstantKeyword.Kind.UNDEF);
    }
    if (preds.size() == 1) {
      Value v = valueAtEnd(preds.get(0));
      atStart.put(b, v);
      return v;
    }
    List<BasicBlock> order = predecessors.apply(b);
    PhiInst phi = new PhiInst(type);
    created.accept(phi);
    b.insert(0, phi);
    atStart.put(b, phi);
    phis.add(phi);
    for (BasicBlock p : order) {
      Value v = valueAtEnd(p);
      for (BasicBlock s : Cfg.rawSuccessors(p)) {
        if (s == b) {
          phi.addIncoming(v, p); // one entry per edge, as for a switch with cases alike
        }
      }
    }
    return phi;
  }

  /** Whether the value at {@code b} is known: given, or computed on the way (HasValueForBlock). */
  boolean hasValueFor(BasicBlock b) {
    return atEnd.containsKey(b) || atStart.containsKey(b);
  }

  /**
   * Removes the phis made so far that are trivial (their incoming values are one value or the
   * phi itself); returns those that stay, in the order they were made.
   */
  List<PhiInst> removeTrivial() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (PhiInst phi : phis) {
        if (phi.parent() == null) {
          continue;
        }
        Value only = null;
        boolean trivial = true;
        for (int k = 0; k < phi.numIncoming() && trivial; k++) {
          Value in = phi.incomingValue(k);
          if (in != phi && in != only) {
            trivial = only == null;
            only = in;
          }
        }
        if (trivial && only != null) {
          phi.replaceAllUsesWith(only);
          phi.parent().remove(phi);
          phi.dropAllReferences();
          replaced.put(phi, only);
          changed = true;
        }
      }
    }
    return phis.stream().filter(p -> p.parent() != null).toList();
  }

  /** {@code v}, or what replaced it when it was a phi found trivial. */
  Value resolve(Value v) {
    while (v instanceof PhiInst p && replaced.containsKey(p)) {
      v = replaced.get(p);
    }
    return v;
  }
}
