// Why LICM may move an instruction (the positive answers of canSinkOrHoistInst), each with the
// sentence the remarks use.
package dev.irscope.transform;

public enum LicmDecision {
  NO_MEMORY("it does not access memory"),
  CONSTANT_MEMORY("it reads memory that cannot change (a constant global or a noalias readonly"
      + " argument)"),
  INVARIANT_LOAD("it carries !invariant.load"),
  NOT_CLOBBERED("no instruction in the loop may write the location it reads"),
  CALL_NO_MEMORY("the call does not access memory and does not throw"),
  CALL_ASSUME("llvm.assume neither accesses memory nor throws"),
  CALL_ARGS_NOT_WRITTEN("the call only reads its pointer arguments and nothing in the loop"
      + " writes them"),
  CALL_LOOP_READ_ONLY("the call only reads memory and nothing in the loop writes memory"),
  FENCE_ONLY_ACCESS("the fence is the loop's only memory access"),
  STORE_ONLY_ACCESS("the store is the loop's only memory access"),
  STORE_NOT_OBSERVED("nothing else in the loop reads or writes the stored location");

  private final String sentence;

  LicmDecision(String sentence) {
    this.sentence = sentence;
  }

  public String sentence() {
    return sentence;
  }
}
