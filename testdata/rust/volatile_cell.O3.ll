; ModuleID = 'volatile_cell.d236791d4eb4aedc-cgu.0'
source_filename = "volatile_cell.d236791d4eb4aedc-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; volatile_cell::read_twice
; Function Attrs: mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define noundef zeroext i1 @_ZN13volatile_cell10read_twice17h96bab827fca42864E(ptr noundef nonnull align 4 %a) unnamed_addr #0 !dbg !7 {
start:
    #dbg_value(ptr %a, !27, !DIExpression(), !29)
    #dbg_value(ptr %a, !30, !DIExpression(), !36)
    #dbg_value(ptr %a, !30, !DIExpression(), !38)
    #dbg_value(ptr %a, !40, !DIExpression(), !78)
  %0 = load volatile i32, ptr %a, align 4, !dbg !80
    #dbg_value(ptr %a, !40, !DIExpression(), !81)
  %1 = load volatile i32, ptr %a, align 4, !dbg !84
  %_0 = icmp eq i32 %0, %1, !dbg !85
  ret i1 %_0, !dbg !86
}

; volatile_cell::reader
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define void @_ZN13volatile_cell6reader17hf2e85f6e1699a580E(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !87 {
start:
    #dbg_value(ptr %a, !100, !DIExpression(), !101)
    #dbg_value(ptr %a, !102, !DIExpression(), !108)
  br label %bb1, !dbg !110

bb1:                                              ; preds = %bb1, %start
    #dbg_value(ptr %a, !111, !DIExpression(), !117)
  %0 = load volatile i64, ptr %a, align 8, !dbg !119
  %1 = icmp eq i64 %0, 0, !dbg !120
  br i1 %1, label %bb1, label %bb3, !dbg !120

bb3:                                              ; preds = %bb1
  ret void, !dbg !121
}

; volatile_cell::writer
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define void @_ZN13volatile_cell6writer17h9bb22eb8e910a509E(ptr noundef nonnull align 8 %a) unnamed_addr #1 !dbg !122 {
start:
    #dbg_value(ptr %a, !124, !DIExpression(), !125)
    #dbg_value(ptr %a, !126, !DIExpression(), !133)
    #dbg_value(i64 1, !132, !DIExpression(), !133)
    #dbg_value(i64 1, !135, !DIExpression(), !142)
    #dbg_value(ptr %a, !141, !DIExpression(), !142)
  store volatile i64 1, ptr %a, align 8, !dbg !144
  ret void, !dbg !145
}

