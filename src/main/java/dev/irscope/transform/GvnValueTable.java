// GVN's value numbering (GVNPass::ValueTable) and leader table, as LLVM 19 has them with
// MemoryDependenceAnalysis. Two instructions get the same number when they compute the same
// expression: the opcode, the result type and the numbers of the operands (sorted for
// commutative operators; a comparison with swapped operands takes the swapped predicate;
// flags such as nsw are not part of it). A getelementptr is numbered by what it adds to its base:
// the constant byte offset and each non-constant index with its byte scale, so GEPs over
// different types that reach the same address are equal. Calls that do not access memory are
// numbered like expressions; every other value (loads, phis, allocas, other calls, arguments,
// constants) has a number of its own. The leader table keeps, per number, the values that
// compute it with their blocks; a leader may replace an instruction when its block dominates
// the instruction's block (a constant leader is taken at once).
package dev.irscope.transform;

import dev.irscope.analysis.DominatorTree;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CmpInst;
import dev.irscope.ir.Constant;
import dev.irscope.ir.ExtractValueInst;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.InsertValueInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.Type;
import dev.irscope.ir.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class GvnValueTable {
  /** What a number stands for: an operation, its type and its operands' numbers. */
  private record Expression(String op, Type type, List<Long> args) {}

  private record Leader(Value value, BasicBlock block) {}

  private static final Map<String, String> SWAPPED = Map.ofEntries(Map.entry("ugt", "ult"),
      Map.entry("ult", "ugt"), Map.entry("uge", "ule"), Map.entry("ule", "uge"),
      Map.entry("sgt", "slt"), Map.entry("slt", "sgt"), Map.entry("sge", "sle"),
      Map.entry("sle", "sge"), Map.entry("ogt", "olt"), Map.entry("olt", "ogt"),
      Map.entry("oge", "ole"), Map.entry("ole", "oge"));

  private final CallAttributes calls;
  private final Map<Value, Integer> numbers = new IdentityHashMap<>();
  private final Map<Expression, Integer> expressions = new HashMap<>();
  private final Map<Integer, List<Leader>> leaders = new HashMap<>();
  private int next = 1;

  GvnValueTable(CallAttributes calls) {
    this.calls = calls;
  }

  /** The number the next new value will get. */
  int nextUnused() {
    return next;
  }

  /** The value's number, given a new one if it has none. */
  int lookupOrAdd(Value v) {
    Integer known = numbers.get(v);
    if (known != null) {
      return known;
    }
    Expression e = v instanceof Instruction i ? expression(i) : null;
    int n;
    if (e == null) {
      n = next++;
    } else {
      Integer same = expressions.get(e);
      n = same != null ? same : next++;
      expressions.putIfAbsent(e, n);
    }
    numbers.put(v, n);
    return n;
  }

  void erase(Value v) {
    numbers.remove(v);
  }

  /** Adds a leader, after the first one (LLVM's LeaderMap keeps the first at the head). */
  void addLeader(int n, Value v, BasicBlock b) {
    List<Leader> list = leaders.computeIfAbsent(n, k -> new ArrayList<>());
    list.add(Math.min(1, list.size()), new Leader(v, b));
  }

  void eraseLeader(Value v) {
    Integer n = numbers.get(v);
    List<Leader> list = n == null ? null : leaders.get(n);
    if (list != null) {
      list.removeIf(l -> l.value() == v);
    }
  }

  /** A value with number {@code n} available in {@code b}, or null (LLVM's findLeader). */
  Value findLeader(BasicBlock b, int n, DominatorTree dt) {
    Value found = null;
    for (Leader l : leaders.getOrDefault(n, List.of())) {
      if (dt.dominates(l.block(), b)) {
        found = l.value();
        if (found instanceof Constant) {
          return found;
        }
      }
    }
    return found;
  }

  private Expression expression(Instruction i) {
    Opcode op = i.opcode();
    if (op == Opcode.GETELEMENTPTR) {
      return gep((GetElementPtrInst) i);
    }
    if (op == Opcode.CALL) {
      CallBase c = (CallBase) i;
      return calls.memoryEffects(c).doesNotAccessMemory() && !i.type().isVoid()
          ? plain(i, "call " + c.functionType()) : null;
    }
    if (op == Opcode.EXTRACTVALUE) {
      ExtractValueInst ev = (ExtractValueInst) i;
      return new Expression("extractvalue " + Arrays.toString(ev.indices()), i.type(),
          operandNumbers(i));
    }
    if (op == Opcode.INSERTVALUE) {
      return new Expression("insertvalue " + Arrays.toString(((InsertValueInst) i).indices()),
          i.type(), operandNumbers(i));
    }
    if (i instanceof CmpInst c) {
      List<Long> args = operandNumbers(i);
      String pred = c.predicate();
      if (args.get(0) > args.get(1)) {
        args = List.of(args.get(1), args.get(0));
        pred = SWAPPED.getOrDefault(pred, pred);
      }
      return new Expression(op.spelling() + " " + pred, i.type(), args);
    }
    if (op.isBinary() || op.isCast() || op == Opcode.FNEG || op == Opcode.SELECT
        || op == Opcode.FREEZE || op == Opcode.EXTRACTELEMENT || op == Opcode.INSERTELEMENT
        || op == Opcode.SHUFFLEVECTOR) {
      return plain(i, op.spelling());
    }
    return null;
  }

  private Expression plain(Instruction i, String op) {
    List<Long> args = operandNumbers(i);
    if (isCommutative(i.opcode()) && args.get(0) > args.get(1)) {
      args.set(0, args.set(1, args.get(0)));
    }
    return new Expression(op, i.type(), args);
  }

  private List<Long> operandNumbers(Instruction i) {
    List<Long> args = new ArrayList<>();
    for (Value v : i.operands()) {
      args.add((long) lookupOrAdd(v));
    }
    return args;
  }

  private Expression gep(GetElementPtrInst g) {
    PointerOffsets.Collected c = PointerOffsets.collectOffset(g, TypeSizes.LAYOUT);
    if (c == null) {
      return new Expression("getelementptr " + g.sourceElementType(), null, operandNumbers(g));
    }
    List<Long> args = new ArrayList<>();
    args.add((long) lookupOrAdd(g.pointer()));
    c.variable().forEach((index, scale) -> {
      args.add((long) lookupOrAdd(index));
      args.add(scale);
    });
    if (c.constant() != 0) {
      args.add(c.constant());
    }
    return new Expression("getelementptr " + (args.size() % 2) + " " + g.type(), null, args);
  }

  private static boolean isCommutative(Opcode op) {
    return switch (op) {
      case ADD, MUL, AND, OR, XOR, FADD, FMUL -> true;
      default -> false;
    };
  }
}
