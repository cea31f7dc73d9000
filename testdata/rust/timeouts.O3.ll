; ModuleID = 'timeouts.640ffda03050a7e6-cgu.0'
source_filename = "timeouts.640ffda03050a7e6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN8timeouts6SHARED17hf82de7a573eae094E = local_unnamed_addr global [8 x i8] zeroinitializer, align 8, !dbg !0

; timeouts::wait_countdown
; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define noundef zeroext i1 @_ZN8timeouts14wait_countdown17h69dc545faa083395E(ptr noundef nonnull readonly align 8 captures(none) %f, i32 noundef %0) unnamed_addr #0 !dbg !36 {
start:
    #dbg_value(i32 %0, !44, !DIExpression(), !45)
    #dbg_value(ptr %f, !43, !DIExpression(), !45)
  %_3 = load i64, ptr %f, align 8, !noundef !16
  %.not = icmp ne i64 %_3, 0
  ret i1 %.not, !dbg !46
}

; timeouts::wait_with_delay
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable
define noundef zeroext i1 @_ZN8timeouts15wait_with_delay17hf8e5441f1b025aedE(ptr noundef nonnull readonly align 8 captures(none) %f, i64 noundef %max) unnamed_addr #1 !dbg !47 {
start:
    #dbg_value(ptr poison, !67, !DIExpression(), !78)
    #dbg_value(ptr poison, !102, !DIExpression(), !114)
    #dbg_value(ptr poison, !109, !DIExpression(), !115)
  %sink.sroa.0 = alloca i64, align 8
    #dbg_declare(ptr %sink.sroa.0, !53, !DIExpression(), !116)
    #dbg_value(ptr %sink.sroa.0, !117, !DIExpression(), !154)
    #dbg_value(ptr %f, !51, !DIExpression(), !156)
    #dbg_value(i64 %max, !52, !DIExpression(), !156)
    #dbg_value(i64 1, !157, !DIExpression(), !164)
    #dbg_value(i64 1, !166, !DIExpression(), !175)
  call void @llvm.lifetime.start.p0(ptr nonnull %sink.sroa.0), !dbg !177
    #dbg_value(i64 0, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %max, !55, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !178)
    #dbg_value(ptr undef, !109, !DIExpression(), !115)
    #dbg_value(ptr undef, !102, !DIExpression(), !114)
    #dbg_value(ptr undef, !67, !DIExpression(), !78)
    #dbg_value(ptr undef, !77, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !179)
  %_104.not = icmp eq i64 %max, 0, !dbg !180
  br i1 %_104.not, label %bb4, label %bb5.lr.ph, !dbg !79

bb5.lr.ph:                                        ; preds = %start
  %_8 = load i64, ptr %f, align 8, !noundef !16
  %0 = icmp eq i64 %_8, 0
  br i1 %0, label %bb5.us.preheader, label %bb4

bb5.us.preheader:                                 ; preds = %bb5.lr.ph
  %xtraiter = and i64 %max, 7, !dbg !79
  %1 = icmp ult i64 %max, 8, !dbg !79
  br i1 %1, label %bb5.us.epil.preheader, label %bb5.us.preheader.new, !dbg !79

bb5.us.preheader.new:                             ; preds = %bb5.us.preheader
  %unroll_iter = and i64 %max, -8, !dbg !79
  br label %bb5.us, !dbg !79

bb5.us:                                           ; preds = %bb5.us, %bb5.us.preheader.new
  %iter.sroa.0.05.us = phi i64 [ 0, %bb5.us.preheader.new ], [ %_14.us.7, %bb5.us ]
  %niter = phi i64 [ 0, %bb5.us.preheader.new ], [ %niter.next.7, %bb5.us ]
    #dbg_value(i64 %iter.sroa.0.05.us, !103, !DIExpression(), !181)
    #dbg_value(i64 %iter.sroa.0.05.us, !163, !DIExpression(), !164)
    #dbg_value(i64 %iter.sroa.0.05.us, !174, !DIExpression(), !175)
    #dbg_value(i64 %iter.sroa.0.05.us, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %iter.sroa.0.05.us, !65, !DIExpression(), !182)
    #dbg_value(i64 %iter.sroa.0.05.us, !153, !DIExpression(), !154)
  %_14.us = or disjoint i64 %iter.sroa.0.05.us, 1, !dbg !183
    #dbg_value(i64 %_14.us, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(ptr undef, !117, !DIExpression(), !154)
  store volatile i64 %iter.sroa.0.05.us, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(ptr undef, !109, !DIExpression(), !115)
    #dbg_value(ptr undef, !102, !DIExpression(), !114)
    #dbg_value(ptr undef, !67, !DIExpression(), !78)
    #dbg_value(ptr undef, !77, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !179)
    #dbg_value(i64 %_14.us, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us, !153, !DIExpression(), !154)
  %_14.us.1 = or disjoint i64 %iter.sroa.0.05.us, 2, !dbg !183
    #dbg_value(i64 %_14.us.1, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(i64 %_14.us.1, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us.1, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us.1, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us.1, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us.1, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us.1, !153, !DIExpression(), !154)
  %_14.us.2 = or disjoint i64 %iter.sroa.0.05.us, 3, !dbg !183
    #dbg_value(i64 %_14.us.2, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us.1, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(i64 %_14.us.2, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us.2, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us.2, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us.2, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us.2, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us.2, !153, !DIExpression(), !154)
  %_14.us.3 = or disjoint i64 %iter.sroa.0.05.us, 4, !dbg !183
    #dbg_value(i64 %_14.us.3, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us.2, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(i64 %_14.us.3, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us.3, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us.3, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us.3, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us.3, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us.3, !153, !DIExpression(), !154)
  %_14.us.4 = or disjoint i64 %iter.sroa.0.05.us, 5, !dbg !183
    #dbg_value(i64 %_14.us.4, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us.3, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(i64 %_14.us.4, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us.4, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us.4, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us.4, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us.4, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us.4, !153, !DIExpression(), !154)
  %_14.us.5 = or disjoint i64 %iter.sroa.0.05.us, 6, !dbg !183
    #dbg_value(i64 %_14.us.5, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us.4, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(i64 %_14.us.5, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us.5, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us.5, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us.5, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us.5, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us.5, !153, !DIExpression(), !154)
  %_14.us.6 = or disjoint i64 %iter.sroa.0.05.us, 7, !dbg !183
    #dbg_value(i64 %_14.us.6, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us.5, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(i64 %_14.us.6, !103, !DIExpression(), !181)
    #dbg_value(i64 %_14.us.6, !163, !DIExpression(), !164)
    #dbg_value(i64 %_14.us.6, !174, !DIExpression(), !175)
    #dbg_value(i64 %_14.us.6, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %_14.us.6, !65, !DIExpression(), !182)
    #dbg_value(i64 %_14.us.6, !153, !DIExpression(), !154)
  %_14.us.7 = add nuw i64 %iter.sroa.0.05.us, 8, !dbg !183
    #dbg_value(i64 %_14.us.7, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
  store volatile i64 %_14.us.6, ptr %sink.sroa.0, align 8, !dbg !184
  %niter.next.7 = add i64 %niter, 8, !dbg !79
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter, !dbg !79
  br i1 %niter.ncmp.7, label %bb4.loopexit.unr-lcssa, label %bb5.us, !dbg !79

