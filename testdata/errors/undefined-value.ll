; RUN: parse
; Structure: use of a local value that is never defined.
; ERROR: 6:20: use of undefined value '%undefined'
; llvm-as-19: use of undefined value '%undefined'
define i32 @f(i32 %a) {
  %r = add i32 %a, %undefined
  ret i32 %r
}
