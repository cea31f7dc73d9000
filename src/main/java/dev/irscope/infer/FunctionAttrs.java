// The attributes of one function's positions (function, return value, each parameter) as
// spellings in LLVM's print order: what a file declares, or what inference concludes. Function
// attribute groups are expanded, and the legacy function-level readnone/readonly/writeonly/
// argmemonly/inaccessiblememonly spellings become the memory(...) LLVM reads them as, so that a
// file from any LLVM compares attribute by attribute with what opt prints.
package dev.irscope.infer;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public record FunctionAttrs(List<String> fn, List<String> ret, List<List<String>> params) {
  private static final Set<String> LEGACY_MEMORY = Set.of("readnone", "readonly", "writeonly",
      "argmemonly", "inaccessiblememonly", "inaccessiblemem_or_argmemonly", "memory");

  public FunctionAttrs {
    fn = sorted(fn);
    ret = sorted(ret);
    List<List<String>> ps = new ArrayList<>();
    for (List<String> p : params) {
      ps.add(sorted(p));
    }
    params = List.copyOf(ps);
  }

  /** What {@code f} declares, in LLVM's spelling and order. */
  public static FunctionAttrs declared(Function f) {
    List<String> fn = new ArrayList<>();
    for (Attribute a : f.fnAttributes().all()) {
      if (!LEGACY_MEMORY.contains(a.name())) {
        fn.add(a.spelling());
      }
    }
    MemoryEffects me = f.fnAttributes().memoryEffects();
    if (me != null && !me.equals(MemoryEffects.unknown())) {
      fn.add(me.toString());
    }
    List<List<String>> params = new ArrayList<>();
    for (int i = 0; i < f.arguments().size(); i++) {
      params.add(spellings(f.paramAttributes(i)));
    }
    return new FunctionAttrs(fn, spellings(f.returnAttributes()), params);
  }

  private static List<String> spellings(AttributeSet s) {
    List<String> out = new ArrayList<>();
    for (Attribute a : s.all()) {
      out.add(a.spelling());
    }
    return out;
  }

  private static List<String> sorted(List<String> in) {
    List<String> out = new ArrayList<>(new java.util.LinkedHashSet<>(in));
    out.sort(LlvmAttributeOrder.SPELLINGS);
    return List.copyOf(out);
  }

  /** The spelling of the attribute named {@code name} in {@code position}, or null. */
  public static String find(List<String> position, String name) {
    for (String s : position) {
      if (LlvmAttributeOrder.name(s).equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** The attributes of the function position as LLVM's "; Function Attrs:" comment lists them. */
  public String functionAttrsComment() {
    StringBuilder sb = new StringBuilder();
    for (String s : fn) {
      if (!s.startsWith("\"")) {
        sb.append(sb.length() == 0 ? "" : " ").append(s);
      }
    }
    return sb.toString();
  }
}
