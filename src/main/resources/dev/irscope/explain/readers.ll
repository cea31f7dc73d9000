; ModuleID = 'readers.aaadaf56c6f85376-cgu.0'
source_filename = "readers.aaadaf56c6f85376-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @_ZN4core4sync6atomic11atomic_load17h02a608f91840a25eE(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !20 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !27, !DIExpression(), !31)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !28, !DIExpression(), !32)
  %_3 = zext i8 %order to i64, !dbg !33
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !34, !prof !35

bb1:                                              ; preds = %start
  unreachable, !dbg !33

bb6:                                              ; preds = %start
  %0 = load atomic i64, ptr %dst monotonic, align 8, !dbg !36
  store i64 %0, ptr %_0, align 8, !dbg !36
  br label %bb7, !dbg !36

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !37
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !37
  store i64 40, ptr %1, align 8, !dbg !37
    #dbg_declare(ptr %s.dbg.spill, !38, !DIExpression(), !144)
    #dbg_declare(ptr %s.dbg.spill, !145, !DIExpression(), !153)
    #dbg_declare(ptr %s.dbg.spill, !156, !DIExpression(), !161)
    #dbg_declare(ptr %s.dbg.spill, !163, !DIExpression(), !172)
  call void @llvm.assume(i1 true), !dbg !175
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !176
  call void @llvm.assume(i1 %2), !dbg !176
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #4, !dbg !37
  unreachable, !dbg !37

bb5:                                              ; preds = %start
  %3 = load atomic i64, ptr %dst acquire, align 8, !dbg !177
  store i64 %3, ptr %_0, align 8, !dbg !177
  br label %bb7, !dbg !177

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !178
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !178
  store i64 49, ptr %4, align 8, !dbg !178
    #dbg_declare(ptr %s.dbg.spill1, !38, !DIExpression(), !179)
    #dbg_declare(ptr %s.dbg.spill1, !145, !DIExpression(), !180)
    #dbg_declare(ptr %s.dbg.spill1, !156, !DIExpression(), !182)
    #dbg_declare(ptr %s.dbg.spill1, !163, !DIExpression(), !184)
  call void @llvm.assume(i1 true), !dbg !186
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !187
  call void @llvm.assume(i1 %5), !dbg !187
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #4, !dbg !178
  unreachable, !dbg !178

bb4:                                              ; preds = %start
  %6 = load atomic i64, ptr %dst seq_cst, align 8, !dbg !188
  store i64 %6, ptr %_0, align 8, !dbg !188
  br label %bb7, !dbg !188

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i64, ptr %_0, align 8, !dbg !189, !noundef !93
  ret i64 %7, !dbg !189
}

; readers::custom::reader
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7readers6custom6reader17hdb01a94fbda21d6fE(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !190 {
start:
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !205, !DIExpression(), !206)
    #dbg_declare(ptr %a.dbg.spill, !207, !DIExpression(), !213)
  br label %bb1, !dbg !215

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %a, !216, !DIExpression(), !225)
  %_2 = load i64, ptr %a, align 8, !dbg !227, !noundef !93
  %0 = icmp eq i64 %_2, 0, !dbg !228
  br i1 %0, label %bb2, label %bb3, !dbg !228

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !215

bb3:                                              ; preds = %bb1
  ret void, !dbg !229
}

; readers::with_std::reader
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7readers8with_std6reader17h9f20f929c9306712E(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !230 {
start:
  %order.dbg.spill = alloca [1 x i8], align 1
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !239, !DIExpression(), !240)
    #dbg_declare(ptr %a.dbg.spill, !241, !DIExpression(), !248)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !250
    #dbg_declare(ptr %order.dbg.spill, !247, !DIExpression(), !250)
  br label %bb1, !dbg !251

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %a, !252, !DIExpression(), !255)
; call core::sync::atomic::atomic_load
  %_2 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17h02a608f91840a25eE(ptr noundef %a, i8 noundef 0) #5, !dbg !257
  %0 = icmp eq i64 %_2, 0, !dbg !258
  br i1 %0, label %bb2, label %bb3, !dbg !258

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !251

