; ModuleID = 'correct_patterns.c273fbea4211a853-cgu.0'
source_filename = "correct_patterns.c273fbea4211a853-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }

@_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT = external local_unnamed_addr global %"core::sync::atomic::AtomicUsize"
@alloc_3f8dd0355d8c2a58fa22e00f5dab6816 = private unnamed_addr constant [38 x i8] c"testdata/rust/src/correct_patterns.rs\00", align 1
@alloc_ba4829a07a1f311f695f9a9ba3423ec5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00\1D\00\00\00\15\00\00\00" }>, align 8
@alloc_5ae1d1a7918e3e2802895d5acb83a568 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00$\00\00\00#\00\00\00" }>, align 8
@alloc_4bc5bec9d702a9ff30830a413aed93b3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00&\00\00\00$\00\00\00" }>, align 8
@vtable.0 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E" }>, align 8, !dbg !0
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@vtable.1 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E" }>, align 8, !dbg !73
@alloc_8e2410b80645266732854088d21653bc = private unnamed_addr constant [11 x i8] c"PoisonError", align 1

; correct_patterns::drain_cell
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define void @_ZN16correct_patterns10drain_cell17h378b267bd2b00d04E(ptr noundef nonnull align 4 captures(none) %c, ptr noalias noundef align 4 captures(none) dereferenceable(32) %out) unnamed_addr #0 !dbg !117 {
start:
    #dbg_value(ptr %c, !131, !DIExpression(), !135)
    #dbg_value(ptr %c, !136, !DIExpression(), !143)
    #dbg_value(ptr %c, !136, !DIExpression(), !145)
    #dbg_value(ptr %c, !147, !DIExpression(), !154)
    #dbg_value(ptr %c, !156, !DIExpression(), !163)
    #dbg_value(ptr %out, !132, !DIExpression(), !135)
  %_4.pr = load i32, ptr %c, align 4, !dbg !165
  %_3.not1 = icmp eq i32 %_4.pr, 0, !dbg !166
  br i1 %_3.not1, label %bb4, label %bb3.preheader, !dbg !166

bb3.preheader:                                    ; preds = %start
  %min.iters.check = icmp ult i32 %_4.pr, 8, !dbg !166
  br i1 %min.iters.check, label %bb3.preheader7, label %vector.scevcheck, !dbg !166

vector.scevcheck:                                 ; preds = %bb3.preheader
  %0 = and i32 %_4.pr, 7, !dbg !166
  %1 = icmp eq i32 %0, 0, !dbg !166
  %2 = add i32 %_4.pr, -9, !dbg !166
  %3 = icmp ult i32 %2, -8, !dbg !166
  %4 = or i1 %1, %3, !dbg !166
  br i1 %4, label %bb3.preheader7, label %vector.body

vector.body:                                      ; preds = %vector.scevcheck
  %broadcast.splatinsert = insertelement <4 x i32> poison, i32 %_4.pr, i64 0
  %broadcast.splat = shufflevector <4 x i32> %broadcast.splatinsert, <4 x i32> poison, <4 x i32> zeroinitializer
  %induction = add nsw <4 x i32> %broadcast.splat, <i32 0, i32 -1, i32 -2, i32 -3>
  %5 = and i32 %_4.pr, 7
  %step.add = add nsw <4 x i32> %broadcast.splat, <i32 -4, i32 -5, i32 -6, i32 -7>
  %6 = and i32 %_4.pr, 7, !dbg !167
  %7 = zext nneg i32 %6 to i64, !dbg !167
  %8 = getelementptr inbounds nuw i32, ptr %out, i64 %7, !dbg !168
  %9 = getelementptr inbounds i8, ptr %8, i64 -12, !dbg !168
  %10 = getelementptr inbounds i8, ptr %8, i64 -28, !dbg !168
  %wide.load = load <4 x i32>, ptr %9, align 4, !dbg !168
  %wide.load3 = load <4 x i32>, ptr %10, align 4, !dbg !168
  %11 = shufflevector <4 x i32> %induction, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>, !dbg !168
  %reverse5 = add <4 x i32> %wide.load, %11, !dbg !168
  %12 = shufflevector <4 x i32> %step.add, <4 x i32> poison, <4 x i32> <i32 3, i32 2, i32 1, i32 0>, !dbg !168
  %reverse6 = add <4 x i32> %wide.load3, %12, !dbg !168
  store <4 x i32> %reverse5, ptr %9, align 4, !dbg !168
  store <4 x i32> %reverse6, ptr %10, align 4, !dbg !168
  %13 = and i32 %_4.pr, 7, !dbg !166
  %cmp.n = icmp eq i32 %13, 0, !dbg !166
  br i1 %cmp.n, label %bb1.bb4_crit_edge, label %bb3.preheader7, !dbg !166

bb3.preheader7:                                   ; preds = %vector.scevcheck, %bb3.preheader, %vector.body
  %_42.ph = phi i32 [ %_4.pr, %vector.scevcheck ], [ %_4.pr, %bb3.preheader ], [ %5, %vector.body ]
  %14 = add i32 %_42.ph, -1, !dbg !166
  %xtraiter = and i32 %_42.ph, 3, !dbg !166
  %lcmp.mod.not = icmp eq i32 %xtraiter, 0, !dbg !166
  br i1 %lcmp.mod.not, label %bb3.prol.loopexit, label %bb3.prol, !dbg !166

bb3.prol:                                         ; preds = %bb3.preheader7, %bb3.prol
  %_42.prol = phi i32 [ %val.prol, %bb3.prol ], [ %_42.ph, %bb3.preheader7 ]
  %prol.iter = phi i32 [ %prol.iter.next, %bb3.prol ], [ 0, %bb3.preheader7 ]
    #dbg_value(i32 %_42.prol, !133, !DIExpression(), !169)
  %_7.prol = and i32 %_42.prol, 7, !dbg !167
  %_6.prol = zext nneg i32 %_7.prol to i64, !dbg !167
  %15 = getelementptr inbounds nuw i32, ptr %out, i64 %_6.prol, !dbg !168
  %16 = load i32, ptr %15, align 4, !dbg !168, !noundef !46
  %17 = add i32 %16, %_42.prol, !dbg !168
  store i32 %17, ptr %15, align 4, !dbg !168
  %val.prol = add i32 %_42.prol, -1, !dbg !170
    #dbg_value(i32 %val.prol, !153, !DIExpression(), !154)
    #dbg_value(i32 %val.prol, !162, !DIExpression(), !163)
  %prol.iter.next = add i32 %prol.iter, 1, !dbg !166
  %prol.iter.cmp.not = icmp eq i32 %prol.iter.next, %xtraiter, !dbg !166
  br i1 %prol.iter.cmp.not, label %bb3.prol.loopexit, label %bb3.prol, !dbg !166, !llvm.loop !171

bb3.prol.loopexit:                                ; preds = %bb3.prol, %bb3.preheader7
  %_42.unr = phi i32 [ %_42.ph, %bb3.preheader7 ], [ %val.prol, %bb3.prol ]
  %18 = icmp ult i32 %14, 3, !dbg !166
  br i1 %18, label %bb1.bb4_crit_edge, label %bb3, !dbg !166

bb1.bb4_crit_edge:                                ; preds = %bb3.prol.loopexit, %bb3, %vector.body
  store i32 0, ptr %c, align 4, !dbg !173
  br label %bb4, !dbg !166

bb4:                                              ; preds = %bb1.bb4_crit_edge, %start
  ret void, !dbg !181

bb3:                                              ; preds = %bb3.prol.loopexit, %bb3
  %_42 = phi i32 [ %val.3, %bb3 ], [ %_42.unr, %bb3.prol.loopexit ]
    #dbg_value(i32 %_42, !133, !DIExpression(), !169)
  %_7 = and i32 %_42, 7, !dbg !167
  %_6 = zext nneg i32 %_7 to i64, !dbg !167
  %19 = getelementptr inbounds nuw i32, ptr %out, i64 %_6, !dbg !168
  %20 = load i32, ptr %19, align 4, !dbg !168, !noundef !46
  %21 = add i32 %20, %_42, !dbg !168
  store i32 %21, ptr %19, align 4, !dbg !168
  %val = add i32 %_42, -1, !dbg !170
    #dbg_value(i32 %val, !153, !DIExpression(), !154)
    #dbg_value(i32 %val, !162, !DIExpression(), !163)
    #dbg_value(i32 %val, !133, !DIExpression(), !169)
  %_7.1 = and i32 %val, 7, !dbg !167
  %_6.1 = zext nneg i32 %_7.1 to i64, !dbg !167
  %22 = getelementptr inbounds nuw i32, ptr %out, i64 %_6.1, !dbg !168
  %23 = load i32, ptr %22, align 4, !dbg !168, !noundef !46
  %24 = add i32 %23, %val, !dbg !168
  store i32 %24, ptr %22, align 4, !dbg !168
  %val.1 = add i32 %_42, -2, !dbg !170
    #dbg_value(i32 %val.1, !153, !DIExpression(), !154)
    #dbg_value(i32 %val.1, !162, !DIExpression(), !163)
    #dbg_value(i32 %val.1, !133, !DIExpression(), !169)
  %_7.2 = and i32 %val.1, 7, !dbg !167
  %_6.2 = zext nneg i32 %_7.2 to i64, !dbg !167
  %25 = getelementptr inbounds nuw i32, ptr %out, i64 %_6.2, !dbg !168
  %26 = load i32, ptr %25, align 4, !dbg !168, !noundef !46
  %27 = add i32 %26, %val.1, !dbg !168
  store i32 %27, ptr %25, align 4, !dbg !168
  %val.2 = add i32 %_42, -3, !dbg !170
    #dbg_value(i32 %val.2, !153, !DIExpression(), !154)
    #dbg_value(i32 %val.2, !162, !DIExpression(), !163)
    #dbg_value(i32 %val.2, !133, !DIExpression(), !169)
  %_7.3 = and i32 %val.2, 7, !dbg !167
  %_6.3 = zext nneg i32 %_7.3 to i64, !dbg !167
  %28 = getelementptr inbounds nuw i32, ptr %out, i64 %_6.3, !dbg !168
  %29 = load i32, ptr %28, align 4, !dbg !168, !noundef !46
  %30 = add i32 %29, %val.2, !dbg !168
  store i32 %30, ptr %28, align 4, !dbg !168
  %val.3 = add i32 %_42, -4, !dbg !170
    #dbg_value(i32 %val.3, !153, !DIExpression(), !154)
    #dbg_value(i32 %val.3, !162, !DIExpression(), !163)
  %_3.not.3 = icmp eq i32 %val.3, 0, !dbg !166
  br i1 %_3.not.3, label %bb1.bb4_crit_edge, label %bb3, !dbg !166, !llvm.loop !182
}

; correct_patterns::wait_mutex
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10wait_mutex17h72115450b6a18e8bE(ptr noundef nonnull align 8 %m) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !184 {
start:
  %e.i = alloca [16 x i8], align 8
    #dbg_declare(ptr poison, !189, !DIExpression(DW_OP_LLVM_fragment, 136, 56), !244)
    #dbg_value(ptr %m, !188, !DIExpression(), !246)
  %_14.i = getelementptr inbounds nuw i8, ptr %m, i64 4
  %_8 = getelementptr inbounds nuw i8, ptr %m, i64 8
  br label %bb1, !dbg !247

bb1:                                              ; preds = %bb1.backedge, %start
    #dbg_value(ptr %m, !248, !DIExpression(), !255)
    #dbg_value(ptr %m, !257, !DIExpression(), !261)
    #dbg_value(i32 0, !263, !DIExpression(), !290)
    #dbg_value(i32 1, !287, !DIExpression(), !290)
    #dbg_value(i8 2, !288, !DIExpression(), !290)
    #dbg_value(i8 0, !289, !DIExpression(), !290)
    #dbg_value(ptr %m, !299, !DIExpression(), !301)
    #dbg_value(ptr %m, !286, !DIExpression(), !302)
    #dbg_value(ptr %m, !303, !DIExpression(), !316)
    #dbg_value(i32 0, !309, !DIExpression(), !316)
    #dbg_value(i32 1, !310, !DIExpression(), !316)
    #dbg_value(i8 2, !311, !DIExpression(), !316)
    #dbg_value(i8 0, !312, !DIExpression(), !316)
  %0 = cmpxchg ptr %m, i32 0, i32 1 acquire monotonic, align 4, !dbg !318, !noalias !319
  %1 = extractvalue { i32, i1 } %0, 1, !dbg !318
  br i1 %1, label %bb3.i, label %bb1.i, !dbg !322, !prof !323

bb1.i:                                            ; preds = %bb1
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 8 %m), !dbg !324, !noalias !319
  br label %bb3.i, !dbg !324

bb3.i:                                            ; preds = %bb1.i, %bb1
    #dbg_value(ptr %m, !325, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !355)
    #dbg_value(ptr %m, !357, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !363)
    #dbg_value(i8 0, !365, !DIExpression(), !376)
    #dbg_value(i8 0, !392, !DIExpression(), !400)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !375, !DIExpression(), !376)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !409)
    #dbg_value(i8 0, !408, !DIExpression(), !409)
  %2 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !411, !noalias !319
  %_6.i.i = and i64 %2, 9223372036854775807, !dbg !412
  %3 = icmp eq i64 %_6.i.i, 0, !dbg !412
  br i1 %3, label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE.exit", label %bb6.i.i, !dbg !412, !prof !323

bb6.i.i:                                          ; preds = %bb3.i
; call std::panicking::panic_count::is_zero_slow_path
  %4 = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !413, !noalias !319
  %5 = xor i1 %4, true, !dbg !414
  %6 = zext i1 %5 to i8, !dbg !415
  br label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE.exit", !dbg !413

"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE.exit": ; preds = %bb3.i, %bb6.i.i
  %_5.sroa.0.0.i.i = phi i8 [ %6, %bb6.i.i ], [ 0, %bb3.i ], !dbg !416
    #dbg_value(ptr %_14.i, !325, !DIExpression(), !355)
    #dbg_value(ptr %_14.i, !357, !DIExpression(), !363)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !353, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !417)
    #dbg_value(ptr %_14.i, !399, !DIExpression(), !418)
    #dbg_value(ptr %_14.i, !419, !DIExpression(), !426)
    #dbg_value(i8 0, !425, !DIExpression(), !426)
  %7 = load atomic i8, ptr %_14.i monotonic, align 4, !dbg !428, !noalias !319
  %.not = icmp eq i8 %7, 0, !dbg !429
    #dbg_value(ptr %m, !189, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !430)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !189, !DIExpression(DW_OP_LLVM_fragment, 128, 8), !430)
    #dbg_value(i1 %.not, !189, !DIExpression(DW_OP_not, DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !430)
    #dbg_declare(ptr %e.i, !242, !DIExpression(), !431)
  br i1 %.not, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit", label %bb2.i, !dbg !432, !prof !323

bb2.i:                                            ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE.exit"
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !433, !noalias !434
  store ptr %m, ptr %e.i, align 8, !dbg !433, !noalias !434
  %8 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !433
  store i8 %_5.sroa.0.0.i.i, ptr %8, align 8, !dbg !433, !noalias !434
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_ba4829a07a1f311f695f9a9ba3423ec5) #13
          to label %unreachable.i unwind label %cleanup.i, !dbg !437, !noalias !434

cleanup.i:                                        ; preds = %bb2.i
  %9 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #14
          to label %bb5.i unwind label %terminate.i, !dbg !438, !noalias !434

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #15, !dbg !439, !noalias !434
  unreachable, !dbg !439

bb5.i:                                            ; preds = %cleanup.i
  resume { ptr, i32 } %9, !dbg !439

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit": ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE.exit"
  %t.1.i = trunc nuw i8 %_5.sroa.0.0.i.i to i1, !dbg !440
  %_2 = load i64, ptr %_8, align 8, !dbg !441, !noundef !46
  %11 = icmp eq i64 %_2, 0, !dbg !441
    #dbg_value(ptr poison, !442, !DIExpression(), !449)
    #dbg_value(ptr poison, !442, !DIExpression(), !451)
    #dbg_value(ptr poison, !453, !DIExpression(), !460)
    #dbg_value(ptr poison, !453, !DIExpression(), !462)
    #dbg_value(i32 0, !464, !DIExpression(), !472)
    #dbg_value(i32 0, !464, !DIExpression(), !479)
    #dbg_value(i8 1, !471, !DIExpression(), !472)
    #dbg_value(i8 1, !471, !DIExpression(), !479)
    #dbg_value(i32 0, !482, !DIExpression(), !489)
    #dbg_value(i32 0, !482, !DIExpression(), !491)
    #dbg_value(i8 1, !488, !DIExpression(), !489)
    #dbg_value(i8 1, !488, !DIExpression(), !491)
    #dbg_value(ptr %_14.i, !493, !DIExpression(), !501)
    #dbg_value(ptr %_14.i, !493, !DIExpression(), !503)
    #dbg_value(ptr poison, !500, !DIExpression(), !501)
    #dbg_value(ptr poison, !500, !DIExpression(), !503)
    #dbg_value(i8 0, !505, !DIExpression(), !509)
    #dbg_value(i8 0, !505, !DIExpression(), !517)
    #dbg_value(i8 1, !522, !DIExpression(), !530)
    #dbg_value(i8 1, !522, !DIExpression(), !532)
    #dbg_value(i8 0, !529, !DIExpression(), !530)
    #dbg_value(i8 0, !529, !DIExpression(), !532)
  br i1 %11, label %bb4, label %bb6, !dbg !441

