; RUN: parse --print
; Use-list order directives (LangRef "Use-list Order Directives"): `uselistorder` at the end of a
; function body for a local value and a constant, and `uselistorder` / `uselistorder_bb` at
; module level for a global and a basic block. llvm-dis-19 does not print them by default, so
; these directives carry no CHECK; the instructions around them do.

@g = global i32 0
; CHECK: @g = global i32 0

define i32 @uses(i32 %a) {
; CHECK: define i32 @uses(
entry:
  %x = add i32 %a, 1
  ; CHECK: %x = add i32 %a, 1
  %y = add i32 %a, 2
  ; CHECK: %y = add i32 %a, 2
  %z = add i32 %a, 3
  ; CHECK: %z = add i32 %a, 3
  %s = add i32 %x, %y
  ; CHECK: %s = add i32 %x, %y
  %t = add i32 %s, %z
  ; CHECK: %t = add i32 %s, %z
  %l1 = load i32, ptr @g
  ; CHECK: %l1 = load i32, ptr @g
  %l2 = load i32, ptr @g
  ; CHECK: %l2 = load i32, ptr @g
  %u = add i32 %t, 1
  ; CHECK: %u = add i32 %t, 1
  br label %next
  ; CHECK: br label %next
next:
  %r = add i32 %l1, %l2
  ; CHECK: %r = add i32 %l1, %l2
  ret i32 %r
  ; CHECK: ret i32 %r
  uselistorder i32 %a, { 2, 0, 1 }
  uselistorder i32 1, { 1, 0 }
}

define void @blocks(i1 %c) {
; CHECK: define void @blocks(
entry:
  br i1 %c, label %target, label %target2
  ; CHECK: br i1 %c, label %target, label %target2
target:
  br label %target2
  ; CHECK: br label %target2
target2:
  ret void
  ; CHECK: ret void
}

uselistorder ptr @g, { 1, 0 }
uselistorder_bb @blocks, %target2, { 1, 0 }
