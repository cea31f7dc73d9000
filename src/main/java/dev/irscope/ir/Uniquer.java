// A process-wide table of uniqued objects (types and constant data), safe to use from the
// parser's worker threads, so that equal types and constants are the same object.
package dev.irscope.ir;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

final class Uniquer {
  private static final ConcurrentHashMap<Object, Object> TABLE = new ConcurrentHashMap<>();

  private Uniquer() {}

  @SuppressWarnings("unchecked")
  static <T> T get(Object key, Supplier<T> make) {
    Object o = TABLE.get(key);
    if (o == null) {
      o = TABLE.computeIfAbsent(key, k -> make.get());
    }
    return (T) o;
  }
}
