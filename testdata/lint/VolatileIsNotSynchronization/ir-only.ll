; RUN: lint
; VolatileIsNotSynchronization without debug info: polling with a volatile read is flagged
; where the memory is shared between threads (a global only ever written by volatile stores, as
; a VolatileCell in a `static` is; a `&T` whose T has interior mutability, as `&VolatileCell`
; is passed) and left alone where volatile is the right tool: an address made from an integer
; (a memory-mapped register), a raw pointer (device, DMA or hypervisor memory), and a `static
; mut` written plainly (an interrupt handler's counter on a microcontroller).

@STARTED = global [1 x i8] zeroinitializer, align 1
@MILLIS = global [2 x i8] zeroinitializer, align 2

; positive: a VolatileCell<bool> in a static, polled by one thread and set by another
define void @wait_started() {
start:
  %slot = alloca [1 x i8], align 1
  br label %bb1

bb1:
; LINT: VolatileIsNotSynchronization warning: written only by volatile stores
  %v = load volatile i8, ptr @STARTED, align 1
  store i8 %v, ptr %slot, align 1
  %w = load i8, ptr %slot, align 1
  %c = icmp eq i8 %w, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

define void @start_it() {
start:
  store volatile i8 1, ptr @STARTED, align 1
  ret void
}

; positive: `&VolatileCell<usize>`, which other threads may hold
define void @reader(ptr noundef nonnull align 8 %a) {
start:
  br label %bb1

bb1:
; LINT: VolatileIsNotSynchronization warning: shared reference to a type with interior mutability
  %v = load volatile i64, ptr %a, align 8
  %c = icmp eq i64 %v, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; negative: a device status register at a fixed address
define void @wait_mmio_ready() {
start:
  br label %bb1

bb1:
  %v = load volatile i32, ptr inttoptr (i64 1073741824 to ptr), align 4
  %b = and i32 %v, 1
  %c = icmp eq i32 %b, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

; negative: memory behind a raw pointer (a shared page another program writes)
define i64 @wait_seq_volatile(ptr noundef %page, i64 noundef %last) {
start:
  %seq = getelementptr inbounds i8, ptr %page, i64 8
  br label %bb1

bb1:
  %s = load volatile i64, ptr %seq, align 8
  %c = icmp eq i64 %s, %last
  br i1 %c, label %bb1, label %bb2

bb2:
  ret i64 %s
}

; negative: a `static mut` counter an interrupt handler increments with a plain store
define void @delay_ms_volatile(i16 noundef %ms) {
start:
  %t0 = load volatile i16, ptr @MILLIS, align 2
  br label %bb1

bb1:
  %t = load volatile i16, ptr @MILLIS, align 2
  %d = sub i16 %t, %t0
  %c = icmp ult i16 %d, %ms
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}

define void @timer_isr() {
start:
  %t = load i16, ptr @MILLIS, align 2
  %u = add i16 %t, 1
  store i16 %u, ptr @MILLIS, align 2
  ret void
}
