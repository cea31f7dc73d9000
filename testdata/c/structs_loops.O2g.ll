; ModuleID = 'testdata/c/src/structs_loops.c'
source_filename = "testdata/c/src/structs_loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { i32, i32 }
%struct.node = type { ptr, %struct.point, [8 x i8] }

@origin = dso_local local_unnamed_addr global %struct.point zeroinitializer, align 4, !dbg !0
@table = dso_local local_unnamed_addr global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 2, i32 3, i32 4], [4 x i32] [i32 5, i32 6, i32 7, i32 8], [4 x i32] [i32 9, i32 10, i32 11, i32 12], [4 x i32] [i32 13, i32 14, i32 15, i32 16]], align 64, !dbg !8
@.str = private unnamed_addr constant [6 x i8] c"alpha\00", align 1, !dbg !14
@.str.1 = private unnamed_addr constant [5 x i8] c"beta\00", align 1, !dbg !20
@.str.2 = private unnamed_addr constant [6 x i8] c"gamma\00", align 1, !dbg !25
@names = dso_local local_unnamed_addr global [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr null], align 16, !dbg !27
@tail_node = internal global %struct.node { ptr null, %struct.point { i32 3, i32 4 }, [8 x i8] c"tail\00\00\00\00" }, align 8, !dbg !48
@head_node = dso_local local_unnamed_addr global %struct.node { ptr @tail_node, %struct.point { i32 1, i32 2 }, [8 x i8] c"head\00\00\00\00" }, align 8, !dbg !33

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable
define dso_local i64 @list_sum(ptr noundef readonly %0) local_unnamed_addr #0 !dbg !57 {
    #dbg_value(ptr %0, !63, !DIExpression(), !65)
    #dbg_value(i64 0, !64, !DIExpression(), !65)
  %2 = icmp eq ptr %0, null, !dbg !66
  br i1 %2, label %16, label %3, !dbg !69

3:                                                ; preds = %1, %3
  %4 = phi i64 [ %13, %3 ], [ 0, %1 ]
  %5 = phi ptr [ %14, %3 ], [ %0, %1 ]
    #dbg_value(i64 %4, !64, !DIExpression(), !65)
    #dbg_value(ptr %5, !63, !DIExpression(), !65)
  %6 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !70
  %7 = load i32, ptr %6, align 8, !dbg !71, !tbaa !72
  %8 = sext i32 %7 to i64, !dbg !79
  %9 = getelementptr inbounds i8, ptr %5, i64 12, !dbg !80
  %10 = load i32, ptr %9, align 4, !dbg !80, !tbaa !81
  %11 = sext i32 %10 to i64, !dbg !82
  %12 = mul nsw i64 %11, %8, !dbg !83
  %13 = add nsw i64 %12, %4, !dbg !84
    #dbg_value(i64 %13, !64, !DIExpression(), !65)
  %14 = load ptr, ptr %5, align 8, !dbg !85, !tbaa !86
    #dbg_value(ptr %14, !63, !DIExpression(), !65)
  %15 = icmp eq ptr %14, null, !dbg !66
  br i1 %15, label %16, label %3, !dbg !69, !llvm.loop !87

16:                                               ; preds = %3, %1
  %17 = phi i64 [ 0, %1 ], [ %13, %3 ], !dbg !65
  ret i64 %17, !dbg !90
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable
define dso_local i32 @table_sum() local_unnamed_addr #1 !dbg !91 {
    #dbg_value(i32 0, !95, !DIExpression(), !101)
    #dbg_value(i32 0, !96, !DIExpression(), !102)
    #dbg_value(i64 0, !96, !DIExpression(), !102)
    #dbg_value(i32 0, !98, !DIExpression(), !103)
    #dbg_value(i32 0, !95, !DIExpression(), !101)
    #dbg_value(i64 0, !98, !DIExpression(), !103)
    #dbg_value(i32 0, !95, !DIExpression(), !101)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 1, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 2, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 3, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 4, !98, !DIExpression(), !103)
    #dbg_value(i64 1, !96, !DIExpression(), !102)
    #dbg_value(i32 0, !98, !DIExpression(), !103)
    #dbg_value(i64 0, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 1, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 2, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 3, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 4, !98, !DIExpression(), !103)
    #dbg_value(i64 2, !96, !DIExpression(), !102)
    #dbg_value(i32 0, !98, !DIExpression(), !103)
    #dbg_value(i64 0, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 1, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 2, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 3, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 4, !98, !DIExpression(), !103)
    #dbg_value(i64 3, !96, !DIExpression(), !102)
    #dbg_value(i32 0, !98, !DIExpression(), !103)
    #dbg_value(i64 0, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 1, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 2, !98, !DIExpression(), !103)
    #dbg_value(i32 poison, !95, !DIExpression(), !101)
    #dbg_value(i64 3, !98, !DIExpression(), !103)
  %1 = load <16 x i32>, ptr @table, align 64, !dbg !104, !tbaa !106
  %2 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %1), !dbg !107
    #dbg_value(i32 %2, !95, !DIExpression(), !101)
    #dbg_value(i64 4, !98, !DIExpression(), !103)
    #dbg_value(i64 4, !96, !DIExpression(), !102)
  ret i32 %2, !dbg !108
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define dso_local i32 @count_names() local_unnamed_addr #2 !dbg !109 {
    #dbg_value(i32 0, !111, !DIExpression(), !112)
  br label %1, !dbg !113

