; RUN: parse
; Structure: a phi after a non-phi instruction.
; ERROR: 12:3: phi nodes not grouped at top of basic block: %p = phi i32 [ 0, %entry ], [ 1, %then ]
; llvm-as-19: assembly parsed, but does not verify as correct! PHI nodes not grouped at top of basic block!
define i32 @f(i1 %c, i32 %a) {
entry:
  br i1 %c, label %then, label %join
then:
  br label %join
join:
  %x = add i32 %a, 1
  %p = phi i32 [ 0, %entry ], [ 1, %then ]
  ret i32 %p
}
