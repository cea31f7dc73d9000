; ModuleID = 'testdata/c/src/strings_bits.c'
source_filename = "testdata/c/src/strings_bits.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@greeting = internal unnamed_addr constant [13 x i8] c"hello, world\00", align 1, !dbg !0

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i64 @my_strlen(ptr nocapture noundef readonly %0) local_unnamed_addr #0 !dbg !23 {
    #dbg_value(ptr %0, !28, !DIExpression(), !30)
    #dbg_value(i64 0, !29, !DIExpression(), !30)
  br label %2, !dbg !31

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %7, %2 ], !dbg !30
    #dbg_value(i64 %3, !29, !DIExpression(), !30)
  %4 = getelementptr inbounds i8, ptr %0, i64 %3, !dbg !32
  %5 = load i8, ptr %4, align 1, !dbg !32, !tbaa !33
  %6 = icmp eq i8 %5, 0, !dbg !31
  %7 = add i64 %3, 1, !dbg !36
    #dbg_value(i64 %7, !29, !DIExpression(), !30)
  br i1 %6, label %8, label %2, !dbg !31, !llvm.loop !37

8:                                                ; preds = %2
  ret i64 %3, !dbg !39
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define dso_local range(i32 -255, 256) i32 @my_strcmp(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 !dbg !40 {
    #dbg_value(ptr %0, !44, !DIExpression(), !46)
    #dbg_value(ptr %1, !45, !DIExpression(), !46)
  %3 = load i8, ptr %0, align 1, !dbg !47, !tbaa !33
  %4 = icmp eq i8 %3, 0, !dbg !47
  br i1 %4, label %20, label %5, !dbg !48

5:                                                ; preds = %2, %11
  %6 = phi i8 [ %14, %11 ], [ %3, %2 ]
  %7 = phi ptr [ %13, %11 ], [ %1, %2 ]
  %8 = phi ptr [ %12, %11 ], [ %0, %2 ]
    #dbg_value(ptr %7, !45, !DIExpression(), !46)
    #dbg_value(ptr %8, !44, !DIExpression(), !46)
  %9 = load i8, ptr %7, align 1, !dbg !49, !tbaa !33
  %10 = icmp eq i8 %6, %9, !dbg !50
  br i1 %10, label %11, label %16, !dbg !51

11:                                               ; preds = %5
  %12 = getelementptr inbounds i8, ptr %8, i64 1, !dbg !52
    #dbg_value(ptr %12, !44, !DIExpression(), !46)
  %13 = getelementptr inbounds i8, ptr %7, i64 1, !dbg !54
    #dbg_value(ptr %13, !45, !DIExpression(), !46)
  %14 = load i8, ptr %12, align 1, !dbg !47, !tbaa !33
  %15 = icmp eq i8 %14, 0, !dbg !47
  br i1 %15, label %16, label %5, !dbg !48, !llvm.loop !55

16:                                               ; preds = %11, %5
  %17 = phi ptr [ %7, %5 ], [ %13, %11 ]
  %18 = phi i8 [ %6, %5 ], [ 0, %11 ]
  %19 = zext i8 %18 to i32, !dbg !57
  br label %20, !dbg !57

20:                                               ; preds = %16, %2
  %21 = phi ptr [ %1, %2 ], [ %17, %16 ]
  %22 = phi i32 [ 0, %2 ], [ %19, %16 ], !dbg !47
  %23 = load i8, ptr %21, align 1, !dbg !58, !tbaa !33
  %24 = zext i8 %23 to i32, !dbg !59
  %25 = sub nsw i32 %22, %24, !dbg !60
  ret i32 %25, !dbg !61
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 33) i32 @popcount(i32 noundef %0) local_unnamed_addr #2 !dbg !62 {
    #dbg_value(i32 %0, !67, !DIExpression(), !68)
  %2 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %0), !dbg !69
  ret i32 %2, !dbg !70
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i32 @rotl(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 !dbg !71 {
    #dbg_value(i32 %0, !75, !DIExpression(), !77)
    #dbg_value(i32 %1, !76, !DIExpression(), !77)
  %3 = tail call i32 @llvm.fshl.i32(i32 %0, i32 %0, i32 %1), !dbg !78
  ret i32 %3, !dbg !79
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef i64 @bswap(i64 noundef %0) local_unnamed_addr #2 !dbg !80 {
    #dbg_value(i64 %0, !84, !DIExpression(), !85)
  %2 = tail call i64 @llvm.bswap.i64(i64 %0), !dbg !86
  ret i64 %2, !dbg !87
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.bswap.i64(i64) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable
define dso_local range(i32 0, 2) i32 @checked_add(i32 noundef %0, i32 noundef %1, ptr nocapture noundef writeonly %2) local_unnamed_addr #4 !dbg !88 {
    #dbg_value(i32 %0, !93, !DIExpression(), !96)
    #dbg_value(i32 %1, !94, !DIExpression(), !96)
    #dbg_value(ptr %2, !95, !DIExpression(), !96)
  %4 = tail call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %0, i32 %1), !dbg !97
  %5 = extractvalue { i32, i1 } %4, 1, !dbg !97
  %6 = extractvalue { i32, i1 } %4, 0, !dbg !97
  store i32 %6, ptr %2, align 4, !dbg !97
  %7 = zext i1 %5 to i32, !dbg !97
  ret i32 %7, !dbg !98
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32) #3

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @make_msg(ptr nocapture noundef %0) local_unnamed_addr #5 !dbg !99 {
    #dbg_value(ptr %0, !111, !DIExpression(), !112)
  %2 = getelementptr i8, ptr %0, i64 13, !dbg !113
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(23) %2, i8 0, i64 23, i1 false), !dbg !113
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(13) %0, ptr noundef nonnull align 1 dereferenceable(13) @greeting, i64 13, i1 false), !dbg !114
    #dbg_value(ptr %0, !28, !DIExpression(), !115)
    #dbg_value(i64 0, !29, !DIExpression(), !115)
  br label %3, !dbg !117

