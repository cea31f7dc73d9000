; RUN: parse --print
; Terminator instructions (LangRef "Terminator Instructions"): ret, br, switch, indirectbr,
; invoke with landingpad, callbr, resume, unreachable. Funclet EH terminators (catchswitch,
; catchret, cleanupret) are in eh-funclets.ll.
target triple = "x86_64-unknown-linux-gnu"

declare i32 @__gxx_personality_v0(...)
; CHECK: declare i32 @__gxx_personality_v0(
declare i32 @may_throw(i32)
; CHECK: declare i32 @may_throw(
declare void @g()
; CHECK: declare void @g(

; ret with and without a value, and of an aggregate
define { i32, i8 } @ret_aggregate(i32 %x) {
; CHECK: define { i32, i8 } @ret_aggregate(
  %a = insertvalue { i32, i8 } poison, i32 %x, 0
  ; CHECK: %a = insertvalue { i32, i8 } poison, i32 %x, 0
  ret { i32, i8 } %a
  ; CHECK: ret { i32, i8 } %a
}

; conditional and unconditional br
define i32 @br_forms(i1 %c) {
; CHECK: define i32 @br_forms(
entry:
  br i1 %c, label %then, label %else
  ; CHECK: br i1 %c, label %then, label %else
then:
  br label %join
  ; CHECK: br label %join
else:
  br label %join
  ; CHECK: br label %join
join:
  %r = phi i32 [ 1, %then ], [ 2, %else ]
  ; CHECK: %r = phi i32 [ 1, %then ], [ 2, %else ]
  ret i32 %r
  ; CHECK: ret i32 %r
}

; switch with several cases, and an empty switch
define i32 @switch_forms(i32 %x) {
; CHECK: define i32 @switch_forms(
entry:
  switch i32 %x, label %default [
    i32 0, label %zero
    i32 1, label %one
    i32 -1, label %one
  ]
  ; CHECK: switch i32 %x, label %default [
zero:
  switch i32 %x, label %default []
  ; CHECK: switch i32 %x, label %default [
one:
  ret i32 1
  ; CHECK: ret i32 1
default:
  ret i32 0
  ; CHECK: ret i32 0
}

; indirectbr over block addresses
define i32 @indirectbr_form(i1 %c) {
; CHECK: define i32 @indirectbr_form(
entry:
  %t = select i1 %c, ptr blockaddress(@indirectbr_form, %a), ptr blockaddress(@indirectbr_form, %b)
  ; CHECK: %t = select i1 %c, ptr blockaddress(@indirectbr_form, %a), ptr blockaddress(@indirectbr_form, %b)
  indirectbr ptr %t, [label %a, label %b]
  ; CHECK: indirectbr ptr %t, [label %a, label %b]
a:
  ret i32 1
  ; CHECK: ret i32 1
b:
  ret i32 2
  ; CHECK: ret i32 2
}

; invoke with normal and unwind destinations; landingpad with cleanup, catch and filter; resume
define i32 @invoke_landingpad(i32 %x) personality ptr @__gxx_personality_v0 {
; CHECK: define i32 @invoke_landingpad(
entry:
  %r = invoke i32 @may_throw(i32 %x)
  ; CHECK: %r = invoke i32 @may_throw(i32 %x)
          to label %ok unwind label %lpad
          ; CHECK: to label %ok unwind label %lpad
ok:
  %r2 = invoke fastcc i32 @may_throw(i32 %r) #0
  ; CHECK: %r2 = invoke fastcc i32 @may_throw(i32 %r) #0
          to label %done unwind label %lpad
          ; CHECK: to label %done unwind label %lpad
done:
  ret i32 %r2
  ; CHECK: ret i32 %r2
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
          catch ptr null
          filter [1 x ptr] [ptr null]
          ; CHECK: %lp = landingpad { ptr, i32 }
  %sel = extractvalue { ptr, i32 } %lp, 1
  ; CHECK: %sel = extractvalue { ptr, i32 } %lp, 1
  %is0 = icmp eq i32 %sel, 0
  ; CHECK: %is0 = icmp eq i32 %sel, 0
  br i1 %is0, label %handled, label %rethrow
  ; CHECK: br i1 %is0, label %handled, label %rethrow
handled:
  ret i32 -1
  ; CHECK: ret i32 -1
rethrow:
  resume { ptr, i32 } %lp
  ; CHECK: resume { ptr, i32 } %lp
}

; callbr (asm goto) with an indirect destination
define i32 @callbr_form(i32 %x) {
; CHECK: define i32 @callbr_form(
entry:
  callbr void asm "jmp ${1:l}", "r,!i"(i32 %x)
  ; CHECK: callbr void asm "jmp ${1:l}", "r,!i"(i32 %x)
          to label %fallthrough [label %indirect]
          ; CHECK: to label %fallthrough [label %indirect]
fallthrough:
  ret i32 0
  ; CHECK: ret i32 0
indirect:
  ret i32 1
  ; CHECK: ret i32 1
}

; unreachable after a noreturn call
define void @unreachable_form() {
; CHECK: define void @unreachable_form(
  call void @g() #1
  ; CHECK: call void @g() #1
  unreachable
  ; CHECK: unreachable
}

attributes #0 = { nounwind }
attributes #1 = { noreturn }
