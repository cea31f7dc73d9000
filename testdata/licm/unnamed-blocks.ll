; RUN: licm --passes licm,gvn,loop-deletion,simple-loop-unswitch,simplifycfg --attrs declared
; Remarks name unnamed blocks and values by the numbers the input gives them (%2, not %null),
; also after the passes have moved or deleted instructions: a loop without a preheader, a
; hoisted load, a deleted loop and the clean-up's empty block.

@flag = global i32 0, align 4

define void @no_preheader(i1 %0) {
  br i1 %0, label %2, label %3

2:
  br label %3

3:
  %4 = load i32, ptr @flag, align 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %3, label %6

6:
  ret void
}
; CHECK: @no_preheader
; CHECK: loop %3 has no preheader  [licm NoPreheader]
; CHECK: removed empty block %2  [simplifycfg RemovedEmptyBlock]
; CHECK-NEXT: at:  `br label %3` at 12:3

define void @hoisted(ptr noundef nonnull align 4 dereferenceable(4) %0) mustprogress {
  br label %2

2:
  %3 = load i32, ptr %0, align 4
  %4 = icmp eq i32 %3, 0
  br i1 %4, label %2, label %5

5:
  ret void
}
; The icmp is named %4 with its operand %3 as in the input, though the load it uses has moved.
; CHECK: @hoisted
; CHECK: hoisting load  [licm Hoisted]
; CHECK-NEXT: at:  `%3 = load i32, ptr %0, align 4` at 31:3
; CHECK: at:  `%4 = icmp eq i32 %3, 0` at 32:3
; CHECK-NEXT: why: its operands are defined outside loop %2 or were hoisted already
; CHECK: so the loop at %2 may be assumed to end
; CHECK: merged %5 into %1  [simplifycfg MergedBlock]
; CHECK-NOT: %null
