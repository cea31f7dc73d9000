; ModuleID = 'static_flags.e543df073df09b5d-cgu.0'
source_filename = "static_flags.e543df073df09b5d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE = local_unnamed_addr global [8 x i8] zeroinitializer, align 8, !dbg !0
@_ZN12static_flags4DONE17hce52d96284a6a012E = local_unnamed_addr global [1 x i8] zeroinitializer, align 1, !dbg !17
@_ZN12static_flags5READY17h161e297f0f569c43E = local_unnamed_addr global [1 x i8] zeroinitializer, align 1, !dbg !30
@_ZN12static_flags5TICKS17h6d0470ece0fe81d4E = local_unnamed_addr global [4 x i8] zeroinitializer, align 4, !dbg !33

@_ZN12static_flags18wait_ready_addr_of17h321107ee224861f2E = unnamed_addr alias void (), ptr @_ZN12static_flags10wait_ready17h21400d3def6d9b5cE

; static_flags::signal_all
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN12static_flags10signal_all17h19df6628c84ebab3E() unnamed_addr #0 !dbg !52 {
start:
    #dbg_value(i64 1, !55, !DIExpression(), !63)
    #dbg_value(i8 1, !65, !DIExpression(), !75)
    #dbg_value(i8 1, !74, !DIExpression(), !75)
  store i8 1, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !dbg !77
  %0 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !dbg !78, !noundef !16
  %1 = add i32 %0, 1, !dbg !78
  store i32 %1, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !dbg !78
    #dbg_value(ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, !62, !DIExpression(), !63)
  store i64 1, ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, align 8, !dbg !79
    #dbg_value(ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, !73, !DIExpression(), !75)
    #dbg_value(ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, !80, !DIExpression(), !88)
    #dbg_value(i8 1, !86, !DIExpression(), !88)
    #dbg_value(i8 1, !87, !DIExpression(), !88)
  store atomic i8 1, ptr @_ZN12static_flags4DONE17hce52d96284a6a012E release, align 1, !dbg !90
  ret void, !dbg !91
}

; static_flags::wait_ready
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN12static_flags10wait_ready17h21400d3def6d9b5cE() unnamed_addr #1 !dbg !92 {
start:
  %0 = load i8, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !range !93, !noundef !16
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb3, label %bb1, !dbg !94

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !94

bb3:                                              ; preds = %start
  ret void, !dbg !95
}

; static_flags::wait_ticks
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN12static_flags10wait_ticks17h3dcd6f9457b59bb2E(i32 noundef %target) unnamed_addr #1 !dbg !96 {
start:
    #dbg_value(i32 %target, !100, !DIExpression(), !101)
  %_3 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !noundef !16
  %_2 = icmp ult i32 %_3, %target
  br i1 %_2, label %bb1, label %bb3, !dbg !102

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !102

bb3:                                              ; preds = %start
  ret void, !dbg !103
}

; static_flags::wait_global_flag
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN12static_flags16wait_global_flag17h4cd5232255b683f6E() unnamed_addr #1 !dbg !104 {
start:
  %_1.pr = load i64, ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, align 8, !dbg !105
  %0 = icmp eq i64 %_1.pr, 0, !dbg !113
    #dbg_value(ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, !111, !DIExpression(), !114)
  br i1 %0, label %bb1, label %bb3, !dbg !113

bb1:                                              ; preds = %start, %bb1
    #dbg_value(ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, !111, !DIExpression(), !114)
  br label %bb1, !dbg !113

bb3:                                              ; preds = %start
  ret void, !dbg !115
}

; static_flags::wait_done
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN12static_flags9wait_done17h255f7dcfb4d72e14E() unnamed_addr #2 !dbg !116 {
start:
    #dbg_value(i8 2, !117, !DIExpression(), !124)
  br label %bb1, !dbg !126

bb1:                                              ; preds = %bb1, %start
    #dbg_value(ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, !123, !DIExpression(), !124)
    #dbg_value(ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, !127, !DIExpression(), !134)
    #dbg_value(i8 2, !133, !DIExpression(), !134)
  %0 = load atomic i8, ptr @_ZN12static_flags4DONE17hce52d96284a6a012E acquire, align 1, !dbg !136
  %1 = icmp eq i8 %0, 0, !dbg !137
  br i1 %1, label %bb1, label %bb2, !dbg !137

bb2:                                              ; preds = %bb1
  ret void, !dbg !138
}

