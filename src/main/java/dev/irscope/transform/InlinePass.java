// A miniature of LLVM's inliner (the CGSCC `inline` pass of rustc's -O3 pipeline), run on one
// function: its direct calls are considered in order, and so are the calls that inlining brings
// in (each remembers the callees inlined to produce it, and a callee already among them is not
// inlined again: LLVM's inline history). For each call to a function defined in the module:
// - InlineCost decides as LLVM would: alwaysinline, or the attribute rules (compatible target
//   and sanitizer attributes, caller not optnone, callee not interposable, neither callee nor
//   call site noinline) and then a cost below the threshold (250, inlinehint 325; the last call
//   of an internal function gets a 15000 bonus); a callee that calls itself is never inlined;
// - irscope also leaves alone, with an Analysis remark saying why: invoke and callbr (their
//   unwind or indirect edges would have to be wired into the inlined code), calls with operand
//   bundles, musttail call sites, varargs callees, callees in a recursive cycle with the caller
//   (LLVM inlines once around such a cycle; irscope does not), and dynamic allocas of an
//   alwaysinline callee (LLVM brackets them with stacksave/stackrestore);
// - InlineFunction then does what LLVM's InlineFunction does (the callee's reachable body copied
//   with constants folded, allocas to the caller's entry with lifetime markers, returns turned
//   into branches, !dbg locations inlined at the call).
// Remarks are LLVM's: Inlined / AlwaysInline "'callee' inlined into 'caller' with (cost=N,
// threshold=M) at callsite caller:L:C;", missed TooCostly, NeverInline, NotInlined. Calls to
// declarations get LLVM's NoDefinition only in LLVM's YAML as a verbose remark; irscope omits it.
// Not modelled: the bottom-up order over the call graph (LLVM inlines into callees first and
// simplifies them before costing them), deleting functions left without callers, noalias scopes
// for noalias arguments, merging call-site attributes into the inlined code.
package dev.irscope.transform;

