; ModuleID = 'raw_pointers.3f13836abc0c5dc5-cgu.0'
source_filename = "raw_pointers.3f13836abc0c5dc5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; raw_pointers::wait_mmio_ready
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12raw_pointers15wait_mmio_ready17h77be665f36cf7df0E() unnamed_addr #0 !dbg !7 {
start:
  %0 = alloca [4 x i8], align 4
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr inttoptr (i64 1073741824 to ptr), ptr %src.dbg.spill, align 8, !dbg !13
    #dbg_declare(ptr %src.dbg.spill, !54, !DIExpression(), !13)
  br label %bb1, !dbg !58

bb1:                                              ; preds = %bb2, %start
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !59
  %1 = load volatile i32, ptr inttoptr (i64 1073741824 to ptr), align 4, !dbg !59
  store i32 %1, ptr %0, align 4, !dbg !59
  %_2 = load i32, ptr %0, align 4, !dbg !59, !noundef !12
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !59
  %_1 = and i32 %_2, 1, !dbg !60
  %2 = icmp eq i32 %_1, 0, !dbg !60
  br i1 %2, label %bb2, label %bb3, !dbg !60

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !58

bb3:                                              ; preds = %bb1
  ret void, !dbg !61
}

; raw_pointers::poll_raw_and_clear
; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN12raw_pointers18poll_raw_and_clear17h6de36c2bff24982cE(ptr noundef %p) unnamed_addr #0 !dbg !62 {
start:
  %v.dbg.spill = alloca [4 x i8], align 4
  %p.dbg.spill = alloca [8 x i8], align 8
  store ptr %p, ptr %p.dbg.spill, align 8
    #dbg_declare(ptr %p.dbg.spill, !67, !DIExpression(), !70)
  br label %bb1, !dbg !71

bb1:                                              ; preds = %bb2, %start
  %_2 = load i32, ptr %p, align 4, !dbg !72, !noundef !12
  %0 = icmp eq i32 %_2, 0, !dbg !72
  br i1 %0, label %bb2, label %bb3, !dbg !72

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !71

bb3:                                              ; preds = %bb1
  %v = load i32, ptr %p, align 4, !dbg !73, !noundef !12
  store i32 %v, ptr %v.dbg.spill, align 4, !dbg !73
    #dbg_declare(ptr %v.dbg.spill, !68, !DIExpression(), !74)
  store i32 0, ptr %p, align 4, !dbg !75
  ret i32 %v, !dbg !76
}

; raw_pointers::poll_raw
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12raw_pointers8poll_raw17h8751414fbce08eceE(ptr noundef %p) unnamed_addr #0 !dbg !77 {
start:
  %p.dbg.spill = alloca [8 x i8], align 8
  store ptr %p, ptr %p.dbg.spill, align 8
    #dbg_declare(ptr %p.dbg.spill, !82, !DIExpression(), !83)
  br label %bb1, !dbg !84

bb1:                                              ; preds = %bb2, %start
  %_2 = load i64, ptr %p, align 8, !dbg !85, !noundef !12
  %0 = icmp eq i64 %_2, 0, !dbg !85
  br i1 %0, label %bb2, label %bb3, !dbg !85

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !84

bb3:                                              ; preds = %bb1
  ret void, !dbg !86
}

; raw_pointers::uart_getc
; Function Attrs: noinline nonlazybind uwtable
define noundef i8 @_ZN12raw_pointers9uart_getc17he39969bdbba5b8e9E() unnamed_addr #0 !dbg !87 {
start:
  %0 = alloca [4 x i8], align 4
  %src.dbg.spill1 = alloca [8 x i8], align 8
  %1 = alloca [4 x i8], align 4
  %src.dbg.spill = alloca [8 x i8], align 8
  store ptr inttoptr (i64 1073745920 to ptr), ptr %src.dbg.spill, align 8, !dbg !90
    #dbg_declare(ptr %src.dbg.spill, !93, !DIExpression(), !90)
  br label %bb1, !dbg !96

bb1:                                              ; preds = %bb2, %start
  call void @llvm.lifetime.start.p0(ptr %1), !dbg !97
  %2 = load volatile i32, ptr inttoptr (i64 1073745920 to ptr), align 4, !dbg !97
  store i32 %2, ptr %1, align 4, !dbg !97
  %_2 = load i32, ptr %1, align 4, !dbg !97, !noundef !12
  call void @llvm.lifetime.end.p0(ptr %1), !dbg !97
  %_1 = and i32 %_2, 32, !dbg !95
  %3 = icmp eq i32 %_1, 0, !dbg !95
  br i1 %3, label %bb2, label %bb3, !dbg !95

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !96

