; RUN: attrs --llvm 19 --why
; dereferenceable(N) / dereferenceable_or_null(N) on parameters as LLVM 19's Attributor infers
; them (spec C3): the rules of ../shared/spec/cases/11_attributor_dereferenceable.ll and a few
; more. Every expectation was taken from `opt-19 -passes=attributor -S` on this file; function-attrs
; never adds these attributes.

declare void @unknown()
declare void @wr() willreturn nounwind memory(none)
declare void @takes_deref16(ptr dereferenceable(16)) nounwind willreturn

; positive: accesses [0,4) and [4,8) in the must-be-executed context -> dereferenceable(8)
define i32 @two_loads(ptr %p) {
  %a = load i32, ptr %p
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %b = load i32, ptr %q
  %s = add i32 %a, %b
  ret i32 %s
}
; CHECK: @two_loads
; CHECK: +dereferenceable(8)
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %p: `%b = load i32, ptr %q` at 15:3

; positive: one access at p+4 through an inbounds GEP -> offset + size = 8
define i32 @offset_inbounds(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %b = load i32, ptr %q
  ret i32 %b
}
; CHECK: @offset_inbounds
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %p

; negative: the same through a GEP that is not inbounds proves nothing (not even non-null)
define i32 @offset_not_inbounds(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 4
  %b = load i32, ptr %q
  ret i32 %b
}
; CHECK: @offset_not_inbounds
; CHECK-NOT: +dereferenceable
; CHECK: proves nothing (a volatile access, an access at an offset through a GEP that is not inbounds

; positive: [0,4) and [8,12) with a plain GEP: only the contiguous prefix counts -> 4
define i32 @gap(ptr %p) {
  %a = load i32, ptr %p
  %q = getelementptr i8, ptr %p, i64 8
  %b = load i32, ptr %q
  %s = add i32 %a, %b
  ret i32 %s
}
; CHECK: @gap
; CHECK: why: DereferenceableInferred: dereferenceable(4) on %p

; positive: the same with an inbounds GEP -> 8 + 4 = 12
define i32 @gap_inbounds(ptr %p) {
  %a = load i32, ptr %p
  %q = getelementptr inbounds i8, ptr %p, i64 8
  %b = load i32, ptr %q
  %s = add i32 %a, %b
  ret i32 %s
}
; CHECK: @gap_inbounds
; CHECK: why: DereferenceableInferred: dereferenceable(12) on %p

; negative: an access on one side of a branch only
define i32 @conditional(ptr %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  %a = load i32, ptr %p
  ret i32 %a
e:
  ret i32 0
}
; CHECK: @conditional
; CHECK-NOT: +dereferenceable
; CHECK: what surely runs from its entry ends at `br i1 %c, label %t, label %e`

; positive: accessed on both sides of a branch -> the smaller, min(4, 8) = 4
define i32 @both_branches(ptr %p, i1 %c) {
entry:
  br i1 %c, label %t, label %e
t:
  %a = load i32, ptr %p
  br label %j
e:
  %b = load i64, ptr %p
  %bt = trunc i64 %b to i32
  br label %j
j:
  %r = phi i32 [%a, %t], [%bt, %e]
  ret i32 %r
}
; CHECK: @both_branches
; CHECK: why: DereferenceableInferred: dereferenceable(4) on %p

; positive: each branch's context reaches back into the entry, so [0,4) there and [4,8) on both
; sides make 8
define i32 @branches_extend_entry(ptr %p, i1 %c) {
entry:
  %a = load i32, ptr %p
  %q = getelementptr i8, ptr %p, i64 4
  br i1 %c, label %t, label %e
t:
  %b = load i32, ptr %q
  br label %j
e:
  %d = load i32, ptr %q
  br label %j
j:
  ret i32 %a
}
; CHECK: @branches_extend_entry
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %p

; negative: an unknown call before the access may not return
define i32 @after_unknown_call(ptr %p) {
  call void @unknown()
  %a = load i32, ptr %p
  ret i32 %a
}
; CHECK: @after_unknown_call
; CHECK-NOT: +dereferenceable
; CHECK: what surely runs from its entry ends at `call void @unknown()` at 117:3, which may not return or may throw

; positive: a willreturn nounwind call before the access lets the context through
define i32 @after_willreturn_call(ptr %p) {
  call void @wr()
  %a = load i32, ptr %p
  ret i32 %a
}
; CHECK: @after_willreturn_call
; CHECK: why: DereferenceableInferred: dereferenceable(4) on %p

; negative: after a loop of unknown trip count (the function is not willreturn)
define i32 @after_loop(ptr %p, i32 %n) {
entry:
  br label %l
l:
  %i = phi i32 [0, %entry], [%i2, %l]
  %i2 = add i32 %i, 1
  %c = icmp slt i32 %i2, %n
  br i1 %c, label %l, label %e
e:
  %a = load i32, ptr %p
  ret i32 %a
}
; CHECK: @after_loop
; CHECK-NOT: +dereferenceable
; CHECK: what surely runs from its entry ends at `br i1 %c, label %l, label %e`

; positive: stores count as well
define void @store8(ptr %p) {
  store i64 0, ptr %p
  ret void
}
; CHECK: @store8
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %p: `store i64 0, ptr %p` at 153:3

; negative: volatile accesses are ignored
define i32 @volatile(ptr %p) {
  %a = load volatile i32, ptr %p
  ret i32 %a
}
; CHECK: @volatile
; CHECK-NOT: +dereferenceable
; CHECK: the first use that surely runs, `%a = load volatile i32, ptr %p` at 161:3, proves nothing

; positive: passing it to a dereferenceable(16) parameter
define void @passes_to_deref16(ptr %p) {
  call void @takes_deref16(ptr %p)
  ret void
}
; CHECK: @passes_to_deref16
; CHECK: why: DereferenceableInferred: dereferenceable(16) on %p: `call void @takes_deref16(ptr %p)` at 170:3

; positive, as LLVM 19 does it: passing p+8 to a dereferenceable(16) parameter gives p 16 bytes
; too (getKnownNonNullAndDerefBytesForUse returns the call site's bytes without the offset)
define void @passes_gep_to_deref16(ptr %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 8
  call void @takes_deref16(ptr %q)
  ret void
}
; CHECK: @passes_gep_to_deref16
; CHECK: why: DereferenceableInferred: dereferenceable(16) on %p

; positive: null is a valid address in addrspace(1), so the load does not prove non-null
define i32 @addrspace1(ptr addrspace(1) %p) {
  %a = load i32, ptr addrspace(1) %p
  ret i32 %a
}
; CHECK: @addrspace1
; CHECK: +dereferenceable_or_null(4)
; CHECK: why: DereferenceableOrNullInferred: dereferenceable_or_null(4) on %p

; positive: a declared dereferenceable_or_null(4) becomes dereferenceable(8) once a load proves
; the pointer non-null
define i32 @or_null_declared(ptr dereferenceable_or_null(4) %p) {
  %q = getelementptr inbounds i8, ptr %p, i64 4
  %a = load i32, ptr %q
  ret i32 %a
}
; CHECK: @or_null_declared
; CHECK: -dereferenceable_or_null(4)
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %p

; positive: a GEP index bounded by its zext: the least offset is 0 -> 1 byte
define void @zext_index(ptr %mem, i8 %n) {
  %z = zext i8 %n to i64
  %a = getelementptr inbounds i8, ptr %mem, i64 %z
  %v = load i8, ptr %a
  ret void
}
; CHECK: @zext_index
; CHECK: why: DereferenceableInferred: dereferenceable(1) on %mem
