; RUN: parse
; Structure: the last block of a function has no terminator.
; ERROR: 8:1: expected an instruction: block '%entry' does not end with a terminator
; llvm-as-19: expected instruction opcode
define i32 @f(i32 %a) {
entry:
  %r = add i32 %a, 1
}
