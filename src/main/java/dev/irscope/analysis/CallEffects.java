// What a call does to memory, as LLVM's alias analysis answers it (BasicAA is the one that
// knows about calls):
//  - getMemoryEffects(call): the call site's memory(...) (legacy readonly etc. included), and for
//    a direct call also the callee's, widened by operand bundles: any bundle but ptrauth, kcfi
//    and convergencectrl may read anything, any but those and deopt and funclet may write
//    anything (bundles of llvm.assume do neither); llvm.experimental.guard and
//    llvm.experimental.deoptimize read anything and read and write inaccessible memory
//    whatever they are declared with. Unstated means memory(readwrite).
//  - getArgModRefInfo(call, i): writeonly gives Mod, readonly Ref, readnone NoModRef, checked in
//    that order on the call site and then the callee, where a callee's attribute counts only if
//    no bundle undoes it (CallBase::paramHasAttr). What the call may do through pointer argument
//    i is that, narrowed to the call's argmem access, as AAResults::getModRefInfo(call, loc)
//    does for a location the argument may alias.
// The callee's attributes come through CalleeAttributes (what the file declares, or LLVM's
// intrinsic table for intrinsics).
package dev.irscope.analysis;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.MemoryEffects.Location;
import dev.irscope.ir.OperandBundle;
import java.util.Set;

public final class CallEffects {
  private static final Set<String> NOT_READING = Set.of("ptrauth", "kcfi", "convergencectrl");
  private static final Set<String> NOT_CLOBBERING = Set.of("deopt", "funclet", "ptrauth", "kcfi",
      "convergencectrl");

  private final CallBase call;
  private final CalleeAttributes attrs;
  private final MemoryEffects effects;
  private final String derivation;

  private CallEffects(CallBase call, CalleeAttributes attrs) {
    this.call = call;
    this.attrs = attrs;
    MemoryEffects site = call.fnAttributes().memoryEffects();
    StringBuilder how = new StringBuilder();
    if (site != null) {
      how.append("call site ").append(site);
    }
    Function callee = call.calledFunction();
    MemoryEffects fn = null;
    if (callee != null) {
      MemoryEffects stated = calleeEffects(callee);
      how.append(how.length() == 0 ? "" : " & ").append("callee ")
          .append(stated == null ? "memory(readwrite)" : stated.toString()).append(" (")
          .append(isGuardOrDeoptimize(callee) ? "as LLVM treats " + callee.name()
              : attrs.origin(callee) + (stated == null ? ", none stated" : "")).append(')');
      fn = stated == null ? MemoryEffects.unknown() : stated;
      if (hasReadingBundles(call)) {
        how.append(" | operand bundles read");
      }
      if (hasClobberingBundles(call)) {
        how.append(" | operand bundles write");
      }
    } else if (site == null) {
      how.append(call.isInlineAsm() ? "inline asm" : "indirect call")
          .append(" without memory attributes");
    }
    this.effects = combine(call, fn);
    this.derivation = how.toString();
  }

  /**
   * LLVM's CallBase::getMemoryEffects: the call site's memory(...) (unstated: readwrite), and
   * for a call with a known callee also the callee's effects widened by what the operand
   * bundles may read or write. {@code callee} is null when the callee is not known.
   */
  public static MemoryEffects combine(CallBase call, MemoryEffects callee) {
    MemoryEffects site = call.fnAttributes().memoryEffects();
    MemoryEffects me = site == null ? MemoryEffects.unknown() : site;
    if (callee == null) {
      return me;
    }
    MemoryEffects fn = callee;
    if (hasReadingBundles(call)) {
      fn = fn.union(MemoryEffects.of(MemoryEffects.READ));
    }
    if (hasClobberingBundles(call)) {
      fn = fn.union(MemoryEffects.of(MemoryEffects.WRITE));
    }
    return me.intersect(fn);
  }

  /** The effects of {@code call}, its callee's attributes read through {@code attrs}. */
  public static CallEffects of(CallBase call, CalleeAttributes attrs) {
    return new CallEffects(call, attrs);
  }

  /** LLVM's AAResults::getMemoryEffects(call). */
  public MemoryEffects effects() {
    return effects;
  }

  /** Where the effects come from: "call site memory(read) & callee memory(...) (declaration)". */
  public String derivation() {
    return derivation;
  }

  /** The call's ModRefInfo over all memory (getMemoryEffects(call).getModRef()). */
  public int modRef() {
    int mr = MemoryEffects.NONE;
    for (Location l : Location.values()) {
      mr |= effects.access(l);
    }
    return mr;
  }

  /** What the call may do through argument {@code i}: getArgModRefInfo & the argmem access. */
  public int argModRef(int i) {
    int mr = effects.access(Location.ARGMEM);
    if (paramHas(i, "writeonly")) {
      return mr & MemoryEffects.WRITE;
    }
    if (paramHas(i, "readonly")) {
      return mr & MemoryEffects.READ;
    }
    return paramHas(i, "readnone") ? MemoryEffects.NONE : mr;
  }

  /** LLVM's CallBase::paramHasAttr for the memory attributes. */
  private boolean paramHas(int i, String name) {
    if (call.paramAttributes(i).has(name)) {
      return true;
    }
    Function callee = call.calledFunction();
    return callee != null && attrs.param(callee, i).has(name) && calleeParamAttrHolds(call, name);
  }

  /**
   * Whether a parameter attribute the callee has still holds at {@code call}: operand bundles
   * that read undo writeonly and readnone, bundles that write undo readonly and readnone.
   */
  public static boolean calleeParamAttrHolds(CallBase call, String name) {
    return switch (name) {
      case "readnone" -> !hasReadingBundles(call) && !hasClobberingBundles(call);
      case "readonly" -> !hasClobberingBundles(call);
      case "writeonly" -> !hasReadingBundles(call);
      default -> true;
    };
  }

  /** BasicAA's getMemoryEffects(F): the stated effects, or null when none are stated. */
  private MemoryEffects calleeEffects(Function callee) {
    if (isGuardOrDeoptimize(callee)) {
      return MemoryEffects.of(MemoryEffects.READ)
          .with(Location.INACCESSIBLEMEM, MemoryEffects.READWRITE);
    }
    return attrs.fn(callee).memoryEffects();
  }

  /** BasicAA's special case: guard and deoptimize whatever their declaration says. */
  public static boolean isGuardOrDeoptimize(Function f) {
    return f.name().equals("llvm.experimental.guard")
        || f.name().startsWith("llvm.experimental.deoptimize");
  }

  /** CallBase::hasReadingOperandBundles. */
  public static boolean hasReadingBundles(CallBase call) {
    return hasBundlesOtherThan(call, NOT_READING);
  }

  /** CallBase::hasClobberingOperandBundles. */
  public static boolean hasClobberingBundles(CallBase call) {
    return hasBundlesOtherThan(call, NOT_CLOBBERING);
  }

  private static boolean hasBundlesOtherThan(CallBase call, Set<String> tags) {
    if (Intrinsics.isIntrinsic(call, "llvm.assume")) {
      return false;
    }
    for (OperandBundle b : call.bundles()) {
      if (!tags.contains(b.tag())) {
        return true;
      }
    }
    return false;
  }
}
