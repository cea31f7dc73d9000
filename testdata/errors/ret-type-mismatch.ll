; RUN: parse
; Structure: ret of an i64 from a function returning i32.
; ERROR: 6:7: value doesn't match function result type 'i32'
; llvm-as-19: value doesn't match function result type 'i32'
define i32 @f(i64 %a) {
  ret i64 %a
}
