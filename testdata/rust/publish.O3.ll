; ModuleID = 'publish.823e05c2ecf19a11-cgu.0'
source_filename = "publish.823e05c2ecf19a11-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN7publish7MAILBOX17h5dbdcce5be4bbbbaE = local_unnamed_addr global <{ [33 x i8], [7 x i8] }> <{ [33 x i8] zeroinitializer, [7 x i8] undef }>, align 8, !dbg !0

; publish::Mailbox::consume_acquire
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E(ptr noundef nonnull readonly align 8 captures(none) %self) unnamed_addr #0 !dbg !48 {
start:
    #dbg_value(ptr %self, !54, !DIExpression(), !58)
    #dbg_value(i8 2, !59, !DIExpression(), !69)
  %_15 = getelementptr inbounds nuw i8, ptr %self, i64 32
    #dbg_value(ptr %self, !68, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !71)
    #dbg_value(ptr %_15, !72, !DIExpression(), !79)
    #dbg_value(i8 2, !78, !DIExpression(), !79)
  %0 = load atomic i8, ptr %_15 acquire, align 8, !dbg !81
  %1 = icmp eq i8 %0, 0, !dbg !82
  br i1 %1, label %bb3, label %bb2, !dbg !82

bb3:                                              ; preds = %start, %bb3
  tail call void @llvm.x86.sse2.pause(), !dbg !83
    #dbg_value(ptr %self, !68, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !71)
    #dbg_value(ptr %_15, !72, !DIExpression(), !79)
    #dbg_value(i8 2, !78, !DIExpression(), !79)
  %2 = load atomic i8, ptr %_15 acquire, align 8, !dbg !81
  %3 = icmp eq i8 %2, 0, !dbg !82
  br i1 %3, label %bb3, label %bb2, !dbg !82

bb2:                                              ; preds = %bb3, %start
    #dbg_value(ptr %self, !55, !DIExpression(), !96)
  %4 = load <4 x i64>, ptr %self, align 8, !dbg !97
  %5 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %4), !dbg !97
  ret i64 %5, !dbg !98
}

; publish::Mailbox::consume_relaxed
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E(ptr noundef nonnull readonly align 8 captures(none) %self) unnamed_addr #0 !dbg !99 {
start:
    #dbg_value(ptr %self, !102, !DIExpression(), !105)
    #dbg_value(i8 0, !106, !DIExpression(), !110)
  %_15 = getelementptr inbounds nuw i8, ptr %self, i64 32
    #dbg_value(ptr %self, !109, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !112)
    #dbg_value(ptr %_15, !72, !DIExpression(), !113)
    #dbg_value(i8 0, !78, !DIExpression(), !113)
  %0 = load atomic i8, ptr %_15 monotonic, align 8, !dbg !115
  %1 = icmp eq i8 %0, 0, !dbg !116
  br i1 %1, label %bb3, label %bb2, !dbg !116

bb3:                                              ; preds = %start, %bb3
  tail call void @llvm.x86.sse2.pause(), !dbg !117
    #dbg_value(ptr %self, !109, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !112)
    #dbg_value(ptr %_15, !72, !DIExpression(), !113)
    #dbg_value(i8 0, !78, !DIExpression(), !113)
  %2 = load atomic i8, ptr %_15 monotonic, align 8, !dbg !115
  %3 = icmp eq i8 %2, 0, !dbg !116
  br i1 %3, label %bb3, label %bb2, !dbg !116

bb2:                                              ; preds = %bb3, %start
    #dbg_value(ptr %self, !103, !DIExpression(), !122)
  %4 = load <4 x i64>, ptr %self, align 8, !dbg !123
  %5 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %4), !dbg !123
  ret i64 %5, !dbg !124
}

; publish::Mailbox::consume_relaxed_fence
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E(ptr noundef nonnull readonly align 8 captures(none) %self) unnamed_addr #0 !dbg !125 {
start:
    #dbg_value(ptr %self, !128, !DIExpression(), !131)
    #dbg_value(i8 0, !132, !DIExpression(), !136)
  %_16 = getelementptr inbounds nuw i8, ptr %self, i64 32
    #dbg_value(ptr %self, !135, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !138)
    #dbg_value(ptr %_16, !72, !DIExpression(), !139)
    #dbg_value(i8 0, !78, !DIExpression(), !139)
  %0 = load atomic i8, ptr %_16 monotonic, align 8, !dbg !141
  %1 = icmp eq i8 %0, 0, !dbg !142
  br i1 %1, label %bb3, label %bb2, !dbg !142