3:                                                ; preds = %3, %1
  %4 = phi i64 [ 0, %1 ], [ %8, %3 ], !dbg !115
    #dbg_value(i64 %4, !29, !DIExpression(), !115)
  %5 = getelementptr inbounds i8, ptr %0, i64 %4, !dbg !118
  %6 = load i8, ptr %5, align 1, !dbg !118, !tbaa !33
  %7 = icmp eq i8 %6, 0, !dbg !117
  %8 = add i64 %4, 1, !dbg !119
    #dbg_value(i64 %8, !29, !DIExpression(), !115)
  br i1 %7, label %9, label %3, !dbg !117, !llvm.loop !120

9:                                                ; preds = %3
  %10 = trunc i64 %4 to i32, !dbg !121
  %11 = getelementptr inbounds i8, ptr %0, i64 32, !dbg !122
  store i32 %10, ptr %11, align 4, !dbg !123, !tbaa !124
  ret void, !dbg !127
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read) uwtable
define dso_local range(i32 0, 2) i32 @msg_equal(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #8 !dbg !128 {
    #dbg_value(ptr %0, !134, !DIExpression(), !136)
    #dbg_value(ptr %1, !135, !DIExpression(), !136)
  %3 = getelementptr inbounds i8, ptr %0, i64 32, !dbg !137
  %4 = load i32, ptr %3, align 4, !dbg !137, !tbaa !124
  %5 = getelementptr inbounds i8, ptr %1, i64 32, !dbg !138
  %6 = load i32, ptr %5, align 4, !dbg !138, !tbaa !124
  %7 = icmp eq i32 %4, %6, !dbg !139
  br i1 %7, label %8, label %13, !dbg !140

8:                                                ; preds = %2
  %9 = sext i32 %4 to i64, !dbg !141
  %10 = tail call i32 @bcmp(ptr nonnull %0, ptr nonnull %1, i64 %9), !dbg !142
  %11 = icmp eq i32 %10, 0, !dbg !143
  %12 = zext i1 %11 to i32, !dbg !140
  br label %13

13:                                               ; preds = %8, %2
  %14 = phi i32 [ 0, %2 ], [ %12, %8 ], !dbg !136
  ret i32 %14, !dbg !144
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #9

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #10

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nofree nounwind willreturn memory(argmem: read) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!16, !17, !18, !19, !20, !21, !22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "greeting", scope: !2, file: !3, line: 12, type: !11, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !10, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "testdata/c/src/strings_bits.c", directory: ".", checksumkind: CSK_MD5, checksum: "bc48b9d5afde0584de4bbc76cfdba257")
!4 = !{!5, !6, !7}
!5 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !8, line: 18, baseType: !9)
!8 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!9 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!10 = !{!0}
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 104, elements: !14)
!12 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !13)
!13 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!14 = !{!15}
!15 = !DISubrange(count: 13)
!16 = !{i32 7, !"Dwarf Version", i32 5}
!17 = !{i32 2, !"Debug Info Version", i32 3}
!18 = !{i32 1, !"wchar_size", i32 4}
!19 = !{i32 8, !"PIC Level", i32 2}
!20 = !{i32 7, !"PIE Level", i32 2}
!21 = !{i32 7, !"uwtable", i32 2}
!22 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!23 = distinct !DISubprogram(name: "my_strlen", scope: !3, file: !3, line: 14, type: !24, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !27)
!24 = !DISubroutineType(types: !25)
!25 = !{!7, !26}
!26 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!27 = !{!28, !29}
!28 = !DILocalVariable(name: "s", arg: 1, scope: !23, file: !3, line: 14, type: !26)
!29 = !DILocalVariable(name: "n", scope: !23, file: !3, line: 15, type: !7)
!30 = !DILocation(line: 0, scope: !23)
!31 = !DILocation(line: 16, column: 5, scope: !23)
!32 = !DILocation(line: 16, column: 12, scope: !23)
!33 = !{!34, !34, i64 0}
!34 = !{!"omnipotent char", !35, i64 0}
!35 = !{!"Simple C/C++ TBAA"}
!36 = !DILocation(line: 17, column: 10, scope: !23)
!37 = distinct !{!37, !31, !36, !38}
!38 = !{!"llvm.loop.mustprogress"}
!39 = !DILocation(line: 18, column: 5, scope: !23)
!40 = distinct !DISubprogram(name: "my_strcmp", scope: !3, file: !3, line: 21, type: !41, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !43)
!41 = !DISubroutineType(types: !42)
!42 = !{!6, !26, !26}
!43 = !{!44, !45}
!44 = !DILocalVariable(name: "a", arg: 1, scope: !40, file: !3, line: 21, type: !26)
!45 = !DILocalVariable(name: "b", arg: 2, scope: !40, file: !3, line: 21, type: !26)
!46 = !DILocation(line: 0, scope: !40)
!47 = !DILocation(line: 22, column: 12, scope: !40)
!48 = !DILocation(line: 22, column: 15, scope: !40)
!49 = !DILocation(line: 22, column: 24, scope: !40)
!50 = !DILocation(line: 22, column: 21, scope: !40)
!51 = !DILocation(line: 22, column: 5, scope: !40)
!52 = !DILocation(line: 23, column: 10, scope: !53)
!53 = distinct !DILexicalBlock(scope: !40, file: !3, line: 22, column: 28)
!54 = !DILocation(line: 24, column: 10, scope: !53)
!55 = distinct !{!55, !51, !56, !38}
!56 = !DILocation(line: 25, column: 5, scope: !40)
!57 = !DILocation(line: 26, column: 12, scope: !40)
!58 = !DILocation(line: 26, column: 47, scope: !40)
!59 = !DILocation(line: 26, column: 32, scope: !40)
!60 = !DILocation(line: 26, column: 30, scope: !40)
!61 = !DILocation(line: 26, column: 5, scope: !40)
!62 = distinct !DISubprogram(name: "popcount", scope: !3, file: !3, line: 29, type: !63, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !66)
!63 = !DISubroutineType(types: !64)
!64 = !{!65, !65}
!65 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!66 = !{!67}
!67 = !DILocalVariable(name: "x", arg: 1, scope: !62, file: !3, line: 29, type: !65)
!68 = !DILocation(line: 0, scope: !62)
!69 = !DILocation(line: 29, column: 40, scope: !62)
!70 = !DILocation(line: 29, column: 33, scope: !62)
!71 = distinct !DISubprogram(name: "rotl", scope: !3, file: !3, line: 30, type: !72, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !74)
!72 = !DISubroutineType(types: !73)
!73 = !{!65, !65, !65}
!74 = !{!75, !76}
!75 = !DILocalVariable(name: "x", arg: 1, scope: !71, file: !3, line: 30, type: !65)
!76 = !DILocalVariable(name: "r", arg: 2, scope: !71, file: !3, line: 30, type: !65)
!77 = !DILocation(line: 0, scope: !71)
!78 = !DILocation(line: 30, column: 64, scope: !71)
!79 = !DILocation(line: 30, column: 41, scope: !71)
!80 = distinct !DISubprogram(name: "bswap", scope: !3, file: !3, line: 31, type: !81, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!81 = !DISubroutineType(types: !82)
!82 = !{!9, !9}
!83 = !{!84}
!84 = !DILocalVariable(name: "x", arg: 1, scope: !80, file: !3, line: 31, type: !9)
!85 = !DILocation(line: 0, scope: !80)
!86 = !DILocation(line: 31, column: 47, scope: !80)
!87 = !DILocation(line: 31, column: 40, scope: !80)
!88 = distinct !DISubprogram(name: "checked_add", scope: !3, file: !3, line: 33, type: !89, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !92)
!89 = !DISubroutineType(types: !90)
!90 = !{!6, !6, !6, !91}
!91 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!92 = !{!93, !94, !95}
!93 = !DILocalVariable(name: "a", arg: 1, scope: !88, file: !3, line: 33, type: !6)
!94 = !DILocalVariable(name: "b", arg: 2, scope: !88, file: !3, line: 33, type: !6)
!95 = !DILocalVariable(name: "out", arg: 3, scope: !88, file: !3, line: 33, type: !91)
!96 = !DILocation(line: 0, scope: !88)
!97 = !DILocation(line: 33, column: 50, scope: !88)
!98 = !DILocation(line: 33, column: 43, scope: !88)
!99 = distinct !DISubprogram(name: "make_msg", scope: !3, file: !3, line: 35, type: !100, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !110)
!100 = !DISubroutineType(types: !101)
!101 = !{null, !102}
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !103, size: 64)
!103 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "msg", file: !3, line: 7, size: 288, elements: !104)
!104 = !{!105, !109}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "text", scope: !103, file: !3, line: 8, baseType: !106, size: 256)
!106 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 256, elements: !107)
!107 = !{!108}
!108 = !DISubrange(count: 32)
!109 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !103, file: !3, line: 9, baseType: !6, size: 32, offset: 256)
!110 = !{!111}
!111 = !DILocalVariable(name: "m", arg: 1, scope: !99, file: !3, line: 35, type: !102)
!112 = !DILocation(line: 0, scope: !99)
!113 = !DILocation(line: 36, column: 5, scope: !99)
!114 = !DILocation(line: 37, column: 5, scope: !99)
!115 = !DILocation(line: 0, scope: !23, inlinedAt: !116)
!116 = distinct !DILocation(line: 38, column: 19, scope: !99)
!117 = !DILocation(line: 16, column: 5, scope: !23, inlinedAt: !116)
!118 = !DILocation(line: 16, column: 12, scope: !23, inlinedAt: !116)
!119 = !DILocation(line: 17, column: 10, scope: !23, inlinedAt: !116)
!120 = distinct !{!120, !117, !119, !38}
!121 = !DILocation(line: 38, column: 14, scope: !99)
!122 = !DILocation(line: 38, column: 8, scope: !99)
!123 = !DILocation(line: 38, column: 12, scope: !99)
!124 = !{!125, !126, i64 32}
!125 = !{!"msg", !34, i64 0, !126, i64 32}
!126 = !{!"int", !34, i64 0}
!127 = !DILocation(line: 39, column: 1, scope: !99)
!128 = distinct !DISubprogram(name: "msg_equal", scope: !3, file: !3, line: 41, type: !129, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !133)
!129 = !DISubroutineType(types: !130)
!130 = !{!6, !131, !131}
!131 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !132, size: 64)
!132 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !103)
!133 = !{!134, !135}
!134 = !DILocalVariable(name: "a", arg: 1, scope: !128, file: !3, line: 41, type: !131)
!135 = !DILocalVariable(name: "b", arg: 2, scope: !128, file: !3, line: 41, type: !131)
!136 = !DILocation(line: 0, scope: !128)
!137 = !DILocation(line: 42, column: 15, scope: !128)
!138 = !DILocation(line: 42, column: 25, scope: !128)
!139 = !DILocation(line: 42, column: 19, scope: !128)
!140 = !DILocation(line: 42, column: 29, scope: !128)
!141 = !DILocation(line: 42, column: 57, scope: !128)
!142 = !DILocation(line: 42, column: 32, scope: !128)
!143 = !DILocation(line: 42, column: 73, scope: !128)
!144 = !DILocation(line: 42, column: 5, scope: !128)
