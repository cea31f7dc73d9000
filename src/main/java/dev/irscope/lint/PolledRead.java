// A read of memory in a loop whose value decides whether the loop exits: the instruction (a
// load, or a call to std's atomic_load before inlining), the pointer it reads through, and how
// it reads: plainly, volatile, or atomically with an ordering.
package dev.irscope.lint;

import dev.irscope.analysis.Loop;
import dev.irscope.ir.AtomicOrdering;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Value;

public record PolledRead(Loop loop, Instruction read, Value pointer, Kind kind,
    AtomicOrdering ordering) {

  /** How the memory is read. */
  public enum Kind {
    /** A load that is neither atomic nor volatile. */
    PLAIN,
    /** A volatile load (read_volatile, VolatileCell::get). */
    VOLATILE,
    /** An atomic load, or a call to core::sync::atomic::atomic_load. */
    ATOMIC
  }
}
