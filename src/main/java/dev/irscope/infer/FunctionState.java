// The attributes of one function while inference runs: per position (function, return, each
// parameter) a map from attribute name to spelling, and the function's memory effects apart
// (null = unknown, LLVM's memory(readwrite)). It starts from what the file declares (or, for
// intrinsics, from LLVM's intrinsic table) and grows as inference adds attributes; callers
// analysed later see the additions, as they do in LLVM's bottom-up pass.
package dev.irscope.infer;

import dev.irscope.ir.Function;
import dev.irscope.ir.MemoryEffects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class FunctionState {
  final Function function;
  final Map<String, String> fn = new LinkedHashMap<>();
  final Map<String, String> ret = new LinkedHashMap<>();
  final List<Map<String, String>> params = new ArrayList<>();
  MemoryEffects memory;
  final List<Remark> remarks = new ArrayList<>();

  FunctionState(Function f, FunctionAttrs start) {
    this.function = f;
    for (String s : start.fn()) {
      String name = LlvmAttributeOrder.name(s);
      if (name.equals("memory")) {
        memory = MemoryEffects.parse(s.substring("memory(".length(), s.length() - 1));
      } else {
        fn.put(name, s);
      }
    }
    for (String s : start.ret()) {
      ret.put(LlvmAttributeOrder.name(s), s);
    }
    for (int i = 0; i < f.arguments().size(); i++) {
      Map<String, String> p = new LinkedHashMap<>();
      if (i < start.params().size()) {
        for (String s : start.params().get(i)) {
          p.put(LlvmAttributeOrder.name(s), s);
        }
      }
      params.add(p);
    }
  }

  boolean has(String name) {
    return fn.containsKey(name);
  }

  boolean paramHas(int i, String name) {
    return i < params.size() && params.get(i).containsKey(name);
  }

  /** Parameter {@code i} is nocapture or captures(none). */
  boolean paramNoCapture(int i) {
    return paramHas(i, "nocapture")
        || (i < params.size() && "captures(none)".equals(params.get(i).get("captures")));
  }

  /** Parameter {@code i} is readonly or readnone. */
  boolean paramOnlyReads(int i) {
    return paramHas(i, "readonly") || paramHas(i, "readnone");
  }

  MemoryEffects memoryOrUnknown() {
    return memory == null ? MemoryEffects.unknown() : memory;
  }

  void add(String name) {
    fn.putIfAbsent(name, name);
  }

  void remark(Remark r) {
    remarks.add(r);
  }

  FunctionAttrs snapshot() {
    List<String> f = new ArrayList<>(fn.values());
    if (memory != null && !memory.equals(MemoryEffects.unknown())) {
      f.add(memory.toString());
    }
    List<List<String>> ps = new ArrayList<>();
    for (Map<String, String> p : params) {
      ps.add(new ArrayList<>(p.values()));
    }
    return new FunctionAttrs(f, new ArrayList<>(ret.values()), ps);
  }
}
