; RUN: explain
; What `irscope explain` concludes for the shapes of polling loop, one function each: the
; verdict, the end state and the fix. Each function's end state was checked against
; opt-19 -passes='simplifycfg,function-attrs,loop-mssa(licm,loop-rotate,licm),gvn,loop(loop-deletion),loop(simple-loop-unswitch),simplifycfg'
; on this file (the same order as irscope's pipeline).

@flag = global i32 0, align 4
@ready = global i8 0, align 1

declare void @opaque()

; positive: a `static mut` flag read with a plain load: hoisted, the loop never exits
define void @static_flag() {
entry:
  br label %loop
loop:
  %v = load i32, ptr @flag, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @static_flag
; CHECK: loop %loop: INFINITE
; CHECK: reads global @flag (a mutable static)
; CHECK: moved out of the loop by licm
; CHECK: end state: when `%v` is 0 on entry, `loop` branches to itself forever
; CHECK: fix: read the flag with an atomic load

; negative: a monotonic (Relaxed) load is read in every iteration
define void @relaxed_flag(ptr %p) {
entry:
  br label %loop
loop:
  %v = load atomic i32, ptr %p monotonic, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @relaxed_flag
; CHECK: loop %loop: KEPT
; CHECK: still read in every iteration
; CHECK: is atomic: LICM and GVN never move a load ordered monotonic or stronger
; CHECK: fix: none needed for the loop to see the change

; negative: a volatile read (MMIO polling) stays; the fix says what volatile does not give
define void @volatile_flag(ptr %p) {
entry:
  br label %loop
loop:
  %v = load volatile i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @volatile_flag
; CHECK: loop %loop: KEPT
; CHECK: fix: volatile keeps the read in the loop

; positive, stale: the flag is read once but the loop still ends when the counter runs out
define i1 @flag_with_timeout(ptr %p) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %n, %latch ]
  %v = load i8, ptr %p, align 1
  %set = icmp ne i8 %v, 0
  br i1 %set, label %done, label %latch
latch:
  %n = add i32 %i, 1
  %more = icmp ult i32 %n, 1000
  br i1 %more, label %loop, label %timeout
done:
  ret i1 true
timeout:
  ret i1 false
}
; CHECK: @flag_with_timeout
; CHECK: loop %loop: STALE
; CHECK: moved out of the loop by licm
; CHECK: end state: the loop at %loop can still exit

; positive, stale: `for i in 0..max { if flag != 0 { return true } write_volatile(sink, i) }`
; (rustc's timeouts::wait_with_delay): the flag is read after the counter test, so in this
; shape it does not run in every iteration; LoopRotate moves the counter test to the end, the
; read becomes the first instruction of the loop and LICM hoists it
define i1 @poll_after_counter(ptr %f, i64 %max) {
start:
  %sink = alloca i64, align 8
  br label %head
head:
  %i = phi i64 [ 0, %start ], [ %next, %body ]
  %more = icmp ult i64 %i, %max
  br i1 %more, label %poll, label %timeout
poll:
  %next = add nuw i64 %i, 1
  %v = load i64, ptr %f, align 8
  %zero = icmp eq i64 %v, 0
  br i1 %zero, label %body, label %found
body:
  store volatile i64 %i, ptr %sink, align 8
  br label %head
found:
  ret i1 true
timeout:
  ret i1 false
}
; CHECK: @poll_after_counter
; CHECK: loop %head: STALE
; CHECK: moved out of the loop by licm
; CHECK: [licm LoadWithLoopInvariantAddressCondExecuted]
; CHECK: [loop-rotate Rotated] rotated the loop
; CHECK: end state: the loop at %poll can still exit

; negative: the same loop without the store (rustc's timeouts::wait_with_timeout): SimplifyCFG
; removes the empty latch first, the block that reads the flag then ends the loop, and
; LoopRotate leaves a loop whose latch already exits; the read stays conditional
define i1 @poll_after_counter_only(ptr %f, i64 %max) {
start:
  br label %head
head:
  %i = phi i64 [ 0, %start ], [ %next, %body ]
  %more = icmp ult i64 %i, %max
  br i1 %more, label %poll, label %timeout
poll:
  %next = add nuw i64 %i, 1
  %v = load i64, ptr %f, align 8
  %zero = icmp eq i64 %v, 0
  br i1 %zero, label %body, label %found
body:
  br label %head
found:
  ret i1 true
timeout:
  ret i1 false
}
; CHECK: @poll_after_counter_only
; CHECK: loop %head: KEPT
; CHECK: [simplifycfg RemovedEmptyBlock] removed empty block %body
; CHECK-NOT: [loop-rotate Rotated]
; CHECK: end state: the loop at %head can still exit

; negative today: an opaque call in the loop may write the flag, so the load stays
define void @flag_with_call(ptr %p) {
entry:
  br label %loop
loop:
  call void @opaque()
  %v = load i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @flag_with_call
; CHECK: loop %loop: KEPT
; CHECK: stays because `call void @opaque()`
; CHECK: fix: it works today only because something in the loop may write the location

; positive: C++ (mustprogress): the side-effect-free loop is deleted, the wait is skipped
define void @cxx_spin(ptr %p) mustprogress {
entry:
  br label %loop
loop:
  %v = load i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @cxx_spin
; CHECK: loop %loop: STALE
; CHECK: [loop-delete Invariant] Loop deleted because it is invariant
; CHECK: end state: LoopDeletion removed the loop at %loop

; negative: memory behind a noalias readonly argument cannot change (rustc's &T without
; interior mutability); no finding
define void @frozen(ptr noalias readonly %p) {
entry:
  br label %loop
loop:
  %v = load i32, ptr %p, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK-NOT: @frozen
