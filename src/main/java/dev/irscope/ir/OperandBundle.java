// One operand bundle of a call: "deopt"(i32 1, ...). Its inputs are operands of the call.
package dev.irscope.ir;

public record OperandBundle(String tag, int numInputs) {}