1:                                                ; preds = %1, %0
  %2 = phi i64 [ %6, %1 ], [ 0, %0 ], !dbg !112
    #dbg_value(i64 %2, !111, !DIExpression(), !112)
  %3 = getelementptr inbounds [4 x ptr], ptr @names, i64 0, i64 %2, !dbg !114
  %4 = load ptr, ptr %3, align 8, !dbg !114, !tbaa !115
  %5 = icmp eq ptr %4, null, !dbg !116
  %6 = add nuw nsw i64 %2, 1, !dbg !117
    #dbg_value(i64 %6, !111, !DIExpression(), !112)
  br i1 %5, label %7, label %1, !dbg !113, !llvm.loop !118

7:                                                ; preds = %1
  %8 = trunc nuw nsw i64 %2 to i32, !dbg !119
  ret i32 %8, !dbg !119
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @add_arrays(ptr noalias nocapture noundef writeonly %0, ptr noalias nocapture noundef readonly %1, ptr noalias nocapture noundef readonly %2, i32 noundef %3) local_unnamed_addr #3 !dbg !120 {
    #dbg_value(ptr %0, !129, !DIExpression(), !135)
    #dbg_value(ptr %1, !130, !DIExpression(), !135)
    #dbg_value(ptr %2, !131, !DIExpression(), !135)
    #dbg_value(i32 %3, !132, !DIExpression(), !135)
    #dbg_value(i32 0, !133, !DIExpression(), !136)
  %5 = icmp sgt i32 %3, 0, !dbg !137
  br i1 %5, label %6, label %31, !dbg !139

6:                                                ; preds = %4
  %7 = zext nneg i32 %3 to i64, !dbg !137
  %8 = icmp ult i32 %3, 8, !dbg !139
  br i1 %8, label %9, label %11, !dbg !139

9:                                                ; preds = %29, %6
  %10 = phi i64 [ 0, %6 ], [ %12, %29 ]
  br label %32, !dbg !139

11:                                               ; preds = %6
  %12 = and i64 %7, 2147483640, !dbg !139
  br label %13, !dbg !139

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %27, %13 ], !dbg !140
  %15 = getelementptr inbounds i32, ptr %1, i64 %14, !dbg !141
  %16 = getelementptr inbounds i8, ptr %15, i64 16, !dbg !141
  %17 = load <4 x i32>, ptr %15, align 4, !dbg !141, !tbaa !106
  %18 = load <4 x i32>, ptr %16, align 4, !dbg !141, !tbaa !106
  %19 = getelementptr inbounds i32, ptr %2, i64 %14, !dbg !142
  %20 = getelementptr inbounds i8, ptr %19, i64 16, !dbg !142
  %21 = load <4 x i32>, ptr %19, align 4, !dbg !142, !tbaa !106
  %22 = load <4 x i32>, ptr %20, align 4, !dbg !142, !tbaa !106
  %23 = add nsw <4 x i32> %21, %17, !dbg !143
  %24 = add nsw <4 x i32> %22, %18, !dbg !143
  %25 = getelementptr inbounds i32, ptr %0, i64 %14, !dbg !144
  %26 = getelementptr inbounds i8, ptr %25, i64 16, !dbg !145
  store <4 x i32> %23, ptr %25, align 4, !dbg !145, !tbaa !106
  store <4 x i32> %24, ptr %26, align 4, !dbg !145, !tbaa !106
  %27 = add nuw i64 %14, 8, !dbg !140
  %28 = icmp eq i64 %27, %12, !dbg !140
  br i1 %28, label %29, label %13, !dbg !140, !llvm.loop !146