bb3:                                              ; preds = %bb1
  ret void, !dbg !259
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #3

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #3 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { noinline noreturn }
attributes #5 = { inlinehint }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !7, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "readers.rs/@/readers.aaadaf56c6f85376-cgu.0", directory: ".")
!7 = !{!8}
!8 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !10, file: !9, baseType: !13, size: 8, align: 8, flags: DIFlagEnumClass, elements: !14)
!9 = !DIFile(filename: "<unknown>", directory: "")
!10 = !DINamespace(name: "atomic", scope: !11)
!11 = !DINamespace(name: "sync", scope: !12)
!12 = !DINamespace(name: "core", scope: null)
!13 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!14 = !{!15, !16, !17, !18, !19}
!15 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!16 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!17 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!18 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!19 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!20 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17h02a608f91840a25eE", scope: !10, file: !21, line: 3886, type: !22, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !29, retainedNodes: !26)
!21 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!22 = !DISubroutineType(types: !23)
!23 = !{!24, !25, !8}
!24 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!26 = !{!27, !28}
!27 = !DILocalVariable(name: "dst", arg: 1, scope: !20, file: !21, line: 3886, type: !25)
!28 = !DILocalVariable(name: "order", arg: 2, scope: !20, file: !21, line: 3886, type: !8)
!29 = !{!30}
!30 = !DITemplateTypeParameter(name: "T", type: !24)
!31 = !DILocation(line: 3886, column: 32, scope: !20)
!32 = !DILocation(line: 3886, column: 47, scope: !20)
!33 = !DILocation(line: 3889, column: 15, scope: !20)
!34 = !DILocation(line: 3889, column: 9, scope: !20)
!35 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!36 = !DILocation(line: 3890, column: 24, scope: !20)
!37 = !DILocation(line: 3893, column: 24, scope: !20)
!38 = !DILocalVariable(name: "s", arg: 1, scope: !39, file: !40, line: 815, type: !137)
!39 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !41, file: !40, line: 815, type: !135, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, declaration: !142, retainedNodes: !143)
!40 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!41 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !42, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !43, templateParams: !93, identifier: "e5c67bbe046da39973c72077c7f66185")
!42 = !DINamespace(name: "fmt", scope: !12)
!43 = !{!44, !53}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !41, file: !9, baseType: !45, size: 64, align: 64, flags: DIFlagPrivate)
!45 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !46, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !48, templateParams: !51, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!46 = !DINamespace(name: "non_null", scope: !47)
!47 = !DINamespace(name: "ptr", scope: !12)
!48 = !{!49}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !45, file: !9, baseType: !50, size: 64, align: 64, flags: DIFlagPrivate)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DITemplateTypeParameter(name: "T", type: !13)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !41, file: !9, baseType: !54, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!54 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !46, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !55, templateParams: !133, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !54, file: !9, baseType: !57, size: 64, align: 64, flags: DIFlagPrivate)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !58, size: 64, align: 64, dwarfAddressSpace: 0)
!58 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !59, file: !9, size: 128, align: 64, flags: DIFlagPublic, elements: !60, templateParams: !93, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!59 = !DINamespace(name: "rt", scope: !42)
!60 = !{!61}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !58, file: !9, baseType: !62, size: 128, align: 64, flags: DIFlagPrivate)
!62 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !59, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !63, templateParams: !93, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!63 = !{!64}
!64 = !DICompositeType(tag: DW_TAG_variant_part, scope: !62, file: !9, size: 128, align: 64, elements: !65, templateParams: !93, identifier: "fbd384083752b747f8b252853b979154", discriminator: !131)
!65 = !{!66, !127}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !64, file: !9, baseType: !67, size: 128, align: 64)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !62, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !68, templateParams: !93, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!68 = !{!69, !77, !121}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !67, file: !9, baseType: !70, size: 64, align: 64, flags: DIFlagPrivate)
!70 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !46, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !71, templateParams: !75, identifier: "f4e496144210c619b96aa08326287b92")
!71 = !{!72}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !70, file: !9, baseType: !73, size: 64, align: 64, flags: DIFlagPrivate)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!75 = !{!76}
!76 = !DITemplateTypeParameter(name: "T", type: !74)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !67, file: !9, baseType: !78, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DISubroutineType(types: !80)
!80 = !{!81, !70, !99}
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !82, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !83, templateParams: !93, identifier: "1c6752419820cdc3961061cc58b31873")
!82 = !DINamespace(name: "result", scope: !12)
!83 = !{!84}
!84 = !DICompositeType(tag: DW_TAG_variant_part, scope: !81, file: !9, size: 8, align: 8, elements: !85, templateParams: !93, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !98)
!85 = !{!86, !94}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !84, file: !9, baseType: !87, size: 8, align: 8, extraData: i8 0)
!87 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !81, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !88, templateParams: !90, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !87, file: !9, baseType: !74, align: 8, offset: 8, flags: DIFlagPublic)
!90 = !{!76, !91}
!91 = !DITemplateTypeParameter(name: "E", type: !92)
!92 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !42, file: !9, align: 8, flags: DIFlagPublic, elements: !93, identifier: "5a24300cdda31093f5fe20c939b4885")
!93 = !{}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !84, file: !9, baseType: !95, size: 8, align: 8, extraData: i8 1)
!95 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !81, file: !9, size: 8, align: 8, flags: DIFlagPublic, elements: !96, templateParams: !90, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!96 = !{!97}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !95, file: !9, baseType: !92, align: 8, offset: 8, flags: DIFlagPublic)
!98 = !DIDerivedType(tag: DW_TAG_member, scope: !81, file: !9, baseType: !13, size: 8, align: 8, flags: DIFlagArtificial)
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !100, size: 64, align: 64, dwarfAddressSpace: 0)
!100 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !42, file: !9, size: 192, align: 64, flags: DIFlagPublic, elements: !101, templateParams: !93, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!101 = !{!102, !110}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !100, file: !9, baseType: !103, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!103 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !42, file: !9, size: 64, align: 32, flags: DIFlagPublic, elements: !104, templateParams: !93, identifier: "ca2f5547247cd95c514a47d5800e09e")
!104 = !{!105, !107, !109}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !103, file: !9, baseType: !106, size: 32, align: 32, flags: DIFlagPrivate)
!106 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !103, file: !9, baseType: !108, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!108 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !103, file: !9, baseType: !108, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !100, file: !9, baseType: !111, size: 128, align: 64, flags: DIFlagPrivate)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !9, size: 128, align: 64, elements: !112, templateParams: !93, identifier: "effe97114690fc58a8e246cb04e37234")
!112 = !{!113, !116}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !111, file: !9, baseType: !114, size: 64, align: 64)
!114 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !115, size: 64, align: 64, dwarfAddressSpace: 0)
!115 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !9, align: 8, elements: !93, identifier: "64328679825f9c73b507edbfd5b86b47")
!116 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !111, file: !9, baseType: !117, size: 64, align: 64, offset: 64)
!117 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !118, size: 64, align: 64, dwarfAddressSpace: 0)
!118 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 384, align: 64, elements: !119)
!119 = !{!120}
!120 = !DISubrange(count: 6, lowerBound: 0)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !67, file: !9, baseType: !122, align: 8, offset: 128, flags: DIFlagPrivate)
!122 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !123, file: !9, align: 8, flags: DIFlagPublic, elements: !93, templateParams: !124, identifier: "efa596960370766459fc018866dc4048")
!123 = !DINamespace(name: "marker", scope: !12)
!124 = !{!125}
!125 = !DITemplateTypeParameter(name: "T", type: !126)
!126 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !64, file: !9, baseType: !128, size: 128, align: 64, extraData: i64 0)
!128 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !62, file: !9, size: 128, align: 64, flags: DIFlagPrivate, elements: !129, templateParams: !93, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!129 = !{!130}
!130 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !128, file: !9, baseType: !108, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!131 = !DIDerivedType(tag: DW_TAG_member, scope: !62, file: !9, baseType: !132, size: 64, align: 64, flags: DIFlagArtificial)
!132 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!133 = !{!134}
!134 = !DITemplateTypeParameter(name: "T", type: !58)
!135 = !DISubroutineType(types: !136)
!136 = !{!41, !137}
!137 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !9, size: 128, align: 64, elements: !138, templateParams: !93, identifier: "9277eecd40495f85161460476aacc992")
!138 = !{!139, !141}
!139 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !137, file: !9, baseType: !140, size: 64, align: 64)
!140 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !137, file: !9, baseType: !24, size: 64, align: 64, offset: 64)
!142 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !41, file: !40, line: 815, type: !135, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !93)
!143 = !{!38}
!144 = !DILocation(line: 815, column: 27, scope: !39, inlinedAt: !37)
!145 = !DILocalVariable(name: "self", arg: 1, scope: !146, file: !147, line: 578, type: !137)
!146 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !148, file: !147, line: 578, type: !150, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, retainedNodes: !152)
!147 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!148 = !DINamespace(name: "{impl#0}", scope: !149)
!149 = !DINamespace(name: "str", scope: !12)
!150 = !DISubroutineType(types: !151)
!151 = !{!50, !137}
!152 = !{!145}
!153 = !DILocation(line: 578, column: 25, scope: !146, inlinedAt: !154)
!154 = !DILocation(line: 819, column: 44, scope: !155, inlinedAt: !37)
!155 = !DILexicalBlockFile(scope: !39, file: !40, discriminator: 2)
!156 = !DILocalVariable(name: "self", arg: 1, scope: !157, file: !147, line: 157, type: !137)
!157 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !148, file: !147, line: 157, type: !158, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, retainedNodes: !160)
!158 = !DISubroutineType(types: !159)
!159 = !{!24, !137}
!160 = !{!156}
!161 = !DILocation(line: 157, column: 22, scope: !157, inlinedAt: !162)
!162 = !DILocation(line: 820, column: 40, scope: !155, inlinedAt: !37)
!163 = !DILocalVariable(name: "self", arg: 1, scope: !164, file: !147, line: 502, type: !137)
!164 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !148, file: !147, line: 502, type: !165, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, retainedNodes: !171)
!165 = !DISubroutineType(types: !166)
!166 = !{!167, !137}
!167 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !9, size: 128, align: 64, elements: !168, templateParams: !93, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!168 = !{!169, !170}
!169 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !167, file: !9, baseType: !140, size: 64, align: 64)
!170 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !167, file: !9, baseType: !24, size: 64, align: 64, offset: 64)
!171 = !{!163}
!172 = !DILocation(line: 502, column: 27, scope: !164, inlinedAt: !173)
!173 = !DILocation(line: 158, column: 14, scope: !174, inlinedAt: !162)
!174 = !DILexicalBlockFile(scope: !157, file: !147, discriminator: 2)
!175 = !DILocation(line: 819, column: 27, scope: !39, inlinedAt: !37)
!176 = !DILocation(line: 820, column: 23, scope: !39, inlinedAt: !37)
!177 = !DILocation(line: 3891, column: 24, scope: !20)
!178 = !DILocation(line: 3894, column: 23, scope: !20)
!179 = !DILocation(line: 815, column: 27, scope: !39, inlinedAt: !178)
!180 = !DILocation(line: 578, column: 25, scope: !146, inlinedAt: !181)
!181 = !DILocation(line: 819, column: 44, scope: !39, inlinedAt: !178)
!182 = !DILocation(line: 157, column: 22, scope: !157, inlinedAt: !183)
!183 = !DILocation(line: 820, column: 40, scope: !39, inlinedAt: !178)
!184 = !DILocation(line: 502, column: 27, scope: !164, inlinedAt: !185)
!185 = !DILocation(line: 158, column: 14, scope: !157, inlinedAt: !183)
!186 = !DILocation(line: 819, column: 27, scope: !39, inlinedAt: !178)
!187 = !DILocation(line: 820, column: 23, scope: !39, inlinedAt: !178)
!188 = !DILocation(line: 3892, column: 23, scope: !20)
!189 = !DILocation(line: 3897, column: 2, scope: !20)
!190 = distinct !DISubprogram(name: "reader", linkageName: "_ZN7readers6custom6reader17hdb01a94fbda21d6fE", scope: !192, file: !191, line: 31, type: !194, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, retainedNodes: !204)
!191 = !DIFile(filename: "readers.rs", directory: ".", checksumkind: CSK_MD5, checksum: "bf96c571f3766e35ca82c225581e3013")
!192 = !DINamespace(name: "custom", scope: !193)
!193 = !DINamespace(name: "readers", scope: null)
!194 = !DISubroutineType(types: !195)
!195 = !{null, !196}
!196 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&readers::custom::AtomicUsize", baseType: !197, size: 64, align: 64, dwarfAddressSpace: 0)
!197 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !192, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !198, templateParams: !93, identifier: "b979dffb712c9e46226366c4c1f9a1")
!198 = !{!199}
!199 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !197, file: !9, baseType: !200, size: 64, align: 64, flags: DIFlagPrivate)
!200 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !201, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !202, templateParams: !29, identifier: "39a99da3e6158f476ae51abf051b55a8")
!201 = !DINamespace(name: "cell", scope: !12)
!202 = !{!203}
!203 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !200, file: !9, baseType: !24, size: 64, align: 64, flags: DIFlagPrivate)
!204 = !{!205}
!205 = !DILocalVariable(name: "a", arg: 1, scope: !190, file: !191, line: 31, type: !196)
!206 = !DILocation(line: 31, column: 19, scope: !190)
!207 = !DILocalVariable(name: "self", arg: 1, scope: !208, file: !191, line: 21, type: !196)
!208 = distinct !DISubprogram(name: "load", linkageName: "_ZN7readers6custom11AtomicUsize4load17hfad7b4d4ce658a9dE", scope: !197, file: !191, line: 21, type: !209, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, declaration: !211, retainedNodes: !212)
!209 = !DISubroutineType(types: !210)
!210 = !{!24, !196}
!211 = !DISubprogram(name: "load", linkageName: "_ZN7readers6custom11AtomicUsize4load17hfad7b4d4ce658a9dE", scope: !197, file: !191, line: 21, type: !209, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !93)
!212 = !{!207}
!213 = !DILocation(line: 21, column: 21, scope: !208, inlinedAt: !214)
!214 = !DILocation(line: 32, column: 17, scope: !190)
!215 = !DILocation(line: 32, column: 9, scope: !190)
!216 = !DILocalVariable(name: "self", arg: 1, scope: !217, file: !218, line: 2443, type: !222)
!217 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h187f046e7c6ed340E", scope: !200, file: !218, line: 2443, type: !219, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !29, declaration: !223, retainedNodes: !224)
!218 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!219 = !DISubroutineType(types: !220)
!220 = !{!221, !222}
!221 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!222 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !200, size: 64, align: 64, dwarfAddressSpace: 0)
!223 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h187f046e7c6ed340E", scope: !200, file: !218, line: 2443, type: !219, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !29)
!224 = !{!216}
!225 = !DILocation(line: 2443, column: 22, scope: !217, inlinedAt: !226)
!226 = !DILocation(line: 22, column: 34, scope: !208, inlinedAt: !214)
!227 = !DILocation(line: 22, column: 22, scope: !208, inlinedAt: !214)
!228 = !DILocation(line: 32, column: 15, scope: !190)
!229 = !DILocation(line: 35, column: 6, scope: !190)
!230 = distinct !DISubprogram(name: "reader", linkageName: "_ZN7readers8with_std6reader17h9f20f929c9306712E", scope: !231, file: !191, line: 42, type: !232, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, retainedNodes: !238)
!231 = !DINamespace(name: "with_std", scope: !193)
!232 = !DISubroutineType(types: !233)
!233 = !{null, !234}
!234 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !235, size: 64, align: 64, dwarfAddressSpace: 0)
!235 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !10, file: !9, size: 64, align: 64, flags: DIFlagPublic, elements: !236, templateParams: !93, identifier: "4d473d2171783819ad804082894a3856")
!236 = !{!237}
!237 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !235, file: !9, baseType: !200, size: 64, align: 64, flags: DIFlagPrivate)
!238 = !{!239}
!239 = !DILocalVariable(name: "a", arg: 1, scope: !230, file: !191, line: 42, type: !234)
!240 = !DILocation(line: 42, column: 19, scope: !230)
!241 = !DILocalVariable(name: "self", arg: 1, scope: !242, file: !21, line: 2842, type: !234)
!242 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !235, file: !21, line: 2842, type: !243, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !93, declaration: !245, retainedNodes: !246)
!243 = !DISubroutineType(types: !244)
!244 = !{!24, !234, !8}
!245 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !235, file: !21, line: 2842, type: !243, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !93)
!246 = !{!241, !247}
!247 = !DILocalVariable(name: "order", scope: !242, file: !21, line: 2842, type: !8, align: 8)
!248 = !DILocation(line: 2842, column: 25, scope: !242, inlinedAt: !249)
!249 = !DILocation(line: 43, column: 17, scope: !230)
!250 = !DILocation(line: 2842, column: 32, scope: !242, inlinedAt: !249)
!251 = !DILocation(line: 43, column: 9, scope: !230)
!252 = !DILocalVariable(name: "self", arg: 1, scope: !253, file: !218, line: 2443, type: !222)
!253 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h187f046e7c6ed340E", scope: !200, file: !218, line: 2443, type: !219, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !29, declaration: !223, retainedNodes: !254)
!254 = !{!252}
!255 = !DILocation(line: 2443, column: 22, scope: !253, inlinedAt: !256)
!256 = !DILocation(line: 2844, column: 45, scope: !242, inlinedAt: !249)
!257 = !DILocation(line: 2844, column: 26, scope: !242, inlinedAt: !249)
!258 = !DILocation(line: 43, column: 15, scope: !230)
!259 = !DILocation(line: 46, column: 6, scope: !230)
