; RUN: lint
; NonAtomicLoadInLoop with debug info: the Rust types decide (a `static mut`, a `static` of a
; type holding an UnsafeCell, a Cell, which is not Sync), and the finding is printed at the
; source place from !dbg. The same loop over a `&Cell<u32>` is flagged in ir-only.ll's shape
; (nonnull without noalias) when no debug info says it is a Cell.

@READY = global [1 x i8] zeroinitializer, align 1, !dbg !0
@GATE = global [8 x i8] zeroinitializer, align 8, !dbg !20

; positive: `static mut READY: bool`, hoisted by LICM
define void @wait_ready() !dbg !10 {
start:
  br label %bb1, !dbg !13

bb1:
; LINT: NonAtomicLoadInLoop error: non-atomic read of READY: bool
  %v = load i8, ptr @READY, align 1, !dbg !14
  %c = icmp eq i8 %v, 0, !dbg !14
  br i1 %c, label %bb1, label %bb2, !dbg !14

bb2:
  ret void, !dbg !15
}
; CHECK: error[NonAtomicLoadInLoop]: non-atomic read of READY: bool decides when this loop exits, but any thread or interrupt handler may write it
; CHECK-NEXT: --> src/flags.rs:11:21
; CHECK-NEXT: |
; CHECK-NEXT: 17 |   %v = load i8, ptr @READY, align 1
; CHECK-NEXT: |   ^
; CHECK-NEXT: = note: in wait_ready: `%v = load i8, ptr @READY, align 1` (
; CHECK-NEXT: = note: written here at src/flags.rs:30:5
; CHECK-NEXT: = help: make the static an atomic

define void @set_ready() !dbg !16 {
start:
  store i8 1, ptr @READY, align 1, !dbg !17
  ret void, !dbg !17
}

; positive: `static GATE: Flag` where Flag { value: UnsafeCell<usize> } (a static is shared by
; every thread)
define void @wait_gate() !dbg !30 {
start:
  br label %bb1, !dbg !31

bb1:
; LINT: NonAtomicLoadInLoop error: GATE: flags::Flag, field value: core::cell::UnsafeCell<usize>
  %v = load i64, ptr @GATE, align 8, !dbg !31
  %c = icmp eq i64 %v, 0, !dbg !31
  br i1 %c, label %bb1, label %bb2, !dbg !31

bb2:
  ret void, !dbg !31
}

; negative: `c: &Cell<u32>` read while a callback may set it: Cell is not Sync, so only this
; thread writes it (the read stays in the loop because of the call)
define void @wait_cell(ptr noundef nonnull align 4 %c, ptr %cb) !dbg !40 {
start:
    #dbg_value(ptr %c, !41, !DIExpression(), !46)
  br label %bb1, !dbg !46

bb1:
  %v = load i32, ptr %c, align 4, !dbg !47
  %z = icmp eq i32 %v, 0, !dbg !47
  br i1 %z, label %bb2, label %bb3, !dbg !47

bb2:
  call void %cb(), !dbg !48
  br label %bb1, !dbg !48

bb3:
  ret void, !dbg !48
}

!llvm.dbg.cu = !{!5}
!llvm.module.flags = !{!7}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "READY", linkageName: "_ZN5flags5READY17h0000000000000001E", scope: !2, file: !3, line: 8, type: !4, isLocal: false, isDefinition: true, align: 8)
!2 = !DINamespace(name: "flags", scope: null)
!3 = !DIFile(filename: "src/flags.rs", directory: ".")
!4 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !6)
!6 = !{!0, !20}
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = !DISubroutineType(types: !9)
!9 = !{null}
!10 = distinct !DISubprogram(name: "wait_ready", linkageName: "wait_ready", scope: !2, file: !3, line: 10, type: !8, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!13 = !DILocation(line: 11, column: 11, scope: !10)
!14 = !DILocation(line: 11, column: 21, scope: !10)
!15 = !DILocation(line: 12, column: 2, scope: !10)
!16 = distinct !DISubprogram(name: "set_ready", linkageName: "set_ready", scope: !2, file: !3, line: 29, type: !8, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!17 = !DILocation(line: 30, column: 5, scope: !16)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(name: "GATE", linkageName: "_ZN5flags4GATE17h0000000000000002E", scope: !2, file: !3, line: 20, type: !22, isLocal: false, isDefinition: true, align: 64)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !3, size: 64, align: 64, elements: !23, identifier: "flag")
!23 = !{!24}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !22, file: !3, baseType: !25, size: 64, align: 64)
!25 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !26, file: !3, size: 64, align: 64, elements: !28, templateParams: !51, identifier: "unsafecell-usize")
!26 = !DINamespace(name: "cell", scope: !27)
!27 = !DINamespace(name: "core", scope: null)
!28 = !{!29}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !25, file: !3, baseType: !50, size: 64, align: 64)
!30 = distinct !DISubprogram(name: "wait_gate", linkageName: "wait_gate", scope: !2, file: !3, line: 22, type: !8, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!31 = !DILocation(line: 23, column: 11, scope: !30)
!40 = distinct !DISubprogram(name: "wait_cell", linkageName: "wait_cell", scope: !2, file: !3, line: 40, type: !8, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!41 = !DILocalVariable(name: "c", arg: 1, scope: !40, file: !3, line: 40, type: !42)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<u32>", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<u32>", scope: !26, file: !3, size: 32, align: 32, elements: !44, templateParams: !53, identifier: "cell-u32")
!44 = !{!45}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !43, file: !3, baseType: !55, size: 32, align: 32)
!46 = !DILocation(line: 40, column: 15, scope: !40)
!47 = !DILocation(line: 41, column: 13, scope: !40)
!48 = !DILocation(line: 42, column: 9, scope: !40)
!50 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!51 = !{!52}
!52 = !DITemplateTypeParameter(name: "T", type: !50)
!53 = !{!54}
!54 = !DITemplateTypeParameter(name: "T", type: !56)
!55 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !26, file: !3, size: 32, align: 32, elements: !57, templateParams: !53, identifier: "unsafecell-u32")
!56 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!57 = !{!58}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !55, file: !3, baseType: !56, size: 32, align: 32)
