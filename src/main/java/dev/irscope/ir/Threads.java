// Runs tasks each on its own thread, with a stack of the given size, and waits for all of them.
// An Error (out of memory, above all) or RuntimeException on any thread is rethrown to the
// caller, not left to the thread's default handler. Used by the parser's and the verifier's
// parallel phases.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

public final class Threads {
  private Threads() {}

  public static void runAll(String name, long stackBytes, Runnable... tasks) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < tasks.length; t++) {
      Runnable task = tasks[t];
      Thread th = new Thread(null, () -> {
        try {
          task.run();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, name + "-" + t, stackBytes);
      th.start();
      started.add(th);
    }
    for (Thread th : started) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Throwable f = failure.get();
    if (f instanceof Error e) {
      throw e;
    } else if (f instanceof RuntimeException e) {
      throw e;
    }
  }
}
