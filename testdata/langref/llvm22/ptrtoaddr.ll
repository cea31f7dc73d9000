; RUN: parse --print
; The `ptrtoaddr` cast (LLVM 22): the address bits of a pointer without exposing provenance.
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

; ptrtoaddr as an instruction and as a constant expression
@g = global i8 0
@addr = global i64 ptrtoaddr (ptr @g to i64)
; CHECK: @addr = global i64 ptrtoaddr (ptr @g to i64)

define i64 @addr_of(ptr %p) {
  %a = ptrtoaddr ptr %p to i64
  ; CHECK: %a = ptrtoaddr ptr %p to i64
  ret i64 %a
}
