; ModuleID = 'loop_bodies.a9cc09ba377a73bb-cgu.0'
source_filename = "loop_bodies.a9cc09ba377a73bb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN11loop_bodies6SHARED17hed38fa89b2656185E = local_unnamed_addr global [8 x i8] zeroinitializer, align 8, !dbg !0

; loop_bodies::wait_black_box
; Function Attrs: noinline nounwind nonlazybind uwtable
define void @_ZN11loop_bodies14wait_black_box17hfe368fb6e4de3bfeE(ptr noundef nonnull readonly align 8 captures(none) %f) unnamed_addr #0 !dbg !25 {
start:
    #dbg_value(ptr %f, !30, !DIExpression(), !31)
    #dbg_value(ptr %f, !32, !DIExpression(), !38)
    #dbg_declare(ptr poison, !40, !DIExpression(), !50)
  %_21 = load i64, ptr %f, align 8, !dbg !52, !noundef !16
  %0 = icmp eq i64 %_21, 0, !dbg !53
  br i1 %0, label %bb2, label %bb3, !dbg !53

bb2:                                              ; preds = %start, %bb2
  tail call void asm sideeffect "", "~{memory}"() #5, !dbg !54, !srcloc !55
  %_2 = load i64, ptr %f, align 8, !dbg !52, !noundef !16
  %1 = icmp eq i64 %_2, 0, !dbg !53
  br i1 %1, label %bb2, label %bb3, !dbg !53

bb3:                                              ; preds = %bb2, %start
  ret void, !dbg !56
}

; loop_bodies::wait_spin_loop
; Function Attrs: noinline nounwind nonlazybind uwtable
define void @_ZN11loop_bodies14wait_spin_loop17h9cc4f1c87ce75065E(ptr noundef nonnull readonly align 8 captures(none) %f) unnamed_addr #0 !dbg !57 {
start:
    #dbg_value(ptr %f, !59, !DIExpression(), !60)
    #dbg_value(ptr %f, !61, !DIExpression(), !64)
  %_21 = load i64, ptr %f, align 8, !dbg !66, !noundef !16
  %0 = icmp eq i64 %_21, 0, !dbg !67
  br i1 %0, label %bb2, label %bb3, !dbg !67

bb2:                                              ; preds = %start, %bb2
  tail call void @llvm.x86.sse2.pause(), !dbg !68
  %_2 = load i64, ptr %f, align 8, !dbg !66, !noundef !16
  %1 = icmp eq i64 %_2, 0, !dbg !67
  br i1 %1, label %bb2, label %bb3, !dbg !67

bb3:                                              ; preds = %bb2, %start
  ret void, !dbg !79
}

; loop_bodies::wait_yield_now
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_yield_now17hd34ffd2e0a5099daE(ptr noundef nonnull readonly align 8 captures(none) %f) unnamed_addr #1 !dbg !80 {
start:
    #dbg_value(ptr %f, !82, !DIExpression(), !83)
    #dbg_value(ptr %f, !84, !DIExpression(), !87)
  %_21 = load i64, ptr %f, align 8, !dbg !89, !noundef !16
  %0 = icmp eq i64 %_21, 0, !dbg !90
  br i1 %0, label %bb2, label %bb4, !dbg !90

bb2:                                              ; preds = %start, %bb2
; call std::thread::functions::yield_now
  tail call void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now(), !dbg !91
  %_2 = load i64, ptr %f, align 8, !dbg !89, !noundef !16
  %1 = icmp eq i64 %_2, 0, !dbg !90
  br i1 %1, label %bb2, label %bb4, !dbg !90

bb4:                                              ; preds = %bb2, %start
  ret void, !dbg !92
}

; loop_bodies::wait_local_call
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef i64 @_ZN11loop_bodies15wait_local_call17h9c0d181b0e1de896E(ptr noundef nonnull readonly align 8 captures(none) %f) unnamed_addr #2 !dbg !93 {
start:
    #dbg_value(ptr %f, !95, !DIExpression(), !98)
    #dbg_value(ptr %f, !99, !DIExpression(), !102)
    #dbg_value(i64 1, !96, !DIExpression(), !104)
  %_2.pr = load i64, ptr %f, align 8, !dbg !105
  %0 = icmp eq i64 %_2.pr, 0, !dbg !106
    #dbg_value(i64 1, !96, !DIExpression(), !104)
  br i1 %0, label %bb2, label %bb4, !dbg !106

