; RUN: print-analysis memory
; Accesses that TypeBasedAA knows to be to constant memory: the !tbaa tag's immutable flag
; (operand 3 of a struct-path tag) makes a load, or a call's effects, count as no location, as
; function-attrs asks getModRefInfoMask and getMemoryEffects. opt-19 -passes=function-attrs gives
; @tbaa_const `memory(argmem: read, inaccessiblemem: readwrite)`: argmem only from %q, whose tag
; has no flag; inaccessiblemem from the volatile load. CHECK lines are irscope's output, checked
; against that result.

target triple = "x86_64-unknown-linux-gnu"

declare void @reads(ptr) memory(argmem: read)

; Positive: %a and the call through a tag with the flag count for nothing; the volatile load
; still touches inaccessiblemem. Negative: %b's tag has no flag (3 operands).
; CHECK: Memory effects for function: tbaa_const
; CHECK-NEXT:   26:3: %a = load i32, ptr %p, align 4
; CHECK-NEXT:     Ref; loc none; object %p (argument 0); size 4; constant memory (!tbaa marks the type immutable)
; CHECK-NEXT:   27:3: %b = load i32, ptr %q, align 4
; CHECK-NEXT:     Ref; loc argmem; object %q (argument 1); size 4
; CHECK-NEXT:   28:3: call void @reads(ptr %p)
; CHECK-NEXT:     Ref; memory(argmem: read) from callee memory(argmem: read) (declaration); counts as none: constant memory (!tbaa marks the type immutable)
; CHECK-NEXT:     arg 0: Ref; loc none; object %p (argument 0); constant memory (!tbaa marks the type immutable)
; CHECK-NEXT:   29:3: %c = load volatile i32, ptr %p, align 4
; CHECK-NEXT:     ModRef (volatile load counts as Mod too); loc inaccessiblemem; object %p (argument 0); size 4; constant memory (!tbaa marks the type immutable); volatile
define i32 @tbaa_const(ptr %p, ptr %q) {
  %a = load i32, ptr %p, align 4, !tbaa !0
  %b = load i32, ptr %q, align 4, !tbaa !3
  call void @reads(ptr %p), !tbaa !0
  %c = load volatile i32, ptr %p, align 4, !tbaa !0
  %s = add i32 %a, %b
  %t = add i32 %s, %c
  ret i32 %t
}

; Negative: address space 4 is constant memory only for AMDGPU's alias analysis, which opt's
; pipeline has for amdgcn and r600 triples, not this one.
; CHECK-NEXT: Memory effects for function: not_amdgpu
; CHECK-NEXT:   41:3: %a = load i32, ptr addrspace(4) %p, align 4
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 4
define i32 @not_amdgpu(ptr addrspace(4) %p) {
  %a = load i32, ptr addrspace(4) %p, align 4
  ret i32 %a
}

!0 = !{!1, !1, i64 0, i64 1}
!1 = !{!"int", !2, i64 0}
!2 = !{!"root"}
!3 = !{!1, !1, i64 0}