bb4.loopexit.unr-lcssa:                           ; preds = %bb5.us
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !79
  br i1 %lcmp.mod.not, label %bb4, label %bb5.us.epil.preheader, !dbg !79

bb5.us.epil.preheader:                            ; preds = %bb4.loopexit.unr-lcssa, %bb5.us.preheader
  %iter.sroa.0.05.us.epil.init = phi i64 [ 0, %bb5.us.preheader ], [ %_14.us.7, %bb4.loopexit.unr-lcssa ]
  %lcmp.mod7 = icmp ne i64 %xtraiter, 0, !dbg !79
  tail call void @llvm.assume(i1 %lcmp.mod7), !dbg !79
  br label %bb5.us.epil, !dbg !79

bb5.us.epil:                                      ; preds = %bb5.us.epil, %bb5.us.epil.preheader
  %iter.sroa.0.05.us.epil = phi i64 [ %_14.us.epil, %bb5.us.epil ], [ %iter.sroa.0.05.us.epil.init, %bb5.us.epil.preheader ]
  %epil.iter = phi i64 [ %epil.iter.next, %bb5.us.epil ], [ 0, %bb5.us.epil.preheader ]
    #dbg_value(i64 %iter.sroa.0.05.us.epil, !103, !DIExpression(), !181)
    #dbg_value(i64 %iter.sroa.0.05.us.epil, !163, !DIExpression(), !164)
    #dbg_value(i64 %iter.sroa.0.05.us.epil, !174, !DIExpression(), !175)
    #dbg_value(i64 %iter.sroa.0.05.us.epil, !55, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(i64 %iter.sroa.0.05.us.epil, !65, !DIExpression(), !182)
    #dbg_value(i64 %iter.sroa.0.05.us.epil, !153, !DIExpression(), !154)
  %_14.us.epil = add nuw i64 %iter.sroa.0.05.us.epil, 1, !dbg !183
    #dbg_value(i64 %_14.us.epil, !55, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !178)
    #dbg_value(ptr undef, !117, !DIExpression(), !154)
  store volatile i64 %iter.sroa.0.05.us.epil, ptr %sink.sroa.0, align 8, !dbg !184
    #dbg_value(ptr undef, !109, !DIExpression(), !115)
    #dbg_value(ptr undef, !102, !DIExpression(), !114)
    #dbg_value(ptr undef, !67, !DIExpression(), !78)
    #dbg_value(ptr undef, !77, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !179)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !79
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !79
  br i1 %epil.iter.cmp.not, label %bb4, label %bb5.us.epil, !dbg !79, !llvm.loop !185

bb4:                                              ; preds = %bb4.loopexit.unr-lcssa, %bb5.us.epil, %start, %bb5.lr.ph
  %_103 = phi i1 [ true, %bb5.lr.ph ], [ false, %start ], [ false, %bb5.us.epil ], [ false, %bb4.loopexit.unr-lcssa ]
  call void @llvm.lifetime.end.p0(ptr nonnull %sink.sroa.0), !dbg !187
  ret i1 %_103, !dbg !188
}

; timeouts::wait_with_timeout
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define noundef zeroext i1 @_ZN8timeouts17wait_with_timeout17h1f20a74d2fd67a7cE(ptr noundef nonnull readonly align 8 captures(none) %f, i64 noundef %max) unnamed_addr #2 !dbg !189 {
start:
    #dbg_value(ptr poison, !195, !DIExpression(), !199)
    #dbg_value(ptr poison, !203, !DIExpression(), !212)
    #dbg_value(ptr poison, !209, !DIExpression(), !213)
    #dbg_value(ptr %f, !191, !DIExpression(), !214)
    #dbg_value(ptr %f, !215, !DIExpression(), !221)
    #dbg_value(i64 %max, !192, !DIExpression(), !214)
    #dbg_value(i64 1, !223, !DIExpression(), !227)
    #dbg_value(i64 1, !229, !DIExpression(), !233)
    #dbg_value(i64 0, !193, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !235)
    #dbg_value(i64 %max, !193, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !235)
  br label %bb1, !dbg !236

