; RUN: licm --passes simplifycfg --attrs declared --print-ir
; SimplifyCFG bypassing an empty block that a switch reaches through several cases: the phi of
; the block after it gets one entry per case, as LLVM's verifier demands ("PHINode should have
; one entry for each predecessor"); irscope once gave it one entry for all of them (clang's
; sqliteErrorFromPosixError). LLVM's own simplifycfg goes further here (a lookup table or a
; select); what is checked is that the edit irscope makes is valid IR (PrintedIrValidTest runs
; opt-19's verifier on it).

define internal i32 @errorFromPosix(i32 noundef %0, i32 noundef %1) {
  switch i32 %0, label %5 [
    i32 13, label %3
    i32 11, label %3
    i32 1, label %4
  ]

3:
  br label %6

4:
  br label %6

5:
  br label %6

6:
  %.0 = phi i32 [ %1, %5 ], [ 3, %4 ], [ 5, %3 ]
  ret i32 %.0
}
; CHECK: define internal i32 @errorFromPosix(i32 noundef %0, i32 noundef %1) {
; CHECK-NEXT:   switch i32 %0, label %4 [
; CHECK-NEXT:     i32 13, label %5
; CHECK-NEXT:     i32 11, label %5
; CHECK-NEXT:     i32 1, label %3
; CHECK: 5:
; CHECK-NEXT:   %.0 = phi i32 [ %1, %4 ], [ 3, %3 ], [ 5, %2 ], [ 5, %2 ]
