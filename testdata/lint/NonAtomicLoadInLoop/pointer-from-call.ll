; RUN: lint
; A loop that polls two places: a parameter and a pointer a call returned. Finding where the
; second one's memory comes from stops at the call (irscope crashed there once: explain's
; sharing check walked into the call without knowing what it returns).

declare ptr @get_flag()

; positive: %f is nonnull without noalias (a &T with interior mutability); the read through
; the call's pointer is memory of unknown origin and not flagged
define void @wait(ptr noundef nonnull align 1 %f) {
start:
  %q = call ptr @get_flag()
  br label %bb1

bb1:
; LINT: NonAtomicLoadInLoop error: non-atomic read of memory behind parameter %f
  %v = load i8, ptr %f, align 1
  %w = load i8, ptr %q, align 1
  %x = or i8 %v, %w
  %c = icmp eq i8 %x, 0
  br i1 %c, label %bb1, label %bb2

bb2:
  ret void
}
