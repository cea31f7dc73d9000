; RUN: print-analysis memory
; Accesses that AMDGPU's alias analysis knows to be to constant memory: a pointer in address
; space 4 (CONSTANT_ADDRESS) or 6 (CONSTANT_ADDRESS_32BIT), or based on one through casts and
; GEPs, counts as no location for an amdgcn triple. opt-19 -passes=function-attrs gives @amd
; `nofree memory(argmem: read)`, the read coming from %q alone (address space 1). CHECK lines are
; irscope's output, checked against that result.

target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

declare void @reads4(ptr addrspace(4)) memory(argmem: read)

; Positive: %a directly, %b through a GEP and an addrspacecast, and the call's argument, all in
; address space 4. Negative: %d, in address space 1 (global memory), is argmem.
; CHECK: Memory effects for function: amd
; CHECK-NEXT:   26:3: %a = load i32, ptr addrspace(4) %p, align 4
; CHECK-NEXT:     Ref; loc none; object %p (argument 0); size 4; constant memory (AMDGPU's address space 4)
; CHECK-NEXT:   29:3: %b = load i32, ptr %c, align 4
; CHECK-NEXT:     Ref; loc none; object %p (argument 0); size 4; constant memory (AMDGPU's address space 4)
; CHECK-NEXT:   30:3: %d = load i32, ptr addrspace(1) %q, align 4
; CHECK-NEXT:     Ref; loc argmem; object %q (argument 1); size 4
; CHECK-NEXT:   31:3: call void @reads4(ptr addrspace(4) %p)
; CHECK-NEXT:     Ref; memory(argmem: read) from callee memory(argmem: read) (declaration)
; CHECK-NEXT:     arg 0: Ref; loc none; object %p (argument 0); constant memory (AMDGPU's address space 4)
define i32 @amd(ptr addrspace(4) %p, ptr addrspace(1) %q) {
  %a = load i32, ptr addrspace(4) %p, align 4
  %g = getelementptr i8, ptr addrspace(4) %p, i64 8
  %c = addrspacecast ptr addrspace(4) %g to ptr
  %b = load i32, ptr %c, align 4
  %d = load i32, ptr addrspace(1) %q, align 4
  call void @reads4(ptr addrspace(4) %p)
  %s = add i32 %a, %b
  %t = add i32 %s, %d
  ret i32 %t
}
