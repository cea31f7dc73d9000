// The value map of a copy (LLVM's ValueToValueMapTy with RemapInstruction): which value stands
// for which in the copy, and remap(), which points a cloned instruction at the copies of its
// operands. Values not in the map stay as they are (constants, globals, and whatever the copy
// shares with the original). Function-local metadata is rebuilt around the mapped values: the
// values wrapped in metadata operands of calls (`metadata ptr %x`), in debug records and in
// inline nodes such as !DIArgList. When the copy comes from another function (inlining), a local
// value of that function without a copy becomes poison there, as LLVM kills a debug location it
// cannot map. Phi incoming blocks, which are not operands, are mapped too.
package dev.irscope.ir;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

public final class ValueMapper {
  private final Map<Value, Value> map = new IdentityHashMap<>();
  private final Function source;

  /** A map for copies within a function: unmapped values stay, in metadata too. */
  public ValueMapper() {
    this(null);
  }

  /**
   * A map for copying code of {@code source} elsewhere: in metadata, a local value of
   * {@code source} without a copy becomes poison.
   */
  public ValueMapper(Function source) {
    this.source = source;
  }

  /** Makes {@code copy} stand for {@code original}. */
  public void put(Value original, Value copy) {
    map.put(original, copy);
  }

  /** Drops what stands for {@code original} (its copy was deleted). */
  public void forget(Value original) {
    map.remove(original);
  }

  /** The value standing for {@code v}, or null when none was put. */
  public Value get(Value v) {
    return map.get(v);
  }

  /** The value standing for {@code v}, or {@code v} itself when none was put. */
  public Value map(Value v) {
    Value m = map.get(v);
    return m == null ? v : m;
  }

  /** {@code md} with the local values it wraps mapped; the same object when nothing changes. */
  public Metadata map(Metadata md) {
    if (md instanceof ValueAsMetadata v && v.isLocal()) {
      Value m = map.get(v.value());
      if (m == null && source != null && localTo(v.value()) == source) {
        m = ConstantKeyword.get(v.value().type(), ConstantKeyword.Kind.POISON);
      }
      return m == null || m == v.value() ? md : new ValueAsMetadata(m);
    }
    if (md instanceof MDNode n && n.id() < 0) {
      List<Metadata> ops = new ArrayList<>(n.operands().size());
      boolean changed = false;
      for (Metadata op : n.operands()) {
        Metadata m = op == null ? null : map(op);
        changed |= m != op;
        ops.add(m);
      }
      return changed ? MDNode.inline(n.kind(), n.fieldNames(), ops) : md;
    }
    return md;
  }

  /**
   * Points {@code i}'s operands, phi incoming blocks, function-local metadata operands and
   * debug records at what stands for them in this map.
   */
  public void remap(Instruction i) {
    remapOperands(i);
    for (int k = 0; k < i.numOperands(); k++) {
      if (i.operand(k) instanceof MetadataAsValue mv) {
        Metadata m = map(mv.metadata());
        if (m != mv.metadata()) {
          i.setOperand(k, new MetadataAsValue(m));
        }
      }
    }
    if (!i.debugRecords().isEmpty()) {
      for (DebugRecord r : i.takeDebugRecords()) {
        i.addDebugRecord(map(r));
      }
    }
  }

  /**
   * Points {@code i}'s value operands and phi incoming blocks at what stands for them, leaving
   * metadata (which may name values not copied yet) for remap().
   */
  public void remapOperands(Instruction i) {
    for (int k = 0; k < i.numOperands(); k++) {
      Value v = i.operand(k);
      Value m = v == null || v instanceof MetadataAsValue ? null : map.get(v);
      if (m != null && m != v) {
        i.setOperand(k, m);
      }
    }
    if (i instanceof PhiInst phi) {
      for (int k = 0; k < phi.numIncoming(); k++) {
        if (map.get(phi.incomingBlock(k)) instanceof BasicBlock b) {
          phi.setIncomingBlock(k, b);
        }
      }
    }
  }

  private static Function localTo(Value v) {
    if (v instanceof Argument a) {
      return a.parent();
    }
    return v instanceof Instruction i ? i.function() : null;
  }

  /** {@code r} with its local values mapped. */
  public DebugRecord map(DebugRecord r) {
    List<Metadata> args = new ArrayList<>(r.args().size());
    boolean changed = false;
    for (Metadata a : r.args()) {
      Metadata m = map(a);
      changed |= m != a;
      args.add(m);
    }
    return changed ? new DebugRecord(r.kind(), args, r.line(), r.column()) : r;
  }
}
