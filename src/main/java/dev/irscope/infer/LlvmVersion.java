// Which LLVM's rules inference reproduces: 19 (Debian's opt-19, used by the differential tests)
// or 22 (the LLVM inside rustc 1.95, the default). The rules that differ are listed in
// ../shared/spec/llvm-semantics.md, B8: the unknown-call bail-out (19-21), aggressive underlying
// objects (20+), capture spelling (nocapture up to 20, captures(...) from 21) errnomem (21+) and target_mem0/1 (22).
package dev.irscope.infer;

public enum LlvmVersion {
  V19(19), V22(22);

  private final int major;

  LlvmVersion(int major) {
    this.major = major;
  }

  public int major() {
    return major;
  }

  /** The version for "19" or "22"; null for anything else. */
  public static LlvmVersion of(String s) {
    for (LlvmVersion v : values()) {
      if (Integer.toString(v.major).equals(s.trim())) {
        return v;
      }
    }
    return null;
  }

  /** Unknown calls (indirect, inline asm) block nounwind/nofree/nosync/norecurse (19-21). */
  public boolean unknownCallBailsOut() {
    return major < 22;
  }

  /** getUnderlyingObjectAggressive looks through phis and selects that reach one object. */
  public boolean aggressiveUnderlyingObjects() {
    return major >= 20;
  }

  /** captures(...) rather than nocapture. */
  public boolean spellsCaptures() {
    return major >= 21;
  }

  /** memory(...) knows errnomem. */
  public boolean hasErrnoMem() {
    return major >= 21;
  }

  /**
   * memory(...) knows target_mem0 and target_mem1 (22: rustc 1.95's LLVM prints them; only calls
   * touch them, as loads and stores of unknown memory go to other and errnomem).
   */
  public boolean hasTargetMem() {
    return major >= 22;
  }

  @Override
  public String toString() {
    return Integer.toString(major);
  }
}
