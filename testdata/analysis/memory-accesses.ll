; RUN: print-analysis memory
; Per-instruction memory effects of loads, stores, atomics, fences and va_arg: ModRef as
; Instruction::mayReadFromMemory/mayWriteToMemory give it, the location kinds function-attrs
; would count, the store size, volatility, ordering and syncscope. CHECK lines are irscope's
; output, each checked by hand against LangRef and LLVM's rules (see MemoryEffectsAnalysis).

; Positive: a plain load only reads (Ref), a plain store only writes (Mod); the pointer is an
; argument, so the location kind is argmem; the size is the type's store size.
; CHECK: Memory effects for function: plain
; CHECK-NEXT:   15:3: %v = load i32, ptr %p, align 4
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 4
; CHECK-NEXT:   16:3: store i32 %v, ptr %p, align 4
; CHECK-NEXT:     Mod; loc argmem; object %p (argument 0); size 4
define void @plain(ptr %p) {
  %v = load i32, ptr %p, align 4
  store i32 %v, ptr %p, align 4
  ret void
}

; Positive: a monotonic or stronger load counts as a write too (Instruction::mayWriteToMemory);
; negative: an unordered one is still a plain read (LoadInst::isUnordered). The syncscope is
; shown before the ordering, as the IR writes it.
; CHECK-NEXT: Memory effects for function: load_orderings
; CHECK-NEXT:   35:3: %u = load atomic i64, ptr %p unordered, align 8
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 8; atomic unordered
; CHECK-NEXT:   36:3: %m = load atomic i64, ptr %p monotonic, align 8
; CHECK-NEXT:     ModRef (ordered load counts as Mod too); loc argmem; object %p (argument 0); size 8; atomic monotonic
; CHECK-NEXT:   37:3: %a = load atomic i64, ptr %p acquire, align 8
; CHECK-NEXT:     ModRef (ordered load counts as Mod too); loc argmem; object %p (argument 0); size 8; atomic acquire
; CHECK-NEXT:   38:3: %s = load atomic i64, ptr %p seq_cst, align 8
; CHECK-NEXT:     ModRef (ordered load counts as Mod too); loc argmem; object %p (argument 0); size 8; atomic seq_cst
; CHECK-NEXT:   39:3: %t = load atomic i64, ptr %p syncscope("singlethread") acquire, align 8
; CHECK-NEXT:     ModRef (ordered load counts as Mod too); loc argmem; object %p (argument 0); size 8; atomic syncscope("singlethread") acquire
define void @load_orderings(ptr %p) {
  %u = load atomic i64, ptr %p unordered, align 8
  %m = load atomic i64, ptr %p monotonic, align 8
  %a = load atomic i64, ptr %p acquire, align 8
  %s = load atomic i64, ptr %p seq_cst, align 8
  %t = load atomic i64, ptr %p syncscope("singlethread") acquire, align 8
  ret void
}

; Positive: a monotonic or stronger store counts as a read too (mayReadFromMemory); negative:
; an unordered one only writes.
; CHECK-NEXT: Memory effects for function: store_orderings
; CHECK-NEXT:   57:3: store atomic i32 1, ptr %p unordered, align 4
; CHECK-NEXT:     Mod; loc argmem; object %p (argument 0); size 4; atomic unordered
; CHECK-NEXT:   58:3: store atomic i32 2, ptr %p monotonic, align 4
; CHECK-NEXT:     ModRef (ordered store counts as Ref too); loc argmem; object %p (argument 0); size 4; atomic monotonic
; CHECK-NEXT:   59:3: store atomic i32 3, ptr %p release, align 4
; CHECK-NEXT:     ModRef (ordered store counts as Ref too); loc argmem; object %p (argument 0); size 4; atomic release
; CHECK-NEXT:   60:3: store atomic i32 4, ptr %p seq_cst, align 4
; CHECK-NEXT:     ModRef (ordered store counts as Ref too); loc argmem; object %p (argument 0); size 4; atomic seq_cst
; CHECK-NEXT:   61:3: store atomic i32 5, ptr %p syncscope("agent") release, align 4
; CHECK-NEXT:     ModRef (ordered store counts as Ref too); loc argmem; object %p (argument 0); size 4; atomic syncscope("agent") release
define void @store_orderings(ptr %p) {
  store atomic i32 1, ptr %p unordered, align 4
  store atomic i32 2, ptr %p monotonic, align 4
  store atomic i32 3, ptr %p release, align 4
  store atomic i32 4, ptr %p seq_cst, align 4
  store atomic i32 5, ptr %p syncscope("agent") release, align 4
  ret void
}

