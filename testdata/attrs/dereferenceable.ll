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

; positive: a GEP index that is an induction variable plus 2, bounded by SCEV (the loop runs
; 100 times): the least offset is 2 * 4 -> 12 bytes
define void @iv_index(ptr %a) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %j = add nuw nsw i64 %i, 2
  %p = getelementptr inbounds i32, ptr %a, i64 %j
  store i32 0, ptr %p
  %i.next = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %i.next, 100
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @iv_index
; CHECK: why: DereferenceableInferred: dereferenceable(12) on %a

; negative: an induction variable with neither no-wrap flags nor a constant trip count is not
; bounded, so the access proves nothing
define void @iv_no_flags_no_count(ptr %a, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %p = getelementptr inbounds i32, ptr %a, i64 %i
  store i32 0, ptr %p
  %i.next = add i64 %i, 1
  %c = icmp ult i64 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}
; CHECK: @iv_no_flags_no_count
; CHECK-NOT: +dereferenceable

; positive: 10*i + j over two nested loops (i, j from 1): least index 11 -> 11 * 8 + 8 = 96
define void @nested_sum(ptr %a) {
entry:
  br label %outer
outer:
  %i = phi i64 [ 1, %entry ], [ %i.next, %outer.latch ]
  br label %inner
inner:
  %j = phi i64 [ 1, %outer ], [ %j.next, %inner ]
  %m = mul nsw i64 %i, 10
  %k = add nsw i64 %m, %j
  %p = getelementptr inbounds i64, ptr %a, i64 %k
  store i64 0, ptr %p
  %j.next = add nsw i64 %j, 1
  %cj = icmp ne i64 %j.next, 11
  br i1 %cj, label %inner, label %outer.latch
outer.latch:
  %i.next = add nsw i64 %i, 1
  %ci = icmp ne i64 %i.next, 11
  br i1 %ci, label %outer, label %exit
exit:
  ret void
}
; CHECK: @nested_sum
; CHECK: why: DereferenceableInferred: dereferenceable(96) on %a

; positive: an `or` with a constant below the known trailing zeros of the other operand is an
; add (4i | 1 is at least 1): 1 * 2 + 2 = 4 bytes
define void @or_as_add(ptr %a) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %d = shl nuw nsw i64 %i, 2
  %o = or i64 %d, 1
  %p = getelementptr inbounds i16, ptr %a, i64 %o
  store i16 0, ptr %p
  %i.next = add nuw nsw i64 %i, 1
  %c = icmp eq i64 %i.next, 1024
  br i1 %c, label %exit, label %loop
exit:
  ret void
}
; CHECK: @or_as_add
; CHECK: why: DereferenceableInferred: dereferenceable(4) on %a

; negative: LLVM keeps dereferenceable bytes in 32 bits: an access ending at 2^32 wraps to 0
define void @bytes_wrap_at_2_pow_32(ptr %mem) {
  %s = sext i8 -1 to i32
  %z = zext i32 %s to i64
  %a = getelementptr inbounds i8, ptr %mem, i64 %z
  %v = load i8, ptr %a
  ret void
}
; CHECK: @bytes_wrap_at_2_pow_32
; CHECK-NOT: +dereferenceable

; positive: an index loaded with !range [0, 2) is at least 0: field 1 of the struct at 4,
; plus 4 bytes -> 8
define void @range_md_index(ptr %s, ptr %q) {
  %i = load i32, ptr %q, !range !0
  %p = getelementptr inbounds { i32, [2 x i32] }, ptr %s, i64 0, i32 1, i32 %i
  %v = load i32, ptr %p
  ret void
}
; CHECK: @range_md_index
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %s

; positive: zext(n | 2) is at least 2 by the bits the `or` sets -> 2 * 4 + 4 = 12
define void @or_known_bits(i32 %n, ptr %out) {
  %o = or i32 %n, 2
  %z = zext i32 %o to i64
  %p = getelementptr inbounds i32, ptr %out, i64 %z
  %v = load i32, ptr %p
  ret void
}
; CHECK: @or_known_bits
; CHECK: why: DereferenceableInferred: dereferenceable(12) on %out

; positive: val + 4 in i3 (4 is -4) without signed wrap lies in [-4, -1], its zext in [4, 7]
; -> 4 * 4 + 4 = 20
define void @nsw_add_constant(ptr %mem, i3 %val) {
  %a = add nsw i3 %val, 4
  %z = zext i3 %a to i32
  %p = getelementptr inbounds i32, ptr %mem, i32 %z
  %v = load i32, ptr %p
  ret void
}
; CHECK: @nsw_add_constant
; CHECK: why: DereferenceableInferred: dereferenceable(20) on %mem

; positive: whether an access proves non-null depends on the address space of the pointer it
; uses: null is valid in addrspace(1) but not in the flat address space 0 it is cast to
define void @flat_use_of_global_pointer(ptr addrspace(1) %p) {
  %f = addrspacecast ptr addrspace(1) %p to ptr
  store i32 0, ptr %f
  ret void
}
; CHECK: @flat_use_of_global_pointer
; CHECK: +dereferenceable(4)

; Call-site clamping (spec C3.6): a parameter of an internal function called only directly takes
; the fewest bytes every live call passes, when that is more than its own uses prove.
declare void @sink(ptr)
@g = global [4 x i32] zeroinitializer

