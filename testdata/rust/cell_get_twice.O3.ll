; ModuleID = 'cell_get_twice.5f29398d9433f588-cgu.0'
source_filename = "cell_get_twice.5f29398d9433f588-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE" }>, align 8, !dbg !0

; cell_get_twice::cell_test_writer
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr noundef nonnull readonly align 8 captures(none) %a, ptr noundef nonnull align 1 %writer.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(48) %writer.1) unnamed_addr #0 !dbg !39 {
start:
    #dbg_value(ptr %a, !55, !DIExpression(), !61)
    #dbg_value(ptr %a, !62, !DIExpression(), !69)
    #dbg_value(ptr %a, !62, !DIExpression(), !71)
    #dbg_value(ptr %writer.0, !56, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !61)
    #dbg_value(ptr %writer.1, !56, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !61)
  %first = load i64, ptr %a, align 8, !dbg !73, !noundef !30
    #dbg_value(i64 %first, !57, !DIExpression(), !74)
  %0 = getelementptr inbounds nuw i8, ptr %writer.1, i64 40, !dbg !75
  %1 = load ptr, ptr %0, align 8, !dbg !75, !invariant.load !30, !nonnull !30
  tail call void %1(ptr noundef nonnull align 1 %writer.0) #6, !dbg !75
  %second = load i64, ptr %a, align 8, !dbg !76, !noundef !30
    #dbg_value(i64 %second, !59, !DIExpression(), !77)
  %_0 = icmp eq i64 %first, %second, !dbg !78
  ret i1 %_0, !dbg !79
}

; cell_get_twice::cell_test_black_box
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice19cell_test_black_box17h06c2669805d55078E(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !80 {
start:
  %0 = alloca [8 x i8], align 8
    #dbg_value(ptr %a, !84, !DIExpression(), !89)
    #dbg_value(ptr %a, !90, !DIExpression(), !93)
    #dbg_value(ptr %a, !95, !DIExpression(), !104)
    #dbg_value(ptr %a, !90, !DIExpression(), !106)
  %first = load i64, ptr %a, align 8, !dbg !108, !noundef !30
    #dbg_value(i64 %first, !85, !DIExpression(), !109)
  call void @llvm.lifetime.start.p0(ptr nonnull %0), !dbg !110
  store ptr %a, ptr %0, align 8, !dbg !110
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #7, !dbg !110, !srcloc !111
  call void @llvm.lifetime.end.p0(ptr nonnull %0), !dbg !110
  %second = load i64, ptr %a, align 8, !dbg !112, !noundef !30
    #dbg_value(i64 %second, !87, !DIExpression(), !113)
  %_0 = icmp eq i64 %first, %second, !dbg !114
  ret i1 %_0, !dbg !115
}

; cell_get_twice::cell_test_black_box_unit
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice24cell_test_black_box_unit17h7bd422d119abbeb9E(ptr noundef nonnull readonly align 8 captures(none) %a) unnamed_addr #1 !dbg !116 {
start:
    #dbg_value(ptr %a, !118, !DIExpression(), !123)
    #dbg_value(ptr %a, !124, !DIExpression(), !127)
    #dbg_value(ptr %a, !124, !DIExpression(), !129)
    #dbg_declare(ptr poison, !131, !DIExpression(), !138)
  %first = load i64, ptr %a, align 8, !dbg !140, !noundef !30
    #dbg_value(i64 %first, !119, !DIExpression(), !141)
  tail call void asm sideeffect "", "~{memory}"() #7, !dbg !142, !srcloc !111
  %second = load i64, ptr %a, align 8, !dbg !143, !noundef !30
    #dbg_value(i64 %second, !121, !DIExpression(), !144)
  %_0 = icmp eq i64 %first, %second, !dbg !145
  ret i1 %_0, !dbg !146
}

; cell_get_twice::cell_demo
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice9cell_demo17hd35eeecb9bfd9e50E() unnamed_addr #0 !dbg !147 {
start:
  %_5 = alloca [8 x i8], align 8
  %a = alloca [8 x i8], align 8
    #dbg_declare(ptr %a, !151, !DIExpression(), !153)
    #dbg_value(i64 0, !154, !DIExpression(), !160)
  call void @llvm.lifetime.start.p0(ptr nonnull %a), !dbg !162
  store i64 0, ptr %a, align 8, !dbg !163
  call void @llvm.lifetime.start.p0(ptr nonnull %_5), !dbg !164
  store ptr %a, ptr %_5, align 8, !dbg !164
