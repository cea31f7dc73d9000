; RUN: lint --rule HoistedReadSpinsForever
; HoistedReadSpinsForever on IR that LLVM has already optimized, in the shapes rustc
; -C opt-level=3 leaves of polling loops (testdata/rust/*.O3.ll): the read is made once before
; a loop that branches to itself forever. No debug info, so the memory is judged from the IR
; alone (a writable global written by a plain store is a `static mut`; `&T` with interior
; mutability is `nonnull` without `noalias`). Negatives: a `loop {}` entered unconditionally,
; a loop that calls something, a loop entered on an atomic load, on a parameter's value, on a
; read of a `noalias readonly` reference, and a loop that can exit.

@READY = global [1 x i8] zeroinitializer, align 1

declare void @work()

define void @set_ready() {
start:
  store i8 1, ptr @READY, align 1
  ret void
}

; positive: `while !READY {}` on a `static mut READY: bool`
define void @wait_ready() {
start:
; LINT: HoistedReadSpinsForever error: non-atomic read of global @READY
  %0 = load i8, ptr @READY, align 1
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb3, label %bb1

bb1:
  br label %bb1

bb3:
  ret void
}
; CHECK: error[HoistedReadSpinsForever]: non-atomic read of global @READY
; CHECK: = note: the loop that never exits

; positive: the read decides a test above the one that enters the loop (nested loops, a
; spin lock's `while self.locked {}` through a &PlainSpinLock)
define i64 @nested_outer_poll(ptr noundef nonnull align 8 %f, i64 noundef %n) {
start:
; LINT: HoistedReadSpinsForever error
  %_3 = load i64, ptr %f, align 8
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %lr.ph, label %bb4

lr.ph:
  %n.zero = icmp eq i64 %n, 0
  br i1 %n.zero, label %spin.a, label %spin.b

spin.b:
  br label %spin.b

spin.a:
  br label %spin.a

bb4:
  ret i64 0
}

; negative: `loop {}` entered unconditionally (a panic handler's halt)
define void @halt() {
start:
  br label %bb1

bb1:
  br label %bb1
}

; negative: the loop does something (a server's `loop { work() }`)
define void @serve() {
start:
  %0 = load i8, ptr @READY, align 1
  %c = icmp eq i8 %0, 0
  br i1 %c, label %bb1, label %bb2

bb1:
  call void @work()
  br label %bb1

bb2:
  ret void
}

; negative: entered on an atomic load (a correct flag checked once, then halting on purpose)
define void @atomic_then_halt(ptr noundef nonnull align 1 %f) {
start:
  %0 = load atomic i8, ptr %f acquire, align 1
  %c = icmp eq i8 %0, 0
  br i1 %c, label %bb1, label %bb2

bb1:
  br label %bb1

bb2:
  ret void
}

; negative: entered on a parameter's value
define void @on_argument(i1 %stop) {
start:
  br i1 %stop, label %bb1, label %bb2

bb1:
  br label %bb1

bb2:
  ret void
}

; negative: a `&u32` (noalias readonly): no other thread may write it while it is borrowed
define void @on_plain_reference(ptr noalias noundef readonly align 4 dereferenceable(4) %x) {
start:
  %0 = load i32, ptr %x, align 4
  %c = icmp eq i32 %0, 0
  br i1 %c, label %bb1, label %bb2

bb1:
  br label %bb1

bb2:
  ret void
}

; negative: a loop that can exit is NonAtomicLoadInLoop's
define void @can_exit(ptr noundef nonnull align 1 %f) {
start:
  br label %bb1

bb1:
  %0 = load i8, ptr %f, align 1
  %c = icmp eq i8 %0, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}
