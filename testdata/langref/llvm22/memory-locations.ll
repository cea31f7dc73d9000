; RUN: parse --print
; New memory(...) locations: `errnomem` (LLVM 21+) and `target_mem0`/`target_mem1` (LLVM 22, in rustc 1.95 output).
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

; errnomem and the target memory locations
declare void @sets_errno() memory(errnomem: write)
declare void @rust_style() memory(argmem: read, inaccessiblemem: none, target_mem0: none, target_mem1: none)

define void @calls_them() {
  call void @sets_errno()
  ; CHECK: call void @sets_errno()
  ret void
}