bb3:                                              ; preds = %start, %bb3
  tail call void @llvm.x86.sse2.pause(), !dbg !143
    #dbg_value(ptr %self, !135, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !138)
    #dbg_value(ptr %_16, !72, !DIExpression(), !139)
    #dbg_value(i8 0, !78, !DIExpression(), !139)
  %2 = load atomic i8, ptr %_16 monotonic, align 8, !dbg !141
  %3 = icmp eq i8 %2, 0, !dbg !142
  br i1 %3, label %bb3, label %bb2, !dbg !142

bb2:                                              ; preds = %bb3, %start
    #dbg_value(i8 2, !148, !DIExpression(), !153)
  fence acquire, !dbg !155
    #dbg_value(ptr %self, !129, !DIExpression(), !156)
  %4 = load <4 x i64>, ptr %self, align 8, !dbg !157
  %5 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %4), !dbg !157
  ret i64 %5, !dbg !158
}

; publish::Mailbox::publish
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define void @_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E(ptr noundef nonnull writeonly align 8 captures(none) initializes((0, 32)) %self, ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(32) %v) unnamed_addr #1 !dbg !159 {
start:
    #dbg_value(ptr %self, !164, !DIExpression(), !166)
    #dbg_declare(ptr %v, !165, !DIExpression(), !167)
    #dbg_value(i8 1, !168, !DIExpression(), !176)
    #dbg_value(i8 1, !175, !DIExpression(), !176)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %self, ptr noundef nonnull align 8 dereferenceable(32) %v, i64 32, i1 false), !dbg !178
    #dbg_value(ptr %self, !174, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !179)
    #dbg_value(ptr %self, !180, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !189)
  %_10 = getelementptr inbounds nuw i8, ptr %self, i64 32, !dbg !191
    #dbg_value(ptr %_10, !192, !DIExpression(), !199)
    #dbg_value(i8 1, !197, !DIExpression(), !199)
    #dbg_value(i8 1, !198, !DIExpression(), !199)
  store atomic i8 1, ptr %_10 release, align 8, !dbg !201
  ret void, !dbg !202
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #4

