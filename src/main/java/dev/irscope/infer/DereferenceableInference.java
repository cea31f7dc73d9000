// dereferenceable(N) and dereferenceable_or_null(N) on pointer parameters, as LLVM 19's
// Attributor deduces them (AADereferenceableArgument, spec C3); FunctionAttrs never does.
// The Attributor reads the IR as the file states it, so this runs on the attributes the file
// declares (and LLVM's intrinsic table gives), before the other families add theirs.
//   1. Known bytes start from the parameter's own dereferenceable / dereferenceable_or_null
//      and, for byval, byref, sret, inalloca and preallocated, the pointee's store size.
//   2. The uses of the parameter in the must-be-executed context of the entry block's first
//      instruction add to them (DereferenceableUses), and prove it non-null where they can.
//   3. A function with local linkage whose every use is a direct call gets the weakest of what
//      its call sites pass (DereferenceableCallSites), when that is more than it knows itself.
//   4. Manifest: dereferenceable(N) when the parameter is non-null (declared nonnull, declared
//      dereferenceable, or proven by its uses or call sites), else dereferenceable_or_null(N);
//      nothing is weakened, and dereferenceable_or_null goes when dereferenceable replaces it.
// Only functions the Attributor may change are analysed: exact definitions (or alwaysinline),
// not optnone or naked.
package dev.irscope.infer;

