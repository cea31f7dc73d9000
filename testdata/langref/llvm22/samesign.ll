; RUN: parse --print
; The `samesign` flag on icmp (LLVM 20+), as rustc 1.95 emits it at -O3.
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

; samesign on an unsigned predicate
define i1 @samesign_ult(i64 %a, i64 %b) {
  %c = icmp samesign ult i64 %a, %b
  ; CHECK: %c = icmp samesign ult i64 %a, %b
  ret i1 %c
}
