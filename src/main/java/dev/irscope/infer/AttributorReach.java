// Which functions LLVM 19's Attributor gets to annotate within its 32 fixpoint iterations
// (attributor-max-iterations). An internal function whose every use is a direct call is only
// seeded with abstract attributes once a block calling it is assumed live, and its parameters are
// only annotated when its entry is assumed live at the end; liveness spreads a little per
// iteration (AAIsDeadFunction explores forward from the entry and stops at a call until the
// callee's AANoReturn is refuted by a live `ret`). In a module with deep call chains (SQLite at
// -O0) the deepest internal functions are never reached and keep their declared attributes.
// This is a round-by-round model of that schedule, not the Attributor itself:
//   round 0: definitions that are not internal, or internal with a use other than a direct call,
//     are live from their entry;
//   round r: each live function explores from where it stopped: a call to a declaration or an
//     unknown callee passes (unless noreturn), a call to a definition passes once that callee's
//     return was seen in an earlier round; reaching a call site makes the internal callee live in
//     the next round; reaching a `ret` makes the function's calls passable from the next round
//     (from the same round when its no-return attribute is updated right after its liveness:
//     round 1, or the round after it was seeded);
//   after the last round, functions live by then, and internal ones whose call site was reached
//     in the last round (their liveness is reset to "all live" when the iteration limit stops
//     the fixpoint), are annotated.
// Branch conditions the Attributor assumes constant, and unwind edges, are not modelled.
package dev.irscope.infer;

import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.ir.ReturnInst;
import dev.irscope.ir.Use;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class AttributorReach {
  static final int MAX_ITERATIONS = 32;

  private final DereferenceableInference.Ir ir;
  private final Map<Function, Integer> liveRound = new IdentityHashMap<>();
  private final Map<Function, Integer> seededRound = new IdentityHashMap<>();
  private final Map<Function, Integer> callReached = new IdentityHashMap<>();
  private final Map<Function, Integer> returns = new IdentityHashMap<>();
  private final Map<Function, List<Instruction>> frontier = new IdentityHashMap<>();
  private final Map<Function, Set<BasicBlock>> liveBlocks = new IdentityHashMap<>();

  private AttributorReach(DereferenceableInference.Ir ir) {
    this.ir = ir;
  }

  /** The definitions of {@code m} whose parameters the Attributor annotates. */
  static Set<Function> reached(Module m, DereferenceableInference.Ir ir) {
    AttributorReach r = new AttributorReach(ir);
    List<Function> defs = new ArrayList<>();
    for (Function f : m.functions()) {
      if (!f.isDeclaration() && !f.blocks().isEmpty()) {
        defs.add(f);
        if (!f.hasLocalLinkage() || !onlyCalledDirectly(f)) {
          r.makeLive(f, 0);
        }
      }
    }
    for (int round = 1; round <= MAX_ITERATIONS; round++) {
      for (Function f : defs) {
        Integer reach = r.callReached.get(f);
        if (!r.liveRound.containsKey(f) && reach != null && reach < round) {
          r.makeLive(f, round);
        }
      }
      for (Function f : defs) {
        if (r.liveRound.containsKey(f)) {
          r.explore(f, round);
        }
      }
    }
    Set<Function> out = new HashSet<>(r.liveRound.keySet());
    for (Map.Entry<Function, Integer> e : r.callReached.entrySet()) {
      if (e.getValue() == MAX_ITERATIONS) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static boolean onlyCalledDirectly(Function f) {
    for (Use u : f.uses()) {
      if (!(u.user() instanceof CallBase cb) || u.index() != 0) {
        return false;
      }
    }
    return true;
  }

  private void makeLive(Function f, int round) {
    liveRound.put(f, round);
    seededRound.putIfAbsent(f, round);
    BasicBlock entry = f.entryBlock();
    liveBlocks.put(f, new HashSet<>());
    frontier.put(f, new ArrayList<>(List.of(entry.instructions().get(0))));
    assumeLive(f, entry, round);
  }

  private boolean assumeLive(Function f, BasicBlock b, int round) {
    if (!liveBlocks.get(f).add(b)) {
      return false;
    }
    for (Instruction i : b.instructions()) {
      if (i instanceof CallBase call && call.calledFunction() != null
          && call.calledFunction().hasLocalLinkage()) {
        seededRound.putIfAbsent(call.calledFunction(), round);
      }
    }
    return true;
  }

  private void explore(Function f, int round) {
    List<Instruction> work = frontier.get(f);
    List<Instruction> blocked = new ArrayList<>();
    while (!work.isEmpty()) {
      Instruction start = work.remove(work.size() - 1);
      List<Instruction> insts = start.parent().instructions();
      for (int k = insts.indexOf(start); k < insts.size(); k++) {
        Instruction i = insts.get(k);
        if (i instanceof CallBase call) {
          Function callee = call.calledFunction();
          if (callee != null && !callee.isDeclaration()) {
            callReached.merge(callee, round, Math::min);
          }
          if (!passes(call, round)) {
            blocked.add(i);
            break;
          }
        }
        if (!i.isTerminator()) {
          continue;
        }
        if (i instanceof ReturnInst && !returns.containsKey(f)) {
          boolean sameRound = round == 1 || seededRound.get(f) == round - 1;
          returns.put(f, sameRound ? round : round + 1);
        }
        for (BasicBlock s : i.successors()) {
          if (assumeLive(f, s, round) && !s.instructions().isEmpty()) {
            work.add(s.instructions().get(0));
          }
        }
      }
    }
    frontier.put(f, blocked);
  }

  private boolean passes(CallBase call, int round) {
    if (ir.callHas(call, "noreturn")) {
      return false;
    }
    Function callee = call.calledFunction();
    if (callee == null || callee.isDeclaration()) {
      return true;
    }
    Integer r = returns.get(callee);
    return r != null && r < round;
  }
}
