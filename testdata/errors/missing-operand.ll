; RUN: parse
; Syntax: add with only one operand.
; ERROR: 7:3: expected ',', found 'ret'
; llvm-as-19: expected ',' in arithmetic operation
define i32 @f(i32 %a) {
  %r = add i32 %a
  ret i32 %r
}
