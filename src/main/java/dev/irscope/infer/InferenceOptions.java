// How to run inference: which LLVM's rules to follow, and whether to first drop from every
// definition the attributes inference produces (so the result compares with LLVM run on the
// same stripped input).
package dev.irscope.infer;

public record InferenceOptions(LlvmVersion llvm, boolean fromScratch) {}
