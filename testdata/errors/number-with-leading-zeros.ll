; RUN: parse
; Structure: %007 and 007: are the numbers 7 spelled with leading zeros (the key "#007", not a name "007"), so the label 007: comes after %007 took number 7.
; ERROR: 9:1: label expected to be numbered '8' or greater
; llvm-as-19: label expected to be numbered '8' or greater
define i32 @f(i32 %a) {
entry:
  %007 = add i32 %a, 1
  br label %"007"
007:
  %r = add i32 %007, 2
  ret i32 %r
}
