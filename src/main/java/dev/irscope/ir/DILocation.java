// A view of a !DILocation node: line, column, and the file reached through its scope chain.
package dev.irscope.ir;

public final class DILocation {
  private final MDNode node;

  private DILocation(MDNode node) {
    this.node = node;
  }

  /** The view of {@code md} when it is a DILocation, else null. */
  public static DILocation of(Metadata md) {
    return md instanceof MDNode n && "DILocation".equals(n.kind()) ? new DILocation(n) : null;
  }

  public MDNode node() {
    return node;
  }

  public long line() {
    return node.intField("line", 0);
  }

  public long column() {
    return node.intField("column", 0);
  }

  public MDNode scope() {
    return node.nodeField("scope");
  }

  /** The location this one was inlined at, or null. */
  public DILocation inlinedAt() {
    return of(node.field("inlinedAt"));
  }

  /** The DIFile of the innermost scope, found by walking scope/file links; null if none. */
  public MDNode file() {
    MDNode s = scope();
    for (int depth = 0; s != null && depth < 64; depth++) {
      if ("DIFile".equals(s.kind())) {
        return s;
      }
      MDNode f = s.nodeField("file");
      if (f != null && "DIFile".equals(f.kind())) {
        return f;
      }
      s = s.nodeField("scope");
    }
    return null;
  }

  /** The file name as written in the DIFile (relative names stay relative), or null. */
  public String filename() {
    MDNode f = file();
    return f == null ? null : f.stringField("filename");
  }

  @Override
  public String toString() {
    String f = filename();
    return (f == null ? "?" : f) + ":" + line() + ":" + column();
  }
}