attributes #0 = { mustprogress nofree noinline norecurse nounwind nonlazybind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

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
!29 = !DILocation(line: 0, scope: !7)
!30 = !DILocalVariable(name: "self", arg: 1, scope: !31, file: !8, line: 20, type: !13)
!31 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h21e31fcd7efdba83E", scope: !14, file: !8, line: 20, type: !32, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !24, declaration: !34, retainedNodes: !35)
!32 = !DISubroutineType(types: !33)
!33 = !{!23, !13}
!34 = !DISubprogram(name: "get<u32>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h21e31fcd7efdba83E", scope: !14, file: !8, line: 20, type: !32, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !24)
!35 = !{!30}
!36 = !DILocation(line: 0, scope: !31, inlinedAt: !37)
!37 = !DILocation(line: 44, column: 7, scope: !7)
!38 = !DILocation(line: 0, scope: !31, inlinedAt: !39)
!39 = !DILocation(line: 44, column: 18, scope: !7)
!40 = !DILocalVariable(name: "src", arg: 1, scope: !41, file: !42, line: 2080, type: !46)
!41 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h3a516eebb3469ce4E", scope: !43, file: !42, line: 2080, type: !44, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !24, retainedNodes: !77)
!42 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!43 = !DINamespace(name: "ptr", scope: !20)
!44 = !DISubroutineType(types: !45)
!45 = !{!23, !46, !47}
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u32", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !49, file: !15, size: 192, align: 64, flags: DIFlagPublic, elements: !51, templateParams: !28, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!49 = !DINamespace(name: "location", scope: !50)
!50 = !DINamespace(name: "panic", scope: !20)
!51 = !{!52, !66, !67, !68}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !48, file: !15, baseType: !53, size: 128, align: 64, flags: DIFlagPrivate)
!53 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !54, file: !15, size: 128, align: 64, flags: DIFlagPublic, elements: !55, templateParams: !64, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!54 = !DINamespace(name: "non_null", scope: !43)
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !53, file: !15, baseType: !57, size: 128, align: 64, flags: DIFlagPrivate)
!57 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !15, size: 128, align: 64, elements: !58, templateParams: !28, identifier: "238a44609877474087c05adf26cd41fa")
!58 = !{!59, !62}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !57, file: !15, baseType: !60, size: 64, align: 64)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!61 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !57, file: !15, baseType: !63, size: 64, align: 64, offset: 64)
!63 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!64 = !{!65}
!65 = !DITemplateTypeParameter(name: "T", type: !61)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !48, file: !15, baseType: !23, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !48, file: !15, baseType: !23, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !48, file: !15, baseType: !69, align: 8, offset: 192, flags: DIFlagPrivate)
!69 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !70, file: !15, align: 8, flags: DIFlagPublic, elements: !28, templateParams: !71, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!70 = !DINamespace(name: "marker", scope: !20)
!71 = !{!72}
!72 = !DITemplateTypeParameter(name: "T", type: !73)
!73 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !15, size: 128, align: 64, elements: !74, templateParams: !28, identifier: "9277eecd40495f85161460476aacc992")
!74 = !{!75, !76}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !73, file: !15, baseType: !60, size: 64, align: 64)
!76 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !73, file: !15, baseType: !63, size: 64, align: 64, offset: 64)
!77 = !{!40}
!78 = !DILocation(line: 0, scope: !41, inlinedAt: !79)
!79 = !DILocation(line: 21, column: 18, scope: !31, inlinedAt: !37)
!80 = !DILocation(line: 2091, column: 9, scope: !41, inlinedAt: !79)
!81 = !DILocation(line: 0, scope: !41, inlinedAt: !82)
!82 = !DILocation(line: 21, column: 18, scope: !83, inlinedAt: !39)
!83 = !DILexicalBlockFile(scope: !31, file: !8, discriminator: 2)
!84 = !DILocation(line: 2091, column: 9, scope: !41, inlinedAt: !82)
!85 = !DILocation(line: 44, column: 5, scope: !7)
!86 = !DILocation(line: 45, column: 2, scope: !7)
!87 = distinct !DISubprogram(name: "reader", linkageName: "_ZN13volatile_cell6reader17hf2e85f6e1699a580E", scope: !9, file: !8, line: 31, type: !88, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !28, retainedNodes: !99)
!88 = !DISubroutineType(types: !89)
!89 = !{null, !90}
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&volatile_cell::VolatileCell<usize>", baseType: !91, size: 64, align: 64, dwarfAddressSpace: 0)
!91 = !DICompositeType(tag: DW_TAG_structure_type, name: "VolatileCell<usize>", scope: !9, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !92, templateParams: !97, identifier: "69ce4732d20254e3617e96413a6bca9f")
!92 = !{!93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !91, file: !15, baseType: !94, size: 64, align: 64, flags: DIFlagPrivate)
!94 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !19, file: !15, size: 64, align: 64, flags: DIFlagPublic, elements: !95, templateParams: !97, identifier: "39a99da3e6158f476ae51abf051b55a8")
!95 = !{!96}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !94, file: !15, baseType: !63, size: 64, align: 64, flags: DIFlagPrivate)
!97 = !{!98}
!98 = !DITemplateTypeParameter(name: "T", type: !63)
!99 = !{!100}
!100 = !DILocalVariable(name: "a", arg: 1, scope: !87, file: !8, line: 31, type: !90)
!101 = !DILocation(line: 0, scope: !87)
!102 = !DILocalVariable(name: "self", arg: 1, scope: !103, file: !8, line: 20, type: !90)
!103 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h1a0d2a30bfe287baE", scope: !91, file: !8, line: 20, type: !104, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !97, declaration: !106, retainedNodes: !107)
!104 = !DISubroutineType(types: !105)
!105 = !{!63, !90}
!106 = !DISubprogram(name: "get<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3get17h1a0d2a30bfe287baE", scope: !91, file: !8, line: 20, type: !104, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !97)
!107 = !{!102}
!108 = !DILocation(line: 0, scope: !103, inlinedAt: !109)
!109 = !DILocation(line: 32, column: 13, scope: !87)
!110 = !DILocation(line: 32, column: 5, scope: !87)
!111 = !DILocalVariable(name: "src", arg: 1, scope: !112, file: !42, line: 2080, type: !115)
!112 = distinct !DISubprogram(name: "read_volatile<usize>", linkageName: "_ZN4core3ptr13read_volatile17hce6b5e3126c78960E", scope: !43, file: !42, line: 2080, type: !113, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !97, retainedNodes: !116)
!113 = !DISubroutineType(types: !114)
!114 = !{!63, !115, !47}
!115 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!116 = !{!111}
!117 = !DILocation(line: 0, scope: !112, inlinedAt: !118)
!118 = !DILocation(line: 21, column: 18, scope: !103, inlinedAt: !109)
!119 = !DILocation(line: 2091, column: 9, scope: !112, inlinedAt: !118)
!120 = !DILocation(line: 32, column: 11, scope: !87)
!121 = !DILocation(line: 35, column: 2, scope: !87)
!122 = distinct !DISubprogram(name: "writer", linkageName: "_ZN13volatile_cell6writer17h9bb22eb8e910a509E", scope: !9, file: !8, line: 38, type: !88, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !28, retainedNodes: !123)
!123 = !{!124}
!124 = !DILocalVariable(name: "a", arg: 1, scope: !122, file: !8, line: 38, type: !90)
!125 = !DILocation(line: 0, scope: !122)
!126 = !DILocalVariable(name: "self", arg: 1, scope: !127, file: !8, line: 25, type: !90)
!127 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3set17h2def084e31445a81E", scope: !91, file: !8, line: 25, type: !128, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !97, declaration: !130, retainedNodes: !131)
!128 = !DISubroutineType(types: !129)
!129 = !{null, !90, !63}
!130 = !DISubprogram(name: "set<usize>", linkageName: "_ZN13volatile_cell21VolatileCell$LT$T$GT$3set17h2def084e31445a81E", scope: !91, file: !8, line: 25, type: !128, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !97)
!131 = !{!126, !132}
!132 = !DILocalVariable(name: "value", scope: !127, file: !8, line: 25, type: !63, align: 64)
!133 = !DILocation(line: 0, scope: !127, inlinedAt: !134)
!134 = !DILocation(line: 39, column: 7, scope: !122)
!135 = !DILocalVariable(name: "src", scope: !136, file: !42, line: 2167, type: !63, align: 64)
!136 = distinct !DISubprogram(name: "write_volatile<usize>", linkageName: "_ZN4core3ptr14write_volatile17haf30758e2a4bd6b1E", scope: !43, file: !42, line: 2167, type: !137, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !97, retainedNodes: !140)
!137 = !DISubroutineType(types: !138)
!138 = !{null, !139, !63, !47}
!139 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!140 = !{!141, !135}
!141 = !DILocalVariable(name: "dst", arg: 1, scope: !136, file: !42, line: 2167, type: !139)
!142 = !DILocation(line: 0, scope: !136, inlinedAt: !143)
!143 = !DILocation(line: 26, column: 18, scope: !127, inlinedAt: !134)
!144 = !DILocation(line: 2178, column: 9, scope: !136, inlinedAt: !143)
!145 = !DILocation(line: 40, column: 2, scope: !122)
