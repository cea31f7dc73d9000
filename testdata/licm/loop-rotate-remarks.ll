; RUN: licm --passes loop-rotate --attrs declared
; LoopRotatePass's remarks, one function per case. LLVM's LoopRotate emits none, so these are
; irscope's own (Analysis remarks, printed as notes): Rotated, LatchFolded, and NotRotated with
; the instruction that decided. Where opt-19 -passes=loop-rotate agrees that a loop stays as it
; is, the case says so; the last two are loops opt-19 does rotate, after its loop pass manager
; has put them in LoopSimplify form, which irscope does not model.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @ext()
declare void @barrier() convergent
declare i64 @f3(i64, i64, i64)
declare void @llvm.experimental.noalias.scope.decl(metadata)

; positive: the remark names the exit test, the header and latch, the header's cost, and where
; the copy went.
define void @rotated(ptr %p, i32 %n) {
entry:
  br label %header
header:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %latch, label %exit
latch:
  store i32 %i, ptr %p, align 4
  %i.next = add i32 %i, 1
  br label %header
exit:
  ret void
}
; CHECK: @rotated
; CHECK: rotated the loop: its exit test now runs at the end of each iteration  [loop-rotate Rotated]
; CHECK-NEXT: at:  `br i1 %c, label %latch, label %exit`
; CHECK-NEXT: why: the header %header ends in the loop's exit test and the latch %latch does not; the header costs 2 (at most 16) and can be copied, so its instructions run once in %entry (0 moved, 2 copied, 0 folded away), which tests the exit before entering the loop, and %latch is the new header

