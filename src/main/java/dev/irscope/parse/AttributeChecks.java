// What LLVM's parser checks of an attribute beyond its shape: that the keyword is an attribute
// LLVM 19-22 knows, and that the arguments of memory(...), captures(...), allockind(...),
// nofpclass(...), uwtable(...), align and the integer attributes are well formed. The grammar
// reads any bare word and any balanced argument list, so these checks are what keeps a typo
// ("nounwnid", "memory(argmen: read)") from being accepted silently.
package dev.irscope.parse;

import java.util.Set;

final class AttributeChecks {
  private AttributeChecks() {}

  /** Attribute keywords of LLVM 22 (Attributes.td) and the older ones LLVM 19 still reads. */
  private static final Set<String> KNOWN = Set.of("align", "allocalign", "allockind", "allocptr",
      "allocsize", "alwaysinline", "builtin", "byval", "byref", "noundef", "cold", "convergent",
      "hot", "dereferenceable", "dereferenceable_or_null", "disable_sanitizer_instrumentation",
      "elementtype", "fn_ret_thunk_extern", "hybrid_patchable", "inalloca", "initializes",
      "inlinehint", "inreg", "jumptable", "memory", "nofpclass", "minsize", "naked", "nest",
      "noalias", "nobuiltin", "nocallback", "captures", "nocreateundeforpoison",
      "nodivergencesource", "noduplicate", "noext", "nofree", "dead_on_unwind", "dead_on_return",
      "noimplicitfloat", "noinline", "flatten_depth", "nonlazybind", "nomerge", "nonnull",
      "norecurse", "noredzone", "noreturn", "nosync", "nocf_check", "noprofile", "skipprofile",
      "nounwind", "nosanitize_bounds", "nosanitize_coverage", "null_pointer_is_valid",
      "optdebug", "optforfuzzing", "optsize", "optnone", "preallocated", "range", "readnone",
      "readonly", "returned", "immarg", "returns_twice", "safestack", "shadowcallstack",
      "signext", "alignstack", "speculatable", "ssp", "sspreq", "sspstrong", "strictfp", "sret",
      "sanitize_address", "sanitize_thread", "sanitize_type", "sanitize_memory",
      "sanitize_hwaddress", "sanitize_memtag", "sanitize_numerical_stability",
      "sanitize_realtime", "sanitize_realtime_blocking", "nosanitize_realtime",
      "sanitize_alloc_token", "speculative_load_hardening", "swifterror", "swiftself",
      "swiftasync", "uwtable", "vscale_range", "willreturn", "writable", "writeonly", "zeroext",
      "mustprogress", "presplitcoroutine", "coro_only_destroy_when_complete", "coro_elide_safe",
      // spellings older LLVM wrote that LLVM 19 and later still read
      "nocapture", "argmemonly", "inaccessiblememonly", "inaccessiblemem_or_argmemonly");

  private static final Set<String> LOCATIONS = Set.of("argmem", "inaccessiblemem", "errnomem",
      "other", "target_mem0", "target_mem1");
  private static final Set<String> ACCESS = Set.of("none", "read", "write", "readwrite");
  private static final Set<String> CAPTURES = Set.of("none", "address", "address_is_null",
      "provenance", "read_provenance", "all");
  private static final Set<String> ALLOC_KINDS = Set.of("alloc", "realloc", "free",
      "uninitialized", "zeroed", "aligned");
  private static final Set<String> FP_CLASSES = Set.of("all", "nan", "snan", "qnan", "inf",
      "ninf", "pinf", "zero", "nzero", "pzero", "sub", "nsub", "psub", "norm", "nnorm", "pnorm");
  private static final Set<String> INTEGER_ARGS = Set.of("dereferenceable",
      "dereferenceable_or_null", "alignstack", "allocsize", "vscale_range", "flatten_depth");

  private static final Set<String> NEED_ARGS = Set.of("dereferenceable",
      "dereferenceable_or_null", "allocsize", "flatten_depth", "vscale_range", "memory",
      "captures", "nofpclass", "allockind", "range", "initializes");

  /** The problem with a keyword attribute {@code name(args)}, or null when it is fine. */
  static String check(String name, String args, boolean hasArgs) {
    if (!KNOWN.contains(name)) {
      return "unknown attribute '" + name + "'";
    }
    if (!hasArgs) {
      return NEED_ARGS.contains(name) ? "expected '(' after " + name : null;
    }
    String a = args.strip();
    return switch (name) {
      case "memory" -> memory(a);
      case "captures" -> list(a, CAPTURES, "expected one of none, address, address_is_null,"
          + " provenance, read_provenance, all");
      case "nofpclass" -> a.matches("\\d+") ? null : words(a, FP_CLASSES,
          "invalid mask value for 'nofpclass'");
      case "uwtable" -> a.equals("sync") || a.equals("async") ? null
          : "expected unwind table kind (sync or async)";
      case "allockind" -> allocKind(a);
      case "align" -> alignment(a);
      default -> INTEGER_ARGS.contains(name) && !a.matches("\\d+(\\s*,\\s*\\d+)?")
          ? "expected integer" : null;
    };
  }

  /** align N / align(N): a power of two. */
  static String alignment(String a) {
    if (!a.matches("\\d+")) {
      return "expected integer";
    }
    long v = Long.parseLong(a);
    return v > 0 && Long.bitCount(v) == 1 ? null : "alignment is not a power of two";
  }

  private static String memory(String a) {
    for (String part : a.split(",")) {
      String p = part.strip();
      int colon = p.indexOf(':');
      String kind = colon < 0 ? p : p.substring(colon + 1).strip();
      if (colon >= 0 && !LOCATIONS.contains(p.substring(0, colon).strip())) {
        return "expected memory location (argmem, inaccessiblemem, errnomem, other,"
            + " target_mem0, target_mem1), found '" + p.substring(0, colon).strip() + "'";
      }
      if (!ACCESS.contains(kind)) {
        return "expected access kind (none, read, write, readwrite), found '" + kind + "'";
      }
    }
    return null;
  }

  private static String list(String a, Set<String> allowed, String message) {
    for (String part : a.split(",")) {
      String p = part.strip();
      if (p.startsWith("ret:")) {
        p = p.substring(4).strip();
      }
      if (!allowed.contains(p)) {
        return message + ", found '" + p + "'";
      }
    }
    return null;
  }

  private static String words(String a, Set<String> allowed, String message) {
    for (String w : a.split("\\s+")) {
      if (!allowed.contains(w)) {
        return message + ": '" + w + "'";
      }
    }
    return null;
  }

  private static String allocKind(String a) {
    if (!a.startsWith("\"") || !a.endsWith("\"") || a.length() < 2) {
      return "expected allockind value";
    }
    String body = a.substring(1, a.length() - 1);
    if (body.isBlank()) {
      return "expected allockind value";
    }
    for (String k : body.split(",")) {
      if (!ALLOC_KINDS.contains(k.strip())) {
        return "unknown allockind " + k.strip();
      }
    }
    return null;
  }
}
