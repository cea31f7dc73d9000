// Two of LLVM's inlining preconditions. isInlineViable, what an alwaysinline callee must still
// satisfy: no indirectbr, no blockaddress of its blocks, no call to itself, no returns_twice call
// it does not itself expose, no llvm.icall.branch.funnel, llvm.localescape or llvm.va_start.
// And functionsHaveCompatibleAttributes: x86's rule that the callee's target features are a
// subset of the caller's (irscope compares the "target-cpu" strings and the "+feature" lists of
// "target-features"), and AttributeFuncs::areInlineCompatible for the sanitizers, safe and
// shadow stacks, sample profiles, denormal modes, return-address signing and strictfp.
package dev.irscope.transform;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.BlockAddress;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CallInst;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.Use;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

final class InlineViability {
  private InlineViability() {}

  /** LLVM 19's CompatRules of Attributes.td (probe-stack is a merge rule, not one of them). */
  private static final List<String> MUST_MATCH = List.of("sanitize_address", "sanitize_thread",
      "sanitize_memory", "sanitize_hwaddress", "sanitize_memtag", "sanitize_numerical_stability",
      "safestack", "shadowcallstack", "use-sample-profile", "noprofile", "denormal-fp-math",
      "denormal-fp-math-f32", "sign-return-address", "sign-return-address-key",
      "branch-protection-pauth-lr");

  /** Why LLVM's isInlineViable refuses {@code f}, or null when it is viable. */
  static String whyNot(Function f) {
    Instruction at = culprit(f);
    if (at != null) {
      return reason(f, at);
    }
    for (Use u : f.uses()) {
      if (u.user() instanceof BlockAddress) {
        return "blockaddress used outside of callbr";
      }
    }
    return null;
  }

  /** The instruction that makes {@code f} not viable, or null. */
  static Instruction culprit(Function f) {
    for (Instruction i : f.instructions()) {
      if (reason(f, i) != null) {
        return i;
      }
    }
    return null;
  }

  private static String reason(Function f, Instruction i) {
    if (i.opcode() == Opcode.INDIRECTBR) {
      return "contains indirect branches";
    }
    if (!(i instanceof CallBase c)) {
      return null;
    }
    if (c.calledFunction() == f) {
      return "recursive call";
    }
    boolean returnsTwice = c.fnAttributes().has("returns_twice")
        || (c.calledFunction() != null && c.calledFunction().fnAttributes().has("returns_twice"));
    if (c instanceof CallInst && returnsTwice && !f.fnAttributes().has("returns_twice")) {
      return "exposes returns-twice attribute";
    }
    if (Intrinsics.isIntrinsic(c, "llvm.icall.branch.funnel")) {
      return "disallowed inlining of @llvm.icall.branch.funnel";
    }
    if (Intrinsics.isIntrinsic(c, "llvm.localescape")) {
      return "disallowed inlining of @llvm.localescape";
    }
    return Intrinsics.isIntrinsic(c, "llvm.va_start")
        ? "contains VarArgs initialized with va_start" : null;
  }

  /** Whether caller and callee may be merged (functionsHaveCompatibleAttributes). */
  static boolean compatible(Function caller, Function callee) {
    for (String name : MUST_MATCH) {
      if (!Objects.equals(spelling(caller, name), spelling(callee, name))) {
        return false;
      }
    }
    if (callee.fnAttributes().has("strictfp") && !caller.fnAttributes().has("strictfp")) {
      return false;
    }
    String callerCpu = spelling(caller, "target-cpu");
    String calleeCpu = spelling(callee, "target-cpu");
    if (calleeCpu != null && !calleeCpu.equals(callerCpu)) {
      return false;
    }
    return features(caller).containsAll(features(callee));
  }

  private static String spelling(Function f, String name) {
    Attribute a = f.fnAttributes().get(name);
    return a == null ? null : a.spelling();
  }

  /** The "+feature" entries of "target-features". */
  private static Set<String> features(Function f) {
    Set<String> out = new HashSet<>();
    String s = spelling(f, "target-features");
    if (s != null) {
      String v = s.substring(s.indexOf('=') + 1).replace("\"", "");
      for (String feature : v.split(",")) {
        if (feature.startsWith("+")) {
          out.add(feature);
        }
      }
    }
    return out;
  }
}
