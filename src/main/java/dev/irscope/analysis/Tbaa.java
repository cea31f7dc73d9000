// What LLVM's TypeBasedAA contributes to function-attrs: an access whose !tbaa tag marks its type
// immutable reads or writes constant memory, so it is not observable (getModRefInfoMask gives
// NoModRef for its location; getMemoryEffects gives none for such a call). The flag is read as
// TypeBasedAliasAnalysis.cpp reads it:
//   - a struct-path tag (3 or more operands, the first a node): operand 3, or operand 4 in the new
//     format (4 or more operands and an access type whose first operand is a node);
//   - an old scalar type node (its first operand a string): operand 2;
// the flag is the lowest bit of an integer constant there.
package dev.irscope.analysis;

import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.ValueAsMetadata;

public final class Tbaa {
  private Tbaa() {}

  /** Whether {@code i} carries a !tbaa tag whose type is immutable (constant memory). */
  public static boolean isImmutable(Instruction i) {
    if (!(i.attachment("tbaa") instanceof MDNode tag)) {
      return false;
    }
    if (isStructPath(tag)) {
      int op = isNewFormat(tag) ? 4 : 3;
      return tag.numOperands() > op && lowBit(tag.operand(op));
    }
    return tag.numOperands() >= 3 && lowBit(tag.operand(2));
  }

  private static boolean isStructPath(MDNode tag) {
    return tag.numOperands() >= 3 && tag.operand(0) instanceof MDNode;
  }

  private static boolean isNewFormat(MDNode tag) {
    if (tag.numOperands() < 4) {
      return false;
    }
    return !(tag.operand(1) instanceof MDNode access) || access.numOperands() >= 3
        && access.operand(0) instanceof MDNode;
  }

  private static boolean lowBit(Metadata m) {
    return m instanceof ValueAsMetadata v && v.value() instanceof ConstantInt c
        && (c.unsignedValue() & 1) != 0;
  }
}
