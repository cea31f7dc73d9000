; ModuleID = 'raw_pointers.3f13836abc0c5dc5-cgu.0'
source_filename = "raw_pointers.3f13836abc0c5dc5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; raw_pointers::wait_mmio_ready
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define void @_ZN12raw_pointers15wait_mmio_ready17h77be665f36cf7df0E() unnamed_addr #0 !dbg !7 {
start:
    #dbg_value(ptr inttoptr (i64 1073741824 to ptr), !13, !DIExpression(), !56)
  br label %bb1, !dbg !58

bb1:                                              ; preds = %bb1, %start
  %0 = load volatile i32, ptr inttoptr (i64 1073741824 to ptr), align 1073741824, !dbg !59
  %_1 = and i32 %0, 1, !dbg !60
  %1 = icmp eq i32 %_1, 0, !dbg !60
  br i1 %1, label %bb1, label %bb3, !dbg !60

bb3:                                              ; preds = %bb1
  ret void, !dbg !61
}

; raw_pointers::poll_raw_and_clear
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define noundef range(i32 1, 0) i32 @_ZN12raw_pointers18poll_raw_and_clear17h6de36c2bff24982cE(ptr noundef captures(none) %p) unnamed_addr #1 !dbg !62 {
start:
    #dbg_value(ptr %p, !67, !DIExpression(), !70)
  %_2.pr = load i32, ptr %p, align 4, !dbg !71
  %0 = icmp eq i32 %_2.pr, 0, !dbg !71
  br i1 %0, label %bb1, label %bb3, !dbg !71

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !71

bb3:                                              ; preds = %start
    #dbg_value(i32 %_2.pr, !68, !DIExpression(), !72)
  store i32 0, ptr %p, align 4, !dbg !73
  ret i32 %_2.pr, !dbg !74
}

; raw_pointers::poll_raw
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define void @_ZN12raw_pointers8poll_raw17h8751414fbce08eceE(ptr noundef readonly captures(none) %p) unnamed_addr #2 !dbg !75 {
start:
    #dbg_value(ptr %p, !80, !DIExpression(), !81)
  %_2.pr = load i64, ptr %p, align 8, !dbg !82
  %0 = icmp eq i64 %_2.pr, 0, !dbg !82
  br i1 %0, label %bb1, label %bb3, !dbg !82

bb1:                                              ; preds = %start, %bb1
  br label %bb1, !dbg !82

bb3:                                              ; preds = %start
  ret void, !dbg !83
}

; raw_pointers::uart_getc
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define noundef i8 @_ZN12raw_pointers9uart_getc17he39969bdbba5b8e9E() unnamed_addr #0 !dbg !84 {
start:
    #dbg_value(ptr inttoptr (i64 1073745920 to ptr), !87, !DIExpression(), !91)
  br label %bb1, !dbg !93

bb1:                                              ; preds = %bb1, %start
  %0 = load volatile i32, ptr inttoptr (i64 1073745920 to ptr), align 4096, !dbg !94
  %_1 = and i32 %0, 32, !dbg !92
  %1 = icmp eq i32 %_1, 0, !dbg !92
  br i1 %1, label %bb1, label %bb3, !dbg !92

bb3:                                              ; preds = %bb1
    #dbg_value(ptr getelementptr inbounds (i8, ptr inttoptr (i64 1073745920 to ptr), i64 4), !90, !DIExpression(), !95)
  %2 = load volatile i32, ptr inttoptr (i64 1073745924 to ptr), align 4, !dbg !97
  %_0 = trunc i32 %2 to i8, !dbg !96
  ret i8 %_0, !dbg !98
}

