; ModuleID = 'cell_get_twice.5f29398d9433f588-cgu.0'
source_filename = "cell_get_twice.5f29398d9433f588-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE" }>, align 8, !dbg !0

; cell_get_twice::cell_test_writer
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr noundef nonnull align 8 %a, ptr noundef nonnull align 1 %writer.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) %writer.1) unnamed_addr #0 !dbg !39 {
start:
  %second.dbg.spill = alloca [8 x i8], align 8
  %first.dbg.spill = alloca [8 x i8], align 8
  %writer.dbg.spill = alloca [16 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !55, !DIExpression(), !61)
    #dbg_declare(ptr %a.dbg.spill, !62, !DIExpression(), !69)
    #dbg_declare(ptr %a.dbg.spill, !62, !DIExpression(), !71)
  store ptr %writer.0, ptr %writer.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %writer.dbg.spill, i64 8
  store ptr %writer.1, ptr %0, align 8
    #dbg_declare(ptr %writer.dbg.spill, !56, !DIExpression(), !73)
  %first = load i64, ptr %a, align 8, !dbg !74, !noundef !30
  store i64 %first, ptr %first.dbg.spill, align 8, !dbg !74
    #dbg_declare(ptr %first.dbg.spill, !57, !DIExpression(), !75)
  %1 = getelementptr inbounds i8, ptr %writer.1, i64 40, !dbg !76
  %2 = load ptr, ptr %1, align 8, !dbg !76, !invariant.load !30, !nonnull !30
  call void %2(ptr noundef align 1 %writer.0) #4, !dbg !76
  %second = load i64, ptr %a, align 8, !dbg !77, !noundef !30
  store i64 %second, ptr %second.dbg.spill, align 8, !dbg !77
    #dbg_declare(ptr %second.dbg.spill, !59, !DIExpression(), !78)
  %_0 = icmp eq i64 %first, %second, !dbg !79
  ret i1 %_0, !dbg !80
}

; cell_get_twice::cell_test_black_box
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice19cell_test_black_box17h06c2669805d55078E(ptr noundef nonnull align 8 %a) unnamed_addr #0 !dbg !81 {
start:
  %second.dbg.spill = alloca [8 x i8], align 8
  %0 = alloca [8 x i8], align 8
  %first.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !85, !DIExpression(), !90)
    #dbg_declare(ptr %a.dbg.spill, !91, !DIExpression(), !94)
    #dbg_declare(ptr %a.dbg.spill, !96, !DIExpression(), !105)
    #dbg_declare(ptr %a.dbg.spill, !91, !DIExpression(), !107)
  %first = load i64, ptr %a, align 8, !dbg !109, !noundef !30
  store i64 %first, ptr %first.dbg.spill, align 8, !dbg !109
    #dbg_declare(ptr %first.dbg.spill, !86, !DIExpression(), !110)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !111
  store ptr %a, ptr %0, align 8, !dbg !111
  call void asm sideeffect "", "r,~{memory}"(ptr %0), !dbg !111, !srcloc !112
  %_3 = load ptr, ptr %0, align 8, !dbg !111, !nonnull !30, !align !113, !noundef !30
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !111
  %second = load i64, ptr %a, align 8, !dbg !114, !noundef !30
  store i64 %second, ptr %second.dbg.spill, align 8, !dbg !114
    #dbg_declare(ptr %second.dbg.spill, !88, !DIExpression(), !115)
  %_0 = icmp eq i64 %first, %second, !dbg !116
  ret i1 %_0, !dbg !117
}

