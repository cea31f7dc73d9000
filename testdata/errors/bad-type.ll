; RUN: parse
; Syntax: an unknown type name (i32x).
; ERROR: 5:11: expected a global name (@x), found 'x'
; llvm-as-19: expected function name
define i32x @f() {
  ret i32 0
}