29:                                               ; preds = %13
  %30 = icmp eq i64 %12, %7, !dbg !139
  br i1 %30, label %31, label %9, !dbg !139

31:                                               ; preds = %32, %29, %4
  ret void, !dbg !150

32:                                               ; preds = %9, %32
  %33 = phi i64 [ %40, %32 ], [ %10, %9 ]
    #dbg_value(i64 %33, !133, !DIExpression(), !136)
  %34 = getelementptr inbounds i32, ptr %1, i64 %33, !dbg !141
  %35 = load i32, ptr %34, align 4, !dbg !141, !tbaa !106
  %36 = getelementptr inbounds i32, ptr %2, i64 %33, !dbg !142
  %37 = load i32, ptr %36, align 4, !dbg !142, !tbaa !106
  %38 = add nsw i32 %37, %35, !dbg !143
  %39 = getelementptr inbounds i32, ptr %0, i64 %33, !dbg !144
  store i32 %38, ptr %39, align 4, !dbg !145, !tbaa !106
  %40 = add nuw nsw i64 %33, 1, !dbg !140
    #dbg_value(i64 %40, !133, !DIExpression(), !136)
  %41 = icmp eq i64 %40, %7, !dbg !137
  br i1 %41, label %31, label %32, !dbg !139, !llvm.loop !151
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @saxpy(ptr noalias nocapture noundef %0, ptr noalias nocapture noundef readonly %1, float noundef %2, i32 noundef %3) local_unnamed_addr #3 !dbg !152 {
    #dbg_value(ptr %0, !162, !DIExpression(), !168)
    #dbg_value(ptr %1, !163, !DIExpression(), !168)
    #dbg_value(float %2, !164, !DIExpression(), !168)
    #dbg_value(i32 %3, !165, !DIExpression(), !168)
    #dbg_value(i32 0, !166, !DIExpression(), !169)
  %5 = icmp sgt i32 %3, 0, !dbg !170
  br i1 %5, label %6, label %31, !dbg !172

6:                                                ; preds = %4
  %7 = zext nneg i32 %3 to i64, !dbg !170
  %8 = icmp ult i32 %3, 8, !dbg !172
  br i1 %8, label %9, label %11, !dbg !172

9:                                                ; preds = %29, %6
  %10 = phi i64 [ 0, %6 ], [ %12, %29 ]
  br label %32, !dbg !172

11:                                               ; preds = %6
  %12 = and i64 %7, 2147483640, !dbg !172
  %13 = insertelement <4 x float> poison, float %2, i64 0, !dbg !172
  %14 = shufflevector <4 x float> %13, <4 x float> poison, <4 x i32> zeroinitializer, !dbg !172
  br label %15, !dbg !172

15:                                               ; preds = %15, %11
  %16 = phi i64 [ 0, %11 ], [ %27, %15 ], !dbg !173
  %17 = getelementptr inbounds float, ptr %1, i64 %16, !dbg !174
  %18 = getelementptr inbounds i8, ptr %17, i64 16, !dbg !174
  %19 = load <4 x float>, ptr %17, align 4, !dbg !174, !tbaa !175
  %20 = load <4 x float>, ptr %18, align 4, !dbg !174, !tbaa !175
  %21 = getelementptr inbounds float, ptr %0, i64 %16, !dbg !177
  %22 = getelementptr inbounds i8, ptr %21, i64 16, !dbg !177
  %23 = load <4 x float>, ptr %21, align 4, !dbg !177, !tbaa !175
  %24 = load <4 x float>, ptr %22, align 4, !dbg !177, !tbaa !175
  %25 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %14, <4 x float> %19, <4 x float> %23), !dbg !178
  %26 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %14, <4 x float> %20, <4 x float> %24), !dbg !178
  store <4 x float> %25, ptr %21, align 4, !dbg !179, !tbaa !175
  store <4 x float> %26, ptr %22, align 4, !dbg !179, !tbaa !175
  %27 = add nuw i64 %16, 8, !dbg !173
  %28 = icmp eq i64 %27, %12, !dbg !173
  br i1 %28, label %29, label %15, !dbg !173, !llvm.loop !180