import dev.irscope.analysis.MustBeExecutedContext;
import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.Argument;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.DataLayout;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.ir.PointerType;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class DereferenceableInference {
  /** The IR's attributes as the Attributor reads them: declared, not inferred. */
  static final class Ir implements MustBeExecutedContext.CallAttributes {
    final DataLayout dl;
    final AttributeQueries declared;
    final UnderlyingObject.ReturnedArgument returned;
    /** Functions' uses in text order, not the parser's thread-dependent order. */
    final TextOrderUses uses;
    private final Map<Function, MustBeExecutedContext> explorers = new IdentityHashMap<>();
    private final Map<Function, dev.irscope.analysis.ValueRanges> ranges =
        new IdentityHashMap<>();
    private final Map<Function, dev.irscope.analysis.DominatorTree> domTrees =
        new IdentityHashMap<>();

    Ir(Module m, AttributeQueries declared) {
      this.dl = DataLayout.of(m);
      this.declared = declared;
      this.uses = new TextOrderUses(m);
      this.returned = call -> UnderlyingObject.returnedArgument(call,
          k -> declared.paramHas(call, k, "returned"));
    }

    @Override
    public boolean callHas(CallBase call, String name) {
      return declared.fnHas(call, name);
    }

    @Override
    public boolean functionHas(Function f, String name) {
      FunctionState s = declared.state(f);
      return s != null && s.has(name);
    }

    dev.irscope.analysis.DominatorTree domTree(Function f) {
      return domTrees.computeIfAbsent(f, dev.irscope.analysis.DominatorTree::of);
    }

    /** Value ranges as the Attributor's AAValueConstantRange knows them (SCEV), per function. */
    dev.irscope.analysis.ValueRanges ranges(Function f) {
      return ranges.computeIfAbsent(f, dev.irscope.analysis.ValueRanges::new);
    }

    MustBeExecutedContext explorer(Function f) {
      return explorers.computeIfAbsent(f, g -> new MustBeExecutedContext(g, this));
    }

    /** LLVM's NullPointerIsDefined for pointers of {@code t} in {@code f}. */
    static boolean nullIsDefined(Function f, dev.irscope.ir.Type t) {
      return f.fnAttributes().has("null_pointer_is_valid")
          || !(t instanceof PointerType p) || p.addressSpace() != 0;
    }

    /** The bytes the call site's parameter i declares (either kind, site or callee). */
    long paramDerefBytes(CallBase call, int i) {
      AttributeSet site = call.paramAttributes(i);
      long n = Math.max(site.dereferenceableBytes(), site.dereferenceableOrNullBytes());
      FunctionState callee = calleeState(call);
      if (callee != null && i < callee.params.size()) {
        n = Math.max(n, Math.max(bytes(callee.params.get(i).get("dereferenceable")),
            bytes(callee.params.get(i).get("dereferenceable_or_null"))));
      }
      return n;
    }

    /** The call site's parameter i is declared nonnull (or dereferenceable where null is UB). */
    boolean paramNonNull(CallBase call, int i) {
      boolean nullDefined = nullIsDefined(call.function(), call.arg(i).type());
      if (declared.paramHas(call, i, "nonnull")) {
        return true;
      }
      return !nullDefined && (call.paramAttributes(i).dereferenceableBytes() > 0
          || bytes(paramOf(calleeState(call), i, "dereferenceable")) > 0);
    }

    private FunctionState calleeState(CallBase call) {
      Function callee = call.calledFunction();
      return callee == null ? null : declared.state(callee);
    }

    private static String paramOf(FunctionState s, int i, String name) {
      return s == null || i >= s.params.size() ? null : s.params.get(i).get(name);
    }

    /** N of "dereferenceable(N)" / "dereferenceable_or_null(N)", 0 for null. */
    static long bytes(String spelling) {
      if (spelling == null) {
        return 0;
      }
      int open = spelling.indexOf('(');
      try {
        return Long.parseLong(spelling.substring(open + 1, spelling.length() - 1).trim());
      } catch (RuntimeException e) {
        return 0;
      }
    }
  }

  /** What was deduced for one parameter, and the instructions that decided it. */
  record Deduced(long bytes, boolean nonNull, Instruction bytesBy, Instruction nonNullBy,
      String via, boolean nonNullFromCalls) {}

  private final Ir ir;
  private final Map<Argument, Deduced> results = new LinkedHashMap<>();
  private final List<Argument> unreached = new java.util.ArrayList<>();
  private AttributorReach.Reach reach;

  private DereferenceableInference(Ir ir) {
    this.ir = ir;
  }

  /** Deduces, from the module's declared attributes, what {@link #apply} adds later. */
  static DereferenceableInference analyse(Module m, AttributeQueries declared) {
    DereferenceableInference d = new DereferenceableInference(new Ir(m, declared));
    AttributorReach.Reach reach = AttributorReach.reach(m, d.ir);
    d.reach = reach;
    Set<Function> reached = reach.reached();
    for (Function f : m.functions()) {
      if (!isAmendable(f)) {
        continue;
      }
      for (Argument a : f.arguments()) {
        if (a.type() instanceof PointerType) {
          if (reached.contains(f)) {
            d.results.put(a, d.known(a));
          } else {
            d.unreached.add(a);
          }
        }
      }
    }
    d.clampByCallSites(reach.liveness());
    return d;
  }

  /** Step 3: internal functions take what every live call passes, when that is more. */
  private void clampByCallSites(LivenessAttributes liveness) {
    Map<Argument, DereferenceableCallSites.Clamp> clamps =
        new DereferenceableCallSites(ir, liveness, results).run();
    for (Map.Entry<Argument, DereferenceableCallSites.Clamp> e : clamps.entrySet()) {
      Deduced mine = results.get(e.getKey());
      DereferenceableCallSites.Clamp c = e.getValue();
      boolean moreBytes = c.bytesBy != null && c.bytes > mine.bytes();
      boolean nonNull = !mine.nonNull() && c.nonNull && c.bytesBy != null;
      if (!moreBytes && !nonNull) {
        continue;
      }
      String via = moreBytes ? "every live call of " + Places.of(e.getKey().parent())
          + " passes at least " + c.bytes + " dereferenceable bytes, the fewest at "
          + Places.of(c.bytesBy) : null;
      results.put(e.getKey(), new Deduced(moreBytes ? c.bytes : mine.bytes(),
          mine.nonNull() || nonNull, moreBytes ? c.bytesBy : mine.bytesBy(),
          nonNull ? c.bytesBy : mine.nonNullBy(), via != null ? via : mine.via(), nonNull));
    }
  }

  static boolean isAmendable(Function f) {
    if (f.isDeclaration() || f.fnAttributes().has("optnone") || f.fnAttributes().has("naked")) {
      return false;
    }
    return f.hasExactDefinition() || f.fnAttributes().has("alwaysinline");
  }

  /** What the parameter's declaration and its uses in the entry's context prove. */
  Deduced known(Argument a) {
    Function f = a.parent();
    boolean nullDefined = Ir.nullIsDefined(f, a.type());
    AttributeSet attrs = a.attributes();
    DereferenceableUses.State s = new DereferenceableUses.State();
    s.known = Math.max(attrs.dereferenceableBytes(), attrs.dereferenceableOrNullBytes());
    if (attrs.dereferenceableBytes() == 0) {
      s.known = Math.max(s.known, pointeeBytes(attrs));
    }
    boolean declaredNonNull = attrs.has("nonnull")
        || (!nullDefined && (attrs.dereferenceableBytes() > 0 || byValueCopy(attrs)));
    if (!f.blocks().isEmpty() && !f.entryBlock().instructions().isEmpty()) {
      new DereferenceableUses(ir, ir.explorer(f), a)
          .follow(f.entryBlock().instructions().get(0), s);
    }
    boolean nonNull = declaredNonNull || s.nonNull;
    return new Deduced(s.known, nonNull, s.bytesBy, declaredNonNull ? null : s.nonNullBy,
        null, false);
  }

  /** Store size of the pointee of byval, byref, sret, inalloca, preallocated (LLVM's order). */
  private long pointeeBytes(AttributeSet attrs) {
    for (String k : List.of("byval", "byref", "preallocated", "inalloca", "sret")) {
      Attribute at = attrs.get(k);
      if (at != null && at.type() != null) {
        return Math.max(0, ir.dl.storeSize(at.type()));
      }
    }
    return 0;
  }

  private static boolean byValueCopy(AttributeSet attrs) {
    return attrs.has("byval") || attrs.has("inalloca") || attrs.has("preallocated");
  }

  /** Adds the deduced attributes to the states, with a remark for each parameter. */
  void apply(Map<Function, FunctionState> states) {
    for (Map.Entry<Argument, Deduced> e : results.entrySet()) {
      Argument a = e.getKey();
      FunctionState s = states.get(a.parent());
      Function f = a.parent();
      if (s != null) {
        DereferenceableRemarks.manifest(s, a, e.getValue(),
            ir.explorer(f).of(f.entryBlock().instructions().get(0)));
      }
    }
    for (Argument a : unreached) {
      FunctionState s = states.get(a.parent());
      if (s != null) {
        DereferenceableRemarks.notReached(s, a, reach.blocker(a.parent()));
      }
    }
  }
}
