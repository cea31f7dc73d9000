// Sorting the bare words of headers and calls: linkage, preemption, visibility, DLL storage and
// calling conventions. Anything else in those positions is an attribute.
package dev.irscope.parse;

import java.util.Set;

final class Words {
  private Words() {}

  static final Set<String> LINKAGE = Set.of("private", "internal", "available_externally",
      "linkonce", "weak", "common", "appending", "extern_weak", "linkonce_odr", "weak_odr",
      "external");
  static final Set<String> PREEMPTION = Set.of("dso_local", "dso_preemptable");
  static final Set<String> VISIBILITY = Set.of("default", "hidden", "protected");
  static final Set<String> DLL_STORAGE = Set.of("dllimport", "dllexport");
  static final Set<String> UNNAMED_ADDR = Set.of("unnamed_addr", "local_unnamed_addr");

  private static final Set<String> CALLING_CONVS = Set.of("ccc", "fastcc", "coldcc",
      "intel_ocl_bicc", "cfguard_checkcc", "x86_stdcallcc", "x86_fastcallcc", "x86_thiscallcc",
      "x86_vectorcallcc", "x86_regcallcc", "x86_intrcc", "arm_apcscc", "arm_aapcscc",
      "arm_aapcs_vfpcc", "aarch64_vector_pcs", "aarch64_sve_vector_pcs",
      "aarch64_sme_preservemost_from_x0", "aarch64_sme_preservemost_from_x1",
      "aarch64_sme_preservemost_from_x2", "msp430_intrcc", "avr_intrcc", "avr_signalcc",
      "ptx_kernel", "ptx_device", "spir_kernel", "spir_func", "x86_64_sysvcc", "win64cc",
      "anyregcc", "preserve_mostcc", "preserve_allcc", "preserve_nonecc", "ghccc", "swiftcc",
      "swifttailcc", "hhvmcc", "hhvm_ccc", "cxx_fast_tlscc", "tailcc",
      "webkit_jscc", "m68k_rtdcc", "m68k_intrcc", "graalcc", "riscv_vector_cc",
      "riscv_vls_cc", "amdgpu_vs", "amdgpu_ls", "amdgpu_hs", "amdgpu_es", "amdgpu_gs",
      "amdgpu_ps", "amdgpu_cs", "amdgpu_cs_chain", "amdgpu_cs_chain_preserve", "amdgpu_kernel",
      "amdgpu_gfx", "amdgpu_gfx_whole_wave", "amdgcn_kernel");

  static boolean isCallingConv(String word) {
    return CALLING_CONVS.contains(word) || word.startsWith("riscv_vls_cc")
        || word.matches("cc[0-9]+"); // cc10 is read as cc 10
  }
}
