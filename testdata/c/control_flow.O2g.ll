; ModuleID = 'testdata/c/src/control_flow.c'
source_filename = "testdata/c/src/control_flow.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@ops = dso_local local_unnamed_addr global [3 x ptr] [ptr @add, ptr @sub, ptr @mul], align 16, !dbg !0
@env = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16, !dbg !7
@switch.table.classify = private unnamed_addr constant [5 x i32] [i32 10, i32 11, i32 13, i32 17, i32 19], align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 -1, 20) i32 @classify(i32 noundef %0) local_unnamed_addr #0 !dbg !49 {
    #dbg_value(i32 %0, !53, !DIExpression(), !54)
  %2 = icmp ult i32 %0, 5, !dbg !55
  br i1 %2, label %3, label %7, !dbg !55

3:                                                ; preds = %1
  %4 = zext nneg i32 %0 to i64, !dbg !55
  %5 = getelementptr inbounds [5 x i32], ptr @switch.table.classify, i64 0, i64 %4, !dbg !55
  %6 = load i32, ptr %5, align 4, !dbg !55
  br label %7, !dbg !55

7:                                                ; preds = %1, %3
  %8 = phi i32 [ %6, %3 ], [ -1, %1 ], !dbg !56
  ret i32 %8, !dbg !58
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local range(i32 0, 5) i32 @sparse(i32 noundef %0) local_unnamed_addr #0 !dbg !59 {
    #dbg_value(i32 %0, !61, !DIExpression(), !62)
  switch i32 %0, label %5 [
    i32 1, label %6
    i32 100, label %2
    i32 1000, label %3
    i32 10000, label %4
  ], !dbg !63

2:                                                ; preds = %1
  br label %6, !dbg !64

3:                                                ; preds = %1
  br label %6, !dbg !66

4:                                                ; preds = %1
  br label %6, !dbg !67

5:                                                ; preds = %1
  br label %6, !dbg !68

6:                                                ; preds = %1, %5, %4, %3, %2
  %7 = phi i32 [ 0, %5 ], [ 4, %4 ], [ 3, %3 ], [ 2, %2 ], [ %0, %1 ], !dbg !69
  ret i32 %7, !dbg !70
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @add(i32 noundef %0, i32 noundef %1) #0 !dbg !71 {
    #dbg_value(i32 %0, !73, !DIExpression(), !75)
    #dbg_value(i32 %1, !74, !DIExpression(), !75)
  %3 = add nsw i32 %1, %0, !dbg !76
  ret i32 %3, !dbg !77
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @sub(i32 noundef %0, i32 noundef %1) #0 !dbg !78 {
    #dbg_value(i32 %0, !80, !DIExpression(), !82)
    #dbg_value(i32 %1, !81, !DIExpression(), !82)
  %3 = sub nsw i32 %0, %1, !dbg !83
  ret i32 %3, !dbg !84
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i32 @mul(i32 noundef %0, i32 noundef %1) #0 !dbg !85 {
    #dbg_value(i32 %0, !87, !DIExpression(), !89)
    #dbg_value(i32 %1, !88, !DIExpression(), !89)
  %3 = mul nsw i32 %1, %0, !dbg !90
  ret i32 %3, !dbg !91
}

; Function Attrs: nounwind uwtable
define dso_local i32 @apply(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 !dbg !92 {
    #dbg_value(i32 %0, !96, !DIExpression(), !99)
    #dbg_value(i32 %1, !97, !DIExpression(), !99)
    #dbg_value(i32 %2, !98, !DIExpression(), !99)
  %4 = icmp ugt i32 %0, 2, !dbg !100
  br i1 %4, label %10, label %5, !dbg !102, !prof !103

5:                                                ; preds = %3
  %6 = zext nneg i32 %0 to i64, !dbg !104
  %7 = getelementptr inbounds [3 x ptr], ptr @ops, i64 0, i64 %6, !dbg !104
  %8 = load ptr, ptr %7, align 8, !dbg !104, !tbaa !105
  %9 = tail call i32 %8(i32 noundef %1, i32 noundef %2) #8, !dbg !104
  br label %10, !dbg !109

10:                                               ; preds = %3, %5
  %11 = phi i32 [ %9, %5 ], [ 0, %3 ], !dbg !99
  ret i32 %11, !dbg !110
}

; Function Attrs: nounwind uwtable
define dso_local i32 @call_through(ptr nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #1 !dbg !111 {
    #dbg_value(ptr %0, !115, !DIExpression(), !117)
    #dbg_value(i32 %1, !116, !DIExpression(), !117)
  %3 = tail call i32 %0(i32 noundef %1, i32 noundef %1) #8, !dbg !118
  ret i32 %3, !dbg !119
}

; Function Attrs: noreturn nounwind uwtable
define dso_local void @fail(i32 noundef %0) local_unnamed_addr #2 !dbg !120 {
    #dbg_value(i32 %0, !124, !DIExpression(), !125)
  tail call void @longjmp(ptr noundef nonnull @env, i32 noundef %0) #9, !dbg !126
  unreachable, !dbg !126
}

