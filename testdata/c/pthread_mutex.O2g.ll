; ModuleID = 'testdata/c/src/pthread_mutex.c'
source_filename = "testdata/c/src/pthread_mutex.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_mutex_t = type { %struct.__pthread_mutex_s }
%struct.__pthread_mutex_s = type { i32, i32, i32, i32, i32, i16, i16, %struct.__pthread_internal_list }
%struct.__pthread_internal_list = type { ptr, ptr }

@lock = internal global %union.pthread_mutex_t zeroinitializer, align 8, !dbg !0
@shared_counter = internal unnamed_addr global i64 0, align 8, !dbg !14
@.str = private unnamed_addr constant [15 x i8] c"counter = %ld\0A\00", align 1, !dbg !8

; Function Attrs: nounwind uwtable
define dso_local noundef range(i32 0, 2) i32 @wait_nonzero() local_unnamed_addr #0 !dbg !54 {
  br label %1, !dbg !59

1:                                                ; preds = %1, %0
  %2 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @lock) #5, !dbg !60
  %3 = load i64, ptr @shared_counter, align 8, !dbg !62, !tbaa !63
  %4 = icmp eq i64 %3, 0, !dbg !67
    #dbg_value(i1 %4, !58, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !68)
  %5 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @lock) #5, !dbg !69
  br i1 %4, label %1, label %6, !dbg !70, !llvm.loop !71

6:                                                ; preds = %1
    #dbg_value(i32 1, !58, !DIExpression(), !68)
  ret i32 1, !dbg !74
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !75 i32 @pthread_mutex_lock(ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare !dbg !80 i32 @pthread_mutex_unlock(ptr noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 !dbg !81 {
  %1 = alloca [4 x i64], align 16, !DIAssignID !93
    #dbg_assign(i1 undef, !83, !DIExpression(), !93, ptr %1, !DIExpression(), !94)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %1) #5, !dbg !95
    #dbg_value(i32 0, !89, !DIExpression(), !96)
    #dbg_value(i64 0, !89, !DIExpression(), !96)
  %2 = call i32 @pthread_create(ptr noundef nonnull %1, ptr noundef null, ptr noundef nonnull @worker, ptr noundef nonnull inttoptr (i64 1000 to ptr)) #5, !dbg !97
    #dbg_value(i64 1, !89, !DIExpression(), !96)
  %3 = getelementptr inbounds i8, ptr %1, i64 8, !dbg !99
  %4 = call i32 @pthread_create(ptr noundef nonnull %3, ptr noundef null, ptr noundef nonnull @worker, ptr noundef nonnull inttoptr (i64 1000 to ptr)) #5, !dbg !97
    #dbg_value(i64 2, !89, !DIExpression(), !96)
  %5 = getelementptr inbounds i8, ptr %1, i64 16, !dbg !99
  %6 = call i32 @pthread_create(ptr noundef nonnull %5, ptr noundef null, ptr noundef nonnull @worker, ptr noundef nonnull inttoptr (i64 1000 to ptr)) #5, !dbg !97
    #dbg_value(i64 3, !89, !DIExpression(), !96)
  %7 = getelementptr inbounds i8, ptr %1, i64 24, !dbg !99
  %8 = call i32 @pthread_create(ptr noundef nonnull %7, ptr noundef null, ptr noundef nonnull @worker, ptr noundef nonnull inttoptr (i64 1000 to ptr)) #5, !dbg !97
    #dbg_value(i64 4, !89, !DIExpression(), !96)
  br label %9, !dbg !100

9:                                                ; preds = %0, %9
  %10 = call i32 @pthread_mutex_lock(ptr noundef nonnull @lock) #5, !dbg !102
  %11 = load i64, ptr @shared_counter, align 8, !dbg !103, !tbaa !63
  %12 = icmp eq i64 %11, 0, !dbg !104
    #dbg_value(i1 %12, !58, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !105)
  %13 = call i32 @pthread_mutex_unlock(ptr noundef nonnull @lock) #5, !dbg !106
  br i1 %12, label %9, label %14, !dbg !107, !llvm.loop !108

14:                                               ; preds = %9
    #dbg_value(i64 0, !91, !DIExpression(), !110)
  %15 = load i64, ptr %1, align 16, !dbg !111, !tbaa !63
  %16 = call i32 @pthread_join(i64 noundef %15, ptr noundef null) #5, !dbg !113
    #dbg_value(i64 1, !91, !DIExpression(), !110)
  %17 = load i64, ptr %3, align 8, !dbg !111, !tbaa !63
  %18 = call i32 @pthread_join(i64 noundef %17, ptr noundef null) #5, !dbg !113
    #dbg_value(i64 2, !91, !DIExpression(), !110)
  %19 = load i64, ptr %5, align 16, !dbg !111, !tbaa !63
  %20 = call i32 @pthread_join(i64 noundef %19, ptr noundef null) #5, !dbg !113
    #dbg_value(i64 3, !91, !DIExpression(), !110)
  %21 = load i64, ptr %7, align 8, !dbg !111, !tbaa !63
  %22 = call i32 @pthread_join(i64 noundef %21, ptr noundef null) #5, !dbg !113
    #dbg_value(i64 4, !91, !DIExpression(), !110)
  %23 = load i64, ptr @shared_counter, align 8, !dbg !114, !tbaa !63
  %24 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %23), !dbg !115
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %1) #5, !dbg !116
  ret i32 0, !dbg !117
}

