; RUN: parse
; Removed syntax: a zext constant expression (gone since LLVM 18-19).
; ERROR: 6:17: zext constexprs are no longer supported
; llvm-as-19: zext constexprs are no longer supported
@g = global i8 0
@x = global i64 zext (i8 ptrtoint (ptr @g to i8) to i64)
