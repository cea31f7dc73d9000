// Which source variables a function's debug info ties to which IR values: #dbg_declare and
// #dbg_value records (LLVM 19+) and the older llvm.dbg.declare / llvm.dbg.value / llvm.dbg.addr
// calls, indexed by the value they name. A declare says the value is the variable's storage
// (an alloca, or a pointer to an argument passed indirectly); a value record says the value is
// the variable itself. A DIExpression that adds a constant (DW_OP_plus_uconst N, or
// DW_OP_constu N, DW_OP_plus) moves the variable N bytes past the value; expressions with other
// operations (DW_OP_deref, fragments of split variables, argument lists) are not followed.
package dev.irscope.rust;

import dev.irscope.ir.CallBase;
import dev.irscope.ir.DILocation;
import dev.irscope.ir.DebugRecord;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.MDLiteral;
import dev.irscope.ir.MDNode;
import dev.irscope.ir.Metadata;
import dev.irscope.ir.MetadataAsValue;
import dev.irscope.ir.Value;
import dev.irscope.ir.ValueAsMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class DebugBindings {
  /** How the debug info ties a variable to a value. */
  enum Kind {
    DECLARE, VALUE
  }

  /**
   * One tie: {@code variable} is (VALUE) or lives in (DECLARE) {@code value} + {@code offset}.
   * {@code inlined} says whether the variable belongs to a callee inlined here.
   */
  record Binding(Kind kind, Value value, MDNode variable, long offset, boolean inlined,
      Instruction at) {}

  private final Map<Value, List<Binding>> byValue = new HashMap<>();

  private DebugBindings() {}

  static DebugBindings of(Function f) {
    DebugBindings b = new DebugBindings();
    for (Instruction i : f.instructions()) {
      for (DebugRecord r : i.debugRecords()) {
        Kind k = r.kind().equals("declare") ? Kind.DECLARE
            : r.kind().equals("value") || r.kind().equals("assign") ? Kind.VALUE : null;
        if (k != null && r.args().size() >= 3) {
          DILocation loc = DILocation.of(r.args().size() > 3 ? r.args().get(3) : null);
          b.add(k, r.args().get(0), r.args().get(1), r.args().get(2), loc, i);
        }
      }
      if (i instanceof CallBase call && call.calledFunction() != null) {
        String callee = call.calledFunction().name();
        Kind k = callee.equals("llvm.dbg.declare") || callee.equals("llvm.dbg.addr")
            ? Kind.DECLARE : callee.equals("llvm.dbg.value") ? Kind.VALUE : null;
        if (k != null && call.numArgs() >= 3) {
          b.add(k, unwrap(call.arg(0)), unwrap(call.arg(1)), unwrap(call.arg(2)), i.debugLoc(),
              i);
        }
      }
    }
    return b;
  }

  private static Metadata unwrap(Value v) {
    return v instanceof MetadataAsValue m ? m.metadata() : null;
  }

  private void add(Kind kind, Metadata location, Metadata variable, Metadata expression,
      DILocation loc, Instruction at) {
    if (!(location instanceof ValueAsMetadata vm) || !(variable instanceof MDNode var)
        || !(expression instanceof MDNode expr)) {
      return;
    }
    Long offset = constantOffset(expr);
    if (offset == null) {
      return;
    }
    boolean inlined = loc != null && loc.inlinedAt() != null;
    byValue.computeIfAbsent(vm.value(), v -> new ArrayList<>())
        .add(new Binding(kind, vm.value(), var, offset, inlined, at));
  }

  /** The constant a DIExpression adds, 0 for an empty one, null when it does anything else. */
  static Long constantOffset(MDNode expr) {
    List<Metadata> ops = expr.operands();
    long offset = 0;
    int i = 0;
    while (i < ops.size()) {
      String op = ops.get(i) instanceof MDLiteral l ? l.spelling() : "";
      Long arg = i + 1 < ops.size() && ops.get(i + 1) instanceof MDLiteral l ? l.intValue() : null;
      if (op.equals("DW_OP_plus_uconst") && arg != null) {
        offset += arg;
        i += 2;
      } else if (op.equals("DW_OP_constu") && arg != null && i + 2 < ops.size()
          && ops.get(i + 2) instanceof MDLiteral p && p.spelling().equals("DW_OP_plus")) {
        offset += arg;
        i += 3;
      } else if (op.equals("DW_OP_stack_value")) {
        i++;
      } else {
        return null;
      }
    }
    return offset;
  }

  /** The ties that name {@code v} itself (not values derived from it). */
  List<Binding> of(Value v) {
    return byValue.getOrDefault(v, List.of());
  }
}
