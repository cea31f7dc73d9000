// The rules of LLVM 19's BasicAA that GVN's alias queries use beyond AliasQueries' own (LICM
// keeps the rules it was measured with). MemoryDependenceAnalysis asks BasicAA with
// EarliestEscapeInfo, so a local object counts as escaped only from its earliest capture on
// (EarliestEscapes): a pointer loaded or returned by a call before that cannot point to it, and
// a call before that cannot touch it but through its arguments. And BasicAA's aliasCheck:
// - the same pointer value must alias, whatever the sizes;
// - pointers that GEPs (through casts, at most 6 deep) take from one base by the same
//   non-constant indices (looked at under their sign and zero extensions) with the same scales
//   must alias at the same constant offset and the same size, and do not alias at offsets that
//   keep the accesses apart;
// - an inbounds GEP whose offset from what the other pointer is based on is at least the other
//   access's size cannot reach an alloca or global the other pointer starts (aliasGEP);
// - a phi or select that pointers are based on is looked through: when every value it may
//   take does not alias the other side, neither does it (aliasPHI, aliasSelect; a phi input
//   based on the phi itself is passed over, and like LLVM at most one phi input is allowed).
package dev.irscope.transform;

import dev.irscope.analysis.EarliestEscapes;
import dev.irscope.analysis.PointerOffsets;
import dev.irscope.ir.AllocaInst;
import dev.irscope.ir.CastInst;
import dev.irscope.ir.GetElementPtrInst;
import dev.irscope.ir.GlobalVariable;
import dev.irscope.ir.Instruction;
import dev.irscope.ir.Opcode;
import dev.irscope.ir.PhiInst;
import dev.irscope.ir.SelectInst;
import dev.irscope.ir.Value;
import dev.irscope.transform.AliasQueries.AliasResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class GvnAliasRules implements AliasQueries.Extension {
  private static final int MAX_DEPTH = 6;

  private final EarliestEscapes escapes;
  private AliasQueries aa;
  private int depth;

  GvnAliasRules(EarliestEscapes escapes) {
    this.escapes = escapes;
  }

  /** The queries these rules extend, asked again for the values a phi or select may take. */
  void attach(AliasQueries aa) {
    this.aa = aa;
  }

  @Override
  public boolean isNotCapturedBefore(Value object, Instruction at, boolean orAt) {
    return escapes.isNotCapturedBefore(object, at, orAt);
  }

  @Override
  public AliasResult alias(MemLoc a, MemLoc b) {
    Value p1 = GvnDependence.stripCasts(a.pointer());
    Value p2 = GvnDependence.stripCasts(b.pointer());
    if (p1 == p2) {
      return AliasResult.MUST_ALIAS;
    }
    if (!(p1 instanceof GetElementPtrInst) && !(p2 instanceof GetElementPtrInst)
        && !isJoin(AliasQueries.object(p1)) && !isJoin(AliasQueries.object(p2))) {
      return null;
    }
    Decomposed d1 = Decomposed.of(p1);
    Decomposed d2 = Decomposed.of(p2);
    if (d1 == null || d2 == null) {
      return null;
    }
    AliasResult r = sameBase(d1, d2, a.size(), b.size());
    if (r == null) {
      r = outOfBounds(d1, d2, b.size()) || outOfBounds(d2, d1, a.size())
          ? AliasResult.NO_ALIAS : null;
    }
    if (r == null && depth < MAX_DEPTH) {
      r = throughJoin(AliasQueries.object(p1), AliasQueries.object(p2));
    }
    return r;
  }

  private static AliasResult sameBase(Decomposed d1, Decomposed d2, long s1, long s2) {
    if (d1.base() != d2.base() || d1.variable().isEmpty() || !d1.variable().equals(
        d2.variable()) || s1 < 0 || s2 < 0) {
      return null;
    }
    long d = d2.constant() - d1.constant();
    if (d == 0 && s1 == s2) {
      return AliasResult.MUST_ALIAS;
    }
    return d >= s1 || -d >= s2 ? AliasResult.NO_ALIAS : null;
  }

  /** aliasGEP's rule: inbounds GEP g is at least {@code size} past the object o starts. */
  private static boolean outOfBounds(Decomposed g, Decomposed o, long size) {
    if (!g.inBounds() || g.steps() == 0 || size < 0
        || !(o.base() instanceof AllocaInst || o.base() instanceof GlobalVariable)) {
      return false;
    }
    Map<Index, Long> rest = new HashMap<>(g.variable());
    o.variable().forEach((index, scale) -> rest.merge(index, -scale, Long::sum));
    rest.values().removeIf(scale -> scale == 0);
    return rest.isEmpty() && g.constant() - o.constant() >= size;
  }

  private static boolean isJoin(Value v) {
    return v instanceof PhiInst || v instanceof SelectInst;
  }

  /** aliasPHI and aliasSelect on the objects: no alias when none of the choices aliases. */
  private AliasResult throughJoin(Value o1, Value o2) {
    Value join = isJoin(o1) ? o1 : isJoin(o2) ? o2 : null;
    if (join == null) {
      return null;
    }
    Value other = join == o1 ? o2 : o1;
    List<Value> choices = choices(join);
    if (choices == null) {
      return null;
    }
    depth++;
    try {
      for (Value v : choices) {
        if (aa.alias(MemLoc.unknownSize(v), MemLoc.unknownSize(other))
            != AliasResult.NO_ALIAS) {
          return null;
        }
      }
      return AliasResult.NO_ALIAS;
    } finally {
      depth--;
    }
  }

  private static List<Value> choices(Value join) {
    if (join instanceof SelectInst s) {
      return List.of(s.operand(1), s.operand(2));
    }
    PhiInst phi = (PhiInst) join;
    Set<Value> unique = new LinkedHashSet<>();
    Value onePhi = null;
    for (int k = 0; k < phi.numIncoming(); k++) {
      Value v = phi.incomingValue(k);
      if (v == phi) {
        continue;
      }
      if (v instanceof PhiInst) {
        if (onePhi != null && onePhi != v) {
          return null;
        }
        onePhi = v;
      }
      if (AliasQueries.object(v) != phi) {
        unique.add(v);
      }
    }
    return unique.isEmpty() || (onePhi != null && unique.size() > 1) ? null
        : new ArrayList<>(unique);
  }

  /** A pointer as its base after GEPs and casts, a constant offset and scaled indices. */
  /**
   * A non-constant GEP index as BasicAA's DecomposeGEPExpression keys it: the value under its
   * sign and zero extensions, and those extensions (sext i32 %x and another sext i32 %x to i64
   * are one index).
   */
  private record Index(Value value, String extensions) {
    static Index of(Value v) {
      StringBuilder ext = new StringBuilder();
      while (v instanceof CastInst c && (c.opcode() == Opcode.SEXT || c.opcode() == Opcode.ZEXT)) {
        ext.append(c.opcode().spelling()).append(' ').append(c.type()).append(';');
        v = c.operand(0);
      }
      return new Index(v, ext.toString());
    }
  }

  private record Decomposed(Value base, long constant, Map<Index, Long> variable,
      boolean inBounds, int steps) {
    static Decomposed of(Value p) {
      long constant = 0;
      Map<Index, Long> variable = new HashMap<>();
      boolean inBounds = true;
      int steps = 0;
      for (; steps < MAX_DEPTH && p instanceof GetElementPtrInst g; steps++) {
        PointerOffsets.Collected c = PointerOffsets.collectOffset(g, TypeSizes.LAYOUT);
        if (c == null) {
          return null;
        }
        constant += c.constant();
        c.variable().forEach((index, scale) -> variable.merge(Index.of(index), scale,
            Long::sum));
        inBounds &= g.isInBounds();
        p = GvnDependence.stripCasts(g.pointer());
      }
      variable.values().removeIf(scale -> scale == 0);
      return new Decomposed(p, constant, variable, inBounds, steps);
    }
  }
}