; Function Attrs: nounwind
declare !dbg !118 i32 @pthread_create(ptr noundef, ptr noundef, ptr noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define internal noalias noundef ptr @worker(ptr noundef %0) #0 !dbg !138 {
    #dbg_value(ptr %0, !140, !DIExpression(), !144)
  %2 = ptrtoint ptr %0 to i64, !dbg !145
    #dbg_value(i64 %2, !141, !DIExpression(), !144)
    #dbg_value(i64 0, !142, !DIExpression(), !146)
  %3 = icmp sgt ptr %0, null, !dbg !147
  br i1 %3, label %5, label %4, !dbg !149

4:                                                ; preds = %5, %1
  ret ptr null, !dbg !150

5:                                                ; preds = %1, %5
  %6 = phi i64 [ %11, %5 ], [ 0, %1 ]
    #dbg_value(i64 %6, !142, !DIExpression(), !146)
  %7 = tail call i32 @pthread_mutex_lock(ptr noundef nonnull @lock) #5, !dbg !151
  %8 = load i64, ptr @shared_counter, align 8, !dbg !153, !tbaa !63
  %9 = add nsw i64 %8, 1, !dbg !153
  store i64 %9, ptr @shared_counter, align 8, !dbg !153, !tbaa !63
  %10 = tail call i32 @pthread_mutex_unlock(ptr noundef nonnull @lock) #5, !dbg !154
  %11 = add nuw nsw i64 %6, 1, !dbg !155
    #dbg_value(i64 %11, !142, !DIExpression(), !146)
  %12 = icmp eq i64 %11, %2, !dbg !147
  br i1 %12, label %4, label %5, !dbg !149, !llvm.loop !156
}

