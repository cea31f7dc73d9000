// One top-level entity of a module as found by the Splitter: its byte range, where it starts,
// what kind of entity it is, the name it defines, and for globals the address space the header
// gives (so that references from other chunks see the right pointer type from the start).
package dev.irscope.parse;

public record Chunk(Kind kind, String name, int start, int end, int line, int column,
    int addrSpace) {
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