bb4:                                              ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit"
  br i1 %t.1.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !534

bb1.i.i.i:                                        ; preds = %bb4
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !508, !DIExpression(), !509)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !535)
    #dbg_value(i8 0, !408, !DIExpression(), !535)
  %12 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !537
  %_7.i.i.i = and i64 %12, 9223372036854775807, !dbg !538
  %13 = icmp eq i64 %_7.i.i.i, 0, !dbg !538
  br i1 %13, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !538, !prof !323

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !539
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !540

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_14.i, !528, !DIExpression(), !541)
    #dbg_value(ptr %_14.i, !542, !DIExpression(), !550)
    #dbg_value(i8 1, !548, !DIExpression(), !550)
    #dbg_value(i8 0, !549, !DIExpression(), !550)
  store atomic i8 1, ptr %_14.i monotonic, align 4, !dbg !552
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !553

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %bb4
    #dbg_value(ptr %m, !477, !DIExpression(), !554)
    #dbg_value(ptr %m, !470, !DIExpression(), !555)
    #dbg_value(ptr %m, !487, !DIExpression(), !489)
  %14 = atomicrmw xchg ptr %m, i32 0 release, align 4, !dbg !556
  %15 = icmp eq i32 %14, 2, !dbg !557
  br i1 %15, label %bb3.i.i, label %bb1.backedge, !dbg !557, !prof !558

bb1.backedge:                                     ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  br label %bb1, !dbg !318

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %m), !dbg !559
  br label %bb1.backedge, !dbg !559

bb6:                                              ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit"
  br i1 %t.1.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, label %bb1.i.i.i6, !dbg !560

bb1.i.i.i6:                                       ; preds = %bb6
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !508, !DIExpression(), !517)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !561)
    #dbg_value(i8 0, !408, !DIExpression(), !561)
  %16 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !563
  %_7.i.i.i7 = and i64 %16, 9223372036854775807, !dbg !564
  %17 = icmp eq i64 %_7.i.i.i7, 0, !dbg !564
  br i1 %17, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, label %bb6.i.i.i8, !dbg !564, !prof !323

bb6.i.i.i8:                                       ; preds = %bb1.i.i.i6
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i9 = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !565
  br i1 %_6.i.i.i9, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, label %bb2.i.i.i10, !dbg !566

bb2.i.i.i10:                                      ; preds = %bb6.i.i.i8
    #dbg_value(ptr %_14.i, !528, !DIExpression(), !567)
    #dbg_value(ptr %_14.i, !542, !DIExpression(), !568)
    #dbg_value(i8 1, !548, !DIExpression(), !568)
    #dbg_value(i8 0, !549, !DIExpression(), !568)
  store atomic i8 1, ptr %_14.i monotonic, align 4, !dbg !570
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, !dbg !571

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11: ; preds = %bb2.i.i.i10, %bb6.i.i.i8, %bb1.i.i.i6, %bb6
    #dbg_value(ptr %m, !477, !DIExpression(), !572)
    #dbg_value(ptr %m, !470, !DIExpression(), !573)
    #dbg_value(ptr %m, !487, !DIExpression(), !491)
  %18 = atomicrmw xchg ptr %m, i32 0 release, align 4, !dbg !574
  %19 = icmp eq i32 %18, 2, !dbg !575
  br i1 %19, label %bb3.i.i12, label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE.exit13", !dbg !575, !prof !558

bb3.i.i12:                                        ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %m), !dbg !576
  br label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE.exit13", !dbg !576

"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE.exit13": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, %bb3.i.i12
  ret void, !dbg !577
}

; correct_patterns::wait_seqcst
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable
define noundef range(i64 1, 0) i64 @_ZN16correct_patterns11wait_seqcst17he1a7c667aa78c44aE(ptr noundef nonnull readonly align 8 captures(none) %a) unnamed_addr #2 !dbg !578 {
start:
    #dbg_value(ptr %a, !582, !DIExpression(), !585)
    #dbg_value(ptr %a, !586, !DIExpression(), !590)
    #dbg_value(i8 4, !589, !DIExpression(), !590)
  br label %bb1, !dbg !592

bb1:                                              ; preds = %bb1, %start
    #dbg_value(ptr %a, !402, !DIExpression(), !593)
    #dbg_value(i8 4, !408, !DIExpression(), !593)
  %0 = load atomic i64, ptr %a seq_cst, align 8, !dbg !595
    #dbg_value(i64 %0, !583, !DIExpression(), !596)
  %1 = icmp eq i64 %0, 0, !dbg !597
  br i1 %1, label %bb1, label %bb2, !dbg !597

bb2:                                              ; preds = %bb1
  ret i64 %0, !dbg !598
}

; correct_patterns::wait_acquire
; Function Attrs: nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable
define void @_ZN16correct_patterns12wait_acquire17hda0eb442c0b24f93E(ptr noundef nonnull readonly align 8 captures(none) %a) unnamed_addr #2 !dbg !599 {
start:
    #dbg_value(ptr %a, !603, !DIExpression(), !604)
    #dbg_value(ptr %a, !605, !DIExpression(), !609)
    #dbg_value(i8 2, !608, !DIExpression(), !609)
  br label %bb1, !dbg !611

bb1:                                              ; preds = %bb1, %start
    #dbg_value(ptr %a, !402, !DIExpression(), !612)
    #dbg_value(i8 2, !408, !DIExpression(), !612)
  %0 = load atomic i64, ptr %a acquire, align 8, !dbg !614
  %1 = icmp eq i64 %0, 0, !dbg !615
  br i1 %1, label %bb1, label %bb3, !dbg !615

bb3:                                              ; preds = %bb1
  ret void, !dbg !616
}

; correct_patterns::wait_condvar
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_condvar17h4e2b7770cc7b84d1E(ptr noundef nonnull align 4 %pair) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !617 {
start:
  %e.i1 = alloca [16 x i8], align 8
  %e.i = alloca [16 x i8], align 8
    #dbg_declare(ptr poison, !638, !DIExpression(DW_OP_LLVM_fragment, 136, 56), !663)
    #dbg_declare(ptr poison, !638, !DIExpression(DW_OP_LLVM_fragment, 136, 56), !665)
    #dbg_declare(ptr poison, !636, !DIExpression(DW_OP_LLVM_fragment, 72, 56), !667)
    #dbg_value(ptr %pair, !635, !DIExpression(), !668)
    #dbg_value(ptr %pair, !669, !DIExpression(), !675)
    #dbg_value(ptr %pair, !677, !DIExpression(), !681)
    #dbg_value(i32 0, !683, !DIExpression(), !690)
    #dbg_value(i32 1, !687, !DIExpression(), !690)
    #dbg_value(i8 2, !688, !DIExpression(), !690)
    #dbg_value(i8 0, !689, !DIExpression(), !690)
    #dbg_value(ptr %pair, !694, !DIExpression(), !696)
    #dbg_value(ptr %pair, !686, !DIExpression(), !697)
    #dbg_value(ptr %pair, !303, !DIExpression(), !698)
    #dbg_value(i32 0, !309, !DIExpression(), !698)
    #dbg_value(i32 1, !310, !DIExpression(), !698)
    #dbg_value(i8 2, !311, !DIExpression(), !698)
    #dbg_value(i8 0, !312, !DIExpression(), !698)
  %0 = cmpxchg ptr %pair, i32 0, i32 1 acquire monotonic, align 4, !dbg !700, !noalias !701
  %1 = extractvalue { i32, i1 } %0, 1, !dbg !700
  br i1 %1, label %bb3.i, label %bb1.i, !dbg !704, !prof !323

bb1.i:                                            ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4 %pair), !dbg !705, !noalias !701
  br label %bb3.i, !dbg !705

bb3.i:                                            ; preds = %bb1.i, %start
    #dbg_value(ptr %pair, !325, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !706)
    #dbg_value(ptr %pair, !357, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !708)
    #dbg_value(i8 0, !365, !DIExpression(), !710)
    #dbg_value(i8 0, !392, !DIExpression(), !715)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !375, !DIExpression(), !710)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !717)
    #dbg_value(i8 0, !408, !DIExpression(), !717)
  %2 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !719, !noalias !701
  %_6.i.i = and i64 %2, 9223372036854775807, !dbg !720
  %3 = icmp eq i64 %_6.i.i, 0, !dbg !720
  br i1 %3, label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E.exit", label %bb6.i.i, !dbg !720, !prof !323

bb6.i.i:                                          ; preds = %bb3.i
; call std::panicking::panic_count::is_zero_slow_path
  %4 = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !721, !noalias !701
  %5 = xor i1 %4, true, !dbg !722
  %6 = zext i1 %5 to i8, !dbg !723
  br label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E.exit", !dbg !721

"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E.exit": ; preds = %bb3.i, %bb6.i.i
  %_5.sroa.0.0.i.i = phi i8 [ %6, %bb6.i.i ], [ 0, %bb3.i ], !dbg !724
  %_14.i = getelementptr inbounds nuw i8, ptr %pair, i64 4, !dbg !725
    #dbg_value(ptr %_14.i, !325, !DIExpression(), !706)
    #dbg_value(ptr %_14.i, !357, !DIExpression(), !708)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !353, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !726)
    #dbg_value(ptr %_14.i, !399, !DIExpression(), !727)
    #dbg_value(ptr %_14.i, !419, !DIExpression(), !728)
    #dbg_value(i8 0, !425, !DIExpression(), !728)
  %7 = load atomic i8, ptr %_14.i monotonic, align 4, !dbg !730, !noalias !701
  %.not = icmp eq i8 %7, 0, !dbg !731
    #dbg_value(ptr %pair, !638, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !732)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !638, !DIExpression(DW_OP_LLVM_fragment, 128, 8), !732)
    #dbg_value(i1 %.not, !638, !DIExpression(DW_OP_not, DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !732)
    #dbg_declare(ptr %e.i1, !661, !DIExpression(), !733)
  br i1 %.not, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit10", label %bb2.i5, !dbg !734, !prof !323

bb2.i5:                                           ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E.exit"
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i1), !dbg !735, !noalias !736
  store ptr %pair, ptr %e.i1, align 8, !dbg !735, !noalias !736
  %8 = getelementptr inbounds nuw i8, ptr %e.i1, i64 8, !dbg !735
  store i8 %_5.sroa.0.0.i.i, ptr %8, align 8, !dbg !735, !noalias !736
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5ae1d1a7918e3e2802895d5acb83a568) #13
          to label %unreachable.i9 unwind label %cleanup.i6, !dbg !740, !noalias !741

cleanup.i6:                                       ; preds = %bb2.i5
  %9 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
  invoke void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i1) #14
          to label %common.resume unwind label %terminate.i7, !dbg !742, !noalias !741

unreachable.i9:                                   ; preds = %bb2.i5
  unreachable

terminate.i7:                                     ; preds = %cleanup.i6
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #15, !dbg !743, !noalias !741
  unreachable, !dbg !743

common.resume:                                    ; preds = %cleanup.i, %cleanup.i12, %cleanup.i6
  %common.resume.op = phi { ptr, i32 } [ %13, %cleanup.i12 ], [ %9, %cleanup.i6 ], [ %17, %cleanup.i ]
  resume { ptr, i32 } %common.resume.op, !dbg !668

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit10": ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E.exit"
    #dbg_value(ptr %pair, !636, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !744)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !636, !DIExpression(DW_OP_LLVM_fragment, 64, 8), !744)
  %11 = trunc nuw i8 %_5.sroa.0.0.i.i to i1, !dbg !745
  %_13 = getelementptr inbounds nuw i8, ptr %pair, i64 5
  %_9 = getelementptr inbounds nuw i8, ptr %pair, i64 8
  br label %bb3, !dbg !746

bb3:                                              ; preds = %_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E.exit, %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit10"
    #dbg_value(ptr %pair, !636, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !744)
    #dbg_value(i8 poison, !636, !DIExpression(DW_OP_LLVM_fragment, 64, 8), !744)
  %12 = load i8, ptr %_13, align 1, !dbg !747, !range !748, !noundef !46
  %_5 = trunc nuw i8 %12 to i1, !dbg !747
  br i1 %_5, label %bb4, label %bb5, !dbg !747

bb5:                                              ; preds = %bb3
    #dbg_value(ptr %pair, !749, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !762)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !749, !DIExpression(DW_OP_LLVM_fragment, 64, 8), !762)
    #dbg_value(ptr %_9, !757, !DIExpression(), !762)
    #dbg_value(i8 0, !764, !DIExpression(), !768)
    #dbg_value(ptr %pair, !760, !DIExpression(), !774)
; invoke <std::sys::sync::condvar::futex::Condvar>::wait
  invoke void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr noundef nonnull align 4 %_9, ptr noundef nonnull align 4 %pair)
          to label %_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E.exit unwind label %cleanup.i12, !dbg !775, !noalias !776

cleanup.i12:                                      ; preds = %bb5
  %13 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  invoke fastcc void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr nonnull align 4 %pair, i8 %_5.sroa.0.0.i.i) #14
          to label %common.resume unwind label %terminate.i13, !dbg !779, !noalias !776

terminate.i13:                                    ; preds = %cleanup.i12
  %14 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #15, !dbg !780, !noalias !776
  unreachable, !dbg !780

_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E.exit: ; preds = %bb5
    #dbg_value(ptr %pair, !772, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !781)
    #dbg_value(ptr %pair, !767, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !782)
    #dbg_value(ptr %_14.i, !419, !DIExpression(), !783)
    #dbg_value(i8 0, !425, !DIExpression(), !783)
  %15 = load atomic i8, ptr %_14.i monotonic, align 4, !dbg !785, !noalias !776
    #dbg_value(i8 %15, !758, !DIExpression(DW_OP_lit0, DW_OP_ne, DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !786)
  %.not18 = icmp eq i8 %15, 0, !dbg !787
    #dbg_value(ptr %pair, !638, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !788)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !638, !DIExpression(DW_OP_LLVM_fragment, 128, 8), !788)
    #dbg_value(i1 %.not18, !638, !DIExpression(DW_OP_not, DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !788)
    #dbg_declare(ptr %e.i, !661, !DIExpression(), !789)
  br i1 %.not18, label %bb3, label %bb2.i, !dbg !790, !prof !323

bb2.i:                                            ; preds = %_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E.exit
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !791, !noalias !792
  store ptr %pair, ptr %e.i, align 8, !dbg !791, !noalias !792
  %16 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !791
  store i8 %_5.sroa.0.0.i.i, ptr %16, align 8, !dbg !791, !noalias !792
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_4bc5bec9d702a9ff30830a413aed93b3) #13
          to label %unreachable.i unwind label %cleanup.i, !dbg !796, !noalias !797

cleanup.i:                                        ; preds = %bb2.i
  %17 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
  invoke void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #14
          to label %common.resume unwind label %terminate.i, !dbg !798, !noalias !797

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %18 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #15, !dbg !799, !noalias !797
  unreachable, !dbg !799

bb4:                                              ; preds = %bb3
    #dbg_value(ptr poison, !800, !DIExpression(), !806)
    #dbg_value(ptr poison, !808, !DIExpression(), !814)
    #dbg_value(i32 0, !816, !DIExpression(), !821)
    #dbg_value(i8 1, !820, !DIExpression(), !821)
    #dbg_value(i32 0, !827, !DIExpression(), !832)
    #dbg_value(i8 1, !831, !DIExpression(), !832)
    #dbg_value(ptr %_14.i, !493, !DIExpression(), !834)
    #dbg_value(ptr poison, !500, !DIExpression(), !834)
    #dbg_value(i8 0, !505, !DIExpression(), !836)
    #dbg_value(i8 1, !522, !DIExpression(), !841)
    #dbg_value(i8 0, !529, !DIExpression(), !841)
  br i1 %11, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !843

