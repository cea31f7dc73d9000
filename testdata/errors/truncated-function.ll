; RUN: parse
; Syntax: the file ends inside a function body (no closing brace).
; ERROR: 8:1: unexpected end of file
; llvm-as-19: found end of file when expecting more instructions
define i32 @f(i32 %a) {
  %r = add i32 %a, 1
  ret i32 %r
