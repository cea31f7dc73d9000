// The uses of a function in one fixed order: the order a sequential read of the module's text
// creates them. Users that are not instructions (global initializers, constant expressions) come
// first, as the globals that hold them precede the function bodies; then the instructions of
// each function in module order, each one's operands in order.
// The parser leaves a global's uses in text order, but a transform run before inference appends
// the uses it makes (explain inlines first: the inlined copies of calls come last, whatever their
// place), and users that are not instructions sit where their global does. The Attributor's
// emulation visits a function's uses in order (AAIsDeadFunction's call-site check,
// AAPotentialValues of an argument, the call-site clamp and the blocker a
// DereferenceableNotReached remark names), so it asks here for the one order above.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Module;
import dev.irscope.ir.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class TextOrderUses {
  private final Map<Function, Integer> functionIndex = new IdentityHashMap<>();
  private final Map<Function, Map<Instruction, Integer>> positions = new IdentityHashMap<>();
  private final Map<Function, List<Use>> sorted = new IdentityHashMap<>();

  TextOrderUses(Module m) {
    for (Function f : m.functions()) {
      functionIndex.put(f, functionIndex.size());
    }
  }

  /** The uses of {@code f} in text order. */
  List<Use> of(Function f) {
    return sorted.computeIfAbsent(f, g -> {
      List<Use> uses = new ArrayList<>(g.uses());
      uses.sort(Comparator.comparingLong(this::rank));
      return List.copyOf(uses);
    });
  }

  /** Function index, instruction index and operand index, packed; -1 for other users. */
  private long rank(Use u) {
    if (!(u.user() instanceof Instruction i) || i.parent() == null) {
      return -1;
    }
    Function f = i.function();
    long fn = functionIndex.getOrDefault(f, Integer.MAX_VALUE);
    long at = positions.computeIfAbsent(f, TextOrderUses::positions).getOrDefault(i, 0);
    return (fn << 40) | (at << 12) | Math.min(u.index(), 0xFFF);
  }

  private static Map<Instruction, Integer> positions(Function f) {
    Map<Instruction, Integer> out = new IdentityHashMap<>();
    for (Instruction i : f.instructions()) {
      out.put(i, out.size());
    }
    return out;
  }
}