import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallBrInst;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.InvokeInst;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Use;
import dev.irscope.transform.PassRemark.Arg;
import dev.irscope.transform.PassRemark.Kind;
import dev.irscope.transform.PassRemark.Place;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class InlinePass {
  static final String PASS = "inline";
  /** A guard against runaway growth; LLVM has none beyond the cost of each call. */
  private static final int MAX_INLINED = 5000;

  private final Function f;
  private final CallAttributes calls;
  private final List<PassRemark> out;
  private Set<Function> reachingCaller;
  private final ColdCallSites cold;

  private InlinePass(Function f, CallAttributes calls, List<PassRemark> out) {
    this.f = f;
    this.calls = calls;
    this.out = out;
    this.cold = new ColdCallSites(f);
  }

  /** A call still to consider, with the callees inlined to bring it in. */
  private record Site(CallBase call, List<Function> history) {}

  /** Inlines into {@code f} what LLVM's inliner would, appending the remarks to {@code out}. */
  public static void run(Function f, CallAttributes calls, List<PassRemark> out) {
    if (f.isDeclaration()) {
      return;
    }
    new InlinePass(f, calls, out).run();
  }

  private void run() {
    Deque<Site> work = new ArrayDeque<>();
    for (Instruction i : f.instructions()) {
      if (i instanceof CallBase c) {
        work.add(new Site(c, List.of()));
      }
    }
    int inlined = 0;
    while (!work.isEmpty() && inlined < MAX_INLINED) {
      Site s = work.poll();
      Function callee = s.call().calledFunction();
      if (s.call().parent() == null || callee == null || callee.isIntrinsic()
          || callee.isDeclaration() || s.history().contains(callee)) {
        continue;
      }
      List<CallInst> brought = consider(s.call(), callee);
      if (brought != null) {
        inlined++;
        List<Function> history = new ArrayList<>(s.history());
        history.add(callee);
        for (CallInst c : brought) {
          if (c.parent() != null) {
            work.add(new Site(c, history));
          }
        }
      }
    }
  }

  /** Decides and inlines one call; the calls it brought in, or null when not inlined. */
  private List<CallInst> consider(CallBase call, Function callee) {
    InlineCost.Decision d = InlineCost.of(call, callee, calls, cold);
    if (!d.inlines()) {
      missed(call, callee, d);
      return null;
    }
    String limit = irscopeLimit(call, callee, d);
    if (limit != null) {
      out.add(new PassRemark(Kind.ANALYSIS, PASS, "NotInlined", f.name(), Place.of(call),
          names(callee, "' is not inlined into '", "': " + limit.split(":")[0]),
          limit, Place.of(call)));
      return null;
    }
    Place at = Place.of(call);
    List<Arg> message = inlinedMessage(call, callee, d);
    List<CallInst> brought = new ArrayList<>();
    String failed = InlineFunction.inline((CallInst) call, callee, calls, brought);
    if (failed != null) {
      out.add(new PassRemark(Kind.MISSED, PASS, "NotInlined", f.name(), at,
          names(callee, "' is not inlined into '", "': " + failed), failed, at));
      return null;
    }
    cold.invalidate();
    out.add(new PassRemark(Kind.PASSED, PASS, d.always() ? "AlwaysInline" : "Inlined",
        f.name(), at, message, inlinedReason(callee, d), null));
    return brought;
  }

  /** What irscope does not inline although LLVM would, or null. */
  private String irscopeLimit(CallBase call, Function callee, InlineCost.Decision d) {
    if (call instanceof InvokeInst) {
      return "invoke: irscope inlines call instructions only (inlining an invoke would turn"
          + " the callee's calls into invokes unwinding to its landing pad)";
    }
    if (call instanceof CallBrInst) {
      return "callbr: irscope inlines call instructions only (LLVM does not inline callbr"
          + " either)";
    }
    if (!call.bundles().isEmpty()) {
      return "operand bundles: irscope does not merge the call's operand bundles ("
          + call.bundles().get(0).tag() + ") into the inlined calls";
    }
    if ("musttail".equals(((CallInst) call).tailKind())) {
      return "musttail call site: irscope does not keep the callee's returns in tail position";
    }
    if (callee.functionType().isVarArg() || call.forwardsVarArgs()) {
      return "varargs callee: irscope does not forward variable arguments";
    }
    if (reachesCaller(callee)) {
      return "recursive cycle: @" + callee.name() + " calls back into @" + f.name()
          + " (directly or through other functions), and irscope inlines no call inside a"
          + " cycle of the call graph";
    }
    if (d.always()) {
      for (Instruction i : callee.instructions()) {
        if (i instanceof AllocaInst a && (!(a.arraySize() instanceof ConstantInt)
            || a.parent() != callee.entryBlock())) {
          return "dynamic alloca: irscope does not bracket the inlined code with"
              + " llvm.stacksave/llvm.stackrestore as LLVM does for alwaysinline callees";
        }
      }
    }
    return null;
  }

  /** Whether {@code callee} can call {@code f} through direct calls (f calls it: a cycle). */
  private boolean reachesCaller(Function callee) {
    if (callee == f) {
      return false; // InlineCost already says "recursive"
    }
    if (reachingCaller == null) {
      reachingCaller = new HashSet<>();
      Deque<Function> work = new ArrayDeque<>(List.of(f));
      while (!work.isEmpty()) {
        for (Use u : work.pop().uses()) {
          if (u.user() instanceof CallBase c && c.parent() != null
              && reachingCaller.add(c.function())) {
            work.push(c.function());
          }
        }
      }
    }
    return reachingCaller.contains(callee);
  }

  /** NeverInline or TooCostly, as LLVM's shouldInline says them. */
  private void missed(CallBase call, Function callee, InlineCost.Decision d) {
    boolean never = d.never();
    List<Arg> args = names(callee, "' not inlined into '", never
        ? "' because it should never be inlined " : "' because too costly to inline ");
    costArgs(d, args);
    String why = never ? "LLVM never inlines this call: " + d.reason()
        : "the cost is not below the threshold: " + d.explanation();
    out.add(new PassRemark(Kind.MISSED, PASS, never ? "NeverInline" : "TooCostly", f.name(),
        Place.of(call), args, why, Place.of(d.decidedBy() == null ? call : d.decidedBy())));
  }

  /** "'" Callee middle Caller end, as LLVM's arguments. */
  private List<Arg> names(Function callee, String middle, String end) {
    List<Arg> args = new ArrayList<>();
    args.add(Arg.string("'"));
    args.add(new Arg("Callee", callee.name(), null, false));
    args.add(Arg.string(middle));
    args.add(new Arg("Caller", f.name(), null, false));
    args.add(Arg.string(end));
    return args;
  }

  private List<Arg> inlinedMessage(CallBase call, Function callee, InlineCost.Decision d) {
    List<Arg> args = names(callee, "' inlined into '", "'");
    args.add(Arg.string(" with "));
    costArgs(d, args);
    callSite(call, args);
    return args;
  }

  /** LLVM's operator<< of an InlineCost: "(cost=N, threshold=M)" or "(cost=never): reason". */
  private static void costArgs(InlineCost.Decision d, List<Arg> args) {
    if (d.always() || d.never()) {
      args.add(Arg.string(d.always() ? "(cost=always)" : "(cost=never)"));
    } else {
      args.add(Arg.string("(cost="));
      args.add(new Arg("Cost", Integer.toString(d.cost()), null, false));
      args.add(Arg.string(", threshold="));
      args.add(new Arg("Threshold", Integer.toString(d.threshold()), null, false));
      args.add(Arg.string(")"));
    }
    if (d.reason() != null) {
      args.add(Arg.string(": "));
      args.add(new Arg("Reason", d.reason(), null, false));
    }
  }

  /** addLocationToRemarks: " at callsite f:line-offset:column[.discriminator] @ ...;". */
  private static void callSite(CallBase call, List<Arg> args) {
    DILocation loc = call.debugLoc();
    if (loc == null) {
      return;
    }
    args.add(Arg.string(" at callsite "));
    for (boolean first = true; loc != null; loc = loc.inlinedAt(), first = false) {
      MDNode sp = subprogram(loc.scope());
      if (!first) {
        args.add(Arg.string(" @ "));
      }
      String name = sp == null ? null : sp.stringField("linkageName");
      name = name != null ? name : sp == null ? "" : sp.stringField("name");
      long line = loc.line() - (sp == null ? 0 : sp.intField("line", 0));
      args.add(Arg.string(name == null ? "" : name));
      args.add(Arg.string(":"));
      args.add(new Arg("Line", Long.toString(line), null, false));
      args.add(Arg.string(":"));
      args.add(new Arg("Column", Long.toString(loc.column()), null, false));
    }
    args.add(Arg.string(";"));
  }

  private static MDNode subprogram(MDNode scope) {
    for (int depth = 0; scope != null && depth < 64; depth++) {
      if ("DISubprogram".equals(scope.kind())) {
        return scope;
      }
      scope = scope.nodeField("scope");
    }
    return null;
  }

  private static String inlinedReason(Function callee, InlineCost.Decision d) {
    if (d.always()) {
      return "@" + callee.name() + " is alwaysinline and nothing in it prevents inlining";
    }
    return "the cost is below the threshold: " + d.explanation();
  }

}