bb2:                                              ; preds = %start, %bb2
    #dbg_value(i64 poison, !96, !DIExpression(), !104)
    #dbg_value(i64 poison, !96, !DIExpression(), !104)
  br label %bb2, !dbg !106

bb4:                                              ; preds = %start
  ret i64 1, !dbg !107
}

; loop_bodies::wait_extern_call
; Function Attrs: noinline nounwind nonlazybind uwtable
define void @_ZN11loop_bodies16wait_extern_call17hf4d24350c318a777E(ptr noundef nonnull readonly align 8 captures(none) %f) unnamed_addr #0 !dbg !108 {
start:
    #dbg_value(ptr %f, !110, !DIExpression(), !111)
    #dbg_value(ptr %f, !112, !DIExpression(), !115)
  %_31 = load i64, ptr %f, align 8, !dbg !117, !noundef !16
  %0 = icmp eq i64 %_31, 0, !dbg !118
  br i1 %0, label %bb2, label %bb3, !dbg !118

bb2:                                              ; preds = %start, %bb2
  tail call void @irscope_external_tick() #5, !dbg !119
  %_3 = load i64, ptr %f, align 8, !dbg !117, !noundef !16
  %1 = icmp eq i64 %_3, 0, !dbg !118
  br i1 %1, label %bb2, label %bb3, !dbg !118

bb3:                                              ; preds = %bb2, %start
  ret void, !dbg !120
}

; loop_bodies::nested_inner_poll
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef i64 @_ZN11loop_bodies17nested_inner_poll17hcfe084a9dc26d5c4E(ptr noundef nonnull readonly align 8 captures(none) %done, ptr noundef nonnull readonly align 8 captures(none) %step) unnamed_addr #2 !dbg !121 {
start:
    #dbg_value(ptr %done, !125, !DIExpression(), !129)
    #dbg_value(ptr %done, !130, !DIExpression(), !133)
    #dbg_value(ptr %step, !126, !DIExpression(), !129)
    #dbg_value(ptr %step, !130, !DIExpression(), !135)
    #dbg_value(i64 0, !127, !DIExpression(), !137)
  %_3 = load i64, ptr %done, align 8, !noundef !16
  %0 = icmp eq i64 %_3, 0
    #dbg_value(i64 0, !127, !DIExpression(), !137)
  br i1 %0, label %bb3thread-pre-split.lr.ph, label %bb6, !dbg !138

bb3thread-pre-split.lr.ph:                        ; preds = %start
  %_4.pr = load i64, ptr %step, align 8
  %1 = icmp eq i64 %_4.pr, 0
  br label %bb3thread-pre-split.us, !dbg !138

bb3thread-pre-split.us:                           ; preds = %bb3thread-pre-split.us, %bb3thread-pre-split.lr.ph
    #dbg_value(i64 poison, !127, !DIExpression(), !137)
  br i1 %1, label %bb3.us, label %bb3thread-pre-split.us, !dbg !139

bb3.us:                                           ; preds = %bb3thread-pre-split.us, %bb3.us
  br label %bb3.us, !dbg !139

bb6:                                              ; preds = %start
  ret i64 0, !dbg !140
}

; loop_bodies::nested_outer_poll
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef i64 @_ZN11loop_bodies17nested_outer_poll17hb1fd2c294aa02647E(ptr noundef nonnull readonly align 8 captures(none) %f, i64 noundef %n) unnamed_addr #2 !dbg !141 {
start:
    #dbg_value(ptr poison, !161, !DIExpression(), !186)
    #dbg_value(ptr poison, !191, !DIExpression(), !196)
    #dbg_value(ptr %f, !145, !DIExpression(), !197)
    #dbg_value(i64 %n, !146, !DIExpression(), !197)
    #dbg_value(i64 0, !147, !DIExpression(), !198)
  %_3 = load i64, ptr %f, align 8, !noundef !16
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb3.preheader.lr.ph, label %bb4, !dbg !199

bb3.preheader.lr.ph:                              ; preds = %start
  %_135.not = icmp eq i64 %n, 0
  br i1 %_135.not, label %bb3.preheader, label %bb3.preheader.us.us