bb1.i.i.i:                                        ; preds = %bb4
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !508, !DIExpression(), !836)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !844)
    #dbg_value(i8 0, !408, !DIExpression(), !844)
  %19 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !846
  %_7.i.i.i = and i64 %19, 9223372036854775807, !dbg !847
  %20 = icmp eq i64 %_7.i.i.i, 0, !dbg !847
  br i1 %20, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !847, !prof !323

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !848
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !849

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_14.i, !528, !DIExpression(), !850)
    #dbg_value(ptr %_14.i, !542, !DIExpression(), !851)
    #dbg_value(i8 1, !548, !DIExpression(), !851)
    #dbg_value(i8 0, !549, !DIExpression(), !851)
  store atomic i8 1, ptr %_14.i monotonic, align 4, !dbg !853
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !854

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %bb4
    #dbg_value(ptr %pair, !825, !DIExpression(), !855)
    #dbg_value(ptr %pair, !819, !DIExpression(), !856)
    #dbg_value(ptr %pair, !830, !DIExpression(), !832)
  %21 = atomicrmw xchg ptr %pair, i32 0 release, align 4, !dbg !857
  %22 = icmp eq i32 %21, 2, !dbg !858
  br i1 %22, label %bb3.i.i, label %"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E.exit", !dbg !858, !prof !558

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %pair), !dbg !859
  br label %"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E.exit", !dbg !859

"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E.exit": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  ret void, !dbg !860
}

; correct_patterns::fill_to_limit
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define noundef range(i64 0, 1152921504606846976) i64 @_ZN16correct_patterns13fill_to_limit17haa25a45297f71732E(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %cfg, ptr noalias noundef nonnull writeonly align 8 captures(none) %out.0, i64 noundef range(i64 0, 1152921504606846976) %out.1) unnamed_addr #0 !dbg !861 {
start:
    #dbg_value(ptr %cfg, !875, !DIExpression(), !879)
    #dbg_value(ptr %out.0, !876, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !879)
    #dbg_value(i64 %out.1, !876, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !879)
    #dbg_value(i64 0, !877, !DIExpression(), !880)
  %_5 = load i64, ptr %cfg, align 8, !noundef !46
  %invariant.umin = tail call i64 @llvm.umin.i64(i64 %_5, i64 %out.1), !dbg !881
  %or.cond6.not = icmp eq i64 %invariant.umin, 0, !dbg !882
  br i1 %or.cond6.not, label %bb7, label %bb4.lr.ph, !dbg !882

bb4.lr.ph:                                        ; preds = %start
  %0 = getelementptr inbounds nuw i8, ptr %cfg, i64 8
  %_10 = load i64, ptr %0, align 8, !noundef !46
  %xtraiter = and i64 %invariant.umin, 3, !dbg !882
  %1 = icmp samesign ult i64 %invariant.umin, 4, !dbg !882
  br i1 %1, label %bb4.epil.preheader, label %bb4.lr.ph.new, !dbg !882

bb4.lr.ph.new:                                    ; preds = %bb4.lr.ph
  %unroll_iter = and i64 %invariant.umin, 1152921504606846972, !dbg !882
  br label %bb4, !dbg !882

bb7.loopexit.unr-lcssa:                           ; preds = %bb4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0, !dbg !882
  br i1 %lcmp.mod.not, label %bb7, label %bb4.epil.preheader, !dbg !882

bb4.epil.preheader:                               ; preds = %bb7.loopexit.unr-lcssa, %bb4.lr.ph
  %i.sroa.0.07.epil.init = phi i64 [ 0, %bb4.lr.ph ], [ %16, %bb7.loopexit.unr-lcssa ]
  %lcmp.mod8 = icmp ne i64 %xtraiter, 0, !dbg !882
  tail call void @llvm.assume(i1 %lcmp.mod8), !dbg !882
  br label %bb4.epil, !dbg !882

bb4.epil:                                         ; preds = %bb4.epil, %bb4.epil.preheader
  %i.sroa.0.07.epil = phi i64 [ %i.sroa.0.07.epil.init, %bb4.epil.preheader ], [ %4, %bb4.epil ]
  %epil.iter = phi i64 [ 0, %bb4.epil.preheader ], [ %epil.iter.next, %bb4.epil ]
    #dbg_value(i64 %i.sroa.0.07.epil, !877, !DIExpression(), !880)
  %2 = getelementptr inbounds nuw i64, ptr %out.0, i64 %i.sroa.0.07.epil, !dbg !883
  %3 = mul i64 %_10, %i.sroa.0.07.epil, !dbg !883
  store i64 %3, ptr %2, align 8, !dbg !883
  %4 = add nuw nsw i64 %i.sroa.0.07.epil, 1, !dbg !884
    #dbg_value(i64 %4, !877, !DIExpression(), !880)
  %epil.iter.next = add i64 %epil.iter, 1, !dbg !882
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter, !dbg !882
  br i1 %epil.iter.cmp.not, label %bb7, label %bb4.epil, !dbg !882, !llvm.loop !885

bb7:                                              ; preds = %bb7.loopexit.unr-lcssa, %bb4.epil, %start
  ret i64 %invariant.umin, !dbg !886

bb4:                                              ; preds = %bb4, %bb4.lr.ph.new
  %i.sroa.0.07 = phi i64 [ 0, %bb4.lr.ph.new ], [ %16, %bb4 ]
  %niter = phi i64 [ 0, %bb4.lr.ph.new ], [ %niter.next.3, %bb4 ]
    #dbg_value(i64 %i.sroa.0.07, !877, !DIExpression(), !880)
  %5 = getelementptr inbounds nuw i64, ptr %out.0, i64 %i.sroa.0.07, !dbg !883
  %6 = mul i64 %_10, %i.sroa.0.07, !dbg !883
  store i64 %6, ptr %5, align 8, !dbg !883
  %7 = or disjoint i64 %i.sroa.0.07, 1, !dbg !884
    #dbg_value(i64 %7, !877, !DIExpression(), !880)
  %8 = getelementptr inbounds nuw i64, ptr %out.0, i64 %7, !dbg !883
  %9 = mul i64 %_10, %7, !dbg !883
  store i64 %9, ptr %8, align 8, !dbg !883
  %10 = or disjoint i64 %i.sroa.0.07, 2, !dbg !884
    #dbg_value(i64 %10, !877, !DIExpression(), !880)
  %11 = getelementptr inbounds nuw i64, ptr %out.0, i64 %10, !dbg !883
  %12 = mul i64 %_10, %10, !dbg !883
  store i64 %12, ptr %11, align 8, !dbg !883
  %13 = or disjoint i64 %i.sroa.0.07, 3, !dbg !884
    #dbg_value(i64 %13, !877, !DIExpression(), !880)
  %14 = getelementptr inbounds nuw i64, ptr %out.0, i64 %13, !dbg !883
  %15 = mul i64 %_10, %13, !dbg !883
  store i64 %15, ptr %14, align 8, !dbg !883
  %16 = add nuw nsw i64 %i.sroa.0.07, 4, !dbg !884
    #dbg_value(i64 %16, !877, !DIExpression(), !880)
  %niter.next.3 = add i64 %niter, 4, !dbg !882
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter, !dbg !882
  br i1 %niter.ncmp.3, label %bb7.loopexit.unr-lcssa, label %bb4, !dbg !882
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #3 !dbg !887 {
start:
    #dbg_value(ptr %_1, !892, !DIExpression(), !895)
  %_1.val = load ptr, ptr %_1, align 8, !dbg !896, !nonnull !46, !align !897, !noundef !46
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !896
  %_1.val1 = load i8, ptr %0, align 8, !dbg !896, !range !748, !noundef !46
    #dbg_value(ptr poison, !800, !DIExpression(), !898)
    #dbg_value(ptr poison, !808, !DIExpression(), !900)
    #dbg_value(i32 0, !816, !DIExpression(), !902)
    #dbg_value(i8 1, !820, !DIExpression(), !902)
    #dbg_value(i32 0, !827, !DIExpression(), !905)
    #dbg_value(i8 1, !831, !DIExpression(), !905)
  %_3.i.i = getelementptr inbounds nuw i8, ptr %_1.val, i64 4, !dbg !907
    #dbg_value(ptr %_3.i.i, !493, !DIExpression(), !908)
    #dbg_value(ptr poison, !500, !DIExpression(), !908)
    #dbg_value(i8 0, !505, !DIExpression(), !910)
    #dbg_value(i8 1, !522, !DIExpression(), !915)
    #dbg_value(i8 0, !529, !DIExpression(), !915)
  %_3.i.i.i = trunc nuw i8 %_1.val1 to i1, !dbg !917
  br i1 %_3.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !917

bb1.i.i.i:                                        ; preds = %start
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !508, !DIExpression(), !910)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !918)
    #dbg_value(i8 0, !408, !DIExpression(), !918)
  %1 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !920
  %_7.i.i.i = and i64 %1, 9223372036854775807, !dbg !921
  %2 = icmp eq i64 %_7.i.i.i, 0, !dbg !921
  br i1 %2, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !921, !prof !323

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !922
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !923

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_3.i.i, !528, !DIExpression(), !924)
    #dbg_value(ptr %_3.i.i, !542, !DIExpression(), !925)
    #dbg_value(i8 1, !548, !DIExpression(), !925)
    #dbg_value(i8 0, !549, !DIExpression(), !925)
  store atomic i8 1, ptr %_3.i.i monotonic, align 4, !dbg !927
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !928

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %start
    #dbg_value(ptr %_1.val, !825, !DIExpression(), !929)
    #dbg_value(ptr %_1.val, !819, !DIExpression(), !930)
    #dbg_value(ptr %_1.val, !830, !DIExpression(), !905)
  %3 = atomicrmw xchg ptr %_1.val, i32 0 release, align 4, !dbg !931
  %4 = icmp eq i32 %3, 2, !dbg !932
  br i1 %4, label %bb3.i.i, label %"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E.exit", !dbg !932, !prof !558

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_1.val), !dbg !933
  br label %"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E.exit", !dbg !933

"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E.exit": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  ret void, !dbg !896
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #3 !dbg !934 {
start:
    #dbg_value(ptr %_1, !939, !DIExpression(), !942)
  %_1.val = load ptr, ptr %_1, align 8, !dbg !943, !nonnull !46, !align !944, !noundef !46
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !943
  %_1.val1 = load i8, ptr %0, align 8, !dbg !943, !range !748, !noundef !46
    #dbg_value(ptr poison, !442, !DIExpression(), !945)
    #dbg_value(ptr poison, !453, !DIExpression(), !947)
    #dbg_value(i32 0, !464, !DIExpression(), !949)
    #dbg_value(i8 1, !471, !DIExpression(), !949)
    #dbg_value(i32 0, !482, !DIExpression(), !952)
    #dbg_value(i8 1, !488, !DIExpression(), !952)
  %_3.i.i = getelementptr inbounds nuw i8, ptr %_1.val, i64 4, !dbg !954
    #dbg_value(ptr %_3.i.i, !493, !DIExpression(), !955)
    #dbg_value(ptr poison, !500, !DIExpression(), !955)
    #dbg_value(i8 0, !505, !DIExpression(), !957)
    #dbg_value(i8 1, !522, !DIExpression(), !962)
    #dbg_value(i8 0, !529, !DIExpression(), !962)
  %_3.i.i.i = trunc nuw i8 %_1.val1 to i1, !dbg !964
  br i1 %_3.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !964

bb1.i.i.i:                                        ; preds = %start
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !508, !DIExpression(), !957)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !965)
    #dbg_value(i8 0, !408, !DIExpression(), !965)
  %1 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !967
  %_7.i.i.i = and i64 %1, 9223372036854775807, !dbg !968
  %2 = icmp eq i64 %_7.i.i.i, 0, !dbg !968
  br i1 %2, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !968, !prof !323

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !969
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !970

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_3.i.i, !528, !DIExpression(), !971)
    #dbg_value(ptr %_3.i.i, !542, !DIExpression(), !972)
    #dbg_value(i8 1, !548, !DIExpression(), !972)
    #dbg_value(i8 0, !549, !DIExpression(), !972)
  store atomic i8 1, ptr %_3.i.i monotonic, align 4, !dbg !974
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !975

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %start
    #dbg_value(ptr %_1.val, !477, !DIExpression(), !976)
    #dbg_value(ptr %_1.val, !470, !DIExpression(), !977)
    #dbg_value(ptr %_1.val, !487, !DIExpression(), !952)
  %3 = atomicrmw xchg ptr %_1.val, i32 0 release, align 4, !dbg !978
  %4 = icmp eq i32 %3, 2, !dbg !979
  br i1 %4, label %bb3.i.i, label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE.exit", !dbg !979, !prof !558

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_1.val), !dbg !980
  br label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE.exit", !dbg !980

"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE.exit": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  ret void, !dbg !943
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr %_1.0.val, i8 %_1.8.val) unnamed_addr #3 !dbg !801 {
start:
    #dbg_value(ptr poison, !800, !DIExpression(), !981)
  %0 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %0)
    #dbg_value(ptr poison, !808, !DIExpression(), !982)
    #dbg_value(i32 0, !816, !DIExpression(), !984)
    #dbg_value(i8 1, !820, !DIExpression(), !984)
    #dbg_value(i32 0, !827, !DIExpression(), !987)
    #dbg_value(i8 1, !831, !DIExpression(), !987)
  %_3.i = getelementptr inbounds nuw i8, ptr %_1.0.val, i64 4, !dbg !989
    #dbg_value(ptr %_3.i, !493, !DIExpression(), !990)
    #dbg_value(ptr poison, !500, !DIExpression(), !990)
    #dbg_value(i8 0, !505, !DIExpression(), !992)
    #dbg_value(i8 1, !522, !DIExpression(), !997)
    #dbg_value(i8 0, !529, !DIExpression(), !997)
  %_3.i.i = trunc nuw i8 %_1.8.val to i1, !dbg !999
  br i1 %_3.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i, label %bb1.i.i, !dbg !999

bb1.i.i:                                          ; preds = %start
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !508, !DIExpression(), !992)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !402, !DIExpression(), !1000)
    #dbg_value(i8 0, !408, !DIExpression(), !1000)
  %1 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !1002
  %_7.i.i = and i64 %1, 9223372036854775807, !dbg !1003
  %2 = icmp eq i64 %_7.i.i, 0, !dbg !1003
  br i1 %2, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i, label %bb6.i.i, !dbg !1003, !prof !323

bb6.i.i:                                          ; preds = %bb1.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #12, !dbg !1004
  br i1 %_6.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i, label %bb2.i.i, !dbg !1005

bb2.i.i:                                          ; preds = %bb6.i.i
    #dbg_value(ptr %_3.i, !528, !DIExpression(), !1006)
    #dbg_value(ptr %_3.i, !542, !DIExpression(), !1007)
    #dbg_value(i8 1, !548, !DIExpression(), !1007)
    #dbg_value(i8 0, !549, !DIExpression(), !1007)
  store atomic i8 1, ptr %_3.i monotonic, align 1, !dbg !1009
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i, !dbg !1010

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i: ; preds = %bb2.i.i, %bb6.i.i, %bb1.i.i, %start
    #dbg_value(ptr %_1.0.val, !825, !DIExpression(), !1011)
    #dbg_value(ptr %_1.0.val, !819, !DIExpression(), !1012)
    #dbg_value(ptr %_1.0.val, !830, !DIExpression(), !987)
  %3 = atomicrmw xchg ptr %_1.0.val, i32 0 release, align 4, !dbg !1013
  %4 = icmp eq i32 %3, 2, !dbg !1014
  br i1 %4, label %bb3.i, label %"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE.exit", !dbg !1014, !prof !558

bb3.i:                                            ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_1.0.val), !dbg !1015
  br label %"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE.exit", !dbg !1015

"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE.exit": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i, %bb3.i
  ret void, !dbg !1016
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E"(ptr noalias readonly align 8 captures(none) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #3 !dbg !1017 {
start:
  %_4 = alloca [16 x i8], align 8
    #dbg_value(ptr poison, !1062, !DIExpression(), !1064)
    #dbg_value(ptr %f, !1063, !DIExpression(), !1064)
  call void @llvm.lifetime.start.p0(ptr nonnull %_4), !dbg !1065
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef nonnull sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef nonnull align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11), !dbg !1066
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef nonnull align 8 dereferenceable(16) %_4), !dbg !1067
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !1068
  ret i1 %_0, !dbg !1069
}

; std::panicking::panic_count::is_zero_slow_path
; Function Attrs: cold noinline nonlazybind uwtable
declare noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #5

; <std::sys::sync::mutex::futex::Mutex>::lock_contended
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4) unnamed_addr #6

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #7

; <std::sys::sync::condvar::futex::Condvar>::wait
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr noundef nonnull align 4, ptr noundef nonnull align 4) unnamed_addr #3

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #8

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #9

; <core::fmt::Formatter>::debug_struct
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(address) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #3

; <core::fmt::builders::DebugStruct>::finish_non_exhaustive
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #3

; <std::sys::sync::mutex::futex::Mutex>::wake
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4) unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #10

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #11

attributes #0 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nofree noinline norecurse nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #11 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { noinline }
attributes #13 = { noreturn }
attributes #14 = { cold }
attributes #15 = { cold noreturn nounwind }