; Positive: a volatile load counts as a write and a volatile store as a read, and both also
; touch inaccessible memory (function-attrs adds inaccessiblemem for volatile accesses).
; CHECK-NEXT: Memory effects for function: volatile
; CHECK-NEXT:   75:3: %v = load volatile i8, ptr %p, align 1
; CHECK-NEXT:     ModRef (volatile load counts as Mod too); loc argmem, inaccessiblemem; object %p (argument 0); size 1; volatile
; CHECK-NEXT:   76:3: store volatile i8 %v, ptr %p, align 1
; CHECK-NEXT:     ModRef (volatile store counts as Ref too); loc argmem, inaccessiblemem; object %p (argument 0); size 1; volatile
; CHECK-NEXT:   77:3: %w = load atomic volatile i32, ptr %p acquire, align 4
; CHECK-NEXT:     ModRef (ordered load counts as Mod too); loc argmem, inaccessiblemem; object %p (argument 0); size 4; volatile; atomic acquire
define void @volatile(ptr %p) {
  %v = load volatile i8, ptr %p, align 1
  store volatile i8 %v, ptr %p, align 1
  %w = load atomic volatile i32, ptr %p acquire, align 4
  ret void
}

; Positive: atomicrmw and cmpxchg read and write whatever their ordering; cmpxchg shows its
; failure ordering; the size is that of the value operand (the compared one for cmpxchg).
; CHECK-NEXT: Memory effects for function: rmw
; CHECK-NEXT:   95:3: %x = atomicrmw xchg ptr %p, i64 1 monotonic, align 8
; CHECK-NEXT:     ModRef; loc argmem; object %p (argument 0); size 8; atomic monotonic
; CHECK-NEXT:   96:3: %y = atomicrmw add ptr %p, i16 1 syncscope("singlethread") seq_cst, align 2
; CHECK-NEXT:     ModRef; loc argmem; object %p (argument 0); size 2; atomic syncscope("singlethread") seq_cst
; CHECK-NEXT:   97:3: %z = atomicrmw volatile fadd ptr %p, double 1.0 release, align 8
; CHECK-NEXT:     ModRef; loc argmem, inaccessiblemem; object %p (argument 0); size 8; volatile; atomic release
; CHECK-NEXT:   98:3: %c = cmpxchg ptr %p, i32 0, i32 1 acq_rel monotonic, align 4
; CHECK-NEXT:     ModRef; loc argmem; object %p (argument 0); size 4; atomic acq_rel, failure monotonic
; CHECK-NEXT:   99:3: %d = cmpxchg weak volatile ptr %p, ptr null, ptr %p seq_cst acquire, align 8
; CHECK-NEXT:     ModRef; loc argmem, inaccessiblemem; object %p (argument 0); size 8; volatile; atomic seq_cst, failure acquire
define void @rmw(ptr %p) {
  %x = atomicrmw xchg ptr %p, i64 1 monotonic, align 8
  %y = atomicrmw add ptr %p, i16 1 syncscope("singlethread") seq_cst, align 2
  %z = atomicrmw volatile fadd ptr %p, double 1.0 release, align 8
  %c = cmpxchg ptr %p, i32 0, i32 1 acq_rel monotonic, align 4
  %d = cmpxchg weak volatile ptr %p, ptr null, ptr %p seq_cst acquire, align 8
  ret void
}