; cell_get_twice::cell_test_black_box_unit
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice24cell_test_black_box_unit17h7bd422d119abbeb9E(ptr noundef nonnull align 8 %a) unnamed_addr #0 !dbg !118 {
start:
  %second.dbg.spill = alloca [8 x i8], align 8
  %first.dbg.spill = alloca [8 x i8], align 8
  %dummy.dbg.spill = alloca [0 x i8], align 1
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !120, !DIExpression(), !125)
    #dbg_declare(ptr %a.dbg.spill, !126, !DIExpression(), !129)
    #dbg_declare(ptr %a.dbg.spill, !126, !DIExpression(), !131)
    #dbg_declare(ptr %dummy.dbg.spill, !133, !DIExpression(), !140)
  %first = load i64, ptr %a, align 8, !dbg !142, !noundef !30
  store i64 %first, ptr %first.dbg.spill, align 8, !dbg !142
    #dbg_declare(ptr %first.dbg.spill, !121, !DIExpression(), !143)
  call void asm sideeffect "", "~{memory}"(), !dbg !144, !srcloc !112
  %second = load i64, ptr %a, align 8, !dbg !145, !noundef !30
  store i64 %second, ptr %second.dbg.spill, align 8, !dbg !145
    #dbg_declare(ptr %second.dbg.spill, !123, !DIExpression(), !146)
  %_0 = icmp eq i64 %first, %second, !dbg !147
  ret i1 %_0, !dbg !148
}

; cell_get_twice::cell_demo
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice9cell_demo17hd35eeecb9bfd9e50E() unnamed_addr #0 !dbg !149 {
start:
  %value.dbg.spill = alloca [8 x i8], align 8
  %_5 = alloca [8 x i8], align 8
  %a = alloca [8 x i8], align 8
    #dbg_declare(ptr %a, !153, !DIExpression(), !155)
  store i64 0, ptr %value.dbg.spill, align 8, !dbg !156
    #dbg_declare(ptr %value.dbg.spill, !162, !DIExpression(), !156)
  call void @llvm.lifetime.start.p0(ptr %a), !dbg !164
  store i64 0, ptr %a, align 8, !dbg !165
  call void @llvm.lifetime.start.p0(ptr %_5), !dbg !166
  store ptr %a, ptr %_5, align 8, !dbg !166
; call cell_get_twice::cell_test_writer
  %_0 = call noundef zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr noundef nonnull align 8 %a, ptr noundef nonnull align 1 %_5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0) #5, !dbg !167
  call void @llvm.lifetime.end.p0(ptr %a), !dbg !168
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !168
  ret i1 %_0, !dbg !169
}

; cell_get_twice::cell_demo::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_1) unnamed_addr #1 !dbg !170 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  %val.dbg.spill1 = alloca [8 x i8], align 8
  %val.dbg.spill = alloca [8 x i8], align 8
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !175, !DIExpression(DW_OP_deref, DW_OP_deref), !176)
  store i64 1, ptr %val.dbg.spill, align 8, !dbg !177
    #dbg_declare(ptr %val.dbg.spill, !184, !DIExpression(), !177)
  store i64 1, ptr %val.dbg.spill1, align 8, !dbg !186
    #dbg_declare(ptr %val.dbg.spill1, !193, !DIExpression(), !186)
  %self = load ptr, ptr %_1, align 8, !dbg !195, !nonnull !30, !align !113, !noundef !30
  store ptr %self, ptr %self.dbg.spill, align 8, !dbg !195
    #dbg_declare(ptr %self.dbg.spill, !183, !DIExpression(), !196)
    #dbg_declare(ptr %self.dbg.spill, !192, !DIExpression(), !197)
  store i64 1, ptr %self, align 8, !dbg !198
  ret void, !dbg !206
}

; cell_get_twice::cell_test
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice9cell_test17h17582eb515b9986dE(ptr noundef nonnull align 8 %a) unnamed_addr #0 !dbg !207 {
start:
  %second.dbg.spill = alloca [8 x i8], align 8
  %first.dbg.spill = alloca [8 x i8], align 8
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !209, !DIExpression(), !214)
    #dbg_declare(ptr %a.dbg.spill, !215, !DIExpression(), !218)
    #dbg_declare(ptr %a.dbg.spill, !215, !DIExpression(), !220)
  %first = load i64, ptr %a, align 8, !dbg !222, !noundef !30
  store i64 %first, ptr %first.dbg.spill, align 8, !dbg !222
    #dbg_declare(ptr %first.dbg.spill, !210, !DIExpression(), !223)
  %second = load i64, ptr %a, align 8, !dbg !224, !noundef !30
  store i64 %second, ptr %second.dbg.spill, align 8, !dbg !224
    #dbg_declare(ptr %second.dbg.spill, !212, !DIExpression(), !225)
  %_0 = icmp eq i64 %first, %second, !dbg !226
  ret i1 %_0, !dbg !227
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E"(ptr noundef %_1) unnamed_addr #1 !dbg !228 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !237, !DIExpression(), !242)
    #dbg_declare(ptr %_2, !238, !DIExpression(), !242)
  %0 = load ptr, ptr %_1, align 8, !dbg !242, !nonnull !30, !align !113, !noundef !30
