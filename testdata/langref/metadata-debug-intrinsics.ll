; RUN: parse --print
; Debug info in the old intrinsic form (LangRef "Debug Records", "Metadata" as call operands):
; `call void @llvm.dbg.value/declare/assign/label(metadata ...)` instead of #dbg_* records.
; llvm-dis-19 prints such a module back with #dbg_* records (#dbg_value(i32 %r, ...)); whether
; irscope prints records or keeps the calls is the parser's decision, so these lines carry
; NOCHECK and only the surrounding instructions are pinned.
target triple = "x86_64-unknown-linux-gnu"

declare void @llvm.dbg.value(metadata, metadata, metadata) ; NOCHECK: llvm-dis-19 drops it
declare void @llvm.dbg.declare(metadata, metadata, metadata) ; NOCHECK: llvm-dis-19 drops it
declare void @llvm.dbg.assign(metadata, metadata, metadata, metadata, metadata, metadata) ; NOCHECK: llvm-dis-19 drops it
declare void @llvm.dbg.label(metadata) ; NOCHECK: llvm-dis-19 drops it

; every debug intrinsic once, plus a DIArgList operand
define i32 @twice(i32 %a) !dbg !10 {
; CHECK: define i32 @twice(
entry:
  %x = alloca i32, align 4, !DIAssignID !20
  ; CHECK: %x = alloca i32, align 4
  call void @llvm.dbg.declare(metadata ptr %x, metadata !14, metadata !DIExpression()), !dbg !15 ; NOCHECK
  call void @llvm.dbg.assign(metadata i32 %a, metadata !14, metadata !DIExpression(), metadata !20, metadata ptr %x, metadata !DIExpression()), !dbg !15 ; NOCHECK
  store i32 %a, ptr %x, align 4
  ; CHECK: store i32 %a, ptr %x, align 4
  %r = shl i32 %a, 1, !dbg !16
  ; CHECK: %r = shl i32 %a, 1
  call void @llvm.dbg.value(metadata i32 %r, metadata !14, metadata !DIExpression()), !dbg !16 ; NOCHECK
  call void @llvm.dbg.value(metadata !DIArgList(i32 %a, i32 %r), metadata !14, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value)), !dbg !16 ; NOCHECK
  call void @llvm.dbg.label(metadata !17), !dbg !16 ; NOCHECK
  ret i32 %r, !dbg !16
  ; CHECK: ret i32 %r
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "irscope testdata", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "twice.c", directory: ".")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 4}
!10 = distinct !DISubprogram(name: "twice", scope: !1, file: !1, line: 1, type: !11, scopeLine: 1, spFlags: DISPFlagDefinition, unit: !0)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !13}
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DILocalVariable(name: "r", scope: !10, file: !1, line: 2, type: !13)
!15 = !DILocation(line: 2, column: 7, scope: !10)
!16 = !DILocation(line: 3, column: 3, scope: !10)
!17 = !DILabel(scope: !10, name: "end", file: !1, line: 3)
!20 = distinct !DIAssignID()
