// The value a load reads, built from the values available at the ends of some blocks (LLVM's
// ConstructSSAForLoadSet over SSAUpdater::GetValueInMiddleOfBlock), by on-the-fly SSA
// construction (Braun et al.): at the start of a block with one predecessor the value is the
// one at that predecessor's end; with several, a phi joins the values at their ends (the phi is
// registered first, so a cycle back to the block finds it); with none (the entry), or in a
// block not reachable from the entry, it is undef. Phis that turn out trivial (one incoming
// value besides themselves) are removed. The phis are named as SSAUpdater names them: after the
// load when it has a name, else unnamed; the caller gives the final phi the load's own name, as
// GVN's takeName does.
package dev.irscope.transform;

import dev.irscope.analysis.Cfg;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.ConstantKeyword;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class GvnSsa {
  private final LoadInst load;
  private final Names names;
  private final Cfg cfg;
  private final Map<BasicBlock, Value> atEnd;
  private final Map<BasicBlock, Value> atStart = new IdentityHashMap<>();
  private final Map<PhiInst, Value> replaced = new IdentityHashMap<>();
  private final List<PhiInst> phis = new ArrayList<>();

  private GvnSsa(LoadInst load, Map<BasicBlock, Value> atEnd, Cfg cfg, Names names) {
    this.load = load;
    this.names = names;
    this.atEnd = atEnd;
    this.cfg = cfg;
  }

  /** The value a load reads; {@code joined} when it is a phi made for it. */
  record Built(Value value, boolean joined) {}

  /**
   * The value {@code load} reads, given the values at the ends of blocks; phis it creates are
   * left in the function (those the result still needs).
   */
  static Built valueAt(LoadInst load, Map<BasicBlock, Value> atEnd, Cfg cfg, Names names) {
    GvnSsa ssa = new GvnSsa(load, atEnd, cfg, names);
    Value v = ssa.start(load.parent());
    ssa.removeTrivial();
    while (v instanceof PhiInst p && ssa.replaced.containsKey(p)) {
      v = ssa.replaced.get(p);
    }
    return new Built(v, v instanceof PhiInst p && ssa.phis.contains(p));
  }

  private Value end(BasicBlock b) {
    Value v = atEnd.get(b);
    return v != null ? v : start(b);
  }

  private Value start(BasicBlock b) {
    Value known = atStart.get(b);
    if (known != null) {
      return known;
    }
    List<BasicBlock> preds = cfg.predecessors(b);
    if (preds.isEmpty() || !cfg.isReachable(b)) {
      return ConstantKeyword.get(load.type(), ConstantKeyword.Kind.UNDEF);
    }
    if (preds.size() == 1) {
      Value v = end(preds.get(0));
      atStart.put(b, v);
      return v;
    }
    PhiInst phi = new PhiInst(load.type());
    if (load.hasName()) {
      phi.setName(names.unique(load.name()));
    }
    b.insert(0, phi);
    atStart.put(b, phi);
    phis.add(phi);
    for (BasicBlock p : preds) {
      Value v = end(p);
      for (BasicBlock s : Cfg.rawSuccessors(p)) {
        if (s == b) {
          phi.addIncoming(v, p); // one entry per edge, as for a switch with cases alike
        }
      }
    }
    return phi;
  }

  /** Replaces phis whose incoming values are all one value (or the phi itself). */
  private void removeTrivial() {
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
  }
}
