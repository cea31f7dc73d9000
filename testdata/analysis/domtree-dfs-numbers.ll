; RUN: print-analysis domtree --dfs-numbers --function loop
; --dfs-numbers prints LLVM's DFS numbers (in and out share one counter) instead of the invalid
; ones opt-19 prints, and the header loses "DFSNumbers invalid"; --function selects @loop only.
; CHECK-NOT: DominatorTree for function: other
; CHECK: DominatorTree for function: loop
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder Dominator Tree:
; CHECK-NEXT: [1] %entry {0,7} [0]
; CHECK-NEXT: [2] %h {1,6} [1]
; CHECK-NEXT: [3] %b {2,3} [2]
; CHECK-NEXT: [3] %exit {4,5} [2]
; CHECK-NEXT: Roots: %entry

; Negative: not selected by --function.
define void @other() {
  ret void
}

; Positive: a loop; %h dominates the body and the exit.
define void @loop(i1 %c) {
entry:
  br label %h
h:
  br i1 %c, label %b, label %exit
b:
  br label %h
exit:
  ret void
}
