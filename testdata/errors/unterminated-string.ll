; RUN: parse
; Syntax: a string constant without its closing quote.
; ERROR: 5:25: unterminated string (no closing '"')
; llvm-as-19: expected string
@s = constant [3 x i8] c"ab
define void @f() {
  ret void
}
