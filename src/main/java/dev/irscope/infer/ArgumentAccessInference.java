// readonly / writeonly / readnone on pointer parameters (spec B7.1, LLVM's
// determinePointerAccessAttrs): walk the uses of the argument through bitcast, GEP, phi, select
// and addrspacecast. A load reads (a volatile one gives up), a store to it writes (storing the
// pointer itself, or a volatile store, gives up), icmp and ret are neutral, calls read or write
// it as their parameter attributes and argmem effects say (a call that may capture it and may
// write memory gives up), anything else gives up. Read and write together give nothing.
package dev.irscope.infer;

import dev.irscope.analysis.UnderlyingObject;
import dev.irscope.ir.Argument;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.Function;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryEffects;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Use;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

final class ArgumentAccessInference {
  private ArgumentAccessInference() {}

  enum Access { NONE, READONLY, WRITEONLY, READNONE;

    String spelling() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The outcome and the instruction that decided it (the reader/writer, or what gave up). */
  record Outcome(Access access, Instruction reader, Instruction writer, Instruction blocker) {}

  static Outcome determine(Argument a, Set<Argument> sccArgs, SccContext scc) {
    FunctionState s = scc.state(a.parent());
    if (s.paramHas(a.index(), "inalloca") || s.paramHas(a.index(), "preallocated")) {
      return new Outcome(Access.NONE, null, null, null);
    }
    Instruction reader = null;
    Instruction writer = null;
    Deque<Use> work = new ArrayDeque<>();
    Set<Use> visited = new HashSet<>();
    for (Use u : a.uses()) {
      visited.add(u);
      work.push(u);
    }
    while (!work.isEmpty()) {
      if (reader != null && writer != null) {
        return new Outcome(Access.NONE, reader, writer, null);
      }
      Use u = work.pop();
      if (!(u.user() instanceof Instruction i)) {
        return new Outcome(Access.NONE, reader, writer, null);
      }
      switch (i.opcode()) {
        case BITCAST, GETELEMENTPTR, PHI, SELECT, ADDRSPACECAST -> pushUses(i, work, visited);
        case CALL, INVOKE -> {
          CallBase cb = (CallBase) i;
          if (u.index() == 0) {
            reader = reader == null ? i : reader;
            continue;
          }
          int idx = u.index() - 1;
          if (UnderlyingObject.aliasingIntrinsicArgument(cb) != null) {
            pushUses(i, work, visited);
          } else if (!scc.queries.doesNotCapture(cb, idx)) {
            if (!scc.queries.memoryEffects(cb).onlyReadsMemory()) {
              return new Outcome(Access.NONE, reader, writer, i);
            }
            if (!i.type().isVoid()) {
              pushUses(i, work, visited);
            }
          }
          int argMr = scc.queries.memoryEffects(cb).access(MemoryEffects.Location.ARGMEM);
          if (argMr == MemoryEffects.NONE) {
            continue;
          }
          Function callee = cb.calledFunction();
          if (callee != null && idx < cb.numArgs() && idx < callee.arguments().size()
              && sccArgs.contains(callee.argument(idx))) {
            continue;
          }
          if (scc.queries.doesNotAccessMemory(cb, idx)) {
            continue;
          } else if ((argMr & MemoryEffects.WRITE) == 0 || scc.queries.onlyReadsMemory(cb, idx)) {
            reader = reader == null ? i : reader;
          } else if ((argMr & MemoryEffects.READ) == 0
              || scc.queries.paramHas(cb, idx, "writeonly")) {
            writer = writer == null ? i : writer;
          } else {
            return new Outcome(Access.NONE, reader, writer, i);
          }
        }
        case LOAD -> {
          if (((LoadInst) i).isVolatile()) {
            return new Outcome(Access.NONE, reader, writer, i);
          }
          reader = reader == null ? i : reader;
        }
        case STORE -> {
          StoreInst st = (StoreInst) i;
          if (u.index() == 0 || st.isVolatile()) {
            return new Outcome(Access.NONE, reader, writer, i);
          }
          writer = writer == null ? i : writer;
        }
        case ICMP, RET -> { }
        default -> {
          return new Outcome(Access.NONE, reader, writer, i);
        }
      }
    }
    Access acc = reader != null && writer != null ? Access.NONE
        : reader != null ? Access.READONLY : writer != null ? Access.WRITEONLY : Access.READNONE;
    return new Outcome(acc, reader, writer, null);
  }

  private static void pushUses(Instruction i, Deque<Use> work, Set<Use> visited) {
    for (Use uu : i.uses()) {
      if (visited.add(uu)) {
        work.push(uu);
      }
    }
  }

  /** LLVM's addAccessAttr: replaces any other access attribute; false if already there. */
  static boolean add(FunctionState s, int index, Access r) {
    java.util.Map<String, String> p = s.params.get(index);
    if (p.containsKey(r.spelling())) {
      return false;
    }
    p.remove("writeonly");
    p.remove("readonly");
    p.remove("readnone");
    if (r == Access.READNONE || r == Access.READONLY) {
      p.remove("writable");
    }
    p.put(r.spelling(), r.spelling());
    return true;
  }

  /** Remarks for one parameter's access outcome. */
  static void explain(SccContext scc, Argument a, Outcome o) {
    Function f = a.parent();
    String arg = "%" + a.name();
    if (o.access() != Access.NONE) {
      Instruction by = o.reader() != null ? o.reader() : o.writer();
      String why = switch (o.access()) {
        case READONLY -> "only read, first by " + Places.of(o.reader());
        case WRITEONLY -> "only written, first by " + Places.of(o.writer());
        default -> "neither read nor written through in " + Places.of(f);
      };
      scc.remark(f, "ArgumentAccessInferred", o.access().spelling(), true,
          o.access().spelling() + " on " + arg + ": it is " + why, by);
    } else if (o.blocker() != null) {
      scc.remark(f, "ArgumentAccessUnknown", "readonly", false, "no access attribute on " + arg
          + ": " + Places.of(o.blocker()) + " may access it in a way that cannot be followed",
          o.blocker());
    } else if (o.reader() != null && o.writer() != null) {
      scc.remark(f, "ArgumentReadAndWritten", "readonly", false, "no access attribute on "
          + arg + ": read by " + Places.of(o.reader()) + " and written by "
          + Places.of(o.writer()), o.writer());
    }
  }
}
