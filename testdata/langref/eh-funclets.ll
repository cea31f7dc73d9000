; RUN: parse --print
; Windows-style funclet exception handling (LangRef "catchswitch", "catchret", "cleanupret",
; "catchpad", "cleanuppad"): the token-typed pads, `within none`, nested pads, funclet operand
; bundles, and `unwind to caller`.
target triple = "x86_64-pc-windows-msvc"

declare i32 @__CxxFrameHandler3(...)
; CHECK: declare i32 @__CxxFrameHandler3(
declare void @may_throw()
; CHECK: declare void @may_throw(
declare void @cleanup_work()
; CHECK: declare void @cleanup_work(

; try { may_throw(); } catch (...) { may_throw(); } with a nested catchswitch unwinding to caller
define void @catch_all() personality ptr @__CxxFrameHandler3 {
; CHECK: define void @catch_all(
entry:
  invoke void @may_throw()
  ; CHECK: invoke void @may_throw()
          to label %exit unwind label %dispatch
          ; CHECK: to label %exit unwind label %dispatch
dispatch:
  %cs = catchswitch within none [label %handler] unwind to caller
  ; CHECK: %cs = catchswitch within none [label %handler] unwind to caller
handler:
  %cp = catchpad within %cs [ptr null, i32 64, ptr null]
  ; CHECK: %cp = catchpad within %cs [ptr null, i32 64, ptr null]
  invoke void @may_throw() [ "funclet"(token %cp) ]
  ; CHECK: invoke void @may_throw() [ "funclet"(token %cp) ]
          to label %caught unwind label %inner
          ; CHECK: to label %caught unwind label %inner
caught:
  catchret from %cp to label %exit
  ; CHECK: catchret from %cp to label %exit
inner:
  %cs2 = catchswitch within %cp [label %handler2, label %handler3] unwind to caller
  ; CHECK: %cs2 = catchswitch within %cp [label %handler2, label %handler3] unwind to caller
handler2:
  %cp2 = catchpad within %cs2 [ptr null, i32 0, ptr null]
  ; CHECK: %cp2 = catchpad within %cs2 [ptr null, i32 0, ptr null]
  catchret from %cp2 to label %exit
  ; CHECK: catchret from %cp2 to label %exit
handler3:
  %cp3 = catchpad within %cs2 []
  ; CHECK: %cp3 = catchpad within %cs2 []
  catchret from %cp3 to label %exit
  ; CHECK: catchret from %cp3 to label %exit
exit:
  ret void
  ; CHECK: ret void
}

; a destructor cleanup: cleanuppad / cleanupret, unwinding to caller and to a label
define void @cleanups() personality ptr @__CxxFrameHandler3 {
; CHECK: define void @cleanups(
entry:
  invoke void @may_throw()
  ; CHECK: invoke void @may_throw()
          to label %exit unwind label %cleanup
          ; CHECK: to label %exit unwind label %cleanup
cleanup:
  %pad = cleanuppad within none []
  ; CHECK: %pad = cleanuppad within none []
  invoke void @cleanup_work() [ "funclet"(token %pad) ]
  ; CHECK: invoke void @cleanup_work() [ "funclet"(token %pad) ]
          to label %done unwind label %outer
          ; CHECK: to label %done unwind label %outer
done:
  cleanupret from %pad unwind label %outer
  ; CHECK: cleanupret from %pad unwind label %outer
outer:
  %pad2 = cleanuppad within none [i32 1]
  ; CHECK: %pad2 = cleanuppad within none [i32 1]
  call void @cleanup_work() [ "funclet"(token %pad2) ]
  ; CHECK: call void @cleanup_work() [ "funclet"(token %pad2) ]
  cleanupret from %pad2 unwind to caller
  ; CHECK: cleanupret from %pad2 unwind to caller
exit:
  ret void
  ; CHECK: ret void
}
