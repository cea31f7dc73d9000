; Every instruction family with its flags: arithmetic, compares, casts, memory, atomics, vectors, aggregates, calls, terminators.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%pair = type { i32, ptr }
%packed = type <{ i8, i32 }>
%opaque.t = type opaque

@g = global i32 0, align 4
@str = private unnamed_addr constant [6 x i8] c"hello\00", align 1

declare i32 @printf(ptr noundef, ...)
declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.assume(i1 noundef)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg)

define i32 @arith(i32 %a, i32 %b, float %x, double %y) {
entry:
  %0 = add nuw nsw i32 %a, %b
  %1 = sub nsw i32 %0, 1
  %2 = mul nuw i32 %1, %b
  %3 = udiv exact i32 %2, 4
  %4 = sdiv i32 %3, -3
  %5 = urem i32 %4, 7
  %6 = srem i32 %5, %a
  %7 = shl nuw nsw i32 %6, 2
  %8 = lshr exact i32 %7, 1
  %9 = ashr i32 %8, 1
  %10 = and i32 %9, 255
  %11 = or disjoint i32 %10, 256
  %12 = xor i32 %11, -1
  %f0 = fadd fast float %x, 1.000000e+00
  %f1 = fsub nnan ninf float %f0, 0x3FF0000000000000
  %f2 = fmul reassoc nsz arcp contract afn float %f1, %x
  %f3 = fdiv float %f2, 2.5
  %f4 = frem float %f3, -0.000000e+00
  %f5 = fneg nnan float %f4
  %c0 = icmp eq i32 %12, 0
  %c1 = icmp ult i32 %a, %b
  %c2 = fcmp olt float %f5, %x
  %c3 = fcmp fast true float %f5, %x
  %c4 = fcmp false double %y, %y
  %t0 = trunc nuw nsw i32 %12 to i8
  %t1 = zext nneg i8 %t0 to i64
  %t2 = sext i8 %t0 to i16
  %t3 = fptrunc double %y to float
  %t4 = fpext float %t3 to double
  %t5 = fptoui double %t4 to i32
  %t6 = fptosi double %t4 to i32
  %t7 = uitofp nneg i32 %t5 to float
  %t8 = sitofp i32 %t6 to double
  %t9 = inttoptr i64 %t1 to ptr
  %t10 = ptrtoint ptr %t9 to i64
  %t11 = bitcast i32 %t6 to float
  %t12 = addrspacecast ptr %t9 to ptr addrspace(1)
  %s0 = select i1 %c0, i32 %a, i32 %b
  %s1 = select nnan i1 %c2, float %x, float %f5
  %fr = freeze i32 %s0
  ret i32 %fr
}

define void @memory(ptr %p, i64 %n) {
  %a0 = alloca i32, align 4
  %a1 = alloca [4 x i8], i32 4, align 16
  %a2 = alloca inalloca %pair, align 8
  %a3 = alloca swifterror ptr, align 8
  %a4 = alloca i64, addrspace(0)
  %a5 = alloca i8, i64 %n, align 1, addrspace(0)
  %l0 = load i32, ptr %p, align 4, !tbaa !0
  %l1 = load volatile i32, ptr %p, align 4
  %l2 = load atomic i32, ptr %p seq_cst, align 4
  %l3 = load atomic volatile i32, ptr %p syncscope("singlethread") acquire, align 4
  %l4 = load ptr, ptr %p, align 8, !nonnull !2, !noundef !2
  store i32 %l0, ptr %a0, align 4, !tbaa !0
  store volatile i32 1, ptr %a0
  store atomic i32 2, ptr %a0 release, align 4
  store atomic volatile i32 3, ptr %a0 syncscope("agent") seq_cst, align 4
  %g0 = getelementptr i8, ptr %p, i64 %n
  %g1 = getelementptr inbounds %pair, ptr %p, i64 1, i32 1
  %g2 = getelementptr inbounds nuw [4 x i8], ptr %a1, i64 0, i64 2
  %g3 = getelementptr nusw nuw i8, ptr %p, i64 4
  %g4 = getelementptr i32, <2 x ptr> <ptr null, ptr null>, <2 x i64> <i64 1, i64 2>
  fence acquire
  fence syncscope("singlethread") seq_cst
  %x0 = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
  %x1 = cmpxchg weak volatile ptr %p, i32 0, i32 1 syncscope("agent") acq_rel monotonic, align 4
  %r0 = atomicrmw add ptr %p, i32 1 seq_cst
  %r1 = atomicrmw volatile xchg ptr %p, i32 1 monotonic, align 4
  %r2 = atomicrmw sub ptr %p, i32 1 acquire
  %r3 = atomicrmw and ptr %p, i32 1 release
  %r4 = atomicrmw nand ptr %p, i32 1 acq_rel
  %r5 = atomicrmw or ptr %p, i32 1 seq_cst
  %r6 = atomicrmw xor ptr %p, i32 1 seq_cst
  %r7 = atomicrmw max ptr %p, i32 1 seq_cst
  %r8 = atomicrmw umin ptr %p, i32 1 syncscope("singlethread") seq_cst
  %r9 = atomicrmw fadd ptr %p, float 1.0 seq_cst
  %r10 = atomicrmw fsub ptr %p, double 1.0 seq_cst
  %r11 = atomicrmw fmax ptr %p, half 0xH3C00 seq_cst
  %r12 = atomicrmw uinc_wrap ptr %p, i32 1 seq_cst
  %r13 = atomicrmw udec_wrap ptr %p, i32 1 seq_cst
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %a0, ptr align 4 %p, i64 4, i1 false)
  ret void
}

