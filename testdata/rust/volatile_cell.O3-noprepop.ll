; ModuleID = 'volatile_cell.d236791d4eb4aedc-cgu.0'
source_filename = "volatile_cell.d236791d4eb4aedc-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; volatile_cell::read_twice
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN13volatile_cell10read_twice17h96bab827fca42864E(ptr noundef nonnull align 4 %a) unnamed_addr #0 !dbg !7 {
start:
  %0 = alloca [4 x i8], align 4
  %src.dbg.spill1 = alloca [8 x i8], align 8
  %1 = alloca [4 x i8], align 4
  %src.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !27, !DIExpression(), !29)
    #dbg_declare(ptr %a.dbg.spill, !30, !DIExpression(), !36)
    #dbg_declare(ptr %a.dbg.spill, !30, !DIExpression(), !38)
    #dbg_value(ptr %a, !40, !DIExpression(), !49)
  store ptr %a, ptr %src.dbg.spill, align 8, !dbg !51
    #dbg_declare(ptr %src.dbg.spill, !52, !DIExpression(), !90)
  call void @llvm.lifetime.start.p0(ptr %1), !dbg !92
  %2 = load volatile i32, ptr %a, align 4, !dbg !92
  store i32 %2, ptr %1, align 4, !dbg !92
  %_2 = load i32, ptr %1, align 4, !dbg !92, !noundef !28
  call void @llvm.lifetime.end.p0(ptr %1), !dbg !92
    #dbg_value(ptr %a, !40, !DIExpression(), !93)
  store ptr %a, ptr %src.dbg.spill1, align 8, !dbg !96
    #dbg_declare(ptr %src.dbg.spill1, !52, !DIExpression(), !97)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !99
  %3 = load volatile i32, ptr %a, align 4, !dbg !99
  store i32 %3, ptr %0, align 4, !dbg !99
  %_3 = load i32, ptr %0, align 4, !dbg !99, !noundef !28
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !99
  %_0 = icmp eq i32 %_2, %_3, !dbg !100
  ret i1 %_0, !dbg !101
}

; volatile_cell::reader
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN13volatile_cell6reader17hf2e85f6e1699a580E(ptr noundef nonnull align 8 %a) unnamed_addr #0 !dbg !102 {
start:
  %0 = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !115, !DIExpression(), !116)
    #dbg_declare(ptr %a.dbg.spill, !117, !DIExpression(), !123)
  br label %bb1, !dbg !125

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %a, !126, !DIExpression(), !134)
  store ptr %a, ptr %src.dbg.spill, align 8, !dbg !136
    #dbg_declare(ptr %src.dbg.spill, !137, !DIExpression(), !143)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !145
  %1 = load volatile i64, ptr %a, align 8, !dbg !145
  store i64 %1, ptr %0, align 8, !dbg !145
  %_2 = load i64, ptr %0, align 8, !dbg !145, !noundef !28
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !145
  %2 = icmp eq i64 %_2, 0, !dbg !146
  br i1 %2, label %bb2, label %bb3, !dbg !146

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !125

bb3:                                              ; preds = %bb1
  ret void, !dbg !147
}

