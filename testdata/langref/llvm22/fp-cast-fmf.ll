; RUN: parse --print
; Fast-math flags on fptrunc/fpext (LLVM 20+).
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

define half @narrow(double %d, float %f) {
  %a = fptrunc nnan double %d to half
  ; CHECK: %a = fptrunc nnan double %d to half
  %b = fpext ninf float %f to double
  ; CHECK: %b = fpext ninf float %f to double
  ret half %a
}
