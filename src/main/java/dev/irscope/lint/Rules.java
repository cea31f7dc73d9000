// The one list of lint rules, sorted by id (a test keeps it sorted); rules are registered here,
// never found by scanning the classpath.
package dev.irscope.lint;

import dev.irscope.lint.rules.HoistedReadSpinsForever;
import dev.irscope.lint.rules.NonAtomicLoadInLoop;
import dev.irscope.lint.rules.RelaxedFlagPublishesData;
import dev.irscope.lint.rules.VolatileIsNotSynchronization;
import java.util.List;

public final class Rules {
  private Rules() {}

  public static final List<Rule> ALL = List.of(
      new HoistedReadSpinsForever(),
      new NonAtomicLoadInLoop(),
      new RelaxedFlagPublishesData(),
      new VolatileIsNotSynchronization());

  /** The rule with this id, or null. */
  public static Rule byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }
}