; positive: an empty latch is folded into the block that tests the other exit, then the loop is
; rotated.
define i1 @latch_folded(ptr %f, i64 %max) {
start:
  br label %bb1
bb1:
  %iter = phi i64 [ 0, %start ], [ %next, %bb3 ]
  %more = icmp ult i64 %iter, %max
  br i1 %more, label %poll, label %timeout
poll:
  %next = add nuw i64 %iter, 1
  %v = load i64, ptr %f, align 8
  %zero = icmp eq i64 %v, 0
  br i1 %zero, label %bb3, label %found
bb3:
  br label %bb1
found:
  ret i1 true
timeout:
  ret i1 false
}
; CHECK: @latch_folded
; CHECK: folded the loop latch %bb3 into %poll  [loop-rotate LatchFolded]
; CHECK-NEXT: at:  `br label %bb1`
; CHECK-NEXT: why: %bb3 only jumps back to the header, and its one predecessor %poll already tests an exit (`br i1 %zero, label %bb3, label %found`
; CHECK: [loop-rotate Rotated]

; negative (opt-19 agrees): the header costs 18, more than -rotation-max-header-size; the
; remark names the instruction where the count passes 16 (each call costs 1 + its 3 arguments).
define void @big_header(ptr %p, i64 %n) {
entry:
  br label %header
header:
  %i = phi i64 [ 0, %entry ], [ %i.next, %latch ]
  %a = call i64 @f3(i64 %i, i64 1, i64 2)
  %b = call i64 @f3(i64 %a, i64 1, i64 2)
  %d = call i64 @f3(i64 %b, i64 1, i64 2)
  %e = call i64 @f3(i64 %d, i64 1, i64 2)
  %c = icmp slt i64 %e, %n
  br i1 %c, label %latch, label %exit
latch:
  store i64 %i, ptr %p, align 8
  %i.next = add i64 %i, 1
  br label %header
exit:
  ret void
}
; CHECK: @big_header
; CHECK: loop not rotated  [loop-rotate NotRotated]
; CHECK-NEXT: at:  `br i1 %c, label %latch, label %exit`
; CHECK-NEXT: why: the header %header costs 18, more than 16, LLVM's -rotation-max-header-size as rustc's -O3 leaves it; the limit is passed at `%c = icmp slt i64 %e, %n`
; CHECK-NEXT: by:  `%c = icmp slt i64 %e, %n`
; CHECK-NOT: [loop-rotate Rotated]

; negative (opt-19 agrees): a convergent call in the header cannot be copied.
define void @convergent_header(ptr %p, i32 %n) {
entry:
  br label %header
header:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  call void @barrier()
  %c = icmp slt i32 %i, %n
  br i1 %c, label %latch, label %exit
latch:
  store i32 %i, ptr %p, align 4
  %i.next = add i32 %i, 1
  br label %header
exit:
  ret void
}
; CHECK: @convergent_header
; CHECK: loop not rotated  [loop-rotate NotRotated]
; CHECK: why: `call void @barrier()`
; CHECK-NOT: [loop-rotate Rotated]

; negative (opt-19 agrees): a minsize function duplicates no header.
define void @small(ptr %p, i32 %n) minsize {
entry:
  br label %header
header:
  %i = phi i32 [ 0, %entry ], [ %i.next, %latch ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %latch, label %exit
latch:
  store i32 %i, ptr %p, align 4
  %i.next = add i32 %i, 1
  br label %header
exit:
  ret void
}
; CHECK: @small
; CHECK: loop not rotated  [loop-rotate NotRotated]
; CHECK: is minsize: LoopRotate copies no header
; CHECK-NOT: [loop-rotate Rotated]

; negative (opt-19 agrees): a one-block loop, and a loop whose latch already exits, are left
; alone without a remark (so the function is not listed).
define void @quiet(ptr %p, i32 %n) {
entry:
  br label %spin
spin:
  %v = load volatile i32, ptr %p, align 4
  %z = icmp eq i32 %v, 0
  br i1 %z, label %spin, label %next
next:
  br label %header
header:
  %i = phi i32 [ 0, %next ], [ %i.next, %latch ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %latch, label %exit
latch:
  store i32 %i, ptr %p, align 4
  %i.next = add i32 %i, 1
  %again = icmp ult i32 %i.next, 100
  br i1 %again, label %header, label %exit
exit:
  ret void
}
; CHECK-NOT: @quiet

; negative (irscope only: opt-19 gives the loop a preheader first, then rotates it): the header
; is entered from two blocks outside the loop.
define void @no_preheader(ptr %p, i32 %n, i1 %k) {
entry:
  br i1 %k, label %a, label %header
a:
  call void @ext()
  br label %header
header:
  %i = phi i32 [ 0, %entry ], [ 1, %a ], [ %i.next, %latch ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %latch, label %exit
latch:
  store i32 %i, ptr %p, align 4
  %i.next = add i32 %i, 1
  br label %header
exit:
  ret void
}
; CHECK: @no_preheader
; CHECK: loop not rotated  [loop-rotate NotRotated]
; CHECK-NEXT: at:  `br i1 %c, label %latch, label %exit`
; CHECK-NEXT: why: the loop has no preheader (%header is entered from %entry, %a) (LLVM's loop pass manager puts every loop in LoopSimplify form first; irscope does not)

; negative (irscope only: opt-19 gives the loop its own exit block first, then rotates it):
; the exit block is also reached from outside the loop.
define void @shared_exit(ptr %p, i32 %n, i1 %k) {
entry:
  br i1 %k, label %pre, label %exit
pre:
  br label %header
header:
  %i = phi i32 [ 0, %pre ], [ %i.next, %latch ]
  %c = icmp slt i32 %i, %n
  br i1 %c, label %latch, label %exit
latch:
  store i32 %i, ptr %p, align 4
  %i.next = add i32 %i, 1
  br label %header
exit:
  ret void
}
; CHECK: @shared_exit
; CHECK: loop not rotated  [loop-rotate NotRotated]
; CHECK: why: the exit block %exit is also reached from %entry outside the loop (LLVM's loop pass manager puts every loop in LoopSimplify form first; irscope does not)
