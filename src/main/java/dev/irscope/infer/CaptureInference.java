// Capture attributes on pointer parameters (spec B7.2, LLVM's addArgumentAttrs), spelled
// `nocapture` for LLVM 19 and `captures(none)` for LLVM 22, and the access attributes that
// follow from them. For each exact function of the SCC: a void function that only reads memory
// and does not throw captures none of its pointers. Otherwise each pointer argument is walked
// with CaptureTracking: a capture outside the SCC settles it; passing it to a parameter of a
// function in the SCC makes an edge of the argument graph, whose SCCs are then solved together
// (not captured when no member escapes). An argument with no edges to others gets its access
// attribute right away; the members of a solved argument SCC get the meet of theirs.
package dev.irscope.infer;

import dev.irscope.analysis.CaptureTracking;
import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.Use;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class CaptureInference {
  private final SccContext scc;
  /** The argument graph: an argument to the SCC arguments it is passed to. */
  private final Map<Argument, List<Argument>> graph = new LinkedHashMap<>();

  private CaptureInference(SccContext scc) {
    this.scc = scc;
  }

  static void run(SccContext scc) {
    new CaptureInference(scc).infer();
  }

  private String spelling() {
    return scc.llvm.spellsCaptures() ? "captures(none)" : "nocapture";
  }

  private boolean hasNoCapture(Argument a) {
    return scc.state(a.parent()).paramNoCapture(a.index());
  }

  private void markNoCapture(Argument a, String why, Instruction at) {
    Map<String, String> p = scc.state(a.parent()).params.get(a.index());
    p.remove("captures");
    p.remove("nocapture");
    p.put(scc.llvm.spellsCaptures() ? "captures" : "nocapture", spelling());
    scc.remark(a.parent(), "NoCaptureInferred", spelling(), true,
        spelling() + " on %" + a.name() + ": " + why, at);
  }

  private void infer() {
    for (Function f : scc.functions) {
      if (!f.hasExactDefinition()) {
        continue;
      }
      FunctionState s = scc.state(f);
      if (s.memoryOrUnknown().onlyReadsMemory() && s.has("nounwind")
          && f.returnType().isVoid()) {
        for (Argument a : f.arguments()) {
          if (a.type() instanceof PointerType && !hasNoCapture(a)) {
            markNoCapture(a, Places.of(f) + " only reads memory, does not unwind and returns "
                + "nothing, so no copy of the pointer can outlive the call", null);
          }
        }
        continue;
      }
      for (Argument a : f.arguments()) {
        if (!(a.type() instanceof PointerType)) {
          continue;
        }
        boolean nonLocalUses = false;
        if (!hasNoCapture(a)) {
          Tracker t = new Tracker();
          CaptureTracking.walk(a, scc, t);
          if (t.captured) {
            explainCapture(a, t);
          } else if (t.uses.isEmpty()) {
            markNoCapture(a, "no use of it in " + Places.of(f) + " lets a copy escape", null);
          } else {
            graph.put(a, t.uses);
            for (Argument u : t.uses) {
              nonLocalUses |= u != a;
            }
          }
        }
        if (!nonLocalUses && !s.paramOnlyReads(a.index())) {
          inferAccess(a);
        }
      }
    }
    solveArgumentSccs();
  }

  /** The access attribute of {@code a} judged alone (no argument SCC), with its remark. */
  private void inferAccess(Argument a) {
    ArgumentAccessInference.Outcome o = ArgumentAccessInference.determine(a, Set.of(a), scc);
    if (o.access() != ArgumentAccessInference.Access.NONE) {
      ArgumentAccessInference.add(scc.state(a.parent()), a.index(), o.access());
    }
    ArgumentAccessInference.explain(scc, a, o);
  }

  private void explainCapture(Argument a, Tracker t) {
    String by = t.tooMany ? "it has more than " + CaptureTracking.MAX_USES_TO_EXPLORE
        + " uses to follow" : Places.of((Instruction) t.use.user()) + " may keep a copy of it";
    scc.remark(a.parent(), "ArgumentCaptured", spelling(), false,
        "not " + spelling() + " on %" + a.name() + ": " + by,
        t.use == null ? null : (Instruction) t.use.user());
  }

  /** Records calls into the SCC instead of counting them as captures. */
  private final class Tracker implements CaptureTracking.Tracker {
    boolean captured;
    boolean tooMany;
    Use use;
    final List<Argument> uses = new ArrayList<>();

    @Override
    public boolean captured(Use u) {
      if (u.user() instanceof CallBase cb) {
        Function callee = cb.calledFunction();
        int idx = u.index() - 1;
        if (callee != null && callee.hasExactDefinition() && scc.members.contains(callee)
            && idx >= 0 && idx < cb.numArgs() && idx < callee.arguments().size()) {
          uses.add(callee.argument(idx));
          return false;
        }
      }
      captured = true;
      use = u;
      return true;
    }

    @Override
    public void tooManyUses() {
      captured = true;
      tooMany = true;
    }
  }

  private void solveArgumentSccs() {
    for (List<Argument> comp : Sccs.of(graph)) {
      if (comp.size() == 1) {
        Argument a = comp.get(0);
        List<Argument> uses = graph.get(a);
        if (uses != null && uses.size() == 1 && uses.get(0) == a) {
          markNoCapture(a, "it is only passed back to the same parameter of "
              + Places.of(a.parent()), null);
          inferAccess(a);
        }
        continue;
      }
      Set<Argument> members = new HashSet<>(comp);
      boolean captured = false;
      for (Argument a : comp) {
        List<Argument> uses = graph.get(a);
        if ((uses == null || uses.isEmpty()) && !hasNoCapture(a)) {
          captured = true;
        }
        for (Argument u : uses == null ? List.<Argument>of() : uses) {
          captured |= !hasNoCapture(u) && !members.contains(u);
        }
      }
      if (captured) {
        continue;
      }
      for (Argument a : comp) {
        markNoCapture(a, "it is only passed among parameters of mutually recursive functions "
            + "that do not capture them", null);
      }
      ArgumentAccessInference.Access meet = ArgumentAccessInference.Access.READNONE;
      for (Argument a : comp) {
        ArgumentAccessInference.Access k = ArgumentAccessInference.determine(a, members, scc)
            .access();
        meet = meet(meet, k);
        if (meet == ArgumentAccessInference.Access.NONE) {
          break;
        }
      }
      if (meet != ArgumentAccessInference.Access.NONE) {
        for (Argument a : comp) {
          ArgumentAccessInference.add(scc.state(a.parent()), a.index(), meet);
        }
      }
    }
  }

  private static ArgumentAccessInference.Access meet(ArgumentAccessInference.Access a,
      ArgumentAccessInference.Access b) {
    if (a == b) {
      return a;
    }
    if (a == ArgumentAccessInference.Access.READNONE) {
      return b;
    }
    if (b == ArgumentAccessInference.Access.READNONE) {
      return a;
    }
    return ArgumentAccessInference.Access.NONE;
  }
}