bb3.preheader.us.us:                              ; preds = %bb3.preheader.lr.ph, %bb3.preheader.us.us
    #dbg_value(i64 poison, !149, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !200)
    #dbg_value(!DIArgList(i64 poison, i64 poison, i64 poison), !147, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_LLVM_arg, 2, DW_OP_mul, DW_OP_plus, DW_OP_stack_value), !198)
    #dbg_value(ptr undef, !191, !DIExpression(), !196)
    #dbg_value(ptr undef, !161, !DIExpression(), !186)
  br label %bb3.preheader.us.us, !dbg !201

bb3.preheader:                                    ; preds = %bb3.preheader.lr.ph, %bb3.preheader
    #dbg_value(i64 0, !149, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !200)
    #dbg_value(ptr undef, !191, !DIExpression(), !196)
    #dbg_value(ptr undef, !161, !DIExpression(), !186)
    #dbg_value(i64 poison, !147, !DIExpression(), !198)
  br label %bb3.preheader, !dbg !199

bb4:                                              ; preds = %start
  ret i64 0, !dbg !202
}

; loop_bodies::wait_counting_mut
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define void @_ZN11loop_bodies17wait_counting_mut17h0ee72bdd0e6bd4bdE(ptr noundef nonnull readonly align 8 captures(none) %f, ptr noalias noundef readnone align 8 captures(none) dereferenceable(8) %spins) unnamed_addr #2 !dbg !203 {
start:
    #dbg_value(ptr %f, !208, !DIExpression(), !210)
    #dbg_value(ptr %spins, !209, !DIExpression(), !210)
  %_3 = load i64, ptr %f, align 8, !noundef !16
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb2.us, label %bb3, !dbg !211

bb2.us:                                           ; preds = %start, %bb2.us
  br label %bb2.us, !dbg !211

bb3:                                              ; preds = %start
  ret void, !dbg !212
}

; loop_bodies::wait_counting_raw
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define void @_ZN11loop_bodies17wait_counting_raw17hfb0fc94618254f4aE(ptr noundef nonnull readonly align 8 captures(none) %f, ptr noundef captures(none) %spins) unnamed_addr #3 !dbg !213 {
start:
    #dbg_value(ptr %f, !218, !DIExpression(), !220)
    #dbg_value(ptr %f, !221, !DIExpression(), !224)
    #dbg_value(ptr %spins, !219, !DIExpression(), !220)
  %_31 = load i64, ptr %f, align 8, !dbg !226, !noundef !16
  %0 = icmp eq i64 %_31, 0, !dbg !227
  br i1 %0, label %bb2.preheader, label %bb3, !dbg !227

bb2.preheader:                                    ; preds = %start
  %.pre = load i64, ptr %spins, align 8, !dbg !228
  br label %bb2, !dbg !227

bb2:                                              ; preds = %bb2.preheader, %bb2
  %1 = phi i64 [ %.pre, %bb2.preheader ], [ %2, %bb2 ], !dbg !228
  %2 = add i64 %1, 1, !dbg !228
  store i64 %2, ptr %spins, align 8, !dbg !228
  %_3 = load i64, ptr %f, align 8, !dbg !226, !noundef !16
  %3 = icmp eq i64 %_3, 0, !dbg !227
  br i1 %3, label %bb2, label %bb3, !dbg !227

bb3:                                              ; preds = %bb2, %start
  ret void, !dbg !229
}

; loop_bodies::raise
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define void @_ZN11loop_bodies5raise17h58fc6af23f46e1cfE() unnamed_addr #4 !dbg !230 {
start:
    #dbg_value(i64 1, !231, !DIExpression(), !238)
    #dbg_value(ptr @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, !237, !DIExpression(), !238)
  store i64 1, ptr @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, align 8, !dbg !240
  ret void, !dbg !241
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #5

; std::thread::functions::yield_now
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now() unnamed_addr #6

; Function Attrs: nounwind nonlazybind uwtable
declare void @irscope_external_tick() unnamed_addr #7