declare !dbg !158 i32 @pthread_join(i64 noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare !dbg !162 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!47, !48, !49, !50, !51, !52, !53}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "lock", scope: !2, file: !3, line: 7, type: !16, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !7, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "testdata/c/src/pthread_mutex.c", directory: ".", checksumkind: CSK_MD5, checksum: "c8815c8b295de2f861011ae62b80edf8")
!4 = !{!5, !6}
!5 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!6 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!7 = !{!8, !14, !0}
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(scope: null, file: !3, line: 37, type: !10, isLocal: true, isDefinition: true)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 120, elements: !12)
!11 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!12 = !{!13}
!13 = !DISubrange(count: 15)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(name: "shared_counter", scope: !2, file: !3, line: 8, type: !6, isLocal: true, isDefinition: true)
!16 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_mutex_t", file: !17, line: 72, baseType: !18)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h", directory: "", checksumkind: CSK_MD5, checksum: "735e3bf264ff9d8f5d95898b1692fbdb")
!18 = distinct !DICompositeType(tag: DW_TAG_union_type, file: !17, line: 67, size: 320, elements: !19)
!19 = !{!20, !42, !46}
!20 = !DIDerivedType(tag: DW_TAG_member, name: "__data", scope: !18, file: !17, line: 69, baseType: !21, size: 320)
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_mutex_s", file: !22, line: 22, size: 320, elements: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/struct_mutex.h", directory: "", checksumkind: CSK_MD5, checksum: "584baedd80e6041b81caae7f496091c0")
!23 = !{!24, !26, !28, !29, !30, !31, !33, !34}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "__lock", scope: !21, file: !22, line: 24, baseType: !25, size: 32)
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "__count", scope: !21, file: !22, line: 25, baseType: !27, size: 32, offset: 32)
!27 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "__owner", scope: !21, file: !22, line: 26, baseType: !25, size: 32, offset: 64)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "__nusers", scope: !21, file: !22, line: 28, baseType: !27, size: 32, offset: 96)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "__kind", scope: !21, file: !22, line: 32, baseType: !25, size: 32, offset: 128)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "__spins", scope: !21, file: !22, line: 34, baseType: !32, size: 16, offset: 160)
!32 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "__elision", scope: !21, file: !22, line: 35, baseType: !32, size: 16, offset: 176)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "__list", scope: !21, file: !22, line: 36, baseType: !35, size: 128, offset: 192)
!35 = !DIDerivedType(tag: DW_TAG_typedef, name: "__pthread_list_t", file: !36, line: 55, baseType: !37)
!36 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/thread-shared-types.h", directory: "", checksumkind: CSK_MD5, checksum: "04c81e86d34dad9c99ad006d32e47a0d")
!37 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__pthread_internal_list", file: !36, line: 51, size: 128, elements: !38)
!38 = !{!39, !41}
!39 = !DIDerivedType(tag: DW_TAG_member, name: "__prev", scope: !37, file: !36, line: 53, baseType: !40, size: 64)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "__next", scope: !37, file: !36, line: 54, baseType: !40, size: 64, offset: 64)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !18, file: !17, line: 70, baseType: !43, size: 320)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 320, elements: !44)
!44 = !{!45}
!45 = !DISubrange(count: 40)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !18, file: !17, line: 71, baseType: !6, size: 64)
!47 = !{i32 7, !"Dwarf Version", i32 5}
!48 = !{i32 2, !"Debug Info Version", i32 3}
!49 = !{i32 1, !"wchar_size", i32 4}
!50 = !{i32 8, !"PIC Level", i32 2}
!51 = !{i32 7, !"PIE Level", i32 2}
!52 = !{i32 7, !"uwtable", i32 2}
!53 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!54 = distinct !DISubprogram(name: "wait_nonzero", scope: !3, file: !3, line: 20, type: !55, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!55 = !DISubroutineType(types: !56)
!56 = !{!25}
!57 = !{!58}
!58 = !DILocalVariable(name: "seen", scope: !54, file: !3, line: 21, type: !25)
!59 = !DILocation(line: 22, column: 5, scope: !54)
!60 = !DILocation(line: 23, column: 9, scope: !61)
!61 = distinct !DILexicalBlock(scope: !54, file: !3, line: 22, column: 8)
!62 = !DILocation(line: 24, column: 16, scope: !61)
!63 = !{!64, !64, i64 0}
!64 = !{!"long", !65, i64 0}
!65 = !{!"omnipotent char", !66, i64 0}
!66 = !{!"Simple C/C++ TBAA"}
!67 = !DILocation(line: 24, column: 31, scope: !61)
!68 = !DILocation(line: 0, scope: !54)
!69 = !DILocation(line: 25, column: 9, scope: !61)
!70 = !DILocation(line: 26, column: 5, scope: !61)
!71 = distinct !{!71, !59, !72, !73}
!72 = !DILocation(line: 26, column: 19, scope: !54)
!73 = !{!"llvm.loop.mustprogress"}
!74 = !DILocation(line: 27, column: 5, scope: !54)
!75 = !DISubprogram(name: "pthread_mutex_lock", scope: !76, file: !76, line: 794, type: !77, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!76 = !DIFile(filename: "/usr/include/pthread.h", directory: "", checksumkind: CSK_MD5, checksum: "5205981c6f80cc3dc1e81231df63d8ef")
!77 = !DISubroutineType(types: !78)
!78 = !{!25, !79}
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!80 = !DISubprogram(name: "pthread_mutex_unlock", scope: !76, file: !76, line: 835, type: !77, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!81 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 30, type: !55, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !82)
!82 = !{!83, !89, !91}
!83 = !DILocalVariable(name: "threads", scope: !81, file: !3, line: 31, type: !84)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !85, size: 256, elements: !87)
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_t", file: !17, line: 27, baseType: !86)
!86 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!87 = !{!88}
!88 = !DISubrange(count: 4)
!89 = !DILocalVariable(name: "i", scope: !90, file: !3, line: 32, type: !25)
!90 = distinct !DILexicalBlock(scope: !81, file: !3, line: 32, column: 5)
!91 = !DILocalVariable(name: "i", scope: !92, file: !3, line: 35, type: !25)
!92 = distinct !DILexicalBlock(scope: !81, file: !3, line: 35, column: 5)
!93 = distinct !DIAssignID()
!94 = !DILocation(line: 0, scope: !81)
!95 = !DILocation(line: 31, column: 5, scope: !81)
!96 = !DILocation(line: 0, scope: !90)
!97 = !DILocation(line: 33, column: 9, scope: !98)
!98 = distinct !DILexicalBlock(scope: !90, file: !3, line: 32, column: 5)
!99 = !DILocation(line: 33, column: 25, scope: !98)
!100 = !DILocation(line: 22, column: 5, scope: !54, inlinedAt: !101)
!101 = distinct !DILocation(line: 34, column: 5, scope: !81)
!102 = !DILocation(line: 23, column: 9, scope: !61, inlinedAt: !101)
!103 = !DILocation(line: 24, column: 16, scope: !61, inlinedAt: !101)
!104 = !DILocation(line: 24, column: 31, scope: !61, inlinedAt: !101)
!105 = !DILocation(line: 0, scope: !54, inlinedAt: !101)
!106 = !DILocation(line: 25, column: 9, scope: !61, inlinedAt: !101)
!107 = !DILocation(line: 26, column: 5, scope: !61, inlinedAt: !101)
!108 = distinct !{!108, !100, !109, !73}
!109 = !DILocation(line: 26, column: 19, scope: !54, inlinedAt: !101)
!110 = !DILocation(line: 0, scope: !92)
!111 = !DILocation(line: 36, column: 22, scope: !112)
!112 = distinct !DILexicalBlock(scope: !92, file: !3, line: 35, column: 5)
!113 = !DILocation(line: 36, column: 9, scope: !112)
!114 = !DILocation(line: 37, column: 31, scope: !81)
!115 = !DILocation(line: 37, column: 5, scope: !81)
!116 = !DILocation(line: 39, column: 1, scope: !81)
!117 = !DILocation(line: 38, column: 5, scope: !81)
!118 = !DISubprogram(name: "pthread_create", scope: !76, file: !76, line: 202, type: !119, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!119 = !DISubroutineType(types: !120)
!120 = !{!25, !121, !123, !134, !137}
!121 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !122)
!122 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64)
!123 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !124)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !125, size: 64)
!125 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !126)
!126 = !DIDerivedType(tag: DW_TAG_typedef, name: "pthread_attr_t", file: !17, line: 62, baseType: !127)
!127 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "pthread_attr_t", file: !17, line: 56, size: 448, elements: !128)
!128 = !{!129, !133}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "__size", scope: !127, file: !17, line: 58, baseType: !130, size: 448)
!130 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 448, elements: !131)
!131 = !{!132}
!132 = !DISubrange(count: 56)
!133 = !DIDerivedType(tag: DW_TAG_member, name: "__align", scope: !127, file: !17, line: 59, baseType: !6, size: 64)
!134 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !135, size: 64)
!135 = !DISubroutineType(types: !136)
!136 = !{!5, !5}
!137 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !5)
!138 = distinct !DISubprogram(name: "worker", scope: !3, file: !3, line: 10, type: !135, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !139)
!139 = !{!140, !141, !142}
!140 = !DILocalVariable(name: "arg", arg: 1, scope: !138, file: !3, line: 10, type: !5)
!141 = !DILocalVariable(name: "n", scope: !138, file: !3, line: 11, type: !6)
!142 = !DILocalVariable(name: "i", scope: !143, file: !3, line: 12, type: !6)
!143 = distinct !DILexicalBlock(scope: !138, file: !3, line: 12, column: 5)
!144 = !DILocation(line: 0, scope: !138)
!145 = !DILocation(line: 11, column: 14, scope: !138)
!146 = !DILocation(line: 0, scope: !143)
!147 = !DILocation(line: 12, column: 24, scope: !148)
!148 = distinct !DILexicalBlock(scope: !143, file: !3, line: 12, column: 5)
!149 = !DILocation(line: 12, column: 5, scope: !143)
!150 = !DILocation(line: 17, column: 5, scope: !138)
!151 = !DILocation(line: 13, column: 9, scope: !152)
!152 = distinct !DILexicalBlock(scope: !148, file: !3, line: 12, column: 34)
!153 = !DILocation(line: 14, column: 23, scope: !152)
!154 = !DILocation(line: 15, column: 9, scope: !152)
!155 = !DILocation(line: 12, column: 30, scope: !148)
!156 = distinct !{!156, !149, !157, !73}
!157 = !DILocation(line: 16, column: 5, scope: !143)
!158 = !DISubprogram(name: "pthread_join", scope: !76, file: !76, line: 219, type: !159, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!159 = !DISubroutineType(types: !160)
!160 = !{!25, !85, !161}
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!162 = !DISubprogram(name: "printf", scope: !163, file: !163, line: 356, type: !164, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!163 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!164 = !DISubroutineType(types: !165)
!165 = !{!25, !166, null}
!166 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !167)
!167 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !168, size: 64)
!168 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
