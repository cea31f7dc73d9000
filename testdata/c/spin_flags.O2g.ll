; ModuleID = 'testdata/c/src/spin_flags.c'
source_filename = "testdata/c/src/spin_flags.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = dso_local global i64 0, align 8, !dbg !0
@plain_flag = dso_local local_unnamed_addr global i32 0, align 4, !dbg !16
@volatile_flag = dso_local global i32 0, align 4, !dbg !19
@atomic_ready = dso_local local_unnamed_addr global i32 0, align 4, !dbg !22

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local void @wait_plain() local_unnamed_addr #0 !dbg !34 {
  ret void, !dbg !37
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: none) uwtable
define dso_local void @wait_volatile() local_unnamed_addr #1 !dbg !38 {
  br label %1, !dbg !39

1:                                                ; preds = %1, %0
  %2 = load volatile i32, ptr @volatile_flag, align 4, !dbg !40, !tbaa !41
  %3 = icmp eq i32 %2, 0, !dbg !45
  br i1 %3, label %1, label %4, !dbg !39, !llvm.loop !46

4:                                                ; preds = %1
  ret void, !dbg !49
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local void @wait_relaxed() local_unnamed_addr #2 !dbg !50 {
  br label %1, !dbg !51

1:                                                ; preds = %1, %0
  %2 = load atomic i32, ptr @atomic_ready monotonic, align 4, !dbg !52
  %3 = icmp eq i32 %2, 0, !dbg !53
  br i1 %3, label %1, label %4, !dbg !51, !llvm.loop !54

4:                                                ; preds = %1
  ret void, !dbg !56
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local void @wait_acquire() local_unnamed_addr #2 !dbg !57 {
  br label %1, !dbg !58

1:                                                ; preds = %1, %0
  %2 = load atomic i32, ptr @atomic_ready acquire, align 4, !dbg !59
  %3 = icmp eq i32 %2, 0, !dbg !60
  br i1 %3, label %1, label %4, !dbg !58, !llvm.loop !61

