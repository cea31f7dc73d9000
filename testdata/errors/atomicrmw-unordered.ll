; RUN: parse
; Semantics: atomicrmw cannot be unordered (llvm-as-19 reports it on the next line).
; ERROR: 6:3: atomicrmw instructions cannot be unordered: %a = atomicrmw add ptr %p, i32 1 unordered
; llvm-as-19: atomicrmw cannot be unordered
define void @f(ptr %p) {
  %a = atomicrmw add ptr %p, i32 1 unordered
  %b = atomicrmw add ptr %p, i32 1 monotonic
  ret void
}
