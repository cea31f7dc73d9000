// One inference decision: a stable CamelCase name (NoSyncOrderedAtomic, MemoryArgRead, ...),
// the attribute it is about, whether the attribute was inferred, and a sentence naming the
// instruction (or declaration) that decided it, with its place in the .ll file and, from !dbg,
// in the source.
package dev.irscope.infer;

public record Remark(String name, String attribute, boolean inferred, String message, int line,
    int column, SourceLocation source) {
  /** A place in the program's source, from a DILocation. */
  public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
      return file + ":" + line + (column > 0 ? ":" + column : "");
    }
  }
}