; Positive: a fence has no pointer, so it may touch any memory; orderings and scopes shown.
; CHECK-NEXT: Memory effects for function: fences
; CHECK-NEXT:   118:3: fence acquire
; CHECK-NEXT:     ModRef; loc any (no pointer); atomic acquire
; CHECK-NEXT:   119:3: fence release
; CHECK-NEXT:     ModRef; loc any (no pointer); atomic release
; CHECK-NEXT:   120:3: fence acq_rel
; CHECK-NEXT:     ModRef; loc any (no pointer); atomic acq_rel
; CHECK-NEXT:   121:3: fence seq_cst
; CHECK-NEXT:     ModRef; loc any (no pointer); atomic seq_cst
; CHECK-NEXT:   122:3: fence syncscope("singlethread") seq_cst
; CHECK-NEXT:     ModRef; loc any (no pointer); atomic syncscope("singlethread") seq_cst
; CHECK-NEXT:   123:3: fence syncscope("workgroup") acquire
; CHECK-NEXT:     ModRef; loc any (no pointer); atomic syncscope("workgroup") acquire
define void @fences() {
  fence acquire
  fence release
  fence acq_rel
  fence seq_cst
  fence syncscope("singlethread") seq_cst
  fence syncscope("workgroup") acquire
  ret void
}

; Positive: va_arg reads and writes the va_list (it advances it); its size is not fixed.
; CHECK-NEXT: Memory effects for function: vaarg
; CHECK-NEXT:   132:3: %v = va_arg ptr %ap, i32
; CHECK-NEXT:     ModRef; loc argmem; object %ap (argument 0)
define i32 @vaarg(ptr %ap) {
  %v = va_arg ptr %ap, i32
  ret i32 %v
}

; Positive: store sizes: i1 takes a byte, x86_fp80 ten, vectors and arrays of power-of-two
; elements their total, a scalable vector a multiple of vscale. Negative: a struct's size
; depends on ABI alignment (irscope has no DataLayout model), so none is shown.
; CHECK-NEXT: Memory effects for function: sizes
; CHECK-NEXT:   157:3: %a = load i1, ptr %p, align 1
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 1
; CHECK-NEXT:   158:3: %b = load x86_fp80, ptr %p, align 16
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 10
; CHECK-NEXT:   159:3: %c = load <4 x float>, ptr %p, align 16
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 16
; CHECK-NEXT:   160:3: %d = load [3 x i64], ptr %p, align 8
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 24
; CHECK-NEXT:   161:3: %e = load { i32, i8 }, ptr %p, align 4
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   162:3: %f = load <vscale x 2 x i64>, ptr %p, align 16
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size vscale x 16
; CHECK-NEXT:   163:3: %g = load ptr, ptr %p, align 8
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 8
; CHECK-NEXT:   164:3: %h = load <3 x i1>, ptr %p, align 1
; CHECK-NEXT:     Ref; loc argmem; object %p (argument 0); size 1
define void @sizes(ptr %p) {
  %a = load i1, ptr %p, align 1
  %b = load x86_fp80, ptr %p, align 16
  %c = load <4 x float>, ptr %p, align 16
  %d = load [3 x i64], ptr %p, align 8
  %e = load { i32, i8 }, ptr %p, align 4
  %f = load <vscale x 2 x i64>, ptr %p, align 16
  %g = load ptr, ptr %p, align 8
  %h = load <3 x i1>, ptr %p, align 1
  ret void
}

; Negative: no instruction here touches memory (the alloca itself does not); only the header.
; CHECK-NEXT: Memory effects for function: none
define i32 @none(i32 %a) {
  %x = alloca i32, align 4
  %r = add i32 %a, 1
  ret i32 %r
}
; CHECK-NOT: %x = alloca
