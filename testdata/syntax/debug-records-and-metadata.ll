; Debug records (#dbg_value, #dbg_declare, #dbg_assign, #dbg_label), specialized metadata with named and positional fields, flag unions, DIArgList, inline metadata, named metadata.
define i32 @f(i32 %a, i32 %b) !dbg !10 {
entry:
  %x = alloca i32, align 4, !DIAssignID !20
    #dbg_declare(ptr %x, !14, !DIExpression(), !17)
    #dbg_assign(i32 poison, !14, !DIExpression(), !20, ptr %x, !DIExpression(), !17)
  %s = add i32 %a, %b, !dbg !17
    #dbg_value(i32 %s, !15, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !17)
    #dbg_value(!DIArgList(i32 %a, i32 %b), !15, !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_plus, DW_OP_stack_value), !17)
    #dbg_value(i64 0, !15, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !17)
  br label %exit, !llvm.loop !{!"inline"}
exit:
    #dbg_label(!16, !17)
  ret i32 %s, !dbg !18
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4, !5}
!llvm.ident = !{!6}
!named.with.expr = !{!0, !DIExpression()}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "clang version 19", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !2, retainedTypes: !2, globals: !2, imports: !2, splitDebugInlining: false, debugInfoForProfiling: true, nameTableKind: GNU, sysroot: "/", sdk: "x.sdk")
!1 = !DIFile(filename: "f.cpp", directory: "/src", checksumkind: CSK_SHA256, checksum: "0000000000000000000000000000000000000000000000000000000000000000", source: "int f();")
!2 = !{}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = !{i32 1, !"wchar_size", i32 4}
!6 = !{!"clang version 19.1.0"}
!7 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!8 = !DISubroutineType(flags: DIFlagPrototyped, types: !9)
!9 = !{!7, !7, !7}
!10 = distinct !DISubprogram(name: "f", linkageName: "_Z1fii", scope: !1, file: !1, line: 1, type: !8, scopeLine: 1, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !11, templateParams: !30, thrownTypes: null)
!11 = !{!14, !15, !16}
!14 = !DILocalVariable(name: "x", scope: !10, file: !1, line: 2, type: !7, align: 32)
!15 = !DILocalVariable(name: "s", arg: 1, scope: !10, file: !1, line: 2, type: !7, flags: DIFlagArtificial | DIFlagObjectPointer)
!16 = !DILabel(scope: !10, name: "exit", file: !1, line: 5)
!17 = !DILocation(line: 3, column: 7, scope: !10)
!18 = !DILocation(line: 4, column: 1, scope: !19, inlinedAt: !17, isImplicitCode: true)
!19 = distinct !DILexicalBlock(scope: !10, file: !1, line: 3, column: 2)
!20 = distinct !DIAssignID()
!21 = !DICompositeType(tag: DW_TAG_structure_type, name: "S", file: !1, line: 9, size: 64, flags: DIFlagTypePassByValue | DIFlagNonTrivial, elements: !22, identifier: "_ZTS1S")
!22 = !{!23, !24}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !21, file: !1, line: 9, baseType: !7, size: 32)
!24 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !21, file: !1, line: 9, baseType: !7, size: 32, offset: 32, flags: DIFlagPublic)
!25 = !DICompositeType(tag: DW_TAG_array_type, baseType: !7, size: 128, elements: !26)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIEnumerator(name: "big", value: 18446744073709551615, isUnsigned: true)
!29 = !DIEnumerator(name: "neg", value: -1)
!30 = !{!31, !32}
!31 = !DITemplateTypeParameter(name: "T", type: !7)
!32 = !DITemplateValueParameter(name: "N", type: !7, value: i32 3)
!33 = !DIImportedEntity(tag: DW_TAG_imported_module, scope: !0, entity: !34, file: !1, line: 1)
!34 = !DINamespace(name: "std", scope: null, exportSymbols: true)
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression(DW_OP_constu, 7, DW_OP_stack_value))
!36 = distinct !DIGlobalVariable(name: "g", scope: !0, file: !1, line: 1, type: !7, isLocal: true, isDefinition: true)
!37 = !DIMacro(type: DW_MACINFO_define, line: 1, name: "X", value: "1")
!38 = !DIMacroFile(line: 1, file: !1, nodes: !2)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, dwarfAddressSpace: 1)
!40 = !DISubrange(count: !DIExpression(DW_OP_constu, 3), lowerBound: !DIExpression(DW_OP_constu, 0))
!41 = !DIStringType(name: "character(*)", stringLength: !14, stringLengthExpression: !DIExpression(), size: 32)
!42 = !DICommonBlock(scope: !10, declaration: null, name: "c")
!43 = !DIObjCProperty(name: "p", file: !1, line: 1, setter: "setP:", getter: "p", attributes: 7, type: !7)
!44 = !DIModule(scope: null, name: "M", configMacros: "-DX", includePath: "/inc", apinotes: "m.apinotes")
!45 = !DIGenericSubrange(count: !DIExpression(DW_OP_push_object_address, DW_OP_deref), lowerBound: !DIExpression(DW_OP_constu, 1), stride: !DIExpression(DW_OP_constu, 4))
!46 = distinct !{!46, !47, !"llvm.loop.mustprogress"}
!47 = !{!"llvm.loop.unroll.count", i32 4}
!48 = !GenericDINode(tag: DW_TAG_entry_point, header: "hdr", operands: {!1, null})