attributes #0 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!32, !33, !34, !35}
!llvm.ident = !{!36}
!llvm.dbg.cu = !{!37}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "MAILBOX", linkageName: "_ZN7publish7MAILBOX17h5dbdcce5be4bbbbaE", scope: !2, file: !3, line: 61, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "publish", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/publish.rs", directory: ".", checksumkind: CSK_MD5, checksum: "19d9d904b31677ef09595b5fbc6fc790")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mailbox", scope: !2, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !21, identifier: "73578c99a77f276e938308bd120dbcf9")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7, !22}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "ready", scope: !4, file: !5, baseType: !8, size: 8, align: 8, offset: 256, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !12, templateParams: !21, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!9 = !DINamespace(name: "atomic", scope: !10)
!10 = !DINamespace(name: "sync", scope: !11)
!11 = !DINamespace(name: "core", scope: null)
!12 = !{!13}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !8, file: !5, baseType: !14, size: 8, align: 8, flags: DIFlagPrivate)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !15, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !19, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!15 = !DINamespace(name: "cell", scope: !11)
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !14, file: !5, baseType: !18, size: 8, align: 8, flags: DIFlagPrivate)
!18 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!19 = !{!20}
!20 = !DITemplateTypeParameter(name: "T", type: !18)
!21 = !{}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !4, file: !5, baseType: !23, size: 256, align: 64, flags: DIFlagPrivate)
!23 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<[u64; 4]>", scope: !15, file: !5, size: 256, align: 64, flags: DIFlagPublic, elements: !24, templateParams: !30, identifier: "870f5e87cbd4e8eb60ee235e6706df56")
!24 = !{!25}
!25 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !23, file: !5, baseType: !26, size: 256, align: 64, flags: DIFlagPrivate)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 256, align: 64, elements: !28)
!27 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!28 = !{!29}
!29 = !DISubrange(count: 4, lowerBound: 0)
!30 = !{!31}
!31 = !DITemplateTypeParameter(name: "T", type: !26)
!32 = !{i32 8, !"PIC Level", i32 2}
!33 = !{i32 2, !"RtLibUseGOT", i32 1}
!34 = !{i32 7, !"Dwarf Version", i32 4}
!35 = !{i32 2, !"Debug Info Version", i32 3}
!36 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!37 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !38, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !39, globals: !47, splitDebugInlining: false, nameTableKind: None)
!38 = !DIFile(filename: "testdata/rust/src/publish.rs/@/publish.823e05c2ecf19a11-cgu.0", directory: ".")
!39 = !{!40}
!40 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !9, file: !5, baseType: !18, size: 8, align: 8, flags: DIFlagEnumClass, elements: !41)
!41 = !{!42, !43, !44, !45, !46}
!42 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!43 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!44 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!45 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!46 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!47 = !{!0}
!48 = distinct !DISubprogram(name: "consume_acquire", linkageName: "_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E", scope: !4, file: !3, line: 40, type: !49, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !52, retainedNodes: !53)
!49 = !DISubroutineType(types: !50)
!50 = !{!27, !51}
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&publish::Mailbox", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DISubprogram(name: "consume_acquire", linkageName: "_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E", scope: !4, file: !3, line: 40, type: !49, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!53 = !{!54, !55}
!54 = !DILocalVariable(name: "self", arg: 1, scope: !48, file: !3, line: 40, type: !51)
!55 = !DILocalVariable(name: "d", scope: !56, file: !3, line: 44, type: !57, align: 64)
!56 = distinct !DILexicalBlock(scope: !48, file: !3, line: 44, column: 9)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut [u64; 4]", baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!58 = !DILocation(line: 0, scope: !48)
!59 = !DILocalVariable(name: "order", scope: !60, file: !61, line: 726, type: !40, align: 8)
!60 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !61, line: 726, type: !62, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !66, retainedNodes: !67)
!61 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!62 = !DISubroutineType(types: !63)
!63 = !{!64, !65, !40}
!64 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !61, line: 726, type: !62, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !21)
!67 = !{!68, !59}
!68 = !DILocalVariable(name: "self", arg: 1, scope: !60, file: !61, line: 726, type: !65)
!69 = !DILocation(line: 0, scope: !60, inlinedAt: !70)
!70 = !DILocation(line: 41, column: 27, scope: !48)
!71 = !DILocation(line: 726, column: 17, scope: !60, inlinedAt: !70)
!72 = !DILocalVariable(name: "dst", arg: 1, scope: !73, file: !61, line: 3886, type: !76)
!73 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E", scope: !9, file: !61, line: 3886, type: !74, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!18, !76, !40}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!72, !78}
!78 = !DILocalVariable(name: "order", arg: 2, scope: !73, file: !61, line: 3886, type: !40)
!79 = !DILocation(line: 0, scope: !73, inlinedAt: !80)
!80 = distinct !DILocation(line: 729, column: 18, scope: !60, inlinedAt: !70)
!81 = !DILocation(line: 3891, column: 24, scope: !73, inlinedAt: !80)
!82 = !DILocation(line: 41, column: 16, scope: !48)
!83 = !DILocation(line: 25, column: 14, scope: !84, inlinedAt: !91)
!84 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !86, file: !85, line: 22, type: !89, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!85 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!86 = !DINamespace(name: "sse2", scope: !87)
!87 = !DINamespace(name: "x86", scope: !88)
!88 = !DINamespace(name: "core_arch", scope: !11)
!89 = !DISubroutineType(types: !90)
!90 = !{null}
!91 = !DILocation(line: 287, column: 13, scope: !92, inlinedAt: !95)
!92 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !94, file: !93, line: 270, type: !89, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!93 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!94 = !DINamespace(name: "hint", scope: !11)
!95 = !DILocation(line: 42, column: 13, scope: !48)
!96 = !DILocation(line: 0, scope: !56)
!97 = !DILocation(line: 45, column: 9, scope: !56)
!98 = !DILocation(line: 46, column: 6, scope: !48)
!99 = distinct !DISubprogram(name: "consume_relaxed", linkageName: "_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E", scope: !4, file: !3, line: 29, type: !49, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !100, retainedNodes: !101)
!100 = !DISubprogram(name: "consume_relaxed", linkageName: "_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E", scope: !4, file: !3, line: 29, type: !49, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!101 = !{!102, !103}
!102 = !DILocalVariable(name: "self", arg: 1, scope: !99, file: !3, line: 29, type: !51)
!103 = !DILocalVariable(name: "d", scope: !104, file: !3, line: 33, type: !57, align: 64)
!104 = distinct !DILexicalBlock(scope: !99, file: !3, line: 33, column: 9)
!105 = !DILocation(line: 0, scope: !99)
!106 = !DILocalVariable(name: "order", scope: !107, file: !61, line: 726, type: !40, align: 8)
!107 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !61, line: 726, type: !62, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !66, retainedNodes: !108)
!108 = !{!109, !106}
!109 = !DILocalVariable(name: "self", arg: 1, scope: !107, file: !61, line: 726, type: !65)
!110 = !DILocation(line: 0, scope: !107, inlinedAt: !111)
!111 = !DILocation(line: 30, column: 27, scope: !99)
!112 = !DILocation(line: 726, column: 17, scope: !107, inlinedAt: !111)
!113 = !DILocation(line: 0, scope: !73, inlinedAt: !114)
!114 = distinct !DILocation(line: 729, column: 18, scope: !107, inlinedAt: !111)
!115 = !DILocation(line: 3890, column: 24, scope: !73, inlinedAt: !114)
!116 = !DILocation(line: 30, column: 16, scope: !99)
!117 = !DILocation(line: 25, column: 14, scope: !118, inlinedAt: !119)
!118 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !86, file: !85, line: 22, type: !89, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!119 = !DILocation(line: 287, column: 13, scope: !120, inlinedAt: !121)
!120 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !94, file: !93, line: 270, type: !89, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!121 = !DILocation(line: 31, column: 13, scope: !99)
!122 = !DILocation(line: 0, scope: !104)
!123 = !DILocation(line: 34, column: 9, scope: !104)
!124 = !DILocation(line: 35, column: 6, scope: !99)
!125 = distinct !DISubprogram(name: "consume_relaxed_fence", linkageName: "_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E", scope: !4, file: !3, line: 51, type: !49, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !126, retainedNodes: !127)
!126 = !DISubprogram(name: "consume_relaxed_fence", linkageName: "_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E", scope: !4, file: !3, line: 51, type: !49, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!127 = !{!128, !129}
!128 = !DILocalVariable(name: "self", arg: 1, scope: !125, file: !3, line: 51, type: !51)
!129 = !DILocalVariable(name: "d", scope: !130, file: !3, line: 56, type: !57, align: 64)
!130 = distinct !DILexicalBlock(scope: !125, file: !3, line: 56, column: 9)
!131 = !DILocation(line: 0, scope: !125)
!132 = !DILocalVariable(name: "order", scope: !133, file: !61, line: 726, type: !40, align: 8)
!133 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !61, line: 726, type: !62, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !66, retainedNodes: !134)
!134 = !{!135, !132}
!135 = !DILocalVariable(name: "self", arg: 1, scope: !133, file: !61, line: 726, type: !65)
!136 = !DILocation(line: 0, scope: !133, inlinedAt: !137)
!137 = !DILocation(line: 52, column: 27, scope: !125)
!138 = !DILocation(line: 726, column: 17, scope: !133, inlinedAt: !137)
!139 = !DILocation(line: 0, scope: !73, inlinedAt: !140)
!140 = distinct !DILocation(line: 729, column: 18, scope: !133, inlinedAt: !137)
!141 = !DILocation(line: 3890, column: 24, scope: !73, inlinedAt: !140)
!142 = !DILocation(line: 52, column: 16, scope: !125)
!143 = !DILocation(line: 25, column: 14, scope: !144, inlinedAt: !145)
!144 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !86, file: !85, line: 22, type: !89, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!145 = !DILocation(line: 287, column: 13, scope: !146, inlinedAt: !147)
!146 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !94, file: !93, line: 270, type: !89, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!147 = !DILocation(line: 53, column: 13, scope: !125)
!148 = !DILocalVariable(name: "order", arg: 1, scope: !149, file: !61, line: 4369, type: !40)
!149 = distinct !DISubprogram(name: "fence", linkageName: "_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence", scope: !9, file: !61, line: 4369, type: !150, scopeLine: 4369, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !152)
!150 = !DISubroutineType(types: !151)
!151 = !{null, !40}
!152 = !{!148}
!153 = !DILocation(line: 0, scope: !149, inlinedAt: !154)
!154 = distinct !DILocation(line: 55, column: 9, scope: !125)
!155 = !DILocation(line: 4373, column: 24, scope: !149, inlinedAt: !154)
!156 = !DILocation(line: 0, scope: !130)
!157 = !DILocation(line: 57, column: 9, scope: !130)
!158 = !DILocation(line: 58, column: 6, scope: !125)
!159 = distinct !DISubprogram(name: "publish", linkageName: "_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E", scope: !4, file: !3, line: 21, type: !160, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !162, retainedNodes: !163)
!160 = !DISubroutineType(types: !161)
!161 = !{null, !51, !26}
!162 = !DISubprogram(name: "publish", linkageName: "_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E", scope: !4, file: !3, line: 21, type: !160, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!163 = !{!164, !165}
!164 = !DILocalVariable(name: "self", arg: 1, scope: !159, file: !3, line: 21, type: !51)
!165 = !DILocalVariable(name: "v", arg: 2, scope: !159, file: !3, line: 21, type: !26)
!166 = !DILocation(line: 0, scope: !159)
!167 = !DILocation(line: 21, column: 27, scope: !159)
!168 = !DILocalVariable(name: "val", scope: !169, file: !61, line: 755, type: !64, align: 8)
!169 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !8, file: !61, line: 755, type: !170, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !172, retainedNodes: !173)
!170 = !DISubroutineType(types: !171)
!171 = !{null, !65, !64, !40}
!172 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !8, file: !61, line: 755, type: !170, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !21)
!173 = !{!174, !168, !175}
!174 = !DILocalVariable(name: "self", arg: 1, scope: !169, file: !61, line: 755, type: !65)
!175 = !DILocalVariable(name: "order", scope: !169, file: !61, line: 755, type: !40, align: 8)
!176 = !DILocation(line: 0, scope: !169, inlinedAt: !177)
!177 = !DILocation(line: 23, column: 20, scope: !159)
!178 = !DILocation(line: 22, column: 18, scope: !159)
!179 = !DILocation(line: 755, column: 18, scope: !169, inlinedAt: !177)
!180 = !DILocalVariable(name: "self", arg: 1, scope: !181, file: !182, line: 2443, type: !186)
!181 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !182, line: 2443, type: !183, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, declaration: !187, retainedNodes: !188)
!182 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!183 = !DISubroutineType(types: !184)
!184 = !{!185, !186}
!185 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!186 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!187 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !182, line: 2443, type: !183, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !19)
!188 = !{!180}
!189 = !DILocation(line: 2443, column: 22, scope: !181, inlinedAt: !190)
!190 = !DILocation(line: 759, column: 33, scope: !169, inlinedAt: !177)
!191 = !DILocation(line: 2447, column: 9, scope: !181, inlinedAt: !190)
!192 = !DILocalVariable(name: "dst", arg: 1, scope: !193, file: !61, line: 3871, type: !185)
!193 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E", scope: !9, file: !61, line: 3871, type: !194, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, retainedNodes: !196)
!194 = !DISubroutineType(types: !195)
!195 = !{null, !185, !18, !40}
!196 = !{!192, !197, !198}
!197 = !DILocalVariable(name: "val", arg: 2, scope: !193, file: !61, line: 3871, type: !18)
!198 = !DILocalVariable(name: "order", arg: 3, scope: !193, file: !61, line: 3871, type: !40)
!199 = !DILocation(line: 0, scope: !193, inlinedAt: !200)
!200 = distinct !DILocation(line: 759, column: 13, scope: !169, inlinedAt: !177)
!201 = !DILocation(line: 3876, column: 24, scope: !193, inlinedAt: !200)
!202 = !DILocation(line: 24, column: 6, scope: !159)
