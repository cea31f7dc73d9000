; RUN: lint
; NonAtomicLoadInLoop without debug info: the memory is judged from the IR alone, in the shapes
; rustc -C opt-level=3 -C no-prepopulate-passes emits (a `static mut` is a writable global
; written by a plain store; `&T` whose T has interior mutability is `nonnull` without
; `noalias`; `&T` without it is `noalias readonly`; a raw pointer is `noundef` alone).

@FLAG = global [1 x i8] zeroinitializer, align 1
@LIMIT = constant [4 x i8] c"\10\00\00\00", align 4

declare void @external_tick()

; positive: a `static mut` flag; LICM hoists the read and the loop never exits
define void @wait_static_mut() {
start:
  br label %bb1

bb1:
; LINT: NonAtomicLoadInLoop error: LICM moves the read out of the loop
  %v = load i8, ptr @FLAG, align 1
  %c = icmp eq i8 %v, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

define void @set_flag() {
start:
  store i8 1, ptr @FLAG, align 1
  ret void
}

; positive: a raw pointer another thread, a device or DMA may write
define void @poll_raw(ptr noundef %p) {
start:
  br label %bb1

bb1:
; LINT: NonAtomicLoadInLoop error: less certain
  %v = load i64, ptr %p, align 8
  %c = icmp eq i64 %v, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; positive, kept today: the external call may write the flag, so the read stays (a warning)
define void @wait_with_call(ptr noundef nonnull align 8 %f) {
start:
  br label %bb1

bb1:
; LINT: NonAtomicLoadInLoop warning: still read in every iteration today only because the call to `external_tick`
  %v = load i64, ptr %f, align 8
  %c = icmp eq i64 %v, 0
  br i1 %c, label %bb2, label %bb3

bb2:
  call void @external_tick()
  br label %bb1

bb3:
  ret void
}

; positive: the value reaches the exit through a stack slot, as rustc's unoptimized locals do
define void @through_slot(ptr noundef %p) {
start:
  %slot = alloca [8 x i8], align 8
  br label %bb1

bb1:
; LINT: NonAtomicLoadInLoop
  %v = load i64, ptr %p, align 8
  store i64 %v, ptr %slot, align 8
  %w = load i64, ptr %slot, align 8
  %c = icmp eq i64 %w, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; negative: `&T` without interior mutability: nobody writes it while the function runs
define i64 @fill_to_limit(ptr noalias noundef readonly align 8 dereferenceable(16) %cfg) {
start:
  br label %bb1

bb1:
  %i = phi i64 [ 0, %start ], [ %i1, %bb1 ]
  %lim = load i64, ptr %cfg, align 8
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %lim
  br i1 %c, label %bb1, label %bb2

bb2:
  ret i64 %i1
}

; negative: the loop writes the place itself (a Cell counted down on one thread)
define void @count_down(ptr noundef nonnull align 4 %c) {
start:
  br label %bb1

bb1:
  %n = load i32, ptr %c, align 4
  %z = icmp eq i32 %n, 0
  br i1 %z, label %bb2, label %bb3

bb3:
  %m = sub i32 %n, 1
  store i32 %m, ptr %c, align 4
  br label %bb1

bb2:
  ret void
}

; negative: an immutable static
define void @wait_constant() {
start:
  br label %bb1

bb1:
  %v = load i32, ptr @LIMIT, align 4
  %c = icmp eq i32 %v, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; negative: an atomic load (Acquire) is what the fix looks like
define void @wait_acquire(ptr noundef nonnull align 1 %f) {
start:
  br label %bb1

bb1:
  %v = load atomic i8, ptr %f acquire, align 1
  %c = icmp eq i8 %v, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; negative: a local that never escapes
define i32 @local_loop(i32 %n) {
start:
  %x = alloca [4 x i8], align 4
  store i32 %n, ptr %x, align 4
  br label %bb1

bb1:
  %v = load i32, ptr %x, align 4
  %m = sub i32 %v, 1
  store i32 %m, ptr %x, align 4
  %c = icmp eq i32 %m, 0
  br i1 %c, label %bb2, label %bb1

bb2:
  ret i32 %m
}

; negative: a list walked by the loop: the address changes in every iteration, nothing is polled
define void @walk(ptr noundef %head) {
start:
  br label %bb1

bb1:
  %p = phi ptr [ %head, %start ], [ %next, %bb1 ]
  %next = load ptr, ptr %p, align 8
  %z = icmp eq ptr %next, null
  br i1 %z, label %bb2, label %bb1

bb2:
  ret void
}

; negative: the same through a local the loop rewrites (once_cell's waiter queue, or a lock
; guard taken again in each iteration as spin's Barrier::wait does)
define void @walk_slot(ptr noundef %head) {
start:
  %w = alloca [8 x i8], align 8
  store ptr %head, ptr %w, align 8
  br label %bb1

bb1:
  %p = load ptr, ptr %w, align 8
  %next = load ptr, ptr %p, align 8
  store ptr %next, ptr %w, align 8
  %z = icmp eq ptr %next, null
  br i1 %z, label %bb2, label %bb1

bb2:
  ret void
}
