; RUN: print-analysis loops
; Natural loops, compared with opt-19 -passes='print<loops>' (CHECK lines copied from its output;
; OptDifferentialTest also runs opt-19 on this file).
; CHECK: Loop info for function 'nested':
; CHECK-NEXT: Loop at depth 1 containing: %outer<header>,%inner,%latch<latch><exiting>
; CHECK-NEXT:     Loop at depth 2 containing: %inner<header><latch><exiting>
; CHECK-NEXT: Loop info for function 'siblings':
; CHECK-NEXT: Loop at depth 1 containing: %d<header><exiting>,%d2<latch><exiting>
; CHECK-NEXT: Loop at depth 1 containing: %b<header><latch><exiting>
; CHECK-NEXT: Loop at depth 1 containing: %a<header><latch><exiting>
; CHECK-NEXT: Loop info for function 'two_latches':
; CHECK-NEXT: Loop at depth 1 containing: %h<header>,%l2<latch><exiting>,%l1<latch>
; CHECK-NEXT: Loop info for function 'irreducible':
; CHECK-NEXT: Loop info for function 'unreachable_cycle':
; CHECK-NEXT: Loop info for function 'numbered':
; CHECK-NEXT: Loop at depth 1 containing: %1<header><latch><exiting>

; Positive: two nested loops; the inner one is a subloop at depth 2, printed below the outer.
define void @nested(i1 %c) {
entry:
  br label %outer
outer:
  br label %inner
inner:
  br i1 %c, label %inner, label %latch
latch:
  br i1 %c, label %outer, label %exit
exit:
  ret void
}

; Positive: three loops in a row; opt-19 prints top-level loops in post order (last first).
define void @siblings(i1 %c) {
entry:
  br label %a
a:
  br i1 %c, label %a, label %b
b:
  br i1 %c, label %b, label %d
d:
  br i1 %c, label %d2, label %e
d2:
  br i1 %c, label %d, label %e
e:
  ret void
}

; Positive: one header with two latches; both are marked, and the exiting one too.
define void @two_latches(i1 %c) {
entry:
  br label %h
h:
  br i1 %c, label %l1, label %l2
l1:
  br label %h
l2:
  br i1 %c, label %h, label %exit
exit:
  ret void
}

; Negative: an irreducible cycle (two entries) is not a natural loop.
define void @irreducible(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  br label %b
b:
  br i1 %c, label %a, label %exit
exit:
  ret void
}

; Negative: a cycle among blocks unreachable from the entry is no loop.
define void @unreachable_cycle() {
entry:
  ret void
u1:
  br label %u2
u2:
  br label %u1
}

; Positive: unnamed blocks print with their slot numbers; a switch with duplicate edges.
define void @numbered(i32 %x) {
  br label %2
2:
  switch i32 %x, label %3 [ i32 0, label %2
                            i32 1, label %2 ]
3:
  ret void
}
