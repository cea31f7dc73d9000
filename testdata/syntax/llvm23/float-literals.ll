; Floating-point literal spellings added after LLVM 22 (llvm-project PR 190641): f0x bit patterns, C-style hex floats, signed inf/qnan and NaN payloads, next to the legacy forms.
@legacy = global [4 x double] [double 1.000000e+00, double 0x3FF0000000000000, double -0.5, double +2.5e-3]
@bits = global [3 x float] [float f0x3F800000, float f0x7FC00000, float f0xBF800000]
@hexfp = global [3 x double] [double 0x1.8p3, double -0x1p-2, double 0x.8p1]
@special = global [6 x double] [double +inf, double -inf, double +qnan, double -qnan, double +nan(0x1), double -snan(0x2)]
@other = global { half, bfloat, fp128, x86_fp80 } { half f0x3C00, bfloat 0xR3F80, fp128 0xL00000000000000003FFF000000000000, x86_fp80 0xK3FFF8000000000000000 }
