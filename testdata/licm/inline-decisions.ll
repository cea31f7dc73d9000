; RUN: licm --passes inline --attrs declared
; InlinePass's decisions, one caller per case, callees defined first. The inline remarks are
; opt-19's (-passes=inline -inline-threshold=250 -pass-remarks=inline -pass-remarks-missed=inline),
; same costs and thresholds; `note:` lines are irscope's where it does not inline what LLVM would.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @ext(i32)

; A small callee with two callers: no last-call bonus. add (5) and the call (5 + 5 + 25) against
; the call's own 35; one block: threshold 250 + 125.
define internal i32 @small(i32 %x) {
  %y = add i32 %x, 1
  call void @ext(i32 %y)
  ret i32 %y
}

; Positive: inlined at its cost.
define i32 @calls_small(i32 %v) {
  %r = call i32 @small(i32 %v)
  ret i32 %r
}

; Positive: the second caller; by now @small has one call left, so the last-call bonus applies.
define i32 @calls_small_again(i32 %v) {
  %r = call i32 @small(i32 %v)
  ret i32 %r
}

; Twelve calls: 12 * 35 = 420 against 35 for the call and a threshold of 375.
define void @big(i32 %x) {
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  ret void
}

; Negative: too costly.
define void @calls_big(i32 %v) {
  call void @big(i32 %v)
  ret void
}

; The same body, alwaysinline: cost does not matter.
define void @big_always(i32 %x) alwaysinline {
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  ret void
}

; Positive: always inlined.
define void @calls_big_always(i32 %v) {
  call void @big_always(i32 %v)
  ret void
}

define void @marked_noinline() noinline {
  ret void
}

; Negative: the callee is noinline.
define void @calls_noinline() {
  call void @marked_noinline()
  ret void
}

define void @empty() {
  ret void
}

; Negative: the call site is noinline.
define void @noinline_call_site() {
  call void @empty() #0
  ret void
}

define linkonce void @interposable() {
  ret void
}

define linkonce_odr void @odr() {
  ret void
}

; Negative and positive: a linkonce callee may be replaced at link time; a linkonce_odr one not.
define void @calls_linkonce() {
  call void @interposable()
  call void @odr()
  ret void
}

define void @recursive(i32 %n) {
  call void @recursive(i32 %n)
  ret void
}

; Negative: a callee that calls itself is never inlined.
define void @calls_recursive(i32 %n) {
  call void @recursive(i32 %n)
  ret void
}

; Negative: nothing is inlined into an optnone function.
define void @optnone_caller() noinline optnone {
  call void @empty()
  ret void
}

define void @one_call(i32 %x) {
  call void @ext(i32 %x)
  ret void
}

; Negative: a call before unreachable may not grow the code (threshold 0).
define void @before_unreachable(i32 %v) {
  call void @one_call(i32 %v)
  unreachable
}

; A switch on a mode: with a constant mode only one arm is live and costed.
define void @by_mode(i32 %x, i8 %mode) {
  %m = zext i8 %mode to i32
  switch i32 %m, label %other [
    i32 0, label %zero
    i32 1, label %one
  ]
zero:
  ret void
one:
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  ret void
other:
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  call void @ext(i32 %x)
  ret void
}

; Positive: mode 0 folds the zext and the switch: only `ret void` remains.
define void @mode_zero(i32 %v) {
  call void @by_mode(i32 %v, i8 0)
  ret void
}

define void @other_cpu() "target-cpu"="znver4" {
  ret void
}

; Negative: a callee for another CPU may use instructions the caller's CPU lacks.
define void @calls_other_cpu() "target-cpu"="x86-64" {
  call void @other_cpu()
  ret void
}

declare i32 @__gxx_personality_v0(...)

; Negative (irscope only; LLVM inlines it): an invoke is left alone.
define void @invokes() personality ptr @__gxx_personality_v0 {
  invoke void @empty()
          to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}

; Negative (irscope only; LLVM inlines once around the cycle): @ping and @pong call each other.
define void @ping(i32 %n) {
  call void @pong(i32 %n)
  ret void
}

