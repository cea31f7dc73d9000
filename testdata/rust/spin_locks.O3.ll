; ModuleID = 'spin_locks.5d6486d550a0c547-cgu.0'
source_filename = "spin_locks.5d6486d550a0c547-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN10spin_locks10PLAIN_LOCK17h490cadecfb33ba5dE = local_unnamed_addr global [1 x i8] zeroinitializer, align 1, !dbg !0
@_ZN10spin_locks11ATOMIC_LOCK17hacf2caae461ace7eE = local_unnamed_addr global [1 x i8] zeroinitializer, align 1, !dbg !17

; spin_locks::PlainSpinLock::lock
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define void @_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE(ptr noundef nonnull align 1 captures(none) %self) unnamed_addr #0 !dbg !49 {
start:
    #dbg_value(ptr %self, !55, !DIExpression(), !56)
  %0 = load i8, ptr %self, align 1, !range !57, !noundef !16
  %_2 = trunc nuw i8 %0 to i1
  br i1 %_2, label %bb1, label %bb3, !dbg !58

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !58

bb3:                                              ; preds = %start
  store i8 1, ptr %self, align 1, !dbg !59
  ret void, !dbg !60
}

; spin_locks::PlainSpinLock::unlock
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: write) uwtable
define void @_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E(ptr noundef nonnull writeonly align 1 captures(none) initializes((0, 1)) %self) unnamed_addr #1 !dbg !61 {
start:
    #dbg_value(ptr %self, !64, !DIExpression(), !65)
  store i8 0, ptr %self, align 1, !dbg !66
  ret void, !dbg !67
}

; spin_locks::AtomicSpinLock::lock
; Function Attrs: noinline nounwind nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E(ptr noundef nonnull align 1 captures(none) %self) unnamed_addr #2 !dbg !68 {
start:
    #dbg_value(ptr %self, !74, !DIExpression(), !75)
    #dbg_value(i8 0, !76, !DIExpression(), !108)
    #dbg_value(i8 1, !101, !DIExpression(), !108)
    #dbg_value(i8 2, !102, !DIExpression(), !108)
    #dbg_value(i8 0, !103, !DIExpression(), !108)
    #dbg_value(i8 0, !110, !DIExpression(), !117)
    #dbg_value(ptr %self, !100, !DIExpression(), !119)
    #dbg_value(ptr %self, !120, !DIExpression(), !148)
    #dbg_value(i8 0, !141, !DIExpression(), !148)
    #dbg_value(i8 1, !142, !DIExpression(), !148)
    #dbg_value(i8 2, !143, !DIExpression(), !148)
    #dbg_value(i8 0, !144, !DIExpression(), !148)
  %0 = cmpxchg weak ptr %self, i8 0, i8 1 acquire monotonic, align 1, !dbg !150
  %1 = extractvalue { i8, i1 } %0, 1, !dbg !150
  br i1 %1, label %bb8, label %bb2.preheader, !dbg !151

bb1.loopexit:                                     ; preds = %bb3, %bb2.preheader
    #dbg_value(ptr %self, !100, !DIExpression(), !119)
    #dbg_value(ptr %self, !120, !DIExpression(), !148)
    #dbg_value(i8 0, !141, !DIExpression(), !148)
    #dbg_value(i8 1, !142, !DIExpression(), !148)
    #dbg_value(i8 2, !143, !DIExpression(), !148)
    #dbg_value(i8 0, !144, !DIExpression(), !148)
  %2 = cmpxchg weak ptr %self, i8 0, i8 1 acquire monotonic, align 1, !dbg !150
  %3 = extractvalue { i8, i1 } %2, 1, !dbg !150
  br i1 %3, label %bb8, label %bb2.preheader, !dbg !151

bb2.preheader:                                    ; preds = %start, %bb1.loopexit
    #dbg_value(ptr %self, !116, !DIExpression(), !152)
    #dbg_value(ptr %self, !153, !DIExpression(), !160)
    #dbg_value(i8 0, !159, !DIExpression(), !160)
  %4 = load atomic i8, ptr %self monotonic, align 1, !dbg !162
  %5 = icmp eq i8 %4, 0, !dbg !163
  br i1 %5, label %bb1.loopexit, label %bb3, !dbg !163

bb8:                                              ; preds = %bb1.loopexit, %start
  ret void, !dbg !164

bb3:                                              ; preds = %bb2.preheader, %bb3
  tail call void @llvm.x86.sse2.pause(), !dbg !165
    #dbg_value(ptr %self, !116, !DIExpression(), !152)
    #dbg_value(ptr %self, !153, !DIExpression(), !160)
    #dbg_value(i8 0, !159, !DIExpression(), !160)
  %6 = load atomic i8, ptr %self monotonic, align 1, !dbg !162
  %7 = icmp eq i8 %6, 0, !dbg !163
  br i1 %7, label %bb1.loopexit, label %bb3, !dbg !163
}

; spin_locks::AtomicSpinLock::unlock
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define void @_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE(ptr noundef nonnull writeonly align 1 captures(none) %self) unnamed_addr #3 !dbg !178 {
start:
    #dbg_value(ptr %self, !181, !DIExpression(), !182)
    #dbg_value(i8 0, !183, !DIExpression(), !191)
    #dbg_value(i8 1, !190, !DIExpression(), !191)
    #dbg_value(ptr %self, !189, !DIExpression(), !193)
    #dbg_value(ptr %self, !194, !DIExpression(), !201)
    #dbg_value(i8 0, !199, !DIExpression(), !201)
    #dbg_value(i8 1, !200, !DIExpression(), !201)
  store atomic i8 0, ptr %self release, align 1, !dbg !203
  ret void, !dbg !204
}

; spin_locks::AtomicSpinLock::lock_swap
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable
define void @_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E(ptr noundef nonnull align 1 captures(none) %self) unnamed_addr #4 !dbg !205 {
start:
    #dbg_value(ptr %self, !208, !DIExpression(), !209)
    #dbg_value(i8 1, !210, !DIExpression(), !218)
    #dbg_value(i8 2, !217, !DIExpression(), !218)
    #dbg_value(i8 1, !220, !DIExpression(), !227)
    #dbg_value(i8 2, !226, !DIExpression(), !227)
  br label %bb1, !dbg !229

bb1:                                              ; preds = %bb1, %start
    #dbg_value(ptr %self, !216, !DIExpression(), !230)
    #dbg_value(ptr %self, !225, !DIExpression(), !227)
  %0 = atomicrmw xchg ptr %self, i8 1 acquire, align 1, !dbg !231
  %1 = icmp eq i8 %0, 0, !dbg !232
  br i1 %1, label %bb3, label %bb1, !dbg !232

bb3:                                              ; preds = %bb1
  ret void, !dbg !233
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #5