define <4 x i32> @vectors(<4 x i32> %v, <vscale x 4 x i32> %sv, %pair %agg) {
  %e = extractelement <4 x i32> %v, i32 0
  %i = insertelement <4 x i32> %v, i32 %e, i64 3
  %s = shufflevector <4 x i32> %v, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>
  %z = shufflevector <4 x i32> %s, <4 x i32> undef, <4 x i32> zeroinitializer
  %se = extractelement <vscale x 4 x i32> %sv, i32 1
  %ev = extractvalue %pair %agg, 0
  %iv = insertvalue %pair %agg, i32 %ev, 0
  %nested = insertvalue { %pair, [2 x i8] } undef, i8 1, 1, 0
  %sp = add <4 x i32> %z, splat (i32 1)
  ret <4 x i32> %sp
}

define i32 @calls(i32 %n, ...) personality ptr @printf {
entry:
  %ap = alloca ptr, align 8
  call void @llvm.va_start.p0(ptr %ap)
  %va = va_arg ptr %ap, i32
  call void @llvm.va_end.p0(ptr %ap)
  %r0 = call i32 (ptr, ...) @printf(ptr noundef @str, i32 %va)
  %r1 = tail call fastcc noundef i32 @fixed(i32 signext %n) #0
  %r2 = musttail call i32 (i32, ...) @calls(i32 %n, ...)
  ret i32 %r2
}

define internal fastcc i32 @fixed(i32 %x) {
  %r = notail call cc 10 i32 @fixed(i32 %x) nounwind
  %a = call i32 asm sideeffect inteldialect "mov $0, $1", "=r,r,~{dirflag},~{fpsr},~{flags}"(i32 %r)
  %b = call i32 asm "bswap $0", "=r,0"(i32 %a) [ "deopt"(i32 1, i64 2), "cold"() ]
  call void @llvm.assume(i1 true) [ "align"(ptr @g, i64 8) ]
  %c = call nnan float @llvm.fabs.f32(float 1.0), !dbg !3
  ret i32 %b
}

declare float @llvm.fabs.f32(float)

define i32 @terminators(i32 %x, ptr %dest) {
entry:
  br label %next
next:
  %c = icmp sgt i32 %x, 0
  br i1 %c, label %sw, label %ind, !prof !1
sw:
  switch i32 %x, label %done [
    i32 0, label %done
    i32 1, label %ind
  ]
ind:
  %p = phi i32 [ 0, %next ], [ 1, %sw ]
  %q = phi fast float [ 0.0, %next ], [ 1.0, %sw ]
  indirectbr ptr %dest, [label %done, label %next]
done:
  %r = phi i32 [ 5, %sw ], [ %x, %ind ], [ 5, %sw ]
  ret i32 %r
}

define void @unreach() {
  unreachable
}

define i32 @callbr_test(i32 %x) {
entry:
  %r = callbr i32 asm "", "=r,r,!i"(i32 %x)
          to label %normal [label %indirect]
normal:
  ret i32 %r
indirect:
  ret i32 0
}

attributes #0 = { nounwind }

!0 = !{!4, !4, i64 0}
!1 = !{!"branch_weights", i32 1, i32 2000}
!2 = !{}
!3 = !DILocation(line: 1, scope: !5)
!4 = !{!"int", !6, i64 0}
!5 = distinct !DISubprogram(name: "fixed", scope: null, spFlags: DISPFlagDefinition, unit: !7)
!6 = !{!"omnipotent char"}
!7 = distinct !DICompileUnit(language: DW_LANG_C99, file: !8, isOptimized: true, emissionKind: FullDebug)
!8 = !DIFile(filename: "a.c", directory: "/tmp")
!llvm.module.flags = !{!9}
!llvm.dbg.cu = !{!7}
!9 = !{i32 2, !"Debug Info Version", i32 3}