bb1:                                              ; preds = %bb5, %start
  %iter.sroa.0.0 = phi i64 [ 0, %start ], [ %_10, %bb5 ], !dbg !237
    #dbg_value(i64 %iter.sroa.0.0, !193, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !235)
    #dbg_value(ptr undef, !209, !DIExpression(), !213)
    #dbg_value(ptr undef, !203, !DIExpression(), !212)
    #dbg_value(ptr undef, !195, !DIExpression(), !199)
    #dbg_value(ptr undef, !198, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !238)
  %exitcond.not = icmp eq i64 %iter.sroa.0.0, %max, !dbg !239
  br i1 %exitcond.not, label %bb4, label %bb5, !dbg !200

bb5:                                              ; preds = %bb1
    #dbg_value(i64 %iter.sroa.0.0, !204, !DIExpression(), !240)
    #dbg_value(i64 %iter.sroa.0.0, !226, !DIExpression(), !227)
    #dbg_value(i64 %iter.sroa.0.0, !232, !DIExpression(), !233)
  %_10 = add i64 %iter.sroa.0.0, 1, !dbg !241
    #dbg_value(i64 %_10, !193, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !235)
  %_5 = load i64, ptr %f, align 8, !dbg !242, !noundef !16
  %0 = icmp eq i64 %_5, 0, !dbg !243
  br i1 %0, label %bb1, label %bb4, !dbg !243

bb4:                                              ; preds = %bb5, %bb1
  %_6 = icmp ult i64 %iter.sroa.0.0, %max, !dbg !239
  ret i1 %_6, !dbg !244
}

; timeouts::wait_with_timeout_spin
; Function Attrs: noinline nounwind nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts22wait_with_timeout_spin17h2df15ec5d600cf6fE(ptr noundef nonnull readonly align 8 captures(none) %f, i64 noundef %max) unnamed_addr #3 !dbg !245 {
start:
    #dbg_value(ptr %f, !247, !DIExpression(), !251)
    #dbg_value(ptr %f, !252, !DIExpression(), !255)
    #dbg_value(i64 %max, !248, !DIExpression(), !251)
    #dbg_value(i64 1, !257, !DIExpression(), !261)
    #dbg_value(i64 1, !274, !DIExpression(), !278)
    #dbg_value(i64 0, !249, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !280)
    #dbg_value(i64 %max, !249, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !280)
    #dbg_value(ptr undef, !271, !DIExpression(), !281)
    #dbg_value(ptr undef, !266, !DIExpression(), !282)
    #dbg_value(ptr undef, !283, !DIExpression(), !287)
    #dbg_value(ptr undef, !286, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !289)
  %_72.not = icmp eq i64 %max, 0, !dbg !290
  br i1 %_72.not, label %bb4, label %bb5, !dbg !288

bb5:                                              ; preds = %start, %bb3
  %iter.sroa.0.03 = phi i64 [ %_11, %bb3 ], [ 0, %start ]
    #dbg_value(i64 %iter.sroa.0.03, !267, !DIExpression(), !291)
    #dbg_value(i64 %iter.sroa.0.03, !260, !DIExpression(), !261)
    #dbg_value(i64 %iter.sroa.0.03, !277, !DIExpression(), !278)
    #dbg_value(i64 %iter.sroa.0.03, !249, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !280)
  %_5 = load i64, ptr %f, align 8, !dbg !292, !noundef !16
  %.not.not = icmp ne i64 %_5, 0, !dbg !293
  br i1 %.not.not, label %bb4, label %bb3, !dbg !293

bb4:                                              ; preds = %bb3, %bb5, %start
  %_7.lcssa = phi i1 [ false, %start ], [ %.not.not, %bb5 ], [ %.not.not, %bb3 ], !dbg !290
  ret i1 %_7.lcssa, !dbg !294

bb3:                                              ; preds = %bb5
  %_11 = add nuw i64 %iter.sroa.0.03, 1, !dbg !295
    #dbg_value(i64 %_11, !249, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !280)
  tail call void @llvm.x86.sse2.pause(), !dbg !296
    #dbg_value(ptr undef, !271, !DIExpression(), !281)
    #dbg_value(ptr undef, !266, !DIExpression(), !282)
    #dbg_value(ptr undef, !283, !DIExpression(), !287)
    #dbg_value(ptr undef, !286, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !289)
  %exitcond.not = icmp eq i64 %_11, %max, !dbg !290
  br i1 %exitcond.not, label %bb4, label %bb5, !dbg !288
}

; timeouts::wait_atomic_with_timeout
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable
define noundef zeroext i1 @_ZN8timeouts24wait_atomic_with_timeout17h40c3d26ebaa6da42E(ptr noundef nonnull readonly align 1 captures(none) %f, i64 noundef %max) unnamed_addr #4 !dbg !309 {
start:
    #dbg_value(ptr poison, !324, !DIExpression(), !328)
    #dbg_value(ptr poison, !332, !DIExpression(), !341)
    #dbg_value(ptr poison, !338, !DIExpression(), !342)
    #dbg_value(ptr %f, !320, !DIExpression(), !343)
    #dbg_value(ptr %f, !344, !DIExpression(), !352)
    #dbg_value(i64 %max, !321, !DIExpression(), !343)
    #dbg_value(i64 1, !354, !DIExpression(), !358)
    #dbg_value(i64 1, !360, !DIExpression(), !364)
    #dbg_value(i8 2, !351, !DIExpression(), !352)
    #dbg_value(i64 0, !322, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !366)
    #dbg_value(i64 %max, !322, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !366)
  br label %bb1, !dbg !367

bb1:                                              ; preds = %bb5, %start
  %iter.sroa.0.0 = phi i64 [ 0, %start ], [ %_9, %bb5 ], !dbg !368
    #dbg_value(i64 %iter.sroa.0.0, !322, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !366)
    #dbg_value(ptr undef, !338, !DIExpression(), !342)
    #dbg_value(ptr undef, !332, !DIExpression(), !341)
    #dbg_value(ptr undef, !324, !DIExpression(), !328)
    #dbg_value(ptr undef, !327, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !369)
  %exitcond.not = icmp eq i64 %iter.sroa.0.0, %max, !dbg !370
  br i1 %exitcond.not, label %bb4, label %bb5, !dbg !329

