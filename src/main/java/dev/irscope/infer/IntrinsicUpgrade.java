// What LLVM makes of an intrinsic declaration whose name it no longer knows: when it reads a
// module it "auto-upgrades" old intrinsics (llvm/lib/IR/AutoUpgrade.cpp,
// UpgradeIntrinsicFunction), renaming them to their successor (llvm.experimental.vector.reduce.add
// becomes llvm.vector.reduce.add) or expanding their calls into plain instructions
// (llvm.amdgcn.atomic.inc becomes an atomicrmw). The upgraded function's attributes are the
// successor's, so inference must look the successor up in the intrinsic table, not the old name.
//
// This reproduces LLVM 19's target-independent renames and those of the ARM/AArch64, AMDGPU and
// NVPTX families that map one intrinsic to another or to a fixed kind of instruction; of the x86
// upgrades (several hundred intrinsics expanded into shuffles, selects and masked operations by
// ShouldUpgradeX86Intrinsic) only the vector stores and blends. Any other old name keeps the
// attributes the file gives it, as any unknown llvm.* function does.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class IntrinsicUpgrade {
  private IntrinsicUpgrade() {}

  /** What an upgraded call becomes: another intrinsic, or instructions of a fixed kind. */
  enum Kind {
    /** A call of the successor intrinsic {@link Upgrade#successor}. */
    RENAMED,
    /** Instructions that compute a value and touch no memory (nvvm.abs.i: a select). */
    PURE_INSTRUCTIONS,
    /** An atomicrmw on the first argument (amdgcn.atomic.inc: atomicrmw uinc_wrap). */
    ATOMICRMW,
    /** A plain (possibly nontemporal) store through the first argument (x86 storeu, movnt). */
    STORE
  }

  record Upgrade(Kind kind, String successor) {
    /** The attributes LLVM's upgraded code has, as an intrinsic table entry would give them. */
    IntrinsicTable.Entry entry(IntrinsicTable table, String oldName) {
      return switch (kind) {
        case RENAMED -> table.lookupExact(successor);
        case PURE_INSTRUCTIONS -> synthetic(oldName, List.of("nocallback", "nofree", "nosync",
            "nounwind", "willreturn", "memory(none)"), List.of());
        // The atomicrmw reads and writes through its pointer operand and does not capture it.
        case ATOMICRMW -> synthetic(oldName, List.of("nocallback", "nofree", "nounwind",
            "willreturn", "memory(argmem: readwrite)"),
            List.of(List.of(noCapture(table))));
        case STORE -> synthetic(oldName, List.of("nocallback", "nofree", "nosync", "nounwind",
            "willreturn", "memory(argmem: write)"), List.of(List.of(noCapture(table),
            "writeonly")));
      };
    }

    private static String noCapture(IntrinsicTable table) {
      return table.version().spellsCaptures() ? "captures(none)" : "nocapture";
    }

    private static IntrinsicTable.Entry synthetic(String name, List<String> fn,
        List<List<String>> params) {
      return new IntrinsicTable.Entry(name, fn, List.of(), params, Set.of("upgraded"));
    }
  }

  private static final Pattern REDUCE = Pattern.compile("^([a-z]+)\\.[a-z][0-9]+.*");
  private static final Pattern REDUCE_V2 = Pattern.compile("^v2\\.([a-z]+)\\.[fi][0-9]+.*");
  private static final List<String> REDUCE_OPS = List.of("add", "mul", "and", "or", "xor", "smax",
      "smin", "umax", "umin", "fmax", "fmin");
  private static final List<String> VECTOR_OPS = List.of("extract", "insert", "splice", "reverse",
      "interleave2", "deinterleave2");
  private static final Map<String, String> NEON = Map.of("vclz.", "llvm.ctlz", "vcnt.",
      "llvm.ctpop", "vqadds.", "llvm.sadd.sat", "vqaddu.", "llvm.uadd.sat", "vqsubs.",
      "llvm.ssub.sat", "vqsubu.", "llvm.usub.sat");

  /** The upgrade LLVM applies to {@code f}, or null when it keeps the declaration as it is. */
  static Upgrade of(Function f) {
    String name = f.name();
    if (!name.startsWith("llvm.")) {
      return null;
    }
    String n = name.substring("llvm.".length());
    if (n.startsWith("experimental.vector.")) {
      return experimentalVector(n.substring("experimental.vector.".length()));
    }
    if (n.startsWith("flt.rounds")) {
      return renamed("llvm.get.rounding");
    }
    if (n.startsWith("invariant.group.barrier")) {
      return renamed("llvm.launder.invariant.group");
    }
    if (n.startsWith("dbg.addr")) {
      return renamed("llvm.dbg.value");
    }
    if (n.startsWith("arm.") || n.startsWith("aarch64.")) {
      return armOrAarch64(n.substring(0, n.indexOf('.')), n.substring(n.indexOf('.') + 1));
    }
    if (n.startsWith("amdgcn.")) {
      return amdgcn(n.substring("amdgcn.".length()));
    }
    if (n.startsWith("x86.")) {
      return x86(n.substring("x86.".length()));
    }
    if (n.startsWith("nvvm.")) {
      return nvvm(n.substring("nvvm.".length()), f.arguments().size());
    }
    return null;
  }

  private static Upgrade experimentalVector(String n) {
    for (String op : VECTOR_OPS) {
      if (n.startsWith(op + ".")) {
        return renamed("llvm.vector." + op);
      }
    }
    if (!n.startsWith("reduce.")) {
      return null;
    }
    String r = n.substring("reduce.".length());
    Matcher m = REDUCE.matcher(r);
    if (m.matches() && REDUCE_OPS.contains(m.group(1))) {
      return renamed("llvm.vector.reduce." + m.group(1));
    }
    Matcher v2 = REDUCE_V2.matcher(r);
    if (v2.matches() && (v2.group(1).equals("fadd") || v2.group(1).equals("fmul"))) {
      return renamed("llvm.vector.reduce." + v2.group(1));
    }
    return null;
  }

  private static Upgrade armOrAarch64(String target, String n) {
    if (n.startsWith("rbit")) {
      return renamed("llvm.bitreverse");
    }
    if (n.equals("thread.pointer")) {
      return renamed("llvm.thread.pointer");
    }
    if (!n.startsWith("neon.")) {
      return null;
    }
    String neon = n.substring("neon.".length());
    // Changed in LLVM 12: bfdot takes bfloat vectors; bfmmla, bfmlalb and bfmlalt lost their
    // overload suffixes.
    if (neon.equals("bfdot.v2f32.v8i8") || neon.equals("bfdot.v4f32.v16i8")) {
      return renamed("llvm." + target + ".neon.bfdot");
    }
    for (String bf : List.of("bfmmla", "bfmlalb", "bfmlalt")) {
      if (neon.equals(bf + ".v4f32.v16i8")) {
        return renamed("llvm." + target + ".neon." + bf);
      }
    }
    for (Map.Entry<String, String> e : NEON.entrySet()) {
      if (neon.startsWith(e.getKey())) {
        return renamed(e.getValue());
      }
    }
    return null;
  }

  private static Upgrade amdgcn(String n) {
    if (n.equals("alignbit")) {
      return renamed("llvm.fshr");
    }
    if (n.startsWith("ldexp.")) {
      return renamed("llvm.ldexp");
    }
    if (n.startsWith("atomic.inc") || n.startsWith("atomic.dec") || n.startsWith("ds.fadd")
        || n.startsWith("ds.fmin") || n.startsWith("ds.fmax")) {
      return new Upgrade(Kind.ATOMICRMW, null);
    }
    return null;
  }

  private static Upgrade nvvm(String n, int arity) {
    if (arity == 1) {
      if (n.equals("brev32") || n.equals("brev64")) {
        return renamed("llvm.bitreverse");
      }
      if (n.equals("clz.i")) {
        return renamed("llvm.ctlz");
      }
      if (n.equals("popc.i")) {
        return renamed("llvm.ctpop");
      }
    }
    if (n.startsWith("atomic.load.add.f32.p") || n.startsWith("atomic.load.add.f64.p")) {
      return new Upgrade(Kind.ATOMICRMW, null);
    }
    boolean pure = switch (n) {
      case "abs.i", "abs.ll", "clz.ll", "popc.ll", "h2f" -> true;
      default -> (n.startsWith("max.") || n.startsWith("min."))
          && List.of("s", "i", "ll", "us", "ui", "ull").contains(n.substring(4));
    };
    return pure ? new Upgrade(Kind.PURE_INSTRUCTIONS, null) : null;
  }

  /**
   * The x86 upgrades of two common kinds (of the several hundred of ShouldUpgradeX86Intrinsic):
   * unaligned and nontemporal vector stores, which become store instructions, and blends, which
   * become shufflevector.
   */
  private static Upgrade x86(String n) {
    if (n.startsWith("sse.storeu.") || n.startsWith("sse2.storeu.")
        || n.startsWith("avx.storeu.") || n.startsWith("avx.movnt.")
        || n.startsWith("sse4a.movnt.")) {
      return new Upgrade(Kind.STORE, null);
    }
    if (n.equals("sse41.pblendw") || n.startsWith("sse41.blendp") || n.startsWith("avx.blend.p")
        || n.equals("avx2.pblendw") || n.startsWith("avx2.pblendd.")) {
      return new Upgrade(Kind.PURE_INSTRUCTIONS, null);
    }
    return null;
  }

  private static Upgrade renamed(String successor) {
    return new Upgrade(Kind.RENAMED, successor);
  }
}