bb3:                                              ; preds = %bb1
  store ptr getelementptr inbounds (i8, ptr inttoptr (i64 1073745920 to ptr), i64 4), ptr %src.dbg.spill1, align 8, !dbg !98
    #dbg_declare(ptr %src.dbg.spill1, !94, !DIExpression(), !99)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !101
  %4 = load volatile i32, ptr getelementptr inbounds (i8, ptr inttoptr (i64 1073745920 to ptr), i64 4), align 4, !dbg !101
  store i32 %4, ptr %0, align 4, !dbg !101
  %_3 = load i32, ptr %0, align 4, !dbg !101, !noundef !12
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !101
  %_0 = trunc i32 %_3 to i8, !dbg !100
  ret i8 %_0, !dbg !102
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
!6 = !DIFile(filename: "testdata/rust/src/raw_pointers.rs/@/raw_pointers.3f13836abc0c5dc5-cgu.0", directory: ".")
!7 = distinct !DISubprogram(name: "wait_mmio_ready", linkageName: "_ZN12raw_pointers15wait_mmio_ready17h77be665f36cf7df0E", scope: !9, file: !8, line: 30, type: !10, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12)
!8 = !DIFile(filename: "testdata/rust/src/raw_pointers.rs", directory: ".", checksumkind: CSK_MD5, checksum: "7e16a2e6c22b877fb4b3fc2848bcee18")
!9 = !DINamespace(name: "raw_pointers", scope: null)
!10 = !DISubroutineType(types: !11)
!11 = !{null}
!12 = !{}
!13 = !DILocation(line: 2080, column: 32, scope: !14, inlinedAt: !57)
!14 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h74893c7219b091bfE", scope: !16, file: !15, line: 2080, type: !18, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !55, retainedNodes: !53)
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
!53 = !{!54}
!54 = !DILocalVariable(name: "src", scope: !14, file: !15, line: 2080, type: !21, align: 64)
!55 = !{!56}
!56 = !DITemplateTypeParameter(name: "T", type: !20)
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
!70 = !DILocation(line: 17, column: 34, scope: !62)
!71 = !DILocation(line: 18, column: 5, scope: !62)
!72 = !DILocation(line: 18, column: 11, scope: !62)
!73 = !DILocation(line: 19, column: 13, scope: !62)
!74 = !DILocation(line: 19, column: 9, scope: !69)
!75 = !DILocation(line: 20, column: 5, scope: !69)
!76 = !DILocation(line: 22, column: 2, scope: !62)
!77 = distinct !DISubprogram(name: "poll_raw", linkageName: "_ZN12raw_pointers8poll_raw17h8751414fbce08eceE", scope: !9, file: !8, line: 10, type: !78, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12, retainedNodes: !81)
!78 = !DISubroutineType(types: !79)
!79 = !{null, !80}
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !{!82}
!82 = !DILocalVariable(name: "p", arg: 1, scope: !77, file: !8, line: 10, type: !80)
!83 = !DILocation(line: 10, column: 24, scope: !77)
!84 = !DILocation(line: 11, column: 5, scope: !77)
!85 = !DILocation(line: 11, column: 11, scope: !77)
!86 = !DILocation(line: 12, column: 2, scope: !77)
!87 = distinct !DISubprogram(name: "uart_getc", linkageName: "_ZN12raw_pointers9uart_getc17he39969bdbba5b8e9E", scope: !9, file: !8, line: 46, type: !88, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !12)
!88 = !DISubroutineType(types: !89)
!89 = !{!37}
!90 = !DILocation(line: 2080, column: 32, scope: !91, inlinedAt: !95)
!91 = distinct !DISubprogram(name: "read_volatile<u32>", linkageName: "_ZN4core3ptr13read_volatile17h74893c7219b091bfE", scope: !16, file: !15, line: 2080, type: !18, scopeLine: 2080, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !5, templateParams: !55, retainedNodes: !92)
!92 = !{!93, !94}
!93 = !DILocalVariable(name: "src", scope: !91, file: !15, line: 2080, type: !21, align: 64)
!94 = !DILocalVariable(name: "src", arg: 1, scope: !91, file: !15, line: 2080, type: !21)
!95 = !DILocation(line: 48, column: 15, scope: !87)
!96 = !DILocation(line: 48, column: 9, scope: !87)
!97 = !DILocation(line: 2091, column: 9, scope: !91, inlinedAt: !95)
!98 = !DILocation(line: 49, column: 28, scope: !87)
!99 = !DILocation(line: 2080, column: 32, scope: !91, inlinedAt: !100)
!100 = !DILocation(line: 49, column: 9, scope: !87)
!101 = !DILocation(line: 2091, column: 9, scope: !91, inlinedAt: !100)
!102 = !DILocation(line: 51, column: 2, scope: !87)