; positive: the calls pass an alloca of 16 bytes and a dereferenceable(8) parameter -> 8; the
; callee's own load proves only 1 byte (and non-null)
define internal i8 @clamp_min_of_calls(ptr %p) {
  %v = load i8, ptr %p
  call void @sink(ptr %p)
  ret i8 %v
}
; CHECK: @clamp_min_of_calls
; CHECK: why: DereferenceableInferred: dereferenceable(8) on %p: every live call of @clamp_min_of_calls
define i8 @passes_alloca16() {
  %a = alloca [16 x i8]
  %r = call i8 @clamp_min_of_calls(ptr %a)
  ret i8 %r
}
define i8 @passes_deref8(ptr dereferenceable(8) %q) {
  %r = call i8 @clamp_min_of_calls(ptr %q)
  ret i8 %r
}

; negative: one call passes s+8, of which nothing is known beyond non-null (s is known for 8
; bytes, the inbounds GEP uses them all up), the other a global: no bytes, only nonnull
define internal void @clamp_nonnull_from_calls(ptr %p) {
  call void @sink(ptr %p)
  ret void
}
; CHECK: @clamp_nonnull_from_calls
; CHECK-NOT: +dereferenceable
define void @passes_global_and_field(ptr %s) {
  %f = getelementptr inbounds i8, ptr %s, i64 8
  %v = load i64, ptr %s
  call void @clamp_nonnull_from_calls(ptr %f)
  call void @clamp_nonnull_from_calls(ptr @g)
  ret void
}
; CHECK: @passes_global_and_field

; positive: the only call passes a dereferenceable_or_null(12) parameter -> the same, as nothing
; proves it non-null
define internal void @clamp_or_null(ptr %p) {
  call void @sink(ptr %p)
  ret void
}
; CHECK: @clamp_or_null
; CHECK: +dereferenceable_or_null(12)
; CHECK: why: DereferenceableOrNullInferred: dereferenceable_or_null(12) on %p: every live call
define void @passes_or_null(ptr dereferenceable_or_null(12) %q) {
  call void @clamp_or_null(ptr %q)
  ret void
}

; positive: LLVM reads an old x86 storeu intrinsic as the 16-byte store it upgrades it to
declare void @llvm.x86.sse.storeu.ps(ptr, <4 x float>)
define void @upgraded_store(ptr %p, <4 x float> %v) {
  call void @llvm.x86.sse.storeu.ps(ptr %p, <4 x float> %v)
  ret void
}
; CHECK: @upgraded_store
; CHECK: why: DereferenceableInferred: dereferenceable(16) on %p

; positive: an induction variable stepped by llvm.sadd.with.overflow is a recurrence as well (its
; constant trip count bounds it): the first store is at offset 0 -> 1 byte
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
define void @overflow_intrinsic_iv(ptr %a) {
entry:
  br label %body
body:
  %i = phi i32 [ 0, %entry ], [ %next, %cont ]
  %x = sext i32 %i to i64
  %p = getelementptr inbounds i8, ptr %a, i64 %x
  store i8 0, ptr %p
  %s = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %i, i32 1)
  %o = extractvalue { i32, i1 } %s, 1
  br i1 %o, label %trap, label %cont
trap:
  unreachable
cont:
  %next = extractvalue { i32, i1 } %s, 0
  %c = icmp slt i32 %next, 16
  br i1 %c, label %body, label %exit
exit:
  ret void
}
; CHECK: @overflow_intrinsic_iv
; CHECK: why: DereferenceableInferred: dereferenceable(1) on %a

; positive: select (o > 10), o, 10 is smax(o, 10) >= 10 for SCEV; next + that, without signed
; wrap, is at least 11 -> 11 * 4 + 4 = 48
define void @smax_select_index(ptr %a, i32 %o, i32 %n) {
entry:
  %c = icmp sgt i32 %o, 10
  %m = select i1 %c, i32 %o, i32 10
  br label %loop
loop:
  %i = phi i32 [ %next, %loop ], [ 0, %entry ]
  %next = add nsw i32 %i, 1
  %k = add nsw i32 %next, %m
  %p = getelementptr inbounds float, ptr %a, i32 %k
  %f = load float, ptr %p
  %e = icmp eq i32 %next, %n
  br i1 %e, label %exit, label %loop
exit:
  ret void
}
; CHECK: @smax_select_index
; CHECK: why: DereferenceableInferred: dereferenceable(48) on %a

; negative: i * i over one loop is not an affine recurrence, which SCEV does not bound
define void @square_of_iv(ptr %a) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %sq = mul i64 %i, %i
  %p = getelementptr inbounds i16, ptr %a, i64 %sq
  store i16 0, ptr %p
  %next = add nuw nsw i64 %i, 1
  %e = icmp eq i64 %next, 20
  br i1 %e, label %exit, label %loop
exit:
  ret void
}
; CHECK: @square_of_iv
; CHECK-NOT: +dereferenceable

; positive: an induction variable advanced by two steps of 1 is the recurrence {0,+,2}; i + 1
; is at least 1 -> 1 * 2 + 2 = 4
define void @two_step_iv(ptr %c) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i2, %loop ]
  %i1 = add nuw nsw i64 %i, 1
  %i2 = add nuw nsw i64 %i1, 1
  %p = getelementptr inbounds i16, ptr %c, i64 %i1
  store i16 0, ptr %p
  %e = icmp eq i64 %i2, 40
  br i1 %e, label %exit, label %loop
exit:
  ret void
}
; CHECK: @two_step_iv
; CHECK: why: DereferenceableInferred: dereferenceable(4) on %c

!0 = !{i32 0, i32 2}
