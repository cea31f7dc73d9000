; RUN: parse
; Syntax: a stray character (`` ` ``) between instructions.
; ERROR: 7:3: invalid character '`'
; llvm-as-19: expected instruction opcode
define i32 @f(i32 %a) {
  %r = add i32 %a, 1
  `
  ret i32 %r
}