bb5:                                              ; preds = %bb1
    #dbg_value(i64 %iter.sroa.0.0, !333, !DIExpression(), !371)
    #dbg_value(i64 %iter.sroa.0.0, !357, !DIExpression(), !358)
    #dbg_value(i64 %iter.sroa.0.0, !363, !DIExpression(), !364)
  %_9 = add i64 %iter.sroa.0.0, 1, !dbg !372
    #dbg_value(i64 %_9, !322, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !366)
    #dbg_value(ptr %f, !373, !DIExpression(), !380)
    #dbg_value(i8 2, !379, !DIExpression(), !380)
  %0 = load atomic i8, ptr %f acquire, align 1, !dbg !382
  %1 = icmp eq i8 %0, 0, !dbg !383
  br i1 %1, label %bb1, label %bb4, !dbg !383

bb4:                                              ; preds = %bb5, %bb1
  %_5 = icmp ult i64 %iter.sroa.0.0, %max, !dbg !370
  ret i1 %_5, !dbg !384
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #7

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nofree noinline norecurse nounwind nonlazybind memory(argmem: read, inaccessiblemem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

!llvm.module.flags = !{!17, !18, !19, !20}
!llvm.ident = !{!21}
!llvm.dbg.cu = !{!22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "SHARED", linkageName: "_ZN8timeouts6SHARED17hf82de7a573eae094E", scope: !2, file: !3, line: 22, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "timeouts", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/timeouts.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ceb59b98ccdd5e96aa47042381515937")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "9826c57a586983cd468c419da982be3b")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !4, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !9, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !11, templateParams: !14, identifier: "39a99da3e6158f476ae51abf051b55a8")
!9 = !DINamespace(name: "cell", scope: !10)
!10 = !DINamespace(name: "core", scope: null)
!11 = !{!12}
!12 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !8, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPrivate)
!13 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!14 = !{!15}
!15 = !DITemplateTypeParameter(name: "T", type: !13)
!16 = !{}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 2, !"RtLibUseGOT", i32 1}
!19 = !{i32 7, !"Dwarf Version", i32 4}
!20 = !{i32 2, !"Debug Info Version", i32 3}
!21 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!22 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !23, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !24, globals: !35, splitDebugInlining: false, nameTableKind: None)
!23 = !DIFile(filename: "testdata/rust/src/timeouts.rs/@/timeouts.640ffda03050a7e6-cgu.0", directory: ".")
!24 = !{!25}
!25 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !26, file: !5, baseType: !28, size: 8, align: 8, flags: DIFlagEnumClass, elements: !29)
!26 = !DINamespace(name: "atomic", scope: !27)
!27 = !DINamespace(name: "sync", scope: !10)
!28 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!29 = !{!30, !31, !32, !33, !34}
!30 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!31 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!32 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!33 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!34 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!35 = !{!0}
!36 = distinct !DISubprogram(name: "wait_countdown", linkageName: "_ZN8timeouts14wait_countdown17h69dc545faa083395E", scope: !2, file: !3, line: 39, type: !37, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !42)
!37 = !DISubroutineType(types: !38)
!38 = !{!39, !40, !41}
!39 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&timeouts::Flag", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!42 = !{!43, !44}
!43 = !DILocalVariable(name: "f", arg: 1, scope: !36, file: !3, line: 39, type: !40)
!44 = !DILocalVariable(name: "n", arg: 2, scope: !36, file: !3, line: 39, type: !41)
!45 = !DILocation(line: 0, scope: !36)
!46 = !DILocation(line: 47, column: 2, scope: !36)
!47 = distinct !DISubprogram(name: "wait_with_delay", linkageName: "_ZN8timeouts15wait_with_delay17hf8e5441f1b025aedE", scope: !2, file: !3, line: 53, type: !48, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !50)
!48 = !DISubroutineType(types: !49)
!49 = !{!39, !40, !13}
!50 = !{!51, !52, !53, !55, !65}
!51 = !DILocalVariable(name: "f", arg: 1, scope: !47, file: !3, line: 53, type: !40)
!52 = !DILocalVariable(name: "max", arg: 2, scope: !47, file: !3, line: 53, type: !13)
!53 = !DILocalVariable(name: "sink", scope: !54, file: !3, line: 54, type: !13, align: 64)
!54 = distinct !DILexicalBlock(scope: !47, file: !3, line: 54, column: 5)
!55 = !DILocalVariable(name: "iter", scope: !56, file: !3, line: 55, type: !57, align: 64)
!56 = distinct !DILexicalBlock(scope: !54, file: !3, line: 55, column: 5)
!57 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !58, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !60, templateParams: !63, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!58 = !DINamespace(name: "range", scope: !59)
!59 = !DINamespace(name: "ops", scope: !10)
!60 = !{!61, !62}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !57, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPublic)
!62 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !57, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!63 = !{!64}
!64 = !DITemplateTypeParameter(name: "Idx", type: !13)
!65 = !DILocalVariable(name: "i", scope: !66, file: !3, line: 55, type: !13, align: 64)
!66 = distinct !DILexicalBlock(scope: !56, file: !3, line: 55, column: 5)
!67 = !DILocalVariable(name: "self", arg: 1, scope: !68, file: !69, line: 1916, type: !75)
!68 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !70, file: !69, line: 1916, type: !73, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !76)
!69 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!70 = !DINamespace(name: "{impl#58}", scope: !71)
!71 = !DINamespace(name: "impls", scope: !72)
!72 = !DINamespace(name: "cmp", scope: !10)
!73 = !DISubroutineType(types: !74)
!74 = !{!39, !75, !75}
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!76 = !{!67, !77}
!77 = !DILocalVariable(name: "other", arg: 2, scope: !68, file: !69, line: 1916, type: !75)
!78 = !DILocation(line: 1916, column: 19, scope: !68, inlinedAt: !79)
!79 = !DILocation(line: 772, column: 12, scope: !80, inlinedAt: !105)
!80 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !82, file: !81, line: 771, type: !85, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !101)
!81 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e302cc3146df1591d87c4742d277fd2d")
!82 = !DINamespace(name: "{impl#5}", scope: !83)
!83 = !DINamespace(name: "range", scope: !84)
!84 = !DINamespace(name: "iter", scope: !10)
!85 = !DISubroutineType(types: !86)
!86 = !{!87, !100}
!87 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !88, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !89, templateParams: !16, identifier: "6f59025219977f466509bd4ae79a2945")
!88 = !DINamespace(name: "option", scope: !10)
!89 = !{!90}
!90 = !DICompositeType(tag: DW_TAG_variant_part, scope: !87, file: !5, size: 128, align: 64, elements: !91, templateParams: !16, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !98)
!91 = !{!92, !94}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !90, file: !5, baseType: !93, size: 128, align: 64, extraData: i64 0)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !87, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !14, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!94 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !90, file: !5, baseType: !95, size: 128, align: 64, extraData: i64 1)
!95 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !87, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !96, templateParams: !14, identifier: "c70f2dfad93186ce146b7e80830727")
!96 = !{!97}
!97 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !95, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!98 = !DIDerivedType(tag: DW_TAG_member, scope: !87, file: !5, baseType: !99, size: 64, align: 64, flags: DIFlagArtificial)
!99 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!100 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!101 = !{!102, !103}
!102 = !DILocalVariable(name: "self", arg: 1, scope: !80, file: !81, line: 771, type: !100)
!103 = !DILocalVariable(name: "old", scope: !104, file: !81, line: 773, type: !13, align: 64)
!104 = distinct !DILexicalBlock(scope: !80, file: !81, line: 773, column: 13)
!105 = !DILocation(line: 857, column: 14, scope: !106, inlinedAt: !112)
!106 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !107, file: !81, line: 856, type: !85, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !110, retainedNodes: !108)
!107 = !DINamespace(name: "{impl#6}", scope: !83)
!108 = !{!109}
!109 = !DILocalVariable(name: "self", arg: 1, scope: !106, file: !81, line: 856, type: !100)
!110 = !{!111}
!111 = !DITemplateTypeParameter(name: "A", type: !13)
!112 = !DILocation(line: 55, column: 14, scope: !113)
!113 = !DILexicalBlockFile(scope: !56, file: !3, discriminator: 2)
!114 = !DILocation(line: 771, column: 18, scope: !80, inlinedAt: !105)
!115 = !DILocation(line: 856, column: 13, scope: !106, inlinedAt: !112)
!116 = !DILocation(line: 54, column: 9, scope: !54)
!117 = !DILocalVariable(name: "dst", arg: 1, scope: !118, file: !119, line: 2167, type: !123)
!118 = distinct !DISubprogram(name: "write_volatile<usize>", linkageName: "_ZN4core3ptr14write_volatile17h13737168e7d719f5E", scope: !120, file: !119, line: 2167, type: !121, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !152)
!119 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!120 = !DINamespace(name: "ptr", scope: !10)
!121 = !DISubroutineType(types: !122)
!122 = !{null, !123, !13, !124}
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!124 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !125, size: 64, align: 64, dwarfAddressSpace: 0)
!125 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !126, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !128, templateParams: !16, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!126 = !DINamespace(name: "location", scope: !127)
!127 = !DINamespace(name: "panic", scope: !10)
!128 = !{!129, !141, !142, !143}
!129 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !125, file: !5, baseType: !130, size: 128, align: 64, flags: DIFlagPrivate)
!130 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !131, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !132, templateParams: !139, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!131 = !DINamespace(name: "non_null", scope: !120)
!132 = !{!133}
!133 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !130, file: !5, baseType: !134, size: 128, align: 64, flags: DIFlagPrivate)
!134 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !135, templateParams: !16, identifier: "238a44609877474087c05adf26cd41fa")
!135 = !{!136, !138}
!136 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !134, file: !5, baseType: !137, size: 64, align: 64)
!137 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64, align: 64, dwarfAddressSpace: 0)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !134, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!139 = !{!140}
!140 = !DITemplateTypeParameter(name: "T", type: !28)
!141 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !125, file: !5, baseType: !41, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !125, file: !5, baseType: !41, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!143 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !125, file: !5, baseType: !144, align: 8, offset: 192, flags: DIFlagPrivate)
!144 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !145, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !146, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!145 = !DINamespace(name: "marker", scope: !10)
!146 = !{!147}
!147 = !DITemplateTypeParameter(name: "T", type: !148)
!148 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !149, templateParams: !16, identifier: "9277eecd40495f85161460476aacc992")
!149 = !{!150, !151}
!150 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !148, file: !5, baseType: !137, size: 64, align: 64)
!151 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !148, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!152 = !{!117, !153}
!153 = !DILocalVariable(name: "src", arg: 2, scope: !118, file: !119, line: 2167, type: !13)
!154 = !DILocation(line: 0, scope: !118, inlinedAt: !155)
!155 = !DILocation(line: 59, column: 18, scope: !66)
!156 = !DILocation(line: 0, scope: !47)
!157 = !DILocalVariable(name: "n", scope: !158, file: !81, line: 211, type: !13, align: 64)
!158 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !159, file: !81, line: 211, type: !160, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !162)
!159 = !DINamespace(name: "{impl#43}", scope: !83)
!160 = !DISubroutineType(types: !161)
!161 = !{!13, !13, !13}
!162 = !{!163, !157}
!163 = !DILocalVariable(name: "start", arg: 1, scope: !158, file: !81, line: 211, type: !13)
!164 = !DILocation(line: 0, scope: !158, inlinedAt: !165)
!165 = !DILocation(line: 775, column: 35, scope: !104, inlinedAt: !105)
!166 = !DILocalVariable(name: "rhs", scope: !167, file: !168, line: 832, type: !13, align: 64)
!167 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !169, file: !168, line: 832, type: !171, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !173)
!168 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!169 = !DINamespace(name: "{impl#11}", scope: !170)
!170 = !DINamespace(name: "num", scope: !10)
!171 = !DISubroutineType(types: !172)
!172 = !{!13, !13, !13, !124}
!173 = !{!174, !166}
!174 = !DILocalVariable(name: "self", arg: 1, scope: !167, file: !168, line: 832, type: !13)
!175 = !DILocation(line: 0, scope: !167, inlinedAt: !176)
!176 = !DILocation(line: 213, column: 28, scope: !158, inlinedAt: !165)
!177 = !DILocation(line: 54, column: 9, scope: !47)
!178 = !DILocation(line: 0, scope: !56)
!179 = !DILocation(line: 1916, column: 26, scope: !68, inlinedAt: !79)
!180 = !DILocation(line: 1916, column: 50, scope: !68, inlinedAt: !79)
!181 = !DILocation(line: 0, scope: !104, inlinedAt: !105)
!182 = !DILocation(line: 0, scope: !66)
!183 = !DILocation(line: 844, column: 17, scope: !167, inlinedAt: !176)
!184 = !DILocation(line: 2178, column: 9, scope: !118, inlinedAt: !155)
!185 = distinct !{!185, !186}
!186 = !{!"llvm.loop.unroll.disable"}
!187 = !DILocation(line: 62, column: 1, scope: !47)
!188 = !DILocation(line: 62, column: 2, scope: !47)
!189 = distinct !DISubprogram(name: "wait_with_timeout", linkageName: "_ZN8timeouts17wait_with_timeout17h1f20a74d2fd67a7cE", scope: !2, file: !3, line: 27, type: !48, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !190)
!190 = !{!191, !192, !193}
!191 = !DILocalVariable(name: "f", arg: 1, scope: !189, file: !3, line: 27, type: !40)
!192 = !DILocalVariable(name: "max", arg: 2, scope: !189, file: !3, line: 27, type: !13)
!193 = !DILocalVariable(name: "iter", scope: !194, file: !3, line: 28, type: !57, align: 64)
!194 = distinct !DILexicalBlock(scope: !189, file: !3, line: 28, column: 5)
!195 = !DILocalVariable(name: "self", arg: 1, scope: !196, file: !69, line: 1916, type: !75)
!196 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !70, file: !69, line: 1916, type: !73, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !197)
!197 = !{!195, !198}
!198 = !DILocalVariable(name: "other", arg: 2, scope: !196, file: !69, line: 1916, type: !75)
!199 = !DILocation(line: 1916, column: 19, scope: !196, inlinedAt: !200)
!200 = !DILocation(line: 772, column: 12, scope: !201, inlinedAt: !206)
!201 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !82, file: !81, line: 771, type: !85, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !202)
!202 = !{!203, !204}
!203 = !DILocalVariable(name: "self", arg: 1, scope: !201, file: !81, line: 771, type: !100)
!204 = !DILocalVariable(name: "old", scope: !205, file: !81, line: 773, type: !13, align: 64)
!205 = distinct !DILexicalBlock(scope: !201, file: !81, line: 773, column: 13)
!206 = !DILocation(line: 857, column: 14, scope: !207, inlinedAt: !210)
!207 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !107, file: !81, line: 856, type: !85, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !110, retainedNodes: !208)
!208 = !{!209}
!209 = !DILocalVariable(name: "self", arg: 1, scope: !207, file: !81, line: 856, type: !100)
!210 = !DILocation(line: 28, column: 14, scope: !211)
!211 = !DILexicalBlockFile(scope: !194, file: !3, discriminator: 2)
!212 = !DILocation(line: 771, column: 18, scope: !201, inlinedAt: !206)
!213 = !DILocation(line: 856, column: 13, scope: !207, inlinedAt: !210)
!214 = !DILocation(line: 0, scope: !189)
!215 = !DILocalVariable(name: "self", arg: 1, scope: !216, file: !3, line: 17, type: !40)
!216 = distinct !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !217, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !219, retainedNodes: !220)
!217 = !DISubroutineType(types: !218)
!218 = !{!13, !40}
!219 = !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !217, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!220 = !{!215}
!221 = !DILocation(line: 0, scope: !216, inlinedAt: !222)
!222 = !DILocation(line: 29, column: 14, scope: !194)
!223 = !DILocalVariable(name: "n", scope: !224, file: !81, line: 211, type: !13, align: 64)
!224 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !159, file: !81, line: 211, type: !160, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !225)
!225 = !{!226, !223}
!226 = !DILocalVariable(name: "start", arg: 1, scope: !224, file: !81, line: 211, type: !13)
!227 = !DILocation(line: 0, scope: !224, inlinedAt: !228)
!228 = !DILocation(line: 775, column: 35, scope: !205, inlinedAt: !206)
!229 = !DILocalVariable(name: "rhs", scope: !230, file: !168, line: 832, type: !13, align: 64)
!230 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !169, file: !168, line: 832, type: !171, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !231)
!231 = !{!232, !229}
!232 = !DILocalVariable(name: "self", arg: 1, scope: !230, file: !168, line: 832, type: !13)
!233 = !DILocation(line: 0, scope: !230, inlinedAt: !234)
!234 = !DILocation(line: 213, column: 28, scope: !224, inlinedAt: !228)
!235 = !DILocation(line: 0, scope: !194)
!236 = !DILocation(line: 28, column: 5, scope: !194)
!237 = !DILocation(line: 28, column: 14, scope: !189)
!238 = !DILocation(line: 1916, column: 26, scope: !196, inlinedAt: !200)
!239 = !DILocation(line: 1916, column: 50, scope: !196, inlinedAt: !200)
!240 = !DILocation(line: 0, scope: !205, inlinedAt: !206)
!241 = !DILocation(line: 844, column: 17, scope: !230, inlinedAt: !234)
!242 = !DILocation(line: 18, column: 18, scope: !216, inlinedAt: !222)
!243 = !DILocation(line: 29, column: 12, scope: !194)
!244 = !DILocation(line: 34, column: 2, scope: !189)
!245 = distinct !DISubprogram(name: "wait_with_timeout_spin", linkageName: "_ZN8timeouts22wait_with_timeout_spin17h2df15ec5d600cf6fE", scope: !2, file: !3, line: 67, type: !48, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !246)
!246 = !{!247, !248, !249}
!247 = !DILocalVariable(name: "f", arg: 1, scope: !245, file: !3, line: 67, type: !40)
!248 = !DILocalVariable(name: "max", arg: 2, scope: !245, file: !3, line: 67, type: !13)
!249 = !DILocalVariable(name: "iter", scope: !250, file: !3, line: 68, type: !57, align: 64)
!250 = distinct !DILexicalBlock(scope: !245, file: !3, line: 68, column: 5)
!251 = !DILocation(line: 0, scope: !245)
!252 = !DILocalVariable(name: "self", arg: 1, scope: !253, file: !3, line: 17, type: !40)
!253 = distinct !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !217, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !219, retainedNodes: !254)
!254 = !{!252}
!255 = !DILocation(line: 0, scope: !253, inlinedAt: !256)
!256 = !DILocation(line: 69, column: 14, scope: !250)
!257 = !DILocalVariable(name: "n", scope: !258, file: !81, line: 211, type: !13, align: 64)
!258 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !159, file: !81, line: 211, type: !160, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !259)
!259 = !{!260, !257}
!260 = !DILocalVariable(name: "start", arg: 1, scope: !258, file: !81, line: 211, type: !13)
!261 = !DILocation(line: 0, scope: !258, inlinedAt: !262)
!262 = !DILocation(line: 775, column: 35, scope: !263, inlinedAt: !268)
!263 = distinct !DILexicalBlock(scope: !264, file: !81, line: 773, column: 13)
!264 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !82, file: !81, line: 771, type: !85, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !265)
!265 = !{!266, !267}
!266 = !DILocalVariable(name: "self", arg: 1, scope: !264, file: !81, line: 771, type: !100)
!267 = !DILocalVariable(name: "old", scope: !263, file: !81, line: 773, type: !13, align: 64)
!268 = !DILocation(line: 857, column: 14, scope: !269, inlinedAt: !272)
!269 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !107, file: !81, line: 856, type: !85, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !110, retainedNodes: !270)
!270 = !{!271}
!271 = !DILocalVariable(name: "self", arg: 1, scope: !269, file: !81, line: 856, type: !100)
!272 = !DILocation(line: 68, column: 14, scope: !273)
!273 = !DILexicalBlockFile(scope: !250, file: !3, discriminator: 2)
!274 = !DILocalVariable(name: "rhs", scope: !275, file: !168, line: 832, type: !13, align: 64)
!275 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !169, file: !168, line: 832, type: !171, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !276)
!276 = !{!277, !274}
!277 = !DILocalVariable(name: "self", arg: 1, scope: !275, file: !168, line: 832, type: !13)
!278 = !DILocation(line: 0, scope: !275, inlinedAt: !279)
!279 = !DILocation(line: 213, column: 28, scope: !258, inlinedAt: !262)
!280 = !DILocation(line: 0, scope: !250)
!281 = !DILocation(line: 856, column: 13, scope: !269, inlinedAt: !272)
!282 = !DILocation(line: 771, column: 18, scope: !264, inlinedAt: !268)
!283 = !DILocalVariable(name: "self", arg: 1, scope: !284, file: !69, line: 1916, type: !75)
!284 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !70, file: !69, line: 1916, type: !73, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !285)
!285 = !{!283, !286}
!286 = !DILocalVariable(name: "other", arg: 2, scope: !284, file: !69, line: 1916, type: !75)
!287 = !DILocation(line: 1916, column: 19, scope: !284, inlinedAt: !288)
!288 = !DILocation(line: 772, column: 12, scope: !264, inlinedAt: !268)
!289 = !DILocation(line: 1916, column: 26, scope: !284, inlinedAt: !288)
!290 = !DILocation(line: 1916, column: 50, scope: !284, inlinedAt: !288)
!291 = !DILocation(line: 0, scope: !263, inlinedAt: !268)
!292 = !DILocation(line: 18, column: 18, scope: !253, inlinedAt: !256)
!293 = !DILocation(line: 69, column: 12, scope: !250)
!294 = !DILocation(line: 75, column: 2, scope: !245)
!295 = !DILocation(line: 844, column: 17, scope: !275, inlinedAt: !279)
!296 = !DILocation(line: 25, column: 14, scope: !297, inlinedAt: !304)
!297 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !299, file: !298, line: 22, type: !302, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!298 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!299 = !DINamespace(name: "sse2", scope: !300)
!300 = !DINamespace(name: "x86", scope: !301)
!301 = !DINamespace(name: "core_arch", scope: !10)
!302 = !DISubroutineType(types: !303)
!303 = !{null}
!304 = !DILocation(line: 287, column: 13, scope: !305, inlinedAt: !308)
!305 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !307, file: !306, line: 270, type: !302, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!306 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!307 = !DINamespace(name: "hint", scope: !10)
!308 = !DILocation(line: 72, column: 9, scope: !250)
!309 = distinct !DISubprogram(name: "wait_atomic_with_timeout", linkageName: "_ZN8timeouts24wait_atomic_with_timeout17h40c3d26ebaa6da42E", scope: !2, file: !3, line: 80, type: !310, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !319)
!310 = !DISubroutineType(types: !311)
!311 = !{!39, !312, !13}
!312 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !313, size: 64, align: 64, dwarfAddressSpace: 0)
!313 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !26, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !314, templateParams: !16, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!314 = !{!315}
!315 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !313, file: !5, baseType: !316, size: 8, align: 8, flags: DIFlagPrivate)
!316 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !317, templateParams: !139, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!317 = !{!318}
!318 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !316, file: !5, baseType: !28, size: 8, align: 8, flags: DIFlagPrivate)
!319 = !{!320, !321, !322}
!320 = !DILocalVariable(name: "f", arg: 1, scope: !309, file: !3, line: 80, type: !312)
!321 = !DILocalVariable(name: "max", arg: 2, scope: !309, file: !3, line: 80, type: !13)
!322 = !DILocalVariable(name: "iter", scope: !323, file: !3, line: 81, type: !57, align: 64)
!323 = distinct !DILexicalBlock(scope: !309, file: !3, line: 81, column: 5)
!324 = !DILocalVariable(name: "self", arg: 1, scope: !325, file: !69, line: 1916, type: !75)
!325 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !70, file: !69, line: 1916, type: !73, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !326)
!326 = !{!324, !327}
!327 = !DILocalVariable(name: "other", arg: 2, scope: !325, file: !69, line: 1916, type: !75)
!328 = !DILocation(line: 1916, column: 19, scope: !325, inlinedAt: !329)
!329 = !DILocation(line: 772, column: 12, scope: !330, inlinedAt: !335)
!330 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !82, file: !81, line: 771, type: !85, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !331)
!331 = !{!332, !333}
!332 = !DILocalVariable(name: "self", arg: 1, scope: !330, file: !81, line: 771, type: !100)
!333 = !DILocalVariable(name: "old", scope: !334, file: !81, line: 773, type: !13, align: 64)
!334 = distinct !DILexicalBlock(scope: !330, file: !81, line: 773, column: 13)
!335 = !DILocation(line: 857, column: 14, scope: !336, inlinedAt: !339)
!336 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !107, file: !81, line: 856, type: !85, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !110, retainedNodes: !337)
!337 = !{!338}
!338 = !DILocalVariable(name: "self", arg: 1, scope: !336, file: !81, line: 856, type: !100)
!339 = !DILocation(line: 81, column: 14, scope: !340)
!340 = !DILexicalBlockFile(scope: !323, file: !3, discriminator: 2)
!341 = !DILocation(line: 771, column: 18, scope: !330, inlinedAt: !335)
!342 = !DILocation(line: 856, column: 13, scope: !336, inlinedAt: !339)
!343 = !DILocation(line: 0, scope: !309)
!344 = !DILocalVariable(name: "self", arg: 1, scope: !345, file: !346, line: 726, type: !312)
!345 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !313, file: !346, line: 726, type: !347, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !349, retainedNodes: !350)
!346 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!347 = !DISubroutineType(types: !348)
!348 = !{!39, !312, !25}
!349 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !313, file: !346, line: 726, type: !347, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!350 = !{!344, !351}
!351 = !DILocalVariable(name: "order", scope: !345, file: !346, line: 726, type: !25, align: 8)
!352 = !DILocation(line: 0, scope: !345, inlinedAt: !353)
!353 = !DILocation(line: 82, column: 14, scope: !323)
!354 = !DILocalVariable(name: "n", scope: !355, file: !81, line: 211, type: !13, align: 64)
!355 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !159, file: !81, line: 211, type: !160, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !356)
!356 = !{!357, !354}
!357 = !DILocalVariable(name: "start", arg: 1, scope: !355, file: !81, line: 211, type: !13)
!358 = !DILocation(line: 0, scope: !355, inlinedAt: !359)
!359 = !DILocation(line: 775, column: 35, scope: !334, inlinedAt: !335)
!360 = !DILocalVariable(name: "rhs", scope: !361, file: !168, line: 832, type: !13, align: 64)
!361 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !169, file: !168, line: 832, type: !171, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !362)
!362 = !{!363, !360}
!363 = !DILocalVariable(name: "self", arg: 1, scope: !361, file: !168, line: 832, type: !13)
!364 = !DILocation(line: 0, scope: !361, inlinedAt: !365)
!365 = !DILocation(line: 213, column: 28, scope: !355, inlinedAt: !359)
!366 = !DILocation(line: 0, scope: !323)
!367 = !DILocation(line: 81, column: 5, scope: !323)
!368 = !DILocation(line: 81, column: 14, scope: !309)
!369 = !DILocation(line: 1916, column: 26, scope: !325, inlinedAt: !329)
!370 = !DILocation(line: 1916, column: 50, scope: !325, inlinedAt: !329)
!371 = !DILocation(line: 0, scope: !334, inlinedAt: !335)
!372 = !DILocation(line: 844, column: 17, scope: !361, inlinedAt: !365)
!373 = !DILocalVariable(name: "dst", arg: 1, scope: !374, file: !346, line: 3886, type: !377)
!374 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E", scope: !26, file: !346, line: 3886, type: !375, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !139, retainedNodes: !378)
!375 = !DISubroutineType(types: !376)
!376 = !{!28, !377, !25}
!377 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !28, size: 64, align: 64, dwarfAddressSpace: 0)
!378 = !{!373, !379}
!379 = !DILocalVariable(name: "order", arg: 2, scope: !374, file: !346, line: 3886, type: !25)
!380 = !DILocation(line: 0, scope: !374, inlinedAt: !381)
!381 = distinct !DILocation(line: 729, column: 18, scope: !345, inlinedAt: !353)
!382 = !DILocation(line: 3891, column: 24, scope: !374, inlinedAt: !381)
!383 = !DILocation(line: 82, column: 12, scope: !323)
!384 = !DILocation(line: 87, column: 2, scope: !309)
