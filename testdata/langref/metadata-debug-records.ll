; RUN: parse --print
; Metadata and debug info with debug records (LangRef "Metadata", "Named Metadata",
; "Specialized Metadata", "Debug Records"): named and numbered metadata, distinct nodes,
; strings, value metadata, the common !DI* nodes, !DIExpression with operations, !DIArgList,
; and #dbg_value / #dbg_declare / #dbg_assign / #dbg_label records (this module uses only the
; record form; metadata-debug-intrinsics.ll has the old call form).
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@counter = global i32 0, align 4, !dbg !30
; CHECK: @counter = global i32 0, align 4

; a function with a declared local, a value tracked through an add, a DIArgList, an assignment
; and a label; locations inlined from another scope
define i32 @sum(i32 %a, i32 %b) !dbg !10 {
; CHECK: define i32 @sum(
entry:
  %x = alloca i32, align 4, !DIAssignID !40
  ; CHECK: %x = alloca i32, align 4
  #dbg_declare(ptr %x, !20, !DIExpression(), !22)
  ; CHECK: #dbg_declare(ptr %x
  #dbg_assign(i32 %a, !20, !DIExpression(), !40, ptr %x, !DIExpression(), !22)
  ; CHECK: #dbg_assign(i32 %a
  store i32 %a, ptr %x, align 4, !dbg !22
  ; CHECK: store i32 %a, ptr %x, align 4
  %s = add i32 %a, %b, !dbg !23
  ; CHECK: %s = add i32 %a, %b
  #dbg_value(i32 %s, !21, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !23)
  ; CHECK: #dbg_value(i32 %s
  #dbg_value(!DIArgList(i32 %a, i32 %b), !21, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !23)
  ; CHECK: #dbg_value(!DIArgList(i32 %a, i32 %b)
  #dbg_value(i32 poison, !21, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !23)
  ; CHECK: #dbg_value(i32 poison
  br label %out, !dbg !24
  ; CHECK: br label %out
out:
  #dbg_label(!25, !24)
  ; CHECK: #dbg_label(
  ret i32 %s, !dbg !26
  ; CHECK: ret i32 %s
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4, !5}
!llvm.ident = !{!6}
!named.with.strings = !{!7, !8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "irscope testdata", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, globals: !29, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "sum.c", directory: ".", checksumkind: CSK_MD5, checksum: "00112233445566778899aabbccddeeff")
!2 = !{}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = !{i32 1, !"wchar_size", i32 4}
!6 = !{!"irscope testdata"}
!7 = !{!"a string", i32 42, null, !{i64 1}}
!8 = distinct !{!8}
!10 = distinct !DISubprogram(name: "sum", linkageName: "sum", scope: !1, file: !1, line: 3, type: !11, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !14)
!11 = !DISubroutineType(types: !12)
!12 = !{!13, !13, !13}
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !{!20, !21}
!20 = !DILocalVariable(name: "x", scope: !10, file: !1, line: 4, type: !13)
!21 = !DILocalVariable(name: "s", arg: 1, scope: !10, file: !1, line: 5, type: !13)
!22 = !DILocation(line: 4, column: 7, scope: !10)
!23 = !DILocation(line: 5, column: 11, scope: !27, inlinedAt: !28)
!24 = !DILocation(line: 6, column: 3, scope: !10)
!25 = !DILabel(scope: !10, name: "out", file: !1, line: 6)
!26 = !DILocation(line: 7, column: 3, scope: !10)
!27 = distinct !DILexicalBlock(scope: !10, file: !1, line: 5, column: 1)
!28 = !DILocation(line: 5, column: 1, scope: !10)
!29 = !{!30}
!30 = !DIGlobalVariableExpression(var: !31, expr: !DIExpression())
!31 = distinct !DIGlobalVariable(name: "counter", scope: !0, file: !1, line: 1, type: !32, isLocal: false, isDefinition: true)
!32 = !DIDerivedType(tag: DW_TAG_typedef, name: "counter_t", file: !1, line: 1, baseType: !33)
!33 = !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !1, line: 1, size: 64, elements: !34)
!34 = !{!35, !36}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !33, file: !1, line: 1, baseType: !37, size: 32)
!36 = !DISubrange(count: 4, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!40 = distinct !DIAssignID()
