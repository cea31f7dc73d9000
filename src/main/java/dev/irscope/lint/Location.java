// A place a finding points at: the instruction's line and column in the .ll file with its IR
// text, and, from its !dbg, where it is in the Rust source: in the function itself (the end
// of the inlinedAt chain) and, when it was inlined from a callee, there too.
package dev.irscope.lint;

import dev.irscope.infer.Remark.SourceLocation;

/**
 * @param irFile the .ll file as named on the command line
 * @param line the instruction's line in it (1-based; 0 when unknown)
 * @param column its column (1-based)
 * @param ir the instruction's text, without metadata attachments
 * @param source where it is in the function's own source, or null without !dbg
 * @param inlinedFrom where it is in the callee it was inlined from, or null
 */
public record Location(String irFile, int line, int column, String ir, SourceLocation source,
    SourceLocation inlinedFrom) {

  /** "src/main.rs:16:11" when the source is known, else "x.ll:42:3". */
  public String where() {
    return source != null ? source.file() + ":" + source.line() + ":" + source.column()
        : irWhere();
  }

  /** "x.ll:42:3". */
  public String irWhere() {
    return irFile + ":" + line + ":" + column;
  }
}
