; RUN: parse
; Structure: add i32 with an i64 operand.
; ERROR: 6:20: '%b' defined with type 'i64' but expected 'i32'
; llvm-as-19: '%b' defined with type 'i64' but expected 'i32'
define i32 @f(i32 %a, i64 %b) {
  %r = add i32 %a, %b
  ret i32 %r
}
