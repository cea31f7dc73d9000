; RUN: parse --print
; Memory access and addressing (LangRef "Memory Access and Addressing Operations"): alloca
; (counts, alignment, address spaces, inalloca), load/store (align, volatile, !nontemporal,
; !invariant.load, !range, !nonnull, !noundef, !align, !dereferenceable, !tbaa, !alias.scope,
; !noalias), getelementptr (inbounds, nusw, nuw, inrange-free vector GEPs, struct and array
; indices).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128-A5"
target triple = "x86_64-unknown-linux-gnu"

%struct = type { i32, [4 x { i8, i64 }] }
; CHECK: %struct = type { i32, [4 x { i8, i64 }] }

; alloca forms: plain, counted, aligned, in the alloca address space, inalloca
define void @allocas(i32 %n) {
; CHECK: define void @allocas(
  %a = alloca i32
  ; CHECK: %a = alloca i32
  %b = alloca i32, i32 %n
  ; CHECK: %b = alloca i32, i32 %n
  %c = alloca [16 x i8], align 16
  ; CHECK: %c = alloca [16 x i8], align 16
  %d = alloca i64, i32 4, align 32
  ; CHECK: %d = alloca i64, i32 4, align 32
  %e = alloca i32, addrspace(5)
  ; CHECK: %e = alloca i32, addrspace(5)
  %f = alloca i32, i64 2, align 8, addrspace(5)
  ; CHECK: %f = alloca i32, i64 2, align 8, addrspace(5)
  %g = alloca inalloca %struct
  ; CHECK: %g = alloca inalloca %struct
  ret void
  ; CHECK: ret void
}

; loads and stores with alignment, volatility and metadata
define i32 @loads_stores(ptr %p, ptr %q) {
; CHECK: define i32 @loads_stores(
  %a = load i32, ptr %p
  ; CHECK: %a = load i32, ptr %p
  %b = load i32, ptr %p, align 1
  ; CHECK: %b = load i32, ptr %p, align 1
  %c = load volatile i32, ptr %p, align 4
  ; CHECK: %c = load volatile i32, ptr %p, align 4
  %d = load i32, ptr %p, align 4, !nontemporal !0
  ; CHECK: %d = load i32, ptr %p, align 4, !nontemporal !0
  %e = load i32, ptr %p, !invariant.load !1
  ; CHECK: %e = load i32, ptr %p, !invariant.load !1
  %f = load i32, ptr %p, !range !2, !noundef !1
  ; CHECK: %f = load i32, ptr %p, !range !2, !noundef !1
  %g = load ptr, ptr %q, !nonnull !1, !align !3, !dereferenceable !4, !dereferenceable_or_null !4
  ; CHECK: %g = load ptr, ptr %q, !nonnull !1
  %h = load i32, ptr %p, !tbaa !5
  ; CHECK: %h = load i32, ptr %p, !tbaa !5
  %i = load i32, ptr %p, !alias.scope !9, !noalias !9
  ; CHECK: %i = load i32, ptr %p, !alias.scope !9, !noalias !9
  store i32 %a, ptr %p
  ; CHECK: store i32 %a, ptr %p
  store i32 %b, ptr %p, align 1
  ; CHECK: store i32 %b, ptr %p, align 1
  store volatile i32 %c, ptr %p, align 4
  ; CHECK: store volatile i32 %c, ptr %p, align 4
  store i32 %d, ptr %p, align 4, !nontemporal !0
  ; CHECK: store i32 %d, ptr %p, align 4, !nontemporal !0
  store ptr %g, ptr %q, !tbaa !5
  ; CHECK: store ptr %g, ptr %q, !tbaa !5
  %s = add i32 %e, %f
  ; CHECK: %s = add i32 %e, %f
  ret i32 %s
  ; CHECK: ret i32 %s
}

; getelementptr with flags, struct/array indices, negative and variable indices
define ptr @geps(ptr %p, i64 %i, i32 %j) {
; CHECK: define ptr @geps(
  %a = getelementptr i8, ptr %p, i64 %i
  ; CHECK: %a = getelementptr i8, ptr %p, i64 %i
  %b = getelementptr inbounds %struct, ptr %a, i64 1, i32 1, i64 2, i32 1
  ; CHECK: %b = getelementptr inbounds %struct, ptr %a, i64 1, i32 1, i64 2, i32 1
  %c = getelementptr nusw i32, ptr %b, i32 %j
  ; CHECK: %c = getelementptr nusw i32, ptr %b, i32 %j
  %d = getelementptr nuw [4 x i32], ptr %c, i64 0, i64 3
  ; CHECK: %d = getelementptr nuw [4 x i32], ptr %c, i64 0, i64 3
  %e = getelementptr inbounds nuw i8, ptr %d, i64 -8
  ; CHECK: %e = getelementptr inbounds nuw i8, ptr %d, i64 -8
  %f = getelementptr { i32, i32 }, ptr %e, i64 0
  ; CHECK: %f = getelementptr { i32, i32 }, ptr %e, i64 0
  ret ptr %f
  ; CHECK: ret ptr %f
}

; vector GEP: vector of pointers with a vector and a scalar index
define <2 x ptr> @vector_gep(<2 x ptr> %ps, <2 x i64> %is, ptr %base) {
; CHECK: define <2 x ptr> @vector_gep(
  %a = getelementptr i32, <2 x ptr> %ps, <2 x i64> %is
  ; CHECK: %a = getelementptr i32, <2 x ptr> %ps, <2 x i64> %is
  %b = getelementptr i32, ptr %base, <2 x i64> %is
  ; CHECK: %b = getelementptr i32, ptr %base, <2 x i64> %is
  %c = getelementptr %struct, <2 x ptr> %a, i64 0, i32 1, <2 x i64> %is
  ; CHECK: %c = getelementptr %struct, <2 x ptr> %a, i64 0, i32 1, <2 x i64> %is
  ret <2 x ptr> %c
  ; CHECK: ret <2 x ptr> %c
}

!0 = !{i32 1}
!1 = !{}
!2 = !{i32 0, i32 10}
!3 = !{i64 8}
!4 = !{i64 16}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10}
!10 = distinct !{!10, !11, !"scope"}
!11 = distinct !{!11, !"domain"}