4:                                                ; preds = %1
  ret void, !dbg !63
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local void @signal_release() local_unnamed_addr #3 !dbg !64 {
  store atomic i32 1, ptr @atomic_ready release, align 4, !dbg !65
  ret void, !dbg !66
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define dso_local i64 @bump() local_unnamed_addr #3 !dbg !67 {
  %1 = atomicrmw add ptr @counter, i64 1 seq_cst, align 8, !dbg !70
  ret i64 %1, !dbg !71
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local range(i32 0, 2) i32 @try_claim(ptr nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #4 !dbg !72 {
    #dbg_value(ptr %0, !77, !DIExpression(), !80)
    #dbg_value(i32 %1, !78, !DIExpression(), !80)
    #dbg_value(i32 %2, !79, !DIExpression(), !80)
  %4 = cmpxchg ptr %0, i32 %1, i32 %2 acq_rel acquire, align 4, !dbg !81
  %5 = extractvalue { i32, i1 } %4, 1, !dbg !81
  %6 = zext i1 %5 to i32, !dbg !81
  ret i32 %6, !dbg !82
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn uwtable
define dso_local void @full_fence() local_unnamed_addr #5 !dbg !83 {
  fence seq_cst, !dbg !84
  ret void, !dbg !85
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nounwind memory(readwrite, argmem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nounwind willreturn uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!27, !28, !29, !30, !31, !32, !33}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "counter", scope: !2, file: !3, line: 10, type: !25, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !4, globals: !15, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "testdata/c/src/spin_flags.c", directory: ".", checksumkind: CSK_MD5, checksum: "5429cc7eb74793eeedd869aedd967322")
!4 = !{!5}
!5 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "memory_order", file: !6, line: 68, baseType: !7, size: 32, elements: !8)
!6 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/stdatomic.h", directory: "", checksumkind: CSK_MD5, checksum: "f17199a988fe91afffaf0f943ef87096")
!7 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!8 = !{!9, !10, !11, !12, !13, !14}
!9 = !DIEnumerator(name: "memory_order_relaxed", value: 0)
!10 = !DIEnumerator(name: "memory_order_consume", value: 1)
!11 = !DIEnumerator(name: "memory_order_acquire", value: 2)
!12 = !DIEnumerator(name: "memory_order_release", value: 3)
!13 = !DIEnumerator(name: "memory_order_acq_rel", value: 4)
!14 = !DIEnumerator(name: "memory_order_seq_cst", value: 5)
!15 = !{!0, !16, !19, !22}
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(name: "plain_flag", scope: !2, file: !3, line: 7, type: !18, isLocal: false, isDefinition: true)
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(name: "volatile_flag", scope: !2, file: !3, line: 8, type: !21, isLocal: false, isDefinition: true)
!21 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !18)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(name: "atomic_ready", scope: !2, file: !3, line: 9, type: !24, isLocal: false, isDefinition: true)
!24 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !18)
!25 = !DIDerivedType(tag: DW_TAG_atomic_type, baseType: !26)
!26 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!27 = !{i32 7, !"Dwarf Version", i32 5}
!28 = !{i32 2, !"Debug Info Version", i32 3}
!29 = !{i32 1, !"wchar_size", i32 4}
!30 = !{i32 8, !"PIC Level", i32 2}
!31 = !{i32 7, !"PIE Level", i32 2}
!32 = !{i32 7, !"uwtable", i32 2}
!33 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!34 = distinct !DISubprogram(name: "wait_plain", scope: !3, file: !3, line: 12, type: !35, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!35 = !DISubroutineType(types: !36)
!36 = !{null}
!37 = !DILocation(line: 15, column: 1, scope: !34)
!38 = distinct !DISubprogram(name: "wait_volatile", scope: !3, file: !3, line: 17, type: !35, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!39 = !DILocation(line: 18, column: 5, scope: !38)
!40 = !DILocation(line: 18, column: 12, scope: !38)
!41 = !{!42, !42, i64 0}
!42 = !{!"int", !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 18, column: 26, scope: !38)
!46 = distinct !{!46, !39, !47, !48}
!47 = !DILocation(line: 19, column: 5, scope: !38)
!48 = !{!"llvm.loop.mustprogress"}
!49 = !DILocation(line: 20, column: 1, scope: !38)
!50 = distinct !DISubprogram(name: "wait_relaxed", scope: !3, file: !3, line: 22, type: !35, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!51 = !DILocation(line: 23, column: 5, scope: !50)
!52 = !DILocation(line: 23, column: 12, scope: !50)
!53 = !DILocation(line: 23, column: 70, scope: !50)
!54 = distinct !{!54, !51, !55, !48}
!55 = !DILocation(line: 24, column: 5, scope: !50)
!56 = !DILocation(line: 25, column: 1, scope: !50)
!57 = distinct !DISubprogram(name: "wait_acquire", scope: !3, file: !3, line: 27, type: !35, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!58 = !DILocation(line: 28, column: 5, scope: !57)
!59 = !DILocation(line: 28, column: 12, scope: !57)
!60 = !DILocation(line: 28, column: 70, scope: !57)
!61 = distinct !{!61, !58, !62, !48}
!62 = !DILocation(line: 29, column: 5, scope: !57)
!63 = !DILocation(line: 30, column: 1, scope: !57)
!64 = distinct !DISubprogram(name: "signal_release", scope: !3, file: !3, line: 32, type: !35, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!65 = !DILocation(line: 33, column: 5, scope: !64)
!66 = !DILocation(line: 34, column: 1, scope: !64)
!67 = distinct !DISubprogram(name: "bump", scope: !3, file: !3, line: 36, type: !68, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!68 = !DISubroutineType(types: !69)
!69 = !{!26}
!70 = !DILocation(line: 37, column: 12, scope: !67)
!71 = !DILocation(line: 37, column: 5, scope: !67)
!72 = distinct !DISubprogram(name: "try_claim", scope: !3, file: !3, line: 40, type: !73, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !76)
!73 = !DISubroutineType(types: !74)
!74 = !{!18, !75, !18, !18}
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!76 = !{!77, !78, !79}
!77 = !DILocalVariable(name: "slot", arg: 1, scope: !72, file: !3, line: 40, type: !75)
!78 = !DILocalVariable(name: "expected", arg: 2, scope: !72, file: !3, line: 40, type: !18)
!79 = !DILocalVariable(name: "desired", arg: 3, scope: !72, file: !3, line: 40, type: !18)
!80 = !DILocation(line: 0, scope: !72)
!81 = !DILocation(line: 41, column: 12, scope: !72)
!82 = !DILocation(line: 41, column: 5, scope: !72)
!83 = distinct !DISubprogram(name: "full_fence", scope: !3, file: !3, line: 46, type: !35, scopeLine: 46, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!84 = !DILocation(line: 47, column: 5, scope: !83)
!85 = !DILocation(line: 48, column: 1, scope: !83)
