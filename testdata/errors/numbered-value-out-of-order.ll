; RUN: parse
; Structure: unnamed values numbered downwards (%5 then %3); LLVM 19 allows gaps but not decreasing numbers.
; ERROR: 7:3: instruction expected to be numbered '%6' or greater
; llvm-as-19: instruction expected to be numbered '%6' or greater
define i32 @f(i32 %0) {
  %5 = add i32 %0, 1
  %3 = add i32 %5, 1
  ret i32 %3
}