29:                                               ; preds = %15
  %30 = icmp eq i64 %12, %7, !dbg !172
  br i1 %30, label %31, label %9, !dbg !172

31:                                               ; preds = %32, %29, %4
  ret void, !dbg !182

32:                                               ; preds = %9, %32
  %33 = phi i64 [ %39, %32 ], [ %10, %9 ]
    #dbg_value(i64 %33, !166, !DIExpression(), !169)
  %34 = getelementptr inbounds float, ptr %1, i64 %33, !dbg !174
  %35 = load float, ptr %34, align 4, !dbg !174, !tbaa !175
  %36 = getelementptr inbounds float, ptr %0, i64 %33, !dbg !177
  %37 = load float, ptr %36, align 4, !dbg !177, !tbaa !175
  %38 = tail call float @llvm.fmuladd.f32(float %2, float %35, float %37), !dbg !178
  store float %38, ptr %36, align 4, !dbg !179, !tbaa !175
  %39 = add nuw nsw i64 %33, 1, !dbg !173
    #dbg_value(i64 %39, !166, !DIExpression(), !169)
  %40 = icmp eq i64 %39, %7, !dbg !170
  br i1 %40, label %31, label %32, !dbg !172, !llvm.loop !183
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @max_x(ptr nocapture noundef readonly %0, i64 noundef %1) local_unnamed_addr #5 !dbg !184 {
    #dbg_value(ptr %0, !193, !DIExpression(), !198)
    #dbg_value(i64 %1, !194, !DIExpression(), !198)
  %3 = load i32, ptr %0, align 4, !dbg !199, !tbaa !200
    #dbg_value(i32 %3, !195, !DIExpression(), !198)
    #dbg_value(i64 1, !196, !DIExpression(), !201)
  %4 = icmp ugt i64 %1, 1, !dbg !202
  br i1 %4, label %5, label %33, !dbg !204

5:                                                ; preds = %2
  %6 = add i64 %1, -1, !dbg !204
  %7 = add i64 %1, -2, !dbg !204
  %8 = and i64 %6, 3, !dbg !204
  %9 = icmp ult i64 %7, 3, !dbg !204
  br i1 %9, label %15, label %10, !dbg !204

10:                                               ; preds = %5
  %11 = and i64 %6, -4, !dbg !204
  %12 = getelementptr i8, ptr %0, i64 8, !dbg !204
  %13 = getelementptr i8, ptr %0, i64 16, !dbg !204
  %14 = getelementptr i8, ptr %0, i64 24, !dbg !204
  br label %35, !dbg !204

15:                                               ; preds = %61, %5
  %16 = phi i32 [ poison, %5 ], [ %62, %61 ]
  %17 = phi i64 [ 1, %5 ], [ %63, %61 ]
  %18 = phi i32 [ %3, %5 ], [ %62, %61 ]
  %19 = icmp eq i64 %8, 0, !dbg !205
  br i1 %19, label %33, label %20, !dbg !205

20:                                               ; preds = %15, %28
  %21 = phi i64 [ %30, %28 ], [ %17, %15 ]
  %22 = phi i32 [ %29, %28 ], [ %18, %15 ]
  %23 = phi i64 [ %31, %28 ], [ 0, %15 ]
    #dbg_value(i64 %21, !196, !DIExpression(), !201)
    #dbg_value(i32 %22, !195, !DIExpression(), !198)
  %24 = getelementptr inbounds %struct.point, ptr %0, i64 %21, !dbg !206
  %25 = load i32, ptr %24, align 4, !dbg !208, !tbaa !200
  %26 = icmp sgt i32 %25, %22, !dbg !209
  br i1 %26, label %27, label %28, !dbg !205, !prof !210

27:                                               ; preds = %20
    #dbg_value(i32 %25, !195, !DIExpression(), !198)
  br label %28, !dbg !211

28:                                               ; preds = %27, %20
  %29 = phi i32 [ %25, %27 ], [ %22, %20 ], !dbg !198
    #dbg_value(i32 %29, !195, !DIExpression(), !198)
  %30 = add nuw i64 %21, 1, !dbg !212
    #dbg_value(i64 %30, !196, !DIExpression(), !201)
  %31 = add i64 %23, 1, !dbg !204
  %32 = icmp eq i64 %31, %8, !dbg !204
  br i1 %32, label %33, label %20, !dbg !204, !llvm.loop !213

