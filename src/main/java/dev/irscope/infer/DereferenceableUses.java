// What the uses of one pointer in its must-be-executed context prove about it, as LLVM 19's
// Attributor gathers it in followUsesInMBEC for AADereferenceable and AANonNull
// (AttributorAttributes.cpp): the uses are followed through casts and GEPs; a load, store,
// atomicrmw or cmpxchg (not volatile, of a fixed size) whose address is the pointer plus a
// constant offset records the accessed range [offset, offset + size); if the offset is reached
// through inbounds GEPs only (or is 0) it also proves offset + size bytes and, where null is not
// a valid address, non-null; passing the pointer to a call proves what the call site's parameter
// declares (dereferenceable / dereferenceable_or_null bytes, nonnull), and calling it proves
// non-null. Known bytes then grow over the accessed ranges in offset order until the first gap
// (DerefState::computeKnownDerefBytesFromAccessedMap).
// Conditional branches in the context are then explored one level deep: each successor's own
// context gives a child state, and what every child proves (the minimum of their bytes, the
// conjunction of their non-null) is added, without growing it over the accessed ranges again.
package dev.irscope.infer;

import dev.irscope.analysis.Intrinsics;
import dev.irscope.analysis.MustBeExecutedContext;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.AtomicCmpXchgInst;
import dev.irscope.ir.AtomicRMWInst;
import dev.irscope.ir.BasicBlock;
import dev.irscope.ir.BranchInst;
import dev.irscope.ir.CallBase;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.ConstantInt;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.LoadInst;
import dev.irscope.ir.MemoryAccessInst;
import dev.irscope.ir.OperandBundle;
import dev.irscope.ir.PointerType;
import dev.irscope.ir.StoreInst;
import dev.irscope.ir.Type;
import dev.irscope.ir.Use;
import dev.irscope.ir.Value;
import dev.irscope.ir.VectorType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

final class DereferenceableUses {
  /** Known bytes, accessed ranges and non-null, with the instructions that proved them. */
  static final class State {
    long known;
    boolean nonNull;
    final TreeMap<Long, Long> accessed = new TreeMap<>();
    /** The last instruction that raised the known bytes, and the one that proved non-null. */
    Instruction bytesBy;
    Instruction nonNullBy;

    void takeKnown(long bytes, Instruction by) {
      bytes &= 0xFFFFFFFFL; // DerefState keeps its bytes in a uint32_t
      if (bytes > known) {
        known = bytes;
        bytesBy = by;
      }
      growOverAccesses(by);
    }

    void addAccess(long offset, long size, Instruction by) {
      accessed.merge(offset, size, Math::max);
      growOverAccesses(by);
    }

    private void growOverAccesses(Instruction by) {
      long k = known;
      for (Map.Entry<Long, Long> e : accessed.entrySet()) {
        if (k < e.getKey()) {
          break;
        }
        k = Math.max(k, e.getKey() + e.getValue());
      }
      k &= 0xFFFFFFFFL;
      if (k > known) {
        known = k;
        bytesBy = by;
      }
    }
  }

  private final DereferenceableInference.Ir ir;
  private final MustBeExecutedContext explorer;
  private final Value value;

  DereferenceableUses(DereferenceableInference.Ir ir, MustBeExecutedContext explorer, Value value) {
    this.ir = ir;
    this.explorer = explorer;
    this.value = value;
  }

  /** Follows the uses of the value in the context of {@code ctx} (and its branches) into s. */
  void follow(Instruction ctx, State s) {
    LinkedHashSet<Use> uses = new LinkedHashSet<>(value.uses());
    List<Use> order = new ArrayList<>(uses);
    MustBeExecutedContext.Context context = explorer.of(ctx);
    followInContext(context, uses, order, s);
    long bytes = Long.MAX_VALUE;
    for (Instruction i : context.instructions()) {
      if (!(i instanceof BranchInst br) || br.successors().size() < 2) {
        continue;
      }
      bytes = Long.MAX_VALUE;
      boolean nonNull = true;
      Instruction bytesBy = null;
      Instruction nonNullBy = null;
      for (BasicBlock b : br.successors()) {
        State child = new State();
        int before = order.size();
        if (!b.instructions().isEmpty()) {
          followInContext(explorer.of(b.instructions().get(0)), uses, order, child);
        }
        while (order.size() > before) {
          uses.remove(order.remove(order.size() - 1));
        }
        if (child.known < bytes) {
          bytes = child.known;
          bytesBy = child.bytesBy;
        }
        nonNull &= child.nonNull;
        nonNullBy = child.nonNullBy;
      }
      if (bytes > s.known) {
        s.known = bytes;
        s.bytesBy = bytesBy;
      }
      if (nonNull && !s.nonNull) {
        s.nonNull = true;
        s.nonNullBy = nonNullBy;
      }
    }
  }

  private void followInContext(MustBeExecutedContext.Context context, LinkedHashSet<Use> uses,
      List<Use> order, State s) {
    for (int k = 0; k < order.size(); k++) {
      Use u = order.get(k);
      if (u.user() instanceof Instruction i && context.contains(i) && followUse(u, i, s)) {
        for (Use next : i.uses()) {
          if (uses.add(next)) {
            order.add(next);
          }
        }
      }
    }
  }