; volatile_cell::writer
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN13volatile_cell6writer17h9bb22eb8e910a509E(ptr noundef nonnull align 8 %a) unnamed_addr #0 !dbg !148 {
start:
  %dst.dbg.spill = alloca [8 x i8], align 8
  %src.dbg.spill = alloca [8 x i8], align 8
  %value.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !150, !DIExpression(), !151)
    #dbg_declare(ptr %a.dbg.spill, !152, !DIExpression(), !159)
  store i64 1, ptr %value.dbg.spill, align 8, !dbg !161
    #dbg_declare(ptr %value.dbg.spill, !158, !DIExpression(), !161)
  store i64 1, ptr %src.dbg.spill, align 8, !dbg !162
    #dbg_declare(ptr %src.dbg.spill, !168, !DIExpression(), !162)
    #dbg_value(ptr %a, !170, !DIExpression(), !173)
  store ptr %a, ptr %dst.dbg.spill, align 8, !dbg !175
    #dbg_declare(ptr %dst.dbg.spill, !167, !DIExpression(), !176)
  store volatile i64 1, ptr %a, align 8, !dbg !177
  ret void, !dbg !178
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "testdata/rust/src/volatile_cell.rs/@/volatile_cell.d236791d4eb4aedc-cgu.0", directory: ".")
!7 = distinct !DISubprogram(name: "read_twice", linkageName: "_ZN13volatile_cell10read_twice17h96bab827fca42864E", scope: !9, file: !8, line: 43, type: !10, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !28, retainedNodes: !26)
!8 = !DIFile(filename: "testdata/rust/src/volatile_cell.rs", directory: ".", checksumkind: CSK_MD5, checksum: "bf1f21ef29365a6b953ad0e30b68812c")
!9 = !DINamespace(name: "volatile_cell", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13}
!12 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&volatile_cell::VolatileCell<u32>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "VolatileCell<u32>", scope: !9, file: !15, size: 32, align: 32, flags: DIFlagPublic, elements: !16, templateParams: !24, identifier: "24c443ff0471ca15e1d97ded68a1250f")
!15 = !DIFile(filename: "<unknown>", directory: "")
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !14, file: !15, baseType: !18, size: 32, align: 32, flags: DIFlagPrivate)
!18 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !19, file: !15, size: 32, align: 32, flags: DIFlagPublic, elements: !21, templateParams: !24, identifier: "276fcd5afdff990e3d83fbd36936145c")
!19 = !DINamespace(name: "cell", scope: !20)
!20 = !DINamespace(name: "core", scope: null)
!21 = !{!22}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !18, file: !15, baseType: !23, size: 32, align: 32, flags: DIFlagPrivate)
!23 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!24 = !{!25}
!25 = !DITemplateTypeParameter(name: "T", type: !23)
!26 = !{!27}
!27 = !DILocalVariable(name: "a", arg: 1, scope: !7, file: !8, line: 43, type: !13)
!28 = !{}
!29 = !DILocation(line: 43, column: 19, scope: !7)
!30 = !DILocalVariable(name: "self", arg: 1, scope: !31, file: !8, line: 20, type: !13)
!31 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h21e31fcd7efdba83E", scope: !14, file: !8, line: 20, type: !32, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !24, declaration: !34, retainedNodes: !35)
!32 = !DISubroutineType(types: !33)
!33 = !{!23, !13}
!34 = !DISubprogram(name: "get<u32>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h21e31fcd7efdba83E", scope: !14, file: !8, line: 20, type: !32, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !24)
!35 = !{!30}
!36 = !DILocation(line: 20, column: 16, scope: !31, inlinedAt: !37)
!37 = !DILocation(line: 44, column: 7, scope: !7)
!38 = !DILocation(line: 20, column: 16, scope: !31, inlinedAt: !39)
!39 = !DILocation(line: 44, column: 18, scope: !7)
!40 = !DILocalVariable(name: "self", arg: 1, scope: !41, file: !42, line: 2443, type: !46)
!41 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17he3534837fbb785b7E", scope: !18, file: !42, line: 2443, type: !43, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !24, declaration: !47, retainedNodes: !48)
!42 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!43 = !DISubroutineType(types: !44)
!44 = !{!45, !46}
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u32>", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!47 = !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17he3534837fbb785b7E", scope: !18, file: !42, line: 2443, type: !43, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !24)
!48 = !{!40}
!49 = !DILocation(line: 2443, column: 22, scope: !41, inlinedAt: !50)
!50 = !DILocation(line: 21, column: 48, scope: !31, inlinedAt: !37)
!51 = !DILocation(line: 21, column: 37, scope: !31, inlinedAt: !37)
!52 = !DILocalVariable(name: "src", arg: 1, scope: !53, file: !54, line: 2080, type: !58)
!53 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h3a516eebb3469ce4E", scope: !55, file: !54, line: 2080, type: !56, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !24, retainedNodes: !89)
!54 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!55 = !DINamespace(name: "ptr", scope: !20)
!56 = !DISubroutineType(types: !57)
!57 = !{!23, !58, !59}
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u32", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !61, file: !15, size: 192, align: 64, flags: DIFlagPublic, elements: !63, templateParams: !28, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!61 = !DINamespace(name: "location", scope: !62)
!62 = !DINamespace(name: "panic", scope: !20)
!63 = !{!64, !78, !79, !80}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !60, file: !15, baseType: !65, size: 128, align: 64, flags: DIFlagPrivate)
!65 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !66, file: !15, size: 128, align: 64, flags: DIFlagPublic, elements: !67, templateParams: !76, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!66 = !DINamespace(name: "non_null", scope: !55)
!67 = !{!68}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !65, file: !15, baseType: !69, size: 128, align: 64, flags: DIFlagPrivate)
!69 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !15, size: 128, align: 64, elements: !70, templateParams: !28, identifier: "238a44609877474087c05adf26cd41fa")
!70 = !{!71, !74}
!71 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !69, file: !15, baseType: !72, size: 64, align: 64)
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64, align: 64, dwarfAddressSpace: 0)
!73 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!74 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !69, file: !15, baseType: !75, size: 64, align: 64, offset: 64)
!75 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!76 = !{!77}
!77 = !DITemplateTypeParameter(name: "T", type: !73)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !60, file: !15, baseType: !23, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !60, file: !15, baseType: !23, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !60, file: !15, baseType: !81, align: 8, offset: 192, flags: DIFlagPrivate)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !82, file: !15, align: 8, flags: DIFlagPublic, elements: !28, templateParams: !83, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!82 = !DINamespace(name: "marker", scope: !20)
!83 = !{!84}
!84 = !DITemplateTypeParameter(name: "T", type: !85)
!85 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !15, size: 128, align: 64, elements: !86, templateParams: !28, identifier: "9277eecd40495f85161460476aacc992")
!86 = !{!87, !88}
!87 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !85, file: !15, baseType: !72, size: 64, align: 64)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !85, file: !15, baseType: !75, size: 64, align: 64, offset: 64)
!89 = !{!52}
!90 = !DILocation(line: 2080, column: 32, scope: !53, inlinedAt: !91)
!91 = !DILocation(line: 21, column: 18, scope: !31, inlinedAt: !37)
!92 = !DILocation(line: 2091, column: 9, scope: !53, inlinedAt: !91)
!93 = !DILocation(line: 2443, column: 22, scope: !41, inlinedAt: !94)
!94 = !DILocation(line: 21, column: 48, scope: !95, inlinedAt: !39)
!95 = !DILexicalBlockFile(scope: !31, file: !8, discriminator: 2)
!96 = !DILocation(line: 21, column: 37, scope: !31, inlinedAt: !39)
!97 = !DILocation(line: 2080, column: 32, scope: !53, inlinedAt: !98)
!98 = !DILocation(line: 21, column: 18, scope: !95, inlinedAt: !39)
!99 = !DILocation(line: 2091, column: 9, scope: !53, inlinedAt: !98)
!100 = !DILocation(line: 44, column: 5, scope: !7)
!101 = !DILocation(line: 45, column: 2, scope: !7)
!102 = distinct !DISubprogram(name: "reader", linkageName: "_ZN13volatile_cell6reader17hf2e85f6e1699a580E", scope: !9, file: !8, line: 31, type: !103, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !28, retainedNodes: !114)
!103 = !DISubroutineType(types: !104)
!104 = !{null, !105}
!105 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&volatile_cell::VolatileCell<usize>", baseType: !106, size: 64, align: 64, dwarfAddressSpace: 0)
!106 = !DICompositeType(tag: DW_TAG_structure_type, name: "VolatileCell<usize>", scope: !9, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !107, templateParams: !112, identifier: "69ce4732d20254e3617e96413a6bca9f")
!107 = !{!108}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !106, file: !15, baseType: !109, size: 64, align: 64, flags: DIFlagPrivate)
!109 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !19, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !110, templateParams: !112, identifier: "39a99da3e6158f476ae51abf051b55a8")
!110 = !{!111}
!111 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !109, file: !15, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!112 = !{!113}
!113 = !DITemplateTypeParameter(name: "T", type: !75)
!114 = !{!115}
!115 = !DILocalVariable(name: "a", arg: 1, scope: !102, file: !8, line: 31, type: !105)
!116 = !DILocation(line: 31, column: 15, scope: !102)
!117 = !DILocalVariable(name: "self", arg: 1, scope: !118, file: !8, line: 20, type: !105)
!118 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h1a0d2a30bfe287baE", scope: !106, file: !8, line: 20, type: !119, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !112, declaration: !121, retainedNodes: !122)
!119 = !DISubroutineType(types: !120)
!120 = !{!75, !105}
!121 = !DISubprogram(name: "get<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h1a0d2a30bfe287baE", scope: !106, file: !8, line: 20, type: !119, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !112)
!122 = !{!117}
!123 = !DILocation(line: 20, column: 16, scope: !118, inlinedAt: !124)
!124 = !DILocation(line: 32, column: 13, scope: !102)
!125 = !DILocation(line: 32, column: 5, scope: !102)
!126 = !DILocalVariable(name: "self", arg: 1, scope: !127, file: !42, line: 2443, type: !131)
!127 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h03cc6a60b490f204E", scope: !109, file: !42, line: 2443, type: !128, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !112, declaration: !132, retainedNodes: !133)
!128 = !DISubroutineType(types: !129)
!129 = !{!130, !131}
!130 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!131 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !109, size: 64, align: 64, dwarfAddressSpace: 0)
!132 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h03cc6a60b490f204E", scope: !109, file: !42, line: 2443, type: !128, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !112)
!133 = !{!126}
!134 = !DILocation(line: 2443, column: 22, scope: !127, inlinedAt: !135)
!135 = !DILocation(line: 21, column: 48, scope: !118, inlinedAt: !124)
!136 = !DILocation(line: 21, column: 37, scope: !118, inlinedAt: !124)
!137 = !DILocalVariable(name: "src", arg: 1, scope: !138, file: !54, line: 2080, type: !141)
!138 = distinct !DISubprogram(name: "read_volatile<usize>", linkageName: "_ZN4core3ptr13read_volatile17hce6b5e3126c78960E", scope: !55, file: !54, line: 2080, type: !139, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !112, retainedNodes: !142)
!139 = !DISubroutineType(types: !140)
!140 = !{!75, !141, !59}
!141 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!142 = !{!137}
!143 = !DILocation(line: 2080, column: 32, scope: !138, inlinedAt: !144)
!144 = !DILocation(line: 21, column: 18, scope: !118, inlinedAt: !124)
!145 = !DILocation(line: 2091, column: 9, scope: !138, inlinedAt: !144)
!146 = !DILocation(line: 32, column: 11, scope: !102)
!147 = !DILocation(line: 35, column: 2, scope: !102)
!148 = distinct !DISubprogram(name: "writer", linkageName: "_ZN13volatile_cell6writer17h9bb22eb8e910a509E", scope: !9, file: !8, line: 38, type: !103, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !28, retainedNodes: !149)
!149 = !{!150}
!150 = !DILocalVariable(name: "a", arg: 1, scope: !148, file: !8, line: 38, type: !105)
!151 = !DILocation(line: 38, column: 15, scope: !148)
!152 = !DILocalVariable(name: "self", arg: 1, scope: !153, file: !8, line: 25, type: !105)
!153 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3set17h2def084e31445a81E", scope: !106, file: !8, line: 25, type: !154, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !112, declaration: !156, retainedNodes: !157)
!154 = !DISubroutineType(types: !155)
!155 = !{null, !105, !75}
!156 = !DISubprogram(name: "set<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3set17h2def084e31445a81E", scope: !106, file: !8, line: 25, type: !154, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !112)
!157 = !{!152, !158}
!158 = !DILocalVariable(name: "value", scope: !153, file: !8, line: 25, type: !75, align: 64)
!159 = !DILocation(line: 25, column: 16, scope: !153, inlinedAt: !160)
!160 = !DILocation(line: 39, column: 7, scope: !148)
!161 = !DILocation(line: 25, column: 23, scope: !153, inlinedAt: !160)
!162 = !DILocation(line: 2167, column: 46, scope: !163, inlinedAt: !169)
!163 = distinct !DISubprogram(name: "write_volatile<usize>", linkageName: "_ZN4core3ptr14write_volatile17haf30758e2a4bd6b1E", scope: !55, file: !54, line: 2167, type: !164, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !112, retainedNodes: !166)
!164 = !DISubroutineType(types: !165)
!165 = !{null, !130, !75, !59}
!166 = !{!167, !168}
!167 = !DILocalVariable(name: "dst", arg: 1, scope: !163, file: !54, line: 2167, type: !130)
!168 = !DILocalVariable(name: "src", scope: !163, file: !54, line: 2167, type: !75, align: 64)
!169 = !DILocation(line: 26, column: 18, scope: !153, inlinedAt: !160)
!170 = !DILocalVariable(name: "self", arg: 1, scope: !171, file: !42, line: 2443, type: !131)
!171 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h03cc6a60b490f204E", scope: !109, file: !42, line: 2443, type: !128, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !112, declaration: !132, retainedNodes: !172)
!172 = !{!170}
!173 = !DILocation(line: 2443, column: 22, scope: !171, inlinedAt: !174)
!174 = !DILocation(line: 26, column: 49, scope: !153, inlinedAt: !160)
!175 = !DILocation(line: 2447, column: 9, scope: !171, inlinedAt: !174)
!176 = !DILocation(line: 2167, column: 33, scope: !163, inlinedAt: !169)
!177 = !DILocation(line: 2178, column: 9, scope: !163, inlinedAt: !169)
!178 = !DILocation(line: 40, column: 2, scope: !148)
