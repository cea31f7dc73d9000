; RUN: parse --print
; Attributes newer than LLVM 19 seen in rustc 1.95 output: `dead_on_return` (parameter) and `nocreateundeforpoison` (function).
; LLVM 22 syntax that llvm-as-19 rejects (so it lives in llvm22/); CHECK lines are hand-written
; in LLVM 22's canonical form.

; dead_on_return on a pointer parameter
declare void @consumes(ptr dead_on_return noalias noundef align 8 dereferenceable(24))
; nocreateundeforpoison on an intrinsic-like declaration
declare i64 @no_poison(i64) #0

define void @call_it(ptr %p) {
  call void @consumes(ptr dead_on_return %p)
  ; CHECK: call void @consumes(ptr dead_on_return %p)
  ret void
}

attributes #0 = { nocreateundeforpoison nounwind }
