; RUN: print-analysis postdomtree
; Post-dominator trees, compared with opt-19 -passes='print<postdomtree>' (CHECK lines copied
; from its output; OptDifferentialTest also runs opt-19 on this file).
; CHECK: PostDominatorTree for function: two_exits
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder PostDominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1]  <<exit node>> {4294967295,4294967295} [0]
; CHECK-NEXT:     [2] %a {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %entry {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %b {4294967295,4294967295} [1]
; CHECK-NEXT: Roots: %a %b
; CHECK-NEXT: PostDominatorTree for function: infinite
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder PostDominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1]  <<exit node>> {4294967295,4294967295} [0]
; CHECK-NEXT:     [2] %done {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %entry {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %l2 {4294967295,4294967295} [1]
; CHECK-NEXT:       [3] %l1 {4294967295,4294967295} [2]
; CHECK-NEXT: Roots: %done %l2
; CHECK-NEXT: PostDominatorTree for function: dead_block
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder PostDominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1]  <<exit node>> {4294967295,4294967295} [0]
; CHECK-NEXT:     [2] %exit {4294967295,4294967295} [1]
; CHECK-NEXT:       [3] %entry {4294967295,4294967295} [2]
; CHECK-NEXT:       [3] %dead {4294967295,4294967295} [2]
; CHECK-NEXT: Roots: %exit

; Positive: two exits under the virtual exit node; the branch is post-dominated by neither.
define void @two_exits(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  ret void
b:
  unreachable
}

; Positive: an infinite loop gets a root at the block furthest along it (LLVM's FindRoots).
define void @infinite(i1 %c) {
entry:
  br i1 %c, label %l1, label %done
l1:
  br label %l2
l2:
  br label %l1
done:
  ret void
}

; Positive: a block unreachable from the entry still has a node (it reaches the exit).
define void @dead_block() {
entry:
  br label %exit
dead:
  br label %exit
exit:
  ret void
}