33:                                               ; preds = %15, %28, %2
  %34 = phi i32 [ %3, %2 ], [ %16, %15 ], [ %29, %28 ], !dbg !198
  ret i32 %34, !dbg !215

35:                                               ; preds = %61, %10
  %36 = phi i64 [ 1, %10 ], [ %63, %61 ]
  %37 = phi i32 [ %3, %10 ], [ %62, %61 ]
  %38 = phi i64 [ 0, %10 ], [ %64, %61 ]
    #dbg_value(i64 %36, !196, !DIExpression(), !201)
    #dbg_value(i32 %37, !195, !DIExpression(), !198)
  %39 = getelementptr inbounds %struct.point, ptr %0, i64 %36, !dbg !206
  %40 = load i32, ptr %39, align 4, !dbg !208, !tbaa !200
  %41 = icmp sgt i32 %40, %37, !dbg !209
  br i1 %41, label %42, label %43, !dbg !205, !prof !210

42:                                               ; preds = %35
    #dbg_value(i32 %40, !195, !DIExpression(), !198)
  br label %43, !dbg !211

43:                                               ; preds = %35, %42
  %44 = phi i32 [ %40, %42 ], [ %37, %35 ], !dbg !198
    #dbg_value(i32 %44, !195, !DIExpression(), !198)
    #dbg_value(i64 %36, !196, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !201)
  %45 = getelementptr %struct.point, ptr %12, i64 %36, !dbg !206
  %46 = load i32, ptr %45, align 4, !dbg !208, !tbaa !200
  %47 = icmp sgt i32 %46, %44, !dbg !209
  br i1 %47, label %48, label %49, !dbg !205, !prof !210

48:                                               ; preds = %43
    #dbg_value(i32 %46, !195, !DIExpression(), !198)
  br label %49, !dbg !211

49:                                               ; preds = %48, %43
  %50 = phi i32 [ %46, %48 ], [ %44, %43 ], !dbg !198
    #dbg_value(i32 %50, !195, !DIExpression(), !198)
    #dbg_value(i64 %36, !196, !DIExpression(DW_OP_plus_uconst, 2, DW_OP_stack_value), !201)
  %51 = getelementptr %struct.point, ptr %13, i64 %36, !dbg !206
  %52 = load i32, ptr %51, align 4, !dbg !208, !tbaa !200
  %53 = icmp sgt i32 %52, %50, !dbg !209
  br i1 %53, label %54, label %55, !dbg !205, !prof !210

54:                                               ; preds = %49
    #dbg_value(i32 %52, !195, !DIExpression(), !198)
  br label %55, !dbg !211

55:                                               ; preds = %54, %49
  %56 = phi i32 [ %52, %54 ], [ %50, %49 ], !dbg !198
    #dbg_value(i32 %56, !195, !DIExpression(), !198)
    #dbg_value(i64 %36, !196, !DIExpression(DW_OP_plus_uconst, 3, DW_OP_stack_value), !201)
  %57 = getelementptr %struct.point, ptr %14, i64 %36, !dbg !206
  %58 = load i32, ptr %57, align 4, !dbg !208, !tbaa !200
  %59 = icmp sgt i32 %58, %56, !dbg !209
  br i1 %59, label %60, label %61, !dbg !205, !prof !210

60:                                               ; preds = %55
    #dbg_value(i32 %58, !195, !DIExpression(), !198)
  br label %61, !dbg !211

61:                                               ; preds = %60, %55
  %62 = phi i32 [ %58, %60 ], [ %56, %55 ], !dbg !198
    #dbg_value(i32 %62, !195, !DIExpression(), !198)
  %63 = add nuw i64 %36, 4, !dbg !212
    #dbg_value(i64 %63, !196, !DIExpression(), !201)
  %64 = add i64 %38, 4, !dbg !204
  %65 = icmp eq i64 %64, %11, !dbg !204
  br i1 %65, label %15, label %35, !dbg !204, !llvm.loop !216
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #6