define void @pong(i32 %n) {
  call void @ping(i32 %n)
  ret void
}

attributes #0 = { noinline }

; CHECK: @calls_small
; CHECK-NEXT: remark: <unknown>:0:0: 'small' inlined into 'calls_small' with (cost=5, threshold=375)  [inline Inlined]
; CHECK-NOT: remark:
; CHECK: @calls_small_again
; CHECK-NEXT: remark: <unknown>:0:0: 'small' inlined into 'calls_small_again' with (cost=-14995, threshold=375)  [inline Inlined]
; CHECK-NOT: remark:
; CHECK: @calls_big
; CHECK-NEXT: remark: <unknown>:0:0: 'big' not inlined into 'calls_big' because too costly to inline (cost=385, threshold=375)  [inline TooCostly]
; CHECK-NOT: remark:
; CHECK: @calls_big_always
; CHECK-NEXT: remark: <unknown>:0:0: 'big_always' inlined into 'calls_big_always' with (cost=always): always inline attribute  [inline AlwaysInline]
; CHECK-NOT: remark:
; CHECK: @calls_noinline
; CHECK-NEXT: remark: <unknown>:0:0: 'marked_noinline' not inlined into 'calls_noinline' because it should never be inlined (cost=never): noinline function attribute  [inline NeverInline]
; CHECK-NOT: remark:
; CHECK: @noinline_call_site
; CHECK-NEXT: remark: <unknown>:0:0: 'empty' not inlined into 'noinline_call_site' because it should never be inlined (cost=never): noinline call site attribute  [inline NeverInline]
; CHECK-NOT: remark:
; CHECK: @calls_linkonce
; CHECK-NEXT: remark: <unknown>:0:0: 'interposable' not inlined into 'calls_linkonce' because it should never be inlined (cost=never): interposable  [inline NeverInline]
; CHECK: remark: <unknown>:0:0: 'odr' inlined into 'calls_linkonce' with
; CHECK-NOT: remark:
; CHECK: @recursive
; CHECK-NEXT: remark: <unknown>:0:0: 'recursive' not inlined into 'recursive' because it should never be inlined (cost=never): recursive  [inline NeverInline]
; CHECK: @calls_recursive
; CHECK-NEXT: remark: <unknown>:0:0: 'recursive' not inlined into 'calls_recursive' because it should never be inlined (cost=never): recursive  [inline NeverInline]
; CHECK-NOT: remark:
; CHECK: @optnone_caller
; CHECK-NEXT: remark: <unknown>:0:0: 'empty' not inlined into 'optnone_caller' because it should never be inlined (cost=never): optnone attribute  [inline NeverInline]
; CHECK-NOT: remark:
; CHECK: @before_unreachable
; CHECK-NEXT: remark: <unknown>:0:0: 'one_call' not inlined into 'before_unreachable' because too costly to inline (cost=0, threshold=0)  [inline TooCostly]
; CHECK-NOT: remark:
; CHECK: @mode_zero
; CHECK-NEXT: remark: <unknown>:0:0: 'by_mode' inlined into 'mode_zero' with (cost=-40, threshold=375)  [inline Inlined]
; CHECK-NOT: remark:
; CHECK: @calls_other_cpu
; CHECK-NEXT: remark: <unknown>:0:0: 'other_cpu' not inlined into 'calls_other_cpu' because it should never be inlined (cost=never): conflicting attributes  [inline NeverInline]
; CHECK-NOT: remark:
; CHECK: @invokes
; CHECK-NEXT: note: <unknown>:0:0: 'empty' is not inlined into 'invokes': invoke  [inline NotInlined]
; CHECK-NEXT: at:  `invoke void @empty()
; CHECK: why: invoke: irscope inlines call instructions only
; CHECK-NOT: remark:
; CHECK: @ping
; CHECK-NEXT: note: <unknown>:0:0: 'pong' is not inlined into 'ping': recursive cycle  [inline NotInlined]
; CHECK: note: <unknown>:0:0: 'ping' is not inlined into 'pong': recursive cycle  [inline NotInlined]
; CHECK-NOT: remark:
