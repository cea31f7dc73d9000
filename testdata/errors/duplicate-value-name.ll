; RUN: parse
; Structure: the same local name defined twice.
; ERROR: 7:3: multiple definition of local value named 'r'
; llvm-as-19: multiple definition of local value named 'r'
define i32 @f(i32 %a) {
  %r = add i32 %a, 1
  %r = add i32 %a, 2
  ret i32 %r
}