; call cell_get_twice::cell_test_writer
  %_0 = call noundef zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr noundef nonnull align 8 %a, ptr noundef nonnull align 1 %_5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0) #8, !dbg !165
  call void @llvm.lifetime.end.p0(ptr nonnull %a), !dbg !166
  call void @llvm.lifetime.end.p0(ptr nonnull %_5), !dbg !166
  ret i1 %_0, !dbg !167
}

; cell_get_twice::cell_demo::{{closure}}
; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #2 !dbg !168 {
start:
    #dbg_value(ptr poison, !173, !DIExpression(DW_OP_deref, DW_OP_deref), !174)
    #dbg_value(i64 1, !175, !DIExpression(), !182)
    #dbg_value(i64 1, !184, !DIExpression(), !191)
  %self = load ptr, ptr %_1, align 8, !dbg !193, !nonnull !30, !align !194, !noundef !30
    #dbg_value(ptr %self, !181, !DIExpression(), !182)
    #dbg_value(ptr %self, !190, !DIExpression(), !191)
  store i64 1, ptr %self, align 8, !dbg !195
  ret void, !dbg !203
}

; cell_get_twice::cell_test
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define noundef zeroext i1 @_ZN14cell_get_twice9cell_test17h17582eb515b9986dE(ptr noundef nonnull readnone align 8 captures(none) %a) unnamed_addr #3 !dbg !204 {
start:
    #dbg_value(ptr %a, !206, !DIExpression(), !211)
  ret i1 true, !dbg !212
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E"(ptr noundef readonly captures(none) %_1) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !213 {
start:
    #dbg_value(ptr %_1, !222, !DIExpression(), !227)
    #dbg_declare(ptr poison, !223, !DIExpression(), !228)
  %0 = load ptr, ptr %_1, align 8, !dbg !228, !nonnull !30, !align !194, !noundef !30
    #dbg_value(ptr %0, !229, !DIExpression(), !235)
    #dbg_declare(ptr poison, !234, !DIExpression(), !237)
    #dbg_value(ptr poison, !173, !DIExpression(DW_OP_deref, DW_OP_deref), !238)
    #dbg_value(i64 1, !175, !DIExpression(), !240)
    #dbg_value(i64 1, !184, !DIExpression(), !242)
    #dbg_value(ptr %0, !181, !DIExpression(), !240)
    #dbg_value(ptr %0, !190, !DIExpression(), !242)
  store i64 1, ptr %0, align 8, !dbg !244, !noalias !246
  ret void, !dbg !228
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #5

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(write, argmem: readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }
attributes #7 = { nounwind }
attributes #8 = { noinline }

