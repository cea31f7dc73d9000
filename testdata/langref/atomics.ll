; RUN: parse --print
; Atomic memory operations (LangRef "Atomic Memory Ordering Constraints", "fence", "cmpxchg",
; "atomicrmw", atomic "load"/"store"): every ordering on each instruction that allows it,
; syncscopes (singlethread and named), weak/volatile cmpxchg, every atomicrmw operation
; including the floating-point and wrapping ones, and alignment.

; atomic loads with each legal ordering, volatile and syncscope variants
define i32 @atomic_loads(ptr %p) {
; CHECK: define i32 @atomic_loads(
  %a = load atomic i32, ptr %p unordered, align 4
  ; CHECK: %a = load atomic i32, ptr %p unordered, align 4
  %b = load atomic i32, ptr %p monotonic, align 4
  ; CHECK: %b = load atomic i32, ptr %p monotonic, align 4
  %c = load atomic i32, ptr %p acquire, align 4
  ; CHECK: %c = load atomic i32, ptr %p acquire, align 4
  %d = load atomic i32, ptr %p seq_cst, align 4
  ; CHECK: %d = load atomic i32, ptr %p seq_cst, align 4
  %e = load atomic volatile i32, ptr %p syncscope("singlethread") acquire, align 4
  ; CHECK: %e = load atomic volatile i32, ptr %p syncscope("singlethread") acquire, align 4
  %f = load atomic i64, ptr %p syncscope("agent") seq_cst, align 8
  ; CHECK: %f = load atomic i64, ptr %p syncscope("agent") seq_cst, align 8
  %g = load atomic ptr, ptr %p monotonic, align 8
  ; CHECK: %g = load atomic ptr, ptr %p monotonic, align 8
  %h = load atomic float, ptr %p acquire, align 4
  ; CHECK: %h = load atomic float, ptr %p acquire, align 4
  ret i32 %d
  ; CHECK: ret i32 %d
}

; atomic stores with each legal ordering
define void @atomic_stores(ptr %p, i32 %v) {
; CHECK: define void @atomic_stores(
  store atomic i32 %v, ptr %p unordered, align 4
  ; CHECK: store atomic i32 %v, ptr %p unordered, align 4
  store atomic i32 %v, ptr %p monotonic, align 4
  ; CHECK: store atomic i32 %v, ptr %p monotonic, align 4
  store atomic i32 %v, ptr %p release, align 4
  ; CHECK: store atomic i32 %v, ptr %p release, align 4
  store atomic i32 %v, ptr %p seq_cst, align 4
  ; CHECK: store atomic i32 %v, ptr %p seq_cst, align 4
  store atomic volatile i32 %v, ptr %p syncscope("singlethread") release, align 4
  ; CHECK: store atomic volatile i32 %v, ptr %p syncscope("singlethread") release, align 4
  ret void
  ; CHECK: ret void
}

; fences with each legal ordering and a syncscope
define void @fences() {
; CHECK: define void @fences(
  fence acquire
  ; CHECK: fence acquire
  fence release
  ; CHECK: fence release
  fence acq_rel
  ; CHECK: fence acq_rel
  fence seq_cst
  ; CHECK: fence seq_cst
  fence syncscope("singlethread") seq_cst
  ; CHECK: fence syncscope("singlethread") seq_cst
  fence syncscope("workgroup") acquire
  ; CHECK: fence syncscope("workgroup") acquire
  ret void
  ; CHECK: ret void
}

; cmpxchg success/failure ordering pairs, weak, volatile, syncscope, align; result use
define i1 @cmpxchgs(ptr %p, i32 %old, i32 %new) {
; CHECK: define i1 @cmpxchgs(
  %a = cmpxchg ptr %p, i32 %old, i32 %new monotonic monotonic
  ; CHECK: %a = cmpxchg ptr %p, i32 %old, i32 %new monotonic monotonic
  %b = cmpxchg ptr %p, i32 %old, i32 %new acquire acquire
  ; CHECK: %b = cmpxchg ptr %p, i32 %old, i32 %new acquire acquire
  %c = cmpxchg ptr %p, i32 %old, i32 %new release monotonic
  ; CHECK: %c = cmpxchg ptr %p, i32 %old, i32 %new release monotonic
  %d = cmpxchg ptr %p, i32 %old, i32 %new acq_rel acquire
  ; CHECK: %d = cmpxchg ptr %p, i32 %old, i32 %new acq_rel acquire
  %e = cmpxchg ptr %p, i32 %old, i32 %new seq_cst seq_cst
  ; CHECK: %e = cmpxchg ptr %p, i32 %old, i32 %new seq_cst seq_cst
  %f = cmpxchg weak ptr %p, i32 %old, i32 %new seq_cst acquire
  ; CHECK: %f = cmpxchg weak ptr %p, i32 %old, i32 %new seq_cst acquire
  %g = cmpxchg weak volatile ptr %p, i32 %old, i32 %new syncscope("singlethread") acq_rel monotonic, align 8
  ; CHECK: %g = cmpxchg weak volatile ptr %p, i32 %old, i32 %new syncscope("singlethread") acq_rel monotonic, align 8
  %h = cmpxchg ptr %p, ptr null, ptr %p seq_cst seq_cst
  ; CHECK: %h = cmpxchg ptr %p, ptr null, ptr %p seq_cst seq_cst
  %v = extractvalue { i32, i1 } %f, 0
  ; CHECK: %v = extractvalue { i32, i1 } %f, 0
  %ok = extractvalue { i32, i1 } %f, 1
  ; CHECK: %ok = extractvalue { i32, i1 } %f, 1
  ret i1 %ok
  ; CHECK: ret i1 %ok
}

; every atomicrmw operation, each ordering, volatile/syncscope/align
define void @atomicrmws(ptr %p, i32 %v, float %f) {
; CHECK: define void @atomicrmws(
  %xchg = atomicrmw xchg ptr %p, i32 %v monotonic
  ; CHECK: %xchg = atomicrmw xchg ptr %p, i32 %v monotonic
  %add = atomicrmw add ptr %p, i32 %v acquire
  ; CHECK: %add = atomicrmw add ptr %p, i32 %v acquire
  %sub = atomicrmw sub ptr %p, i32 %v release
  ; CHECK: %sub = atomicrmw sub ptr %p, i32 %v release
  %and = atomicrmw and ptr %p, i32 %v acq_rel
  ; CHECK: %and = atomicrmw and ptr %p, i32 %v acq_rel
  %nand = atomicrmw nand ptr %p, i32 %v seq_cst
  ; CHECK: %nand = atomicrmw nand ptr %p, i32 %v seq_cst
  %or = atomicrmw or ptr %p, i32 %v monotonic
  ; CHECK: %or = atomicrmw or ptr %p, i32 %v monotonic
  %xor = atomicrmw xor ptr %p, i32 %v monotonic
  ; CHECK: %xor = atomicrmw xor ptr %p, i32 %v monotonic
  %max = atomicrmw max ptr %p, i32 %v monotonic
  ; CHECK: %max = atomicrmw max ptr %p, i32 %v monotonic
  %min = atomicrmw min ptr %p, i32 %v monotonic
  ; CHECK: %min = atomicrmw min ptr %p, i32 %v monotonic
  %umax = atomicrmw umax ptr %p, i32 %v monotonic
  ; CHECK: %umax = atomicrmw umax ptr %p, i32 %v monotonic
  %umin = atomicrmw umin ptr %p, i32 %v monotonic
  ; CHECK: %umin = atomicrmw umin ptr %p, i32 %v monotonic
  %fadd = atomicrmw fadd ptr %p, float %f monotonic
  ; CHECK: %fadd = atomicrmw fadd ptr %p, float %f monotonic
  %fsub = atomicrmw fsub ptr %p, float %f monotonic
  ; CHECK: %fsub = atomicrmw fsub ptr %p, float %f monotonic
  %fmax = atomicrmw fmax ptr %p, float %f monotonic
  ; CHECK: %fmax = atomicrmw fmax ptr %p, float %f monotonic
  %fmin = atomicrmw fmin ptr %p, float %f monotonic
  ; CHECK: %fmin = atomicrmw fmin ptr %p, float %f monotonic
  %uinc = atomicrmw uinc_wrap ptr %p, i32 %v monotonic
  ; CHECK: %uinc = atomicrmw uinc_wrap ptr %p, i32 %v monotonic
  %udec = atomicrmw udec_wrap ptr %p, i32 %v monotonic
  ; CHECK: %udec = atomicrmw udec_wrap ptr %p, i32 %v monotonic
  %vol = atomicrmw volatile add ptr %p, i32 %v syncscope("singlethread") seq_cst, align 8
  ; CHECK: %vol = atomicrmw volatile add ptr %p, i32 %v syncscope("singlethread") seq_cst, align 8
  %xptr = atomicrmw xchg ptr %p, ptr null acquire
  ; CHECK: %xptr = atomicrmw xchg ptr %p, ptr null acquire
  ret void
  ; CHECK: ret void
}