attributes #0 = { nofree noinline norecurse nounwind nonlazybind memory(readwrite, target_mem0: none, target_mem1: none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.dbg.cu = !{!5}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{i32 7, !"Dwarf Version", i32 4}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !6, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!6 = !DIFile(filename: "testdata/rust/src/raw_pointers.rs/@/raw_pointers.3f13836abc0c5dc5-cgu.0", directory: ".")
!7 = distinct !DISubprogram(name: "wait_mmio_ready", linkageName: "_ZN12raw_pointers15wait_mmio_ready17h77be665f36cf7df0E", scope: !9, file: !8, line: 30, type: !10, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12)
!8 = !DIFile(filename: "testdata/rust/src/raw_pointers.rs", directory: ".", checksumkind: CSK_MD5, checksum: "7e16a2e6c22b877fb4b3fc2848bcee18")
!9 = !DINamespace(name: "raw_pointers", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{null}
!12 = !{}
!13 = !DILocalVariable(name: "src", scope: !14, file: !15, line: 2080, type: !21, align: 64)
!14 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h74893c7219b091bfE", scope: !16, file: !15, line: 2080, type: !18, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !54, retainedNodes: !53)
!15 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!16 = !DINamespace(name: "ptr", scope: !17)
!17 = !DINamespace(name: "core", scope: null)
!18 = !DISubroutineType(types: !19)
!19 = !{!20, !21, !22}
!20 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u32", baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!23 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !25, file: !24, size: 192, align: 64, flags: DIFlagPublic, elements: !27, templateParams: !12, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!24 = !DIFile(filename: "<unknown>", directory: "")
!25 = !DINamespace(name: "location", scope: !26)
!26 = !DINamespace(name: "panic", scope: !17)
!27 = !{!28, !42, !43, !44}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !23, file: !24, baseType: !29, size: 128, align: 64, flags: DIFlagPrivate)
!29 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !30, file: !24, size: 128, align: 64, flags: DIFlagPublic, elements: !31, templateParams: !40, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!30 = !DINamespace(name: "non_null", scope: !16)
!31 = !{!32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !29, file: !24, baseType: !33, size: 128, align: 64, flags: DIFlagPrivate)
!33 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !24, size: 128, align: 64, elements: !34, templateParams: !12, identifier: "238a44609877474087c05adf26cd41fa")
!34 = !{!35, !38}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !33, file: !24, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !33, file: !24, baseType: !39, size: 64, align: 64, offset: 64)
!39 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!40 = !{!41}
!41 = !DITemplateTypeParameter(name: "T", type: !37)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !23, file: !24, baseType: !20, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !23, file: !24, baseType: !20, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !23, file: !24, baseType: !45, align: 8, offset: 192, flags: DIFlagPrivate)
!45 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !46, file: !24, align: 8, flags: DIFlagPublic, elements: !12, templateParams: !47, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!46 = !DINamespace(name: "marker", scope: !17)
!47 = !{!48}
!48 = !DITemplateTypeParameter(name: "T", type: !49)
!49 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !24, size: 128, align: 64, elements: !50, templateParams: !12, identifier: "9277eecd40495f85161460476aacc992")
!50 = !{!51, !52}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !49, file: !24, baseType: !36, size: 64, align: 64)
!52 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !49, file: !24, baseType: !39, size: 64, align: 64, offset: 64)
!53 = !{!13}
!54 = !{!55}
!55 = !DITemplateTypeParameter(name: "T", type: !20)
!56 = !DILocation(line: 0, scope: !14, inlinedAt: !57)
!57 = !DILocation(line: 31, column: 20, scope: !7)
!58 = !DILocation(line: 31, column: 5, scope: !7)
!59 = !DILocation(line: 2091, column: 9, scope: !14, inlinedAt: !57)
!60 = !DILocation(line: 31, column: 11, scope: !7)
!61 = !DILocation(line: 32, column: 2, scope: !7)
!62 = distinct !DISubprogram(name: "poll_raw_and_clear", linkageName: "_ZN12raw_pointers18poll_raw_and_clear17h6de36c2bff24982cE", scope: !9, file: !8, line: 17, type: !63, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12, retainedNodes: !66)
!63 = !DISubroutineType(types: !64)
!64 = !{!20, !65}
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !20, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !{!67, !68}
!67 = !DILocalVariable(name: "p", arg: 1, scope: !62, file: !8, line: 17, type: !65)
!68 = !DILocalVariable(name: "v", scope: !69, file: !8, line: 19, type: !20, align: 32)
!69 = distinct !DILexicalBlock(scope: !62, file: !8, line: 19, column: 5)
!70 = !DILocation(line: 0, scope: !62)
!71 = !DILocation(line: 18, column: 11, scope: !62)
!72 = !DILocation(line: 0, scope: !69)
!73 = !DILocation(line: 20, column: 5, scope: !69)
!74 = !DILocation(line: 22, column: 2, scope: !62)
!75 = distinct !DISubprogram(name: "poll_raw", linkageName: "_ZN12raw_pointers8poll_raw17h8751414fbce08eceE", scope: !9, file: !8, line: 10, type: !76, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12, retainedNodes: !79)
!76 = !DISubroutineType(types: !77)
!77 = !{null, !78}
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !{!80}
!80 = !DILocalVariable(name: "p", arg: 1, scope: !75, file: !8, line: 10, type: !78)
!81 = !DILocation(line: 0, scope: !75)
!82 = !DILocation(line: 11, column: 11, scope: !75)
!83 = !DILocation(line: 12, column: 2, scope: !75)
!84 = distinct !DISubprogram(name: "uart_getc", linkageName: "_ZN12raw_pointers9uart_getc17he39969bdbba5b8e9E", scope: !9, file: !8, line: 46, type: !85, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12)
!85 = !DISubroutineType(types: !86)
!86 = !{!37}
!87 = !DILocalVariable(name: "src", scope: !88, file: !15, line: 2080, type: !21, align: 64)
!88 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h74893c7219b091bfE", scope: !16, file: !15, line: 2080, type: !18, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !54, retainedNodes: !89)
!89 = !{!87, !90}
!90 = !DILocalVariable(name: "src", arg: 1, scope: !88, file: !15, line: 2080, type: !21)
!91 = !DILocation(line: 0, scope: !88, inlinedAt: !92)
!92 = !DILocation(line: 48, column: 15, scope: !84)
!93 = !DILocation(line: 48, column: 9, scope: !84)
!94 = !DILocation(line: 2091, column: 9, scope: !88, inlinedAt: !92)
!95 = !DILocation(line: 0, scope: !88, inlinedAt: !96)
!96 = !DILocation(line: 49, column: 9, scope: !84)
!97 = !DILocation(line: 2091, column: 9, scope: !88, inlinedAt: !96)
!98 = !DILocation(line: 51, column: 2, scope: !84)
