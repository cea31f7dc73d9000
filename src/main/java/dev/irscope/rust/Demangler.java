// Rust symbol names made readable, as rustc-demangle's alternate form ({:#}, what rustfilt
// prints without hashes) gives them: the legacy scheme (_ZN 4core 3fmt 5write 17h<hash> E ->
// core::fmt::write) and the v0 scheme (_RNvNtCs..._4core3fmt5write -> core::fmt::write;
// _RNvMNtCs..._5alloc5allocNtB2_6Global18alloc_impl_runtime ->
// <alloc::alloc::Global>::alloc_impl_runtime). A ".llvm.<hex>" suffix that ThinLTO appends is
// dropped first; other period-separated suffixes (".cold", ".0.0") are kept after the name.
// Names in neither scheme, or that do not parse, come back unchanged. Not covered: the
// prefix-less forms "ZN..."/"R..." that Windows' dbghelp produces (IR never has them).
package dev.irscope.rust;

public final class Demangler {
  private Demangler() {}

  /** A demangled name and the unparsed rest of the symbol. */
  record Parsed(String text, String suffix) {}

  /** The demangled name, or {@code name} itself when it is no Rust symbol. */
  public static String demangle(String name) {
    Parsed r = parse(name);
    return r == null ? name : r.text() + r.suffix();
  }

  /** Whether {@code name} is a symbol of either Rust mangling scheme. */
  public static boolean isRustSymbol(String name) {
    return parse(name) != null;
  }

  private static Parsed parse(String name) {
    String s = name;
    int llvm = s.indexOf(".llvm.");
    if (llvm >= 0 && s.substring(llvm + 6).chars()
        .allMatch(c -> c >= 'A' && c <= 'F' || c >= '0' && c <= '9' || c == '@')) {
      s = s.substring(0, llvm);
    }
    Parsed r = LegacyDemangler.demangle(s);
    if (r == null) {
      r = V0Demangler.demangle(s);
    }
    if (r == null || r.suffix().isEmpty()) {
      return r;
    }
    boolean symbolLike = r.suffix().startsWith(".") && r.suffix().chars()
        .allMatch(c -> c > ' ' && c < 0x7f);
    return symbolLike ? r : null;
  }
}
