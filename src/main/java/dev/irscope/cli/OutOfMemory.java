// The message for running out of Java heap: names the limit and how to raise it.
package dev.irscope.cli;

final class OutOfMemory {
  private OutOfMemory() {}

  static String message() {
    long max = Runtime.getRuntime().maxMemory();
    return String.format("out of memory: the input needs more than the Java heap limit of %.1f GiB"
        + " (-Xmx); raise it with IRSCOPE_JAVA_OPTS=-Xmx<size>, e.g. -Xmx16g",
        max / (1024.0 * 1024 * 1024));
  }
}
