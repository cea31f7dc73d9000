; RUN: parse
; Structure: a global variable defined twice.
; ERROR: 6:1: redefinition of global '@g'
; llvm-as-19: redefinition of global '@g'
@g = global i32 0
@g = global i32 1