attributes #0 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nosync nounwind nonlazybind memory(read, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree noinline norecurse nounwind nonlazybind memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!36, !37, !38, !39}
!llvm.ident = !{!40}
!llvm.dbg.cu = !{!41}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "GLOBAL_FLAG", linkageName: "_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE", scope: !2, file: !3, line: 30, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "static_flags", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/static_flags.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ea6a39639d3b287863b69539276e1328")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "1ee67a40e082938d6780912774f28f9a")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !4, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !9, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !11, templateParams: !14, identifier: "39a99da3e6158f476ae51abf051b55a8")
!9 = !DINamespace(name: "cell", scope: !10)
!10 = !DINamespace(name: "core", scope: null)
!11 = !{!12}
!12 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !8, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPrivate)
!13 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!14 = !{!15}
!15 = !DITemplateTypeParameter(name: "T", type: !13)
!16 = !{}
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "DONE", linkageName: "_ZN12static_flags4DONE17hce52d96284a6a012E", scope: !2, file: !3, line: 10, type: !19, isLocal: false, isDefinition: true, align: 8)
!19 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !20, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !22, templateParams: !16, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!20 = !DINamespace(name: "atomic", scope: !21)
!21 = !DINamespace(name: "sync", scope: !10)
!22 = !{!23}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !19, file: !5, baseType: !24, size: 8, align: 8, flags: DIFlagPrivate)
!24 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !25, templateParams: !28, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!25 = !{!26}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !24, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagPrivate)
!27 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!28 = !{!29}
!29 = !DITemplateTypeParameter(name: "T", type: !27)
!30 = !DIGlobalVariableExpression(var: !31, expr: !DIExpression())
!31 = distinct !DIGlobalVariable(name: "READY", linkageName: "_ZN12static_flags5READY17h161e297f0f569c43E", scope: !2, file: !3, line: 8, type: !32, isLocal: false, isDefinition: true, align: 8)
!32 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "TICKS", linkageName: "_ZN12static_flags5TICKS17h6d0470ece0fe81d4E", scope: !2, file: !3, line: 9, type: !35, isLocal: false, isDefinition: true, align: 32)
!35 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!36 = !{i32 8, !"PIC Level", i32 2}
!37 = !{i32 2, !"RtLibUseGOT", i32 1}
!38 = !{i32 7, !"Dwarf Version", i32 4}
!39 = !{i32 2, !"Debug Info Version", i32 3}
!40 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!41 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !42, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !43, globals: !51, splitDebugInlining: false, nameTableKind: None)
!42 = !DIFile(filename: "testdata/rust/src/static_flags.rs/@/static_flags.e543df073df09b5d-cgu.0", directory: ".")
!43 = !{!44}
!44 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !20, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagEnumClass, elements: !45)
!45 = !{!46, !47, !48, !49, !50}
!46 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!47 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!48 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!49 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!50 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!51 = !{!0, !17, !30, !33}
!52 = distinct !DISubprogram(name: "signal_all", linkageName: "_ZN12static_flags10signal_all17h19df6628c84ebab3E", scope: !2, file: !3, line: 70, type: !53, scopeLine: 70, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!53 = !DISubroutineType(types: !54)
!54 = !{null}
!55 = !DILocalVariable(name: "v", scope: !56, file: !3, line: 25, type: !13, align: 64)
!56 = distinct !DISubprogram(name: "set", linkageName: "_ZN12static_flags4Flag3set17h997dd14a8af490dbE", scope: !4, file: !3, line: 25, type: !57, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !60, retainedNodes: !61)
!57 = !DISubroutineType(types: !58)
!58 = !{null, !59, !13}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&static_flags::Flag", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DISubprogram(name: "set", linkageName: "_ZN12static_flags4Flag3set17h997dd14a8af490dbE", scope: !4, file: !3, line: 25, type: !57, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!61 = !{!62, !55}
!62 = !DILocalVariable(name: "self", arg: 1, scope: !56, file: !3, line: 25, type: !59)
!63 = !DILocation(line: 0, scope: !56, inlinedAt: !64)
!64 = !DILocation(line: 75, column: 17, scope: !52)
!65 = !DILocalVariable(name: "val", scope: !66, file: !67, line: 755, type: !32, align: 8)
!66 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !19, file: !67, line: 755, type: !68, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !71, retainedNodes: !72)
!67 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!68 = !DISubroutineType(types: !69)
!69 = !{null, !70, !32, !44}
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !19, size: 64, align: 64, dwarfAddressSpace: 0)
!71 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !19, file: !67, line: 755, type: !68, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!72 = !{!73, !65, !74}
!73 = !DILocalVariable(name: "self", arg: 1, scope: !66, file: !67, line: 755, type: !70)
!74 = !DILocalVariable(name: "order", scope: !66, file: !67, line: 755, type: !44, align: 8)
!75 = !DILocation(line: 0, scope: !66, inlinedAt: !76)
!76 = !DILocation(line: 76, column: 10, scope: !52)
!77 = !DILocation(line: 72, column: 9, scope: !52)
!78 = !DILocation(line: 73, column: 9, scope: !52)
!79 = !DILocation(line: 26, column: 18, scope: !56, inlinedAt: !64)
!80 = !DILocalVariable(name: "dst", arg: 1, scope: !81, file: !67, line: 3871, type: !84)
!81 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE", scope: !20, file: !67, line: 3871, type: !82, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !28, retainedNodes: !85)
!82 = !DISubroutineType(types: !83)
!83 = !{null, !84, !27, !44}
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !{!80, !86, !87}
!86 = !DILocalVariable(name: "val", arg: 2, scope: !81, file: !67, line: 3871, type: !27)
!87 = !DILocalVariable(name: "order", arg: 3, scope: !81, file: !67, line: 3871, type: !44)
!88 = !DILocation(line: 0, scope: !81, inlinedAt: !89)
!89 = distinct !DILocation(line: 759, column: 13, scope: !66, inlinedAt: !76)
!90 = !DILocation(line: 3876, column: 24, scope: !81, inlinedAt: !89)
!91 = !DILocation(line: 77, column: 2, scope: !52)
!92 = distinct !DISubprogram(name: "wait_ready", linkageName: "_ZN12static_flags10wait_ready17h21400d3def6d9b5cE", scope: !2, file: !3, line: 35, type: !53, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!93 = !{i8 0, i8 2}
!94 = !DILocation(line: 36, column: 21, scope: !92)
!95 = !DILocation(line: 37, column: 2, scope: !92)
!96 = distinct !DISubprogram(name: "wait_ticks", linkageName: "_ZN12static_flags10wait_ticks17h3dcd6f9457b59bb2E", scope: !2, file: !3, line: 50, type: !97, scopeLine: 50, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !99)
!97 = !DISubroutineType(types: !98)
!98 = !{null, !35}
!99 = !{!100}
!100 = !DILocalVariable(name: "target", arg: 1, scope: !96, file: !3, line: 50, type: !35)
!101 = !DILocation(line: 0, scope: !96)
!102 = !DILocation(line: 51, column: 20, scope: !96)
!103 = !DILocation(line: 52, column: 2, scope: !96)
!104 = distinct !DISubprogram(name: "wait_global_flag", linkageName: "_ZN12static_flags16wait_global_flag17h4cd5232255b683f6E", scope: !2, file: !3, line: 58, type: !53, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!105 = !DILocation(line: 23, column: 18, scope: !106, inlinedAt: !112)
!106 = distinct !DISubprogram(name: "get", linkageName: "_ZN12static_flags4Flag3get17h597cd111249b62faE", scope: !4, file: !3, line: 22, type: !107, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !109, retainedNodes: !110)
!107 = !DISubroutineType(types: !108)
!108 = !{!13, !59}
!109 = !DISubprogram(name: "get", linkageName: "_ZN12static_flags4Flag3get17h597cd111249b62faE", scope: !4, file: !3, line: 22, type: !107, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!110 = !{!111}
!111 = !DILocalVariable(name: "self", arg: 1, scope: !106, file: !3, line: 22, type: !59)
!112 = !DILocation(line: 59, column: 23, scope: !104)
!113 = !DILocation(line: 59, column: 11, scope: !104)
!114 = !DILocation(line: 0, scope: !106, inlinedAt: !112)
!115 = !DILocation(line: 60, column: 2, scope: !104)
!116 = distinct !DISubprogram(name: "wait_done", linkageName: "_ZN12static_flags9wait_done17h255f7dcfb4d72e14E", scope: !2, file: !3, line: 65, type: !53, scopeLine: 65, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!117 = !DILocalVariable(name: "order", scope: !118, file: !67, line: 726, type: !44, align: 8)
!118 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !19, file: !67, line: 726, type: !119, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !121, retainedNodes: !122)
!119 = !DISubroutineType(types: !120)
!120 = !{!32, !70, !44}
!121 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !19, file: !67, line: 726, type: !119, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!122 = !{!123, !117}
!123 = !DILocalVariable(name: "self", arg: 1, scope: !118, file: !67, line: 726, type: !70)
!124 = !DILocation(line: 0, scope: !118, inlinedAt: !125)
!125 = !DILocation(line: 66, column: 17, scope: !116)
!126 = !DILocation(line: 66, column: 5, scope: !116)
!127 = !DILocalVariable(name: "dst", arg: 1, scope: !128, file: !67, line: 3886, type: !131)
!128 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E", scope: !20, file: !67, line: 3886, type: !129, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !28, retainedNodes: !132)
!129 = !DISubroutineType(types: !130)
!130 = !{!27, !131, !44}
!131 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!132 = !{!127, !133}
!133 = !DILocalVariable(name: "order", arg: 2, scope: !128, file: !67, line: 3886, type: !44)
!134 = !DILocation(line: 0, scope: !128, inlinedAt: !135)
!135 = distinct !DILocation(line: 729, column: 18, scope: !118, inlinedAt: !125)
!136 = !DILocation(line: 3891, column: 24, scope: !128, inlinedAt: !135)
!137 = !DILocation(line: 66, column: 12, scope: !116)
!138 = !DILocation(line: 67, column: 2, scope: !116)