  /** One use: what it proves into s; true when the user's own uses are to be followed. */
  private boolean followUse(Use u, Instruction i, State s) {
    Value used = u.value();
    if (!(used.type() instanceof PointerType)) {
      return false;
    }
    if (i instanceof CastInst || i instanceof GetElementPtrInst) {
      return true;
    }
    Access a = access(i);
    if (a == null && i instanceof CallBase call) {
      followCallUse(call, u, s);
      return false;
    }
    if (a == null || a.pointer != used) {
      return false;
    }
    PointerOffsets.Based inbounds = PointerOffsets.strip(used, ir.dl, false, true, ir.returned,
        ir.ranges(i.function())::signedMin);
    PointerOffsets.Based any = PointerOffsets.strip(used, ir.dl, true, false, ir.returned);
    if (inbounds.base() == value || (any.base() == value && any.offset() == 0)) {
      long offset = inbounds.base() == value ? inbounds.offset() : 0;
      s.takeKnown(Math.max(0, a.size + offset), i);
      proveNonNull(s, i, used);
    }
    if (any.base() == value) {
      s.addAccess(any.offset(), a.size, i);
    }
    return false;
  }

  private void followCallUse(CallBase call, Use u, State s) {
    if (u.index() == 0) {
      proveNonNull(s, call, u.value());
      return;
    }
    int idx = u.index() - 1;
    if (idx >= call.numArgs()) {
      followBundleUse(call, idx - call.numArgs(), s);
      return;
    }
    if (ir.paramNonNull(call, idx)) {
      proveNonNull(s, call, null);
    }
    s.takeKnown(ir.paramDerefBytes(call, idx), call);
  }

  /** llvm.assume's "nonnull" and "dereferenceable" operand bundles (getKnowledgeFromUse). */
  private void followBundleUse(CallBase call, int input, State s) {
    if (!Intrinsics.isIntrinsic(call, "llvm.assume")) {
      return;
    }
    int first = 1 + call.numArgs();
    for (OperandBundle b : call.bundles()) {
      if (input == 0 && b.tag().equals("nonnull")) {
        proveNonNull(s, call, null);
      } else if (input == 0 && b.tag().equals("dereferenceable") && b.numInputs() > 1
          && call.operand(first + 1) instanceof ConstantInt n) {
        proveNonNull(s, call, call.operand(first));
        s.takeKnown(n.longValue(), call);
      }
      input -= b.numInputs();
      first += b.numInputs();
      if (input < 0) {
        return;
      }
    }
  }

  /**
   * Records that {@code by} proves the value non-null: outright (used null), or because it
   * accesses the value as {@code used}, whose address space must not define null (LLVM asks
   * NullPointerIsDefined of the use's pointer type, not of the value's).
   */
  private void proveNonNull(State s, Instruction by, Value used) {
    boolean nullDefined = used != null
        && DereferenceableInference.Ir.nullIsDefined(by.function(), used.type());
    if (!nullDefined && !s.nonNull) {
      s.nonNull = true;
      s.nonNullBy = by;
    }
  }

  /**
   * An old intrinsic LLVM upgrades to a store or atomicrmw through its first argument of its
   * second (x86 storeu/movnt, amdgcn atomic.inc/dec), not volatile.
   */
  private static boolean upgradedAccess(CallBase call) {
    if (!(call.callee() instanceof dev.irscope.ir.Function f) || call.numArgs() < 2
        || !f.isDeclaration() || !f.name().startsWith("llvm.")) {
      return false;
    }
    IntrinsicUpgrade.Upgrade up = IntrinsicUpgrade.of(f);
    if (up == null || (up.kind() != IntrinsicUpgrade.Kind.STORE
        && up.kind() != IntrinsicUpgrade.Kind.ATOMICRMW)) {
      return false;
    }
    return up.kind() == IntrinsicUpgrade.Kind.STORE || call.numArgs() < 5
        || (call.arg(4) instanceof ConstantInt v && v.isZero());
  }

  private record Access(Value pointer, long size) {}

  /** LLVM's MemoryLocation::getOrNone with a precise size, for non-volatile accesses. */
  private Access access(Instruction i) {
    if (i instanceof MemoryAccessInst m && m.isVolatile()) {
      return null;
    }
    Type t;
    Value p;
    if (i instanceof LoadInst l) {
      t = l.type();
      p = l.pointer();
    } else if (i instanceof StoreInst st) {
      t = st.value().type();
      p = st.pointer();
    } else if (i instanceof AtomicRMWInst rmw) {
      t = rmw.operand(1).type();
      p = rmw.pointer();
    } else if (i instanceof AtomicCmpXchgInst cx) {
      t = cx.operand(1).type();
      p = cx.pointer();
    } else if (i instanceof CallBase call && upgradedAccess(call)) {
      t = call.arg(1).type(); // LLVM reads the call as the store or atomicrmw it upgrades to
      p = call.arg(0);
    } else {
      return null;
    }
    if (t instanceof VectorType v && v.isScalable()) {
      return null;
    }
    long size = ir.dl.storeSize(t);
    return size < 0 ? null : new Access(p, size);
  }
}
