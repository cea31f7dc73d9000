; Syntax newer than LLVM 19 (rejected by llvm-as-19, printed by LLVM 20-22): samesign, FMF on fpext, ptrtoaddr, captures(...), new atomicrmw operations, symbolic address spaces, #dbg_declare_value, key-instruction debug fields, C-style comments.
target datalayout = "e-m:e-p:64:64-i64:64-n8:16:32:64-S128-A0-G1-P0"

@g = global i64 0
@addr = global i64 ptrtoaddr (ptr @g to i64)
@sym = addrspace("G") global i32 0

/* a C-style comment /* nested */ still a comment */
define noundef i64 @f(ptr noalias captures(none) %p, ptr captures(address, read_provenance) %q, ptr captures(ret: address, provenance) %r, i32 %a, i32 %b, float %x) #0 !dbg !10 {
entry:
  %c = icmp samesign ult i32 %a, %b, !dbg !17
  %d = fpext nnan float %x to double
  %e = fptrunc fast double %d to float
  %i = ptrtoaddr ptr %p to i64
  %v = ptrtoaddr <2 x ptr> <ptr null, ptr null> to <2 x i64>
  %s1 = atomicrmw usub_sat ptr %p, i32 1 seq_cst, align 4
  %s2 = atomicrmw usub_cond ptr %p, i32 1 seq_cst, align 4
  %s3 = atomicrmw fmaximum ptr %p, float 1.0 seq_cst, align 4
  %s4 = atomicrmw fminimum ptr %p, float 1.0 seq_cst, align 4
  %t = trunc nuw nsw i64 %i to i32
  %u = uitofp nneg i32 %t to double
  %o = or disjoint i64 %i, 1
  %gp = getelementptr inbounds nuw i8, ptr %q, i64 %o
    #dbg_declare_value(ptr %p, !14, !DIExpression(), !17)
    #dbg_value(i64 %i, !14, !DIExpression(), !17)
  ret i64 %o, !dbg !18
}

attributes #0 = { nounwind memory(argmem: read, errnomem: write) "target-features"="+sse2" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !1, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "a.rs", directory: "/src")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!7 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned, num_extra_inhabitants: 0)
!8 = !DISubroutineType(types: !9)
!9 = !{!7}
!10 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !8, scopeLine: 1, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!14 = !DILocalVariable(name: "p", arg: 1, scope: !10, file: !1, line: 1, type: !7)
!17 = !DILocation(line: 2, column: 3, scope: !10, atomGroup: 1, atomRank: 1)
!18 = !DILocation(line: 3, column: 1, scope: !10, atomGroup: 2, atomRank: 2)
!19 = !DIFixedPointType(name: "q", size: 32, align: 32, encoding: DW_ATE_signed_fixed, kind: Binary, factor: -4)
