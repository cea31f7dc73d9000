; RUN: licm --passes licm --attrs declared
; Each missed remark names the instruction that decided it, with its line:column in this file.
; opt-19 -passes='loop-mssa(licm)' emits the same LLVM remark for each function (one "may
; invalidate" or "conditionally executed" each); the "by:" lines are irscope's.

declare void @unknown()
declare void @may_throw() memory(none)

; negative: a store through a pointer that may alias
define void @store_mayalias(ptr %p, ptr %q) {
entry:
  br label %loop
loop:
  %v = load i32, ptr %p, align 4
  store i32 1, ptr %q, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @store_mayalias
; CHECK: remark: <unknown>:0:0: failed to move load with loop-invariant address because the loop may invalidate its value
; CHECK: why: `store i32 1, ptr %q, align 4` at 15:3 stores to %q, which may alias %p
; CHECK-NEXT: by:  `store i32 1, ptr %q, align 4` at 15:3

; negative: a call to an unknown function may write anything
define void @unknown_call(ptr %p) {
entry:
  br label %loop
loop:
  call void @unknown()
  %v = load i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @unknown_call
; CHECK: why: `call void @unknown()` at 31:3 calls @unknown, which may write %p
; CHECK-NEXT: by:  `call void @unknown()` at 31:3

; negative: a call before the load that may throw: the load is not guaranteed to execute
define void @throwing_call_first(ptr %p) {
entry:
  br label %loop
loop:
  call void @may_throw()
  %v = load i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @throwing_call_first
; CHECK: remark: <unknown>:0:0: failed to hoist load with loop-invariant address because load is conditionally executed
; CHECK: why: `call void @may_throw()` at 47:3 comes first in the same block and may not return or may throw
