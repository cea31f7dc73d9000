; Exception handling: invoke, landingpad clauses, resume, and the funclet pads (catchswitch, catchpad, cleanuppad, catchret, cleanupret).
declare i32 @__gxx_personality_v0(...)
declare i32 @__CxxFrameHandler3(...)
declare void @may_throw(i32)
@typeinfo = external constant ptr

define i32 @itanium(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 %x)
          to label %cont unwind label %lpad
cont:
  %r = invoke noundef i32 @itanium(i32 1) #0 [ "deopt"() ]
          to label %done unwind label %lpad
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
          catch ptr @typeinfo
          filter [1 x ptr] [ptr @typeinfo]
  br label %rethrow
rethrow:
  resume { ptr, i32 } %lp
done:
  ret i32 %r
}

define void @msvc() personality ptr @__CxxFrameHandler3 {
entry:
  invoke void @may_throw(i32 1)
          to label %exit unwind label %dispatch
dispatch:
  %cs = catchswitch within none [label %handler, label %handler2] unwind label %cleanup
handler:
  %cp = catchpad within %cs [ptr @typeinfo, i32 8, ptr null]
  call void @may_throw(i32 2) [ "funclet"(token %cp) ]
  catchret from %cp to label %exit
handler2:
  %cp2 = catchpad within %cs []
  catchret from %cp2 to label %exit
cleanup:
  %cl = cleanuppad within none []
  invoke void @may_throw(i32 3) [ "funclet"(token %cl) ]
          to label %cl.done unwind label %inner
cl.done:
  cleanupret from %cl unwind to caller
inner:
  %cs2 = catchswitch within %cl [label %h3] unwind to caller
h3:
  %cp3 = catchpad within %cs2 [ptr null, i32 64, ptr null]
  catchret from %cp3 to label %exit
exit:
  ret void
}

attributes #0 = { nounwind }
