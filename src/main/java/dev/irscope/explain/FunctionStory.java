// The story of one function for `irscope explain`: its name, demangled name, the attributes
// irscope infers that bear on its loops (with their reasons), and one LoopStory per loop.
package dev.irscope.explain;

import dev.irscope.infer.Remark;
import java.util.List;

public record FunctionStory(String name, String demangled, String declaredAttrs,
    String inferredAttrs, List<AttributeNote> attributes, List<LoopStory> loops) {

  /** An attribute that matters to the story: its spelling, whether inferred, and why. */
  public record AttributeNote(String attribute, boolean holds, String meaning, Remark reason) {}
}