!llvm.module.flags = !{!101, !102, !103, !104}
!llvm.ident = !{!105}
!llvm.dbg.cu = !{!106}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "<unknown>", directory: "")
!3 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !4, vtableHolder: !12, templateParams: !46, identifier: "d384461c3459526720b2581a66046363")
!4 = !{!5, !8, !10, !11}
!5 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !3, file: !2, baseType: !6, size: 64, align: 64)
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!7 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!8 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!9 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!11 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!12 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", scope: !13, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !71, identifier: "b66a253ab6a318028b3c180dd66c1eb7")
!13 = !DINamespace(name: "poison", scope: !14)
!14 = !DINamespace(name: "sync", scope: !15)
!15 = !DINamespace(name: "std", scope: null)
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !12, file: !2, baseType: !18, size: 128, align: 64, flags: DIFlagPrivate)
!18 = !DICompositeType(tag: DW_TAG_structure_type, name: "MutexGuard<usize>", scope: !19, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !20, templateParams: !64, identifier: "4a3822dbf1950bc077e6f24e23922005")
!19 = !DINamespace(name: "mutex", scope: !13)
!20 = !{!21, !66}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !18, file: !2, baseType: !22, size: 64, align: 64, flags: DIFlagPrivate)
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::Mutex<usize>", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!23 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<usize>", scope: !19, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !24, templateParams: !64, identifier: "ef13e71cfcf4144477b508609bed82")
!24 = !{!25, !47, !60}
!25 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !23, file: !2, baseType: !26, size: 32, align: 32, flags: DIFlagPrivate)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex", scope: !27, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !31, templateParams: !46, identifier: "afdb334321a21a732e97844e1c645ae5")
!27 = !DINamespace(name: "futex", scope: !28)
!28 = !DINamespace(name: "mutex", scope: !29)
!29 = !DINamespace(name: "sync", scope: !30)
!30 = !DINamespace(name: "sys", scope: !15)
!31 = !{!32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !26, file: !2, baseType: !33, size: 32, align: 32, flags: DIFlagPrivate)
!33 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !34, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !37, templateParams: !46, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!34 = !DINamespace(name: "atomic", scope: !35)
!35 = !DINamespace(name: "sync", scope: !36)
!36 = !DINamespace(name: "core", scope: null)
!37 = !{!38}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !33, file: !2, baseType: !39, size: 32, align: 32, flags: DIFlagPrivate)
!39 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !40, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !41, templateParams: !44, identifier: "276fcd5afdff990e3d83fbd36936145c")
!40 = !DINamespace(name: "cell", scope: !36)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !39, file: !2, baseType: !43, size: 32, align: 32, flags: DIFlagPrivate)
!43 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!44 = !{!45}
!45 = !DITemplateTypeParameter(name: "T", type: !43)
!46 = !{}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !23, file: !2, baseType: !48, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !13, file: !2, size: 8, align: 8, flags: DIFlagProtected, elements: !49, templateParams: !46, identifier: "c629961d27193e407b292c3b513ca7dc")
!49 = !{!50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "failed", scope: !48, file: !2, baseType: !51, size: 8, align: 8, flags: DIFlagPrivate)
!51 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !34, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !52, templateParams: !46, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!52 = !{!53}
!53 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !51, file: !2, baseType: !54, size: 8, align: 8, flags: DIFlagPrivate)
!54 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !40, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !55, templateParams: !58, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!55 = !{!56}
!56 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !54, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagPrivate)
!57 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!58 = !{!59}
!59 = !DITemplateTypeParameter(name: "T", type: !57)
!60 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !23, file: !2, baseType: !61, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !40, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !62, templateParams: !64, identifier: "39a99da3e6158f476ae51abf051b55a8")
!62 = !{!63}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !61, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!64 = !{!65}
!65 = !DITemplateTypeParameter(name: "T", type: !9)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !18, file: !2, baseType: !67, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!67 = !DICompositeType(tag: DW_TAG_structure_type, name: "Guard", scope: !13, file: !2, size: 8, align: 8, flags: DIFlagProtected, elements: !68, templateParams: !46, identifier: "b05676214b4256ffb76ed45b5f0cd6c2")
!68 = !{!69}
!69 = !DIDerivedType(tag: DW_TAG_member, name: "panicking", scope: !67, file: !2, baseType: !70, size: 8, align: 8, flags: DIFlagPrivate)
!70 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!71 = !{!72}
!72 = !DITemplateTypeParameter(name: "T", type: !18)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !75, isLocal: true, isDefinition: true)
!75 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !76, vtableHolder: !81, templateParams: !46, identifier: "700725ddbff19516de43759e60a5c82e")
!76 = !{!77, !78, !79, !80}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !75, file: !2, baseType: !6, size: 64, align: 64)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !75, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !75, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !75, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::mutex::MutexGuard<bool>>", scope: !13, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !82, templateParams: !99, identifier: "5ec5e9fa1485a8c14ed372b2f926361e")
!82 = !{!83}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !81, file: !2, baseType: !84, size: 128, align: 64, flags: DIFlagPrivate)
!84 = !DICompositeType(tag: DW_TAG_structure_type, name: "MutexGuard<bool>", scope: !19, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !85, templateParams: !96, identifier: "288ace19995235e94041ad2135a89bcd")
!85 = !{!86, !98}
!86 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !84, file: !2, baseType: !87, size: 64, align: 64, flags: DIFlagPrivate)
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::Mutex<bool>", baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<bool>", scope: !19, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !89, templateParams: !96, identifier: "ba4fd9e2039be971f5e5f256e872c932")
!89 = !{!90, !91, !92}
!90 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !88, file: !2, baseType: !26, size: 32, align: 32, flags: DIFlagPrivate)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !88, file: !2, baseType: !48, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!92 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !88, file: !2, baseType: !93, size: 8, align: 8, offset: 40, flags: DIFlagPrivate)
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<bool>", scope: !40, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !94, templateParams: !96, identifier: "38de065f1e2d4f56ed1838d129d13323")
!94 = !{!95}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !93, file: !2, baseType: !70, size: 8, align: 8, flags: DIFlagPrivate)
!96 = !{!97}
!97 = !DITemplateTypeParameter(name: "T", type: !70)
!98 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !84, file: !2, baseType: !67, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!99 = !{!100}
!100 = !DITemplateTypeParameter(name: "T", type: !84)
!101 = !{i32 8, !"PIC Level", i32 2}
!102 = !{i32 2, !"RtLibUseGOT", i32 1}
!103 = !{i32 7, !"Dwarf Version", i32 4}
!104 = !{i32 2, !"Debug Info Version", i32 3}
!105 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!106 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !107, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !108, globals: !116, splitDebugInlining: false, nameTableKind: None)
!107 = !DIFile(filename: "testdata/rust/src/correct_patterns.rs/@/correct_patterns.c273fbea4211a853-cgu.0", directory: ".")
!108 = !{!109}
!109 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !34, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagEnumClass, elements: !110)
!110 = !{!111, !112, !113, !114, !115}
!111 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!112 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!113 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!114 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!115 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!116 = !{!0, !73}
!117 = distinct !DISubprogram(name: "drain_cell", linkageName: "_ZN16correct_patterns10drain_cell17h378b267bd2b00d04E", scope: !119, file: !118, line: 45, type: !120, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !130)
!118 = !DIFile(filename: "testdata/rust/src/correct_patterns.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ca77a4ab2435c7cfb76f51997827e48a")
!119 = !DINamespace(name: "correct_patterns", scope: null)
!120 = !DISubroutineType(types: !121)
!121 = !{null, !122, !126}
!122 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<u32>", baseType: !123, size: 64, align: 64, dwarfAddressSpace: 0)
!123 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<u32>", scope: !40, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !124, templateParams: !44, identifier: "f999d15df0d8f93d8c40b7ff1ea8692b")
!124 = !{!125}
!125 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !123, file: !2, baseType: !39, size: 32, align: 32, flags: DIFlagPrivate)
!126 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut [u32; 8]", baseType: !127, size: 64, align: 64, dwarfAddressSpace: 0)
!127 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 256, align: 32, elements: !128)
!128 = !{!129}
!129 = !DISubrange(count: 8, lowerBound: 0)
!130 = !{!131, !132, !133}
!131 = !DILocalVariable(name: "c", arg: 1, scope: !117, file: !118, line: 45, type: !122)
!132 = !DILocalVariable(name: "out", arg: 2, scope: !117, file: !118, line: 45, type: !126)
!133 = !DILocalVariable(name: "n", scope: !134, file: !118, line: 47, type: !43, align: 32)
!134 = distinct !DILexicalBlock(scope: !117, file: !118, line: 47, column: 9)
!135 = !DILocation(line: 0, scope: !117)
!136 = !DILocalVariable(name: "self", arg: 1, scope: !137, file: !138, line: 552, type: !122)
!137 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E", scope: !123, file: !138, line: 552, type: !139, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !141, retainedNodes: !142)
!138 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!139 = !DISubroutineType(types: !140)
!140 = !{!43, !122}
!141 = !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E", scope: !123, file: !138, line: 552, type: !139, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!142 = !{!136}
!143 = !DILocation(line: 0, scope: !137, inlinedAt: !144)
!144 = !DILocation(line: 46, column: 13, scope: !117)
!145 = !DILocation(line: 0, scope: !137, inlinedAt: !146)
!146 = !DILocation(line: 47, column: 19, scope: !117)
!147 = !DILocalVariable(name: "self", arg: 1, scope: !148, file: !138, line: 433, type: !122)
!148 = distinct !DISubprogram(name: "set<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h20a5863ac7e6cc4aE", scope: !123, file: !138, line: 433, type: !149, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !151, retainedNodes: !152)
!149 = !DISubroutineType(types: !150)
!150 = !{null, !122, !43}
!151 = !DISubprogram(name: "set<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3set17h20a5863ac7e6cc4aE", scope: !123, file: !138, line: 433, type: !149, scopeLine: 433, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!152 = !{!147, !153}
!153 = !DILocalVariable(name: "val", arg: 2, scope: !148, file: !138, line: 433, type: !43)
!154 = !DILocation(line: 0, scope: !148, inlinedAt: !155)
!155 = !DILocation(line: 49, column: 11, scope: !134)
!156 = !DILocalVariable(name: "self", arg: 1, scope: !157, file: !138, line: 510, type: !122)
!157 = distinct !DISubprogram(name: "replace<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h1666c7b32cf25377E", scope: !123, file: !138, line: 510, type: !158, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, declaration: !160, retainedNodes: !161)
!158 = !DISubroutineType(types: !159)
!159 = !{!43, !122, !43}
!160 = !DISubprogram(name: "replace<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h1666c7b32cf25377E", scope: !123, file: !138, line: 510, type: !158, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!161 = !{!156, !162}
!162 = !DILocalVariable(name: "val", arg: 2, scope: !157, file: !138, line: 510, type: !43)
!163 = !DILocation(line: 0, scope: !157, inlinedAt: !164)
!164 = !DILocation(line: 437, column: 14, scope: !148, inlinedAt: !155)
!165 = !DILocation(line: 555, column: 18, scope: !137, inlinedAt: !144)
!166 = !DILocation(line: 46, column: 11, scope: !117)
!167 = !DILocation(line: 48, column: 13, scope: !134)
!168 = !DILocation(line: 48, column: 9, scope: !134)
!169 = !DILocation(line: 0, scope: !134)
!170 = !DILocation(line: 49, column: 15, scope: !134)
!171 = distinct !{!171, !172}
!172 = !{!"llvm.loop.unroll.disable"}
!173 = !DILocation(line: 902, column: 49, scope: !174, inlinedAt: !180)
!174 = distinct !DISubprogram(name: "replace<u32>", linkageName: "_ZN4core3mem7replace17hb1915f777e74e3acE", scope: !176, file: !175, line: 887, type: !177, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44)
!175 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!176 = !DINamespace(name: "mem", scope: !36)
!177 = !DISubroutineType(types: !178)
!178 = !{!43, !179, !43}
!179 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut u32", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!180 = !DILocation(line: 513, column: 9, scope: !157, inlinedAt: !164)
!181 = !DILocation(line: 51, column: 2, scope: !117)
!182 = distinct !{!182, !183}
!183 = !{!"llvm.loop.isvectorized", i32 1}
!184 = distinct !DISubprogram(name: "wait_mutex", linkageName: "_ZN16correct_patterns10wait_mutex17h72115450b6a18e8bE", scope: !119, file: !118, line: 28, type: !185, scopeLine: 28, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !187)
!185 = !DISubroutineType(types: !186)
!186 = !{null, !22}
!187 = !{!188}
!188 = !DILocalVariable(name: "m", arg: 1, scope: !184, file: !118, line: 28, type: !22)
!189 = !DILocalVariable(name: "self", arg: 1, scope: !190, file: !191, line: 1227, type: !192)
!190 = distinct !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E", scope: !192, file: !191, line: 1227, type: !209, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !201, declaration: !238, retainedNodes: !239)
!191 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!192 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", scope: !193, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !194, templateParams: !46, identifier: "47fc31d61c2874a26468488748321d0")
!193 = !DINamespace(name: "result", scope: !36)
!194 = !{!195}
!195 = !DICompositeType(tag: DW_TAG_variant_part, scope: !192, file: !2, size: 192, align: 64, elements: !196, templateParams: !46, identifier: "5f7b7ddd5cabdb4578f8ace6050e7255", discriminator: !207)
!196 = !{!197, !203}
!197 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !195, file: !2, baseType: !198, size: 192, align: 64, extraData: i64 0)
!198 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !192, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !199, templateParams: !201, identifier: "4eb9ed0c604c136dacbcb14f07e01b56")
!199 = !{!200}
!200 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !198, file: !2, baseType: !18, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!201 = !{!72, !202}
!202 = !DITemplateTypeParameter(name: "E", type: !12)
!203 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !195, file: !2, baseType: !204, size: 192, align: 64, extraData: i64 1)
!204 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !192, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !205, templateParams: !201, identifier: "1dc3e151f60e4010cb8ee598c79865e8")
!205 = !{!206}
!206 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !204, file: !2, baseType: !12, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!207 = !DIDerivedType(tag: DW_TAG_member, scope: !192, file: !2, baseType: !208, size: 64, align: 64, flags: DIFlagArtificial)
!208 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!209 = !DISubroutineType(types: !210)
!210 = !{!18, !192, !211}
!211 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !212, size: 64, align: 64, dwarfAddressSpace: 0)
!212 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !213, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !215, templateParams: !46, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!213 = !DINamespace(name: "location", scope: !214)
!214 = !DINamespace(name: "panic", scope: !36)
!215 = !{!216, !227, !228, !229}
!216 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !212, file: !2, baseType: !217, size: 128, align: 64, flags: DIFlagPrivate)
!217 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !218, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !220, templateParams: !58, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!218 = !DINamespace(name: "non_null", scope: !219)
!219 = !DINamespace(name: "ptr", scope: !36)
!220 = !{!221}
!221 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !217, file: !2, baseType: !222, size: 128, align: 64, flags: DIFlagPrivate)
!222 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !2, size: 128, align: 64, elements: !223, templateParams: !46, identifier: "238a44609877474087c05adf26cd41fa")
!223 = !{!224, !226}
!224 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !222, file: !2, baseType: !225, size: 64, align: 64)
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !222, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!227 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !212, file: !2, baseType: !43, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!228 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !212, file: !2, baseType: !43, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!229 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !212, file: !2, baseType: !230, align: 8, offset: 192, flags: DIFlagPrivate)
!230 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !231, file: !2, align: 8, flags: DIFlagPublic, elements: !46, templateParams: !232, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!231 = !DINamespace(name: "marker", scope: !36)
!232 = !{!233}
!233 = !DITemplateTypeParameter(name: "T", type: !234)
!234 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !2, size: 128, align: 64, elements: !235, templateParams: !46, identifier: "9277eecd40495f85161460476aacc992")
!235 = !{!236, !237}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !234, file: !2, baseType: !225, size: 64, align: 64)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !234, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!238 = !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E", scope: !192, file: !191, line: 1227, type: !209, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !201)
!239 = !{!189, !240, !242}
!240 = !DILocalVariable(name: "t", scope: !241, file: !191, line: 1232, type: !18, align: 64)
!241 = distinct !DILexicalBlock(scope: !190, file: !191, line: 1232, column: 13)
!242 = !DILocalVariable(name: "e", scope: !243, file: !191, line: 1233, type: !12, align: 64)
!243 = distinct !DILexicalBlock(scope: !190, file: !191, line: 1233, column: 13)
!244 = !DILocation(line: 1227, column: 19, scope: !190, inlinedAt: !245)
!245 = distinct !DILocation(line: 29, column: 21, scope: !184)
!246 = !DILocation(line: 0, scope: !184)
!247 = !DILocation(line: 29, column: 5, scope: !184)
!248 = !DILocalVariable(name: "self", arg: 1, scope: !249, file: !250, line: 490, type: !22)
!249 = distinct !DISubprogram(name: "lock<usize>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE", scope: !23, file: !250, line: 490, type: !251, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !253, retainedNodes: !254)
!250 = !DIFile(filename: "library/std/src/sync/poison/mutex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78bfced6bc07033bbd081e9ae0e8ed7e")
!251 = !DISubroutineType(types: !252)
!252 = !{!192, !22}
!253 = !DISubprogram(name: "lock<usize>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE", scope: !23, file: !250, line: 490, type: !251, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !64)
!254 = !{!248}
!255 = !DILocation(line: 0, scope: !249, inlinedAt: !256)
!256 = distinct !DILocation(line: 29, column: 14, scope: !184)
!257 = !DILocalVariable(name: "lock", arg: 1, scope: !258, file: !250, line: 719, type: !22)
!258 = distinct !DISubprogram(name: "new<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h2880f91dbc8adbafE", scope: !18, file: !250, line: 719, type: !251, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, declaration: !259, retainedNodes: !260)
!259 = !DISubprogram(name: "new<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h2880f91dbc8adbafE", scope: !18, file: !250, line: 719, type: !251, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !64)
!260 = !{!257}
!261 = !DILocation(line: 0, scope: !258, inlinedAt: !262)
!262 = distinct !DILocation(line: 493, column: 13, scope: !249, inlinedAt: !256)
!263 = !DILocalVariable(name: "current", scope: !264, file: !265, line: 3034, type: !43, align: 32)
!264 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !33, file: !265, line: 3033, type: !266, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !284, retainedNodes: !285)
!265 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!266 = !DISubroutineType(types: !267)
!267 = !{!268, !283, !43, !43, !109, !109}
!268 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<u32, u32>", scope: !193, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !269, templateParams: !46, identifier: "8d089503111f4dbe9f42ce667232974b")
!269 = !{!270}
!270 = !DICompositeType(tag: DW_TAG_variant_part, scope: !268, file: !2, size: 64, align: 32, elements: !271, templateParams: !46, identifier: "315241547373923611abd5cec3497dfb", discriminator: !282)
!271 = !{!272, !278}
!272 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !270, file: !2, baseType: !273, size: 64, align: 32, extraData: i32 0)
!273 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !268, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !274, templateParams: !276, identifier: "f8c55f85d42c0f3788b2a95940d8c2e0")
!274 = !{!275}
!275 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !273, file: !2, baseType: !43, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!276 = !{!45, !277}
!277 = !DITemplateTypeParameter(name: "E", type: !43)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !270, file: !2, baseType: !279, size: 64, align: 32, extraData: i32 1)
!279 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !268, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !280, templateParams: !276, identifier: "727085c661668e3d7a2869578a770c53")
!280 = !{!281}
!281 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !279, file: !2, baseType: !43, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!282 = !DIDerivedType(tag: DW_TAG_member, scope: !268, file: !2, baseType: !43, size: 32, align: 32, flags: DIFlagArtificial)
!283 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicU32", baseType: !33, size: 64, align: 64, dwarfAddressSpace: 0)
!284 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !33, file: !265, line: 3033, type: !266, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!285 = !{!286, !263, !287, !288, !289}
!286 = !DILocalVariable(name: "self", arg: 1, scope: !264, file: !265, line: 3033, type: !283)
!287 = !DILocalVariable(name: "new", scope: !264, file: !265, line: 3035, type: !43, align: 32)
!288 = !DILocalVariable(name: "success", scope: !264, file: !265, line: 3036, type: !109, align: 8)
!289 = !DILocalVariable(name: "failure", scope: !264, file: !265, line: 3037, type: !109, align: 8)
!290 = !DILocation(line: 0, scope: !264, inlinedAt: !291)
!291 = distinct !DILocation(line: 32, column: 23, scope: !292, inlinedAt: !300)
!292 = distinct !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !26, file: !293, line: 31, type: !294, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !297, retainedNodes: !298)
!293 = !DIFile(filename: "library/std/src/sys/sync/mutex/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "28fe35bad6ff340af707b997fcc6da8c")
!294 = !DISubroutineType(types: !295)
!295 = !{null, !296}
!296 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sys::sync::mutex::futex::Mutex", baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!297 = !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !26, file: !293, line: 31, type: !294, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!298 = !{!299}
!299 = !DILocalVariable(name: "self", arg: 1, scope: !292, file: !293, line: 31, type: !296)
!300 = distinct !DILocation(line: 492, column: 24, scope: !249, inlinedAt: !256)
!301 = !DILocation(line: 0, scope: !292, inlinedAt: !300)
!302 = !DILocation(line: 3033, column: 37, scope: !264, inlinedAt: !291)
!303 = !DILocalVariable(name: "dst", arg: 1, scope: !304, file: !265, line: 3956, type: !307)
!304 = distinct !DISubprogram(name: "atomic_compare_exchange<u32>", linkageName: "_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E", scope: !34, file: !265, line: 3955, type: !305, scopeLine: 3955, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, retainedNodes: !308)
!305 = !DISubroutineType(types: !306)
!306 = !{!268, !307, !43, !43, !109, !109}
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!308 = !{!303, !309, !310, !311, !312, !313, !315}
!309 = !DILocalVariable(name: "old", arg: 2, scope: !304, file: !265, line: 3957, type: !43)
!310 = !DILocalVariable(name: "new", arg: 3, scope: !304, file: !265, line: 3958, type: !43)
!311 = !DILocalVariable(name: "success", arg: 4, scope: !304, file: !265, line: 3959, type: !109)
!312 = !DILocalVariable(name: "failure", arg: 5, scope: !304, file: !265, line: 3960, type: !109)
!313 = !DILocalVariable(name: "val", scope: !314, file: !265, line: 3963, type: !43, align: 32)
!314 = distinct !DILexicalBlock(scope: !304, file: !265, line: 3963, column: 5)
!315 = !DILocalVariable(name: "ok", scope: !314, file: !265, line: 3963, type: !70, align: 8)
!316 = !DILocation(line: 0, scope: !304, inlinedAt: !317)
!317 = distinct !DILocation(line: 3039, column: 26, scope: !264, inlinedAt: !291)
!318 = !DILocation(line: 3975, column: 17, scope: !304, inlinedAt: !317)
!319 = !{!320}
!320 = distinct !{!320, !321, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE: %_0"}
!321 = distinct !{!321, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"}
!322 = !DILocation(line: 32, column: 12, scope: !292, inlinedAt: !300)
!323 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!324 = !DILocation(line: 33, column: 18, scope: !292, inlinedAt: !300)
!325 = !DILocalVariable(name: "self", arg: 1, scope: !326, file: !327, line: 118, type: !350)
!326 = distinct !DISubprogram(name: "guard", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard", scope: !48, file: !327, line: 118, type: !328, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !351, retainedNodes: !352)
!327 = !DIFile(filename: "library/std/src/sync/poison.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2e3c11b46f6d3701d7040e42c871708c")
!328 = !DISubroutineType(types: !329)
!329 = !{!330, !350}
!330 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::Guard, std::sync::poison::PoisonError<std::sync::poison::Guard>>", scope: !193, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !331, templateParams: !46, identifier: "b20027123c0229813c1c9765d49f77c5")
!331 = !{!332}
!332 = !DICompositeType(tag: DW_TAG_variant_part, scope: !330, file: !2, size: 16, align: 8, elements: !333, templateParams: !46, identifier: "69ef32fe4dbad27958b17b1ef17250a1", discriminator: !349)
!333 = !{!334, !345}
!334 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !332, file: !2, baseType: !335, size: 16, align: 8, extraData: i8 0)
!335 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !330, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !336, templateParams: !338, identifier: "70bd65e5f03e19dc5976a58293e85ab3")
!336 = !{!337}
!337 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !335, file: !2, baseType: !67, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!338 = !{!339, !340}
!339 = !DITemplateTypeParameter(name: "T", type: !67)
!340 = !DITemplateTypeParameter(name: "E", type: !341)
!341 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::Guard>", scope: !13, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !342, templateParams: !344, identifier: "d041a0fc1f32f5444a93f2d022d9c351")
!342 = !{!343}
!343 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !341, file: !2, baseType: !67, size: 8, align: 8, flags: DIFlagPrivate)
!344 = !{!339}
!345 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !332, file: !2, baseType: !346, size: 16, align: 8, extraData: i8 1)
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !330, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !347, templateParams: !338, identifier: "bcb2c23b9cdb0fec47ab16d24889e6aa")
!347 = !{!348}
!348 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !346, file: !2, baseType: !341, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!349 = !DIDerivedType(tag: DW_TAG_member, scope: !330, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagArtificial)
!350 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::Flag", baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!351 = !DISubprogram(name: "guard", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard", scope: !48, file: !327, line: 118, type: !328, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!352 = !{!325, !353}
!353 = !DILocalVariable(name: "ret", scope: !354, file: !327, line: 119, type: !67, align: 8)
!354 = distinct !DILexicalBlock(scope: !326, file: !327, line: 119, column: 9)
!355 = !DILocation(line: 0, scope: !326, inlinedAt: !356)
!356 = distinct !DILocation(line: 720, column: 40, scope: !258, inlinedAt: !262)
!357 = !DILocalVariable(name: "self", arg: 1, scope: !358, file: !327, line: 140, type: !350)
!358 = distinct !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !48, file: !327, line: 140, type: !359, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !361, retainedNodes: !362)
!359 = !DISubroutineType(types: !360)
!360 = !{!70, !350}
!361 = !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !48, file: !327, line: 140, type: !359, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!362 = !{!357}
!363 = !DILocation(line: 0, scope: !358, inlinedAt: !364)
!364 = distinct !DILocation(line: 123, column: 17, scope: !354, inlinedAt: !356)
!365 = !DILocalVariable(name: "order", scope: !366, file: !265, line: 2842, type: !109, align: 8)
!366 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !367, file: !265, line: 2842, type: !370, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !373, retainedNodes: !374)
!367 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !34, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !368, templateParams: !46, identifier: "4d473d2171783819ad804082894a3856")
!368 = !{!369}
!369 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !367, file: !2, baseType: !61, size: 64, align: 64, flags: DIFlagPrivate)
!370 = !DISubroutineType(types: !371)
!371 = !{!9, !372, !109}
!372 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !367, size: 64, align: 64, dwarfAddressSpace: 0)
!373 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !367, file: !265, line: 2842, type: !370, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!374 = !{!375, !365}
!375 = !DILocalVariable(name: "self", arg: 1, scope: !366, file: !265, line: 2842, type: !372)
!376 = !DILocation(line: 0, scope: !366, inlinedAt: !377)
!377 = distinct !DILocation(line: 464, column: 31, scope: !378, inlinedAt: !384)
!378 = distinct !DISubprogram(name: "count_is_zero", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count13count_is_zero", scope: !380, file: !379, line: 463, type: !382, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!379 = !DIFile(filename: "library/std/src/panicking.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0ac2307e599d52afa9e15b3337980dce")
!380 = !DINamespace(name: "panic_count", scope: !381)
!381 = !DINamespace(name: "panicking", scope: !15)
!382 = !DISubroutineType(types: !383)
!383 = !{!70}
!384 = distinct !DILocation(line: 616, column: 6, scope: !385, inlinedAt: !386)
!385 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtCsjrHSEGnQ3l9_3std9panicking9panicking", scope: !381, file: !379, line: 615, type: !382, scopeLine: 615, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!386 = distinct !DILocation(line: 217, column: 5, scope: !387, inlinedAt: !391)
!387 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9panicking", scope: !389, file: !388, line: 216, type: !382, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!388 = !DIFile(filename: "library/std/src/thread/functions.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7697548f80973ff2b1a9a328f6458f4b")
!389 = !DINamespace(name: "functions", scope: !390)
!390 = !DINamespace(name: "thread", scope: !15)
!391 = distinct !DILocation(line: 121, column: 24, scope: !326, inlinedAt: !356)
!392 = !DILocalVariable(name: "order", scope: !393, file: !265, line: 726, type: !109, align: 8)
!393 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !51, file: !265, line: 726, type: !394, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !397, retainedNodes: !398)
!394 = !DISubroutineType(types: !395)
!395 = !{!70, !396, !109}
!396 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!397 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !51, file: !265, line: 726, type: !394, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!398 = !{!399, !392}
!399 = !DILocalVariable(name: "self", arg: 1, scope: !393, file: !265, line: 726, type: !396)
!400 = !DILocation(line: 0, scope: !393, inlinedAt: !401)
!401 = distinct !DILocation(line: 141, column: 21, scope: !358, inlinedAt: !364)
!402 = !DILocalVariable(name: "dst", arg: 1, scope: !403, file: !265, line: 3886, type: !406)
!403 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E", scope: !34, file: !265, line: 3886, type: !404, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, retainedNodes: !407)
!404 = !DISubroutineType(types: !405)
!405 = !{!9, !406, !109}
!406 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!407 = !{!402, !408}
!408 = !DILocalVariable(name: "order", arg: 2, scope: !403, file: !265, line: 3886, type: !109)
!409 = !DILocation(line: 0, scope: !403, inlinedAt: !410)
!410 = distinct !DILocation(line: 2844, column: 26, scope: !366, inlinedAt: !377)
!411 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !410)
!412 = !DILocation(line: 464, column: 12, scope: !378, inlinedAt: !384)
!413 = !DILocation(line: 476, column: 13, scope: !378, inlinedAt: !384)
!414 = !DILocation(line: 616, column: 5, scope: !385, inlinedAt: !386)
!415 = !DILocation(line: 123, column: 25, scope: !354, inlinedAt: !356)
!416 = !DILocation(line: 0, scope: !378, inlinedAt: !384)
!417 = !DILocation(line: 0, scope: !354, inlinedAt: !356)
!418 = !DILocation(line: 726, column: 17, scope: !393, inlinedAt: !401)
!419 = !DILocalVariable(name: "dst", arg: 1, scope: !420, file: !265, line: 3886, type: !423)
!420 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E", scope: !34, file: !265, line: 3886, type: !421, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, retainedNodes: !424)
!421 = !DISubroutineType(types: !422)
!422 = !{!57, !423, !109}
!423 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!424 = !{!419, !425}
!425 = !DILocalVariable(name: "order", arg: 2, scope: !420, file: !265, line: 3886, type: !109)
!426 = !DILocation(line: 0, scope: !420, inlinedAt: !427)
!427 = distinct !DILocation(line: 729, column: 18, scope: !393, inlinedAt: !401)
!428 = !DILocation(line: 3890, column: 24, scope: !420, inlinedAt: !427)
!429 = !DILocation(line: 123, column: 12, scope: !354, inlinedAt: !356)
!430 = !DILocation(line: 0, scope: !190, inlinedAt: !245)
!431 = !DILocation(line: 1233, column: 17, scope: !243, inlinedAt: !245)
!432 = !DILocation(line: 1231, column: 9, scope: !190, inlinedAt: !245)
!433 = !DILocation(line: 1233, column: 17, scope: !190, inlinedAt: !245)
!434 = !{!435}
!435 = distinct !{!435, !436, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E: %self"}
!436 = distinct !{!436, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E"}
!437 = !DILocation(line: 1233, column: 23, scope: !243, inlinedAt: !245)
!438 = !DILocation(line: 1233, column: 86, scope: !190, inlinedAt: !245)
!439 = !DILocation(line: 1227, column: 5, scope: !190, inlinedAt: !245)
!440 = !DILocation(line: 1232, column: 16, scope: !190, inlinedAt: !245)
!441 = !DILocation(line: 29, column: 11, scope: !184)
!442 = !DILocalVariable(arg: 1, scope: !443, file: !444, line: 805, type: !447)
!443 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE", scope: !219, file: !444, line: 805, type: !445, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !71, retainedNodes: !448)
!444 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!445 = !DISubroutineType(types: !446)
!446 = !{null, !447}
!447 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::MutexGuard<usize>", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!448 = !{!442}
!449 = !DILocation(line: 0, scope: !443, inlinedAt: !450)
!450 = distinct !DILocation(line: 29, column: 33, scope: !184)
!451 = !DILocation(line: 0, scope: !443, inlinedAt: !452)
!452 = distinct !DILocation(line: 29, column: 33, scope: !184)
!453 = !DILocalVariable(name: "self", arg: 1, scope: !454, file: !250, line: 743, type: !458)
!454 = distinct !DISubprogram(name: "drop<usize>", linkageName: "_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE", scope: !455, file: !250, line: 743, type: !456, scopeLine: 743, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !64, retainedNodes: !459)
!455 = !DINamespace(name: "{impl#14}", scope: !19)
!456 = !DISubroutineType(types: !457)
!457 = !{null, !458}
!458 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::poison::mutex::MutexGuard<usize>", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!459 = !{!453}
!460 = !DILocation(line: 0, scope: !454, inlinedAt: !461)
!461 = distinct !DILocation(line: 805, column: 1, scope: !443, inlinedAt: !450)
!462 = !DILocation(line: 0, scope: !454, inlinedAt: !463)
!463 = distinct !DILocation(line: 805, column: 1, scope: !443, inlinedAt: !452)
!464 = !DILocalVariable(name: "val", scope: !465, file: !265, line: 2899, type: !43, align: 32)
!465 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !33, file: !265, line: 2899, type: !466, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !468, retainedNodes: !469)
!466 = !DISubroutineType(types: !467)
!467 = !{!43, !283, !43, !109}
!468 = !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !33, file: !265, line: 2899, type: !466, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!469 = !{!470, !464, !471}
!470 = !DILocalVariable(name: "self", arg: 1, scope: !465, file: !265, line: 2899, type: !283)
!471 = !DILocalVariable(name: "order", scope: !465, file: !265, line: 2899, type: !109, align: 8)
!472 = !DILocation(line: 0, scope: !465, inlinedAt: !473)
!473 = distinct !DILocation(line: 90, column: 23, scope: !474, inlinedAt: !478)
!474 = distinct !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !26, file: !293, line: 89, type: !294, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !475, retainedNodes: !476)
!475 = !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !26, file: !293, line: 89, type: !294, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!476 = !{!477}
!477 = !DILocalVariable(name: "self", arg: 1, scope: !474, file: !293, line: 89, type: !296)
!478 = distinct !DILocation(line: 746, column: 29, scope: !454, inlinedAt: !461)
!479 = !DILocation(line: 0, scope: !465, inlinedAt: !480)
!480 = distinct !DILocation(line: 90, column: 23, scope: !474, inlinedAt: !481)
!481 = distinct !DILocation(line: 746, column: 29, scope: !454, inlinedAt: !463)
!482 = !DILocalVariable(name: "val", scope: !483, file: !265, line: 3902, type: !43, align: 32)
!483 = distinct !DISubprogram(name: "atomic_swap<u32>", linkageName: "_ZN4core4sync6atomic11atomic_swap17hcfa1246eb7ba1180E", scope: !34, file: !265, line: 3902, type: !484, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, retainedNodes: !486)
!484 = !DISubroutineType(types: !485)
!485 = !{!43, !307, !43, !109}
!486 = !{!487, !482, !488}
!487 = !DILocalVariable(name: "dst", arg: 1, scope: !483, file: !265, line: 3902, type: !307)
!488 = !DILocalVariable(name: "order", scope: !483, file: !265, line: 3902, type: !109, align: 8)
!489 = !DILocation(line: 0, scope: !483, inlinedAt: !490)
!490 = distinct !DILocation(line: 2901, column: 26, scope: !465, inlinedAt: !473)
!491 = !DILocation(line: 0, scope: !483, inlinedAt: !492)
!492 = distinct !DILocation(line: 2901, column: 26, scope: !465, inlinedAt: !480)
!493 = !DILocalVariable(name: "self", arg: 1, scope: !494, file: !327, line: 128, type: !350)
!494 = distinct !DISubprogram(name: "done", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done", scope: !48, file: !327, line: 128, type: !495, scopeLine: 128, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !498, retainedNodes: !499)
!495 = !DISubroutineType(types: !496)
!496 = !{null, !350, !497}
!497 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::Guard", baseType: !67, size: 64, align: 64, dwarfAddressSpace: 0)
!498 = !DISubprogram(name: "done", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done", scope: !48, file: !327, line: 128, type: !495, scopeLine: 128, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!499 = !{!493, !500}
!500 = !DILocalVariable(name: "guard", arg: 2, scope: !494, file: !327, line: 128, type: !497)
!501 = !DILocation(line: 0, scope: !494, inlinedAt: !502)
!502 = distinct !DILocation(line: 745, column: 30, scope: !454, inlinedAt: !461)
!503 = !DILocation(line: 0, scope: !494, inlinedAt: !504)
!504 = distinct !DILocation(line: 745, column: 30, scope: !454, inlinedAt: !463)
!505 = !DILocalVariable(name: "order", scope: !506, file: !265, line: 2842, type: !109, align: 8)
!506 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !367, file: !265, line: 2842, type: !370, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !373, retainedNodes: !507)
!507 = !{!508, !505}
!508 = !DILocalVariable(name: "self", arg: 1, scope: !506, file: !265, line: 2842, type: !372)
!509 = !DILocation(line: 0, scope: !506, inlinedAt: !510)
!510 = distinct !DILocation(line: 464, column: 31, scope: !511, inlinedAt: !512)
!511 = distinct !DISubprogram(name: "count_is_zero", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count13count_is_zero", scope: !380, file: !379, line: 463, type: !382, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!512 = distinct !DILocation(line: 616, column: 6, scope: !513, inlinedAt: !514)
!513 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtCsjrHSEGnQ3l9_3std9panicking9panicking", scope: !381, file: !379, line: 615, type: !382, scopeLine: 615, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!514 = distinct !DILocation(line: 217, column: 5, scope: !515, inlinedAt: !516)
!515 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9panicking", scope: !389, file: !388, line: 216, type: !382, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46)
!516 = distinct !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !502)
!517 = !DILocation(line: 0, scope: !506, inlinedAt: !518)
!518 = distinct !DILocation(line: 464, column: 31, scope: !511, inlinedAt: !519)
!519 = distinct !DILocation(line: 616, column: 6, scope: !513, inlinedAt: !520)
!520 = distinct !DILocation(line: 217, column: 5, scope: !515, inlinedAt: !521)
!521 = distinct !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !504)
!522 = !DILocalVariable(name: "val", scope: !523, file: !265, line: 755, type: !70, align: 8)
!523 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !51, file: !265, line: 755, type: !524, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !526, retainedNodes: !527)
!524 = !DISubroutineType(types: !525)
!525 = !{null, !396, !70, !109}
!526 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !51, file: !265, line: 755, type: !524, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !46)
!527 = !{!528, !522, !529}
!528 = !DILocalVariable(name: "self", arg: 1, scope: !523, file: !265, line: 755, type: !396)
!529 = !DILocalVariable(name: "order", scope: !523, file: !265, line: 755, type: !109, align: 8)
!530 = !DILocation(line: 0, scope: !523, inlinedAt: !531)
!531 = distinct !DILocation(line: 130, column: 25, scope: !494, inlinedAt: !502)
!532 = !DILocation(line: 0, scope: !523, inlinedAt: !533)
!533 = distinct !DILocation(line: 130, column: 25, scope: !494, inlinedAt: !504)
!534 = !DILocation(line: 129, column: 13, scope: !494, inlinedAt: !502)
!535 = !DILocation(line: 0, scope: !403, inlinedAt: !536)
!536 = distinct !DILocation(line: 2844, column: 26, scope: !506, inlinedAt: !510)
!537 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !536)
!538 = !DILocation(line: 464, column: 12, scope: !511, inlinedAt: !512)
!539 = !DILocation(line: 476, column: 13, scope: !511, inlinedAt: !512)
!540 = !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !502)
!541 = !DILocation(line: 755, column: 18, scope: !523, inlinedAt: !531)
!542 = !DILocalVariable(name: "dst", arg: 1, scope: !543, file: !265, line: 3871, type: !546)
!543 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E", scope: !34, file: !265, line: 3871, type: !544, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !58, retainedNodes: !547)
!544 = !DISubroutineType(types: !545)
!545 = !{null, !546, !57, !109}
!546 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!547 = !{!542, !548, !549}
!548 = !DILocalVariable(name: "val", arg: 2, scope: !543, file: !265, line: 3871, type: !57)
!549 = !DILocalVariable(name: "order", arg: 3, scope: !543, file: !265, line: 3871, type: !109)
!550 = !DILocation(line: 0, scope: !543, inlinedAt: !551)
!551 = distinct !DILocation(line: 759, column: 13, scope: !523, inlinedAt: !531)
!552 = !DILocation(line: 3875, column: 24, scope: !543, inlinedAt: !551)
!553 = !DILocation(line: 129, column: 9, scope: !494, inlinedAt: !502)
!554 = !DILocation(line: 0, scope: !474, inlinedAt: !478)
!555 = !DILocation(line: 2899, column: 25, scope: !465, inlinedAt: !473)
!556 = !DILocation(line: 3908, column: 24, scope: !483, inlinedAt: !490)
!557 = !DILocation(line: 90, column: 12, scope: !474, inlinedAt: !478)
!558 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!559 = !DILocation(line: 95, column: 18, scope: !474, inlinedAt: !478)
!560 = !DILocation(line: 129, column: 13, scope: !494, inlinedAt: !504)
!561 = !DILocation(line: 0, scope: !403, inlinedAt: !562)
!562 = distinct !DILocation(line: 2844, column: 26, scope: !506, inlinedAt: !518)
!563 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !562)
!564 = !DILocation(line: 464, column: 12, scope: !511, inlinedAt: !519)
!565 = !DILocation(line: 476, column: 13, scope: !511, inlinedAt: !519)
!566 = !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !504)
!567 = !DILocation(line: 755, column: 18, scope: !523, inlinedAt: !533)
!568 = !DILocation(line: 0, scope: !543, inlinedAt: !569)
!569 = distinct !DILocation(line: 759, column: 13, scope: !523, inlinedAt: !533)
!570 = !DILocation(line: 3875, column: 24, scope: !543, inlinedAt: !569)
!571 = !DILocation(line: 129, column: 9, scope: !494, inlinedAt: !504)
!572 = !DILocation(line: 0, scope: !474, inlinedAt: !481)
!573 = !DILocation(line: 2899, column: 25, scope: !465, inlinedAt: !480)
!574 = !DILocation(line: 3908, column: 24, scope: !483, inlinedAt: !492)
!575 = !DILocation(line: 90, column: 12, scope: !474, inlinedAt: !481)
!576 = !DILocation(line: 95, column: 18, scope: !474, inlinedAt: !481)
!577 = !DILocation(line: 30, column: 2, scope: !184)
!578 = distinct !DISubprogram(name: "wait_seqcst", linkageName: "_ZN16correct_patterns11wait_seqcst17he1a7c667aa78c44aE", scope: !119, file: !118, line: 16, type: !579, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !581)
!579 = !DISubroutineType(types: !580)
!580 = !{!9, !372}
!581 = !{!582, !583}
!582 = !DILocalVariable(name: "a", arg: 1, scope: !578, file: !118, line: 16, type: !372)
!583 = !DILocalVariable(name: "v", scope: !584, file: !118, line: 18, type: !9, align: 64)
!584 = distinct !DILexicalBlock(scope: !578, file: !118, line: 18, column: 9)
!585 = !DILocation(line: 0, scope: !578)
!586 = !DILocalVariable(name: "self", arg: 1, scope: !587, file: !265, line: 2842, type: !372)
!587 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !367, file: !265, line: 2842, type: !370, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !373, retainedNodes: !588)
!588 = !{!586, !589}
!589 = !DILocalVariable(name: "order", scope: !587, file: !265, line: 2842, type: !109, align: 8)
!590 = !DILocation(line: 0, scope: !587, inlinedAt: !591)
!591 = !DILocation(line: 18, column: 19, scope: !578)
!592 = !DILocation(line: 17, column: 5, scope: !578)
!593 = !DILocation(line: 0, scope: !403, inlinedAt: !594)
!594 = distinct !DILocation(line: 2844, column: 26, scope: !587, inlinedAt: !591)
!595 = !DILocation(line: 3892, column: 23, scope: !403, inlinedAt: !594)
!596 = !DILocation(line: 0, scope: !584)
!597 = !DILocation(line: 19, column: 12, scope: !584)
!598 = !DILocation(line: 23, column: 2, scope: !578)
!599 = distinct !DISubprogram(name: "wait_acquire", linkageName: "_ZN16correct_patterns12wait_acquire17hda0eb442c0b24f93E", scope: !119, file: !118, line: 10, type: !600, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !602)
!600 = !DISubroutineType(types: !601)
!601 = !{null, !372}
!602 = !{!603}
!603 = !DILocalVariable(name: "a", arg: 1, scope: !599, file: !118, line: 10, type: !372)
!604 = !DILocation(line: 0, scope: !599)
!605 = !DILocalVariable(name: "self", arg: 1, scope: !606, file: !265, line: 2842, type: !372)
!606 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !367, file: !265, line: 2842, type: !370, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !373, retainedNodes: !607)
!607 = !{!605, !608}
!608 = !DILocalVariable(name: "order", scope: !606, file: !265, line: 2842, type: !109, align: 8)
!609 = !DILocation(line: 0, scope: !606, inlinedAt: !610)
!610 = !DILocation(line: 11, column: 13, scope: !599)
!611 = !DILocation(line: 11, column: 5, scope: !599)
!612 = !DILocation(line: 0, scope: !403, inlinedAt: !613)
!613 = distinct !DILocation(line: 2844, column: 26, scope: !606, inlinedAt: !610)
!614 = !DILocation(line: 3891, column: 24, scope: !403, inlinedAt: !613)
!615 = !DILocation(line: 11, column: 11, scope: !599)
!616 = !DILocation(line: 12, column: 2, scope: !599)
!617 = distinct !DISubprogram(name: "wait_condvar", linkageName: "_ZN16correct_patterns12wait_condvar17h4e2b7770cc7b84d1E", scope: !119, file: !118, line: 35, type: !618, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !634)
!618 = !DISubroutineType(types: !619)
!619 = !{null, !620}
!620 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&(std::sync::poison::mutex::Mutex<bool>, std::sync::poison::condvar::Condvar)", baseType: !621, size: 64, align: 64, dwarfAddressSpace: 0)
!621 = !DICompositeType(tag: DW_TAG_structure_type, name: "(std::sync::poison::mutex::Mutex<bool>, std::sync::poison::condvar::Condvar)", file: !2, size: 96, align: 32, elements: !622, templateParams: !46, identifier: "7a862fc190a766f69cbae8f45dd75ea2")
!622 = !{!623, !624}
!623 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !621, file: !2, baseType: !88, size: 64, align: 32)
!624 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !621, file: !2, baseType: !625, size: 32, align: 32, offset: 64)
!625 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !626, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !627, templateParams: !46, identifier: "8ea232f427728da899edf0a41f050ccc")
!626 = !DINamespace(name: "condvar", scope: !13)
!627 = !{!628}
!628 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !625, file: !2, baseType: !629, size: 32, align: 32, flags: DIFlagPrivate)
!629 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !630, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !632, templateParams: !46, identifier: "7126af1b3f743adc8bb7816e9697da14")
!630 = !DINamespace(name: "futex", scope: !631)
!631 = !DINamespace(name: "condvar", scope: !29)
!632 = !{!633}
!633 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !629, file: !2, baseType: !33, size: 32, align: 32, flags: DIFlagPrivate)
!634 = !{!635, !636}
!635 = !DILocalVariable(name: "pair", arg: 1, scope: !617, file: !118, line: 35, type: !620)
!636 = !DILocalVariable(name: "ready", scope: !637, file: !118, line: 36, type: !84, align: 64)
!637 = distinct !DILexicalBlock(scope: !617, file: !118, line: 36, column: 5)
!638 = !DILocalVariable(name: "self", arg: 1, scope: !639, file: !191, line: 1227, type: !640)
!639 = distinct !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E", scope: !640, file: !191, line: 1227, type: !655, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !648, declaration: !657, retainedNodes: !658)
!640 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", scope: !193, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !641, templateParams: !46, identifier: "f769c24468a7883ffe14c9d9535234b5")
!641 = !{!642}
!642 = !DICompositeType(tag: DW_TAG_variant_part, scope: !640, file: !2, size: 192, align: 64, elements: !643, templateParams: !46, identifier: "2c5bb1b76bd07aa1fbcd8564036e02", discriminator: !654)
!643 = !{!644, !650}
!644 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !642, file: !2, baseType: !645, size: 192, align: 64, extraData: i64 0)
!645 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !640, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !646, templateParams: !648, identifier: "d8214b162e536148891bf609c44744e9")
!646 = !{!647}
!647 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !645, file: !2, baseType: !84, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!648 = !{!100, !649}
!649 = !DITemplateTypeParameter(name: "E", type: !81)
!650 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !642, file: !2, baseType: !651, size: 192, align: 64, extraData: i64 1)
!651 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !640, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !652, templateParams: !648, identifier: "17b3d63d6ecb289ac9034ff97acaea0e")
!652 = !{!653}
!653 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !651, file: !2, baseType: !81, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!654 = !DIDerivedType(tag: DW_TAG_member, scope: !640, file: !2, baseType: !208, size: 64, align: 64, flags: DIFlagArtificial)
!655 = !DISubroutineType(types: !656)
!656 = !{!84, !640, !211}
!657 = !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<bool>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E", scope: !640, file: !191, line: 1227, type: !655, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !648)
!658 = !{!638, !659, !661}
!659 = !DILocalVariable(name: "t", scope: !660, file: !191, line: 1232, type: !84, align: 64)
!660 = distinct !DILexicalBlock(scope: !639, file: !191, line: 1232, column: 13)
!661 = !DILocalVariable(name: "e", scope: !662, file: !191, line: 1233, type: !81, align: 64)
!662 = distinct !DILexicalBlock(scope: !639, file: !191, line: 1233, column: 13)
!663 = !DILocation(line: 1227, column: 19, scope: !639, inlinedAt: !664)
!664 = distinct !DILocation(line: 38, column: 36, scope: !637)
!665 = !DILocation(line: 1227, column: 19, scope: !639, inlinedAt: !666)
!666 = distinct !DILocation(line: 36, column: 35, scope: !617)
!667 = !DILocation(line: 36, column: 9, scope: !637)
!668 = !DILocation(line: 0, scope: !617)
!669 = !DILocalVariable(name: "self", arg: 1, scope: !670, file: !250, line: 490, type: !87)
!670 = distinct !DISubprogram(name: "lock<bool>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E", scope: !88, file: !250, line: 490, type: !671, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !673, retainedNodes: !674)
!671 = !DISubroutineType(types: !672)
!672 = !{!640, !87}
!673 = !DISubprogram(name: "lock<bool>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E", scope: !88, file: !250, line: 490, type: !671, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!674 = !{!669}
!675 = !DILocation(line: 0, scope: !670, inlinedAt: !676)
!676 = distinct !DILocation(line: 36, column: 28, scope: !617)
!677 = !DILocalVariable(name: "lock", arg: 1, scope: !678, file: !250, line: 719, type: !87)
!678 = distinct !DISubprogram(name: "new<bool>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h09f1415fc39ada7cE", scope: !84, file: !250, line: 719, type: !671, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !679, retainedNodes: !680)
!679 = !DISubprogram(name: "new<bool>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h09f1415fc39ada7cE", scope: !84, file: !250, line: 719, type: !671, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!680 = !{!677}
!681 = !DILocation(line: 0, scope: !678, inlinedAt: !682)
!682 = distinct !DILocation(line: 493, column: 13, scope: !670, inlinedAt: !676)
!683 = !DILocalVariable(name: "current", scope: !684, file: !265, line: 3034, type: !43, align: 32)
!684 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !33, file: !265, line: 3033, type: !266, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !284, retainedNodes: !685)
!685 = !{!686, !683, !687, !688, !689}
!686 = !DILocalVariable(name: "self", arg: 1, scope: !684, file: !265, line: 3033, type: !283)
!687 = !DILocalVariable(name: "new", scope: !684, file: !265, line: 3035, type: !43, align: 32)
!688 = !DILocalVariable(name: "success", scope: !684, file: !265, line: 3036, type: !109, align: 8)
!689 = !DILocalVariable(name: "failure", scope: !684, file: !265, line: 3037, type: !109, align: 8)
!690 = !DILocation(line: 0, scope: !684, inlinedAt: !691)
!691 = distinct !DILocation(line: 32, column: 23, scope: !692, inlinedAt: !695)
!692 = distinct !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !26, file: !293, line: 31, type: !294, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !297, retainedNodes: !693)
!693 = !{!694}
!694 = !DILocalVariable(name: "self", arg: 1, scope: !692, file: !293, line: 31, type: !296)
!695 = distinct !DILocation(line: 492, column: 24, scope: !670, inlinedAt: !676)
!696 = !DILocation(line: 0, scope: !692, inlinedAt: !695)
!697 = !DILocation(line: 3033, column: 37, scope: !684, inlinedAt: !691)
!698 = !DILocation(line: 0, scope: !304, inlinedAt: !699)
!699 = distinct !DILocation(line: 3039, column: 26, scope: !684, inlinedAt: !691)
!700 = !DILocation(line: 3975, column: 17, scope: !304, inlinedAt: !699)
!701 = !{!702}
!702 = distinct !{!702, !703, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E: %_0"}
!703 = distinct !{!703, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"}
!704 = !DILocation(line: 32, column: 12, scope: !692, inlinedAt: !695)
!705 = !DILocation(line: 33, column: 18, scope: !692, inlinedAt: !695)
!706 = !DILocation(line: 0, scope: !326, inlinedAt: !707)
!707 = distinct !DILocation(line: 720, column: 40, scope: !678, inlinedAt: !682)
!708 = !DILocation(line: 0, scope: !358, inlinedAt: !709)
!709 = distinct !DILocation(line: 123, column: 17, scope: !354, inlinedAt: !707)
!710 = !DILocation(line: 0, scope: !366, inlinedAt: !711)
!711 = distinct !DILocation(line: 464, column: 31, scope: !378, inlinedAt: !712)
!712 = distinct !DILocation(line: 616, column: 6, scope: !385, inlinedAt: !713)
!713 = distinct !DILocation(line: 217, column: 5, scope: !387, inlinedAt: !714)
!714 = distinct !DILocation(line: 121, column: 24, scope: !326, inlinedAt: !707)
!715 = !DILocation(line: 0, scope: !393, inlinedAt: !716)
!716 = distinct !DILocation(line: 141, column: 21, scope: !358, inlinedAt: !709)
!717 = !DILocation(line: 0, scope: !403, inlinedAt: !718)
!718 = distinct !DILocation(line: 2844, column: 26, scope: !366, inlinedAt: !711)
!719 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !718)
!720 = !DILocation(line: 464, column: 12, scope: !378, inlinedAt: !712)
!721 = !DILocation(line: 476, column: 13, scope: !378, inlinedAt: !712)
!722 = !DILocation(line: 616, column: 5, scope: !385, inlinedAt: !713)
!723 = !DILocation(line: 123, column: 25, scope: !354, inlinedAt: !707)
!724 = !DILocation(line: 0, scope: !378, inlinedAt: !712)
!725 = !DILocation(line: 720, column: 28, scope: !678, inlinedAt: !682)
!726 = !DILocation(line: 0, scope: !354, inlinedAt: !707)
!727 = !DILocation(line: 726, column: 17, scope: !393, inlinedAt: !716)
!728 = !DILocation(line: 0, scope: !420, inlinedAt: !729)
!729 = distinct !DILocation(line: 729, column: 18, scope: !393, inlinedAt: !716)
!730 = !DILocation(line: 3890, column: 24, scope: !420, inlinedAt: !729)
!731 = !DILocation(line: 123, column: 12, scope: !354, inlinedAt: !707)
!732 = !DILocation(line: 0, scope: !639, inlinedAt: !666)
!733 = !DILocation(line: 1233, column: 17, scope: !662, inlinedAt: !666)
!734 = !DILocation(line: 1231, column: 9, scope: !639, inlinedAt: !666)
!735 = !DILocation(line: 1233, column: 17, scope: !639, inlinedAt: !666)
!736 = !{!737, !739}
!737 = distinct !{!737, !738, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E: %self"}
!738 = distinct !{!738, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"}
!739 = distinct !{!739, !738, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E: argument 1"}
!740 = !DILocation(line: 1233, column: 23, scope: !662, inlinedAt: !666)
!741 = !{!737}
!742 = !DILocation(line: 1233, column: 86, scope: !639, inlinedAt: !666)
!743 = !DILocation(line: 1227, column: 5, scope: !639, inlinedAt: !666)
!744 = !DILocation(line: 0, scope: !637)
!745 = !DILocation(line: 38, column: 29, scope: !637)
!746 = !DILocation(line: 37, column: 5, scope: !637)
!747 = !DILocation(line: 37, column: 12, scope: !637)
!748 = !{i8 0, i8 2}
!749 = !DILocalVariable(name: "guard", arg: 2, scope: !750, file: !751, line: 125, type: !84)
!750 = distinct !DISubprogram(name: "wait<bool>", linkageName: "_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E", scope: !625, file: !751, line: 125, type: !752, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, declaration: !755, retainedNodes: !756)
!751 = !DIFile(filename: "library/std/src/sync/poison/condvar.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8e0c3c5053fcb9b055be1a36ccbef343")
!752 = !DISubroutineType(types: !753)
!753 = !{!640, !754, !84}
!754 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::condvar::Condvar", baseType: !625, size: 64, align: 64, dwarfAddressSpace: 0)
!755 = !DISubprogram(name: "wait<bool>", linkageName: "_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E", scope: !625, file: !751, line: 125, type: !752, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !96)
!756 = !{!757, !749, !758, !760}
!757 = !DILocalVariable(name: "self", arg: 1, scope: !750, file: !751, line: 125, type: !754)
!758 = !DILocalVariable(name: "poisoned", scope: !759, file: !751, line: 126, type: !70, align: 8)
!759 = distinct !DILexicalBlock(scope: !750, file: !751, line: 126, column: 9)
!760 = !DILocalVariable(name: "lock", scope: !761, file: !751, line: 127, type: !296, align: 64)
!761 = distinct !DILexicalBlock(scope: !750, file: !751, line: 127, column: 13)
!762 = !DILocation(line: 0, scope: !750, inlinedAt: !763)
!763 = distinct !DILocation(line: 38, column: 24, scope: !637)
!764 = !DILocalVariable(name: "order", scope: !765, file: !265, line: 726, type: !109, align: 8)
!765 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !51, file: !265, line: 726, type: !394, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !397, retainedNodes: !766)
!766 = !{!767, !764}
!767 = !DILocalVariable(name: "self", arg: 1, scope: !765, file: !265, line: 726, type: !396)
!768 = !DILocation(line: 0, scope: !765, inlinedAt: !769)
!769 = distinct !DILocation(line: 141, column: 21, scope: !770, inlinedAt: !773)
!770 = distinct !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !48, file: !327, line: 140, type: !359, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !361, retainedNodes: !771)
!771 = !{!772}
!772 = !DILocalVariable(name: "self", arg: 1, scope: !770, file: !327, line: 140, type: !350)
!773 = distinct !DILocation(line: 129, column: 41, scope: !761, inlinedAt: !763)
!774 = !DILocation(line: 0, scope: !761, inlinedAt: !763)
!775 = !DILocation(line: 128, column: 24, scope: !761, inlinedAt: !763)
!776 = !{!777}
!777 = distinct !{!777, !778, !"_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E: %_0"}
!778 = distinct !{!778, !"_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E"}
!779 = !DILocation(line: 132, column: 5, scope: !750, inlinedAt: !763)
!780 = !DILocation(line: 125, column: 5, scope: !750, inlinedAt: !763)
!781 = !DILocation(line: 140, column: 16, scope: !770, inlinedAt: !773)
!782 = !DILocation(line: 726, column: 17, scope: !765, inlinedAt: !769)
!783 = !DILocation(line: 0, scope: !420, inlinedAt: !784)
!784 = distinct !DILocation(line: 729, column: 18, scope: !765, inlinedAt: !769)
!785 = !DILocation(line: 3890, column: 24, scope: !420, inlinedAt: !784)
!786 = !DILocation(line: 0, scope: !759, inlinedAt: !763)
!787 = !DILocation(line: 131, column: 12, scope: !759, inlinedAt: !763)
!788 = !DILocation(line: 0, scope: !639, inlinedAt: !664)
!789 = !DILocation(line: 1233, column: 17, scope: !662, inlinedAt: !664)
!790 = !DILocation(line: 1231, column: 9, scope: !639, inlinedAt: !664)
!791 = !DILocation(line: 1233, column: 17, scope: !639, inlinedAt: !664)
!792 = !{!793, !795}
!793 = distinct !{!793, !794, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E: %self"}
!794 = distinct !{!794, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"}
!795 = distinct !{!795, !794, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E: argument 1"}
!796 = !DILocation(line: 1233, column: 23, scope: !662, inlinedAt: !664)
!797 = !{!793}
!798 = !DILocation(line: 1233, column: 86, scope: !639, inlinedAt: !664)
!799 = !DILocation(line: 1227, column: 5, scope: !639, inlinedAt: !664)
!800 = !DILocalVariable(arg: 1, scope: !801, file: !444, line: 805, type: !804)
!801 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E", scope: !219, file: !444, line: 805, type: !802, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !99, retainedNodes: !805)
!802 = !DISubroutineType(types: !803)
!803 = !{null, !804}
!804 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::MutexGuard<bool>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!805 = !{!800}
!806 = !DILocation(line: 0, scope: !801, inlinedAt: !807)
!807 = distinct !DILocation(line: 40, column: 1, scope: !617)
!808 = !DILocalVariable(name: "self", arg: 1, scope: !809, file: !250, line: 743, type: !812)
!809 = distinct !DISubprogram(name: "drop<bool>", linkageName: "_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE", scope: !455, file: !250, line: 743, type: !810, scopeLine: 743, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !96, retainedNodes: !813)
!810 = !DISubroutineType(types: !811)
!811 = !{null, !812}
!812 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::poison::mutex::MutexGuard<bool>", baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!813 = !{!808}
!814 = !DILocation(line: 0, scope: !809, inlinedAt: !815)
!815 = distinct !DILocation(line: 805, column: 1, scope: !801, inlinedAt: !807)
!816 = !DILocalVariable(name: "val", scope: !817, file: !265, line: 2899, type: !43, align: 32)
!817 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !33, file: !265, line: 2899, type: !466, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !468, retainedNodes: !818)
!818 = !{!819, !816, !820}
!819 = !DILocalVariable(name: "self", arg: 1, scope: !817, file: !265, line: 2899, type: !283)
!820 = !DILocalVariable(name: "order", scope: !817, file: !265, line: 2899, type: !109, align: 8)
!821 = !DILocation(line: 0, scope: !817, inlinedAt: !822)
!822 = distinct !DILocation(line: 90, column: 23, scope: !823, inlinedAt: !826)
!823 = distinct !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !26, file: !293, line: 89, type: !294, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, declaration: !475, retainedNodes: !824)
!824 = !{!825}
!825 = !DILocalVariable(name: "self", arg: 1, scope: !823, file: !293, line: 89, type: !296)
!826 = distinct !DILocation(line: 746, column: 29, scope: !809, inlinedAt: !815)
!827 = !DILocalVariable(name: "val", scope: !828, file: !265, line: 3902, type: !43, align: 32)
!828 = distinct !DISubprogram(name: "atomic_swap<u32>", linkageName: "_ZN4core4sync6atomic11atomic_swap17hcfa1246eb7ba1180E", scope: !34, file: !265, line: 3902, type: !484, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !44, retainedNodes: !829)
!829 = !{!830, !827, !831}
!830 = !DILocalVariable(name: "dst", arg: 1, scope: !828, file: !265, line: 3902, type: !307)
!831 = !DILocalVariable(name: "order", scope: !828, file: !265, line: 3902, type: !109, align: 8)
!832 = !DILocation(line: 0, scope: !828, inlinedAt: !833)
!833 = distinct !DILocation(line: 2901, column: 26, scope: !817, inlinedAt: !822)
!834 = !DILocation(line: 0, scope: !494, inlinedAt: !835)
!835 = distinct !DILocation(line: 745, column: 30, scope: !809, inlinedAt: !815)
!836 = !DILocation(line: 0, scope: !506, inlinedAt: !837)
!837 = distinct !DILocation(line: 464, column: 31, scope: !511, inlinedAt: !838)
!838 = distinct !DILocation(line: 616, column: 6, scope: !513, inlinedAt: !839)
!839 = distinct !DILocation(line: 217, column: 5, scope: !515, inlinedAt: !840)
!840 = distinct !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !835)
!841 = !DILocation(line: 0, scope: !523, inlinedAt: !842)
!842 = distinct !DILocation(line: 130, column: 25, scope: !494, inlinedAt: !835)
!843 = !DILocation(line: 129, column: 13, scope: !494, inlinedAt: !835)
!844 = !DILocation(line: 0, scope: !403, inlinedAt: !845)
!845 = distinct !DILocation(line: 2844, column: 26, scope: !506, inlinedAt: !837)
!846 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !845)
!847 = !DILocation(line: 464, column: 12, scope: !511, inlinedAt: !838)
!848 = !DILocation(line: 476, column: 13, scope: !511, inlinedAt: !838)
!849 = !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !835)
!850 = !DILocation(line: 755, column: 18, scope: !523, inlinedAt: !842)
!851 = !DILocation(line: 0, scope: !543, inlinedAt: !852)
!852 = distinct !DILocation(line: 759, column: 13, scope: !523, inlinedAt: !842)
!853 = !DILocation(line: 3875, column: 24, scope: !543, inlinedAt: !852)
!854 = !DILocation(line: 129, column: 9, scope: !494, inlinedAt: !835)
!855 = !DILocation(line: 0, scope: !823, inlinedAt: !826)
!856 = !DILocation(line: 2899, column: 25, scope: !817, inlinedAt: !822)
!857 = !DILocation(line: 3908, column: 24, scope: !828, inlinedAt: !833)
!858 = !DILocation(line: 90, column: 12, scope: !823, inlinedAt: !826)
!859 = !DILocation(line: 95, column: 18, scope: !823, inlinedAt: !826)
!860 = !DILocation(line: 40, column: 2, scope: !617)
!861 = distinct !DISubprogram(name: "fill_to_limit", linkageName: "_ZN16correct_patterns13fill_to_limit17haa25a45297f71732E", scope: !119, file: !118, line: 62, type: !862, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !46, retainedNodes: !874)
!862 = !DISubroutineType(types: !863)
!863 = !{!9, !864, !869}
!864 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&correct_patterns::Config", baseType: !865, size: 64, align: 64, dwarfAddressSpace: 0)
!865 = !DICompositeType(tag: DW_TAG_structure_type, name: "Config", scope: !119, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !866, templateParams: !46, identifier: "9a544b19536d5465bbb254680e350678")
!866 = !{!867, !868}
!867 = !DIDerivedType(tag: DW_TAG_member, name: "limit", scope: !865, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!868 = !DIDerivedType(tag: DW_TAG_member, name: "step", scope: !865, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!869 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut [usize]", file: !2, size: 128, align: 64, elements: !870, templateParams: !46, identifier: "cb8b9c114b7b834db07f3b49994c99e0")
!870 = !{!871, !873}
!871 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !869, file: !2, baseType: !872, size: 64, align: 64)
!872 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!873 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !869, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!874 = !{!875, !876, !877}
!875 = !DILocalVariable(name: "cfg", arg: 1, scope: !861, file: !118, line: 62, type: !864)
!876 = !DILocalVariable(name: "out", arg: 2, scope: !861, file: !118, line: 62, type: !869)
!877 = !DILocalVariable(name: "i", scope: !878, file: !118, line: 63, type: !9, align: 64)
!878 = distinct !DILexicalBlock(scope: !861, file: !118, line: 63, column: 5)
!879 = !DILocation(line: 0, scope: !861)
!880 = !DILocation(line: 0, scope: !878)
!881 = !DILocation(line: 64, column: 5, scope: !878)
!882 = !DILocation(line: 64, column: 11, scope: !878)
!883 = !DILocation(line: 65, column: 9, scope: !878)
!884 = !DILocation(line: 66, column: 9, scope: !878)
!885 = distinct !{!885, !172}
!886 = !DILocation(line: 69, column: 2, scope: !861)
!887 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>", linkageName: "_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE", scope: !219, file: !444, line: 805, type: !888, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !893, retainedNodes: !891)
!888 = !DISubroutineType(types: !889)
!889 = !{null, !890}
!890 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>", baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!891 = !{!892}
!892 = !DILocalVariable(arg: 1, scope: !887, file: !444, line: 805, type: !890)
!893 = !{!894}
!894 = !DITemplateTypeParameter(name: "T", type: !81)
!895 = !DILocation(line: 0, scope: !887)
!896 = !DILocation(line: 805, column: 1, scope: !887)
!897 = !{i64 4}
!898 = !DILocation(line: 0, scope: !801, inlinedAt: !899)
!899 = distinct !DILocation(line: 805, column: 1, scope: !887)
!900 = !DILocation(line: 0, scope: !809, inlinedAt: !901)
!901 = distinct !DILocation(line: 805, column: 1, scope: !801, inlinedAt: !899)
!902 = !DILocation(line: 0, scope: !817, inlinedAt: !903)
!903 = distinct !DILocation(line: 90, column: 23, scope: !823, inlinedAt: !904)
!904 = distinct !DILocation(line: 746, column: 29, scope: !809, inlinedAt: !901)
!905 = !DILocation(line: 0, scope: !828, inlinedAt: !906)
!906 = distinct !DILocation(line: 2901, column: 26, scope: !817, inlinedAt: !903)
!907 = !DILocation(line: 745, column: 13, scope: !809, inlinedAt: !901)
!908 = !DILocation(line: 0, scope: !494, inlinedAt: !909)
!909 = distinct !DILocation(line: 745, column: 30, scope: !809, inlinedAt: !901)
!910 = !DILocation(line: 0, scope: !506, inlinedAt: !911)
!911 = distinct !DILocation(line: 464, column: 31, scope: !511, inlinedAt: !912)
!912 = distinct !DILocation(line: 616, column: 6, scope: !513, inlinedAt: !913)
!913 = distinct !DILocation(line: 217, column: 5, scope: !515, inlinedAt: !914)
!914 = distinct !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !909)
!915 = !DILocation(line: 0, scope: !523, inlinedAt: !916)
!916 = distinct !DILocation(line: 130, column: 25, scope: !494, inlinedAt: !909)
!917 = !DILocation(line: 129, column: 13, scope: !494, inlinedAt: !909)
!918 = !DILocation(line: 0, scope: !403, inlinedAt: !919)
!919 = distinct !DILocation(line: 2844, column: 26, scope: !506, inlinedAt: !911)
!920 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !919)
!921 = !DILocation(line: 464, column: 12, scope: !511, inlinedAt: !912)
!922 = !DILocation(line: 476, column: 13, scope: !511, inlinedAt: !912)
!923 = !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !909)
!924 = !DILocation(line: 755, column: 18, scope: !523, inlinedAt: !916)
!925 = !DILocation(line: 0, scope: !543, inlinedAt: !926)
!926 = distinct !DILocation(line: 759, column: 13, scope: !523, inlinedAt: !916)
!927 = !DILocation(line: 3875, column: 24, scope: !543, inlinedAt: !926)
!928 = !DILocation(line: 129, column: 9, scope: !494, inlinedAt: !909)
!929 = !DILocation(line: 0, scope: !823, inlinedAt: !904)
!930 = !DILocation(line: 2899, column: 25, scope: !817, inlinedAt: !903)
!931 = !DILocation(line: 3908, column: 24, scope: !828, inlinedAt: !906)
!932 = !DILocation(line: 90, column: 12, scope: !823, inlinedAt: !904)
!933 = !DILocation(line: 95, column: 18, scope: !823, inlinedAt: !904)
!934 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE", scope: !219, file: !444, line: 805, type: !935, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !940, retainedNodes: !938)
!935 = !DISubroutineType(types: !936)
!936 = !{null, !937}
!937 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!938 = !{!939}
!939 = !DILocalVariable(arg: 1, scope: !934, file: !444, line: 805, type: !937)
!940 = !{!941}
!941 = !DITemplateTypeParameter(name: "T", type: !12)
!942 = !DILocation(line: 0, scope: !934)
!943 = !DILocation(line: 805, column: 1, scope: !934)
!944 = !{i64 8}
!945 = !DILocation(line: 0, scope: !443, inlinedAt: !946)
!946 = distinct !DILocation(line: 805, column: 1, scope: !934)
!947 = !DILocation(line: 0, scope: !454, inlinedAt: !948)
!948 = distinct !DILocation(line: 805, column: 1, scope: !443, inlinedAt: !946)
!949 = !DILocation(line: 0, scope: !465, inlinedAt: !950)
!950 = distinct !DILocation(line: 90, column: 23, scope: !474, inlinedAt: !951)
!951 = distinct !DILocation(line: 746, column: 29, scope: !454, inlinedAt: !948)
!952 = !DILocation(line: 0, scope: !483, inlinedAt: !953)
!953 = distinct !DILocation(line: 2901, column: 26, scope: !465, inlinedAt: !950)
!954 = !DILocation(line: 745, column: 13, scope: !454, inlinedAt: !948)
!955 = !DILocation(line: 0, scope: !494, inlinedAt: !956)
!956 = distinct !DILocation(line: 745, column: 30, scope: !454, inlinedAt: !948)
!957 = !DILocation(line: 0, scope: !506, inlinedAt: !958)
!958 = distinct !DILocation(line: 464, column: 31, scope: !511, inlinedAt: !959)
!959 = distinct !DILocation(line: 616, column: 6, scope: !513, inlinedAt: !960)
!960 = distinct !DILocation(line: 217, column: 5, scope: !515, inlinedAt: !961)
!961 = distinct !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !956)
!962 = !DILocation(line: 0, scope: !523, inlinedAt: !963)
!963 = distinct !DILocation(line: 130, column: 25, scope: !494, inlinedAt: !956)
!964 = !DILocation(line: 129, column: 13, scope: !494, inlinedAt: !956)
!965 = !DILocation(line: 0, scope: !403, inlinedAt: !966)
!966 = distinct !DILocation(line: 2844, column: 26, scope: !506, inlinedAt: !958)
!967 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !966)
!968 = !DILocation(line: 464, column: 12, scope: !511, inlinedAt: !959)
!969 = !DILocation(line: 476, column: 13, scope: !511, inlinedAt: !959)
!970 = !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !956)
!971 = !DILocation(line: 755, column: 18, scope: !523, inlinedAt: !963)
!972 = !DILocation(line: 0, scope: !543, inlinedAt: !973)
!973 = distinct !DILocation(line: 759, column: 13, scope: !523, inlinedAt: !963)
!974 = !DILocation(line: 3875, column: 24, scope: !543, inlinedAt: !973)
!975 = !DILocation(line: 129, column: 9, scope: !494, inlinedAt: !956)
!976 = !DILocation(line: 0, scope: !474, inlinedAt: !951)
!977 = !DILocation(line: 2899, column: 25, scope: !465, inlinedAt: !950)
!978 = !DILocation(line: 3908, column: 24, scope: !483, inlinedAt: !953)
!979 = !DILocation(line: 90, column: 12, scope: !474, inlinedAt: !951)
!980 = !DILocation(line: 95, column: 18, scope: !474, inlinedAt: !951)
!981 = !DILocation(line: 0, scope: !801)
!982 = !DILocation(line: 0, scope: !809, inlinedAt: !983)
!983 = distinct !DILocation(line: 805, column: 1, scope: !801)
!984 = !DILocation(line: 0, scope: !817, inlinedAt: !985)
!985 = distinct !DILocation(line: 90, column: 23, scope: !823, inlinedAt: !986)
!986 = distinct !DILocation(line: 746, column: 29, scope: !809, inlinedAt: !983)
!987 = !DILocation(line: 0, scope: !828, inlinedAt: !988)
!988 = distinct !DILocation(line: 2901, column: 26, scope: !817, inlinedAt: !985)
!989 = !DILocation(line: 745, column: 13, scope: !809, inlinedAt: !983)
!990 = !DILocation(line: 0, scope: !494, inlinedAt: !991)
!991 = distinct !DILocation(line: 745, column: 30, scope: !809, inlinedAt: !983)
!992 = !DILocation(line: 0, scope: !506, inlinedAt: !993)
!993 = distinct !DILocation(line: 464, column: 31, scope: !511, inlinedAt: !994)
!994 = distinct !DILocation(line: 616, column: 6, scope: !513, inlinedAt: !995)
!995 = distinct !DILocation(line: 217, column: 5, scope: !515, inlinedAt: !996)
!996 = distinct !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !991)
!997 = !DILocation(line: 0, scope: !523, inlinedAt: !998)
!998 = distinct !DILocation(line: 130, column: 25, scope: !494, inlinedAt: !991)
!999 = !DILocation(line: 129, column: 13, scope: !494, inlinedAt: !991)
!1000 = !DILocation(line: 0, scope: !403, inlinedAt: !1001)
!1001 = distinct !DILocation(line: 2844, column: 26, scope: !506, inlinedAt: !993)
!1002 = !DILocation(line: 3890, column: 24, scope: !403, inlinedAt: !1001)
!1003 = !DILocation(line: 464, column: 12, scope: !511, inlinedAt: !994)
!1004 = !DILocation(line: 476, column: 13, scope: !511, inlinedAt: !994)
!1005 = !DILocation(line: 129, column: 32, scope: !494, inlinedAt: !991)
!1006 = !DILocation(line: 755, column: 18, scope: !523, inlinedAt: !998)
!1007 = !DILocation(line: 0, scope: !543, inlinedAt: !1008)
!1008 = distinct !DILocation(line: 759, column: 13, scope: !523, inlinedAt: !998)
!1009 = !DILocation(line: 3875, column: 24, scope: !543, inlinedAt: !1008)
!1010 = !DILocation(line: 129, column: 9, scope: !494, inlinedAt: !991)
!1011 = !DILocation(line: 0, scope: !823, inlinedAt: !986)
!1012 = !DILocation(line: 2899, column: 25, scope: !817, inlinedAt: !985)
!1013 = !DILocation(line: 3908, column: 24, scope: !828, inlinedAt: !988)
!1014 = !DILocation(line: 90, column: 12, scope: !823, inlinedAt: !986)
!1015 = !DILocation(line: 95, column: 18, scope: !823, inlinedAt: !986)
!1016 = !DILocation(line: 805, column: 1, scope: !801)
!1017 = distinct !DISubprogram(name: "fmt<std::sync::poison::mutex::MutexGuard<bool>>", linkageName: "_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E", scope: !1018, file: !327, line: 247, type: !1019, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !106, templateParams: !99, retainedNodes: !1061)
!1018 = !DINamespace(name: "{impl#1}", scope: !13)
!1019 = !DISubroutineType(types: !1020)
!1020 = !{!1021, !1039, !1040}
!1021 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !193, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !1022, templateParams: !46, identifier: "1c6752419820cdc3961061cc58b31873")
!1022 = !{!1023}
!1023 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1021, file: !2, size: 8, align: 8, elements: !1024, templateParams: !46, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !1038)
!1024 = !{!1025, !1034}
!1025 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1023, file: !2, baseType: !1026, size: 8, align: 8, extraData: i8 0)
!1026 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1021, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !1027, templateParams: !1029, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!1027 = !{!1028}
!1028 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1026, file: !2, baseType: !7, align: 8, offset: 8, flags: DIFlagPublic)
!1029 = !{!1030, !1031}
!1030 = !DITemplateTypeParameter(name: "T", type: !7)
!1031 = !DITemplateTypeParameter(name: "E", type: !1032)
!1032 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !1033, file: !2, align: 8, flags: DIFlagPublic, elements: !46, identifier: "5a24300cdda31093f5fe20c939b4885")
!1033 = !DINamespace(name: "fmt", scope: !36)
!1034 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1023, file: !2, baseType: !1035, size: 8, align: 8, extraData: i8 1)
!1035 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1021, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !1036, templateParams: !1029, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!1036 = !{!1037}
!1037 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1035, file: !2, baseType: !1032, align: 8, offset: 8, flags: DIFlagPublic)
!1038 = !DIDerivedType(tag: DW_TAG_member, scope: !1021, file: !2, baseType: !57, size: 8, align: 8, flags: DIFlagArtificial)
!1039 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>", baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!1040 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !1041, size: 64, align: 64, dwarfAddressSpace: 0)
!1041 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !1033, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !1042, templateParams: !46, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!1042 = !{!1043, !1050}
!1043 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !1041, file: !2, baseType: !1044, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!1044 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !1033, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !1045, templateParams: !46, identifier: "ca2f5547247cd95c514a47d5800e09e")
!1045 = !{!1046, !1047, !1049}
!1046 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1044, file: !2, baseType: !43, size: 32, align: 32, flags: DIFlagPrivate)
!1047 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !1044, file: !2, baseType: !1048, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!1048 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!1049 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !1044, file: !2, baseType: !1048, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!1050 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1041, file: !2, baseType: !1051, size: 128, align: 64, flags: DIFlagPrivate)
!1051 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !2, size: 128, align: 64, elements: !1052, templateParams: !46, identifier: "effe97114690fc58a8e246cb04e37234")
!1052 = !{!1053, !1056}
!1053 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1051, file: !2, baseType: !1054, size: 64, align: 64)
!1054 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1055, size: 64, align: 64, dwarfAddressSpace: 0)
!1055 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !2, align: 8, elements: !46, identifier: "64328679825f9c73b507edbfd5b86b47")
!1056 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !1051, file: !2, baseType: !1057, size: 64, align: 64, offset: 64)
!1057 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !1058, size: 64, align: 64, dwarfAddressSpace: 0)
!1058 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !1059)
!1059 = !{!1060}
!1060 = !DISubrange(count: 6, lowerBound: 0)
!1061 = !{!1062, !1063}
!1062 = !DILocalVariable(name: "self", arg: 1, scope: !1017, file: !327, line: 247, type: !1039)
!1063 = !DILocalVariable(name: "f", arg: 2, scope: !1017, file: !327, line: 247, type: !1040)
!1064 = !DILocation(line: 0, scope: !1017)
!1065 = !DILocation(line: 248, column: 9, scope: !1017)
!1066 = !DILocation(line: 248, column: 11, scope: !1017)
!1067 = !DILocation(line: 248, column: 39, scope: !1017)
!1068 = !DILocation(line: 248, column: 61, scope: !1017)
!1069 = !DILocation(line: 249, column: 6, scope: !1017)
