; RUN: parse --print
; llvm.lifetime.start/end with the pointer as the only operand (LLVM 22 dropped the size operand); llvm-as-19 parses it but its verifier rejects it.
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

; an alloca bracketed by the one-operand lifetime markers
define void @scoped() {
  %x = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %x)
  ; CHECK: call void @llvm.lifetime.start.p0(ptr %x)
  call void @llvm.lifetime.end.p0(ptr %x)
  ; CHECK: call void @llvm.lifetime.end.p0(ptr %x)
  ret void
}
