; RUN: print-analysis domtree
; Dominator trees, compared with opt-19 -passes='print<domtree>' (CHECK lines copied from its
; output; OptDifferentialTest also runs opt-19 on this file).
; CHECK: DominatorTree for function: diamond
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder Dominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1] %entry {4294967295,4294967295} [0]
; CHECK-NEXT:     [2] %then {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %join {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %else {4294967295,4294967295} [1]
; CHECK-NEXT: Roots: %entry
; CHECK-NEXT: DominatorTree for function: unreachable
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder Dominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1] %entry {4294967295,4294967295} [0]
; CHECK-NEXT: Roots: %entry
; CHECK-NEXT: DominatorTree for function: switch_order
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder Dominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1] %entry {4294967295,4294967295} [0]
; CHECK-NEXT:     [2] %d {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %c0 {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %c1 {4294967295,4294967295} [1]
; CHECK-NEXT: Roots: %entry
; CHECK-NEXT: DominatorTree for function: catchswitch_order
; CHECK-NEXT: =============================--------------------------------
; CHECK-NEXT: Inorder Dominator Tree: DFSNumbers invalid: 0 slow queries.
; CHECK-NEXT:   [1] %entry {4294967295,4294967295} [0]
; CHECK-NEXT:     [2] %ok {4294967295,4294967295} [1]
; CHECK-NEXT:     [2] %dispatch {4294967295,4294967295} [1]
; CHECK-NEXT:       [3] %cleanup {4294967295,4294967295} [2]
; CHECK-NEXT:       [3] %handler {4294967295,4294967295} [2]
; CHECK-NEXT: Roots: %entry

; Positive: a diamond; the join is a child of the entry, after the two arms.
define void @diamond(i1 %c) {
entry:
  br i1 %c, label %then, label %else
then:
  br label %join
else:
  br label %join
join:
  ret void
}

; Negative: a block unreachable from the entry has no node.
define void @unreachable() {
entry:
  ret void
dead:
  ret void
}

; Positive: children follow the DFS of the successors in terminator order (switch: default
; first), not block order.
define void @switch_order(i32 %x) {
entry:
  switch i32 %x, label %d [ i32 0, label %c0
                            i32 1, label %c1 ]
c1:
  ret void
c0:
  ret void
d:
  ret void
}

declare i32 @g()
declare i32 @__gxx_personality_v0(...)

; Positive: catchswitch successors in LLVM's order, the unwind destination first.
define void @catchswitch_order() personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke i32 @g() to label %ok unwind label %dispatch
ok:
  ret void
dispatch:
  %cs = catchswitch within none [label %handler] unwind label %cleanup
handler:
  %cp = catchpad within %cs []
  catchret from %cp to label %ok
cleanup:
  %cl = cleanuppad within none []
  cleanupret from %cl unwind to caller
}
