// One top-level entity of a module as found by the Splitter: its byte range, where it starts,
// what kind of entity it is and the name it defines.
package dev.irscope.parse;

public record Chunk(Kind kind, String name, int start, int end, int line, int column) {
  /** What a chunk defines, judged from its first tokens. */
  public enum Kind {
    /** source_filename, target, module asm, uselistorder, or text that is no known entity. */
    OTHER,
    TYPE,
    COMDAT,
    GLOBAL_VARIABLE,
    ALIAS,
    IFUNC,
    DECLARE,
    DEFINE,
    ATTRIBUTE_GROUP,
    NAMED_METADATA,
    METADATA,
    SUMMARY
  }

  public int size() {
    return end - start;
  }
}
