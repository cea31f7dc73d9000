; RUN: parse
; Syntax: an instruction opcode that does not exist (addd).
; ERROR: 6:8: unexpected 'addd'
; llvm-as-19: expected instruction opcode
define i32 @f(i32 %a) {
  %r = addd i32 %a, 1
  ret i32 %r
}
