// Memory that opt's default alias analyses know to be constant, so that reading or writing it is
// not observable and function-attrs counts the access for nothing (getModRefInfoMask gives
// NoModRef for its location; getMemoryEffects gives no effects for such a call):
//  - TypeBasedAA: an access or call whose !tbaa tag marks its type immutable (Tbaa);
//  - AMDGPUAA, in the pipeline for amdgcn and r600 triples: a pointer in address space 4
//    (CONSTANT_ADDRESS) or 6 (CONSTANT_ADDRESS_32BIT), or whose underlying object is in one.
// BasicAA's own cases (allocas, constant globals) are locations of their objects instead
// (MemoryEffectsAnalysis.locations).
package dev.irscope.analysis;

import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.Value;

public final class ConstantMemory {
  private ConstantMemory() {}

  /** Whether opt's pipeline for {@code m}'s target has AMDGPU's alias analysis. */
  public static boolean hasAmdgpuAa(Module m) {
    String triple = m.triple();
    return triple != null && (triple.startsWith("amdgcn") || triple.startsWith("r600"));
  }

  /** Why the access or call {@code i} counts for nothing by its !tbaa tag, or null. */
  public static String byTbaa(Instruction i) {
    return Tbaa.isImmutable(i) ? "!tbaa marks the type immutable" : null;
  }

  /**
   * Why AMDGPU's alias analysis (in a module where hasAmdgpuAa holds) takes {@code ptr}, based
   * on {@code object}, to be constant memory, or null.
   */
  public static String byAddressSpace(Value ptr, Value object) {
    for (Value v : new Value[] {ptr, object}) {
      if (v != null && v.type() instanceof PointerType pt
          && (pt.addressSpace() == 4 || pt.addressSpace() == 6)) {
        return "AMDGPU's address space " + pt.addressSpace();
      }
    }
    return null;
  }
}