attributes #0 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!50, !51, !52, !53, !54, !55, !56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "origin", scope: !2, file: !3, line: 16, type: !40, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !7, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "testdata/c/src/structs_loops.c", directory: ".", checksumkind: CSK_MD5, checksum: "4390cac2bd3d18c20f8b1630c4cd5051")
!4 = !{!5, !6}
!5 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!6 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!7 = !{!0, !8, !14, !20, !25, !27, !33, !48}
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(name: "table", scope: !2, file: !3, line: 17, type: !10, isLocal: false, isDefinition: true)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 512, elements: !12)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = !{!13, !13}
!13 = !DISubrange(count: 4)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !17, size: 48, elements: !18)
!17 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!18 = !{!19}
!19 = !DISubrange(count: 6)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !22, isLocal: true, isDefinition: true)
!22 = !DICompositeType(tag: DW_TAG_array_type, baseType: !17, size: 40, elements: !23)
!23 = !{!24}
!24 = !DISubrange(count: 5)
!25 = !DIGlobalVariableExpression(var: !26, expr: !DIExpression())
!26 = distinct !DIGlobalVariable(scope: null, file: !3, line: 18, type: !16, isLocal: true, isDefinition: true)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "names", scope: !2, file: !3, line: 18, type: !29, isLocal: false, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 256, elements: !32)
!30 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !31, size: 64)
!31 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!32 = !{!13}
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "head_node", scope: !2, file: !3, line: 20, type: !35, isLocal: false, isDefinition: true)
!35 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "node", file: !3, line: 10, size: 192, elements: !36)
!36 = !{!37, !39, !44}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !35, file: !3, line: 11, baseType: !38, size: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !35, file: !3, line: 12, baseType: !40, size: 64, offset: 64)
!40 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "point", file: !3, line: 6, size: 64, elements: !41)
!41 = !{!42, !43}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !40, file: !3, line: 7, baseType: !11, size: 32)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !40, file: !3, line: 7, baseType: !11, size: 32, offset: 32)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !35, file: !3, line: 13, baseType: !45, size: 64, offset: 128)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !17, size: 64, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 8)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(name: "tail_node", scope: !2, file: !3, line: 19, type: !35, isLocal: true, isDefinition: true)
!50 = !{i32 7, !"Dwarf Version", i32 5}
!51 = !{i32 2, !"Debug Info Version", i32 3}
!52 = !{i32 1, !"wchar_size", i32 4}
!53 = !{i32 8, !"PIC Level", i32 2}
!54 = !{i32 7, !"PIE Level", i32 2}
!55 = !{i32 7, !"uwtable", i32 2}
!56 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!57 = distinct !DISubprogram(name: "list_sum", scope: !3, file: !3, line: 22, type: !58, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !62)
!58 = !DISubroutineType(types: !59)
!59 = !{!6, !60}
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!61 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !35)
!62 = !{!63, !64}
!63 = !DILocalVariable(name: "n", arg: 1, scope: !57, file: !3, line: 22, type: !60)
!64 = !DILocalVariable(name: "s", scope: !57, file: !3, line: 23, type: !6)
!65 = !DILocation(line: 0, scope: !57)
!66 = !DILocation(line: 24, column: 14, scope: !67)
!67 = distinct !DILexicalBlock(scope: !68, file: !3, line: 24, column: 5)
!68 = distinct !DILexicalBlock(scope: !57, file: !3, line: 24, column: 5)
!69 = !DILocation(line: 24, column: 5, scope: !68)
!70 = !DILocation(line: 25, column: 17, scope: !67)
!71 = !DILocation(line: 25, column: 19, scope: !67)
!72 = !{!73, !78, i64 8}
!73 = !{!"node", !74, i64 0, !77, i64 8, !75, i64 16}
!74 = !{!"any pointer", !75, i64 0}
!75 = !{!"omnipotent char", !76, i64 0}
!76 = !{!"Simple C/C++ TBAA"}
!77 = !{!"point", !78, i64 0, !78, i64 4}
!78 = !{!"int", !75, i64 0}
!79 = !DILocation(line: 25, column: 14, scope: !67)
!80 = !DILocation(line: 25, column: 34, scope: !67)
!81 = !{!73, !78, i64 12}
!82 = !DILocation(line: 25, column: 23, scope: !67)
!83 = !DILocation(line: 25, column: 21, scope: !67)
!84 = !DILocation(line: 25, column: 11, scope: !67)
!85 = !DILocation(line: 24, column: 30, scope: !67)
!86 = !{!73, !74, i64 0}
!87 = distinct !{!87, !69, !88, !89}
!88 = !DILocation(line: 25, column: 34, scope: !68)
!89 = !{!"llvm.loop.mustprogress"}
!90 = !DILocation(line: 26, column: 5, scope: !57)
!91 = distinct !DISubprogram(name: "table_sum", scope: !3, file: !3, line: 29, type: !92, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !94)
!92 = !DISubroutineType(types: !93)
!93 = !{!11}
!94 = !{!95, !96, !98}
!95 = !DILocalVariable(name: "s", scope: !91, file: !3, line: 30, type: !11)
!96 = !DILocalVariable(name: "i", scope: !97, file: !3, line: 31, type: !11)
!97 = distinct !DILexicalBlock(scope: !91, file: !3, line: 31, column: 5)
!98 = !DILocalVariable(name: "j", scope: !99, file: !3, line: 32, type: !11)
!99 = distinct !DILexicalBlock(scope: !100, file: !3, line: 32, column: 9)
!100 = distinct !DILexicalBlock(scope: !97, file: !3, line: 31, column: 5)
!101 = !DILocation(line: 0, scope: !91)
!102 = !DILocation(line: 0, scope: !97)
!103 = !DILocation(line: 0, scope: !99)
!104 = !DILocation(line: 33, column: 18, scope: !105)
!105 = distinct !DILexicalBlock(scope: !99, file: !3, line: 32, column: 9)
!106 = !{!78, !78, i64 0}
!107 = !DILocation(line: 33, column: 15, scope: !105)
!108 = !DILocation(line: 34, column: 5, scope: !91)
!109 = distinct !DISubprogram(name: "count_names", scope: !3, file: !3, line: 37, type: !92, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !110)
!110 = !{!111}
!111 = !DILocalVariable(name: "n", scope: !109, file: !3, line: 38, type: !11)
!112 = !DILocation(line: 0, scope: !109)
!113 = !DILocation(line: 39, column: 5, scope: !109)
!114 = !DILocation(line: 39, column: 12, scope: !109)
!115 = !{!74, !74, i64 0}
!116 = !DILocation(line: 39, column: 21, scope: !109)
!117 = !DILocation(line: 40, column: 10, scope: !109)
!118 = distinct !{!118, !113, !117, !89}
!119 = !DILocation(line: 41, column: 5, scope: !109)
!120 = distinct !DISubprogram(name: "add_arrays", scope: !3, file: !3, line: 44, type: !121, scopeLine: 44, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !128)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !123, !125, !125, !11}
!123 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !124)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64)
!125 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !126)
!126 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !127, size: 64)
!127 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!128 = !{!129, !130, !131, !132, !133}
!129 = !DILocalVariable(name: "dst", arg: 1, scope: !120, file: !3, line: 44, type: !123)
!130 = !DILocalVariable(name: "a", arg: 2, scope: !120, file: !3, line: 44, type: !125)
!131 = !DILocalVariable(name: "b", arg: 3, scope: !120, file: !3, line: 44, type: !125)
!132 = !DILocalVariable(name: "n", arg: 4, scope: !120, file: !3, line: 44, type: !11)
!133 = !DILocalVariable(name: "i", scope: !134, file: !3, line: 45, type: !11)
!134 = distinct !DILexicalBlock(scope: !120, file: !3, line: 45, column: 5)
!135 = !DILocation(line: 0, scope: !120)
!136 = !DILocation(line: 0, scope: !134)
!137 = !DILocation(line: 45, column: 23, scope: !138)
!138 = distinct !DILexicalBlock(scope: !134, file: !3, line: 45, column: 5)
!139 = !DILocation(line: 45, column: 5, scope: !134)
!140 = !DILocation(line: 45, column: 29, scope: !138)
!141 = !DILocation(line: 46, column: 18, scope: !138)
!142 = !DILocation(line: 46, column: 25, scope: !138)
!143 = !DILocation(line: 46, column: 23, scope: !138)
!144 = !DILocation(line: 46, column: 9, scope: !138)
!145 = !DILocation(line: 46, column: 16, scope: !138)
!146 = distinct !{!146, !139, !147, !89, !148, !149}
!147 = !DILocation(line: 46, column: 28, scope: !134)
!148 = !{!"llvm.loop.isvectorized", i32 1}
!149 = !{!"llvm.loop.unroll.runtime.disable"}
!150 = !DILocation(line: 47, column: 1, scope: !120)
!151 = distinct !{!151, !139, !147, !89, !149, !148}
!152 = distinct !DISubprogram(name: "saxpy", scope: !3, file: !3, line: 49, type: !153, scopeLine: 49, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !161)
!153 = !DISubroutineType(types: !154)
!154 = !{null, !155, !158, !157, !11}
!155 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !156)
!156 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !157, size: 64)
!157 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!158 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !159)
!159 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !160, size: 64)
!160 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !157)
!161 = !{!162, !163, !164, !165, !166}
!162 = !DILocalVariable(name: "y", arg: 1, scope: !152, file: !3, line: 49, type: !155)
!163 = !DILocalVariable(name: "x", arg: 2, scope: !152, file: !3, line: 49, type: !158)
!164 = !DILocalVariable(name: "alpha", arg: 3, scope: !152, file: !3, line: 49, type: !157)
!165 = !DILocalVariable(name: "n", arg: 4, scope: !152, file: !3, line: 49, type: !11)
!166 = !DILocalVariable(name: "i", scope: !167, file: !3, line: 50, type: !11)
!167 = distinct !DILexicalBlock(scope: !152, file: !3, line: 50, column: 5)
!168 = !DILocation(line: 0, scope: !152)
!169 = !DILocation(line: 0, scope: !167)
!170 = !DILocation(line: 50, column: 23, scope: !171)
!171 = distinct !DILexicalBlock(scope: !167, file: !3, line: 50, column: 5)
!172 = !DILocation(line: 50, column: 5, scope: !167)
!173 = !DILocation(line: 50, column: 29, scope: !171)
!174 = !DILocation(line: 51, column: 24, scope: !171)
!175 = !{!176, !176, i64 0}
!176 = !{!"float", !75, i64 0}
!177 = !DILocation(line: 51, column: 31, scope: !171)
!178 = !DILocation(line: 51, column: 29, scope: !171)
!179 = !DILocation(line: 51, column: 14, scope: !171)
!180 = distinct !{!180, !172, !181, !89, !148, !149}
!181 = !DILocation(line: 51, column: 34, scope: !167)
!182 = !DILocation(line: 52, column: 1, scope: !152)
!183 = distinct !{!183, !172, !181, !89, !149, !148}
!184 = distinct !DISubprogram(name: "max_x", scope: !3, file: !3, line: 54, type: !185, scopeLine: 54, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !192)
!185 = !DISubroutineType(types: !186)
!186 = !{!11, !187, !189}
!187 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !188, size: 64)
!188 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !40)
!189 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !190, line: 18, baseType: !191)
!190 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!191 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!192 = !{!193, !194, !195, !196}
!193 = !DILocalVariable(name: "pts", arg: 1, scope: !184, file: !3, line: 54, type: !187)
!194 = !DILocalVariable(name: "n", arg: 2, scope: !184, file: !3, line: 54, type: !189)
!195 = !DILocalVariable(name: "best", scope: !184, file: !3, line: 55, type: !11)
!196 = !DILocalVariable(name: "i", scope: !197, file: !3, line: 56, type: !189)
!197 = distinct !DILexicalBlock(scope: !184, file: !3, line: 56, column: 5)
!198 = !DILocation(line: 0, scope: !184)
!199 = !DILocation(line: 55, column: 23, scope: !184)
!200 = !{!77, !78, i64 0}
!201 = !DILocation(line: 0, scope: !197)
!202 = !DILocation(line: 56, column: 26, scope: !203)
!203 = distinct !DILexicalBlock(scope: !197, file: !3, line: 56, column: 5)
!204 = !DILocation(line: 56, column: 5, scope: !197)
!205 = !DILocation(line: 57, column: 13, scope: !203)
!206 = !DILocation(line: 57, column: 30, scope: !207)
!207 = distinct !DILexicalBlock(scope: !203, file: !3, line: 57, column: 13)
!208 = !DILocation(line: 57, column: 37, scope: !207)
!209 = !DILocation(line: 57, column: 39, scope: !207)
!210 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!211 = !DILocation(line: 58, column: 13, scope: !207)
!212 = !DILocation(line: 56, column: 32, scope: !203)
!213 = distinct !{!213, !214}
!214 = !{!"llvm.loop.unroll.disable"}
!215 = !DILocation(line: 59, column: 5, scope: !184)
!216 = distinct !{!216, !204, !217, !89}
!217 = !DILocation(line: 58, column: 27, scope: !197)