attributes #0 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(write, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind }
attributes #6 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!17, !18, !19, !20}
!llvm.ident = !{!21}
!llvm.dbg.cu = !{!22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "SHARED", linkageName: "_ZN11loop_bodies6SHARED17hed38fa89b2656185E", scope: !2, file: !3, line: 27, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "loop_bodies", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/loop_bodies.rs", directory: ".", checksumkind: CSK_MD5, checksum: "c8a7f8b842a464c2c93283e3dd141cc2")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "95461481ceac79551c480780e6efdae5")
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
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 2, !"RtLibUseGOT", i32 1}
!19 = !{i32 7, !"Dwarf Version", i32 4}
!20 = !{i32 2, !"Debug Info Version", i32 3}
!21 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!22 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !23, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !24, splitDebugInlining: false, nameTableKind: None)
!23 = !DIFile(filename: "testdata/rust/src/loop_bodies.rs/@/loop_bodies.a9cc09ba377a73bb-cgu.0", directory: ".")
!24 = !{!0}
!25 = distinct !DISubprogram(name: "wait_black_box", linkageName: "_ZN11loop_bodies14wait_black_box17hfe368fb6e4de3bfeE", scope: !2, file: !3, line: 54, type: !26, scopeLine: 54, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !29)
!26 = !DISubroutineType(types: !27)
!27 = !{null, !28}
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&loop_bodies::Flag", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!29 = !{!30}
!30 = !DILocalVariable(name: "f", arg: 1, scope: !25, file: !3, line: 54, type: !28)
!31 = !DILocation(line: 0, scope: !25)
!32 = !DILocalVariable(name: "self", arg: 1, scope: !33, file: !3, line: 19, type: !28)
!33 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !37)
!34 = !DISubroutineType(types: !35)
!35 = !{!13, !28}
!36 = !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!37 = !{!32}
!38 = !DILocation(line: 0, scope: !33, inlinedAt: !39)
!39 = !DILocation(line: 55, column: 13, scope: !25)
!40 = !DILocalVariable(name: "dummy", scope: !41, file: !42, line: 490, type: !46, align: 8)
!41 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h43fad694634364e7E", scope: !43, file: !42, line: 490, type: !44, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !48, retainedNodes: !47)
!42 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!43 = !DINamespace(name: "hint", scope: !10)
!44 = !DISubroutineType(types: !45)
!45 = !{null, !46}
!46 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!47 = !{!40}
!48 = !{!49}
!49 = !DITemplateTypeParameter(name: "T", type: !46)
!50 = !DILocation(line: 490, column: 27, scope: !41, inlinedAt: !51)
!51 = !DILocation(line: 56, column: 9, scope: !25)
!52 = !DILocation(line: 20, column: 18, scope: !33, inlinedAt: !39)
!53 = !DILocation(line: 55, column: 11, scope: !25)
!54 = !DILocation(line: 491, column: 5, scope: !41, inlinedAt: !51)
!55 = !{i64 4151614173527996}
!56 = !DILocation(line: 58, column: 2, scope: !25)
!57 = distinct !DISubprogram(name: "wait_spin_loop", linkageName: "_ZN11loop_bodies14wait_spin_loop17h9cc4f1c87ce75065E", scope: !2, file: !3, line: 36, type: !26, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !58)
!58 = !{!59}
!59 = !DILocalVariable(name: "f", arg: 1, scope: !57, file: !3, line: 36, type: !28)
!60 = !DILocation(line: 0, scope: !57)
!61 = !DILocalVariable(name: "self", arg: 1, scope: !62, file: !3, line: 19, type: !28)
!62 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !63)
!63 = !{!61}
!64 = !DILocation(line: 0, scope: !62, inlinedAt: !65)
!65 = !DILocation(line: 37, column: 13, scope: !57)
!66 = !DILocation(line: 20, column: 18, scope: !62, inlinedAt: !65)
!67 = !DILocation(line: 37, column: 11, scope: !57)
!68 = !DILocation(line: 25, column: 14, scope: !69, inlinedAt: !76)
!69 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !71, file: !70, line: 22, type: !74, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!70 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!71 = !DINamespace(name: "sse2", scope: !72)
!72 = !DINamespace(name: "x86", scope: !73)
!73 = !DINamespace(name: "core_arch", scope: !10)
!74 = !DISubroutineType(types: !75)
!75 = !{null}
!76 = !DILocation(line: 287, column: 13, scope: !77, inlinedAt: !78)
!77 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !43, file: !42, line: 270, type: !74, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!78 = !DILocation(line: 38, column: 9, scope: !57)
!79 = !DILocation(line: 40, column: 2, scope: !57)
!80 = distinct !DISubprogram(name: "wait_yield_now", linkageName: "_ZN11loop_bodies14wait_yield_now17hd34ffd2e0a5099daE", scope: !2, file: !3, line: 45, type: !26, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !81)
!81 = !{!82}
!82 = !DILocalVariable(name: "f", arg: 1, scope: !80, file: !3, line: 45, type: !28)
!83 = !DILocation(line: 0, scope: !80)
!84 = !DILocalVariable(name: "self", arg: 1, scope: !85, file: !3, line: 19, type: !28)
!85 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !86)
!86 = !{!84}
!87 = !DILocation(line: 0, scope: !85, inlinedAt: !88)
!88 = !DILocation(line: 46, column: 13, scope: !80)
!89 = !DILocation(line: 20, column: 18, scope: !85, inlinedAt: !88)
!90 = !DILocation(line: 46, column: 11, scope: !80)
!91 = !DILocation(line: 47, column: 9, scope: !80)
!92 = !DILocation(line: 49, column: 2, scope: !80)
!93 = distinct !DISubprogram(name: "wait_local_call", linkageName: "_ZN11loop_bodies15wait_local_call17h9c0d181b0e1de896E", scope: !2, file: !3, line: 78, type: !34, scopeLine: 78, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !94)
!94 = !{!95, !96}
!95 = !DILocalVariable(name: "f", arg: 1, scope: !93, file: !3, line: 78, type: !28)
!96 = !DILocalVariable(name: "h", scope: !97, file: !3, line: 79, type: !13, align: 64)
!97 = distinct !DILexicalBlock(scope: !93, file: !3, line: 79, column: 5)
!98 = !DILocation(line: 0, scope: !93)
!99 = !DILocalVariable(name: "self", arg: 1, scope: !100, file: !3, line: 19, type: !28)
!100 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !101)
!101 = !{!99}
!102 = !DILocation(line: 0, scope: !100, inlinedAt: !103)
!103 = !DILocation(line: 80, column: 13, scope: !97)
!104 = !DILocation(line: 0, scope: !97)
!105 = !DILocation(line: 20, column: 18, scope: !100, inlinedAt: !103)
!106 = !DILocation(line: 80, column: 11, scope: !97)
!107 = !DILocation(line: 84, column: 2, scope: !93)
!108 = distinct !DISubprogram(name: "wait_extern_call", linkageName: "_ZN11loop_bodies16wait_extern_call17hf4d24350c318a777E", scope: !2, file: !3, line: 63, type: !26, scopeLine: 63, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !109)
!109 = !{!110}
!110 = !DILocalVariable(name: "f", arg: 1, scope: !108, file: !3, line: 63, type: !28)
!111 = !DILocation(line: 0, scope: !108)
!112 = !DILocalVariable(name: "self", arg: 1, scope: !113, file: !3, line: 19, type: !28)
!113 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !114)
!114 = !{!112}
!115 = !DILocation(line: 0, scope: !113, inlinedAt: !116)
!116 = !DILocation(line: 64, column: 13, scope: !108)
!117 = !DILocation(line: 20, column: 18, scope: !113, inlinedAt: !116)
!118 = !DILocation(line: 64, column: 11, scope: !108)
!119 = !DILocation(line: 65, column: 18, scope: !108)
!120 = !DILocation(line: 67, column: 2, scope: !108)
!121 = distinct !DISubprogram(name: "nested_inner_poll", linkageName: "_ZN11loop_bodies17nested_inner_poll17hcfe084a9dc26d5c4E", scope: !2, file: !3, line: 120, type: !122, scopeLine: 120, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !124)
!122 = !DISubroutineType(types: !123)
!123 = !{!13, !28, !28}
!124 = !{!125, !126, !127}
!125 = !DILocalVariable(name: "done", arg: 1, scope: !121, file: !3, line: 120, type: !28)
!126 = !DILocalVariable(name: "step", arg: 2, scope: !121, file: !3, line: 120, type: !28)
!127 = !DILocalVariable(name: "rounds", scope: !128, file: !3, line: 121, type: !13, align: 64)
!128 = distinct !DILexicalBlock(scope: !121, file: !3, line: 121, column: 5)
!129 = !DILocation(line: 0, scope: !121)
!130 = !DILocalVariable(name: "self", arg: 1, scope: !131, file: !3, line: 19, type: !28)
!131 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !132)
!132 = !{!130}
!133 = !DILocation(line: 0, scope: !131, inlinedAt: !134)
!134 = !DILocation(line: 122, column: 16, scope: !128)
!135 = !DILocation(line: 0, scope: !131, inlinedAt: !136)
!136 = !DILocation(line: 123, column: 20, scope: !128)
!137 = !DILocation(line: 0, scope: !128)
!138 = !DILocation(line: 122, column: 11, scope: !128)
!139 = !DILocation(line: 123, column: 15, scope: !128)
!140 = !DILocation(line: 127, column: 2, scope: !121)
!141 = distinct !DISubprogram(name: "nested_outer_poll", linkageName: "_ZN11loop_bodies17nested_outer_poll17hb1fd2c294aa02647E", scope: !2, file: !3, line: 107, type: !142, scopeLine: 107, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !144)
!142 = !DISubroutineType(types: !143)
!143 = !{!13, !28, !13}
!144 = !{!145, !146, !147, !149, !159}
!145 = !DILocalVariable(name: "f", arg: 1, scope: !141, file: !3, line: 107, type: !28)
!146 = !DILocalVariable(name: "n", arg: 2, scope: !141, file: !3, line: 107, type: !13)
!147 = !DILocalVariable(name: "acc", scope: !148, file: !3, line: 108, type: !13, align: 64)
!148 = distinct !DILexicalBlock(scope: !141, file: !3, line: 108, column: 5)
!149 = !DILocalVariable(name: "iter", scope: !150, file: !3, line: 110, type: !151, align: 64)
!150 = distinct !DILexicalBlock(scope: !148, file: !3, line: 110, column: 9)
!151 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !152, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !154, templateParams: !157, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!152 = !DINamespace(name: "range", scope: !153)
!153 = !DINamespace(name: "ops", scope: !10)
!154 = !{!155, !156}
!155 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !151, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPublic)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !151, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!157 = !{!158}
!158 = !DITemplateTypeParameter(name: "Idx", type: !13)
!159 = !DILocalVariable(name: "i", scope: !160, file: !3, line: 110, type: !13, align: 64)
!160 = distinct !DILexicalBlock(scope: !150, file: !3, line: 110, column: 9)
!161 = !DILocalVariable(name: "self", arg: 1, scope: !162, file: !163, line: 771, type: !182)
!162 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h5624b380452fd093E", scope: !164, file: !163, line: 771, type: !167, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !183)
!163 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e302cc3146df1591d87c4742d277fd2d")
!164 = !DINamespace(name: "{impl#5}", scope: !165)
!165 = !DINamespace(name: "range", scope: !166)
!166 = !DINamespace(name: "iter", scope: !10)
!167 = !DISubroutineType(types: !168)
!168 = !{!169, !182}
!169 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !170, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !171, templateParams: !16, identifier: "6f59025219977f466509bd4ae79a2945")
!170 = !DINamespace(name: "option", scope: !10)
!171 = !{!172}
!172 = !DICompositeType(tag: DW_TAG_variant_part, scope: !169, file: !5, size: 128, align: 64, elements: !173, templateParams: !16, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !180)
!173 = !{!174, !176}
!174 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !172, file: !5, baseType: !175, size: 128, align: 64, extraData: i64 0)
!175 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !169, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !14, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!176 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !172, file: !5, baseType: !177, size: 128, align: 64, extraData: i64 1)
!177 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !169, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !178, templateParams: !14, identifier: "c70f2dfad93186ce146b7e80830727")
!178 = !{!179}
!179 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !177, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!180 = !DIDerivedType(tag: DW_TAG_member, scope: !169, file: !5, baseType: !181, size: 64, align: 64, flags: DIFlagArtificial)
!181 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!182 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !151, size: 64, align: 64, dwarfAddressSpace: 0)
!183 = !{!161, !184}
!184 = !DILocalVariable(name: "old", scope: !185, file: !163, line: 773, type: !13, align: 64)
!185 = distinct !DILexicalBlock(scope: !162, file: !163, line: 773, column: 13)
!186 = !DILocation(line: 771, column: 18, scope: !162, inlinedAt: !187)
!187 = !DILocation(line: 857, column: 14, scope: !188, inlinedAt: !194)
!188 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hf6f7688f32a441e2E", scope: !189, file: !163, line: 856, type: !167, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !192, retainedNodes: !190)
!189 = !DINamespace(name: "{impl#6}", scope: !165)
!190 = !{!191}
!191 = !DILocalVariable(name: "self", arg: 1, scope: !188, file: !163, line: 856, type: !182)
!192 = !{!193}
!193 = !DITemplateTypeParameter(name: "A", type: !13)
!194 = !DILocation(line: 110, column: 18, scope: !195)
!195 = !DILexicalBlockFile(scope: !150, file: !3, discriminator: 2)
!196 = !DILocation(line: 856, column: 13, scope: !188, inlinedAt: !194)
!197 = !DILocation(line: 0, scope: !141)
!198 = !DILocation(line: 0, scope: !148)
!199 = !DILocation(line: 109, column: 11, scope: !148)
!200 = !DILocation(line: 0, scope: !150)
!201 = !DILocation(line: 772, column: 12, scope: !162, inlinedAt: !187)
!202 = !DILocation(line: 115, column: 2, scope: !141)
!203 = distinct !DISubprogram(name: "wait_counting_mut", linkageName: "_ZN11loop_bodies17wait_counting_mut17h0ee72bdd0e6bd4bdE", scope: !2, file: !3, line: 98, type: !204, scopeLine: 98, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !207)
!204 = !DISubroutineType(types: !205)
!205 = !{null, !28, !206}
!206 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!207 = !{!208, !209}
!208 = !DILocalVariable(name: "f", arg: 1, scope: !203, file: !3, line: 98, type: !28)
!209 = !DILocalVariable(name: "spins", arg: 2, scope: !203, file: !3, line: 98, type: !206)
!210 = !DILocation(line: 0, scope: !203)
!211 = !DILocation(line: 99, column: 11, scope: !203)
!212 = !DILocation(line: 102, column: 2, scope: !203)
!213 = distinct !DISubprogram(name: "wait_counting_raw", linkageName: "_ZN11loop_bodies17wait_counting_raw17hfb0fc94618254f4aE", scope: !2, file: !3, line: 89, type: !214, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !217)
!214 = !DISubroutineType(types: !215)
!215 = !{null, !28, !216}
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!217 = !{!218, !219}
!218 = !DILocalVariable(name: "f", arg: 1, scope: !213, file: !3, line: 89, type: !28)
!219 = !DILocalVariable(name: "spins", arg: 2, scope: !213, file: !3, line: 89, type: !216)
!220 = !DILocation(line: 0, scope: !213)
!221 = !DILocalVariable(name: "self", arg: 1, scope: !222, file: !3, line: 19, type: !28)
!222 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !223)
!223 = !{!221}
!224 = !DILocation(line: 0, scope: !222, inlinedAt: !225)
!225 = !DILocation(line: 90, column: 13, scope: !213)
!226 = !DILocation(line: 20, column: 18, scope: !222, inlinedAt: !225)
!227 = !DILocation(line: 90, column: 11, scope: !213)
!228 = !DILocation(line: 91, column: 9, scope: !213)
!229 = !DILocation(line: 93, column: 2, scope: !213)
!230 = distinct !DISubprogram(name: "raise", linkageName: "_ZN11loop_bodies5raise17h58fc6af23f46e1cfE", scope: !2, file: !3, line: 130, type: !74, scopeLine: 130, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!231 = !DILocalVariable(name: "v", scope: !232, file: !3, line: 22, type: !13, align: 64)
!232 = distinct !DISubprogram(name: "set", linkageName: "_ZN11loop_bodies4Flag3set17h75e4514395ad90d3E", scope: !4, file: !3, line: 22, type: !233, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !235, retainedNodes: !236)
!233 = !DISubroutineType(types: !234)
!234 = !{null, !28, !13}
!235 = !DISubprogram(name: "set", linkageName: "_ZN11loop_bodies4Flag3set17h75e4514395ad90d3E", scope: !4, file: !3, line: 22, type: !233, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!236 = !{!237, !231}
!237 = !DILocalVariable(name: "self", arg: 1, scope: !232, file: !3, line: 22, type: !28)
!238 = !DILocation(line: 0, scope: !232, inlinedAt: !239)
!239 = !DILocation(line: 131, column: 12, scope: !230)
!240 = !DILocation(line: 23, column: 18, scope: !232, inlinedAt: !239)
!241 = !DILocation(line: 132, column: 2, scope: !230)