; Function Attrs: noreturn nounwind
declare !dbg !127 void @longjmp(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local i32 @guarded(i32 noundef %0) local_unnamed_addr #1 !dbg !131 {
    #dbg_value(i32 %0, !133, !DIExpression(), !135)
  %2 = call i32 @_setjmp(ptr noundef nonnull @env) #10, !dbg !136
    #dbg_value(i32 %2, !134, !DIExpression(), !135)
  %3 = icmp eq i32 %2, 0, !dbg !137
  br i1 %3, label %6, label %4, !dbg !139

4:                                                ; preds = %1
  %5 = sub nsw i32 0, %2, !dbg !140
  br label %11, !dbg !141

6:                                                ; preds = %1
  %7 = icmp slt i32 %0, 0, !dbg !142
  br i1 %7, label %8, label %9, !dbg !144

8:                                                ; preds = %6
    #dbg_value(i32 7, !124, !DIExpression(), !145)
  call void @longjmp(ptr noundef nonnull @env, i32 noundef 7) #9, !dbg !147
  unreachable, !dbg !147

9:                                                ; preds = %6
  %10 = shl nuw nsw i32 %0, 1, !dbg !148
  br label %11, !dbg !149

11:                                               ; preds = %9, %4
  %12 = phi i32 [ %5, %4 ], [ %10, %9 ], !dbg !135
  ret i32 %12, !dbg !150
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nounwind returns_twice
declare !dbg !151 i32 @_setjmp(ptr noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @sum_ints(i32 noundef %0, ...) local_unnamed_addr #6 !dbg !154 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16, !DIAssignID !175
    #dbg_assign(i1 undef, !159, !DIExpression(), !175, ptr %2, !DIExpression(), !176)
    #dbg_value(i32 %0, !158, !DIExpression(), !176)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8, !dbg !177
  call void @llvm.va_start.p0(ptr nonnull %2), !dbg !178
    #dbg_value(i32 0, !172, !DIExpression(), !176)
    #dbg_value(i32 0, !173, !DIExpression(), !179)
    #dbg_value(i32 0, !173, !DIExpression(), !179)
    #dbg_value(i32 0, !172, !DIExpression(), !176)
  %3 = icmp sgt i32 %0, 0, !dbg !180
  br i1 %3, label %4, label %32, !dbg !182

4:                                                ; preds = %1
  %5 = load i32, ptr %2, align 16
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load ptr, ptr %6, align 8
  %10 = and i32 %0, 1, !dbg !182
  %11 = icmp eq i32 %0, 1, !dbg !182
  br i1 %11, label %14, label %12, !dbg !182

12:                                               ; preds = %4
  %13 = and i32 %0, 2147483646, !dbg !182
  br label %34, !dbg !182

14:                                               ; preds = %59, %4
  %15 = phi i32 [ poison, %4 ], [ %64, %59 ]
  %16 = phi ptr [ %9, %4 ], [ %60, %59 ]
  %17 = phi i32 [ 0, %4 ], [ %64, %59 ]
  %18 = phi i32 [ %5, %4 ], [ %61, %59 ]
  %19 = icmp eq i32 %10, 0, !dbg !183
  br i1 %19, label %32, label %20, !dbg !183

20:                                               ; preds = %14
    #dbg_value(i32 poison, !173, !DIExpression(), !179)
    #dbg_value(i32 %17, !172, !DIExpression(), !176)
  %21 = icmp ult i32 %18, 41, !dbg !183
  br i1 %21, label %24, label %22, !dbg !183

22:                                               ; preds = %20
  %23 = getelementptr i8, ptr %16, i64 8, !dbg !183
  store ptr %23, ptr %6, align 8, !dbg !183, !DIAssignID !184
    #dbg_assign(ptr %23, !159, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !184, ptr %6, !DIExpression(), !176)
  br label %28, !dbg !183

24:                                               ; preds = %20
  %25 = zext nneg i32 %18 to i64, !dbg !183
  %26 = getelementptr i8, ptr %8, i64 %25, !dbg !183
  %27 = add nuw nsw i32 %18, 8, !dbg !183
  store i32 %27, ptr %2, align 16, !dbg !183, !DIAssignID !185
    #dbg_assign(i32 %27, !159, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !185, ptr %2, !DIExpression(), !176)
  br label %28, !dbg !183

28:                                               ; preds = %24, %22
  %29 = phi ptr [ %26, %24 ], [ %16, %22 ], !dbg !183
  %30 = load i32, ptr %29, align 4, !dbg !183, !tbaa !186
  %31 = add nsw i32 %30, %17, !dbg !188
    #dbg_value(i32 %31, !172, !DIExpression(), !176)
    #dbg_value(i32 poison, !173, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !179)
  br label %32, !dbg !189

32:                                               ; preds = %28, %14, %1
  %33 = phi i32 [ 0, %1 ], [ %15, %14 ], [ %31, %28 ], !dbg !176
  call void @llvm.va_end.p0(ptr nonnull %2), !dbg !189
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8, !dbg !190
  ret i32 %33, !dbg !191

34:                                               ; preds = %59, %12
  %35 = phi ptr [ %9, %12 ], [ %60, %59 ]
  %36 = phi i32 [ 0, %12 ], [ %64, %59 ]
  %37 = phi i32 [ %5, %12 ], [ %61, %59 ]
  %38 = phi i32 [ 0, %12 ], [ %65, %59 ]
    #dbg_value(i32 poison, !173, !DIExpression(), !179)
    #dbg_value(i32 %36, !172, !DIExpression(), !176)
  %39 = icmp ult i32 %37, 41, !dbg !183
  br i1 %39, label %40, label %44, !dbg !183

40:                                               ; preds = %34
  %41 = zext nneg i32 %37 to i64, !dbg !183
  %42 = getelementptr i8, ptr %8, i64 %41, !dbg !183
  %43 = add nuw nsw i32 %37, 8, !dbg !183
  store i32 %43, ptr %2, align 16, !dbg !183, !DIAssignID !185
    #dbg_assign(i32 %43, !159, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !185, ptr %2, !DIExpression(), !176)
  br label %46, !dbg !183

44:                                               ; preds = %34
  %45 = getelementptr i8, ptr %35, i64 8, !dbg !183
  store ptr %45, ptr %6, align 8, !dbg !183, !DIAssignID !184
    #dbg_assign(ptr %45, !159, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !184, ptr %6, !DIExpression(), !176)
  br label %46, !dbg !183

46:                                               ; preds = %44, %40
  %47 = phi ptr [ %35, %40 ], [ %45, %44 ]
  %48 = phi i32 [ %43, %40 ], [ %37, %44 ]
  %49 = phi ptr [ %42, %40 ], [ %35, %44 ], !dbg !183
  %50 = load i32, ptr %49, align 4, !dbg !183, !tbaa !186
  %51 = add nsw i32 %50, %36, !dbg !188
    #dbg_value(i32 %51, !172, !DIExpression(), !176)
    #dbg_value(i32 poison, !173, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !179)
  %52 = icmp ult i32 %48, 41, !dbg !183
  br i1 %52, label %55, label %53, !dbg !183

53:                                               ; preds = %46
  %54 = getelementptr i8, ptr %47, i64 8, !dbg !183
  store ptr %54, ptr %6, align 8, !dbg !183, !DIAssignID !184
    #dbg_assign(ptr %54, !159, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !184, ptr %6, !DIExpression(), !176)
  br label %59, !dbg !183

55:                                               ; preds = %46
  %56 = zext nneg i32 %48 to i64, !dbg !183
  %57 = getelementptr i8, ptr %8, i64 %56, !dbg !183
  %58 = add nuw nsw i32 %48, 8, !dbg !183
  store i32 %58, ptr %2, align 16, !dbg !183, !DIAssignID !185
    #dbg_assign(i32 %58, !159, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !185, ptr %2, !DIExpression(), !176)
  br label %59, !dbg !183

59:                                               ; preds = %55, %53
  %60 = phi ptr [ %47, %55 ], [ %54, %53 ]
  %61 = phi i32 [ %58, %55 ], [ %48, %53 ]
  %62 = phi ptr [ %57, %55 ], [ %47, %53 ], !dbg !183
  %63 = load i32, ptr %62, align 4, !dbg !183, !tbaa !186
  %64 = add nsw i32 %63, %51, !dbg !188
    #dbg_value(i32 %64, !172, !DIExpression(), !176)
    #dbg_value(i32 poison, !173, !DIExpression(DW_OP_plus_uconst, 2, DW_OP_stack_value), !179)
  %65 = add i32 %38, 2, !dbg !182
  %66 = icmp eq i32 %65, %13, !dbg !182
  br i1 %66, label %14, label %34, !dbg !182, !llvm.loop !192
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #7

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local double @sum_doubles(i32 noundef %0, ...) local_unnamed_addr #6 !dbg !195 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16, !DIAssignID !205
    #dbg_assign(i1 undef, !201, !DIExpression(), !205, ptr %2, !DIExpression(), !206)
    #dbg_value(i32 %0, !200, !DIExpression(), !206)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #8, !dbg !207
  call void @llvm.va_start.p0(ptr nonnull %2), !dbg !208
    #dbg_value(double 0.000000e+00, !202, !DIExpression(), !206)
    #dbg_value(i32 0, !203, !DIExpression(), !209)
  %3 = icmp sgt i32 %0, 0, !dbg !210
  br i1 %3, label %4, label %33, !dbg !212

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %2, i64 4
  %6 = getelementptr inbounds i8, ptr %2, i64 8
  %7 = getelementptr inbounds i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 16
  %9 = load i32, ptr %5, align 4
  %10 = load ptr, ptr %6, align 8
  %11 = and i32 %0, 1, !dbg !212
  %12 = icmp eq i32 %0, 1, !dbg !212
  br i1 %12, label %15, label %13, !dbg !212

13:                                               ; preds = %4
  %14 = and i32 %0, 2147483646, !dbg !212
  br label %35, !dbg !212

15:                                               ; preds = %60, %4
  %16 = phi double [ poison, %4 ], [ %65, %60 ]
  %17 = phi ptr [ %10, %4 ], [ %61, %60 ]
  %18 = phi i32 [ %9, %4 ], [ %62, %60 ]
  %19 = phi double [ 0.000000e+00, %4 ], [ %65, %60 ]
  %20 = icmp eq i32 %11, 0, !dbg !213
  br i1 %20, label %33, label %21, !dbg !213

21:                                               ; preds = %15
    #dbg_value(i32 poison, !203, !DIExpression(), !209)
    #dbg_value(double %19, !202, !DIExpression(), !206)
  %22 = icmp ult i32 %18, 161, !dbg !213
  br i1 %22, label %25, label %23, !dbg !213

23:                                               ; preds = %21
  %24 = getelementptr i8, ptr %17, i64 8, !dbg !213
  store ptr %24, ptr %6, align 8, !dbg !213, !DIAssignID !214
    #dbg_assign(ptr %24, !201, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !214, ptr %6, !DIExpression(), !206)
  br label %29, !dbg !213

25:                                               ; preds = %21
  %26 = zext nneg i32 %18 to i64, !dbg !213
  %27 = getelementptr i8, ptr %8, i64 %26, !dbg !213
  %28 = add nuw nsw i32 %18, 16, !dbg !213
  store i32 %28, ptr %5, align 4, !dbg !213, !DIAssignID !215
    #dbg_assign(i32 %28, !201, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !215, ptr %5, !DIExpression(), !206)
  br label %29, !dbg !213

29:                                               ; preds = %25, %23
  %30 = phi ptr [ %27, %25 ], [ %17, %23 ], !dbg !213
  %31 = load double, ptr %30, align 8, !dbg !213, !tbaa !216
  %32 = fadd double %19, %31, !dbg !218
    #dbg_value(double %32, !202, !DIExpression(), !206)
    #dbg_value(i32 poison, !203, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !209)
  br label %33, !dbg !219

33:                                               ; preds = %29, %15, %1
  %34 = phi double [ 0.000000e+00, %1 ], [ %16, %15 ], [ %32, %29 ], !dbg !206
  call void @llvm.va_end.p0(ptr nonnull %2), !dbg !219
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #8, !dbg !220
  ret double %34, !dbg !221

35:                                               ; preds = %60, %13
  %36 = phi ptr [ %10, %13 ], [ %61, %60 ]
  %37 = phi i32 [ %9, %13 ], [ %62, %60 ]
  %38 = phi double [ 0.000000e+00, %13 ], [ %65, %60 ]
  %39 = phi i32 [ 0, %13 ], [ %66, %60 ]
    #dbg_value(i32 poison, !203, !DIExpression(), !209)
    #dbg_value(double %38, !202, !DIExpression(), !206)
  %40 = icmp ult i32 %37, 161, !dbg !213
  br i1 %40, label %41, label %45, !dbg !213

41:                                               ; preds = %35
  %42 = zext nneg i32 %37 to i64, !dbg !213
  %43 = getelementptr i8, ptr %8, i64 %42, !dbg !213
  %44 = add nuw nsw i32 %37, 16, !dbg !213
  store i32 %44, ptr %5, align 4, !dbg !213, !DIAssignID !215
    #dbg_assign(i32 %44, !201, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !215, ptr %5, !DIExpression(), !206)
  br label %47, !dbg !213

45:                                               ; preds = %35
  %46 = getelementptr i8, ptr %36, i64 8, !dbg !213
  store ptr %46, ptr %6, align 8, !dbg !213, !DIAssignID !214
    #dbg_assign(ptr %46, !201, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !214, ptr %6, !DIExpression(), !206)
  br label %47, !dbg !213

47:                                               ; preds = %45, %41
  %48 = phi ptr [ %36, %41 ], [ %46, %45 ]
  %49 = phi i32 [ %44, %41 ], [ %37, %45 ]
  %50 = phi ptr [ %43, %41 ], [ %36, %45 ], !dbg !213
  %51 = load double, ptr %50, align 8, !dbg !213, !tbaa !216
  %52 = fadd double %38, %51, !dbg !218
    #dbg_value(double %52, !202, !DIExpression(), !206)
    #dbg_value(i32 poison, !203, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value), !209)
  %53 = icmp ult i32 %49, 161, !dbg !213
  br i1 %53, label %56, label %54, !dbg !213

54:                                               ; preds = %47
  %55 = getelementptr i8, ptr %48, i64 8, !dbg !213
  store ptr %55, ptr %6, align 8, !dbg !213, !DIAssignID !214
    #dbg_assign(ptr %55, !201, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !214, ptr %6, !DIExpression(), !206)
  br label %60, !dbg !213

56:                                               ; preds = %47
  %57 = zext nneg i32 %49 to i64, !dbg !213
  %58 = getelementptr i8, ptr %8, i64 %57, !dbg !213
  %59 = add nuw nsw i32 %49, 16, !dbg !213
  store i32 %59, ptr %5, align 4, !dbg !213, !DIAssignID !215
    #dbg_assign(i32 %59, !201, !DIExpression(DW_OP_LLVM_fragment, 32, 32), !215, ptr %5, !DIExpression(), !206)
  br label %60, !dbg !213

60:                                               ; preds = %56, %54
  %61 = phi ptr [ %48, %56 ], [ %55, %54 ]
  %62 = phi i32 [ %59, %56 ], [ %49, %54 ]
  %63 = phi ptr [ %58, %56 ], [ %48, %54 ], !dbg !213
  %64 = load double, ptr %63, align 8, !dbg !213, !tbaa !216
  %65 = fadd double %52, %64, !dbg !218
    #dbg_value(double %65, !202, !DIExpression(), !206)
    #dbg_value(i32 poison, !203, !DIExpression(DW_OP_plus_uconst, 2, DW_OP_stack_value), !209)
  %66 = add i32 %39, 2, !dbg !212
  %67 = icmp eq i32 %66, %14, !dbg !212
  br i1 %67, label %15, label %35, !dbg !212, !llvm.loop !222
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @use_varargs() local_unnamed_addr #6 !dbg !224 {
  %1 = tail call i32 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3), !dbg !226
  %2 = tail call double (i32, ...) @sum_doubles(i32 noundef 2, double noundef 1.500000e+00, double noundef 2.500000e+00), !dbg !227
  %3 = fptosi double %2 to i32, !dbg !228
  %4 = add nsw i32 %1, %3, !dbg !229
  ret i32 %4, !dbg !230
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { noreturn nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { noreturn nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind returns_twice "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree norecurse nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #8 = { nounwind }
attributes #9 = { noreturn nounwind }
attributes #10 = { nounwind returns_twice }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!42, !43, !44, !45, !46, !47, !48}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "ops", scope: !2, file: !3, line: 34, type: !35, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "testdata/c/src/control_flow.c", directory: ".", checksumkind: CSK_MD5, checksum: "68e61b28ff1cab04af70f9f7cbc46c2e")
!4 = !{!5}
!5 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!6 = !{!0, !7}
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "env", scope: !2, file: !3, line: 7, type: !9, isLocal: true, isDefinition: true)
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "jmp_buf", file: !10, line: 32, baseType: !11)
!10 = !DIFile(filename: "/usr/include/setjmp.h", directory: "", checksumkind: CSK_MD5, checksum: "cd7862ae7ed31595227c999638ae74e7")
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 1600, elements: !33)
!12 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__jmp_buf_tag", file: !13, line: 26, size: 1600, elements: !14)
!13 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h", directory: "", checksumkind: CSK_MD5, checksum: "56a90a97e853c2bec1d9e290be5e92e4")
!14 = !{!15, !22, !23}
!15 = !DIDerivedType(tag: DW_TAG_member, name: "__jmpbuf", scope: !12, file: !13, line: 32, baseType: !16, size: 512)
!16 = !DIDerivedType(tag: DW_TAG_typedef, name: "__jmp_buf", file: !17, line: 31, baseType: !18)
!17 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/setjmp.h", directory: "", checksumkind: CSK_MD5, checksum: "80e7796efafaf357b5e64731e4f6ac30")
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !19, size: 512, elements: !20)
!19 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!20 = !{!21}
!21 = !DISubrange(count: 8)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "__mask_was_saved", scope: !12, file: !13, line: 33, baseType: !5, size: 32, offset: 512)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "__saved_mask", scope: !12, file: !13, line: 34, baseType: !24, size: 1024, offset: 576)
!24 = !DIDerivedType(tag: DW_TAG_typedef, name: "__sigset_t", file: !25, line: 8, baseType: !26)
!25 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h", directory: "", checksumkind: CSK_MD5, checksum: "acc6b14c0967857fec362a8d433e1cf2")
!26 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !25, line: 5, size: 1024, elements: !27)
!27 = !{!28}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "__val", scope: !26, file: !25, line: 7, baseType: !29, size: 1024)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 1024, elements: !31)
!30 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!31 = !{!32}
!32 = !DISubrange(count: 16)
!33 = !{!34}
!34 = !DISubrange(count: 1)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !36, size: 192, elements: !40)
!36 = !DIDerivedType(tag: DW_TAG_typedef, name: "binop", file: !3, line: 30, baseType: !37)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64)
!38 = !DISubroutineType(types: !39)
!39 = !{!5, !5, !5}
!40 = !{!41}
!41 = !DISubrange(count: 3)
!42 = !{i32 7, !"Dwarf Version", i32 5}
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = !{i32 1, !"wchar_size", i32 4}
!45 = !{i32 8, !"PIC Level", i32 2}
!46 = !{i32 7, !"PIE Level", i32 2}
!47 = !{i32 7, !"uwtable", i32 2}
!48 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!49 = distinct !DISubprogram(name: "classify", scope: !3, file: !3, line: 9, type: !50, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !52)
!50 = !DISubroutineType(types: !51)
!51 = !{!5, !5}
!52 = !{!53}
!53 = !DILocalVariable(name: "c", arg: 1, scope: !49, file: !3, line: 9, type: !5)
!54 = !DILocation(line: 0, scope: !49)
!55 = !DILocation(line: 10, column: 5, scope: !49)
!56 = !DILocation(line: 0, scope: !57)
!57 = distinct !DILexicalBlock(scope: !49, file: !3, line: 10, column: 16)
!58 = !DILocation(line: 18, column: 1, scope: !49)
!59 = distinct !DISubprogram(name: "sparse", scope: !3, file: !3, line: 20, type: !50, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !60)
!60 = !{!61}
!61 = !DILocalVariable(name: "c", arg: 1, scope: !59, file: !3, line: 20, type: !5)
!62 = !DILocation(line: 0, scope: !59)
!63 = !DILocation(line: 21, column: 5, scope: !59)
!64 = !DILocation(line: 23, column: 15, scope: !65)
!65 = distinct !DILexicalBlock(scope: !59, file: !3, line: 21, column: 16)
!66 = !DILocation(line: 24, column: 16, scope: !65)
!67 = !DILocation(line: 25, column: 17, scope: !65)
!68 = !DILocation(line: 26, column: 14, scope: !65)
!69 = !DILocation(line: 0, scope: !65)
!70 = !DILocation(line: 28, column: 1, scope: !59)
!71 = distinct !DISubprogram(name: "add", scope: !3, file: !3, line: 31, type: !38, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !72)
!72 = !{!73, !74}
!73 = !DILocalVariable(name: "a", arg: 1, scope: !71, file: !3, line: 31, type: !5)
!74 = !DILocalVariable(name: "b", arg: 2, scope: !71, file: !3, line: 31, type: !5)
!75 = !DILocation(line: 0, scope: !71)
!76 = !DILocation(line: 31, column: 41, scope: !71)
!77 = !DILocation(line: 31, column: 32, scope: !71)
!78 = distinct !DISubprogram(name: "sub", scope: !3, file: !3, line: 32, type: !38, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !79)
!79 = !{!80, !81}
!80 = !DILocalVariable(name: "a", arg: 1, scope: !78, file: !3, line: 32, type: !5)
!81 = !DILocalVariable(name: "b", arg: 2, scope: !78, file: !3, line: 32, type: !5)
!82 = !DILocation(line: 0, scope: !78)
!83 = !DILocation(line: 32, column: 41, scope: !78)
!84 = !DILocation(line: 32, column: 32, scope: !78)
!85 = distinct !DISubprogram(name: "mul", scope: !3, file: !3, line: 33, type: !38, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!86 = !{!87, !88}
!87 = !DILocalVariable(name: "a", arg: 1, scope: !85, file: !3, line: 33, type: !5)
!88 = !DILocalVariable(name: "b", arg: 2, scope: !85, file: !3, line: 33, type: !5)
!89 = !DILocation(line: 0, scope: !85)
!90 = !DILocation(line: 33, column: 41, scope: !85)
!91 = !DILocation(line: 33, column: 32, scope: !85)
!92 = distinct !DISubprogram(name: "apply", scope: !3, file: !3, line: 36, type: !93, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !95)
!93 = !DISubroutineType(types: !94)
!94 = !{!5, !5, !5, !5}
!95 = !{!96, !97, !98}
!96 = !DILocalVariable(name: "which", arg: 1, scope: !92, file: !3, line: 36, type: !5)
!97 = !DILocalVariable(name: "a", arg: 2, scope: !92, file: !3, line: 36, type: !5)
!98 = !DILocalVariable(name: "b", arg: 3, scope: !92, file: !3, line: 36, type: !5)
!99 = !DILocation(line: 0, scope: !92)
!100 = !DILocation(line: 37, column: 36, scope: !101)
!101 = distinct !DILexicalBlock(scope: !92, file: !3, line: 37, column: 9)
!102 = !DILocation(line: 37, column: 9, scope: !92)
!103 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!104 = !DILocation(line: 39, column: 12, scope: !92)
!105 = !{!106, !106, i64 0}
!106 = !{!"any pointer", !107, i64 0}
!107 = !{!"omnipotent char", !108, i64 0}
!108 = !{!"Simple C/C++ TBAA"}
!109 = !DILocation(line: 39, column: 5, scope: !92)
!110 = !DILocation(line: 40, column: 1, scope: !92)
!111 = distinct !DISubprogram(name: "call_through", scope: !3, file: !3, line: 42, type: !112, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !114)
!112 = !DISubroutineType(types: !113)
!113 = !{!5, !36, !5}
!114 = !{!115, !116}
!115 = !DILocalVariable(name: "f", arg: 1, scope: !111, file: !3, line: 42, type: !36)
!116 = !DILocalVariable(name: "a", arg: 2, scope: !111, file: !3, line: 42, type: !5)
!117 = !DILocation(line: 0, scope: !111)
!118 = !DILocation(line: 42, column: 43, scope: !111)
!119 = !DILocation(line: 42, column: 36, scope: !111)
!120 = distinct !DISubprogram(name: "fail", scope: !3, file: !3, line: 44, type: !121, scopeLine: 44, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !123)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !5}
!123 = !{!124}
!124 = !DILocalVariable(name: "code", arg: 1, scope: !120, file: !3, line: 44, type: !5)
!125 = !DILocation(line: 0, scope: !120)
!126 = !DILocation(line: 44, column: 23, scope: !120)
!127 = !DISubprogram(name: "longjmp", scope: !10, file: !10, line: 54, type: !128, flags: DIFlagPrototyped | DIFlagNoReturn, spFlags: DISPFlagOptimized)
!128 = !DISubroutineType(types: !129)
!129 = !{null, !130, !5}
!130 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!131 = distinct !DISubprogram(name: "guarded", scope: !3, file: !3, line: 46, type: !50, scopeLine: 46, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !132)
!132 = !{!133, !134}
!133 = !DILocalVariable(name: "x", arg: 1, scope: !131, file: !3, line: 46, type: !5)
!134 = !DILocalVariable(name: "rc", scope: !131, file: !3, line: 47, type: !5)
!135 = !DILocation(line: 0, scope: !131)
!136 = !DILocation(line: 47, column: 14, scope: !131)
!137 = !DILocation(line: 48, column: 12, scope: !138)
!138 = distinct !DILexicalBlock(scope: !131, file: !3, line: 48, column: 9)
!139 = !DILocation(line: 48, column: 9, scope: !131)
!140 = !DILocation(line: 49, column: 16, scope: !138)
!141 = !DILocation(line: 49, column: 9, scope: !138)
!142 = !DILocation(line: 50, column: 11, scope: !143)
!143 = distinct !DILexicalBlock(scope: !131, file: !3, line: 50, column: 9)
!144 = !DILocation(line: 50, column: 9, scope: !131)
!145 = !DILocation(line: 0, scope: !120, inlinedAt: !146)
!146 = distinct !DILocation(line: 51, column: 9, scope: !143)
!147 = !DILocation(line: 44, column: 23, scope: !120, inlinedAt: !146)
!148 = !DILocation(line: 52, column: 14, scope: !131)
!149 = !DILocation(line: 52, column: 5, scope: !131)
!150 = !DILocation(line: 53, column: 1, scope: !131)
!151 = !DISubprogram(name: "_setjmp", scope: !10, file: !10, line: 45, type: !152, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!152 = !DISubroutineType(types: !153)
!153 = !{!5, !130}
!154 = distinct !DISubprogram(name: "sum_ints", scope: !3, file: !3, line: 55, type: !155, scopeLine: 55, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !157)
!155 = !DISubroutineType(types: !156)
!156 = !{!5, !5, null}
!157 = !{!158, !159, !172, !173}
!158 = !DILocalVariable(name: "count", arg: 1, scope: !154, file: !3, line: 55, type: !5)
!159 = !DILocalVariable(name: "ap", scope: !154, file: !3, line: 56, type: !160)
!160 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !161, line: 12, baseType: !162)
!161 = !DIFile(filename: "/usr/lib/llvm-19/lib/clang/19/include/__stdarg_va_list.h", directory: "", checksumkind: CSK_MD5, checksum: "7bd78a282b99fcfe41a9e3c566d14f7d")
!162 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !3, baseType: !163)
!163 = !DICompositeType(tag: DW_TAG_array_type, baseType: !164, size: 192, elements: !33)
!164 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !165)
!165 = !{!166, !168, !169, !171}
!166 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !164, file: !3, line: 56, baseType: !167, size: 32)
!167 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !164, file: !3, line: 56, baseType: !167, size: 32, offset: 32)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !164, file: !3, line: 56, baseType: !170, size: 64, offset: 64)
!170 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!171 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !164, file: !3, line: 56, baseType: !170, size: 64, offset: 128)
!172 = !DILocalVariable(name: "s", scope: !154, file: !3, line: 58, type: !5)
!173 = !DILocalVariable(name: "i", scope: !174, file: !3, line: 59, type: !5)
!174 = distinct !DILexicalBlock(scope: !154, file: !3, line: 59, column: 5)
!175 = distinct !DIAssignID()
!176 = !DILocation(line: 0, scope: !154)
!177 = !DILocation(line: 56, column: 5, scope: !154)
!178 = !DILocation(line: 57, column: 5, scope: !154)
!179 = !DILocation(line: 0, scope: !174)
!180 = !DILocation(line: 59, column: 23, scope: !181)
!181 = distinct !DILexicalBlock(scope: !174, file: !3, line: 59, column: 5)
!182 = !DILocation(line: 59, column: 5, scope: !174)
!183 = !DILocation(line: 60, column: 14, scope: !181)
!184 = distinct !DIAssignID()
!185 = distinct !DIAssignID()
!186 = !{!187, !187, i64 0}
!187 = !{!"int", !107, i64 0}
!188 = !DILocation(line: 60, column: 11, scope: !181)
!189 = !DILocation(line: 61, column: 5, scope: !154)
!190 = !DILocation(line: 63, column: 1, scope: !154)
!191 = !DILocation(line: 62, column: 5, scope: !154)
!192 = distinct !{!192, !182, !193, !194}
!193 = !DILocation(line: 60, column: 14, scope: !174)
!194 = !{!"llvm.loop.mustprogress"}
!195 = distinct !DISubprogram(name: "sum_doubles", scope: !3, file: !3, line: 65, type: !196, scopeLine: 65, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !199)
!196 = !DISubroutineType(types: !197)
!197 = !{!198, !5, null}
!198 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!199 = !{!200, !201, !202, !203}
!200 = !DILocalVariable(name: "count", arg: 1, scope: !195, file: !3, line: 65, type: !5)
!201 = !DILocalVariable(name: "ap", scope: !195, file: !3, line: 66, type: !160)
!202 = !DILocalVariable(name: "s", scope: !195, file: !3, line: 68, type: !198)
!203 = !DILocalVariable(name: "i", scope: !204, file: !3, line: 69, type: !5)
!204 = distinct !DILexicalBlock(scope: !195, file: !3, line: 69, column: 5)
!205 = distinct !DIAssignID()
!206 = !DILocation(line: 0, scope: !195)
!207 = !DILocation(line: 66, column: 5, scope: !195)
!208 = !DILocation(line: 67, column: 5, scope: !195)
!209 = !DILocation(line: 0, scope: !204)
!210 = !DILocation(line: 69, column: 23, scope: !211)
!211 = distinct !DILexicalBlock(scope: !204, file: !3, line: 69, column: 5)
!212 = !DILocation(line: 69, column: 5, scope: !204)
!213 = !DILocation(line: 70, column: 14, scope: !211)
!214 = distinct !DIAssignID()
!215 = distinct !DIAssignID()
!216 = !{!217, !217, i64 0}
!217 = !{!"double", !107, i64 0}
!218 = !DILocation(line: 70, column: 11, scope: !211)
!219 = !DILocation(line: 71, column: 5, scope: !195)
!220 = !DILocation(line: 73, column: 1, scope: !195)
!221 = !DILocation(line: 72, column: 5, scope: !195)
!222 = distinct !{!222, !212, !223, !194}
!223 = !DILocation(line: 70, column: 14, scope: !204)
!224 = distinct !DISubprogram(name: "use_varargs", scope: !3, file: !3, line: 75, type: !225, scopeLine: 75, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2)
!225 = !DISubroutineType(types: !4)
!226 = !DILocation(line: 75, column: 32, scope: !224)
!227 = !DILocation(line: 75, column: 60, scope: !224)
!228 = !DILocation(line: 75, column: 55, scope: !224)
!229 = !DILocation(line: 75, column: 53, scope: !224)
!230 = !DILocation(line: 75, column: 25, scope: !224)