; call core::ops::function::FnOnce::call_once
  call void @_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE(ptr noundef nonnull align 8 %0) #4, !dbg !242
  ret void, !dbg !242
}

; core::ops::function::FnOnce::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE(ptr noundef nonnull align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !243 {
start:
  %1 = alloca [16 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  %_1 = alloca [8 x i8], align 8
  store ptr %0, ptr %_1, align 8
    #dbg_declare(ptr %_1, !247, !DIExpression(), !249)
    #dbg_declare(ptr %_2, !248, !DIExpression(), !249)
; invoke cell_get_twice::cell_demo::{{closure}}
  invoke void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_1)
          to label %bb1 unwind label %cleanup, !dbg !249

bb3:                                              ; preds = %cleanup
  %2 = load ptr, ptr %1, align 8, !dbg !249, !noundef !30
  %3 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !249
  %4 = load i32, ptr %3, align 8, !dbg !249, !noundef !30
  call void @llvm.lifetime.end.p0(ptr %1), !dbg !249
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0, !dbg !249
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1, !dbg !249
  resume { ptr, i32 } %6, !dbg !249

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %8, ptr %1, align 8
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret void, !dbg !249
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #3

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint }
attributes #5 = { noinline }

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
!61 = !DILocation(line: 32, column: 25, scope: !39)
!62 = !DILocalVariable(name: "self", arg: 1, scope: !63, file: !64, line: 552, type: !19)
!63 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !68)
!64 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!65 = !DISubroutineType(types: !66)
!66 = !{!9, !19}
!67 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!68 = !{!62}
!69 = !DILocation(line: 552, column: 22, scope: !63, inlinedAt: !70)
!70 = !DILocation(line: 33, column: 19, scope: !39)
!71 = !DILocation(line: 552, column: 22, scope: !63, inlinedAt: !72)
!72 = !DILocation(line: 35, column: 20, scope: !58)
!73 = !DILocation(line: 32, column: 42, scope: !39)
!74 = !DILocation(line: 555, column: 18, scope: !63, inlinedAt: !70)
!75 = !DILocation(line: 33, column: 9, scope: !58)
!76 = !DILocation(line: 34, column: 5, scope: !58)
!77 = !DILocation(line: 555, column: 18, scope: !63, inlinedAt: !72)
!78 = !DILocation(line: 35, column: 9, scope: !60)
!79 = !DILocation(line: 36, column: 5, scope: !60)
!80 = !DILocation(line: 37, column: 2, scope: !39)
!81 = distinct !DISubprogram(name: "cell_test_black_box", linkageName: "_ZN14cell_get_twice19cell_test_black_box17h06c2669805d55078E", scope: !16, file: !40, line: 16, type: !82, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !84)
!82 = !DISubroutineType(types: !83)
!83 = !{!43, !19}
!84 = !{!85, !86, !88}
!85 = !DILocalVariable(name: "a", arg: 1, scope: !81, file: !40, line: 16, type: !19)
!86 = !DILocalVariable(name: "first", scope: !87, file: !40, line: 17, type: !9, align: 64)
!87 = distinct !DILexicalBlock(scope: !81, file: !40, line: 17, column: 5)
!88 = !DILocalVariable(name: "second", scope: !89, file: !40, line: 19, type: !9, align: 64)
!89 = distinct !DILexicalBlock(scope: !87, file: !40, line: 19, column: 5)
!90 = !DILocation(line: 16, column: 28, scope: !81)
!91 = !DILocalVariable(name: "self", arg: 1, scope: !92, file: !64, line: 552, type: !19)
!92 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !93)
!93 = !{!91}
!94 = !DILocation(line: 552, column: 22, scope: !92, inlinedAt: !95)
!95 = !DILocation(line: 17, column: 19, scope: !81)
!96 = !DILocalVariable(name: "dummy", arg: 1, scope: !97, file: !98, line: 490, type: !19)
!97 = distinct !DISubprogram(name: "black_box<&core::cell::Cell<usize>>", linkageName: "_ZN4core4hint9black_box17h6128164034b932b2E", scope: !99, file: !98, line: 490, type: !100, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !103, retainedNodes: !102)
!98 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!99 = !DINamespace(name: "hint", scope: !22)
!100 = !DISubroutineType(types: !101)
!101 = !{!19, !19}
!102 = !{!96}
!103 = !{!104}
!104 = !DITemplateTypeParameter(name: "T", type: !19)
!105 = !DILocation(line: 490, column: 27, scope: !97, inlinedAt: !106)
!106 = !DILocation(line: 18, column: 5, scope: !87)
!107 = !DILocation(line: 552, column: 22, scope: !92, inlinedAt: !108)
!108 = !DILocation(line: 19, column: 20, scope: !87)
!109 = !DILocation(line: 555, column: 18, scope: !92, inlinedAt: !95)
!110 = !DILocation(line: 17, column: 9, scope: !87)
!111 = !DILocation(line: 491, column: 5, scope: !97, inlinedAt: !106)
!112 = !{i64 4141735748744896}
!113 = !{i64 8}
!114 = !DILocation(line: 555, column: 18, scope: !92, inlinedAt: !108)
!115 = !DILocation(line: 19, column: 9, scope: !89)
!116 = !DILocation(line: 20, column: 5, scope: !89)
!117 = !DILocation(line: 21, column: 2, scope: !81)
!118 = distinct !DISubprogram(name: "cell_test_black_box_unit", linkageName: "_ZN14cell_get_twice24cell_test_black_box_unit17h7bd422d119abbeb9E", scope: !16, file: !40, line: 24, type: !82, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !119)
!119 = !{!120, !121, !123}
!120 = !DILocalVariable(name: "a", arg: 1, scope: !118, file: !40, line: 24, type: !19)
!121 = !DILocalVariable(name: "first", scope: !122, file: !40, line: 25, type: !9, align: 64)
!122 = distinct !DILexicalBlock(scope: !118, file: !40, line: 25, column: 5)
!123 = !DILocalVariable(name: "second", scope: !124, file: !40, line: 27, type: !9, align: 64)
!124 = distinct !DILexicalBlock(scope: !122, file: !40, line: 27, column: 5)
!125 = !DILocation(line: 24, column: 33, scope: !118)
!126 = !DILocalVariable(name: "self", arg: 1, scope: !127, file: !64, line: 552, type: !19)
!127 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !128)
!128 = !{!126}
!129 = !DILocation(line: 552, column: 22, scope: !127, inlinedAt: !130)
!130 = !DILocation(line: 25, column: 19, scope: !118)
!131 = !DILocation(line: 552, column: 22, scope: !127, inlinedAt: !132)
!132 = !DILocation(line: 27, column: 20, scope: !122)
!133 = !DILocalVariable(name: "dummy", scope: !134, file: !98, line: 490, type: !7, align: 8)
!134 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17hbb7d2e15bf07ad04E", scope: !99, file: !98, line: 490, type: !135, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !138, retainedNodes: !137)
!135 = !DISubroutineType(types: !136)
!136 = !{null, !7}
!137 = !{!133}
!138 = !{!139}
!139 = !DITemplateTypeParameter(name: "T", type: !7)
!140 = !DILocation(line: 490, column: 27, scope: !134, inlinedAt: !141)
!141 = !DILocation(line: 26, column: 5, scope: !122)
!142 = !DILocation(line: 555, column: 18, scope: !127, inlinedAt: !130)
!143 = !DILocation(line: 25, column: 9, scope: !122)
!144 = !DILocation(line: 491, column: 5, scope: !134, inlinedAt: !141)
!145 = !DILocation(line: 555, column: 18, scope: !127, inlinedAt: !132)
!146 = !DILocation(line: 27, column: 9, scope: !124)
!147 = !DILocation(line: 28, column: 5, scope: !124)
!148 = !DILocation(line: 29, column: 2, scope: !118)
!149 = distinct !DISubprogram(name: "cell_demo", linkageName: "_ZN14cell_get_twice9cell_demo17hd35eeecb9bfd9e50E", scope: !16, file: !40, line: 40, type: !150, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !152)
!150 = !DISubroutineType(types: !151)
!151 = !{!43}
!152 = !{!153}
!153 = !DILocalVariable(name: "a", scope: !154, file: !40, line: 41, type: !20, align: 64)
!154 = distinct !DILexicalBlock(scope: !149, file: !40, line: 41, column: 5)
!155 = !DILocation(line: 41, column: 9, scope: !154)
!156 = !DILocation(line: 414, column: 22, scope: !157, inlinedAt: !163)
!157 = distinct !DISubprogram(name: "new<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17hd39cd7bf9a6daecaE", scope: !20, file: !64, line: 414, type: !158, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !160, retainedNodes: !161)
!158 = !DISubroutineType(types: !159)
!159 = !{!20, !9}
!160 = !DISubprogram(name: "new<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17hd39cd7bf9a6daecaE", scope: !20, file: !64, line: 414, type: !158, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!161 = !{!162}
!162 = !DILocalVariable(name: "value", scope: !157, file: !64, line: 414, type: !9, align: 64)
!163 = !DILocation(line: 41, column: 13, scope: !149)
!164 = !DILocation(line: 41, column: 9, scope: !149)
!165 = !DILocation(line: 415, column: 9, scope: !157, inlinedAt: !163)
!166 = !DILocation(line: 42, column: 27, scope: !154)
!167 = !DILocation(line: 42, column: 5, scope: !154)
!168 = !DILocation(line: 43, column: 1, scope: !149)
!169 = !DILocation(line: 43, column: 2, scope: !149)
!170 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE", scope: !15, file: !40, line: 42, type: !171, scopeLine: 42, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !174)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !173}
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&cell_get_twice::cell_demo::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!174 = !{!175}
!175 = !DILocalVariable(name: "a", scope: !170, file: !40, line: 41, type: !20, align: 64)
!176 = !DILocation(line: 41, column: 9, scope: !170)
!177 = !DILocation(line: 433, column: 29, scope: !178, inlinedAt: !185)
!178 = distinct !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h14002d2752702a5cE", scope: !20, file: !64, line: 433, type: !179, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !181, retainedNodes: !182)
!179 = !DISubroutineType(types: !180)
!180 = !{null, !19, !9}
!181 = !DISubprogram(name: "set<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h14002d2752702a5cE", scope: !20, file: !64, line: 433, type: !179, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!182 = !{!183, !184}
!183 = !DILocalVariable(name: "self", arg: 1, scope: !178, file: !64, line: 433, type: !19)
!184 = !DILocalVariable(name: "val", scope: !178, file: !64, line: 433, type: !9, align: 64)
!185 = !DILocation(line: 42, column: 32, scope: !170)
!186 = !DILocation(line: 510, column: 33, scope: !187, inlinedAt: !194)
!187 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h8d6c907d8eef4e22E", scope: !20, file: !64, line: 510, type: !188, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !190, retainedNodes: !191)
!188 = !DISubroutineType(types: !189)
!189 = !{!9, !19, !9}
!190 = !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h8d6c907d8eef4e22E", scope: !20, file: !64, line: 510, type: !188, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!191 = !{!192, !193}
!192 = !DILocalVariable(name: "self", arg: 1, scope: !187, file: !64, line: 510, type: !19)
!193 = !DILocalVariable(name: "val", scope: !187, file: !64, line: 510, type: !9, align: 64)
!194 = !DILocation(line: 437, column: 14, scope: !178, inlinedAt: !185)
!195 = !DILocation(line: 42, column: 30, scope: !170)
!196 = !DILocation(line: 433, column: 22, scope: !178, inlinedAt: !185)
!197 = !DILocation(line: 510, column: 26, scope: !187, inlinedAt: !194)
!198 = !DILocation(line: 902, column: 49, scope: !199, inlinedAt: !205)
!199 = distinct !DISubprogram(name: "replace<usize>", linkageName: "_ZN4core3mem7replace17h7fcf7dcdd4ed378bE", scope: !201, file: !200, line: 887, type: !202, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28)
!200 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!201 = !DINamespace(name: "mem", scope: !22)
!202 = !DISubroutineType(types: !203)
!203 = !{!9, !204, !9}
!204 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!205 = !DILocation(line: 513, column: 9, scope: !187, inlinedAt: !194)
!206 = !DILocation(line: 42, column: 38, scope: !170)
!207 = distinct !DISubprogram(name: "cell_test", linkageName: "_ZN14cell_get_twice9cell_test17h17582eb515b9986dE", scope: !16, file: !40, line: 9, type: !82, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !30, retainedNodes: !208)
!208 = !{!209, !210, !212}
!209 = !DILocalVariable(name: "a", arg: 1, scope: !207, file: !40, line: 9, type: !19)
!210 = !DILocalVariable(name: "first", scope: !211, file: !40, line: 10, type: !9, align: 64)
!211 = distinct !DILexicalBlock(scope: !207, file: !40, line: 10, column: 5)
!212 = !DILocalVariable(name: "second", scope: !213, file: !40, line: 11, type: !9, align: 64)
!213 = distinct !DILexicalBlock(scope: !211, file: !40, line: 11, column: 5)
!214 = !DILocation(line: 9, column: 18, scope: !207)
!215 = !DILocalVariable(name: "self", arg: 1, scope: !216, file: !64, line: 552, type: !19)
!216 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E", scope: !20, file: !64, line: 552, type: !65, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !28, declaration: !67, retainedNodes: !217)
!217 = !{!215}
!218 = !DILocation(line: 552, column: 22, scope: !216, inlinedAt: !219)
!219 = !DILocation(line: 10, column: 19, scope: !207)
!220 = !DILocation(line: 552, column: 22, scope: !216, inlinedAt: !221)
!221 = !DILocation(line: 11, column: 20, scope: !211)
!222 = !DILocation(line: 555, column: 18, scope: !216, inlinedAt: !219)
!223 = !DILocation(line: 10, column: 9, scope: !211)
!224 = !DILocation(line: 555, column: 18, scope: !216, inlinedAt: !221)
!225 = !DILocation(line: 11, column: 9, scope: !213)
!226 = !DILocation(line: 12, column: 5, scope: !213)
!227 = !DILocation(line: 13, column: 2, scope: !207)
!228 = distinct !DISubprogram(name: "call_once<cell_get_twice::cell_demo::{closure_env#0}, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E", scope: !230, file: !229, line: 250, type: !233, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !239, retainedNodes: !236)
!229 = !DIFile(filename: "library/core/src/ops/function.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7165aec212fc528edf645f7f5c1c91bb")
!230 = !DINamespace(name: "FnOnce", scope: !231)
!231 = !DINamespace(name: "function", scope: !232)
!232 = !DINamespace(name: "ops", scope: !22)
!233 = !DISubroutineType(types: !234)
!234 = !{null, !235}
!235 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut cell_get_twice::cell_demo::{closure_env#0}", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!236 = !{!237, !238}
!237 = !DILocalVariable(arg: 1, scope: !228, file: !229, line: 250, type: !235)
!238 = !DILocalVariable(arg: 2, scope: !228, file: !229, line: 250, type: !7)
!239 = !{!240, !241}
!240 = !DITemplateTypeParameter(name: "Self", type: !14)
!241 = !DITemplateTypeParameter(name: "Args", type: !7)
!242 = !DILocation(line: 250, column: 5, scope: !228)
!243 = distinct !DISubprogram(name: "call_once<cell_get_twice::cell_demo::{closure_env#0}, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE", scope: !230, file: !229, line: 250, type: !244, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !36, templateParams: !239, retainedNodes: !246)
!244 = !DISubroutineType(types: !245)
!245 = !{null, !14}
!246 = !{!247, !248}
!247 = !DILocalVariable(arg: 1, scope: !243, file: !229, line: 250, type: !14)
!248 = !DILocalVariable(arg: 2, scope: !243, file: !229, line: 250, type: !7)
!249 = !DILocation(line: 250, column: 5, scope: !243)