!llvm.module.flags = !{!31, !32, !33, !34}
!llvm.ident = !{!35}
!llvm.dbg.cu = !{!36}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "<cell_get_twice::cell_demo::{closure_env#0} as core::ops::function::Fn<()>>::{vtable}", scope: null, file: !2, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "<unknown>", directory: "")
!3 = !DICompositeType(tag: DW_TAG_structure_type, name: "<cell_get_twice::cell_demo::{closure_env#0} as core::ops::function::Fn<()>>::{vtable_type}", file: !2, size: 384, align: 64, flags: DIFlagArtificial, elements: !4, vtableHolder: !14, templateParams: !30, identifier: "fb5ae3c5384fc548444af582e22d1c3c")
!4 = !{!5, !8, !10, !11, !12, !13}
!5 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !3, file: !2, baseType: !6, size: 64, align: 64)
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!7 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!8 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!9 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!11 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!12 = !DIDerivedType(tag: DW_TAG_member, name: "__method4", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 256)
!13 = !DIDerivedType(tag: DW_TAG_member, name: "__method5", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 320)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !15, file: !2, size: 64, align: 64, elements: !17, templateParams: !30, identifier: "66b543781dcb40a6456234a22fbaf5")
!15 = !DINamespace(name: "cell_demo", scope: !16)
!16 = !DINamespace(name: "cell_get_twice", scope: null)
!17 = !{!18}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__a", scope: !14, file: !2, baseType: !19, size: 64, align: 64)
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<usize>", baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)
!20 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<usize>", scope: !21, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !28, identifier: "11f3f47e7094c00380b1d081c043cbd")
!21 = !DINamespace(name: "cell", scope: !22)
!22 = !DINamespace(name: "core", scope: null)
!23 = !{!24}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !20, file: !2, baseType: !25, size: 64, align: 64, flags: DIFlagPrivate)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !21, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !26, templateParams: !28, identifier: "39a99da3e6158f476ae51abf051b55a8")
!26 = !{!27}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !25, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!28 = !{!29}
!29 = !DITemplateTypeParameter(name: "T", type: !9)
!30 = !{}
!31 = !{i32 8, !"PIC Level", i32 2}
!32 = !{i32 2, !"RtLibUseGOT", i32 1}
!33 = !{i32 7, !"Dwarf Version", i32 4}
!34 = !{i32 2, !"Debug Info Version", i32 3}
!35 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!36 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !37, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !38, splitDebugInlining: false, nameTableKind: None)
!37 = !DIFile(filename: "testdata/rust/src/cell_get_twice.rs/@/cell_get_twice.5f29398d9433f588-cgu.0", directory: ".")
!38 = !{!0}
!39 = distinct !DISubprogram(name: "cell_test_writer", linkageName: "_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE", scope: !16, file: !40, line: 32, type: !41, scopeLine: 32, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !54)
!40 = !DIFile(filename: "testdata/rust/src/cell_get_twice.rs", directory: ".", checksumkind: CSK_MD5, checksum: "f02c424a3ffcc4911ccacc8890f09363")
!41 = !DISubroutineType(types: !42)
!42 = !{!43, !19, !44}
!43 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!44 = !DICompositeType(tag: DW_TAG_structure_type, name: "&dyn core::ops::function::Fn<(), Output=()>", file: !2, size: 128, align: 64, elements: !45, templateParams: !30, identifier: "579fbc10f61bf9ade0dcb5d8f8ab76d4")
!45 = !{!46, !49}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !44, file: !2, baseType: !47, size: 64, align: 64)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::ops::function::Fn<(), Output=()>", file: !2, align: 8, elements: !30, identifier: "dc8eb01e050056ba4c24b64cfc46f42b")
!49 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !44, file: !2, baseType: !50, size: 64, align: 64, offset: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 6, lowerBound: 0)
!54 = !{!55, !56, !57, !59}
!55 = !DILocalVariable(name: "a", arg: 1, scope: !39, file: !40, line: 32, type: !19)
!56 = !DILocalVariable(name: "writer", arg: 2, scope: !39, file: !40, line: 32, type: !44)
!57 = !DILocalVariable(name: "first", scope: !58, file: !40, line: 33, type: !9, align: 64)
!58 = distinct !DILexicalBlock(scope: !39, file: !40, line: 33, column: 5)
!59 = !DILocalVariable(name: "second", scope: !60, file: !40, line: 35, type: !9, align: 64)
!60 = distinct !DILexicalBlock(scope: !58, file: !40, line: 35, column: 5)
!61 = !DILocation(line: 0, scope: !39)
!62 = !DILocalVariable(name: "self", arg: 1, scope: !63, file: !64, line: 552, type: !19)
!63 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !68)
!64 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!65 = !DISubroutineType(types: !66)
!66 = !{!9, !19}
!67 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!68 = !{!62}
!69 = !DILocation(line: 0, scope: !63, inlinedAt: !70)
!70 = !DILocation(line: 33, column: 19, scope: !39)
!71 = !DILocation(line: 0, scope: !63, inlinedAt: !72)
!72 = !DILocation(line: 35, column: 20, scope: !58)
!73 = !DILocation(line: 555, column: 18, scope: !63, inlinedAt: !70)
!74 = !DILocation(line: 0, scope: !58)
!75 = !DILocation(line: 34, column: 5, scope: !58)
!76 = !DILocation(line: 555, column: 18, scope: !63, inlinedAt: !72)
!77 = !DILocation(line: 0, scope: !60)
!78 = !DILocation(line: 36, column: 5, scope: !60)
!79 = !DILocation(line: 37, column: 2, scope: !39)
!80 = distinct !DISubprogram(name: "cell_test_black_box", linkageName: "_ZN14cell_get_twice19cell_test_black_box17h06c2669805d55078E", scope: !16, file: !40, line: 16, type: !81, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !83)
!81 = !DISubroutineType(types: !82)
!82 = !{!43, !19}
!83 = !{!84, !85, !87}
!84 = !DILocalVariable(name: "a", arg: 1, scope: !80, file: !40, line: 16, type: !19)
!85 = !DILocalVariable(name: "first", scope: !86, file: !40, line: 17, type: !9, align: 64)
!86 = distinct !DILexicalBlock(scope: !80, file: !40, line: 17, column: 5)
!87 = !DILocalVariable(name: "second", scope: !88, file: !40, line: 19, type: !9, align: 64)
!88 = distinct !DILexicalBlock(scope: !86, file: !40, line: 19, column: 5)
!89 = !DILocation(line: 0, scope: !80)
!90 = !DILocalVariable(name: "self", arg: 1, scope: !91, file: !64, line: 552, type: !19)
!91 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !92)
!92 = !{!90}
!93 = !DILocation(line: 0, scope: !91, inlinedAt: !94)
!94 = !DILocation(line: 17, column: 19, scope: !80)
!95 = !DILocalVariable(name: "dummy", arg: 1, scope: !96, file: !97, line: 490, type: !19)
!96 = distinct !DISubprogram(name: "black_box<&core::cell::Cell<usize>>", linkageName: "_ZN4core4hint9black_box17h6128164034b932b2E", scope: !98, file: !97, line: 490, type: !99, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !102, retainedNodes: !101)
!97 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!98 = !DINamespace(name: "hint", scope: !22)
!99 = !DISubroutineType(types: !100)
!100 = !{!19, !19}
!101 = !{!95}
!102 = !{!103}
!103 = !DITemplateTypeParameter(name: "T", type: !19)
!104 = !DILocation(line: 0, scope: !96, inlinedAt: !105)
!105 = !DILocation(line: 18, column: 5, scope: !86)
!106 = !DILocation(line: 0, scope: !91, inlinedAt: !107)
!107 = !DILocation(line: 19, column: 20, scope: !86)
!108 = !DILocation(line: 555, column: 18, scope: !91, inlinedAt: !94)
!109 = !DILocation(line: 0, scope: !86)
!110 = !DILocation(line: 491, column: 5, scope: !96, inlinedAt: !105)
!111 = !{i64 4141735748744896}
!112 = !DILocation(line: 555, column: 18, scope: !91, inlinedAt: !107)
!113 = !DILocation(line: 0, scope: !88)
!114 = !DILocation(line: 20, column: 5, scope: !88)
!115 = !DILocation(line: 21, column: 2, scope: !80)
!116 = distinct !DISubprogram(name: "cell_test_black_box_unit", linkageName: "_ZN14cell_get_twice24cell_test_black_box_unit17h7bd422d119abbeb9E", scope: !16, file: !40, line: 24, type: !81, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !117)
!117 = !{!118, !119, !121}
!118 = !DILocalVariable(name: "a", arg: 1, scope: !116, file: !40, line: 24, type: !19)
!119 = !DILocalVariable(name: "first", scope: !120, file: !40, line: 25, type: !9, align: 64)
!120 = distinct !DILexicalBlock(scope: !116, file: !40, line: 25, column: 5)
!121 = !DILocalVariable(name: "second", scope: !122, file: !40, line: 27, type: !9, align: 64)
!122 = distinct !DILexicalBlock(scope: !120, file: !40, line: 27, column: 5)
!123 = !DILocation(line: 0, scope: !116)
!124 = !DILocalVariable(name: "self", arg: 1, scope: !125, file: !64, line: 552, type: !19)
!125 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !126)
!126 = !{!124}
!127 = !DILocation(line: 0, scope: !125, inlinedAt: !128)
!128 = !DILocation(line: 25, column: 19, scope: !116)
!129 = !DILocation(line: 0, scope: !125, inlinedAt: !130)
!130 = !DILocation(line: 27, column: 20, scope: !120)
!131 = !DILocalVariable(name: "dummy", scope: !132, file: !97, line: 490, type: !7, align: 8)
!132 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17hbb7d2e15bf07ad04E", scope: !98, file: !97, line: 490, type: !133, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !136, retainedNodes: !135)
!133 = !DISubroutineType(types: !134)
!134 = !{null, !7}
!135 = !{!131}
!136 = !{!137}
!137 = !DITemplateTypeParameter(name: "T", type: !7)
!138 = !DILocation(line: 490, column: 27, scope: !132, inlinedAt: !139)
!139 = !DILocation(line: 26, column: 5, scope: !120)
!140 = !DILocation(line: 555, column: 18, scope: !125, inlinedAt: !128)
!141 = !DILocation(line: 0, scope: !120)
!142 = !DILocation(line: 491, column: 5, scope: !132, inlinedAt: !139)
!143 = !DILocation(line: 555, column: 18, scope: !125, inlinedAt: !130)
!144 = !DILocation(line: 0, scope: !122)
!145 = !DILocation(line: 28, column: 5, scope: !122)
!146 = !DILocation(line: 29, column: 2, scope: !116)
!147 = distinct !DISubprogram(name: "cell_demo", linkageName: "_ZN14cell_get_twice9cell_demo17hd35eeecb9bfd9e50E", scope: !16, file: !40, line: 40, type: !148, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !150)
!148 = !DISubroutineType(types: !149)
!149 = !{!43}
!150 = !{!151}
!151 = !DILocalVariable(name: "a", scope: !152, file: !40, line: 41, type: !20, align: 64)
!152 = distinct !DILexicalBlock(scope: !147, file: !40, line: 41, column: 5)
!153 = !DILocation(line: 41, column: 9, scope: !152)
!154 = !DILocalVariable(name: "value", scope: !155, file: !64, line: 414, type: !9, align: 64)
!155 = distinct !DISubprogram(name: "new<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17hd39cd7bf9a6daecaE", scope: !20, file: !64, line: 414, type: !156, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !158, retainedNodes: !159)
!156 = !DISubroutineType(types: !157)
!157 = !{!20, !9}
!158 = !DISubprogram(name: "new<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17hd39cd7bf9a6daecaE", scope: !20, file: !64, line: 414, type: !156, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!159 = !{!154}
!160 = !DILocation(line: 0, scope: !155, inlinedAt: !161)
!161 = !DILocation(line: 41, column: 13, scope: !147)
!162 = !DILocation(line: 41, column: 9, scope: !147)
!163 = !DILocation(line: 415, column: 9, scope: !155, inlinedAt: !161)
!164 = !DILocation(line: 42, column: 27, scope: !152)
!165 = !DILocation(line: 42, column: 5, scope: !152)
!166 = !DILocation(line: 43, column: 1, scope: !147)
!167 = !DILocation(line: 43, column: 2, scope: !147)
!168 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE", scope: !15, file: !40, line: 42, type: !169, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !172)
!169 = !DISubroutineType(types: !170)
!170 = !{null, !171}
!171 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&cell_get_twice::cell_demo::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!172 = !{!173}
!173 = !DILocalVariable(name: "a", scope: !168, file: !40, line: 41, type: !20, align: 64)
!174 = !DILocation(line: 0, scope: !168)
!175 = !DILocalVariable(name: "val", scope: !176, file: !64, line: 433, type: !9, align: 64)
!176 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h14002d2752702a5cE", scope: !20, file: !64, line: 433, type: !177, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !179, retainedNodes: !180)
!177 = !DISubroutineType(types: !178)
!178 = !{null, !19, !9}
!179 = !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h14002d2752702a5cE", scope: !20, file: !64, line: 433, type: !177, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!180 = !{!181, !175}
!181 = !DILocalVariable(name: "self", arg: 1, scope: !176, file: !64, line: 433, type: !19)
!182 = !DILocation(line: 0, scope: !176, inlinedAt: !183)
!183 = !DILocation(line: 42, column: 32, scope: !168)
!184 = !DILocalVariable(name: "val", scope: !185, file: !64, line: 510, type: !9, align: 64)
!185 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h8d6c907d8eef4e22E", scope: !20, file: !64, line: 510, type: !186, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !188, retainedNodes: !189)
!186 = !DISubroutineType(types: !187)
!187 = !{!9, !19, !9}
!188 = !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h8d6c907d8eef4e22E", scope: !20, file: !64, line: 510, type: !186, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!189 = !{!190, !184}
!190 = !DILocalVariable(name: "self", arg: 1, scope: !185, file: !64, line: 510, type: !19)
!191 = !DILocation(line: 0, scope: !185, inlinedAt: !192)
!192 = !DILocation(line: 437, column: 14, scope: !176, inlinedAt: !183)
!193 = !DILocation(line: 42, column: 30, scope: !168)
!194 = !{i64 8}
!195 = !DILocation(line: 902, column: 49, scope: !196, inlinedAt: !202)
!196 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h7fcf7dcdd4ed378bE", scope: !198, file: !197, line: 887, type: !199, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28)
!197 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!198 = !DINamespace(name: "mem", scope: !22)
!199 = !DISubroutineType(types: !200)
!200 = !{!9, !201, !9}
!201 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!202 = !DILocation(line: 513, column: 9, scope: !185, inlinedAt: !192)
!203 = !DILocation(line: 42, column: 38, scope: !168)
!204 = distinct !DISubprogram(name: "cell_test", linkageName: "_ZN14cell_get_twice9cell_test17h17582eb515b9986dE", scope: !16, file: !40, line: 9, type: !81, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !205)
!205 = !{!206, !207, !209}
!206 = !DILocalVariable(name: "a", arg: 1, scope: !204, file: !40, line: 9, type: !19)
!207 = !DILocalVariable(name: "first", scope: !208, file: !40, line: 10, type: !9, align: 64)
!208 = distinct !DILexicalBlock(scope: !204, file: !40, line: 10, column: 5)
!209 = !DILocalVariable(name: "second", scope: !210, file: !40, line: 11, type: !9, align: 64)
!210 = distinct !DILexicalBlock(scope: !208, file: !40, line: 11, column: 5)
!211 = !DILocation(line: 0, scope: !204)
!212 = !DILocation(line: 13, column: 2, scope: !204)
!213 = distinct !DISubprogram(name: "call_once<cell_get_twice::cell_demo::{closure_env#0}, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E", scope: !215, file: !214, line: 250, type: !218, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !224, retainedNodes: !221)
!214 = !DIFile(filename: "library/core/src/ops/function.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7165aec212fc528edf645f7f5c1c91bb")
!215 = !DINamespace(name: "FnOnce", scope: !216)
!216 = !DINamespace(name: "function", scope: !217)
!217 = !DINamespace(name: "ops", scope: !22)
!218 = !DISubroutineType(types: !219)
!219 = !{null, !220}
!220 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut cell_get_twice::cell_demo::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!221 = !{!222, !223}
!222 = !DILocalVariable(arg: 1, scope: !213, file: !214, line: 250, type: !220)
!223 = !DILocalVariable(arg: 2, scope: !213, file: !214, line: 250, type: !7)
!224 = !{!225, !226}
!225 = !DITemplateTypeParameter(name: "Self", type: !14)
!226 = !DITemplateTypeParameter(name: "Args", type: !7)
!227 = !DILocation(line: 0, scope: !213)
!228 = !DILocation(line: 250, column: 5, scope: !213)
!229 = !DILocalVariable(arg: 1, scope: !230, file: !214, line: 250, type: !14)
!230 = distinct !DISubprogram(name: "call_once<cell_get_twice::cell_demo::{closure_env#0}, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE", scope: !215, file: !214, line: 250, type: !231, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !224, retainedNodes: !233)
!231 = !DISubroutineType(types: !232)
!232 = !{null, !14}
!233 = !{!229, !234}
!234 = !DILocalVariable(arg: 2, scope: !230, file: !214, line: 250, type: !7)
!235 = !DILocation(line: 0, scope: !230, inlinedAt: !236)
!236 = distinct !DILocation(line: 250, column: 5, scope: !213)
!237 = !DILocation(line: 250, column: 5, scope: !230, inlinedAt: !236)
!238 = !DILocation(line: 0, scope: !168, inlinedAt: !239)
!239 = distinct !DILocation(line: 250, column: 5, scope: !230, inlinedAt: !236)
!240 = !DILocation(line: 0, scope: !176, inlinedAt: !241)
!241 = distinct !DILocation(line: 42, column: 32, scope: !168, inlinedAt: !239)
!242 = !DILocation(line: 0, scope: !185, inlinedAt: !243)
!243 = distinct !DILocation(line: 437, column: 14, scope: !176, inlinedAt: !241)
!244 = !DILocation(line: 902, column: 49, scope: !196, inlinedAt: !245)
!245 = distinct !DILocation(line: 513, column: 9, scope: !185, inlinedAt: !243)
!246 = !{!247}
!247 = distinct !{!247, !248, !"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE: %_1"}
!248 = distinct !{!248, !"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"}