attributes #0 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: write) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!33, !34, !35, !36}
!llvm.ident = !{!37}
!llvm.dbg.cu = !{!38}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PLAIN_LOCK", linkageName: "_ZN10spin_locks10PLAIN_LOCK17h490cadecfb33ba5dE", scope: !2, file: !3, line: 71, type: !4, isLocal: false, isDefinition: true, align: 8)
!2 = !DINamespace(name: "spin_locks", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/spin_locks.rs", directory: ".", checksumkind: CSK_MD5, checksum: "4cd100ff9845b7815b10b3bc568adb8f")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "PlainSpinLock", scope: !2, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "25e90c0b1f00af4adacdf3e12cd40aa9")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "locked", scope: !4, file: !5, baseType: !8, size: 8, align: 8, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<bool>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !11, templateParams: !14, identifier: "38de065f1e2d4f56ed1838d129d13323")
!9 = !DINamespace(name: "cell", scope: !10)
!10 = !DINamespace(name: "core", scope: null)
!11 = !{!12}
!12 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !8, file: !5, baseType: !13, size: 8, align: 8, flags: DIFlagPrivate)
!13 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!14 = !{!15}
!15 = !DITemplateTypeParameter(name: "T", type: !13)
!16 = !{}
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "ATOMIC_LOCK", linkageName: "_ZN10spin_locks11ATOMIC_LOCK17hacf2caae461ace7eE", scope: !2, file: !3, line: 72, type: !19, isLocal: false, isDefinition: true, align: 8)
!19 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicSpinLock", scope: !2, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !20, templateParams: !16, identifier: "455afaa3bcc4f0c9ad0bb5ce3c640af2")
!20 = !{!21}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "locked", scope: !19, file: !5, baseType: !22, size: 8, align: 8, flags: DIFlagPrivate)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !23, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !25, templateParams: !16, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!23 = !DINamespace(name: "atomic", scope: !24)
!24 = !DINamespace(name: "sync", scope: !10)
!25 = !{!26}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !22, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagPrivate)
!27 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !28, templateParams: !31, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!28 = !{!29}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !27, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagPrivate)
!30 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!31 = !{!32}
!32 = !DITemplateTypeParameter(name: "T", type: !30)
!33 = !{i32 8, !"PIC Level", i32 2}
!34 = !{i32 2, !"RtLibUseGOT", i32 1}
!35 = !{i32 7, !"Dwarf Version", i32 4}
!36 = !{i32 2, !"Debug Info Version", i32 3}
!37 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!38 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !39, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !40, globals: !48, splitDebugInlining: false, nameTableKind: None)
!39 = !DIFile(filename: "testdata/rust/src/spin_locks.rs/@/spin_locks.5d6486d550a0c547-cgu.0", directory: ".")
!40 = !{!41}
!41 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !23, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagEnumClass, elements: !42)
!42 = !{!43, !44, !45, !46, !47}
!43 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!44 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!45 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!46 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!47 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!48 = !{!0, !17}
!49 = distinct !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE", scope: !4, file: !3, line: 21, type: !50, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !53, retainedNodes: !54)
!50 = !DISubroutineType(types: !51)
!51 = !{null, !52}
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&spin_locks::PlainSpinLock", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE", scope: !4, file: !3, line: 21, type: !50, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!54 = !{!55}
!55 = !DILocalVariable(name: "self", arg: 1, scope: !49, file: !3, line: 21, type: !52)
!56 = !DILocation(line: 0, scope: !49)
!57 = !{i8 0, i8 2}
!58 = !DILocation(line: 23, column: 19, scope: !49)
!59 = !DILocation(line: 24, column: 13, scope: !49)
!60 = !DILocation(line: 26, column: 6, scope: !49)
!61 = distinct !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E", scope: !4, file: !3, line: 29, type: !50, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !62, retainedNodes: !63)
!62 = !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E", scope: !4, file: !3, line: 29, type: !50, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!63 = !{!64}
!64 = !DILocalVariable(name: "self", arg: 1, scope: !61, file: !3, line: 29, type: !52)
!65 = !DILocation(line: 0, scope: !61)
!66 = !DILocation(line: 30, column: 18, scope: !61)
!67 = !DILocation(line: 31, column: 6, scope: !61)
!68 = distinct !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E", scope: !19, file: !3, line: 46, type: !69, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !72, retainedNodes: !73)
!69 = !DISubroutineType(types: !70)
!70 = !{null, !71}
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&spin_locks::AtomicSpinLock", baseType: !19, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E", scope: !19, file: !3, line: 46, type: !69, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!73 = !{!74}
!74 = !DILocalVariable(name: "self", arg: 1, scope: !68, file: !3, line: 46, type: !71)
!75 = !DILocation(line: 0, scope: !68)
!76 = !DILocalVariable(name: "current", scope: !77, file: !78, line: 1016, type: !13, align: 8)
!77 = distinct !DISubprogram(name: "compare_exchange_weak", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool21compare_exchange_weak", scope: !22, file: !78, line: 1014, type: !79, scopeLine: 1014, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !98, retainedNodes: !99)
!78 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!79 = !DISubroutineType(types: !80)
!80 = !{!81, !97, !13, !13, !41, !41}
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<bool, bool>", scope: !82, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !83, templateParams: !16, identifier: "d4425db346ebe2118b3e26aabe3748f")
!82 = !DINamespace(name: "result", scope: !10)
!83 = !{!84}
!84 = !DICompositeType(tag: DW_TAG_variant_part, scope: !81, file: !5, size: 16, align: 8, elements: !85, templateParams: !16, identifier: "346eb33569436f6bfe2f68671f18ec0b", discriminator: !96)
!85 = !{!86, !92}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !84, file: !5, baseType: !87, size: 16, align: 8, extraData: i8 0)
!87 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !81, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !88, templateParams: !90, identifier: "96372b6775fdc17ab33a37100ebfddc4")
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !87, file: !5, baseType: !13, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!90 = !{!15, !91}
!91 = !DITemplateTypeParameter(name: "E", type: !13)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !84, file: !5, baseType: !93, size: 16, align: 8, extraData: i8 1)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !81, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !94, templateParams: !90, identifier: "ea13cb425df6b0f410ca48f9099fd909")
!94 = !{!95}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !93, file: !5, baseType: !13, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!96 = !DIDerivedType(tag: DW_TAG_member, scope: !81, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagArtificial)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !22, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !DISubprogram(name: "compare_exchange_weak", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool21compare_exchange_weak", scope: !22, file: !78, line: 1014, type: !79, scopeLine: 1014, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!99 = !{!100, !76, !101, !102, !103, !104, !106}
!100 = !DILocalVariable(name: "self", arg: 1, scope: !77, file: !78, line: 1015, type: !97)
!101 = !DILocalVariable(name: "new", scope: !77, file: !78, line: 1017, type: !13, align: 8)
!102 = !DILocalVariable(name: "success", scope: !77, file: !78, line: 1018, type: !41, align: 8)
!103 = !DILocalVariable(name: "failure", scope: !77, file: !78, line: 1019, type: !41, align: 8)
!104 = !DILocalVariable(name: "x", scope: !105, file: !78, line: 1029, type: !30, align: 8)
!105 = distinct !DILexicalBlock(scope: !77, file: !78, line: 1029, column: 13)
!106 = !DILocalVariable(name: "x", scope: !107, file: !78, line: 1030, type: !30, align: 8)
!107 = distinct !DILexicalBlock(scope: !77, file: !78, line: 1030, column: 13)
!108 = !DILocation(line: 0, scope: !77, inlinedAt: !109)
!109 = !DILocation(line: 49, column: 14, scope: !68)
!110 = !DILocalVariable(name: "order", scope: !111, file: !78, line: 726, type: !41, align: 8)
!111 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !22, file: !78, line: 726, type: !112, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !114, retainedNodes: !115)
!112 = !DISubroutineType(types: !113)
!113 = !{!13, !97, !41}
!114 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !22, file: !78, line: 726, type: !112, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!115 = !{!116, !110}
!116 = !DILocalVariable(name: "self", arg: 1, scope: !111, file: !78, line: 726, type: !97)
!117 = !DILocation(line: 0, scope: !111, inlinedAt: !118)
!118 = !DILocation(line: 52, column: 31, scope: !68)
!119 = !DILocation(line: 1015, column: 9, scope: !77, inlinedAt: !109)
!120 = !DILocalVariable(name: "dst", arg: 1, scope: !121, file: !78, line: 4021, type: !139)
!121 = distinct !DISubprogram(name: "atomic_compare_exchange_weak<u8>", linkageName: "_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E", scope: !23, file: !78, line: 4020, type: !122, scopeLine: 4020, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !140)
!122 = !DISubroutineType(types: !123)
!123 = !{!124, !139, !30, !30, !41, !41}
!124 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<u8, u8>", scope: !82, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !125, templateParams: !16, identifier: "3f49ad2ad3ca6e08f7b9fc653cc2383")
!125 = !{!126}
!126 = !DICompositeType(tag: DW_TAG_variant_part, scope: !124, file: !5, size: 16, align: 8, elements: !127, templateParams: !16, identifier: "b34042df202b1279b47f0d50c1696f5", discriminator: !138)
!127 = !{!128, !134}
!128 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !126, file: !5, baseType: !129, size: 16, align: 8, extraData: i8 0)
!129 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !124, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !130, templateParams: !132, identifier: "ec167bdaf0ec5ce6afcec043e500fc90")
!130 = !{!131}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !129, file: !5, baseType: !30, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!132 = !{!32, !133}
!133 = !DITemplateTypeParameter(name: "E", type: !30)
!134 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !126, file: !5, baseType: !135, size: 16, align: 8, extraData: i8 1)
!135 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !124, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !136, templateParams: !132, identifier: "598f99603d7fa8ddcbfb9c68db8da1fb")
!136 = !{!137}
!137 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !135, file: !5, baseType: !30, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!138 = !DIDerivedType(tag: DW_TAG_member, scope: !124, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagArtificial)
!139 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!140 = !{!120, !141, !142, !143, !144, !145, !147}
!141 = !DILocalVariable(name: "old", arg: 2, scope: !121, file: !78, line: 4022, type: !30)
!142 = !DILocalVariable(name: "new", arg: 3, scope: !121, file: !78, line: 4023, type: !30)
!143 = !DILocalVariable(name: "success", arg: 4, scope: !121, file: !78, line: 4024, type: !41)
!144 = !DILocalVariable(name: "failure", arg: 5, scope: !121, file: !78, line: 4025, type: !41)
!145 = !DILocalVariable(name: "val", scope: !146, file: !78, line: 4028, type: !30, align: 8)
!146 = distinct !DILexicalBlock(scope: !121, file: !78, line: 4028, column: 5)
!147 = !DILocalVariable(name: "ok", scope: !146, file: !78, line: 4028, type: !13, align: 8)
!148 = !DILocation(line: 0, scope: !121, inlinedAt: !149)
!149 = distinct !DILocation(line: 1027, column: 13, scope: !77, inlinedAt: !109)
!150 = !DILocation(line: 4040, column: 17, scope: !121, inlinedAt: !149)
!151 = !DILocation(line: 1026, column: 9, scope: !77, inlinedAt: !109)
!152 = !DILocation(line: 726, column: 17, scope: !111, inlinedAt: !118)
!153 = !DILocalVariable(name: "dst", arg: 1, scope: !154, file: !78, line: 3886, type: !157)
!154 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E", scope: !23, file: !78, line: 3886, type: !155, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !158)
!155 = !DISubroutineType(types: !156)
!156 = !{!30, !157, !41}
!157 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!158 = !{!153, !159}
!159 = !DILocalVariable(name: "order", arg: 2, scope: !154, file: !78, line: 3886, type: !41)
!160 = !DILocation(line: 0, scope: !154, inlinedAt: !161)
!161 = distinct !DILocation(line: 729, column: 18, scope: !111, inlinedAt: !118)
!162 = !DILocation(line: 3890, column: 24, scope: !154, inlinedAt: !161)
!163 = !DILocation(line: 52, column: 19, scope: !68)
!164 = !DILocation(line: 56, column: 6, scope: !68)
!165 = !DILocation(line: 25, column: 14, scope: !166, inlinedAt: !173)
!166 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !168, file: !167, line: 22, type: !171, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16)
!167 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!168 = !DINamespace(name: "sse2", scope: !169)
!169 = !DINamespace(name: "x86", scope: !170)
!170 = !DINamespace(name: "core_arch", scope: !10)
!171 = !DISubroutineType(types: !172)
!172 = !{null}
!173 = !DILocation(line: 287, column: 13, scope: !174, inlinedAt: !177)
!174 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !176, file: !175, line: 270, type: !171, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16)
!175 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!176 = !DINamespace(name: "hint", scope: !10)
!177 = !DILocation(line: 53, column: 17, scope: !68)
!178 = distinct !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE", scope: !19, file: !3, line: 66, type: !69, scopeLine: 66, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !179, retainedNodes: !180)
!179 = !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE", scope: !19, file: !3, line: 66, type: !69, scopeLine: 66, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!180 = !{!181}
!181 = !DILocalVariable(name: "self", arg: 1, scope: !178, file: !3, line: 66, type: !71)
!182 = !DILocation(line: 0, scope: !178)
!183 = !DILocalVariable(name: "val", scope: !184, file: !78, line: 755, type: !13, align: 8)
!184 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !22, file: !78, line: 755, type: !185, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !187, retainedNodes: !188)
!185 = !DISubroutineType(types: !186)
!186 = !{null, !97, !13, !41}
!187 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !22, file: !78, line: 755, type: !185, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!188 = !{!189, !183, !190}
!189 = !DILocalVariable(name: "self", arg: 1, scope: !184, file: !78, line: 755, type: !97)
!190 = !DILocalVariable(name: "order", scope: !184, file: !78, line: 755, type: !41, align: 8)
!191 = !DILocation(line: 0, scope: !184, inlinedAt: !192)
!192 = !DILocation(line: 67, column: 21, scope: !178)
!193 = !DILocation(line: 755, column: 18, scope: !184, inlinedAt: !192)
!194 = !DILocalVariable(name: "dst", arg: 1, scope: !195, file: !78, line: 3871, type: !139)
!195 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E", scope: !23, file: !78, line: 3871, type: !196, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !198)
!196 = !DISubroutineType(types: !197)
!197 = !{null, !139, !30, !41}
!198 = !{!194, !199, !200}
!199 = !DILocalVariable(name: "val", arg: 2, scope: !195, file: !78, line: 3871, type: !30)
!200 = !DILocalVariable(name: "order", arg: 3, scope: !195, file: !78, line: 3871, type: !41)
!201 = !DILocation(line: 0, scope: !195, inlinedAt: !202)
!202 = distinct !DILocation(line: 759, column: 13, scope: !184, inlinedAt: !192)
!203 = !DILocation(line: 3876, column: 24, scope: !195, inlinedAt: !202)
!204 = !DILocation(line: 68, column: 6, scope: !178)
!205 = distinct !DISubprogram(name: "lock_swap", linkageName: "_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E", scope: !19, file: !3, line: 61, type: !69, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !206, retainedNodes: !207)
!206 = !DISubprogram(name: "lock_swap", linkageName: "_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E", scope: !19, file: !3, line: 61, type: !69, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!207 = !{!208}
!208 = !DILocalVariable(name: "self", arg: 1, scope: !205, file: !3, line: 61, type: !71)
!209 = !DILocation(line: 0, scope: !205)
!210 = !DILocalVariable(name: "val", scope: !211, file: !78, line: 788, type: !13, align: 8)
!211 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4swap", scope: !22, file: !78, line: 788, type: !212, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !214, retainedNodes: !215)
!212 = !DISubroutineType(types: !213)
!213 = !{!13, !97, !13, !41}
!214 = !DISubprogram(name: "swap", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4swap", scope: !22, file: !78, line: 788, type: !212, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!215 = !{!216, !210, !217}
!216 = !DILocalVariable(name: "self", arg: 1, scope: !211, file: !78, line: 788, type: !97)
!217 = !DILocalVariable(name: "order", scope: !211, file: !78, line: 788, type: !41, align: 8)
!218 = !DILocation(line: 0, scope: !211, inlinedAt: !219)
!219 = !DILocation(line: 62, column: 27, scope: !205)
!220 = !DILocalVariable(name: "val", scope: !221, file: !78, line: 3902, type: !30, align: 8)
!221 = distinct !DISubprogram(name: "atomic_swap<u8>", linkageName: "_ZN4core4sync6atomic11atomic_swap17hfee808964503aa82E", scope: !23, file: !78, line: 3902, type: !222, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !224)
!222 = !DISubroutineType(types: !223)
!223 = !{!30, !139, !30, !41}
!224 = !{!225, !220, !226}
!225 = !DILocalVariable(name: "dst", arg: 1, scope: !221, file: !78, line: 3902, type: !139)
!226 = !DILocalVariable(name: "order", scope: !221, file: !78, line: 3902, type: !41, align: 8)
!227 = !DILocation(line: 0, scope: !221, inlinedAt: !228)
!228 = !DILocation(line: 793, column: 22, scope: !211, inlinedAt: !219)
!229 = !DILocation(line: 62, column: 9, scope: !205)
!230 = !DILocation(line: 788, column: 17, scope: !211, inlinedAt: !219)
!231 = !DILocation(line: 3907, column: 24, scope: !221, inlinedAt: !228)
!232 = !DILocation(line: 62, column: 15, scope: !205)
!233 = !DILocation(line: 63, column: 6, scope: !205)
