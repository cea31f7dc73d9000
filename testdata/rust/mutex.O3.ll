; ModuleID = 'mutex.a6bdf7924794ead5-cgu.0'
source_filename = "mutex.a6bdf7924794ead5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }
%"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { %"core::ptr::unique::Unique<dyn core::ops::function::FnOnce() + core::marker::Send>", %"alloc::alloc::Global" }
%"core::ptr::unique::Unique<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { %"core::ptr::non_null::NonNull<dyn core::ops::function::FnOnce() + core::marker::Send>", %"core::marker::PhantomData<dyn core::ops::function::FnOnce() + core::marker::Send>" }
%"core::ptr::non_null::NonNull<dyn core::ops::function::FnOnce() + core::marker::Send>" = type { { ptr, ptr } }
%"core::marker::PhantomData<dyn core::ops::function::FnOnce() + core::marker::Send>" = type {}
%"alloc::alloc::Global" = type {}

@_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT = external local_unnamed_addr global %"core::sync::atomic::AtomicUsize"
@alloc_99934ceadea2ef3a7bbccbd3e4b2fedc = private unnamed_addr constant [74 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/mod.rs\00", align 1
@alloc_8d68fcbc011419193bd208f22e2789d1 = private unnamed_addr constant [28 x i8] c"failed to write whole buffer", align 1
@alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2 = private unnamed_addr constant <{ ptr, [9 x i8], [7 x i8] }> <{ ptr @alloc_8d68fcbc011419193bd208f22e2789d1, [9 x i8] c"\1C\00\00\00\00\00\00\00\17", [7 x i8] undef }>, align 8
@alloc_a2b462ac72db38b51a27d3bbf062bd3b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_99934ceadea2ef3a7bbccbd3e4b2fedc, [16 x i8] c"I\00\00\00\00\00\00\00Y\07\00\00$\00\00\00" }>, align 8
@vtable.1 = private constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17hd0d775571fbf8687E", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE", ptr @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE" }>, align 8, !dbg !0
@vtable.2 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E", [16 x i8] c"0\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h0c1f290482dc4954E" }>, align 8, !dbg !24
@_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN = external local_unnamed_addr global %"core::sync::atomic::AtomicUsize"
@alloc_7a0078e56453c84a4274ce689b2bb39a = private unnamed_addr constant [14 x i8] c"RUST_MIN_STACK", align 1
@alloc_987f9181f01088182face37be6d0a1cd = private unnamed_addr constant [41 x i8] c"threads should not terminate unexpectedly", align 1
@alloc_d71163240bab68464d47d4f464e0e58e = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/lifecycle.rs\00", align 1
@alloc_c8fa0f44c6d4fbb5209642c5dc0b0954 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\F7\00\00\00\0E\00\00\00" }>, align 8
@alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d71163240bab68464d47d4f464e0e58e, [16 x i8] c"S\00\00\00\00\00\00\00\FB\00\00\00\0E\00\00\00" }>, align 8
@vtable.3 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E", [16 x i8] c"\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt }>, align 8, !dbg !450
@vtable.4 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h2e0224869b467496E" }>, align 8, !dbg !566
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@vtable.5 = private constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h1920e68d60050f33E" }>, align 8, !dbg !574
@alloc_e3605bf48dd8479a638909176cc37fce = private unnamed_addr constant [22 x i8] c"failed to spawn thread", align 1
@alloc_ac3c4e69c0cf013c504e8d949189a5f7 = private unnamed_addr constant [84 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/thread/functions.rs\00", align 1
@alloc_0246dd9f5900f3685febed10b072f357 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_ac3c4e69c0cf013c504e8d949189a5f7, [16 x i8] c"S\00\00\00\00\00\00\00\83\00\00\00\1D\00\00\00" }>, align 8
@alloc_a2167a7b36db4e2dc3bb889660c811f2 = private unnamed_addr constant [27 x i8] c"testdata/rust/src/mutex.rs\00", align 1
@alloc_864ad255727c738bc0de7df9bc6fcaeb = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a2167a7b36db4e2dc3bb889660c811f2, [16 x i8] c"\1A\00\00\00\00\00\00\00\19\00\00\00\18\00\00\00" }>, align 8
@alloc_fbd12542a6e11843f5ba11bf7e5502d5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a2167a7b36db4e2dc3bb889660c811f2, [16 x i8] c"\1A\00\00\00\00\00\00\00\09\00\00\00\15\00\00\00" }>, align 8
@alloc_9cd824443b9d78fa1e84c12a820470f9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_a2167a7b36db4e2dc3bb889660c811f2, [16 x i8] c"\1A\00\00\00\00\00\00\00\10\00\00\00\0F\00\00\00" }>, align 8
@alloc_8e2410b80645266732854088d21653bc = private unnamed_addr constant [11 x i8] c"PoisonError", align 1
@alloc_58f213f5b48e0bea76ba0b429606a6b5 = private unnamed_addr constant [62 x i8] c"fatal runtime error: thread result panicked on drop, aborting\0A", align 1
@__rustc_debug_gdb_scripts_section__ = linkonce_odr unnamed_addr constant [34 x i8] c"\01gdb_load_rust_pretty_printers.py\00", section ".debug_gdb_scripts", align 1

; std::io::Write::write_all
; Function Attrs: nonlazybind uwtable
define internal fastcc noundef ptr @_ZN3std2io5Write9write_all17h2c3fa21d241e2d0fE(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %0, i64 noundef range(i64 0, -9223372036854775808) %1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !724 {
start:
  %_4 = alloca [16 x i8], align 8
    #dbg_value(ptr %0, !735, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !747)
    #dbg_value(ptr %0, !748, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !786)
    #dbg_value(ptr %0, !788, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !797)
    #dbg_value(ptr %0, !799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !810)
    #dbg_value(i64 %1, !735, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !747)
    #dbg_value(i64 %1, !748, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !786)
    #dbg_value(i64 %1, !788, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !797)
    #dbg_value(i64 %1, !799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !810)
    #dbg_value(ptr %self, !734, !DIExpression(), !747)
    #dbg_value(ptr poison, !812, !DIExpression(), !821)
    #dbg_value(ptr poison, !812, !DIExpression(), !839)
    #dbg_value(ptr poison, !812, !DIExpression(), !841)
  %2 = icmp eq i64 %1, 0, !dbg !843
  br i1 %2, label %bb13, label %bb3.lr.ph, !dbg !843

bb3.lr.ph:                                        ; preds = %start
  %3 = getelementptr inbounds nuw i8, ptr %_4, i64 8
  br label %bb3, !dbg !843

bb3:                                              ; preds = %bb3.lr.ph, %bb15
  %buf.sroa.0.056 = phi ptr [ %0, %bb3.lr.ph ], [ %buf.sroa.0.121, %bb15 ]
  %buf.sroa.6.055 = phi i64 [ %1, %bb3.lr.ph ], [ %buf.sroa.6.119, %bb15 ]
    #dbg_value(ptr %buf.sroa.0.056, !799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !810)
    #dbg_value(i64 %buf.sroa.6.055, !799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !810)
  call void @llvm.lifetime.start.p0(ptr nonnull %_4), !dbg !844
; call <std::sys::stdio::unix::Stderr as std::io::Write>::write
  %4 = tail call { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1 %self, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %buf.sroa.0.056, i64 noundef %buf.sroa.6.055), !dbg !845
  %5 = extractvalue { i64, ptr } %4, 0, !dbg !845
  %6 = extractvalue { i64, ptr } %4, 1, !dbg !845
  store i64 %5, ptr %_4, align 8, !dbg !845
  store ptr %6, ptr %3, align 8, !dbg !845
  %7 = trunc nuw i64 %5 to i1, !dbg !846
  %8 = ptrtoint ptr %6 to i64, !dbg !846
  br i1 %7, label %bb7, label %bb6, !dbg !846

bb13:                                             ; preds = %bb15, %start, %bb12
  %_0.sroa.0.0 = phi ptr [ %_0.sroa.0.1, %bb12 ], [ null, %start ], [ null, %bb15 ], !dbg !747
  ret ptr %_0.sroa.0.0, !dbg !847

bb7:                                              ; preds = %bb3
    #dbg_value(ptr %_4, !829, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !848)
    #dbg_value(ptr %_4, !849, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !880)
    #dbg_value(ptr %6, !882, !DIExpression(), !904)
    #dbg_declare(ptr poison, !890, !DIExpression(), !906)
    #dbg_value(i64 1, !907, !DIExpression(), !917)
    #dbg_value(i64 1, !919, !DIExpression(), !926)
    #dbg_value(i64 -1, !928, !DIExpression(), !935)
    #dbg_value(ptr %6, !916, !DIExpression(), !917)
    #dbg_value(i64 %8, !891, !DIExpression(), !937)
  %_5.i = and i64 %8, 3, !dbg !938
  switch i64 %_5.i, label %default.unreachable [
    i64 2, label %bb23
    i64 3, label %bb24
    i64 0, label %bb20
    i64 1, label %bb22
  ], !dbg !939, !prof !940

default.unreachable:                              ; preds = %bb7
  unreachable

bb6:                                              ; preds = %bb3
  %9 = icmp eq ptr %6, null, !dbg !846
  br i1 %9, label %bb12, label %bb8, !dbg !846

bb8:                                              ; preds = %bb6
    #dbg_value(i64 %8, !736, !DIExpression(), !941)
    #dbg_value(i64 %8, !783, !DIExpression(), !786)
    #dbg_value(i64 %8, !794, !DIExpression(), !797)
    #dbg_value(i64 %8, !808, !DIExpression(), !810)
  %_29 = icmp ult i64 %buf.sroa.6.055, %8, !dbg !942
  br i1 %_29, label %bb26, label %bb17, !dbg !942, !prof !943

bb12:                                             ; preds = %bb24, %bb23, %bb22, %bb20, %bb6
  %_0.sroa.0.1 = phi ptr [ @alloc_0c6bd0c1dc63d8d7fb1eb0c800f5dec2, %bb6 ], [ %6, %bb20 ], [ %6, %bb22 ], [ %6, %bb23 ], [ %6, %bb24 ], !dbg !747
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !944
  br label %bb13, !dbg !847

bb26:                                             ; preds = %bb8
; call core::slice::index::slice_index_fail
  tail call void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef %8, i64 noundef %buf.sroa.6.055, i64 noundef %buf.sroa.6.055, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a2b462ac72db38b51a27d3bbf062bd3b) #22, !dbg !945
  unreachable

bb17:                                             ; preds = %bb8
  %new_len = sub nuw nsw i64 %buf.sroa.6.055, %8, !dbg !946
    #dbg_value(i64 %new_len, !795, !DIExpression(), !947)
    #dbg_value(i64 %new_len, !809, !DIExpression(), !810)
  %_36 = getelementptr inbounds nuw i8, ptr %buf.sroa.0.056, i64 %8, !dbg !948
    #dbg_value(ptr %_36, !799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !810)
    #dbg_value(ptr %_36, !788, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !797)
    #dbg_value(ptr %_36, !748, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !786)
    #dbg_value(ptr %_36, !735, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !747)
    #dbg_value(i64 %new_len, !799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !810)
    #dbg_value(i64 %new_len, !788, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !797)
    #dbg_value(i64 %new_len, !748, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !786)
    #dbg_value(i64 %new_len, !735, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !747)
  br label %bb15, !dbg !944

bb23:                                             ; preds = %bb7
    #dbg_value(i64 %8, !830, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !949)
    #dbg_value(i64 %8, !950, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !959)
  %_7.i.mask = and i64 %8, -4294967296, !dbg !961
  %10 = icmp eq i64 %_7.i.mask, 17179869184, !dbg !961
  br i1 %10, label %bb16, label %bb12, !dbg !962

bb20:                                             ; preds = %bb7
  %11 = icmp ne ptr %6, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %6, !837, !DIExpression(), !963)
    #dbg_value(ptr %6, !820, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !964)
  %12 = getelementptr inbounds nuw i8, ptr %6, i64 16, !dbg !964
  %13 = load i8, ptr %12, align 8, !dbg !964, !range !965, !noundef !23
  %14 = icmp eq i8 %13, 35, !dbg !964
  br i1 %14, label %bb16, label %bb12, !dbg !962

bb22:                                             ; preds = %bb7
    #dbg_value(ptr %6, !925, !DIExpression(), !926)
    #dbg_value(ptr %6, !934, !DIExpression(), !935)
    #dbg_value(ptr %6, !832, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value), !966)
    #dbg_value(ptr %6, !820, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_plus_uconst, 16, DW_OP_stack_value), !967)
  %15 = getelementptr i8, ptr %6, i64 15, !dbg !967
  %16 = load i8, ptr %15, align 8, !dbg !967, !range !965, !noundef !23
  %17 = icmp eq i8 %16, 35, !dbg !967
  br i1 %17, label %bb16, label %bb12, !dbg !962

bb24:                                             ; preds = %bb7
    #dbg_value(i64 %8, !895, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !968)
    #dbg_value(i32 poison, !969, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !999)
    #dbg_value(ptr poison, !996, !DIExpression(), !1001)
  %18 = icmp ult ptr %6, inttoptr (i64 180388626432 to ptr), !dbg !1002
  tail call void @llvm.assume(i1 %18), !dbg !1003
    #dbg_value(i32 poison, !835, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !1004)
    #dbg_value(ptr poison, !820, !DIExpression(), !1005)
  %_10.i.mask = and i64 %8, -4294967296, !dbg !1005
  %19 = icmp eq i64 %_10.i.mask, 150323855360, !dbg !1005
  br i1 %19, label %bb16, label %bb12, !dbg !962

bb16:                                             ; preds = %bb24, %bb23, %bb22, %bb20
    #dbg_value(ptr %buf.sroa.0.056, !799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !810)
    #dbg_value(ptr %buf.sroa.0.056, !788, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !797)
    #dbg_value(ptr %buf.sroa.0.056, !748, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !786)
    #dbg_value(ptr %buf.sroa.0.056, !735, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !747)
    #dbg_value(i64 %buf.sroa.6.055, !799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !810)
    #dbg_value(i64 %buf.sroa.6.055, !788, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !797)
    #dbg_value(i64 %buf.sroa.6.055, !748, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !786)
    #dbg_value(i64 %buf.sroa.6.055, !735, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !747)
; call core::ptr::drop_in_place<std::io::error::Error>
  call void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef nonnull align 8 dereferenceable(8) %3), !dbg !944
  br label %bb15, !dbg !944

bb15:                                             ; preds = %bb17, %bb16
  %buf.sroa.0.121 = phi ptr [ %buf.sroa.0.056, %bb16 ], [ %_36, %bb17 ]
  %buf.sroa.6.119 = phi i64 [ %buf.sroa.6.055, %bb16 ], [ %new_len, %bb17 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !944
    #dbg_value(ptr %buf.sroa.0.121, !799, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !810)
    #dbg_value(ptr %buf.sroa.0.121, !788, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !797)
    #dbg_value(ptr %buf.sroa.0.121, !748, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !786)
    #dbg_value(ptr %buf.sroa.0.121, !735, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !747)
    #dbg_value(i64 %buf.sroa.6.119, !799, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !810)
    #dbg_value(i64 %buf.sroa.6.119, !788, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !797)
    #dbg_value(i64 %buf.sroa.6.119, !748, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !786)
    #dbg_value(i64 %buf.sroa.6.119, !735, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !747)
  %20 = icmp eq i64 %buf.sroa.6.119, 0, !dbg !843
  br i1 %20, label %bb13, label %bb3, !dbg !843
}

; std::rt::lang_start
; Function Attrs: nonlazybind uwtable
define hidden noundef i64 @_ZN3std2rt10lang_start17hc23eaa4e10f6e082E(ptr noundef nonnull %main, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe) unnamed_addr #0 !dbg !1006 {
start:
  %_7 = alloca [8 x i8], align 8
    #dbg_value(ptr %main, !1012, !DIExpression(), !1016)
    #dbg_value(i64 %argc, !1013, !DIExpression(), !1016)
    #dbg_value(ptr %argv, !1014, !DIExpression(), !1016)
    #dbg_value(i8 %sigpipe, !1015, !DIExpression(), !1016)
  call void @llvm.lifetime.start.p0(ptr nonnull %_7), !dbg !1017
  store ptr %main, ptr %_7, align 8, !dbg !1017
; call std::rt::lang_start_internal
  %_0 = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %argc, ptr noundef %argv, i8 noundef %sigpipe), !dbg !1018
  call void @llvm.lifetime.end.p0(ptr nonnull %_7), !dbg !1019
  ret i64 %_0, !dbg !1020
}

; std::rt::lang_start::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #1 !dbg !1021 {
start:
    #dbg_value(ptr %_1, !1026, !DIExpression(DW_OP_deref), !1027)
  %_4 = load ptr, ptr %_1, align 8, !dbg !1028, !nonnull !23, !noundef !23
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h5125a86b78c46b02E(ptr noundef nonnull %_4) #23, !dbg !1029
  ret i32 0, !dbg !1030
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h364fc4300d43d45aE(ptr dead_on_return noalias noundef nonnull readonly align 8 captures(none) dereferenceable(32) %f) unnamed_addr #2 !dbg !1031 {
start:
  %_2.i = alloca [32 x i8], align 8
    #dbg_declare(ptr poison, !1043, !DIExpression(), !1047)
    #dbg_declare(ptr %f, !1042, !DIExpression(), !1048)
    #dbg_declare(ptr poison, !1049, !DIExpression(), !1056)
    #dbg_declare(ptr %f, !1058, !DIExpression(), !1064)
  call void @llvm.lifetime.start.p0(ptr nonnull %_2.i), !dbg !1066, !noalias !1067
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %_2.i, ptr noundef nonnull readonly align 8 dereferenceable(32) %f, i64 32, i1 false), !dbg !1066
; call <std::thread::spawnhook::ChildSpawnHooks>::run
  call void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr noalias noundef nonnull align 8 captures(address) dereferenceable(32) %_2.i), !dbg !1070, !noalias !1067
  call void @llvm.lifetime.end.p0(ptr nonnull %_2.i), !dbg !1071, !noalias !1067
  call void asm sideeffect "", "~{memory}"() #24, !dbg !1072, !srcloc !1073
  ret void, !dbg !1074
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h5125a86b78c46b02E(ptr noundef nonnull readonly captures(none) %f) unnamed_addr #2 !dbg !1075 {
start:
    #dbg_declare(ptr poison, !1080, !DIExpression(), !1084)
    #dbg_value(ptr %f, !1079, !DIExpression(), !1085)
    #dbg_declare(ptr poison, !1086, !DIExpression(), !1089)
    #dbg_value(ptr %f, !1091, !DIExpression(), !1101)
    #dbg_declare(ptr poison, !1097, !DIExpression(), !1103)
  tail call void %f(), !dbg !1103
  tail call void asm sideeffect "", "~{memory}"() #24, !dbg !1104, !srcloc !1073
  ret void, !dbg !1105
}

; std::sys::backtrace::__rust_begin_short_backtrace
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17he1e947961369eda4E(ptr noundef nonnull %f) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !1106 {
start:
  %_1.i = alloca [8 x i8], align 8
    #dbg_declare(ptr poison, !1111, !DIExpression(), !1113)
    #dbg_value(ptr %f, !1110, !DIExpression(), !1114)
    #dbg_declare(ptr poison, !1115, !DIExpression(), !1118)
  call void @llvm.lifetime.start.p0(ptr nonnull %_1.i)
  store ptr %f, ptr %_1.i, align 8
    #dbg_declare(ptr %_1.i, !1120, !DIExpression(), !1124)
    #dbg_value(ptr %_1.i, !1126, !DIExpression(), !1134)
  %_2.i = getelementptr inbounds nuw i8, ptr %f, i64 16, !dbg !1136
; invoke mutex::reader
  invoke fastcc void @_ZN5mutex6reader17he1ef17e49083c1f6E(ptr noundef nonnull align 8 %_2.i)
          to label %bb1.i unwind label %cleanup.i, !dbg !1137

cleanup.i:                                        ; preds = %start
  %0 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_1.i, !1138, !DIExpression(), !1145)
    #dbg_value(ptr %_1.i, !1147, !DIExpression(), !1155)
    #dbg_value(ptr %_1.i, !1157, !DIExpression(), !1164)
    #dbg_value(i64 1, !1166, !DIExpression(), !1176)
    #dbg_value(i8 1, !1175, !DIExpression(), !1176)
    #dbg_value(i64 1, !1178, !DIExpression(), !1188)
    #dbg_value(i8 1, !1185, !DIExpression(), !1188)
    #dbg_value(ptr %f, !1174, !DIExpression(), !1190)
    #dbg_value(ptr %f, !1184, !DIExpression(), !1188)
  %1 = atomicrmw sub ptr %f, i64 1 release, align 8, !dbg !1191, !noalias !1192
  %2 = icmp eq i64 %1, 1, !dbg !1199
  br i1 %2, label %bb2.i.i.i.i, label %bb4.i, !dbg !1199

bb2.i.i.i.i:                                      ; preds = %cleanup.i
    #dbg_value(i8 2, !1200, !DIExpression(), !1205)
  fence acquire, !dbg !1207
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1.i) #23, !dbg !1208
  br label %bb4.i, !dbg !1208

bb1.i:                                            ; preds = %start
    #dbg_value(ptr %_1.i, !1138, !DIExpression(), !1209)
    #dbg_value(ptr %_1.i, !1147, !DIExpression(), !1211)
    #dbg_value(ptr %_1.i, !1157, !DIExpression(), !1213)
    #dbg_value(i64 1, !1166, !DIExpression(), !1215)
    #dbg_value(i8 1, !1175, !DIExpression(), !1215)
    #dbg_value(i64 1, !1178, !DIExpression(), !1217)
    #dbg_value(i8 1, !1185, !DIExpression(), !1217)
    #dbg_value(ptr %f, !1174, !DIExpression(), !1219)
    #dbg_value(ptr %f, !1184, !DIExpression(), !1217)
  %3 = atomicrmw sub ptr %f, i64 1 release, align 8, !dbg !1220, !noalias !1221
  %4 = icmp eq i64 %3, 1, !dbg !1228
  br i1 %4, label %bb2.i.i.i2.i, label %"_ZN5mutex4main28_$u7b$$u7b$closure$u7d$$u7d$17hbe011949e0f8226fE.exit", !dbg !1228

bb2.i.i.i2.i:                                     ; preds = %bb1.i
    #dbg_value(i8 2, !1200, !DIExpression(), !1229)
  fence acquire, !dbg !1231
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1.i) #23, !dbg !1232
  br label %"_ZN5mutex4main28_$u7b$$u7b$closure$u7d$$u7d$17hbe011949e0f8226fE.exit", !dbg !1232

bb4.i:                                            ; preds = %bb2.i.i.i.i, %cleanup.i
  resume { ptr, i32 } %0, !dbg !1233

"_ZN5mutex4main28_$u7b$$u7b$closure$u7d$$u7d$17hbe011949e0f8226fE.exit": ; preds = %bb1.i, %bb2.i.i.i2.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_1.i), !dbg !1234
  tail call void asm sideeffect "", "~{memory}"() #24, !dbg !1235, !srcloc !1073
  ret void, !dbg !1236
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h0c1f290482dc4954E"(ptr noundef readonly captures(none) %_1) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !1237 {
start:
  %f.i.i = alloca [40 x i8], align 16
    #dbg_declare(ptr poison, !1246, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !1305)
    #dbg_value(ptr poison, !1325, !DIExpression(), !1333)
    #dbg_value(ptr poison, !1344, !DIExpression(), !1348)
    #dbg_value(ptr poison, !1342, !DIExpression(), !1349)
    #dbg_value(ptr poison, !1341, !DIExpression(), !1350)
    #dbg_value(ptr poison, !1351, !DIExpression(), !1363)
    #dbg_value(ptr poison, !1360, !DIExpression(), !1365)
    #dbg_value(ptr poison, !1358, !DIExpression(), !1366)
    #dbg_value(ptr poison, !1265, !DIExpression(), !1367)
  %_x.i = alloca [8 x i8], align 8
    #dbg_value(ptr %_1, !1242, !DIExpression(), !1368)
    #dbg_declare(ptr poison, !1243, !DIExpression(), !1369)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !1370), !dbg !1369
    #dbg_declare(ptr poison, !1311, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !1373)
    #dbg_declare(ptr poison, !1264, !DIExpression(DW_OP_LLVM_fragment, 128, 128), !1374)
    #dbg_declare(ptr %_1, !1318, !DIExpression(DW_OP_plus_uconst, 40), !1375)
    #dbg_declare(ptr %_1, !1319, !DIExpression(), !1376)
    #dbg_declare(ptr %_1, !1320, !DIExpression(DW_OP_plus_uconst, 32), !1377)
    #dbg_declare(ptr %_x.i, !1378, !DIExpression(), !1386)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 40, !dbg !1388
  %self.i = load ptr, ptr %0, align 8, !dbg !1388, !alias.scope !1370, !nonnull !23, !noundef !23
    #dbg_value(ptr %self.i, !1321, !DIExpression(), !1389)
  %_6.sroa.0.sroa.5.0._1.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !1390
  %data.sroa.8.0.f.i.sroa_idx.i = getelementptr inbounds nuw i8, ptr %f.i.i, i64 16, !dbg !1391
  call void @llvm.lifetime.start.p0(ptr nonnull %f.i.i), !dbg !1391, !noalias !1370
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(16) %data.sroa.8.0.f.i.sroa_idx.i, ptr noundef nonnull readonly align 8 dereferenceable(16) %_6.sroa.0.sroa.5.0._1.sroa_idx.i, i64 16, i1 false), !dbg !1390
    #dbg_value(ptr poison, !1264, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1397)
    #dbg_value(ptr poison, !1311, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1398)
    #dbg_value(ptr poison, !1264, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1397)
    #dbg_value(ptr poison, !1311, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1398)
    #dbg_value(ptr %self.i, !1311, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !1398)
    #dbg_value(ptr %self.i, !1264, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !1397)
    #dbg_value(ptr poison, !1246, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1399)
    #dbg_value(ptr poison, !1246, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1399)
    #dbg_value(ptr %self.i, !1246, !DIExpression(DW_OP_LLVM_fragment, 256, 64), !1399)
    #dbg_value(ptr undef, !1265, !DIExpression(), !1367)
    #dbg_value(ptr undef, !1341, !DIExpression(), !1350)
    #dbg_declare(ptr %f.i.i, !1345, !DIExpression(), !1400)
    #dbg_value(ptr undef, !1342, !DIExpression(), !1349)
    #dbg_value(ptr undef, !1344, !DIExpression(), !1348)
    #dbg_value(ptr undef, !1325, !DIExpression(), !1333)
  %1 = load <2 x ptr>, ptr %_1, align 8, !dbg !1390, !alias.scope !1370
  store <2 x ptr> %1, ptr %f.i.i, align 16, !dbg !1391, !noalias !1370
  %data.sroa.822.0.f.i.sroa_idx.i = getelementptr inbounds nuw i8, ptr %f.i.i, i64 32, !dbg !1391
  store ptr %self.i, ptr %data.sroa.822.0.f.i.sroa_idx.i, align 16, !dbg !1391, !noalias !1370
    #dbg_declare(ptr %f.i.i, !1401, !DIExpression(), !1412)
    #dbg_declare(ptr poison, !1409, !DIExpression(), !1414)
    #dbg_declare(ptr poison, !1408, !DIExpression(), !1414)
    #dbg_declare(ptr %f.i.i, !1415, !DIExpression(), !1421)
    #dbg_declare(ptr %f.i.i, !1420, !DIExpression(DW_OP_plus_uconst, 32), !1423)
; invoke std::sys::backtrace::__rust_begin_short_backtrace
  invoke fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h364fc4300d43d45aE(ptr noalias noundef nonnull readonly align 8 captures(address) dereferenceable(40) %f.i.i)
          to label %"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE.exit.i.i" unwind label %bb4.i.i.i.i, !dbg !1424, !noalias !1370

bb4.i.i.i.i:                                      ; preds = %start
  %2 = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(ptr %data.sroa.822.0.f.i.sroa_idx.i, !1138, !DIExpression(), !1425)
    #dbg_value(ptr %data.sroa.822.0.f.i.sroa_idx.i, !1147, !DIExpression(), !1427)
    #dbg_value(ptr %data.sroa.822.0.f.i.sroa_idx.i, !1157, !DIExpression(), !1429)
    #dbg_value(i64 1, !1166, !DIExpression(), !1431)
    #dbg_value(i8 1, !1175, !DIExpression(), !1431)
    #dbg_value(i64 1, !1178, !DIExpression(), !1433)
    #dbg_value(i8 1, !1185, !DIExpression(), !1433)
    #dbg_value(ptr %self.i, !1174, !DIExpression(), !1435)
    #dbg_value(ptr %self.i, !1184, !DIExpression(), !1433)
  %3 = atomicrmw sub ptr %self.i, i64 1 release, align 8, !dbg !1436, !noalias !1437
  %4 = icmp eq i64 %3, 1, !dbg !1448
  br i1 %4, label %bb2.i.i.i.i.i.i.i, label %catch.i.body.i, !dbg !1448

bb2.i.i.i.i.i.i.i:                                ; preds = %bb4.i.i.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !1449)
  fence acquire, !dbg !1451
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %data.sroa.822.0.f.i.sroa_idx.i) #23, !dbg !1452, !noalias !1370
  br label %catch.i.body.i, !dbg !1452

"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE.exit.i.i": ; preds = %start
; invoke std::sys::backtrace::__rust_begin_short_backtrace
  invoke fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17he1e947961369eda4E(ptr noundef nonnull %self.i)
          to label %10 unwind label %catch.i.i, !dbg !1453, !noalias !1370

catch.i.i:                                        ; preds = %"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE.exit.i.i"
  %5 = landingpad { ptr, i32 }
          catch ptr null, !dbg !1454
  br label %catch.i.body.i, !dbg !1454

catch.i.body.i:                                   ; preds = %catch.i.i, %bb2.i.i.i.i.i.i.i, %bb4.i.i.i.i
  %eh.lpad-body18.i = phi { ptr, i32 } [ %5, %catch.i.i ], [ %2, %bb2.i.i.i.i.i.i.i ], [ %2, %bb4.i.i.i.i ]
  %6 = extractvalue { ptr, i32 } %eh.lpad-body18.i, 0, !dbg !1454
    #dbg_value(ptr undef, !1358, !DIExpression(), !1366)
    #dbg_value(ptr %6, !1359, !DIExpression(), !1366)
    #dbg_value(ptr undef, !1360, !DIExpression(), !1365)
    #dbg_value(ptr undef, !1351, !DIExpression(), !1363)
; invoke std::panicking::catch_unwind::cleanup
  %7 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %6)
          to label %9 unwind label %terminate.i.i, !dbg !1455, !noalias !1370

terminate.i.i:                                    ; preds = %catch.i.body.i
  %8 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #25, !dbg !1456, !noalias !1370
  unreachable, !dbg !1456

9:                                                ; preds = %catch.i.body.i
  %obj.0.i.i = extractvalue { ptr, ptr } %7, 0, !dbg !1455
  %obj.1.i.i = extractvalue { ptr, ptr } %7, 1, !dbg !1455
    #dbg_value(ptr %obj.0.i.i, !1246, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1399)
    #dbg_value(ptr %obj.1.i.i, !1246, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1399)
  br label %11, !dbg !1454

10:                                               ; preds = %"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE.exit.i.i"
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !1457, !noalias !1370
    #dbg_value(ptr poison, !1246, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1399)
    #dbg_value(ptr poison, !1246, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1399)
  br label %11, !dbg !1454

11:                                               ; preds = %10, %9
  %12 = phi ptr [ undef, %10 ], [ %obj.1.i.i, %9 ]
  %13 = phi ptr [ null, %10 ], [ %obj.0.i.i, %9 ], !dbg !1454
    #dbg_value(ptr %13, !1322, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1458)
    #dbg_value(ptr %12, !1322, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1458)
    #dbg_value(ptr %_1, !1459, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !1466)
    #dbg_value(ptr %_1, !1468, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !1475)
  %14 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !1477
  %_37.i = load ptr, ptr %14, align 8, !dbg !1477, !alias.scope !1370, !nonnull !23, !noundef !23
    #dbg_value(ptr %_37.i, !1485, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !1494)
  %_38.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 24, !dbg !1496
  tail call void @llvm.experimental.noalias.scope.decl(metadata !1497), !dbg !1500
    #dbg_value(ptr %_38.i, !1501, !DIExpression(), !1506)
  %_2.i.i = load i64, ptr %_38.i, align 8, !dbg !1508, !range !1509, !alias.scope !1497, !noalias !1370, !noundef !23
  %15 = icmp eq i64 %_2.i.i, 0, !dbg !1508
  br i1 %15, label %bb1.i, label %bb2.i.i, !dbg !1508

bb2.i.i:                                          ; preds = %11
  %16 = getelementptr inbounds nuw i8, ptr %_37.i, i64 32, !dbg !1508
  %.val.i.i = load ptr, ptr %16, align 8, !dbg !1508, !alias.scope !1497, !noalias !1370, !align !1510, !noundef !23
  %17 = getelementptr inbounds nuw i8, ptr %_37.i, i64 40, !dbg !1508
  %.val1.i.i = load ptr, ptr %17, align 8, !dbg !1508, !alias.scope !1497, !noalias !1370
    #dbg_value(ptr poison, !1511, !DIExpression(), !1517)
  %18 = icmp eq ptr %.val.i.i, null, !dbg !1519
  br i1 %18, label %bb1.i, label %bb2.i.i.i, !dbg !1519

bb2.i.i.i:                                        ; preds = %bb2.i.i
    #dbg_value(ptr poison, !1520, !DIExpression(), !1526)
  %19 = icmp ne ptr %.val1.i.i, null
  tail call void @llvm.assume(i1 %19)
  %20 = load ptr, ptr %.val1.i.i, align 8, !dbg !1528, !invariant.load !23, !noalias !1529
  %.not.i.i.i.i = icmp eq ptr %20, null, !dbg !1528
  br i1 %.not.i.i.i.i, label %bb3.i.i.i.i, label %is_not_null.i.i.i.i, !dbg !1528

is_not_null.i.i.i.i:                              ; preds = %bb2.i.i.i
  invoke void %20(ptr noundef nonnull %.val.i.i)
          to label %bb3.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !1528, !noalias !1529

bb3.i.i.i.i:                                      ; preds = %is_not_null.i.i.i.i, %bb2.i.i.i
    #dbg_value(ptr poison, !1532, !DIExpression(), !1569)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1571)
    #dbg_value(ptr %.val1.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1571)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1582)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1589)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1600)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1605)
    #dbg_value(ptr %.val1.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1582)
    #dbg_value(ptr %.val1.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1589)
    #dbg_value(ptr %.val1.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1600)
    #dbg_value(ptr %.val1.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1605)
  %21 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !1607
  %22 = load i64, ptr %21, align 8, !dbg !1607, !range !1608, !invariant.load !23, !noalias !1529
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1609)
    #dbg_value(i64 %22, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1609)
  %23 = icmp eq i64 %22, 0, !dbg !1610
  br i1 %23, label %bb1.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, !dbg !1610

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i: ; preds = %bb3.i.i.i.i
  %24 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !1607
  %25 = load i64, ptr %24, align 8, !dbg !1611, !range !1612, !invariant.load !23, !noalias !1529
    #dbg_value(i64 %25, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1609)
    #dbg_value(ptr %.val.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1582)
    #dbg_value(ptr %.val.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1589)
    #dbg_value(ptr %.val.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1600)
    #dbg_value(ptr %.val.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1605)
    #dbg_value(ptr %.val.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1571)
    #dbg_value(ptr poison, !1613, !DIExpression(), !1623)
    #dbg_value(ptr poison, !1625, !DIExpression(), !1631)
    #dbg_value(ptr %.val.i.i, !1621, !DIExpression(), !1623)
    #dbg_value(ptr %.val.i.i, !1629, !DIExpression(), !1631)
    #dbg_value(ptr %.val.i.i, !1633, !DIExpression(), !1640)
    #dbg_value(i64 %25, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1623)
    #dbg_value(i64 %25, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1631)
    #dbg_value(i64 %25, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1640)
    #dbg_value(i64 %25, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1648)
    #dbg_value(i64 %22, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1623)
    #dbg_value(i64 %22, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1631)
    #dbg_value(i64 %22, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1640)
    #dbg_value(i64 %22, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1648)
    #dbg_value(ptr %.val.i.i, !1647, !DIExpression(), !1648)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %22, i64 noundef range(i64 1, -9223372036854775807) %25) #24, !dbg !1650, !noalias !1529
  br label %bb1.i, !dbg !1651

cleanup.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i
  %26 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1532, !DIExpression(), !1652)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1654)
    #dbg_value(ptr %.val1.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1654)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1655)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1657)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1659)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1661)
    #dbg_value(ptr %.val1.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1655)
    #dbg_value(ptr %.val1.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1657)
    #dbg_value(ptr %.val1.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1659)
    #dbg_value(ptr %.val1.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1661)
  %27 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !1663
  %28 = load i64, ptr %27, align 8, !dbg !1663, !range !1608, !invariant.load !23, !noalias !1529
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1664)
    #dbg_value(i64 %28, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1664)
  %29 = icmp eq i64 %28, 0, !dbg !1665
  br i1 %29, label %bb5.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, !dbg !1665

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i: ; preds = %cleanup.i.i.i.i
  %30 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !1663
  %31 = load i64, ptr %30, align 8, !dbg !1666, !range !1612, !invariant.load !23, !noalias !1529
    #dbg_value(i64 %31, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1664)
    #dbg_value(ptr %.val.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1655)
    #dbg_value(ptr %.val.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1657)
    #dbg_value(ptr %.val.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1659)
    #dbg_value(ptr %.val.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1661)
    #dbg_value(ptr %.val.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1654)
    #dbg_value(ptr poison, !1613, !DIExpression(), !1667)
    #dbg_value(ptr poison, !1625, !DIExpression(), !1669)
    #dbg_value(ptr %.val.i.i, !1621, !DIExpression(), !1667)
    #dbg_value(ptr %.val.i.i, !1629, !DIExpression(), !1669)
    #dbg_value(ptr %.val.i.i, !1633, !DIExpression(), !1671)
    #dbg_value(i64 %31, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1667)
    #dbg_value(i64 %31, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1669)
    #dbg_value(i64 %31, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1671)
    #dbg_value(i64 %31, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1673)
    #dbg_value(i64 %28, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1667)
    #dbg_value(i64 %28, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1669)
    #dbg_value(i64 %28, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1671)
    #dbg_value(i64 %28, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1673)
    #dbg_value(ptr %.val.i.i, !1647, !DIExpression(), !1673)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %28, i64 noundef range(i64 1, -9223372036854775807) %31) #24, !dbg !1675, !noalias !1529
  br label %bb5.i, !dbg !1676

bb1.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, %bb3.i.i.i.i, %bb2.i.i, %11
  store i64 1, ptr %_38.i, align 8, !dbg !1500, !noalias !1370
  %_7.sroa.5.0._38.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 32, !dbg !1500
  store ptr %13, ptr %_7.sroa.5.0._38.sroa_idx.i, align 8, !dbg !1500, !noalias !1370
  %_7.sroa.6.0._38.sroa_idx.i = getelementptr inbounds nuw i8, ptr %_37.i, i64 40, !dbg !1500
  store ptr %12, ptr %_7.sroa.6.0._38.sroa_idx.i, align 8, !dbg !1500, !noalias !1370
  call void @llvm.lifetime.start.p0(ptr nonnull %_x.i), !dbg !1677, !noalias !1370
  store ptr %_37.i, ptr %_x.i, align 8, !dbg !1677, !noalias !1370
    #dbg_value(ptr %_x.i, !1678, !DIExpression(), !1684)
    #dbg_value(ptr %_x.i, !1686, !DIExpression(), !1692)
    #dbg_value(i64 1, !1694, !DIExpression(), !1699)
    #dbg_value(i8 1, !1698, !DIExpression(), !1699)
    #dbg_value(i64 1, !1701, !DIExpression(), !1706)
    #dbg_value(i8 1, !1705, !DIExpression(), !1706)
    #dbg_value(ptr %_37.i, !1697, !DIExpression(), !1708)
    #dbg_value(ptr %_37.i, !1704, !DIExpression(), !1706)
  %32 = atomicrmw sub ptr %_37.i, i64 1 release, align 8, !dbg !1709, !noalias !1710
  %33 = icmp eq i64 %32, 1, !dbg !1715
  br i1 %33, label %bb2.i.i12.i, label %"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E.exit", !dbg !1715

bb2.i.i12.i:                                      ; preds = %bb1.i
    #dbg_value(i8 2, !1200, !DIExpression(), !1716)
  fence acquire, !dbg !1718
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_x.i) #23, !dbg !1719, !noalias !1370
  br label %"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E.exit", !dbg !1719

bb3.i:                                            ; preds = %bb2.i.i14.i, %bb5.i
  resume { ptr, i32 } %26, !dbg !1720

bb5.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, %cleanup.i.i.i.i
  store i64 1, ptr %_38.i, align 8, !dbg !1500, !noalias !1370
  store ptr %13, ptr %16, align 8, !dbg !1500, !noalias !1370
  store ptr %12, ptr %17, align 8, !dbg !1500, !noalias !1370
    #dbg_value(ptr %14, !1678, !DIExpression(), !1721)
    #dbg_value(ptr %14, !1686, !DIExpression(), !1723)
    #dbg_value(i64 1, !1694, !DIExpression(), !1725)
    #dbg_value(i8 1, !1698, !DIExpression(), !1725)
    #dbg_value(i64 1, !1701, !DIExpression(), !1727)
    #dbg_value(i8 1, !1705, !DIExpression(), !1727)
    #dbg_value(ptr %_37.i, !1697, !DIExpression(), !1729)
    #dbg_value(ptr %_37.i, !1704, !DIExpression(), !1727)
  %34 = atomicrmw sub ptr %_37.i, i64 1 release, align 8, !dbg !1730, !noalias !1731
  %35 = icmp eq i64 %34, 1, !dbg !1736
  br i1 %35, label %bb2.i.i14.i, label %bb3.i, !dbg !1736

bb2.i.i14.i:                                      ; preds = %bb5.i
    #dbg_value(i8 2, !1200, !DIExpression(), !1737)
  fence acquire, !dbg !1739
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %14) #23
          to label %bb3.i unwind label %terminate.i, !dbg !1740

terminate.i:                                      ; preds = %bb2.i.i14.i
  %36 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !1720, !noalias !1370
  unreachable, !dbg !1720

"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E.exit": ; preds = %bb1.i, %bb2.i.i12.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_x.i), !dbg !1741, !noalias !1370
  ret void, !dbg !1369
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i32 @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17hd0d775571fbf8687E"(ptr noundef readonly captures(none) %_1) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !1742 {
start:
    #dbg_value(ptr %_1, !1747, !DIExpression(), !1751)
    #dbg_declare(ptr poison, !1748, !DIExpression(), !1752)
  %0 = load ptr, ptr %_1, align 8, !dbg !1752, !nonnull !23, !noundef !23
    #dbg_value(ptr %0, !1026, !DIExpression(), !1753)
    #dbg_value(ptr %0, !1759, !DIExpression(), !1762)
    #dbg_declare(ptr poison, !1760, !DIExpression(), !1763)
    #dbg_value(ptr undef, !1026, !DIExpression(DW_OP_deref), !1753)
; call std::sys::backtrace::__rust_begin_short_backtrace
  tail call fastcc void @_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h5125a86b78c46b02E(ptr noundef nonnull readonly %0) #23, !dbg !1764, !noalias !1765
  ret i32 0, !dbg !1752
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #0 !dbg !1768 {
start:
    #dbg_value(ptr %_1, !1773, !DIExpression(), !1776)
  %_1.val = load ptr, ptr %_1, align 8, !dbg !1777, !nonnull !23, !align !1778, !noundef !23
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !1777
  %_1.val1 = load i8, ptr %0, align 8, !dbg !1777, !range !1779, !noundef !23
    #dbg_value(ptr poison, !1780, !DIExpression(), !1786)
    #dbg_value(ptr poison, !1788, !DIExpression(), !1796)
    #dbg_value(i32 0, !1798, !DIExpression(), !1807)
    #dbg_value(i8 1, !1806, !DIExpression(), !1807)
    #dbg_value(i32 0, !1818, !DIExpression(), !1826)
    #dbg_value(i8 1, !1825, !DIExpression(), !1826)
  %_3.i.i = getelementptr inbounds nuw i8, ptr %_1.val, i64 4, !dbg !1828
    #dbg_value(ptr %_3.i.i, !1829, !DIExpression(), !1839)
    #dbg_value(ptr poison, !1838, !DIExpression(), !1839)
    #dbg_value(i8 0, !1841, !DIExpression(), !1848)
    #dbg_value(i8 1, !1861, !DIExpression(), !1870)
    #dbg_value(i8 0, !1869, !DIExpression(), !1870)
  %_3.i.i.i = trunc nuw i8 %_1.val1 to i1, !dbg !1872
  br i1 %_3.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !1872

bb1.i.i.i:                                        ; preds = %start
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1847, !DIExpression(), !1848)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1873, !DIExpression(), !1880)
    #dbg_value(i8 0, !1879, !DIExpression(), !1880)
  %1 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !1882
  %_7.i.i.i = and i64 %1, 9223372036854775807, !dbg !1883
  %2 = icmp eq i64 %_7.i.i.i, 0, !dbg !1883
  br i1 %2, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !1883, !prof !1884

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #23, !dbg !1885
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !1886

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_3.i.i, !1868, !DIExpression(), !1887)
    #dbg_value(ptr %_3.i.i, !1888, !DIExpression(), !1895)
    #dbg_value(i8 1, !1893, !DIExpression(), !1895)
    #dbg_value(i8 0, !1894, !DIExpression(), !1895)
  store atomic i8 1, ptr %_3.i.i monotonic, align 4, !dbg !1897
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !1898

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %start
    #dbg_value(ptr %_1.val, !1816, !DIExpression(), !1899)
    #dbg_value(ptr %_1.val, !1805, !DIExpression(), !1900)
    #dbg_value(ptr %_1.val, !1824, !DIExpression(), !1826)
  %3 = atomicrmw xchg ptr %_1.val, i32 0 release, align 4, !dbg !1901
  %4 = icmp eq i32 %3, 2, !dbg !1902
  br i1 %4, label %bb3.i.i, label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit", !dbg !1902, !prof !943

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_1.val), !dbg !1903
  br label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit", !dbg !1903

"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  ret void, !dbg !1777
}

; core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E"(ptr %_1.0.val, ptr readonly captures(address_is_null) %_1.8.val) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !1512 {
start:
    #dbg_value(ptr poison, !1511, !DIExpression(), !1904)
  %0 = icmp eq ptr %_1.0.val, null, !dbg !1905
  br i1 %0, label %bb1, label %bb2, !dbg !1905

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, %bb3.i, %start
  ret void, !dbg !1905

bb2:                                              ; preds = %start
    #dbg_value(ptr poison, !1520, !DIExpression(), !1906)
  %1 = icmp ne ptr %_1.8.val, null
  tail call void @llvm.assume(i1 %1)
  %2 = load ptr, ptr %_1.8.val, align 8, !dbg !1908, !invariant.load !23, !noalias !1909
  %.not.i = icmp eq ptr %2, null, !dbg !1908
  br i1 %.not.i, label %bb3.i, label %is_not_null.i, !dbg !1908

is_not_null.i:                                    ; preds = %bb2
  invoke void %2(ptr noundef nonnull %_1.0.val)
          to label %bb3.i unwind label %cleanup.i, !dbg !1908, !noalias !1909

bb3.i:                                            ; preds = %is_not_null.i, %bb2
    #dbg_value(ptr poison, !1532, !DIExpression(), !1912)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1914)
    #dbg_value(ptr %_1.8.val, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1914)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1915)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1917)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1919)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1921)
    #dbg_value(ptr %_1.8.val, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1915)
    #dbg_value(ptr %_1.8.val, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1917)
    #dbg_value(ptr %_1.8.val, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1919)
    #dbg_value(ptr %_1.8.val, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1921)
  %3 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !1923
  %4 = load i64, ptr %3, align 8, !dbg !1923, !range !1608, !invariant.load !23, !noalias !1909
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1924)
    #dbg_value(i64 %4, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1924)
  %5 = icmp eq i64 %4, 0, !dbg !1925
  br i1 %5, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, !dbg !1925

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
  %6 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !1923
  %7 = load i64, ptr %6, align 8, !dbg !1926, !range !1612, !invariant.load !23, !noalias !1909
    #dbg_value(i64 %7, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1924)
    #dbg_value(ptr %_1.0.val, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1915)
    #dbg_value(ptr %_1.0.val, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1917)
    #dbg_value(ptr %_1.0.val, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1919)
    #dbg_value(ptr %_1.0.val, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1921)
    #dbg_value(ptr %_1.0.val, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1914)
    #dbg_value(ptr poison, !1613, !DIExpression(), !1927)
    #dbg_value(ptr poison, !1625, !DIExpression(), !1929)
    #dbg_value(ptr %_1.0.val, !1621, !DIExpression(), !1927)
    #dbg_value(ptr %_1.0.val, !1629, !DIExpression(), !1929)
    #dbg_value(ptr %_1.0.val, !1633, !DIExpression(), !1931)
    #dbg_value(i64 %7, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1927)
    #dbg_value(i64 %7, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1929)
    #dbg_value(i64 %7, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1931)
    #dbg_value(i64 %7, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1933)
    #dbg_value(i64 %4, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1927)
    #dbg_value(i64 %4, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1929)
    #dbg_value(i64 %4, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1931)
    #dbg_value(i64 %4, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1933)
    #dbg_value(ptr %_1.0.val, !1647, !DIExpression(), !1933)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %4, i64 noundef range(i64 1, -9223372036854775807) %7) #24, !dbg !1935, !noalias !1909
  br label %bb1, !dbg !1936

cleanup.i:                                        ; preds = %is_not_null.i
  %8 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1532, !DIExpression(), !1937)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1939)
    #dbg_value(ptr %_1.8.val, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1939)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1940)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1942)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1944)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1946)
    #dbg_value(ptr %_1.8.val, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1940)
    #dbg_value(ptr %_1.8.val, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1942)
    #dbg_value(ptr %_1.8.val, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1944)
    #dbg_value(ptr %_1.8.val, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1946)
  %9 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !1948
  %10 = load i64, ptr %9, align 8, !dbg !1948, !range !1608, !invariant.load !23, !noalias !1909
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1949)
    #dbg_value(i64 %10, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1949)
  %11 = icmp eq i64 %10, 0, !dbg !1950
  br i1 %11, label %bb1.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, !dbg !1950

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
  %12 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !1948
  %13 = load i64, ptr %12, align 8, !dbg !1951, !range !1612, !invariant.load !23, !noalias !1909
    #dbg_value(i64 %13, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1949)
    #dbg_value(ptr %_1.0.val, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1940)
    #dbg_value(ptr %_1.0.val, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1942)
    #dbg_value(ptr %_1.0.val, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1944)
    #dbg_value(ptr %_1.0.val, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1946)
    #dbg_value(ptr %_1.0.val, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1939)
    #dbg_value(ptr poison, !1613, !DIExpression(), !1952)
    #dbg_value(ptr poison, !1625, !DIExpression(), !1954)
    #dbg_value(ptr %_1.0.val, !1621, !DIExpression(), !1952)
    #dbg_value(ptr %_1.0.val, !1629, !DIExpression(), !1954)
    #dbg_value(ptr %_1.0.val, !1633, !DIExpression(), !1956)
    #dbg_value(i64 %13, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1952)
    #dbg_value(i64 %13, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1954)
    #dbg_value(i64 %13, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1956)
    #dbg_value(i64 %13, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !1958)
    #dbg_value(i64 %10, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1952)
    #dbg_value(i64 %10, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1954)
    #dbg_value(i64 %10, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1956)
    #dbg_value(i64 %10, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !1958)
    #dbg_value(ptr %_1.0.val, !1647, !DIExpression(), !1958)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %10, i64 noundef range(i64 1, -9223372036854775807) %13) #24, !dbg !1960, !noalias !1909
  br label %bb1.i, !dbg !1961

bb1.i:                                            ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, %cleanup.i
  resume { ptr, i32 } %8, !dbg !1908
}

; core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<mutex::main::{{closure}},()>::{{closure}}>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E"(ptr noalias noundef align 8 dereferenceable(48) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !1962 {
start:
    #dbg_value(ptr %_1, !1964, !DIExpression(), !1967)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 40, !dbg !1968
  tail call void @llvm.experimental.noalias.scope.decl(metadata !1969), !dbg !1968
    #dbg_value(ptr %0, !1972, !DIExpression(), !1980)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !1982), !dbg !1985
    #dbg_value(ptr %0, !1986, !DIExpression(), !1993)
    #dbg_value(ptr %0, !1995, !DIExpression(), !2003)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2005), !dbg !2008
    #dbg_value(ptr %0, !1138, !DIExpression(), !2009)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2011), !dbg !2014
    #dbg_value(ptr %0, !1147, !DIExpression(), !2015)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2017), !dbg !2020
    #dbg_value(ptr %0, !1157, !DIExpression(), !2021)
    #dbg_value(ptr %0, !2023, !DIExpression(), !2030)
    #dbg_value(i64 1, !1166, !DIExpression(), !2032)
    #dbg_value(i8 1, !1175, !DIExpression(), !2032)
    #dbg_value(i64 1, !1178, !DIExpression(), !2034)
    #dbg_value(i8 1, !1185, !DIExpression(), !2034)
  %_10.i.i.i.i.i = load ptr, ptr %0, align 8, !dbg !2036, !alias.scope !2043, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !1174, !DIExpression(), !2044)
    #dbg_value(ptr %_10.i.i.i.i.i, !1184, !DIExpression(), !2034)
  %1 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !2045, !noalias !2043
  %2 = icmp eq i64 %1, 1, !dbg !2046
  br i1 %2, label %bb2.i.i.i.i.i, label %bb6, !dbg !2046

bb2.i.i.i.i.i:                                    ; preds = %start
    #dbg_value(i8 2, !1200, !DIExpression(), !2047)
  fence acquire, !dbg !2049
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %0) #23, !dbg !2050
  br label %bb6, !dbg !2050

bb6:                                              ; preds = %bb2.i.i.i.i.i, %start
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef align 8 dereferenceable(32) %_1)
          to label %bb5 unwind label %cleanup1, !dbg !1968

bb2.i.i:                                          ; preds = %cleanup1
    #dbg_value(i8 2, !1200, !DIExpression(), !2051)
  fence acquire, !dbg !2055
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %4) #23
          to label %bb1 unwind label %terminate, !dbg !2056

cleanup1:                                         ; preds = %bb6
  %3 = landingpad { ptr, i32 }
          cleanup
  %4 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !1968
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2057), !dbg !1968
    #dbg_value(ptr %4, !1678, !DIExpression(), !2060)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2061), !dbg !2064
    #dbg_value(ptr %4, !1686, !DIExpression(), !2065)
    #dbg_value(ptr %4, !2066, !DIExpression(), !2069)
    #dbg_value(i64 1, !1694, !DIExpression(), !2071)
    #dbg_value(i8 1, !1698, !DIExpression(), !2071)
    #dbg_value(i64 1, !1701, !DIExpression(), !2073)
    #dbg_value(i8 1, !1705, !DIExpression(), !2073)
  %_10.i.i = load ptr, ptr %4, align 8, !dbg !2075, !alias.scope !2078, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i, !1697, !DIExpression(), !2079)
    #dbg_value(ptr %_10.i.i, !1704, !DIExpression(), !2073)
  %5 = atomicrmw sub ptr %_10.i.i, i64 1 release, align 8, !dbg !2080, !noalias !2078
  %6 = icmp eq i64 %5, 1, !dbg !2081
  br i1 %6, label %bb2.i.i, label %bb1, !dbg !2081

bb5:                                              ; preds = %bb6
  %7 = getelementptr inbounds nuw i8, ptr %_1, i64 32, !dbg !1968
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2082), !dbg !1968
    #dbg_value(ptr %7, !1678, !DIExpression(), !2085)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2087), !dbg !2090
    #dbg_value(ptr %7, !1686, !DIExpression(), !2091)
    #dbg_value(ptr %7, !2066, !DIExpression(), !2093)
    #dbg_value(i64 1, !1694, !DIExpression(), !2095)
    #dbg_value(i8 1, !1698, !DIExpression(), !2095)
    #dbg_value(i64 1, !1701, !DIExpression(), !2097)
    #dbg_value(i8 1, !1705, !DIExpression(), !2097)
  %_10.i.i3 = load ptr, ptr %7, align 8, !dbg !2099, !alias.scope !2101, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i3, !1697, !DIExpression(), !2102)
    #dbg_value(ptr %_10.i.i3, !1704, !DIExpression(), !2097)
  %8 = atomicrmw sub ptr %_10.i.i3, i64 1 release, align 8, !dbg !2103, !noalias !2101
  %9 = icmp eq i64 %8, 1, !dbg !2104
  br i1 %9, label %bb2.i.i4, label %"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E.exit5", !dbg !2104

bb2.i.i4:                                         ; preds = %bb5
    #dbg_value(i8 2, !1200, !DIExpression(), !2105)
  fence acquire, !dbg !2107
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %7) #23, !dbg !2108
  br label %"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E.exit5", !dbg !2108

"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E.exit5": ; preds = %bb5, %bb2.i.i4
  ret void, !dbg !1968

terminate:                                        ; preds = %bb2.i.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !1968
  unreachable, !dbg !1968

bb1:                                              ; preds = %cleanup1, %bb2.i.i
  resume { ptr, i32 } %3, !dbg !1968
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr %_1.0.val, ptr readonly captures(address_is_null) %_1.8.val) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2109 {
start:
    #dbg_value(ptr poison, !2114, !DIExpression(), !2115)
  %0 = icmp ne ptr %_1.8.val, null
  tail call void @llvm.assume(i1 %0)
  %1 = load ptr, ptr %_1.8.val, align 8, !dbg !2116, !invariant.load !23
  %.not = icmp eq ptr %1, null, !dbg !2116
  br i1 %.not, label %bb3, label %is_not_null, !dbg !2116

is_not_null:                                      ; preds = %start
  %2 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %2)
  invoke void %1(ptr noundef nonnull %_1.0.val)
          to label %bb3 unwind label %cleanup, !dbg !2116

bb3:                                              ; preds = %is_not_null, %start
    #dbg_value(ptr poison, !2117, !DIExpression(), !2142)
    #dbg_value(ptr poison, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2144)
    #dbg_value(ptr %_1.8.val, !2123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2144)
    #dbg_value(ptr poison, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2154)
    #dbg_value(ptr poison, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2161)
    #dbg_value(ptr poison, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2171)
    #dbg_value(ptr poison, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2176)
    #dbg_value(ptr %_1.8.val, !2145, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2154)
    #dbg_value(ptr %_1.8.val, !2156, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2161)
    #dbg_value(ptr %_1.8.val, !2163, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2171)
    #dbg_value(ptr %_1.8.val, !2173, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2176)
  %3 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !2178
  %4 = load i64, ptr %3, align 8, !dbg !2178, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2179)
    #dbg_value(i64 %4, !2139, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2179)
  %5 = icmp eq i64 %4, 0, !dbg !2180
  br i1 %5, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i, !dbg !2180

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %6 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !2178
  %7 = load i64, ptr %6, align 8, !dbg !2181, !range !1612, !invariant.load !23
    #dbg_value(i64 %7, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2179)
  %8 = icmp ne ptr %_1.0.val, null
  tail call void @llvm.assume(i1 %8)
    #dbg_value(ptr %_1.0.val, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2154)
    #dbg_value(ptr %_1.0.val, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2161)
    #dbg_value(ptr %_1.0.val, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2171)
    #dbg_value(ptr %_1.0.val, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2176)
    #dbg_value(ptr %_1.0.val, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2144)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2182)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2184)
    #dbg_value(ptr %_1.0.val, !1621, !DIExpression(), !2182)
    #dbg_value(ptr %_1.0.val, !1629, !DIExpression(), !2184)
    #dbg_value(ptr %_1.0.val, !1633, !DIExpression(), !2186)
    #dbg_value(i64 %7, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2182)
    #dbg_value(i64 %7, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2184)
    #dbg_value(i64 %7, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2186)
    #dbg_value(i64 %7, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2188)
    #dbg_value(i64 %4, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2182)
    #dbg_value(i64 %4, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2184)
    #dbg_value(i64 %4, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2186)
    #dbg_value(i64 %4, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2188)
    #dbg_value(ptr %_1.0.val, !1647, !DIExpression(), !2188)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %4, i64 noundef range(i64 1, -9223372036854775807) %7) #24, !dbg !2190
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE.exit", !dbg !2191

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void, !dbg !2116

cleanup:                                          ; preds = %is_not_null
  %9 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !2117, !DIExpression(), !2192)
    #dbg_value(ptr poison, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2194)
    #dbg_value(ptr %_1.8.val, !2123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2194)
    #dbg_value(ptr poison, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2195)
    #dbg_value(ptr poison, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2197)
    #dbg_value(ptr poison, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2199)
    #dbg_value(ptr poison, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2201)
    #dbg_value(ptr %_1.8.val, !2145, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2195)
    #dbg_value(ptr %_1.8.val, !2156, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2197)
    #dbg_value(ptr %_1.8.val, !2163, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2199)
    #dbg_value(ptr %_1.8.val, !2173, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2201)
  %10 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 8, !dbg !2203
  %11 = load i64, ptr %10, align 8, !dbg !2203, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2204)
    #dbg_value(i64 %11, !2139, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2204)
  %12 = icmp eq i64 %11, 0, !dbg !2205
  br i1 %12, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, !dbg !2205

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4: ; preds = %cleanup
  %13 = getelementptr inbounds nuw i8, ptr %_1.8.val, i64 16, !dbg !2203
  %14 = load i64, ptr %13, align 8, !dbg !2206, !range !1612, !invariant.load !23
    #dbg_value(i64 %14, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2204)
    #dbg_value(ptr %_1.0.val, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2195)
    #dbg_value(ptr %_1.0.val, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2197)
    #dbg_value(ptr %_1.0.val, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2199)
    #dbg_value(ptr %_1.0.val, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2201)
    #dbg_value(ptr %_1.0.val, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2194)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2207)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2209)
    #dbg_value(ptr %_1.0.val, !1621, !DIExpression(), !2207)
    #dbg_value(ptr %_1.0.val, !1629, !DIExpression(), !2209)
    #dbg_value(ptr %_1.0.val, !1633, !DIExpression(), !2211)
    #dbg_value(i64 %14, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2207)
    #dbg_value(i64 %14, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2209)
    #dbg_value(i64 %14, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2211)
    #dbg_value(i64 %14, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2213)
    #dbg_value(i64 %11, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2207)
    #dbg_value(i64 %11, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2209)
    #dbg_value(i64 %11, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2211)
    #dbg_value(i64 %11, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2213)
    #dbg_value(ptr %_1.0.val, !1647, !DIExpression(), !2213)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.0.val, i64 noundef %11, i64 noundef range(i64 1, -9223372036854775807) %14) #24, !dbg !2215
  br label %bb1, !dbg !2216

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, %cleanup
  resume { ptr, i32 } %9, !dbg !2116
}

; core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2217 {
start:
    #dbg_value(ptr %_1, !2222, !DIExpression(), !2225)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !2226
  %_1.val = load ptr, ptr %0, align 8, !dbg !2226, !nonnull !23, !noundef !23
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !2226
  %_1.val1 = load i64, ptr %1, align 8, !dbg !2226, !noundef !23
    #dbg_value(ptr poison, !2227, !DIExpression(), !2235)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2237), !dbg !2240
    #dbg_value(ptr %_1.val, !2241, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2251)
    #dbg_value(i64 %_1.val1, !2241, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2251)
  %_78.i.i = icmp eq i64 %_1.val1, 0, !dbg !2253
  br i1 %_78.i.i, label %bb4, label %bb5.i.i, !dbg !2253

bb5.i.i:                                          ; preds = %start, %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit.i.i"
  %_3.sroa.0.09.i.i = phi i64 [ %2, %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit.i.i" ], [ 0, %start ]
  %_6.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.val, i64 %_3.sroa.0.09.i.i, !dbg !2253
  %2 = add nuw i64 %_3.sroa.0.09.i.i, 1, !dbg !2253
  %_6.val.i.i = load ptr, ptr %_6.i.i, align 8, !dbg !2253, !alias.scope !2237
  %3 = getelementptr i8, ptr %_6.i.i, i64 8, !dbg !2253
  %_6.val7.i.i = load ptr, ptr %3, align 8, !dbg !2253, !alias.scope !2237, !nonnull !23, !align !1778, !noundef !23
    #dbg_value(ptr poison, !2114, !DIExpression(), !2254)
  %4 = load ptr, ptr %_6.val7.i.i, align 8, !dbg !2256, !invariant.load !23, !noalias !2237
  %.not.i.i.i = icmp eq ptr %4, null, !dbg !2256
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i, !dbg !2256

is_not_null.i.i.i:                                ; preds = %bb5.i.i
  %5 = icmp ne ptr %_6.val.i.i, null
  tail call void @llvm.assume(i1 %5)
  invoke void %4(ptr noundef nonnull %_6.val.i.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !dbg !2256, !noalias !2237

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb5.i.i
    #dbg_value(ptr poison, !2117, !DIExpression(), !2257)
    #dbg_value(ptr poison, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2259)
    #dbg_value(ptr %_6.val7.i.i, !2123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2259)
    #dbg_value(ptr poison, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2260)
    #dbg_value(ptr poison, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2262)
    #dbg_value(ptr poison, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2264)
    #dbg_value(ptr poison, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2266)
    #dbg_value(ptr %_6.val7.i.i, !2145, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2260)
    #dbg_value(ptr %_6.val7.i.i, !2156, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2262)
    #dbg_value(ptr %_6.val7.i.i, !2163, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2264)
    #dbg_value(ptr %_6.val7.i.i, !2173, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2266)
  %6 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 8, !dbg !2268
  %7 = load i64, ptr %6, align 8, !dbg !2268, !range !1608, !invariant.load !23, !noalias !2237
    #dbg_value(i64 poison, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2269)
    #dbg_value(i64 %7, !2139, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2269)
  %8 = icmp eq i64 %7, 0, !dbg !2270
  br i1 %8, label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, !dbg !2270

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 16, !dbg !2268
  %10 = load i64, ptr %9, align 8, !dbg !2271, !range !1612, !invariant.load !23, !noalias !2237
    #dbg_value(i64 %10, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2269)
  %11 = icmp ne ptr %_6.val.i.i, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %_6.val.i.i, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2260)
    #dbg_value(ptr %_6.val.i.i, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2262)
    #dbg_value(ptr %_6.val.i.i, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2264)
    #dbg_value(ptr %_6.val.i.i, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2266)
    #dbg_value(ptr %_6.val.i.i, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2259)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2272)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2274)
    #dbg_value(ptr %_6.val.i.i, !1621, !DIExpression(), !2272)
    #dbg_value(ptr %_6.val.i.i, !1629, !DIExpression(), !2274)
    #dbg_value(ptr %_6.val.i.i, !1633, !DIExpression(), !2276)
    #dbg_value(i64 %10, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2272)
    #dbg_value(i64 %10, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2274)
    #dbg_value(i64 %10, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2276)
    #dbg_value(i64 %10, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2278)
    #dbg_value(i64 %7, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2272)
    #dbg_value(i64 %7, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2274)
    #dbg_value(i64 %7, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2276)
    #dbg_value(i64 %7, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2278)
    #dbg_value(ptr %_6.val.i.i, !1647, !DIExpression(), !2278)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #24, !dbg !2280, !noalias !2237
  br label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit.i.i", !dbg !2281

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %12 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !2117, !DIExpression(), !2282)
    #dbg_value(ptr poison, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2284)
    #dbg_value(ptr %_6.val7.i.i, !2123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2284)
    #dbg_value(ptr poison, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2285)
    #dbg_value(ptr poison, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2287)
    #dbg_value(ptr poison, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2289)
    #dbg_value(ptr poison, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2291)
    #dbg_value(ptr %_6.val7.i.i, !2145, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2285)
    #dbg_value(ptr %_6.val7.i.i, !2156, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2287)
    #dbg_value(ptr %_6.val7.i.i, !2163, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2289)
    #dbg_value(ptr %_6.val7.i.i, !2173, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2291)
  %13 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 8, !dbg !2293
  %14 = load i64, ptr %13, align 8, !dbg !2293, !range !1608, !invariant.load !23, !noalias !2237
    #dbg_value(i64 poison, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2294)
    #dbg_value(i64 %14, !2139, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2294)
  %15 = icmp eq i64 %14, 0, !dbg !2295
  br i1 %15, label %bb4.i.i.preheader, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, !dbg !2295

bb4.i.i.preheader:                                ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, %cleanup.i.i.i
  br label %bb4.i.i, !dbg !2253

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i: ; preds = %cleanup.i.i.i
  %16 = getelementptr inbounds nuw i8, ptr %_6.val7.i.i, i64 16, !dbg !2293
  %17 = load i64, ptr %16, align 8, !dbg !2296, !range !1612, !invariant.load !23, !noalias !2237
    #dbg_value(i64 %17, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2294)
    #dbg_value(ptr %_6.val.i.i, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2285)
    #dbg_value(ptr %_6.val.i.i, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2287)
    #dbg_value(ptr %_6.val.i.i, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2289)
    #dbg_value(ptr %_6.val.i.i, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2291)
    #dbg_value(ptr %_6.val.i.i, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2284)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2297)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2299)
    #dbg_value(ptr %_6.val.i.i, !1621, !DIExpression(), !2297)
    #dbg_value(ptr %_6.val.i.i, !1629, !DIExpression(), !2299)
    #dbg_value(ptr %_6.val.i.i, !1633, !DIExpression(), !2301)
    #dbg_value(i64 %17, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2297)
    #dbg_value(i64 %17, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2299)
    #dbg_value(i64 %17, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2301)
    #dbg_value(i64 %17, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2303)
    #dbg_value(i64 %14, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2297)
    #dbg_value(i64 %14, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2299)
    #dbg_value(i64 %14, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2301)
    #dbg_value(i64 %14, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2303)
    #dbg_value(ptr %_6.val.i.i, !1647, !DIExpression(), !2303)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i, i64 noundef %14, i64 noundef range(i64 1, -9223372036854775807) %17) #24, !dbg !2305, !noalias !2237
  br label %bb4.i.i.preheader, !dbg !2306

"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, %bb3.i.i.i
  %_7.i.i = icmp eq i64 %2, %_1.val1, !dbg !2253
  br i1 %_7.i.i, label %bb4, label %bb5.i.i, !dbg !2253

bb4.i.i:                                          ; preds = %bb4.i.i.preheader, %bb3.i.i
  %_3.sroa.0.1.i.i = phi i64 [ %18, %bb3.i.i ], [ %2, %bb4.i.i.preheader ], !dbg !2253
  %_5.i.i = icmp eq i64 %_3.sroa.0.1.i.i, %_1.val1, !dbg !2253
  br i1 %_5.i.i, label %cleanup.body, label %bb3.i.i, !dbg !2253

bb3.i.i:                                          ; preds = %bb4.i.i
  %_4.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn core::ops::function::FnOnce() + core::marker::Send>", ptr %_1.val, i64 %_3.sroa.0.1.i.i, !dbg !2253
  %18 = add i64 %_3.sroa.0.1.i.i, 1, !dbg !2253
  %_4.val.i.i = load ptr, ptr %_4.i.i, align 8, !dbg !2253, !alias.scope !2237
  %19 = getelementptr i8, ptr %_4.i.i, i64 8, !dbg !2253
  %_4.val6.i.i = load ptr, ptr %19, align 8, !dbg !2253, !alias.scope !2237, !nonnull !23, !align !1778, !noundef !23
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr %_4.val.i.i, ptr nonnull %_4.val6.i.i) #26
          to label %bb4.i.i unwind label %terminate.i.i, !dbg !2253, !noalias !2237

terminate.i.i:                                    ; preds = %bb3.i.i
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2253, !noalias !2237
  unreachable, !dbg !2253

cleanup.body:                                     ; preds = %bb4.i.i
  %_1.val2 = load i64, ptr %_1, align 8, !dbg !2226, !range !1608, !noundef !23
    #dbg_value(ptr poison, !2307, !DIExpression(), !2315)
    #dbg_value(ptr poison, !2317, !DIExpression(), !2325)
    #dbg_value(ptr poison, !2327, !DIExpression(), !2338)
    #dbg_value(i64 8, !2334, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2338)
    #dbg_value(i64 16, !2334, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2338)
    #dbg_value(ptr poison, !2340, !DIExpression(), !2369)
    #dbg_value(i64 8, !2364, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2369)
    #dbg_value(i64 16, !2364, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2369)
    #dbg_value(i64 16, !2371, !DIExpression(), !2379)
  %21 = icmp eq i64 %_1.val2, 0, !dbg !2381
  br i1 %21, label %bb1, label %bb2.i.i.i, !dbg !2381

bb2.i.i.i:                                        ; preds = %cleanup.body
    #dbg_value(i64 %_1.val2, !2378, !DIExpression(), !2379)
  %alloc_size.i.i.i.i = shl nuw i64 %_1.val2, 4, !dbg !2382
    #dbg_value(ptr %_1.val, !2335, !DIExpression(), !2383)
    #dbg_value(i64 8, !2337, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2383)
    #dbg_value(i64 %alloc_size.i.i.i.i, !2337, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2383)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2384)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2386)
    #dbg_value(ptr %_1.val, !1621, !DIExpression(), !2384)
    #dbg_value(ptr %_1.val, !1629, !DIExpression(), !2386)
    #dbg_value(ptr %_1.val, !1633, !DIExpression(), !2388)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2384)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2386)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2388)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2390)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2384)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2386)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2388)
    #dbg_value(i64 %alloc_size.i.i.i.i, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2390)
    #dbg_value(ptr %_1.val, !1647, !DIExpression(), !2390)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val, i64 noundef %alloc_size.i.i.i.i, i64 noundef range(i64 1, -9223372036854775807) 8) #24, !dbg !2392
  br label %bb1, !dbg !2393

bb4:                                              ; preds = %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit.i.i", %start
  %_1.val4 = load i64, ptr %_1, align 8, !dbg !2226, !range !1608, !noundef !23
    #dbg_value(ptr poison, !2307, !DIExpression(), !2394)
    #dbg_value(ptr poison, !2317, !DIExpression(), !2396)
    #dbg_value(ptr poison, !2327, !DIExpression(), !2398)
    #dbg_value(i64 8, !2334, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2398)
    #dbg_value(i64 16, !2334, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2398)
    #dbg_value(ptr poison, !2340, !DIExpression(), !2400)
    #dbg_value(i64 8, !2364, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2400)
    #dbg_value(i64 16, !2364, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2400)
    #dbg_value(i64 16, !2371, !DIExpression(), !2402)
  %22 = icmp eq i64 %_1.val4, 0, !dbg !2404
  br i1 %22, label %"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE.exit8", label %bb2.i.i.i6, !dbg !2404

bb2.i.i.i6:                                       ; preds = %bb4
    #dbg_value(i64 %_1.val4, !2378, !DIExpression(), !2402)
  %alloc_size.i.i.i.i7 = shl nuw i64 %_1.val4, 4, !dbg !2405
    #dbg_value(ptr %_1.val, !2335, !DIExpression(), !2406)
    #dbg_value(i64 8, !2337, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2406)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !2337, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2406)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2407)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2409)
    #dbg_value(ptr %_1.val, !1621, !DIExpression(), !2407)
    #dbg_value(ptr %_1.val, !1629, !DIExpression(), !2409)
    #dbg_value(ptr %_1.val, !1633, !DIExpression(), !2411)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2407)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2409)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2411)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2413)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2407)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2409)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2411)
    #dbg_value(i64 %alloc_size.i.i.i.i7, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2413)
    #dbg_value(ptr %_1.val, !1647, !DIExpression(), !2413)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val, i64 noundef %alloc_size.i.i.i.i7, i64 noundef range(i64 1, -9223372036854775807) 8) #24, !dbg !2415
  br label %"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE.exit8", !dbg !2416

"_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE.exit8": ; preds = %bb4, %bb2.i.i.i6
  ret void, !dbg !2226

bb1:                                              ; preds = %bb2.i.i.i, %cleanup.body
  resume { ptr, i32 } %12, !dbg !2226
}

; core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2417 {
start:
    #dbg_value(ptr %_1, !2422, !DIExpression(), !2425)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2426), !dbg !2429
    #dbg_value(ptr %_1, !1501, !DIExpression(), !2430)
  %_2.i = load i64, ptr %_1, align 8, !dbg !2432, !range !1509, !alias.scope !2426, !noundef !23
  %0 = icmp eq i64 %_2.i, 0, !dbg !2432
  br i1 %0, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E.exit", label %bb2.i, !dbg !2432

bb2.i:                                            ; preds = %start
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !2432
  %.val.i = load ptr, ptr %1, align 8, !dbg !2432, !alias.scope !2426, !align !1510, !noundef !23
  %2 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !2432
  %.val1.i = load ptr, ptr %2, align 8, !dbg !2432, !alias.scope !2426
    #dbg_value(ptr poison, !1511, !DIExpression(), !2433)
  %3 = icmp eq ptr %.val.i, null, !dbg !2435
  br i1 %3, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E.exit", label %bb2.i.i, !dbg !2435

bb2.i.i:                                          ; preds = %bb2.i
    #dbg_value(ptr poison, !1520, !DIExpression(), !2436)
  %4 = icmp ne ptr %.val1.i, null
  tail call void @llvm.assume(i1 %4)
  %5 = load ptr, ptr %.val1.i, align 8, !dbg !2438, !invariant.load !23, !noalias !2439
  %.not.i.i.i = icmp eq ptr %5, null, !dbg !2438
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i, !dbg !2438

is_not_null.i.i.i:                                ; preds = %bb2.i.i
  invoke void %5(ptr noundef nonnull %.val.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !dbg !2438, !noalias !2439

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb2.i.i
    #dbg_value(ptr poison, !1532, !DIExpression(), !2442)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2444)
    #dbg_value(ptr %.val1.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2444)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2445)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2447)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2449)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2451)
    #dbg_value(ptr %.val1.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2445)
    #dbg_value(ptr %.val1.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2447)
    #dbg_value(ptr %.val1.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2449)
    #dbg_value(ptr %.val1.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2451)
  %6 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 8, !dbg !2453
  %7 = load i64, ptr %6, align 8, !dbg !2453, !range !1608, !invariant.load !23, !noalias !2439
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2454)
    #dbg_value(i64 %7, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2454)
  %8 = icmp eq i64 %7, 0, !dbg !2455
  br i1 %8, label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, !dbg !2455

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 16, !dbg !2453
  %10 = load i64, ptr %9, align 8, !dbg !2456, !range !1612, !invariant.load !23, !noalias !2439
    #dbg_value(i64 %10, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2454)
    #dbg_value(ptr %.val.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2445)
    #dbg_value(ptr %.val.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2447)
    #dbg_value(ptr %.val.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2449)
    #dbg_value(ptr %.val.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2451)
    #dbg_value(ptr %.val.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2444)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2457)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2459)
    #dbg_value(ptr %.val.i, !1621, !DIExpression(), !2457)
    #dbg_value(ptr %.val.i, !1629, !DIExpression(), !2459)
    #dbg_value(ptr %.val.i, !1633, !DIExpression(), !2461)
    #dbg_value(i64 %10, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2457)
    #dbg_value(i64 %10, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2459)
    #dbg_value(i64 %10, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2461)
    #dbg_value(i64 %10, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2463)
    #dbg_value(i64 %7, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2457)
    #dbg_value(i64 %7, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2459)
    #dbg_value(i64 %7, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2461)
    #dbg_value(i64 %7, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2463)
    #dbg_value(ptr %.val.i, !1647, !DIExpression(), !2463)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #24, !dbg !2465, !noalias !2439
  br label %"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E.exit", !dbg !2466

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %11 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1532, !DIExpression(), !2467)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2469)
    #dbg_value(ptr %.val1.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2469)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2470)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2472)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2474)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2476)
    #dbg_value(ptr %.val1.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2470)
    #dbg_value(ptr %.val1.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2472)
    #dbg_value(ptr %.val1.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2474)
    #dbg_value(ptr %.val1.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2476)
  %12 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 8, !dbg !2478
  %13 = load i64, ptr %12, align 8, !dbg !2478, !range !1608, !invariant.load !23, !noalias !2439
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2479)
    #dbg_value(i64 %13, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2479)
  %14 = icmp eq i64 %13, 0, !dbg !2480
  br i1 %14, label %bb1.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, !dbg !2480

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i: ; preds = %cleanup.i.i.i
  %15 = getelementptr inbounds nuw i8, ptr %.val1.i, i64 16, !dbg !2478
  %16 = load i64, ptr %15, align 8, !dbg !2481, !range !1612, !invariant.load !23, !noalias !2439
    #dbg_value(i64 %16, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2479)
    #dbg_value(ptr %.val.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2470)
    #dbg_value(ptr %.val.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2472)
    #dbg_value(ptr %.val.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2474)
    #dbg_value(ptr %.val.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2476)
    #dbg_value(ptr %.val.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2469)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2482)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2484)
    #dbg_value(ptr %.val.i, !1621, !DIExpression(), !2482)
    #dbg_value(ptr %.val.i, !1629, !DIExpression(), !2484)
    #dbg_value(ptr %.val.i, !1633, !DIExpression(), !2486)
    #dbg_value(i64 %16, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2482)
    #dbg_value(i64 %16, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2484)
    #dbg_value(i64 %16, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2486)
    #dbg_value(i64 %16, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2488)
    #dbg_value(i64 %13, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2482)
    #dbg_value(i64 %13, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2484)
    #dbg_value(i64 %13, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2486)
    #dbg_value(i64 %13, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2488)
    #dbg_value(ptr %.val.i, !1647, !DIExpression(), !2488)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i, i64 noundef %13, i64 noundef range(i64 1, -9223372036854775807) %16) #24, !dbg !2490, !noalias !2439
  br label %bb1.i.i.i, !dbg !2491

bb1.i.i.i:                                        ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i, %cleanup.i.i.i
  resume { ptr, i32 } %11, !dbg !2438

"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E.exit": ; preds = %start, %bb2.i, %bb3.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i
  ret void, !dbg !2429
}

; core::ptr::drop_in_place<std::io::error::Error>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2492 {
start:
    #dbg_value(ptr %_1, !2497, !DIExpression(), !2500)
  %_1.val = load ptr, ptr %_1, align 8, !dbg !2501, !nonnull !23, !noundef !23
    #dbg_value(ptr poison, !2502, !DIExpression(), !2510)
    #dbg_value(ptr poison, !2512, !DIExpression(), !2519)
    #dbg_value(ptr %_1.val, !2521, !DIExpression(), !2541)
    #dbg_declare(ptr poison, !2528, !DIExpression(), !2543)
    #dbg_value(i64 1, !2544, !DIExpression(), !2548)
    #dbg_value(i64 1, !2550, !DIExpression(), !2554)
    #dbg_value(i64 -1, !2556, !DIExpression(), !2560)
    #dbg_value(ptr %_1.val, !2562, !DIExpression(), !2567)
    #dbg_value(ptr %_1.val, !2547, !DIExpression(), !2548)
  %bits.i.i.i = ptrtoint ptr %_1.val to i64, !dbg !2569
    #dbg_value(i64 %bits.i.i.i, !2529, !DIExpression(), !2570)
  %_5.i.i.i = and i64 %bits.i.i.i, 3, !dbg !2571
  switch i64 %_5.i.i.i, label %default.unreachable [
    i64 2, label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE.exit"
    i64 3, label %bb4.i.i.i
    i64 0, label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE.exit"
    i64 1, label %bb2.i2.i.i
  ], !dbg !2572, !prof !940

default.unreachable:                              ; preds = %start
  unreachable

bb4.i.i.i:                                        ; preds = %start
    #dbg_value(i64 %bits.i.i.i, !2533, !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value), !2573)
    #dbg_value(i32 poison, !2574, !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !2588)
    #dbg_value(ptr poison, !2585, !DIExpression(), !2590)
  %0 = icmp ult ptr %_1.val, inttoptr (i64 180388626432 to ptr), !dbg !2591
  tail call void @llvm.assume(i1 %0), !dbg !2592
  br label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE.exit", !dbg !2593

bb2.i2.i.i:                                       ; preds = %start
    #dbg_value(ptr %_1.val, !2553, !DIExpression(), !2554)
    #dbg_value(ptr %_1.val, !2559, !DIExpression(), !2560)
  %1 = getelementptr i8, ptr %_1.val, i64 -1, !dbg !2594
    #dbg_value(ptr poison, !2595, !DIExpression(), !2601)
  %2 = icmp ne ptr %1, null
  tail call void @llvm.assume(i1 %2)
    #dbg_value(ptr poison, !2603, !DIExpression(), !2611)
  %_6.val.i.i.i.i = load ptr, ptr %1, align 8, !dbg !2613
  %3 = getelementptr i8, ptr %_1.val, i64 7, !dbg !2613
  %_6.val1.i.i.i.i = load ptr, ptr %3, align 8, !dbg !2613, !nonnull !23, !align !1778, !noundef !23
    #dbg_value(ptr poison, !2614, !DIExpression(), !2621)
    #dbg_value(ptr poison, !2623, !DIExpression(), !2631)
  %4 = load ptr, ptr %_6.val1.i.i.i.i, align 8, !dbg !2633, !invariant.load !23
  %.not.i.i.i.i.i.i = icmp eq ptr %4, null, !dbg !2633
  br i1 %.not.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i, label %is_not_null.i.i.i.i.i.i, !dbg !2633

is_not_null.i.i.i.i.i.i:                          ; preds = %bb2.i2.i.i
  %5 = icmp ne ptr %_6.val.i.i.i.i, null
  tail call void @llvm.assume(i1 %5)
  invoke void %4(ptr noundef nonnull %_6.val.i.i.i.i)
          to label %bb3.i.i.i.i.i.i unwind label %cleanup.i.i.i.i.i.i, !dbg !2633

bb3.i.i.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i.i.i, %bb2.i2.i.i
    #dbg_value(ptr poison, !2634, !DIExpression(), !2659)
    #dbg_value(ptr poison, !2640, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2661)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2640, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2661)
    #dbg_value(ptr poison, !2662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2671)
    #dbg_value(ptr poison, !2673, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2678)
    #dbg_value(ptr poison, !2680, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2688)
    #dbg_value(ptr poison, !2690, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2693)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2671)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2673, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2678)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2688)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2690, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2693)
  %6 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 8, !dbg !2695
  %7 = load i64, ptr %6, align 8, !dbg !2695, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !2656, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2696)
    #dbg_value(i64 %7, !2656, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2696)
  %8 = icmp eq i64 %7, 0, !dbg !2697
  br i1 %8, label %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E.exit.i.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i, !dbg !2697

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i
  %9 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 16, !dbg !2695
  %10 = load i64, ptr %9, align 8, !dbg !2698, !range !1612, !invariant.load !23
    #dbg_value(i64 %10, !2656, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2696)
  %11 = icmp ne ptr %_6.val.i.i.i.i, null
  tail call void @llvm.assume(i1 %11)
    #dbg_value(ptr %_6.val.i.i.i.i, !2662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2671)
    #dbg_value(ptr %_6.val.i.i.i.i, !2673, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2678)
    #dbg_value(ptr %_6.val.i.i.i.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2688)
    #dbg_value(ptr %_6.val.i.i.i.i, !2690, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2693)
    #dbg_value(ptr %_6.val.i.i.i.i, !2640, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2661)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2699)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2701)
    #dbg_value(ptr %_6.val.i.i.i.i, !1621, !DIExpression(), !2699)
    #dbg_value(ptr %_6.val.i.i.i.i, !1629, !DIExpression(), !2701)
    #dbg_value(ptr %_6.val.i.i.i.i, !1633, !DIExpression(), !2703)
    #dbg_value(i64 %10, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2699)
    #dbg_value(i64 %10, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2701)
    #dbg_value(i64 %10, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2703)
    #dbg_value(i64 %10, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2705)
    #dbg_value(i64 %7, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2699)
    #dbg_value(i64 %7, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2701)
    #dbg_value(i64 %7, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2703)
    #dbg_value(i64 %7, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2705)
    #dbg_value(ptr %_6.val.i.i.i.i, !1647, !DIExpression(), !2705)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i.i.i, i64 noundef %7, i64 noundef range(i64 1, -9223372036854775807) %10) #24, !dbg !2707
  br label %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E.exit.i.i.i", !dbg !2708

cleanup.i.i.i.i.i.i:                              ; preds = %is_not_null.i.i.i.i.i.i
  %12 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !2634, !DIExpression(), !2709)
    #dbg_value(ptr poison, !2640, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2711)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2640, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2711)
    #dbg_value(ptr poison, !2662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2712)
    #dbg_value(ptr poison, !2673, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2714)
    #dbg_value(ptr poison, !2680, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2716)
    #dbg_value(ptr poison, !2690, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2718)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2662, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2712)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2673, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2714)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2716)
    #dbg_value(ptr %_6.val1.i.i.i.i, !2690, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2718)
  %13 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 8, !dbg !2720
  %14 = load i64, ptr %13, align 8, !dbg !2720, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !2656, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2721)
    #dbg_value(i64 %14, !2656, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2721)
  %15 = icmp eq i64 %14, 0, !dbg !2722
  br i1 %15, label %bb1.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i, !dbg !2722

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i: ; preds = %cleanup.i.i.i.i.i.i
  %16 = getelementptr inbounds nuw i8, ptr %_6.val1.i.i.i.i, i64 16, !dbg !2720
  %17 = load i64, ptr %16, align 8, !dbg !2723, !range !1612, !invariant.load !23
    #dbg_value(i64 %17, !2656, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2721)
    #dbg_value(ptr %_6.val.i.i.i.i, !2662, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2712)
    #dbg_value(ptr %_6.val.i.i.i.i, !2673, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2714)
    #dbg_value(ptr %_6.val.i.i.i.i, !2680, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2716)
    #dbg_value(ptr %_6.val.i.i.i.i, !2690, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2718)
    #dbg_value(ptr %_6.val.i.i.i.i, !2640, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2711)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2724)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2726)
    #dbg_value(ptr %_6.val.i.i.i.i, !1621, !DIExpression(), !2724)
    #dbg_value(ptr %_6.val.i.i.i.i, !1629, !DIExpression(), !2726)
    #dbg_value(ptr %_6.val.i.i.i.i, !1633, !DIExpression(), !2728)
    #dbg_value(i64 %17, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2724)
    #dbg_value(i64 %17, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2726)
    #dbg_value(i64 %17, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2728)
    #dbg_value(i64 %17, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2730)
    #dbg_value(i64 %14, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2724)
    #dbg_value(i64 %14, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2726)
    #dbg_value(i64 %14, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2728)
    #dbg_value(i64 %14, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2730)
    #dbg_value(ptr %_6.val.i.i.i.i, !1647, !DIExpression(), !2730)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.val.i.i.i.i, i64 noundef %14, i64 noundef range(i64 1, -9223372036854775807) %17) #24, !dbg !2732
  br label %bb1.i.i.i.i, !dbg !2733

bb1.i.i.i.i:                                      ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i, %cleanup.i.i.i.i.i.i
    #dbg_value(ptr poison, !2734, !DIExpression(), !2754)
    #dbg_value(i64 8, !2751, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2756)
    #dbg_value(i64 24, !2751, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2756)
    #dbg_value(ptr %1, !2740, !DIExpression(), !2757)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2758)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2760)
    #dbg_value(ptr %1, !1621, !DIExpression(), !2758)
    #dbg_value(ptr %1, !1629, !DIExpression(), !2760)
    #dbg_value(ptr %1, !1633, !DIExpression(), !2762)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2758)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2760)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2762)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2764)
    #dbg_value(i64 24, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2758)
    #dbg_value(i64 24, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2760)
    #dbg_value(i64 24, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2762)
    #dbg_value(i64 24, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2764)
    #dbg_value(ptr %1, !1647, !DIExpression(), !2764)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %1, i64 noundef 24, i64 noundef 8) #24, !dbg !2766
  resume { ptr, i32 } %12, !dbg !2613

"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E.exit.i.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i
    #dbg_value(ptr poison, !2734, !DIExpression(), !2767)
    #dbg_value(i64 8, !2751, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2769)
    #dbg_value(i64 24, !2751, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2769)
    #dbg_value(ptr %1, !2740, !DIExpression(), !2770)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2771)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2773)
    #dbg_value(ptr %1, !1621, !DIExpression(), !2771)
    #dbg_value(ptr %1, !1629, !DIExpression(), !2773)
    #dbg_value(ptr %1, !1633, !DIExpression(), !2775)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2771)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2773)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2775)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2777)
    #dbg_value(i64 24, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2771)
    #dbg_value(i64 24, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2773)
    #dbg_value(i64 24, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2775)
    #dbg_value(i64 24, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2777)
    #dbg_value(ptr %1, !1647, !DIExpression(), !2777)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %1, i64 noundef 24, i64 noundef 8) #24, !dbg !2779
  br label %"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE.exit", !dbg !2780

"_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE.exit": ; preds = %start, %start, %bb4.i.i.i, %"_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E.exit.i.i.i"
  ret void, !dbg !2501
}

; core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h6d4663726614de67E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2781 {
start:
    #dbg_value(ptr %_1, !2790, !DIExpression(), !2793)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2794), !dbg !2797
    #dbg_value(ptr %_1, !2798, !DIExpression(), !2806)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2808), !dbg !2811
    #dbg_value(ptr %_1, !2812, !DIExpression(), !2820)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2822), !dbg !2825
    #dbg_value(ptr %_1, !2826, !DIExpression(), !2834)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2836), !dbg !2839
    #dbg_value(ptr %_1, !2840, !DIExpression(), !2846)
    #dbg_value(ptr %_1, !2848, !DIExpression(), !2856)
    #dbg_value(i64 1, !2858, !DIExpression(), !2863)
    #dbg_value(i8 1, !2862, !DIExpression(), !2863)
    #dbg_value(i64 1, !2865, !DIExpression(), !2870)
    #dbg_value(i8 1, !2869, !DIExpression(), !2870)
  %_10.i.i.i.i = load ptr, ptr %_1, align 8, !dbg !2872, !alias.scope !2879, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i, !2861, !DIExpression(), !2880)
    #dbg_value(ptr %_10.i.i.i.i, !2868, !DIExpression(), !2870)
  %0 = atomicrmw sub ptr %_10.i.i.i.i, i64 1 release, align 8, !dbg !2881, !noalias !2879
  %1 = icmp eq i64 %0, 1, !dbg !2882
  br i1 %1, label %bb2.i.i.i.i, label %bb4, !dbg !2882

bb2.i.i.i.i:                                      ; preds = %start
    #dbg_value(i8 2, !1200, !DIExpression(), !2883)
  fence acquire, !dbg !2885
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %_1) #23
          to label %bb4 unwind label %cleanup, !dbg !2886

cleanup:                                          ; preds = %bb2.i.i.i.i
  %2 = landingpad { ptr, i32 }
          cleanup
  %3 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !2797
  %.val = load ptr, ptr %3, align 8, !dbg !2797
  %4 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !2797
  %.val1 = load ptr, ptr %4, align 8, !dbg !2797, !nonnull !23, !align !1778, !noundef !23
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>
  invoke fastcc void @"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E"(ptr %.val, ptr nonnull %.val1) #26
          to label %common.resume unwind label %terminate, !dbg !2797

bb4:                                              ; preds = %start, %bb2.i.i.i.i
  %5 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !2797
  %.val2 = load ptr, ptr %5, align 8, !dbg !2797
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !2797
  %.val3 = load ptr, ptr %6, align 8, !dbg !2797, !nonnull !23, !align !1778, !noundef !23
    #dbg_value(ptr poison, !2114, !DIExpression(), !2887)
  %7 = load ptr, ptr %.val3, align 8, !dbg !2889, !invariant.load !23
  %.not.i = icmp eq ptr %7, null, !dbg !2889
  br i1 %.not.i, label %bb3.i, label %is_not_null.i, !dbg !2889

is_not_null.i:                                    ; preds = %bb4
  %8 = icmp ne ptr %.val2, null
  tail call void @llvm.assume(i1 %8)
  invoke void %7(ptr noundef nonnull %.val2)
          to label %bb3.i unwind label %cleanup.i, !dbg !2889

bb3.i:                                            ; preds = %is_not_null.i, %bb4
    #dbg_value(ptr poison, !2117, !DIExpression(), !2890)
    #dbg_value(ptr poison, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2892)
    #dbg_value(ptr %.val3, !2123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2892)
    #dbg_value(ptr poison, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2893)
    #dbg_value(ptr poison, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2895)
    #dbg_value(ptr poison, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2897)
    #dbg_value(ptr poison, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2899)
    #dbg_value(ptr %.val3, !2145, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2893)
    #dbg_value(ptr %.val3, !2156, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2895)
    #dbg_value(ptr %.val3, !2163, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2897)
    #dbg_value(ptr %.val3, !2173, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2899)
  %9 = getelementptr inbounds nuw i8, ptr %.val3, i64 8, !dbg !2901
  %10 = load i64, ptr %9, align 8, !dbg !2901, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2902)
    #dbg_value(i64 %10, !2139, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2902)
  %11 = icmp eq i64 %10, 0, !dbg !2903
  br i1 %11, label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i, !dbg !2903

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i: ; preds = %bb3.i
  %12 = getelementptr inbounds nuw i8, ptr %.val3, i64 16, !dbg !2901
  %13 = load i64, ptr %12, align 8, !dbg !2904, !range !1612, !invariant.load !23
    #dbg_value(i64 %13, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2902)
  %14 = icmp ne ptr %.val2, null
  tail call void @llvm.assume(i1 %14)
    #dbg_value(ptr %.val2, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2893)
    #dbg_value(ptr %.val2, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2895)
    #dbg_value(ptr %.val2, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2897)
    #dbg_value(ptr %.val2, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2899)
    #dbg_value(ptr %.val2, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2892)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2905)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2907)
    #dbg_value(ptr %.val2, !1621, !DIExpression(), !2905)
    #dbg_value(ptr %.val2, !1629, !DIExpression(), !2907)
    #dbg_value(ptr %.val2, !1633, !DIExpression(), !2909)
    #dbg_value(i64 %13, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2905)
    #dbg_value(i64 %13, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2907)
    #dbg_value(i64 %13, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2909)
    #dbg_value(i64 %13, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2911)
    #dbg_value(i64 %10, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2905)
    #dbg_value(i64 %10, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2907)
    #dbg_value(i64 %10, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2909)
    #dbg_value(i64 %10, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2911)
    #dbg_value(ptr %.val2, !1647, !DIExpression(), !2911)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val2, i64 noundef %10, i64 noundef range(i64 1, -9223372036854775807) %13) #24, !dbg !2913
  br label %"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit", !dbg !2914

cleanup.i:                                        ; preds = %is_not_null.i
  %15 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !2117, !DIExpression(), !2915)
    #dbg_value(ptr poison, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2917)
    #dbg_value(ptr %.val3, !2123, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2917)
    #dbg_value(ptr poison, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2918)
    #dbg_value(ptr poison, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2920)
    #dbg_value(ptr poison, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2922)
    #dbg_value(ptr poison, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2924)
    #dbg_value(ptr %.val3, !2145, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2918)
    #dbg_value(ptr %.val3, !2156, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2920)
    #dbg_value(ptr %.val3, !2163, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2922)
    #dbg_value(ptr %.val3, !2173, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2924)
  %16 = getelementptr inbounds nuw i8, ptr %.val3, i64 8, !dbg !2926
  %17 = load i64, ptr %16, align 8, !dbg !2926, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2927)
    #dbg_value(i64 %17, !2139, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2927)
  %18 = icmp eq i64 %17, 0, !dbg !2928
  br i1 %18, label %common.resume, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i, !dbg !2928

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i: ; preds = %cleanup.i
  %19 = getelementptr inbounds nuw i8, ptr %.val3, i64 16, !dbg !2926
  %20 = load i64, ptr %19, align 8, !dbg !2929, !range !1612, !invariant.load !23
    #dbg_value(i64 %20, !2139, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2927)
    #dbg_value(ptr %.val2, !2145, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2918)
    #dbg_value(ptr %.val2, !2156, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2920)
    #dbg_value(ptr %.val2, !2163, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2922)
    #dbg_value(ptr %.val2, !2173, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2924)
    #dbg_value(ptr %.val2, !2123, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2917)
    #dbg_value(ptr poison, !1613, !DIExpression(), !2930)
    #dbg_value(ptr poison, !1625, !DIExpression(), !2932)
    #dbg_value(ptr %.val2, !1621, !DIExpression(), !2930)
    #dbg_value(ptr %.val2, !1629, !DIExpression(), !2932)
    #dbg_value(ptr %.val2, !1633, !DIExpression(), !2934)
    #dbg_value(i64 %20, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2930)
    #dbg_value(i64 %20, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2932)
    #dbg_value(i64 %20, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2934)
    #dbg_value(i64 %20, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !2936)
    #dbg_value(i64 %17, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2930)
    #dbg_value(i64 %17, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2932)
    #dbg_value(i64 %17, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2934)
    #dbg_value(i64 %17, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !2936)
    #dbg_value(ptr %.val2, !1647, !DIExpression(), !2936)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val2, i64 noundef %17, i64 noundef range(i64 1, -9223372036854775807) %20) #24, !dbg !2938
  br label %common.resume, !dbg !2939

common.resume:                                    ; preds = %cleanup, %cleanup.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i
  %common.resume.op = phi { ptr, i32 } [ %15, %cleanup.i ], [ %15, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i ], [ %2, %cleanup ]
  resume { ptr, i32 } %common.resume.op, !dbg !2797

"_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E.exit": ; preds = %bb3.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i
  ret void, !dbg !2797

terminate:                                        ; preds = %cleanup
  %21 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2797
  unreachable, !dbg !2797
}

; core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef nonnull align 8 dereferenceable(32) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !2940 {
start:
    #dbg_value(ptr %_1, !2945, !DIExpression(), !2948)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !2949
    #dbg_value(ptr %0, !2950, !DIExpression(), !2958)
; invoke <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
  invoke void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull align 8 dereferenceable(8) %0)
          to label %bb4.i unwind label %cleanup.i, !dbg !2960

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !2961), !dbg !2960
    #dbg_value(ptr %0, !2964, !DIExpression(), !2972)
  %2 = load ptr, ptr %0, align 8, !dbg !2974, !alias.scope !2975, !noundef !23
  %3 = icmp eq ptr %2, null, !dbg !2974
  br i1 %3, label %cleanup.body, label %bb2.i.i, !dbg !2974

bb2.i.i:                                          ; preds = %cleanup.i
    #dbg_value(ptr %0, !2978, !DIExpression(), !2984)
    #dbg_value(ptr %0, !2986, !DIExpression(), !2992)
    #dbg_value(i64 1, !2994, !DIExpression(), !2999)
    #dbg_value(i8 1, !2998, !DIExpression(), !2999)
    #dbg_value(i64 1, !3001, !DIExpression(), !3006)
    #dbg_value(i8 1, !3005, !DIExpression(), !3006)
    #dbg_value(ptr %2, !2997, !DIExpression(), !3008)
    #dbg_value(ptr %2, !3004, !DIExpression(), !3006)
  %4 = atomicrmw sub ptr %2, i64 1 release, align 8, !dbg !3009, !noalias !3010
  %5 = icmp eq i64 %4, 1, !dbg !3015
  br i1 %5, label %bb2.i.i.i.i, label %cleanup.body, !dbg !3015

bb2.i.i.i.i:                                      ; preds = %bb2.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3016)
  fence acquire, !dbg !3018
; invoke <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %0) #23
          to label %cleanup.body unwind label %terminate.i, !dbg !3019

bb4.i:                                            ; preds = %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3020), !dbg !2960
    #dbg_value(ptr %0, !2964, !DIExpression(), !3023)
  %6 = load ptr, ptr %0, align 8, !dbg !3025, !alias.scope !3026, !noundef !23
  %7 = icmp eq ptr %6, null, !dbg !3025
  br i1 %7, label %bb4, label %bb2.i1.i, !dbg !3025

bb2.i1.i:                                         ; preds = %bb4.i
    #dbg_value(ptr %0, !2978, !DIExpression(), !3027)
    #dbg_value(ptr %0, !2986, !DIExpression(), !3029)
    #dbg_value(i64 1, !2994, !DIExpression(), !3031)
    #dbg_value(i8 1, !2998, !DIExpression(), !3031)
    #dbg_value(i64 1, !3001, !DIExpression(), !3033)
    #dbg_value(i8 1, !3005, !DIExpression(), !3033)
    #dbg_value(ptr %6, !2997, !DIExpression(), !3035)
    #dbg_value(ptr %6, !3004, !DIExpression(), !3033)
  %8 = atomicrmw sub ptr %6, i64 1 release, align 8, !dbg !3036, !noalias !3037
  %9 = icmp eq i64 %8, 1, !dbg !3042
  br i1 %9, label %bb2.i.i.i2.i, label %bb4, !dbg !3042

bb2.i.i.i2.i:                                     ; preds = %bb2.i1.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3043)
  fence acquire, !dbg !3045
; invoke <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %0) #23
          to label %bb4 unwind label %cleanup, !dbg !3046

terminate.i:                                      ; preds = %bb2.i.i.i.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2960
  unreachable, !dbg !2960

cleanup:                                          ; preds = %bb2.i.i.i2.i
  %11 = landingpad { ptr, i32 }
          cleanup
  br label %cleanup.body, !dbg !2949

cleanup.body:                                     ; preds = %cleanup.i, %bb2.i.i, %bb2.i.i.i.i, %cleanup
  %eh.lpad-body = phi { ptr, i32 } [ %11, %cleanup ], [ %1, %bb2.i.i.i.i ], [ %1, %bb2.i.i ], [ %1, %cleanup.i ]
; invoke core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  invoke fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E"(ptr noalias noundef align 8 dereferenceable(24) %_1) #26
          to label %bb1 unwind label %terminate, !dbg !2949

bb4:                                              ; preds = %bb2.i1.i, %bb4.i, %bb2.i.i.i2.i
; call core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn core::ops::function::FnOnce<()>+Output = ()+core::marker::Send>>>
  tail call fastcc void @"_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E"(ptr noalias noundef align 8 dereferenceable(24) %_1), !dbg !2949
  ret void, !dbg !2949

terminate:                                        ; preds = %cleanup.body
  %12 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !2949
  unreachable, !dbg !2949

bb1:                                              ; preds = %cleanup.body
  resume { ptr, i32 } %eh.lpad-body, !dbg !2949
}

; core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE"(ptr noalias noundef nonnull align 8 captures(none) dereferenceable(32) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3047 {
start:
  %_11.i = alloca [0 x i8], align 1
    #dbg_value(ptr poison, !3053, !DIExpression(), !3091)
    #dbg_value(ptr poison, !3059, !DIExpression(), !3122)
    #dbg_value(ptr poison, !3058, !DIExpression(), !3123)
    #dbg_value(ptr poison, !3124, !DIExpression(), !3134)
    #dbg_value(ptr poison, !3131, !DIExpression(), !3136)
    #dbg_value(ptr poison, !3129, !DIExpression(), !3137)
    #dbg_value(ptr poison, !3101, !DIExpression(), !3138)
  %_12.i = alloca [8 x i8], align 8
    #dbg_value(ptr %_1, !3052, !DIExpression(), !3139)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3140), !dbg !3143
    #dbg_value(ptr %_1, !3114, !DIExpression(), !3144)
    #dbg_declare(ptr poison, !3116, !DIExpression(), !3145)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !3146
  %_5.i = load i64, ptr %0, align 8, !dbg !3146, !range !1509, !alias.scope !3140, !noundef !23
  %1 = trunc nuw i64 %_5.i to i1, !dbg !3147
  %2 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !3147
  %3 = load ptr, ptr %2, align 8, !dbg !3147, !alias.scope !3140, !align !1510
  %4 = icmp ne ptr %3, null, !dbg !3147
  %unhandled_panic.sroa.0.0.i = select i1 %1, i1 %4, i1 false, !dbg !3147
    #dbg_value(i8 poison, !3115, !DIExpression(), !3148)
    #dbg_value(ptr %0, !3106, !DIExpression(), !3149)
    #dbg_value(ptr %0, !3099, !DIExpression(), !3150)
    #dbg_value(ptr %0, !3100, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3151)
    #dbg_value(ptr undef, !3101, !DIExpression(), !3138)
    #dbg_value(ptr undef, !3058, !DIExpression(), !3123)
    #dbg_value(ptr undef, !3059, !DIExpression(), !3122)
    #dbg_value(ptr undef, !3053, !DIExpression(), !3091)
    #dbg_value(ptr %0, !3089, !DIExpression(), !3152)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3153), !dbg !3156
    #dbg_value(ptr %0, !3157, !DIExpression(), !3166)
    #dbg_declare(ptr poison, !3163, !DIExpression(), !3168)
    #dbg_declare(ptr poison, !3162, !DIExpression(), !3168)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3169), !dbg !3172
    #dbg_value(ptr %0, !3173, !DIExpression(), !3181)
    #dbg_declare(ptr poison, !3178, !DIExpression(), !3183)
    #dbg_value(ptr poison, !3184, !DIExpression(DW_OP_deref, DW_OP_deref, DW_OP_LLVM_fragment, 0, 64), !3190)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3192), !dbg !3195
    #dbg_value(ptr %0, !1501, !DIExpression(), !3196)
  %5 = icmp eq i64 %_5.i, 0, !dbg !3198
  br i1 %5, label %bb17.thread.i, label %bb2.i.i.i.i.i.i, !dbg !3198

bb2.i.i.i.i.i.i:                                  ; preds = %start
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !3198
  %.val1.i.i.i.i.i.i = load ptr, ptr %6, align 8, !dbg !3198, !alias.scope !3199
    #dbg_value(ptr poison, !1511, !DIExpression(), !3200)
  %7 = icmp eq ptr %3, null, !dbg !3202
  br i1 %7, label %bb17.thread.i, label %bb2.i.i.i.i.i.i.i, !dbg !3202

bb2.i.i.i.i.i.i.i:                                ; preds = %bb2.i.i.i.i.i.i
    #dbg_value(ptr poison, !1520, !DIExpression(), !3203)
  %8 = icmp ne ptr %.val1.i.i.i.i.i.i, null
  tail call void @llvm.assume(i1 %8)
  %9 = load ptr, ptr %.val1.i.i.i.i.i.i, align 8, !dbg !3205, !invariant.load !23, !noalias !3206
  %.not.i.i.i.i.i.i.i.i = icmp eq ptr %9, null, !dbg !3205
  br i1 %.not.i.i.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i.i.i, label %is_not_null.i.i.i.i.i.i.i.i, !dbg !3205

is_not_null.i.i.i.i.i.i.i.i:                      ; preds = %bb2.i.i.i.i.i.i.i
  invoke void %9(ptr noundef nonnull %3)
          to label %bb3.i.i.i.i.i.i.i.i unwind label %cleanup.i.i.i.i.i.i.i.i, !dbg !3205, !noalias !3206

bb3.i.i.i.i.i.i.i.i:                              ; preds = %is_not_null.i.i.i.i.i.i.i.i, %bb2.i.i.i.i.i.i.i
    #dbg_value(ptr poison, !1532, !DIExpression(), !3209)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3211)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3211)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3212)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3214)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3216)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3218)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3212)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3214)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3216)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3218)
  %10 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 8, !dbg !3220
  %11 = load i64, ptr %10, align 8, !dbg !3220, !range !1608, !invariant.load !23, !noalias !3206
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3221)
    #dbg_value(i64 %11, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3221)
  %12 = icmp eq i64 %11, 0, !dbg !3222
  br i1 %12, label %bb17.thread.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i, !dbg !3222

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i.i.i
  %13 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 16, !dbg !3220
  %14 = load i64, ptr %13, align 8, !dbg !3223, !range !1612, !invariant.load !23, !noalias !3206
    #dbg_value(i64 %14, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3221)
    #dbg_value(ptr %3, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3212)
    #dbg_value(ptr %3, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3214)
    #dbg_value(ptr %3, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3216)
    #dbg_value(ptr %3, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3218)
    #dbg_value(ptr %3, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3211)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3224)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3226)
    #dbg_value(ptr %3, !1621, !DIExpression(), !3224)
    #dbg_value(ptr %3, !1629, !DIExpression(), !3226)
    #dbg_value(ptr %3, !1633, !DIExpression(), !3228)
    #dbg_value(i64 %14, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3224)
    #dbg_value(i64 %14, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3226)
    #dbg_value(i64 %14, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3228)
    #dbg_value(i64 %14, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3230)
    #dbg_value(i64 %11, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3224)
    #dbg_value(i64 %11, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3226)
    #dbg_value(i64 %11, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3228)
    #dbg_value(i64 %11, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3230)
    #dbg_value(ptr %3, !1647, !DIExpression(), !3230)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef %11, i64 noundef range(i64 1, -9223372036854775807) %14) #24, !dbg !3232, !noalias !3206
  br label %bb17.thread.i, !dbg !3233

cleanup.i.i.i.i.i.i.i.i:                          ; preds = %is_not_null.i.i.i.i.i.i.i.i
  %15 = landingpad { ptr, i32 }
          cleanup
          catch ptr null
    #dbg_value(ptr poison, !1532, !DIExpression(), !3234)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3236)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3236)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3237)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3239)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3241)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3243)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3237)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3239)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3241)
    #dbg_value(ptr %.val1.i.i.i.i.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3243)
  %16 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 8, !dbg !3245
  %17 = load i64, ptr %16, align 8, !dbg !3245, !range !1608, !invariant.load !23, !noalias !3206
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3246)
    #dbg_value(i64 %17, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3246)
  %18 = icmp eq i64 %17, 0, !dbg !3247
  br i1 %18, label %cleanup.body.i.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i, !dbg !3247

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i: ; preds = %cleanup.i.i.i.i.i.i.i.i
  %19 = getelementptr inbounds nuw i8, ptr %.val1.i.i.i.i.i.i, i64 16, !dbg !3245
  %20 = load i64, ptr %19, align 8, !dbg !3248, !range !1612, !invariant.load !23, !noalias !3206
    #dbg_value(i64 %20, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3246)
    #dbg_value(ptr %3, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3237)
    #dbg_value(ptr %3, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3239)
    #dbg_value(ptr %3, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3241)
    #dbg_value(ptr %3, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3243)
    #dbg_value(ptr %3, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3236)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3249)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3251)
    #dbg_value(ptr %3, !1621, !DIExpression(), !3249)
    #dbg_value(ptr %3, !1629, !DIExpression(), !3251)
    #dbg_value(ptr %3, !1633, !DIExpression(), !3253)
    #dbg_value(i64 %20, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3249)
    #dbg_value(i64 %20, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3251)
    #dbg_value(i64 %20, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3253)
    #dbg_value(i64 %20, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3255)
    #dbg_value(i64 %17, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3249)
    #dbg_value(i64 %17, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3251)
    #dbg_value(i64 %17, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3253)
    #dbg_value(i64 %17, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3255)
    #dbg_value(ptr %3, !1647, !DIExpression(), !3255)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %3, i64 noundef %17, i64 noundef range(i64 1, -9223372036854775807) %20) #24, !dbg !3257, !noalias !3206
  br label %cleanup.body.i.i.i.i.i, !dbg !3258

cleanup.body.i.i.i.i.i:                           ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i.i.i.i.i, %cleanup.i.i.i.i.i.i.i.i
  store i64 0, ptr %0, align 8, !dbg !3195, !alias.scope !3259
  %21 = extractvalue { ptr, i32 } %15, 0, !dbg !3260
    #dbg_value(ptr undef, !3129, !DIExpression(), !3137)
    #dbg_value(ptr %21, !3130, !DIExpression(), !3137)
    #dbg_value(ptr undef, !3131, !DIExpression(), !3136)
    #dbg_value(ptr undef, !3124, !DIExpression(), !3134)
; invoke std::panicking::catch_unwind::cleanup
  %22 = invoke { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef %21)
          to label %bb17.i unwind label %terminate.i.i, !dbg !3261, !noalias !3140

terminate.i.i:                                    ; preds = %cleanup.body.i.i.i.i.i
  %23 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #25, !dbg !3262, !noalias !3140
  unreachable, !dbg !3262

bb17.thread.i:                                    ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i.i.i, %bb2.i.i.i.i.i.i, %start
  store i64 0, ptr %0, align 8, !dbg !3195, !alias.scope !3259
    #dbg_value(ptr poison, !3100, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3151)
    #dbg_value(ptr poison, !3100, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3151)
  br label %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E.exit.i", !dbg !3263

bb17.i:                                           ; preds = %cleanup.body.i.i.i.i.i
  %obj.0.i.i = extractvalue { ptr, ptr } %22, 0, !dbg !3261
  %obj.1.i.i = extractvalue { ptr, ptr } %22, 1, !dbg !3261
    #dbg_value(ptr %obj.0.i.i, !3100, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3151)
    #dbg_value(ptr %obj.1.i.i, !3100, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3151)
  %24 = icmp ne ptr %obj.1.i.i, null
  tail call void @llvm.assume(i1 %24)
  %.not.i = icmp eq ptr %obj.0.i.i, null, !dbg !3264
  br i1 %.not.i, label %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E.exit.i", label %bb4.i, !dbg !3263

bb4.i:                                            ; preds = %bb17.i
  call void @llvm.lifetime.start.p0(ptr nonnull %_12.i), !dbg !3265, !noalias !3140
    #dbg_value(ptr @alloc_58f213f5b48e0bea76ba0b429606a6b5, !3266, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3344)
    #dbg_value(ptr inttoptr (i64 125 to ptr), !3266, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3344)
    #dbg_value(ptr %_11.i, !3341, !DIExpression(), !3344)
    #dbg_value(ptr @alloc_58f213f5b48e0bea76ba0b429606a6b5, !3342, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3346)
    #dbg_value(i64 62, !3342, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3346)
; invoke std::io::Write::write_all
  %25 = invoke fastcc noundef ptr @_ZN3std2io5Write9write_all17h2c3fa21d241e2d0fE(ptr noalias noundef nonnull align 1 %_11.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_58f213f5b48e0bea76ba0b429606a6b5, i64 noundef 62)
          to label %bb5.i unwind label %cleanup.i, !dbg !3347, !noalias !3140

"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E.exit.i": ; preds = %bb17.i, %bb17.thread.i
    #dbg_value(ptr poison, !1511, !DIExpression(), !3348)
  %26 = load ptr, ptr %_1, align 8, !dbg !3350, !alias.scope !3140, !noundef !23
  %.not2.i = icmp eq ptr %26, null, !dbg !3350
  br i1 %.not2.i, label %bb5, label %bb9.i, !dbg !3351

cleanup.i:                                        ; preds = %bb6.i, %bb2.i6.i, %bb4.i
  %27 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>
  invoke fastcc void @"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E"(ptr nonnull %obj.0.i.i, ptr nonnull %obj.1.i.i) #26
          to label %cleanup.body unwind label %terminate.i, !dbg !3352, !noalias !3140

bb5.i:                                            ; preds = %bb4.i
  store ptr %25, ptr %_12.i, align 8, !dbg !3265, !noalias !3140
    #dbg_value(ptr %_12.i, !3353, !DIExpression(), !3361)
  %28 = icmp eq ptr %25, null, !dbg !3363
  br i1 %28, label %bb6.i, label %bb2.i6.i, !dbg !3363

bb2.i6.i:                                         ; preds = %bb5.i
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_12.i)
          to label %bb6.i unwind label %cleanup.i, !dbg !3363, !noalias !3140

bb6.i:                                            ; preds = %bb2.i6.i, %bb5.i
  call void @llvm.lifetime.end.p0(ptr nonnull %_12.i), !dbg !3364, !noalias !3140
; invoke std::process::abort
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() #22
          to label %unreachable.i unwind label %cleanup.i, !dbg !3365, !noalias !3140

unreachable.i:                                    ; preds = %bb6.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %29 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !3367, !noalias !3140
  unreachable, !dbg !3367

bb9.i:                                            ; preds = %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E.exit.i"
    #dbg_value(ptr %_1, !3118, !DIExpression(), !3368)
    #dbg_value(ptr %_1, !3369, !DIExpression(), !3374)
  %_19.i = getelementptr inbounds nuw i8, ptr %26, i64 16, !dbg !3376
; invoke <std::thread::scoped::ScopeData>::decrement_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8 %_19.i, i1 noundef zeroext %unhandled_panic.sroa.0.0.i)
          to label %bb2.i4 unwind label %cleanup.body.thread, !dbg !3377

cleanup.body.thread:                              ; preds = %bb9.i
  %30 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_1, !3378, !DIExpression(), !3386)
  br label %bb2.i, !dbg !3388

cleanup.body:                                     ; preds = %cleanup.i
  %.pre = load ptr, ptr %_1, align 8, !dbg !3388, !alias.scope !3389
  call void @llvm.experimental.noalias.scope.decl(metadata !3389), !dbg !3143
    #dbg_value(ptr %_1, !3378, !DIExpression(), !3386)
  %31 = icmp eq ptr %.pre, null, !dbg !3388
  br i1 %31, label %bb3, label %bb2.i, !dbg !3388

bb2.i:                                            ; preds = %cleanup.body.thread, %cleanup.body
  %eh.lpad-body18 = phi { ptr, i32 } [ %30, %cleanup.body.thread ], [ %27, %cleanup.body ]
  %32 = phi ptr [ %26, %cleanup.body.thread ], [ %.pre, %cleanup.body ]
    #dbg_value(ptr %_1, !3392, !DIExpression(), !3398)
    #dbg_value(ptr %_1, !3400, !DIExpression(), !3406)
    #dbg_value(i64 1, !3408, !DIExpression(), !3413)
    #dbg_value(i8 1, !3412, !DIExpression(), !3413)
    #dbg_value(i64 1, !3415, !DIExpression(), !3420)
    #dbg_value(i8 1, !3419, !DIExpression(), !3420)
    #dbg_value(ptr %32, !3411, !DIExpression(), !3422)
    #dbg_value(ptr %32, !3418, !DIExpression(), !3420)
  %33 = atomicrmw sub ptr %32, i64 1 release, align 8, !dbg !3423, !noalias !3424
  %34 = icmp eq i64 %33, 1, !dbg !3429
  br i1 %34, label %bb2.i.i.i, label %bb3, !dbg !3429

bb2.i.i.i:                                        ; preds = %bb2.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3430)
  fence acquire, !dbg !3432
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1) #23
          to label %bb3 unwind label %terminate, !dbg !3433

bb2.i4:                                           ; preds = %bb9.i
    #dbg_value(ptr %_1, !3378, !DIExpression(), !3434)
    #dbg_value(ptr %_1, !3392, !DIExpression(), !3436)
    #dbg_value(ptr %_1, !3400, !DIExpression(), !3438)
    #dbg_value(i64 1, !3408, !DIExpression(), !3440)
    #dbg_value(i8 1, !3412, !DIExpression(), !3440)
    #dbg_value(i64 1, !3415, !DIExpression(), !3442)
    #dbg_value(i8 1, !3419, !DIExpression(), !3442)
    #dbg_value(ptr %26, !3411, !DIExpression(), !3444)
    #dbg_value(ptr %26, !3418, !DIExpression(), !3442)
  %35 = atomicrmw sub ptr %26, i64 1 release, align 8, !dbg !3445, !noalias !3446
  %36 = icmp eq i64 %35, 1, !dbg !3453
  br i1 %36, label %bb2.i.i.i5, label %bb5, !dbg !3453

bb2.i.i.i5:                                       ; preds = %bb2.i4
    #dbg_value(i8 2, !1200, !DIExpression(), !3454)
  fence acquire, !dbg !3456
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_1) #23
          to label %bb5 unwind label %cleanup1, !dbg !3457

bb3:                                              ; preds = %bb2.i, %cleanup.body, %bb2.i.i.i, %cleanup1
  %.pn = phi { ptr, i32 } [ %37, %cleanup1 ], [ %eh.lpad-body18, %bb2.i.i.i ], [ %27, %cleanup.body ], [ %eh.lpad-body18, %bb2.i ]
; invoke core::ptr::drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(),alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>>>>
  invoke fastcc void @"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE"(ptr noalias noundef align 8 dereferenceable(24) %0) #26
          to label %common.resume unwind label %terminate, !dbg !3143

cleanup1:                                         ; preds = %bb2.i.i.i5
  %37 = landingpad { ptr, i32 }
          cleanup
  br label %bb3

bb5:                                              ; preds = %"_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E.exit.i", %bb2.i4, %bb2.i.i.i5
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3458), !dbg !3143
    #dbg_value(ptr %0, !2422, !DIExpression(), !3461)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3463), !dbg !3466
    #dbg_value(ptr %0, !1501, !DIExpression(), !3467)
  %_2.i.i = load i64, ptr %0, align 8, !dbg !3469, !range !1509, !alias.scope !3470, !noundef !23
  %38 = icmp eq i64 %_2.i.i, 0, !dbg !3469
  br i1 %38, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE.exit", label %bb2.i.i, !dbg !3469

bb2.i.i:                                          ; preds = %bb5
  %.val.i.i = load ptr, ptr %2, align 8, !dbg !3469, !alias.scope !3470, !align !1510, !noundef !23
  %39 = getelementptr inbounds nuw i8, ptr %_1, i64 24, !dbg !3469
  %.val1.i.i = load ptr, ptr %39, align 8, !dbg !3469, !alias.scope !3470
    #dbg_value(ptr poison, !1511, !DIExpression(), !3471)
  %40 = icmp eq ptr %.val.i.i, null, !dbg !3473
  br i1 %40, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE.exit", label %bb2.i.i.i8, !dbg !3473

bb2.i.i.i8:                                       ; preds = %bb2.i.i
    #dbg_value(ptr poison, !1520, !DIExpression(), !3474)
  %41 = icmp ne ptr %.val1.i.i, null
  tail call void @llvm.assume(i1 %41)
  %42 = load ptr, ptr %.val1.i.i, align 8, !dbg !3476, !invariant.load !23, !noalias !3477
  %.not.i.i.i.i = icmp eq ptr %42, null, !dbg !3476
  br i1 %.not.i.i.i.i, label %bb3.i.i.i.i, label %is_not_null.i.i.i.i, !dbg !3476

is_not_null.i.i.i.i:                              ; preds = %bb2.i.i.i8
  invoke void %42(ptr noundef nonnull %.val.i.i)
          to label %bb3.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !3476, !noalias !3477

bb3.i.i.i.i:                                      ; preds = %is_not_null.i.i.i.i, %bb2.i.i.i8
    #dbg_value(ptr poison, !1532, !DIExpression(), !3480)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3482)
    #dbg_value(ptr %.val1.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3482)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3483)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3485)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3487)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3489)
    #dbg_value(ptr %.val1.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3483)
    #dbg_value(ptr %.val1.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3485)
    #dbg_value(ptr %.val1.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3487)
    #dbg_value(ptr %.val1.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3489)
  %43 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !3491
  %44 = load i64, ptr %43, align 8, !dbg !3491, !range !1608, !invariant.load !23, !noalias !3477
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3492)
    #dbg_value(i64 %44, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3492)
  %45 = icmp eq i64 %44, 0, !dbg !3493
  br i1 %45, label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i, !dbg !3493

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i: ; preds = %bb3.i.i.i.i
  %46 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !3491
  %47 = load i64, ptr %46, align 8, !dbg !3494, !range !1612, !invariant.load !23, !noalias !3477
    #dbg_value(i64 %47, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3492)
    #dbg_value(ptr %.val.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3483)
    #dbg_value(ptr %.val.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3485)
    #dbg_value(ptr %.val.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3487)
    #dbg_value(ptr %.val.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3489)
    #dbg_value(ptr %.val.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3482)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3495)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3497)
    #dbg_value(ptr %.val.i.i, !1621, !DIExpression(), !3495)
    #dbg_value(ptr %.val.i.i, !1629, !DIExpression(), !3497)
    #dbg_value(ptr %.val.i.i, !1633, !DIExpression(), !3499)
    #dbg_value(i64 %47, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3495)
    #dbg_value(i64 %47, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3497)
    #dbg_value(i64 %47, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3499)
    #dbg_value(i64 %47, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3501)
    #dbg_value(i64 %44, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3495)
    #dbg_value(i64 %44, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3497)
    #dbg_value(i64 %44, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3499)
    #dbg_value(i64 %44, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3501)
    #dbg_value(ptr %.val.i.i, !1647, !DIExpression(), !3501)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %44, i64 noundef range(i64 1, -9223372036854775807) %47) #24, !dbg !3503, !noalias !3477
  br label %"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE.exit", !dbg !3504

cleanup.i.i.i.i:                                  ; preds = %is_not_null.i.i.i.i
  %48 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1532, !DIExpression(), !3505)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3507)
    #dbg_value(ptr %.val1.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3507)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3508)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3510)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3512)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3514)
    #dbg_value(ptr %.val1.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3508)
    #dbg_value(ptr %.val1.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3510)
    #dbg_value(ptr %.val1.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3512)
    #dbg_value(ptr %.val1.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3514)
  %49 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 8, !dbg !3516
  %50 = load i64, ptr %49, align 8, !dbg !3516, !range !1608, !invariant.load !23, !noalias !3477
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3517)
    #dbg_value(i64 %50, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3517)
  %51 = icmp eq i64 %50, 0, !dbg !3518
  br i1 %51, label %common.resume, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i, !dbg !3518

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i: ; preds = %cleanup.i.i.i.i
  %52 = getelementptr inbounds nuw i8, ptr %.val1.i.i, i64 16, !dbg !3516
  %53 = load i64, ptr %52, align 8, !dbg !3519, !range !1612, !invariant.load !23, !noalias !3477
    #dbg_value(i64 %53, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3517)
    #dbg_value(ptr %.val.i.i, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3508)
    #dbg_value(ptr %.val.i.i, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3510)
    #dbg_value(ptr %.val.i.i, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3512)
    #dbg_value(ptr %.val.i.i, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3514)
    #dbg_value(ptr %.val.i.i, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3507)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3520)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3522)
    #dbg_value(ptr %.val.i.i, !1621, !DIExpression(), !3520)
    #dbg_value(ptr %.val.i.i, !1629, !DIExpression(), !3522)
    #dbg_value(ptr %.val.i.i, !1633, !DIExpression(), !3524)
    #dbg_value(i64 %53, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3520)
    #dbg_value(i64 %53, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3522)
    #dbg_value(i64 %53, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3524)
    #dbg_value(i64 %53, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3526)
    #dbg_value(i64 %50, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3520)
    #dbg_value(i64 %50, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3522)
    #dbg_value(i64 %50, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3524)
    #dbg_value(i64 %50, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3526)
    #dbg_value(ptr %.val.i.i, !1647, !DIExpression(), !3526)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %.val.i.i, i64 noundef %50, i64 noundef range(i64 1, -9223372036854775807) %53) #24, !dbg !3528, !noalias !3477
  br label %common.resume, !dbg !3529

common.resume:                                    ; preds = %bb3, %cleanup.i.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i
  %common.resume.op = phi { ptr, i32 } [ %48, %cleanup.i.i.i.i ], [ %48, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4.i.i.i.i ], [ %.pn, %bb3 ]
  resume { ptr, i32 } %common.resume.op, !dbg !3143

"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE.exit": ; preds = %bb5, %bb2.i.i, %bb3.i.i.i.i, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i.i
  ret void, !dbg !3143

terminate:                                        ; preds = %bb2.i.i.i, %bb3
  %54 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !3143
  unreachable, !dbg !3143
}

; core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17hd57779f077187f60E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !3530 {
start:
    #dbg_value(ptr %_1, !3549, !DIExpression(), !3552)
    #dbg_value(ptr %_1, !3553, !DIExpression(), !3561)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 16, !dbg !3563
    #dbg_value(ptr %0, !3564, !DIExpression(), !3572)
; invoke <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
  invoke void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef nonnull align 8 dereferenceable(8) %0)
          to label %bb6.i unwind label %cleanup.i, !dbg !3574

cleanup.i:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3575), !dbg !3563
    #dbg_value(ptr %_1, !2798, !DIExpression(), !3578)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3580), !dbg !3583
    #dbg_value(ptr %_1, !2812, !DIExpression(), !3584)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3586), !dbg !3589
    #dbg_value(ptr %_1, !2826, !DIExpression(), !3590)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3592), !dbg !3595
    #dbg_value(ptr %_1, !2840, !DIExpression(), !3596)
    #dbg_value(ptr %_1, !2848, !DIExpression(), !3598)
    #dbg_value(i64 1, !2858, !DIExpression(), !3600)
    #dbg_value(i8 1, !2862, !DIExpression(), !3600)
    #dbg_value(i64 1, !2865, !DIExpression(), !3602)
    #dbg_value(i8 1, !2869, !DIExpression(), !3602)
  %_10.i.i.i.i.i = load ptr, ptr %_1, align 8, !dbg !3604, !alias.scope !3606, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !2861, !DIExpression(), !3609)
    #dbg_value(ptr %_10.i.i.i.i.i, !2868, !DIExpression(), !3602)
  %2 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !3610, !noalias !3611
  %3 = icmp eq i64 %2, 1, !dbg !3612
  br i1 %3, label %bb2.i.i.i.i.i, label %bb3.i, !dbg !3612

bb2.i.i.i.i.i:                                    ; preds = %cleanup.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3613)
  fence acquire, !dbg !3615
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) #23
          to label %bb3.i unwind label %terminate.i, !dbg !3616

bb6.i:                                            ; preds = %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3617), !dbg !3563
    #dbg_value(ptr %_1, !2798, !DIExpression(), !3620)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3622), !dbg !3625
    #dbg_value(ptr %_1, !2812, !DIExpression(), !3626)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3628), !dbg !3631
    #dbg_value(ptr %_1, !2826, !DIExpression(), !3632)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3634), !dbg !3637
    #dbg_value(ptr %_1, !2840, !DIExpression(), !3638)
    #dbg_value(ptr %_1, !2848, !DIExpression(), !3640)
    #dbg_value(i64 1, !2858, !DIExpression(), !3642)
    #dbg_value(i8 1, !2862, !DIExpression(), !3642)
    #dbg_value(i64 1, !2865, !DIExpression(), !3644)
    #dbg_value(i8 1, !2869, !DIExpression(), !3644)
  %_10.i.i.i.i3.i = load ptr, ptr %_1, align 8, !dbg !3646, !alias.scope !3648, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i3.i, !2861, !DIExpression(), !3649)
    #dbg_value(ptr %_10.i.i.i.i3.i, !2868, !DIExpression(), !3644)
  %4 = atomicrmw sub ptr %_10.i.i.i.i3.i, i64 1 release, align 8, !dbg !3650, !noalias !3651
  %5 = icmp eq i64 %4, 1, !dbg !3652
  br i1 %5, label %bb2.i.i.i.i4.i, label %bb5.i, !dbg !3652

bb2.i.i.i.i4.i:                                   ; preds = %bb6.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3653)
  fence acquire, !dbg !3655
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_1) #23
          to label %bb5.i unwind label %cleanup1.i, !dbg !3656

bb3.i:                                            ; preds = %cleanup1.i, %bb2.i.i.i.i.i, %cleanup.i
  %.pn.i = phi { ptr, i32 } [ %9, %cleanup1.i ], [ %1, %bb2.i.i.i.i.i ], [ %1, %cleanup.i ]
  %6 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !3563
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3657), !dbg !3563
    #dbg_value(ptr %6, !1678, !DIExpression(), !3660)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3662), !dbg !3665
    #dbg_value(ptr %6, !1686, !DIExpression(), !3666)
    #dbg_value(ptr %6, !2066, !DIExpression(), !3668)
    #dbg_value(i64 1, !1694, !DIExpression(), !3670)
    #dbg_value(i8 1, !1698, !DIExpression(), !3670)
    #dbg_value(i64 1, !1701, !DIExpression(), !3672)
    #dbg_value(i8 1, !1705, !DIExpression(), !3672)
  %_10.i.i.i = load ptr, ptr %6, align 8, !dbg !3674, !alias.scope !3676, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i, !1697, !DIExpression(), !3677)
    #dbg_value(ptr %_10.i.i.i, !1704, !DIExpression(), !3672)
  %7 = atomicrmw sub ptr %_10.i.i.i, i64 1 release, align 8, !dbg !3678, !noalias !3679
  %8 = icmp eq i64 %7, 1, !dbg !3680
  br i1 %8, label %bb2.i.i.i, label %bb1.i, !dbg !3680

bb2.i.i.i:                                        ; preds = %bb3.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3681)
  fence acquire, !dbg !3683
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %6) #23
          to label %bb1.i unwind label %terminate.i, !dbg !3684

cleanup1.i:                                       ; preds = %bb2.i.i.i.i4.i
  %9 = landingpad { ptr, i32 }
          cleanup
  br label %bb3.i

bb5.i:                                            ; preds = %bb2.i.i.i.i4.i, %bb6.i
  %10 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !3563
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3685), !dbg !3563
    #dbg_value(ptr %10, !1678, !DIExpression(), !3688)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !3690), !dbg !3693
    #dbg_value(ptr %10, !1686, !DIExpression(), !3694)
    #dbg_value(ptr %10, !2066, !DIExpression(), !3696)
    #dbg_value(i64 1, !1694, !DIExpression(), !3698)
    #dbg_value(i8 1, !1698, !DIExpression(), !3698)
    #dbg_value(i64 1, !1701, !DIExpression(), !3700)
    #dbg_value(i8 1, !1705, !DIExpression(), !3700)
  %_10.i.i8.i = load ptr, ptr %10, align 8, !dbg !3702, !alias.scope !3704, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i8.i, !1697, !DIExpression(), !3705)
    #dbg_value(ptr %_10.i.i8.i, !1704, !DIExpression(), !3700)
  %11 = atomicrmw sub ptr %_10.i.i8.i, i64 1 release, align 8, !dbg !3706, !noalias !3707
  %12 = icmp eq i64 %11, 1, !dbg !3708
  br i1 %12, label %bb2.i.i9.i, label %"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E.exit", !dbg !3708

bb2.i.i9.i:                                       ; preds = %bb5.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3709)
  fence acquire, !dbg !3711
; call alloc::sync::Arc<T,A>::drop_slow
  tail call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %10) #23, !dbg !3712
  br label %"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E.exit", !dbg !3712

terminate.i:                                      ; preds = %bb2.i.i.i, %bb2.i.i.i.i.i
  %13 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !3563
  unreachable, !dbg !3563

bb1.i:                                            ; preds = %bb2.i.i.i, %bb3.i
  resume { ptr, i32 } %.pn.i, !dbg !3563

"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E.exit": ; preds = %bb5.i, %bb2.i.i9.i
  ret void, !dbg !3713
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #0 personality ptr @rust_eh_personality !dbg !1521 {
start:
    #dbg_value(ptr %_1, !1520, !DIExpression(), !3714)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8, !dbg !3715
  %_6.1 = load ptr, ptr %0, align 8, !dbg !3715, !nonnull !23, !align !1778, !noundef !23
  %1 = load ptr, ptr %_6.1, align 8, !dbg !3715, !invariant.load !23
  %.not = icmp eq ptr %1, null, !dbg !3715
  br i1 %.not, label %bb3, label %is_not_null, !dbg !3715

is_not_null:                                      ; preds = %start
  %_6.0 = load ptr, ptr %_1, align 8, !dbg !3715, !nonnull !23, !noundef !23
  invoke void %1(ptr noundef nonnull %_6.0)
          to label %bb3 unwind label %cleanup, !dbg !3715

bb3:                                              ; preds = %is_not_null, %start
    #dbg_value(ptr poison, !1532, !DIExpression(), !3716)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3718)
    #dbg_value(ptr %_6.1, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3718)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3719)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3721)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3723)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3725)
    #dbg_value(ptr %_6.1, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3719)
    #dbg_value(ptr %_6.1, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3721)
    #dbg_value(ptr %_6.1, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3723)
    #dbg_value(ptr %_6.1, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3725)
  %2 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8, !dbg !3727
  %3 = load i64, ptr %2, align 8, !dbg !3727, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3728)
    #dbg_value(i64 %3, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3728)
  %4 = icmp eq i64 %3, 0, !dbg !3729
  br i1 %4, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i, !dbg !3729

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %_1.val2 = load ptr, ptr %_1, align 8, !dbg !3715, !nonnull !23, !noundef !23
  %5 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16, !dbg !3727
  %6 = load i64, ptr %5, align 8, !dbg !3730, !range !1612, !invariant.load !23
    #dbg_value(i64 %6, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3728)
    #dbg_value(ptr %_1.val2, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3719)
    #dbg_value(ptr %_1.val2, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3721)
    #dbg_value(ptr %_1.val2, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3723)
    #dbg_value(ptr %_1.val2, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3725)
    #dbg_value(ptr %_1.val2, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3718)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3731)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3733)
    #dbg_value(ptr %_1.val2, !1621, !DIExpression(), !3731)
    #dbg_value(ptr %_1.val2, !1629, !DIExpression(), !3733)
    #dbg_value(ptr %_1.val2, !1633, !DIExpression(), !3735)
    #dbg_value(i64 %6, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3731)
    #dbg_value(i64 %6, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3733)
    #dbg_value(i64 %6, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3735)
    #dbg_value(i64 %6, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3737)
    #dbg_value(i64 %3, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3731)
    #dbg_value(i64 %3, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3733)
    #dbg_value(i64 %3, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3735)
    #dbg_value(i64 %3, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3737)
    #dbg_value(ptr %_1.val2, !1647, !DIExpression(), !3737)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_1.val2, i64 noundef %3, i64 noundef range(i64 1, -9223372036854775807) %6) #24, !dbg !3739
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE.exit", !dbg !3740

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void, !dbg !3715

cleanup:                                          ; preds = %is_not_null
  %7 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !1532, !DIExpression(), !3741)
    #dbg_value(ptr poison, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3743)
    #dbg_value(ptr %_6.1, !1541, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3743)
    #dbg_value(ptr poison, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3744)
    #dbg_value(ptr poison, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3746)
    #dbg_value(ptr poison, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3748)
    #dbg_value(ptr poison, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3750)
    #dbg_value(ptr %_6.1, !1572, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3744)
    #dbg_value(ptr %_6.1, !1584, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3746)
    #dbg_value(ptr %_6.1, !1591, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3748)
    #dbg_value(ptr %_6.1, !1602, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3750)
  %8 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8, !dbg !3752
  %9 = load i64, ptr %8, align 8, !dbg !3752, !range !1608, !invariant.load !23
    #dbg_value(i64 poison, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3753)
    #dbg_value(i64 %9, !1557, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3753)
  %10 = icmp eq i64 %9, 0, !dbg !3754
  br i1 %10, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, !dbg !3754

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4: ; preds = %cleanup
  %11 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16, !dbg !3752
  %12 = load i64, ptr %11, align 8, !dbg !3755, !range !1612, !invariant.load !23
    #dbg_value(i64 %12, !1557, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3753)
    #dbg_value(ptr %_6.0, !1572, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3744)
    #dbg_value(ptr %_6.0, !1584, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3746)
    #dbg_value(ptr %_6.0, !1591, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3748)
    #dbg_value(ptr %_6.0, !1602, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3750)
    #dbg_value(ptr %_6.0, !1541, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3743)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3756)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3758)
    #dbg_value(ptr %_6.0, !1621, !DIExpression(), !3756)
    #dbg_value(ptr %_6.0, !1629, !DIExpression(), !3758)
    #dbg_value(ptr %_6.0, !1633, !DIExpression(), !3760)
    #dbg_value(i64 %12, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3756)
    #dbg_value(i64 %12, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3758)
    #dbg_value(i64 %12, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3760)
    #dbg_value(i64 %12, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3762)
    #dbg_value(i64 %9, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3756)
    #dbg_value(i64 %9, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3758)
    #dbg_value(i64 %9, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3760)
    #dbg_value(i64 %9, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3762)
    #dbg_value(ptr %_6.0, !1647, !DIExpression(), !3762)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.0, i64 noundef %9, i64 noundef range(i64 1, -9223372036854775807) %12) #24, !dbg !3764
  br label %bb1, !dbg !3765

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i4, %cleanup
  resume { ptr, i32 } %7, !dbg !3715
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nounwind nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #3 personality ptr @rust_eh_personality !dbg !3766 {
start:
    #dbg_value(ptr %self, !3769, !DIExpression(), !3778)
  %_3 = load ptr, ptr %self, align 8, !dbg !3779, !nonnull !23, !noundef !23
    #dbg_value(ptr poison, !3780, !DIExpression(), !3788)
    #dbg_value(ptr poison, !3790, !DIExpression(), !3805)
    #dbg_value(ptr poison, !3807, !DIExpression(), !3830)
    #dbg_value(i64 1, !3832, !DIExpression(), !3837)
    #dbg_value(i8 1, !3836, !DIExpression(), !3837)
    #dbg_value(i64 1, !3839, !DIExpression(), !3844)
    #dbg_value(i8 1, !3843, !DIExpression(), !3844)
    #dbg_value(ptr %_3, !3827, !DIExpression(), !3846)
  %0 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !3847
  br i1 %0, label %"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE.exit", label %bb8.i.i, !dbg !3847

bb8.i.i:                                          ; preds = %start
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !3848
    #dbg_value(ptr %_19.i.i, !3797, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3849)
    #dbg_value(ptr %_19.i.i, !3803, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3850)
    #dbg_value(ptr %_19.i.i, !3835, !DIExpression(), !3837)
    #dbg_value(ptr %_3, !3797, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3849)
    #dbg_value(ptr %_3, !3803, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3850)
    #dbg_value(ptr %_19.i.i, !3842, !DIExpression(), !3844)
  %1 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !3851
  %2 = icmp eq i64 %1, 1, !dbg !3852
  br i1 %2, label %bb1.i.i, label %"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE.exit", !dbg !3852

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3853)
  fence acquire, !dbg !3855
    #dbg_value(ptr poison, !3856, !DIExpression(), !3866)
    #dbg_value(ptr %_3, !3864, !DIExpression(), !3866)
    #dbg_value(i64 8, !3865, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3866)
    #dbg_value(i64 32, !3865, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3866)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3868)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3870)
    #dbg_value(ptr %_3, !1621, !DIExpression(), !3868)
    #dbg_value(ptr %_3, !1629, !DIExpression(), !3870)
    #dbg_value(ptr %_3, !1633, !DIExpression(), !3872)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3868)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3870)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3872)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3874)
    #dbg_value(i64 32, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3868)
    #dbg_value(i64 32, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3870)
    #dbg_value(i64 32, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3872)
    #dbg_value(i64 32, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3874)
    #dbg_value(ptr %_3, !1647, !DIExpression(), !3874)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 32, i64 noundef 8) #24, !dbg !3876
  br label %"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE.exit", !dbg !3877

"_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE.exit": ; preds = %start, %bb8.i.i, %bb1.i.i
  ret void, !dbg !3878
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !3879 {
start:
    #dbg_value(ptr %self, !3882, !DIExpression(), !3890)
  %_3 = load ptr, ptr %self, align 8, !dbg !3891, !nonnull !23, !noundef !23
    #dbg_value(ptr %_3, !3883, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3892)
    #dbg_value(ptr %self, !3883, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !3892)
  %_6 = getelementptr inbounds nuw i8, ptr %_3, i64 16, !dbg !3893
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE"(ptr noalias noundef align 8 dereferenceable(32) %_6)
          to label %bb1 unwind label %cleanup, !dbg !3894

cleanup:                                          ; preds = %start
  %0 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !3895, !DIExpression(), !3903)
    #dbg_value(ptr poison, !3905, !DIExpression(), !3915)
    #dbg_value(ptr poison, !3917, !DIExpression(), !3927)
    #dbg_value(i64 1, !3929, !DIExpression(), !3934)
    #dbg_value(i8 1, !3933, !DIExpression(), !3934)
    #dbg_value(i64 1, !3936, !DIExpression(), !3941)
    #dbg_value(i8 1, !3940, !DIExpression(), !3941)
    #dbg_value(ptr %_3, !3924, !DIExpression(), !3943)
  %1 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !3944
  br i1 %1, label %bb4, label %bb8.i.i, !dbg !3944

bb8.i.i:                                          ; preds = %cleanup
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !3945
    #dbg_value(ptr %_19.i.i, !3911, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3946)
    #dbg_value(ptr %_19.i.i, !3913, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3947)
    #dbg_value(ptr %_19.i.i, !3932, !DIExpression(), !3934)
    #dbg_value(ptr %_3, !3911, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3946)
    #dbg_value(ptr %_3, !3913, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3947)
    #dbg_value(ptr %_19.i.i, !3939, !DIExpression(), !3941)
  %2 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !3948
  %3 = icmp eq i64 %2, 1, !dbg !3949
  br i1 %3, label %bb1.i.i, label %bb4, !dbg !3949

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !3950)
  fence acquire, !dbg !3952
    #dbg_value(ptr poison, !3856, !DIExpression(), !3953)
    #dbg_value(ptr %_3, !3864, !DIExpression(), !3953)
    #dbg_value(i64 8, !3865, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3953)
    #dbg_value(i64 48, !3865, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3953)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3955)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3957)
    #dbg_value(ptr %_3, !1621, !DIExpression(), !3955)
    #dbg_value(ptr %_3, !1629, !DIExpression(), !3957)
    #dbg_value(ptr %_3, !1633, !DIExpression(), !3959)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3955)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3957)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3959)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3961)
    #dbg_value(i64 48, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3955)
    #dbg_value(i64 48, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3957)
    #dbg_value(i64 48, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3959)
    #dbg_value(i64 48, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3961)
    #dbg_value(ptr %_3, !1647, !DIExpression(), !3961)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 48, i64 noundef 8) #24, !dbg !3963
  br label %bb4, !dbg !3964

bb1:                                              ; preds = %start
    #dbg_value(ptr poison, !3895, !DIExpression(), !3965)
    #dbg_value(ptr poison, !3905, !DIExpression(), !3967)
    #dbg_value(ptr poison, !3917, !DIExpression(), !3969)
    #dbg_value(i64 1, !3929, !DIExpression(), !3971)
    #dbg_value(i8 1, !3933, !DIExpression(), !3971)
    #dbg_value(i64 1, !3936, !DIExpression(), !3973)
    #dbg_value(i8 1, !3940, !DIExpression(), !3973)
    #dbg_value(ptr %_3, !3924, !DIExpression(), !3975)
  %4 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !3976
  br i1 %4, label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E.exit7", label %bb8.i.i4, !dbg !3976

bb8.i.i4:                                         ; preds = %bb1
  %_19.i.i5 = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !3977
    #dbg_value(ptr %_19.i.i5, !3911, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3978)
    #dbg_value(ptr %_19.i.i5, !3913, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3979)
    #dbg_value(ptr %_19.i.i5, !3932, !DIExpression(), !3971)
    #dbg_value(ptr %_3, !3911, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3978)
    #dbg_value(ptr %_3, !3913, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3979)
    #dbg_value(ptr %_19.i.i5, !3939, !DIExpression(), !3973)
  %5 = atomicrmw sub ptr %_19.i.i5, i64 1 release, align 8, !dbg !3980
  %6 = icmp eq i64 %5, 1, !dbg !3981
  br i1 %6, label %bb1.i.i6, label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E.exit7", !dbg !3981

bb1.i.i6:                                         ; preds = %bb8.i.i4
    #dbg_value(i8 2, !1200, !DIExpression(), !3982)
  fence acquire, !dbg !3984
    #dbg_value(ptr poison, !3856, !DIExpression(), !3985)
    #dbg_value(ptr %_3, !3864, !DIExpression(), !3985)
    #dbg_value(i64 8, !3865, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3985)
    #dbg_value(i64 48, !3865, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3985)
    #dbg_value(ptr poison, !1613, !DIExpression(), !3987)
    #dbg_value(ptr poison, !1625, !DIExpression(), !3989)
    #dbg_value(ptr %_3, !1621, !DIExpression(), !3987)
    #dbg_value(ptr %_3, !1629, !DIExpression(), !3989)
    #dbg_value(ptr %_3, !1633, !DIExpression(), !3991)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3987)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3989)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3991)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !3993)
    #dbg_value(i64 48, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3987)
    #dbg_value(i64 48, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3989)
    #dbg_value(i64 48, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3991)
    #dbg_value(i64 48, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !3993)
    #dbg_value(ptr %_3, !1647, !DIExpression(), !3993)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 48, i64 noundef 8) #24, !dbg !3995
  br label %"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E.exit7", !dbg !3996

"_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E.exit7": ; preds = %bb1, %bb8.i.i4, %bb1.i.i6
  ret void, !dbg !3997

bb4:                                              ; preds = %bb1.i.i, %bb8.i.i, %cleanup
  resume { ptr, i32 } %0, !dbg !3998
}

; alloc::sync::Arc<T,A>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !3999 {
start:
    #dbg_value(ptr %self, !4002, !DIExpression(), !4010)
  %_3 = load ptr, ptr %self, align 8, !dbg !4011, !nonnull !23, !noundef !23
    #dbg_value(ptr %_3, !4003, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4012)
    #dbg_value(ptr %self, !4003, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !4012)
  %_6 = getelementptr inbounds nuw i8, ptr %_3, i64 16, !dbg !4013
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4014), !dbg !4017
    #dbg_value(ptr %_6, !4018, !DIExpression(), !4024)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4026), !dbg !4029
    #dbg_value(ptr %_6, !2798, !DIExpression(), !4030)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4032), !dbg !4035
    #dbg_value(ptr %_6, !2812, !DIExpression(), !4036)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4038), !dbg !4041
    #dbg_value(ptr %_6, !2826, !DIExpression(), !4042)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !4044), !dbg !4047
    #dbg_value(ptr %_6, !2840, !DIExpression(), !4048)
    #dbg_value(ptr %_6, !2848, !DIExpression(), !4050)
    #dbg_value(i64 1, !2858, !DIExpression(), !4052)
    #dbg_value(i8 1, !2862, !DIExpression(), !4052)
    #dbg_value(i64 1, !2865, !DIExpression(), !4054)
    #dbg_value(i8 1, !2869, !DIExpression(), !4054)
  %_10.i.i.i.i.i = load ptr, ptr %_6, align 8, !dbg !4056, !alias.scope !4058, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i, !2861, !DIExpression(), !4059)
    #dbg_value(ptr %_10.i.i.i.i.i, !2868, !DIExpression(), !4054)
  %0 = atomicrmw sub ptr %_10.i.i.i.i.i, i64 1 release, align 8, !dbg !4060, !noalias !4058
  %1 = icmp eq i64 %0, 1, !dbg !4061
  br i1 %1, label %bb2.i.i.i.i.i, label %bb1, !dbg !4061

bb2.i.i.i.i.i:                                    ; preds = %start
    #dbg_value(i8 2, !1200, !DIExpression(), !4062)
  fence acquire, !dbg !4064
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %_6) #23
          to label %bb1 unwind label %cleanup, !dbg !4065

cleanup:                                          ; preds = %bb2.i.i.i.i.i
  %2 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !4066, !DIExpression(), !4074)
    #dbg_value(ptr poison, !4076, !DIExpression(), !4086)
    #dbg_value(ptr poison, !4088, !DIExpression(), !4098)
    #dbg_value(i64 1, !4100, !DIExpression(), !4105)
    #dbg_value(i8 1, !4104, !DIExpression(), !4105)
    #dbg_value(i64 1, !4107, !DIExpression(), !4112)
    #dbg_value(i8 1, !4111, !DIExpression(), !4112)
    #dbg_value(ptr %_3, !4095, !DIExpression(), !4114)
  %3 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !4115
  br i1 %3, label %bb4, label %bb8.i.i, !dbg !4115

bb8.i.i:                                          ; preds = %cleanup
  %_19.i.i = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !4116
    #dbg_value(ptr %_19.i.i, !4082, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4117)
    #dbg_value(ptr %_19.i.i, !4084, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4118)
    #dbg_value(ptr %_19.i.i, !4103, !DIExpression(), !4105)
    #dbg_value(ptr %_3, !4082, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4117)
    #dbg_value(ptr %_3, !4084, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4118)
    #dbg_value(ptr %_19.i.i, !4110, !DIExpression(), !4112)
  %4 = atomicrmw sub ptr %_19.i.i, i64 1 release, align 8, !dbg !4119
  %5 = icmp eq i64 %4, 1, !dbg !4120
  br i1 %5, label %bb1.i.i, label %bb4, !dbg !4120

bb1.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !4121)
  fence acquire, !dbg !4123
    #dbg_value(ptr poison, !3856, !DIExpression(), !4124)
    #dbg_value(ptr %_3, !3864, !DIExpression(), !4124)
    #dbg_value(i64 8, !3865, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4124)
    #dbg_value(i64 40, !3865, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4124)
    #dbg_value(ptr poison, !1613, !DIExpression(), !4126)
    #dbg_value(ptr poison, !1625, !DIExpression(), !4128)
    #dbg_value(ptr %_3, !1621, !DIExpression(), !4126)
    #dbg_value(ptr %_3, !1629, !DIExpression(), !4128)
    #dbg_value(ptr %_3, !1633, !DIExpression(), !4130)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4126)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4128)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4130)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4132)
    #dbg_value(i64 40, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4126)
    #dbg_value(i64 40, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4128)
    #dbg_value(i64 40, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4130)
    #dbg_value(i64 40, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4132)
    #dbg_value(ptr %_3, !1647, !DIExpression(), !4132)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 40, i64 noundef 8) #24, !dbg !4134
  br label %bb4, !dbg !4135

bb1:                                              ; preds = %start, %bb2.i.i.i.i.i
    #dbg_value(ptr poison, !4066, !DIExpression(), !4136)
    #dbg_value(ptr poison, !4076, !DIExpression(), !4138)
    #dbg_value(ptr poison, !4088, !DIExpression(), !4140)
    #dbg_value(i64 1, !4100, !DIExpression(), !4142)
    #dbg_value(i8 1, !4104, !DIExpression(), !4142)
    #dbg_value(i64 1, !4107, !DIExpression(), !4144)
    #dbg_value(i8 1, !4111, !DIExpression(), !4144)
    #dbg_value(ptr %_3, !4095, !DIExpression(), !4146)
  %6 = icmp eq ptr %_3, inttoptr (i64 -1 to ptr), !dbg !4147
  br i1 %6, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE.exit7", label %bb8.i.i4, !dbg !4147

bb8.i.i4:                                         ; preds = %bb1
  %_19.i.i5 = getelementptr inbounds nuw i8, ptr %_3, i64 8, !dbg !4148
    #dbg_value(ptr %_19.i.i5, !4082, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4149)
    #dbg_value(ptr %_19.i.i5, !4084, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4150)
    #dbg_value(ptr %_19.i.i5, !4103, !DIExpression(), !4142)
    #dbg_value(ptr %_3, !4082, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4149)
    #dbg_value(ptr %_3, !4084, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4150)
    #dbg_value(ptr %_19.i.i5, !4110, !DIExpression(), !4144)
  %7 = atomicrmw sub ptr %_19.i.i5, i64 1 release, align 8, !dbg !4151
  %8 = icmp eq i64 %7, 1, !dbg !4152
  br i1 %8, label %bb1.i.i6, label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE.exit7", !dbg !4152

bb1.i.i6:                                         ; preds = %bb8.i.i4
    #dbg_value(i8 2, !1200, !DIExpression(), !4153)
  fence acquire, !dbg !4155
    #dbg_value(ptr poison, !3856, !DIExpression(), !4156)
    #dbg_value(ptr %_3, !3864, !DIExpression(), !4156)
    #dbg_value(i64 8, !3865, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4156)
    #dbg_value(i64 40, !3865, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4156)
    #dbg_value(ptr poison, !1613, !DIExpression(), !4158)
    #dbg_value(ptr poison, !1625, !DIExpression(), !4160)
    #dbg_value(ptr %_3, !1621, !DIExpression(), !4158)
    #dbg_value(ptr %_3, !1629, !DIExpression(), !4160)
    #dbg_value(ptr %_3, !1633, !DIExpression(), !4162)
    #dbg_value(i64 8, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4158)
    #dbg_value(i64 8, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4160)
    #dbg_value(i64 8, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4162)
    #dbg_value(i64 8, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4164)
    #dbg_value(i64 40, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4158)
    #dbg_value(i64 40, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4160)
    #dbg_value(i64 40, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4162)
    #dbg_value(i64 40, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4164)
    #dbg_value(ptr %_3, !1647, !DIExpression(), !4164)
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_3, i64 noundef 40, i64 noundef 8) #24, !dbg !4166
  br label %"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE.exit7", !dbg !4167

"_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE.exit7": ; preds = %bb1, %bb8.i.i4, %bb1.i.i6
  ret void, !dbg !4168

bb4:                                              ; preds = %bb1.i.i, %bb8.i.i, %cleanup
  resume { ptr, i32 } %2, !dbg !4169
}

; mutex::main
; Function Attrs: nonlazybind uwtable
define hidden void @_ZN5mutex4main17h849321f015cbd99cE() unnamed_addr #0 personality ptr @rust_eh_personality !dbg !4170 {
start:
  %e.i15 = alloca [8 x i8], align 8
  %self1.i.i.i.i = alloca [24 x i8], align 8
  %self1.i.i.i = alloca [24 x i8], align 8
  %_51.i.i = alloca [48 x i8], align 8
  %_33.i.i = alloca [24 x i8], align 8
  %_30.i.i = alloca [48 x i8], align 8
  %rust_start.i.i = alloca [48 x i8], align 8
  %my_packet.i.i = alloca [8 x i8], align 8
  %hooks.i.i = alloca [32 x i8], align 8
  %thread.i.i = alloca [8 x i8], align 8
  %f.i.i = alloca [8 x i8], align 8
  %name.i = alloca [24 x i8], align 8
  %e.i = alloca [16 x i8], align 8
  %self1 = alloca [24 x i8], align 8
    #dbg_declare(ptr poison, !4178, !DIExpression(DW_OP_LLVM_fragment, 328, 56), !4269)
    #dbg_declare(ptr poison, !4274, !DIExpression(DW_OP_LLVM_fragment, 328, 56), !4283)
  %join_handle = alloca [24 x i8], align 8
  %shared = alloca [8 x i8], align 8
    #dbg_declare(ptr %shared, !4172, !DIExpression(), !4284)
    #dbg_declare(ptr %join_handle, !4176, !DIExpression(), !4285)
    #dbg_declare(ptr %self1, !4286, !DIExpression(), !4293)
    #dbg_value(i64 1, !4295, !DIExpression(), !4301)
    #dbg_value(i8 0, !4300, !DIExpression(), !4301)
    #dbg_value(i64 1, !4312, !DIExpression(), !4317)
    #dbg_value(i8 0, !4316, !DIExpression(), !4317)
    #dbg_declare(ptr poison, !4319, !DIExpression(), !4326)
  call void @llvm.lifetime.start.p0(ptr nonnull %shared), !dbg !4328
    #dbg_value(i64 0, !4329, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4338)
    #dbg_value(i64 0, !4329, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4338)
    #dbg_value(i64 1, !4340, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4348)
    #dbg_value(i64 1, !4340, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4348)
    #dbg_value(i64 0, !4340, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !4348)
    #dbg_value(i64 0, !4340, !DIExpression(DW_OP_LLVM_fragment, 192, 64), !4348)
    #dbg_value(i64 8, !4350, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4360)
    #dbg_value(i64 8, !4362, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4385)
    #dbg_value(i64 8, !4387, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4395)
    #dbg_value(i64 32, !4350, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4360)
    #dbg_value(i64 32, !4362, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4385)
    #dbg_value(i64 32, !4387, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4395)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4384, !DIExpression(), !4385)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4393, !DIExpression(), !4395)
    #dbg_value(i8 0, !4394, !DIExpression(), !4395)
    #dbg_value(i64 8, !4397, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4427)
    #dbg_value(i64 8, !4429, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4432)
    #dbg_value(i64 32, !4397, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4427)
    #dbg_value(i64 32, !4429, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4432)
    #dbg_value(i1 false, !4403, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !4427)
    #dbg_value(i64 32, !4404, !DIExpression(), !4434)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #24, !dbg !4435, !noalias !4436
; call __rustc::__rust_alloc
  %0 = tail call noundef align 8 dereferenceable_or_null(32) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 32, i64 noundef 8) #24, !dbg !4439, !noalias !4436
  %1 = icmp eq ptr %0, null, !dbg !4440
  br i1 %1, label %bb2.i11, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit, !dbg !4441, !prof !943

bb2.i11:                                          ; preds = %start
; call alloc::alloc::handle_alloc_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 32) #22, !dbg !4442, !noalias !4436
  unreachable, !dbg !4442

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit: ; preds = %start
    #dbg_value(ptr %0, !4346, !DIExpression(), !4443)
  store i64 1, ptr %0, align 8, !dbg !4444
  %_18.sroa.4.0..sroa_idx = getelementptr inbounds nuw i8, ptr %0, i64 8, !dbg !4444
  store i64 1, ptr %_18.sroa.4.0..sroa_idx, align 8, !dbg !4444
  %_18.sroa.5.0..sroa_idx = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !4444
    #dbg_value(ptr %0, !4335, !DIExpression(), !4445)
    #dbg_value(ptr %0, !4446, !DIExpression(), !4452)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %_18.sroa.5.0..sroa_idx, i8 0, i64 16, i1 false), !dbg !4444
  store ptr %0, ptr %shared, align 8, !dbg !4454
    #dbg_value(ptr %shared, !4308, !DIExpression(), !4456)
    #dbg_value(ptr %0, !4299, !DIExpression(), !4457)
    #dbg_value(ptr %0, !4315, !DIExpression(), !4317)
  %2 = atomicrmw add ptr %0, i64 1 monotonic, align 8, !dbg !4458
    #dbg_value(i64 %2, !4309, !DIExpression(), !4459)
  %_26 = icmp slt i64 %2, 0, !dbg !4460
  br i1 %_26, label %bb10, label %bb30.i.i, !dbg !4460

bb30.i.i:                                         ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
    #dbg_value(ptr %0, !4325, !DIExpression(), !4461)
    #dbg_value(ptr %0, !4174, !DIExpression(), !4462)
  call void @llvm.lifetime.start.p0(ptr nonnull %join_handle), !dbg !4463
    #dbg_value(ptr %0, !4281, !DIExpression(), !4464)
    #dbg_value(ptr %0, !4275, !DIExpression(), !4465)
    #dbg_value(i64 -9223372036854775808, !4274, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !4465)
    #dbg_value(i64 -9223372036854775808, !4178, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !4466)
    #dbg_value(i64 0, !4274, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4465)
    #dbg_value(i64 0, !4178, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4466)
    #dbg_value(i8 0, !4274, !DIExpression(DW_OP_LLVM_fragment, 320, 8), !4465)
    #dbg_value(i8 0, !4178, !DIExpression(DW_OP_LLVM_fragment, 320, 8), !4466)
  call void @llvm.lifetime.start.p0(ptr nonnull %name.i), !dbg !4467
    #dbg_value(ptr %0, !4242, !DIExpression(), !4466)
    #dbg_declare(ptr %name.i, !4243, !DIExpression(), !4468)
  store i64 -9223372036854775808, ptr %name.i, align 8, !dbg !4467, !noalias !4469
    #dbg_value(i64 0, !4245, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4472)
    #dbg_value(i64 undef, !4245, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4472)
    #dbg_value(i1 false, !4246, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !4472)
  call void @llvm.lifetime.start.p0(ptr nonnull %f.i.i), !noalias !4473
    #dbg_value(i64 0, !4475, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4533)
    #dbg_value(i64 0, !4535, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4547)
    #dbg_value(i64 undef, !4475, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4533)
    #dbg_value(i64 undef, !4535, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4547)
    #dbg_value(ptr null, !4496, !DIExpression(), !4533)
  store ptr %0, ptr %f.i.i, align 8, !noalias !4549
    #dbg_declare(ptr %name.i, !4494, !DIExpression(), !4553)
    #dbg_value(i1 false, !4495, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !4533)
    #dbg_declare(ptr %f.i.i, !4497, !DIExpression(), !4554)
    #dbg_declare(ptr %thread.i.i, !4502, !DIExpression(), !4555)
    #dbg_declare(ptr %hooks.i.i, !4504, !DIExpression(), !4556)
    #dbg_declare(ptr %my_packet.i.i, !4506, !DIExpression(), !4557)
    #dbg_declare(ptr %rust_start.i.i, !4512, !DIExpression(), !4558)
    #dbg_declare(ptr poison, !4544, !DIExpression(), !4559)
    #dbg_value(i64 1, !4560, !DIExpression(), !4565)
    #dbg_value(i8 0, !4564, !DIExpression(), !4565)
    #dbg_value(i64 1, !4575, !DIExpression(), !4580)
    #dbg_value(i8 0, !4579, !DIExpression(), !4580)
    #dbg_declare(ptr poison, !4582, !DIExpression(), !4589)
    #dbg_value(i64 1, !4560, !DIExpression(), !4591)
    #dbg_value(i8 0, !4564, !DIExpression(), !4591)
    #dbg_value(i64 1, !4575, !DIExpression(), !4620)
    #dbg_value(i8 0, !4579, !DIExpression(), !4620)
    #dbg_declare(ptr poison, !4623, !DIExpression(), !4632)
    #dbg_declare(ptr %self1.i.i.i, !4634, !DIExpression(), !4670)
    #dbg_value(i8 0, !4672, !DIExpression(), !4676)
    #dbg_declare(ptr poison, !4667, !DIExpression(), !4678)
    #dbg_value(i64 2097152, !4679, !DIExpression(), !4688)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !4690, !DIExpression(), !4698)
    #dbg_value(i8 0, !4697, !DIExpression(), !4698)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !4675, !DIExpression(), !4676)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !1873, !DIExpression(), !4700)
    #dbg_value(i8 0, !1879, !DIExpression(), !4700)
  %3 = load atomic i64, ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN monotonic, align 8, !dbg !4702, !noalias !4549
    #dbg_value(i64 %3, !4628, !DIExpression(), !4703)
  %4 = icmp eq i64 %3, 0, !dbg !4704
  br i1 %4, label %bb2.i50.i.i, label %bb1.i.i.i, !dbg !4704

bb2.i50.i.i:                                      ; preds = %bb30.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %self1.i.i.i), !dbg !4705, !noalias !4549
    #dbg_value(ptr @alloc_7a0078e56453c84a4274ce689b2bb39a, !4706, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4715)
    #dbg_value(i64 14, !4706, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4715)
; invoke std::env::_var_os
  invoke void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(address) dereferenceable(24) %self1.i.i.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_7a0078e56453c84a4274ce689b2bb39a, i64 noundef 14)
          to label %.noexc.i.i unwind label %cleanup.thread.i.i, !dbg !4717, !noalias !4549

.noexc.i.i:                                       ; preds = %bb2.i50.i.i
  %5 = load i64, ptr %self1.i.i.i, align 8, !dbg !4718, !range !4719, !noalias !4549, !noundef !23
  %.not.i.i.i = icmp eq i64 %5, -9223372036854775808, !dbg !4718
  br i1 %.not.i.i.i, label %bb10.i.i.i, label %bb8.i.i.i, !dbg !4720

bb1.i.i.i:                                        ; preds = %bb30.i.i
  %6 = add i64 %3, -1, !dbg !4721
    #dbg_value(i64 %6, !4630, !DIExpression(), !4722)
  br label %bb29.i.i, !dbg !4723

bb8.i.i.i:                                        ; preds = %.noexc.i.i
    #dbg_value(i64 %5, !4668, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4724)
  %x.sroa.5.0.self1.sroa_idx.i.i.i = getelementptr inbounds nuw i8, ptr %self1.i.i.i, i64 8, !dbg !4725
  %x.sroa.5.0.copyload.i.i.i = load ptr, ptr %x.sroa.5.0.self1.sroa_idx.i.i.i, align 8, !dbg !4725, !noalias !4549, !nonnull !23, !noundef !23
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !4668, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4724)
  %x.sroa.6.0.self1.sroa_idx.i.i.i = getelementptr inbounds nuw i8, ptr %self1.i.i.i, i64 16, !dbg !4725
  %x.sroa.6.0.copyload.i.i.i = load i64, ptr %x.sroa.6.0.self1.sroa_idx.i.i.i, align 8, !dbg !4725, !noalias !4549
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !4668, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !4724)
    #dbg_value(i64 %5, !4726, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4732)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !4726, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4732)
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !4726, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !4732)
    #dbg_declare(ptr poison, !4731, !DIExpression(), !4734)
    #dbg_declare(ptr %self1.i.i.i.i, !4735, !DIExpression(), !4787)
    #dbg_declare(ptr poison, !4812, !DIExpression(), !4825)
    #dbg_value(i32 10, !4827, !DIExpression(), !4853)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !4806, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4876)
    #dbg_value(i64 %x.sroa.6.0.copyload.i.i.i, !4806, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4876)
  call void @llvm.lifetime.start.p0(ptr nonnull %self1.i.i.i.i), !dbg !4877, !noalias !4878
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !4881, !DIExpression(), !4893)
; invoke core::str::converts::from_utf8
  invoke void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr noalias noundef nonnull sret([24 x i8]) align 8 captures(none) dereferenceable(24) %self1.i.i.i.i, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %x.sroa.5.0.copyload.i.i.i, i64 noundef %x.sroa.6.0.copyload.i.i.i)
          to label %bb4.i.i.i.i unwind label %cleanup.i.i.i.i, !dbg !4895, !noalias !4878

cleanup.i.i.i.i:                                  ; preds = %bb8.i.i.i
  %7 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr poison, !4896, !DIExpression(), !4902)
    #dbg_value(ptr poison, !4904, !DIExpression(), !4912)
    #dbg_value(ptr poison, !4914, !DIExpression(), !4922)
    #dbg_value(ptr poison, !4924, !DIExpression(), !4932)
    #dbg_value(ptr poison, !4934, !DIExpression(), !4940)
    #dbg_value(ptr poison, !2327, !DIExpression(), !4942)
    #dbg_value(i64 1, !2334, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4942)
    #dbg_value(i64 1, !2334, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4942)
    #dbg_value(ptr poison, !2340, !DIExpression(), !4944)
    #dbg_value(i64 1, !2364, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4944)
    #dbg_value(i64 1, !2364, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4944)
  %8 = icmp eq i64 %5, 0, !dbg !4946
  br i1 %8, label %bb25.i.i, label %bb2.i.i.i4.i.i.i.i.i.i.i, !dbg !4946

bb2.i.i.i4.i.i.i.i.i.i.i:                         ; preds = %cleanup.i.i.i.i
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !2335, !DIExpression(), !4947)
    #dbg_value(i64 1, !2337, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4947)
    #dbg_value(i64 %5, !2337, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4947)
    #dbg_value(ptr poison, !1613, !DIExpression(), !4948)
    #dbg_value(ptr poison, !1625, !DIExpression(), !4950)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1621, !DIExpression(), !4948)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1629, !DIExpression(), !4950)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1633, !DIExpression(), !4952)
    #dbg_value(i64 1, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4948)
    #dbg_value(i64 1, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4950)
    #dbg_value(i64 1, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4952)
    #dbg_value(i64 1, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4954)
    #dbg_value(i64 %5, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4948)
    #dbg_value(i64 %5, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4950)
    #dbg_value(i64 %5, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4952)
    #dbg_value(i64 %5, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4954)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1647, !DIExpression(), !4954)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %x.sroa.5.0.copyload.i.i.i, i64 noundef %5, i64 noundef range(i64 1, -9223372036854775807) 1) #24, !dbg !4956, !noalias !4878
  br label %bb25.i.i, !dbg !4957

bb4.i.i.i.i:                                      ; preds = %bb8.i.i.i
  %_16.i.i.i.i = load i64, ptr %self1.i.i.i.i, align 8, !dbg !4958, !range !1509, !noalias !4878, !noundef !23
  %9 = trunc nuw i64 %_16.i.i.i.i to i1, !dbg !4959
  br i1 %9, label %bb6.i.i.i.i, label %bb7.i.i.i.i, !dbg !4959

bb6.i.i.i.i:                                      ; preds = %bb4.i.i.i.i
    #dbg_value(ptr poison, !4822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4960)
    #dbg_value(i64 poison, !4822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4960)
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i.i), !dbg !4961, !noalias !4878
  br label %bb8.i.i.i.i, !dbg !4962

bb7.i.i.i.i:                                      ; preds = %bb4.i.i.i.i
  %10 = getelementptr inbounds nuw i8, ptr %self1.i.i.i.i, i64 8, !dbg !4963
  %x.0.i.i.i.i = load ptr, ptr %10, align 8, !dbg !4963, !noalias !4878, !nonnull !23, !align !1510, !noundef !23
  %11 = getelementptr inbounds nuw i8, ptr %self1.i.i.i.i, i64 16, !dbg !4963
  %x.1.i.i.i.i = load i64, ptr %11, align 8, !dbg !4963, !noalias !4878, !noundef !23
    #dbg_value(ptr %x.0.i.i.i.i, !4822, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4960)
    #dbg_value(i64 %x.1.i.i.i.i, !4822, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4960)
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i.i), !dbg !4961, !noalias !4878
    #dbg_value(ptr %x.0.i.i.i.i, !4823, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4964)
    #dbg_value(ptr %x.0.i.i.i.i, !4874, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4965)
    #dbg_value(ptr %x.0.i.i.i.i, !4866, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4966)
    #dbg_value(ptr %x.0.i.i.i.i, !4860, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4967)
    #dbg_value(ptr %x.0.i.i.i.i, !4852, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !4853)
    #dbg_value(i64 %x.1.i.i.i.i, !4823, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4964)
    #dbg_value(i64 %x.1.i.i.i.i, !4874, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4965)
    #dbg_value(i64 %x.1.i.i.i.i, !4866, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4966)
    #dbg_value(i64 %x.1.i.i.i.i, !4860, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4967)
    #dbg_value(i64 %x.1.i.i.i.i, !4852, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !4853)
    #dbg_value(ptr %x.0.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5028)
    #dbg_value(ptr %x.0.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5030)
    #dbg_value(i64 %x.1.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5028)
    #dbg_value(i64 %x.1.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5030)
    #dbg_value(i32 10, !4973, !DIExpression(), !5028)
    #dbg_value(i32 10, !5031, !DIExpression(), !5038)
    #dbg_value(i8 0, !4974, !DIExpression(), !5040)
    #dbg_value(i8 0, !5036, !DIExpression(), !5038)
  switch i64 %x.1.i.i.i.i, label %bb9thread-pre-split.i.i.i.i.i [
    i64 0, label %bb8.i.i.i.i
    i64 1, label %bb7.i.i.i.i.i
  ], !dbg !5041

bb7.i.i.i.i.i:                                    ; preds = %bb7.i.i.i.i
  %12 = load i8, ptr %x.0.i.i.i.i, align 1, !dbg !5042, !alias.scope !5043, !noalias !5046, !noundef !23
  switch i8 %12, label %bb9.i.i.i.i.i [
    i8 43, label %bb8.i.i.i.i
    i8 45, label %bb8.i.i.i.i
  ], !dbg !5042

bb9thread-pre-split.i.i.i.i.i:                    ; preds = %bb7.i.i.i.i
  %.pr.i.i.i.i.i = load i8, ptr %x.0.i.i.i.i, align 1, !dbg !5042, !alias.scope !5043, !noalias !5046
  br label %bb9.i.i.i.i.i, !dbg !5042

bb9.i.i.i.i.i:                                    ; preds = %bb9thread-pre-split.i.i.i.i.i, %bb7.i.i.i.i.i
  %13 = phi i8 [ %.pr.i.i.i.i.i, %bb9thread-pre-split.i.i.i.i.i ], [ %12, %bb7.i.i.i.i.i ], !dbg !5042
  %cond.i.i.i.i.i = icmp eq i8 %13, 43, !dbg !5042
  %rest.1.i.i.i.i.i = sext i1 %cond.i.i.i.i.i to i64, !dbg !5042
  %src.sroa.15.0.i.i.i.i.i = add nsw i64 %x.1.i.i.i.i, %rest.1.i.i.i.i.i, !dbg !5042
  %src.sroa.0.0.idx.i.i.i.i.i = zext i1 %cond.i.i.i.i.i to i64, !dbg !5042
  %src.sroa.0.0.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %x.0.i.i.i.i, i64 %src.sroa.0.0.idx.i.i.i.i.i, !dbg !5042
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5030)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5028)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5030)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5028)
    #dbg_value(i64 0, !4985, !DIExpression(), !5048)
    #dbg_value(i64 0, !5049, !DIExpression(), !5061)
    #dbg_value(i64 0, !5063, !DIExpression(), !5073)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !5037, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5038)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !5037, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5038)
  %_10.i.i.i.i.i = icmp samesign ult i64 %src.sroa.15.0.i.i.i.i.i, 17
  br i1 %_10.i.i.i.i.i, label %bb15.preheader.i.i.i.i.i, label %bb22.i.i.i.i.i, !dbg !5075

bb15.preheader.i.i.i.i.i:                         ; preds = %bb9.i.i.i.i.i
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5030)
    #dbg_value(ptr %src.sroa.0.0.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5028)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5030)
    #dbg_value(i64 %src.sroa.15.0.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5028)
    #dbg_value(i64 0, !5063, !DIExpression(), !5073)
    #dbg_value(i64 0, !5049, !DIExpression(), !5061)
    #dbg_value(i64 0, !4985, !DIExpression(), !5048)
  %_13.not62.i.i.i.i.i = icmp eq i64 %src.sroa.15.0.i.i.i.i.i, 0, !dbg !5076
  br i1 %_13.not62.i.i.i.i.i, label %bb8.i.i.i.i, label %bb16.i.i.i.i.i, !dbg !5076

bb22.i.i.i.i.i:                                   ; preds = %bb9.i.i.i.i.i, %bb33.i.i.i.i.i
  %result.sroa.0.0.i.i.i.i.i = phi i64 [ %_66.0.i.i.i.i.i, %bb33.i.i.i.i.i ], [ 0, %bb9.i.i.i.i.i ], !dbg !5030
  %src.sroa.15.1.i.i.i.i.i = phi i64 [ %rest.13.i.i.i.i.i, %bb33.i.i.i.i.i ], [ %src.sroa.15.0.i.i.i.i.i, %bb9.i.i.i.i.i ], !dbg !5040
  %src.sroa.0.1.i.i.i.i.i = phi ptr [ %rest.02.i.i.i.i.i, %bb33.i.i.i.i.i ], [ %src.sroa.0.0.i.i.i.i.i, %bb9.i.i.i.i.i ], !dbg !5040
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5030)
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5028)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5030)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5028)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !5063, !DIExpression(), !5073)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !5049, !DIExpression(), !5061)
    #dbg_value(i64 %result.sroa.0.0.i.i.i.i.i, !4985, !DIExpression(), !5048)
  %_30.not.i.not.i.i.i.i = icmp eq i64 %src.sroa.15.1.i.i.i.i.i, 0, !dbg !5077
  br i1 %_30.not.i.not.i.i.i.i, label %bb8.i.i.i.i, label %bb23.i.i.i.i.i, !dbg !5077

bb23.i.i.i.i.i:                                   ; preds = %bb22.i.i.i.i.i
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !5002, !DIExpression(), !5078)
    #dbg_value(ptr %src.sroa.0.1.i.i.i.i.i, !5004, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !5078)
    #dbg_value(i64 %src.sroa.15.1.i.i.i.i.i, !5004, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !5078)
    #dbg_value(i64 10, !5054, !DIExpression(), !5061)
    #dbg_value(i64 10, !5072, !DIExpression(), !5073)
  %14 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %result.sroa.0.0.i.i.i.i.i, i64 10), !dbg !5079
  %_60.1.i.i.i.i.i = extractvalue { i64, i1 } %14, 1, !dbg !5079
    #dbg_value(i1 %_60.1.i.i.i.i.i, !5057, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5080)
    #dbg_value(i1 %_60.1.i.i.i.i.i, !5081, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5088)
    #dbg_value(i64 poison, !5055, !DIExpression(), !5080)
  br i1 %_60.1.i.i.i.i.i, label %bb8.i.i.i.i, label %bb33.i.i.i.i.i, !dbg !5090, !prof !943

bb33.i.i.i.i.i:                                   ; preds = %bb23.i.i.i.i.i
  %_60.0.i.i.i.i.i = extractvalue { i64, i1 } %14, 0, !dbg !5079
    #dbg_value(i64 %_60.0.i.i.i.i.i, !5055, !DIExpression(), !5080)
  %rest.13.i.i.i.i.i = add nsw i64 %src.sroa.15.1.i.i.i.i.i, -1, !dbg !5091
    #dbg_value(i64 %rest.13.i.i.i.i.i, !5004, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5078)
  %rest.02.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %src.sroa.0.1.i.i.i.i.i, i64 1, !dbg !5091
    #dbg_value(ptr %rest.02.i.i.i.i.i, !5004, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5078)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !5005, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5092)
    #dbg_value(i64 1, !5005, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5092)
  %15 = load i8, ptr %src.sroa.0.1.i.i.i.i.i, align 1, !dbg !5093, !alias.scope !5043, !noalias !5046, !noundef !23
  %16 = zext i8 %15 to i32, !dbg !5094
    #dbg_value(i32 %16, !5095, !DIExpression(), !5119)
    #dbg_value(i32 10, !5116, !DIExpression(), !5119)
    #dbg_value(i32 65, !5121, !DIExpression(), !5128)
    #dbg_value(i32 48, !5121, !DIExpression(), !5130)
    #dbg_value(i32 %16, !5127, !DIExpression(), !5130)
  %17 = add nsw i32 %16, -48, !dbg !5132
    #dbg_value(i32 %17, !5117, !DIExpression(), !5133)
  %_14.i.i.i.i.i.i = icmp ugt i32 %17, 9, !dbg !5134
  %18 = zext nneg i32 %17 to i64
    #dbg_value(i64 %_60.0.i.i.i.i.i, !4985, !DIExpression(), !5048)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !5049, !DIExpression(), !5061)
    #dbg_value(i64 %_60.0.i.i.i.i.i, !5063, !DIExpression(), !5073)
  %_66.0.i.i.i.i.i = add i64 %_60.0.i.i.i.i.i, %18
  %_66.1.i.i.i.i.i = icmp ult i64 %_66.0.i.i.i.i.i, %_60.0.i.i.i.i.i
    #dbg_value(i1 %_66.1.i.i.i.i.i, !5081, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5135)
  %or.cond.i.i.i.i = select i1 %_14.i.i.i.i.i.i, i1 true, i1 %_66.1.i.i.i.i.i, !dbg !5142, !prof !5143
  br i1 %or.cond.i.i.i.i, label %bb8.i.i.i.i, label %bb22.i.i.i.i.i, !dbg !5142, !prof !5143

bb16.i.i.i.i.i:                                   ; preds = %bb15.preheader.i.i.i.i.i, %bb20.i.i.i.i.i
  %src.sroa.0.265.i.i.i.i.i = phi ptr [ %rest.010.i.i.i.i.i, %bb20.i.i.i.i.i ], [ %src.sroa.0.0.i.i.i.i.i, %bb15.preheader.i.i.i.i.i ]
  %src.sroa.15.264.i.i.i.i.i = phi i64 [ %rest.111.i.i.i.i.i, %bb20.i.i.i.i.i ], [ %src.sroa.15.0.i.i.i.i.i, %bb15.preheader.i.i.i.i.i ]
  %result.sroa.0.263.i.i.i.i.i = phi i64 [ %21, %bb20.i.i.i.i.i ], [ 0, %bb15.preheader.i.i.i.i.i ]
    #dbg_value(ptr %src.sroa.0.265.i.i.i.i.i, !4987, !DIExpression(), !5144)
    #dbg_value(ptr %src.sroa.0.265.i.i.i.i.i, !4990, !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !5144)
    #dbg_value(i64 %src.sroa.15.264.i.i.i.i.i, !4990, !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value, DW_OP_LLVM_fragment, 64, 64), !5144)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !4985, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !5048)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !5049, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !5061)
    #dbg_value(i64 %result.sroa.0.263.i.i.i.i.i, !5063, !DIExpression(DW_OP_constu, 10, DW_OP_mul, DW_OP_stack_value), !5073)
  %_20.i.i.i.i.i = load i8, ptr %src.sroa.0.265.i.i.i.i.i, align 1, !dbg !5145, !alias.scope !5043, !noalias !5046, !noundef !23
  %_19.i.i.i.i.i = zext i8 %_20.i.i.i.i.i to i32, !dbg !5146
    #dbg_value(i32 %_19.i.i.i.i.i, !5095, !DIExpression(), !5147)
    #dbg_value(i32 10, !5116, !DIExpression(), !5147)
    #dbg_value(i32 65, !5121, !DIExpression(), !5149)
    #dbg_value(i32 48, !5121, !DIExpression(), !5151)
    #dbg_value(i32 %_19.i.i.i.i.i, !5127, !DIExpression(), !5151)
  %19 = add nsw i32 %_19.i.i.i.i.i, -48, !dbg !5153
    #dbg_value(i32 %19, !5117, !DIExpression(), !5154)
  %_14.i52.i.i.i.i.i = icmp ugt i32 %19, 9, !dbg !5155
  br i1 %_14.i52.i.i.i.i.i, label %bb8.i.i.i.i, label %bb20.i.i.i.i.i, !dbg !5156

bb20.i.i.i.i.i:                                   ; preds = %bb16.i.i.i.i.i
  %20 = mul i64 %result.sroa.0.263.i.i.i.i.i, 10, !dbg !5157
    #dbg_value(i64 %20, !4985, !DIExpression(), !5048)
    #dbg_value(i64 %20, !5049, !DIExpression(), !5061)
    #dbg_value(i64 %20, !5063, !DIExpression(), !5073)
  %rest.111.i.i.i.i.i = add nsw i64 %src.sroa.15.264.i.i.i.i.i, -1, !dbg !5158
    #dbg_value(i64 %rest.111.i.i.i.i.i, !4990, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5144)
  %rest.010.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %src.sroa.0.265.i.i.i.i.i, i64 1, !dbg !5158
    #dbg_value(ptr %rest.010.i.i.i.i.i, !4990, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5144)
    #dbg_value(i32 %19, !4991, !DIExpression(), !5159)
  %_24.i.i.i.i.i = zext nneg i32 %19 to i64, !dbg !5160
  %21 = add i64 %20, %_24.i.i.i.i.i, !dbg !5161
    #dbg_value(ptr %rest.010.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5030)
    #dbg_value(ptr %rest.010.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5028)
    #dbg_value(i64 %rest.111.i.i.i.i.i, !4978, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5030)
    #dbg_value(i64 %rest.111.i.i.i.i.i, !4968, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5028)
    #dbg_value(i64 %21, !5063, !DIExpression(), !5073)
    #dbg_value(i64 %21, !5049, !DIExpression(), !5061)
    #dbg_value(i64 %21, !4985, !DIExpression(), !5048)
  %_13.not.i.i.i.i.i = icmp eq i64 %rest.111.i.i.i.i.i, 0, !dbg !5076
  br i1 %_13.not.i.i.i.i.i, label %bb8.i.i.i.i, label %bb16.i.i.i.i.i, !dbg !5076

bb8.i.i.i.i:                                      ; preds = %bb33.i.i.i.i.i, %bb23.i.i.i.i.i, %bb22.i.i.i.i.i, %bb20.i.i.i.i.i, %bb16.i.i.i.i.i, %bb15.preheader.i.i.i.i.i, %bb7.i.i.i.i.i, %bb7.i.i.i.i.i, %bb7.i.i.i.i, %bb6.i.i.i.i
  %_0.sroa.0.1.i.i.i.i = phi i64 [ 2097152, %bb6.i.i.i.i ], [ 0, %bb15.preheader.i.i.i.i.i ], [ 2097152, %bb7.i.i.i.i.i ], [ 2097152, %bb7.i.i.i.i ], [ 2097152, %bb7.i.i.i.i.i ], [ %21, %bb20.i.i.i.i.i ], [ 2097152, %bb16.i.i.i.i.i ], [ 2097152, %bb33.i.i.i.i.i ], [ 2097152, %bb23.i.i.i.i.i ], [ %result.sroa.0.0.i.i.i.i.i, %bb22.i.i.i.i.i ], !dbg !4960
    #dbg_value(ptr poison, !4896, !DIExpression(), !5162)
    #dbg_value(ptr poison, !4904, !DIExpression(), !5164)
    #dbg_value(ptr poison, !4914, !DIExpression(), !5166)
    #dbg_value(ptr poison, !4924, !DIExpression(), !5168)
    #dbg_value(ptr poison, !4934, !DIExpression(), !5170)
    #dbg_value(ptr poison, !2327, !DIExpression(), !5172)
    #dbg_value(i64 1, !2334, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5172)
    #dbg_value(i64 1, !2334, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5172)
    #dbg_value(ptr poison, !2340, !DIExpression(), !5174)
    #dbg_value(i64 1, !2364, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5174)
    #dbg_value(i64 1, !2364, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5174)
  %22 = icmp eq i64 %5, 0, !dbg !5176
  br i1 %22, label %bb10.i.i.i, label %bb2.i.i.i4.i.i.i10.i.i.i.i, !dbg !5176

bb2.i.i.i4.i.i.i10.i.i.i.i:                       ; preds = %bb8.i.i.i.i
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !2335, !DIExpression(), !5177)
    #dbg_value(i64 1, !2337, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5177)
    #dbg_value(i64 %5, !2337, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5177)
    #dbg_value(ptr poison, !1613, !DIExpression(), !5178)
    #dbg_value(ptr poison, !1625, !DIExpression(), !5180)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1621, !DIExpression(), !5178)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1629, !DIExpression(), !5180)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1633, !DIExpression(), !5182)
    #dbg_value(i64 1, !1622, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5178)
    #dbg_value(i64 1, !1630, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5180)
    #dbg_value(i64 1, !1639, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5182)
    #dbg_value(i64 1, !1642, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5184)
    #dbg_value(i64 %5, !1622, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5178)
    #dbg_value(i64 %5, !1630, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5180)
    #dbg_value(i64 %5, !1639, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5182)
    #dbg_value(i64 %5, !1642, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5184)
    #dbg_value(ptr %x.sroa.5.0.copyload.i.i.i, !1647, !DIExpression(), !5184)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %x.sroa.5.0.copyload.i.i.i, i64 noundef %5, i64 noundef range(i64 1, -9223372036854775807) 1) #24, !dbg !5186, !noalias !4878
  br label %bb10.i.i.i, !dbg !5187

bb10.i.i.i:                                       ; preds = %bb2.i.i.i4.i.i.i10.i.i.i.i, %bb8.i.i.i.i, %.noexc.i.i
  %amt.sroa.0.0.i.i.i = phi i64 [ %_0.sroa.0.1.i.i.i.i, %bb2.i.i.i4.i.i.i10.i.i.i.i ], [ %_0.sroa.0.1.i.i.i.i, %bb8.i.i.i.i ], [ 2097152, %.noexc.i.i ], !dbg !4688
  call void @llvm.lifetime.end.p0(ptr nonnull %self1.i.i.i), !dbg !5188, !noalias !4549
    #dbg_value(i64 %amt.sroa.0.0.i.i.i, !4630, !DIExpression(), !4722)
  %val.i.i.i = add i64 %amt.sroa.0.0.i.i.i, 1, !dbg !5189
    #dbg_value(i64 %val.i.i.i, !4696, !DIExpression(), !4698)
    #dbg_value(ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN, !5190, !DIExpression(), !5197)
    #dbg_value(i64 %val.i.i.i, !5195, !DIExpression(), !5197)
    #dbg_value(i8 0, !5196, !DIExpression(), !5197)
  store atomic i64 %val.i.i.i, ptr @_RNvNCNvNtNtCsjrHSEGnQ3l9_3std6thread9lifecycle15spawn_unchecked03MIN monotonic, align 8, !dbg !5199, !noalias !4549
  br label %bb29.i.i, !dbg !4723

bb26.i.i:                                         ; preds = %bb2.i.i.i.i.i.i, %bb17.i.i
  br i1 %_45.sroa.0.2.i.i, label %bb25.i.thread.i, label %bb5, !dbg !5200

cleanup.thread.i.i:                               ; preds = %bb1.i.i, %bb29.i.i, %bb2.i50.i.i
  %lpad.thr_comm.i.i = landingpad { ptr, i32 }
          cleanup
  br label %bb25.i.i, !dbg !5200

bb29.i.i:                                         ; preds = %bb10.i.i.i, %bb1.i.i.i
  %stack_size1.sroa.0.0.i.i = phi i64 [ %6, %bb1.i.i.i ], [ %amt.sroa.0.0.i.i.i, %bb10.i.i.i ], !dbg !4547
    #dbg_value(i64 %stack_size1.sroa.0.0.i.i, !4498, !DIExpression(), !5201)
; invoke <std::thread::id::ThreadId>::new
  %id.i.i = invoke noundef i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new()
          to label %bb1.i.i unwind label %cleanup.thread.i.i, !dbg !5202, !noalias !4549

bb1.i.i:                                          ; preds = %bb29.i.i
    #dbg_value(i64 %id.i.i, !4500, !DIExpression(), !5203)
  call void @llvm.lifetime.start.p0(ptr nonnull %thread.i.i), !dbg !5204, !noalias !4549
; invoke <std::thread::thread::Thread>::new
  %23 = invoke noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef %id.i.i, ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %name.i)
          to label %bb3.i.i unwind label %cleanup.thread.i.i, !dbg !5205, !noalias !5206

bb3.i.i:                                          ; preds = %bb1.i.i
  store ptr %23, ptr %thread.i.i, align 8, !dbg !5205, !noalias !4549
  call void @llvm.lifetime.start.p0(ptr nonnull %hooks.i.i), !dbg !5207, !noalias !4549
; invoke std::thread::spawnhook::run_spawn_hooks
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr noalias noundef nonnull sret([32 x i8]) align 8 captures(none) dereferenceable(32) %hooks.i.i, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(8) %thread.i.i)
          to label %bb5.i.i unwind label %cleanup11.i.i, !dbg !5208, !noalias !4549

bb17.i.i:                                         ; preds = %bb23.i.i, %bb2.i.i68.i.i, %bb16.i.i, %bb24.i.i, %cleanup11.i.i
  %_45.sroa.0.2.i.i = phi i1 [ true, %bb23.i.i ], [ false, %bb24.i.i ], [ true, %cleanup11.i.i ], [ false, %bb16.i.i ], [ false, %bb2.i.i68.i.i ], !dbg !4533
  %.pn.pn.i.i = phi { ptr, i32 } [ %31, %bb23.i.i ], [ %33, %bb24.i.i ], [ %26, %cleanup11.i.i ], [ %eh.lpad-body10.i.i, %bb16.i.i ], [ %eh.lpad-body10.i.i, %bb2.i.i68.i.i ]
  call void @llvm.experimental.noalias.scope.decl(metadata !5209), !dbg !5212
    #dbg_value(ptr %thread.i.i, !2798, !DIExpression(), !5213)
  call void @llvm.experimental.noalias.scope.decl(metadata !5215), !dbg !5218
    #dbg_value(ptr %thread.i.i, !2812, !DIExpression(), !5219)
  call void @llvm.experimental.noalias.scope.decl(metadata !5221), !dbg !5224
    #dbg_value(ptr %thread.i.i, !2826, !DIExpression(), !5225)
  call void @llvm.experimental.noalias.scope.decl(metadata !5227), !dbg !5230
    #dbg_value(ptr %thread.i.i, !2840, !DIExpression(), !5231)
    #dbg_value(ptr %thread.i.i, !2848, !DIExpression(), !5233)
    #dbg_value(i64 1, !2858, !DIExpression(), !5235)
    #dbg_value(i8 1, !2862, !DIExpression(), !5235)
    #dbg_value(i64 1, !2865, !DIExpression(), !5237)
    #dbg_value(i8 1, !2869, !DIExpression(), !5237)
  %_10.i.i.i.i.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !5239, !alias.scope !5241, !noalias !4549, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i.i, !2861, !DIExpression(), !5242)
    #dbg_value(ptr %_10.i.i.i.i.i.i, !2868, !DIExpression(), !5237)
  %24 = atomicrmw sub ptr %_10.i.i.i.i.i.i, i64 1 release, align 8, !dbg !5243, !noalias !5244
  %25 = icmp eq i64 %24, 1, !dbg !5245
  br i1 %25, label %bb2.i.i.i.i.i.i, label %bb26.i.i, !dbg !5245

bb2.i.i.i.i.i.i:                                  ; preds = %bb17.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5246)
  fence acquire, !dbg !5248
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %thread.i.i) #23
          to label %bb26.i.i unwind label %terminate.i.i, !dbg !5249, !noalias !4549

cleanup11.i.i:                                    ; preds = %bb3.i.i
  %26 = landingpad { ptr, i32 }
          cleanup
  br label %bb17.i.i

bb5.i.i:                                          ; preds = %bb3.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %my_packet.i.i), !dbg !5250, !noalias !4549
    #dbg_value(ptr null, !5251, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5260)
    #dbg_value(i64 0, !5251, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5260)
  call void @llvm.lifetime.start.p0(ptr nonnull %_51.i.i), !dbg !5262, !noalias !4549
  store i64 1, ptr %_51.i.i, align 8, !dbg !5262, !noalias !4549
  %27 = getelementptr inbounds nuw i8, ptr %_51.i.i, i64 8, !dbg !5262
  store i64 1, ptr %27, align 8, !dbg !5262, !noalias !4549
  %28 = getelementptr inbounds nuw i8, ptr %_51.i.i, i64 16, !dbg !5262
    #dbg_declare(ptr %_51.i.i, !5263, !DIExpression(), !5270)
    #dbg_value(i64 8, !4350, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5272)
    #dbg_value(i64 8, !4362, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5274)
    #dbg_value(i64 8, !4387, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5276)
    #dbg_value(i64 48, !4350, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5272)
    #dbg_value(i64 48, !4362, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5274)
    #dbg_value(i64 48, !4387, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5276)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4384, !DIExpression(), !5274)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4393, !DIExpression(), !5276)
    #dbg_value(i8 0, !4394, !DIExpression(), !5276)
    #dbg_value(i64 8, !4397, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5278)
    #dbg_value(i64 8, !4429, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5280)
    #dbg_value(i64 48, !4397, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5278)
    #dbg_value(i64 48, !4429, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5280)
    #dbg_value(i1 false, !4403, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5278)
    #dbg_value(i64 48, !4404, !DIExpression(), !5282)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %28, i8 0, i64 16, i1 false), !dbg !5262, !noalias !4549
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #24, !dbg !5283, !noalias !5284
; call __rustc::__rust_alloc
  %29 = call noundef align 8 dereferenceable_or_null(48) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 48, i64 noundef 8) #24, !dbg !5287, !noalias !5284
  %30 = icmp eq ptr %29, null, !dbg !5288
  br i1 %30, label %bb2.i53.i.i, label %bb33.i.i, !dbg !5289, !prof !943

bb2.i53.i.i:                                      ; preds = %bb5.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 48) #22
          to label %.noexc54.i.i unwind label %cleanup.i38.i.i, !dbg !5290, !noalias !4549

.noexc54.i.i:                                     ; preds = %bb2.i53.i.i
  unreachable, !dbg !5290

cleanup.i38.i.i:                                  ; preds = %bb2.i53.i.i
  %31 = landingpad { ptr, i32 }
          cleanup
    #dbg_value(ptr %_51.i.i, !5291, !DIExpression(), !5296)
; invoke core::ptr::drop_in_place<std::thread::lifecycle::Packet<()>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE"(ptr noalias noundef align 8 dereferenceable(32) %28)
          to label %bb23.i.i unwind label %terminate.i39.i.i, !dbg !5298, !noalias !4549

terminate.i39.i.i:                                ; preds = %cleanup.i38.i.i
  %32 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5299, !noalias !4549
  unreachable, !dbg !5299

bb24.i.i:                                         ; preds = %bb2.i.i.i.i
  %33 = landingpad { ptr, i32 }
          cleanup
  br label %bb17.i.i, !dbg !5300

bb33.i.i:                                         ; preds = %bb5.i.i
    #dbg_value(ptr %29, !5268, !DIExpression(), !5301)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %29, ptr noundef nonnull align 8 dereferenceable(48) %_51.i.i, i64 48, i1 false), !dbg !5302, !noalias !4549
    #dbg_value(ptr %29, !5257, !DIExpression(), !5303)
  call void @llvm.lifetime.end.p0(ptr nonnull %_51.i.i), !dbg !5304, !noalias !4549
    #dbg_value(ptr %29, !5305, !DIExpression(), !5311)
  store ptr %29, ptr %my_packet.i.i, align 8, !dbg !5313, !noalias !4549
    #dbg_value(ptr %my_packet.i.i, !4571, !DIExpression(), !5315)
    #dbg_value(ptr %29, !4563, !DIExpression(), !5316)
    #dbg_value(ptr %29, !4578, !DIExpression(), !4580)
  %34 = atomicrmw add ptr %29, i64 1 monotonic, align 8, !dbg !5317, !noalias !4549
    #dbg_value(i64 %34, !4572, !DIExpression(), !5318)
  %_59.i.i = icmp slt i64 %34, 0, !dbg !5319
  br i1 %_59.i.i, label %bb34.i.i, label %bb35.i.i, !dbg !5319

bb35.i.i:                                         ; preds = %bb33.i.i
    #dbg_value(ptr %29, !4588, !DIExpression(), !5320)
    #dbg_value(ptr %29, !4508, !DIExpression(), !5321)
    #dbg_value(ptr %0, !4510, !DIExpression(), !5322)
  call void @llvm.lifetime.start.p0(ptr nonnull %rust_start.i.i), !dbg !5323, !noalias !4549
  %35 = getelementptr inbounds nuw i8, ptr %rust_start.i.i, i64 40, !dbg !5324
  store ptr %0, ptr %35, align 8, !dbg !5324, !noalias !4549
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %rust_start.i.i, ptr noundef nonnull align 8 dereferenceable(32) %hooks.i.i, i64 32, i1 false), !dbg !5324, !noalias !4549
  %36 = getelementptr inbounds nuw i8, ptr %rust_start.i.i, i64 32, !dbg !5324
  store ptr %29, ptr %36, align 8, !dbg !5324, !noalias !4549
  %37 = getelementptr inbounds nuw i8, ptr %29, i64 16, !dbg !5325
  %38 = load ptr, ptr %37, align 8, !dbg !5325, !noalias !4549, !noundef !23
  %.not.i.i = icmp eq ptr %38, null, !dbg !5325
  br i1 %.not.i.i, label %bb8.i.i, label %bb6.i.i, !dbg !5326

bb34.i.i:                                         ; preds = %bb33.i.i
  call void @llvm.trap(), !dbg !5327
  unreachable, !dbg !5327

bb6.i.i:                                          ; preds = %bb35.i.i
    #dbg_value(ptr %29, !4514, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !5328)
    #dbg_value(ptr %29, !5329, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !5332)
  %_26.i.i = getelementptr inbounds nuw i8, ptr %38, i64 16, !dbg !5334
; invoke <std::thread::scoped::ScopeData>::increment_num_running_threads
  invoke void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8 %_26.i.i)
          to label %bb8.i.i unwind label %bb21.i.i, !dbg !5335, !noalias !4549

bb8.i.i:                                          ; preds = %bb6.i.i, %bb35.i.i
  call void @llvm.lifetime.start.p0(ptr nonnull %_30.i.i), !dbg !5336, !noalias !4549
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %_30.i.i, ptr noundef nonnull align 8 dereferenceable(48) %rust_start.i.i, i64 48, i1 false), !dbg !5336, !noalias !4549
    #dbg_declare(ptr %_30.i.i, !5337, !DIExpression(), !5345)
    #dbg_value(i64 8, !4350, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5347)
    #dbg_value(i64 8, !4362, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5349)
    #dbg_value(i64 8, !4387, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5351)
    #dbg_value(i64 48, !4350, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5347)
    #dbg_value(i64 48, !4362, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5349)
    #dbg_value(i64 48, !4387, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5351)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4384, !DIExpression(), !5349)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4393, !DIExpression(), !5351)
    #dbg_value(i8 0, !4394, !DIExpression(), !5351)
    #dbg_value(i64 8, !4397, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5353)
    #dbg_value(i64 8, !4429, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5355)
    #dbg_value(i64 48, !4397, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5353)
    #dbg_value(i64 48, !4429, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5355)
    #dbg_value(i1 false, !4403, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5353)
    #dbg_value(i64 48, !4404, !DIExpression(), !5357)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #24, !dbg !5358, !noalias !5359
; call __rustc::__rust_alloc
  %39 = call noundef align 8 dereferenceable_or_null(48) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 48, i64 noundef 8) #24, !dbg !5362, !noalias !5359
  %40 = icmp eq ptr %39, null, !dbg !5363
  br i1 %40, label %bb2.i56.i.i, label %bb9.i.i, !dbg !5364, !prof !943

bb2.i56.i.i:                                      ; preds = %bb8.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 48) #22
          to label %.noexc57.i.i unwind label %cleanup.i43.i.i, !dbg !5365, !noalias !4549

.noexc57.i.i:                                     ; preds = %bb2.i56.i.i
  unreachable, !dbg !5365

cleanup.i43.i.i:                                  ; preds = %bb2.i56.i.i
  %41 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<mutex::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E"(ptr noalias noundef nonnull align 8 dereferenceable(48) %_30.i.i) #26
          to label %bb16.i.i unwind label %terminate.i44.i.i, !dbg !5366, !noalias !4549

terminate.i44.i.i:                                ; preds = %cleanup.i43.i.i
  %42 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5367, !noalias !4549
  unreachable, !dbg !5367

cleanup17.body.i.i:                               ; preds = %bb10.i.i
  %43 = landingpad { ptr, i32 }
          cleanup
  br label %bb16.i.i, !dbg !5368

bb9.i.i:                                          ; preds = %bb8.i.i
    #dbg_value(ptr %39, !5343, !DIExpression(), !5369)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %39, ptr noundef nonnull align 8 dereferenceable(48) %rust_start.i.i, i64 48, i1 false), !dbg !5370, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %_30.i.i), !dbg !5371, !noalias !4549
    #dbg_value(ptr %39, !4516, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5372)
    #dbg_value(ptr @vtable.2, !4516, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5372)
  call void @llvm.lifetime.start.p0(ptr nonnull %_33.i.i), !dbg !5373, !noalias !4549
    #dbg_value(ptr %thread.i.i, !4618, !DIExpression(), !5374)
    #dbg_value(ptr %thread.i.i, !4609, !DIExpression(), !5375)
    #dbg_value(ptr %thread.i.i, !4598, !DIExpression(), !5376)
    #dbg_value(ptr %thread.i.i, !5377, !DIExpression(), !5380)
  %_92.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !5382, !noalias !4549, !nonnull !23, !noundef !23
    #dbg_value(ptr %_92.i.i, !4563, !DIExpression(), !5386)
    #dbg_value(ptr %_92.i.i, !4578, !DIExpression(), !4620)
  %44 = atomicrmw add ptr %_92.i.i, i64 1 monotonic, align 8, !dbg !5387, !noalias !4549
    #dbg_value(i64 %44, !4599, !DIExpression(), !5388)
  %_87.i.i = icmp slt i64 %44, 0, !dbg !5389
  br i1 %_87.i.i, label %bb40.i.i, label %bb41.i.i, !dbg !5389

bb41.i.i:                                         ; preds = %bb9.i.i
  %ptr24.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !5390, !noalias !4549, !nonnull !23, !noundef !23
  store ptr %ptr24.i.i, ptr %_33.i.i, align 8, !dbg !5373, !noalias !4549
  %45 = getelementptr inbounds nuw i8, ptr %_33.i.i, i64 8, !dbg !5373
  store ptr %39, ptr %45, align 8, !dbg !5373, !noalias !4549
  %46 = getelementptr inbounds nuw i8, ptr %_33.i.i, i64 16, !dbg !5373
  store ptr @vtable.2, ptr %46, align 8, !dbg !5373, !noalias !4549
    #dbg_declare(ptr %_33.i.i, !5391, !DIExpression(), !5398)
    #dbg_value(i64 8, !4350, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5400)
    #dbg_value(i64 8, !4362, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5402)
    #dbg_value(i64 8, !4387, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5404)
    #dbg_value(i64 24, !4350, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5400)
    #dbg_value(i64 24, !4362, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5402)
    #dbg_value(i64 24, !4387, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5404)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4384, !DIExpression(), !5402)
    #dbg_value(ptr inttoptr (i64 1 to ptr), !4393, !DIExpression(), !5404)
    #dbg_value(i8 0, !4394, !DIExpression(), !5404)
    #dbg_value(i64 8, !4397, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5406)
    #dbg_value(i64 8, !4429, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5408)
    #dbg_value(i64 24, !4397, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5406)
    #dbg_value(i64 24, !4429, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5408)
    #dbg_value(i1 false, !4403, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5406)
    #dbg_value(i64 24, !4404, !DIExpression(), !5410)
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #24, !dbg !5411, !noalias !5412
; call __rustc::__rust_alloc
  %47 = call noundef align 8 dereferenceable_or_null(24) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 24, 49) 24, i64 noundef 8) #24, !dbg !5415, !noalias !5412
  %48 = icmp eq ptr %47, null, !dbg !5416
  br i1 %48, label %bb2.i59.i.i, label %bb10.i.i, !dbg !5417, !prof !943

bb2.i59.i.i:                                      ; preds = %bb41.i.i
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 24) #22
          to label %.noexc60.i.i unwind label %cleanup.i.i.i, !dbg !5418, !noalias !4549

.noexc60.i.i:                                     ; preds = %bb2.i59.i.i
  unreachable, !dbg !5418

cleanup.i.i.i:                                    ; preds = %bb2.i59.i.i
  %49 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::ThreadInit>
  invoke fastcc void @"_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h6d4663726614de67E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %_33.i.i) #26
          to label %bb16.i.i unwind label %terminate.i.i.i, !dbg !5419, !noalias !4549

terminate.i.i.i:                                  ; preds = %cleanup.i.i.i
  %50 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5420, !noalias !4549
  unreachable, !dbg !5420

bb40.i.i:                                         ; preds = %bb9.i.i
  call void @llvm.trap(), !dbg !5421
  unreachable, !dbg !5421

bb10.i.i:                                         ; preds = %bb41.i.i
    #dbg_value(ptr %47, !5396, !DIExpression(), !5422)
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %47, ptr noundef nonnull align 8 dereferenceable(24) %_33.i.i, i64 24, i1 false), !dbg !5423, !noalias !4549
    #dbg_value(ptr %47, !4526, !DIExpression(), !5424)
  call void @llvm.lifetime.end.p0(ptr nonnull %_33.i.i), !dbg !5425, !noalias !4549
; invoke <std::sys::thread::unix::Thread>::new
  %51 = invoke { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef %stack_size1.sroa.0.0.i.i, ptr noalias noundef nonnull align 8 %47)
          to label %bb11.i.i unwind label %cleanup17.body.i.i, !dbg !5426, !noalias !4549

bb11.i.i:                                         ; preds = %bb10.i.i
  %52 = extractvalue { i64, ptr } %51, 0, !dbg !5426
  %53 = extractvalue { i64, ptr } %51, 1, !dbg !5426
    #dbg_value(i64 %52, !5427, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5468)
    #dbg_value(ptr %53, !5427, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5468)
  %54 = trunc nuw i64 %52 to i1, !dbg !5470
  br i1 %54, label %bb43.i.i, label %bb13, !dbg !5470

bb43.i.i:                                         ; preds = %bb11.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %rust_start.i.i), !dbg !5368, !noalias !4549
    #dbg_value(ptr %my_packet.i.i, !1678, !DIExpression(), !5471)
    #dbg_value(ptr %my_packet.i.i, !1686, !DIExpression(), !5473)
    #dbg_value(i64 1, !1694, !DIExpression(), !5475)
    #dbg_value(i8 1, !1698, !DIExpression(), !5475)
    #dbg_value(i64 1, !1701, !DIExpression(), !5477)
    #dbg_value(i8 1, !1705, !DIExpression(), !5477)
    #dbg_value(ptr %29, !1697, !DIExpression(), !5479)
    #dbg_value(ptr %29, !1704, !DIExpression(), !5477)
  %55 = atomicrmw sub ptr %29, i64 1 release, align 8, !dbg !5480, !noalias !5481
  %56 = icmp eq i64 %55, 1, !dbg !5486
  br i1 %56, label %bb2.i.i.i.i, label %bb13.i.i, !dbg !5486

bb2.i.i.i.i:                                      ; preds = %bb43.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5487)
  fence acquire, !dbg !5489
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %my_packet.i.i) #23
          to label %bb13.i.i unwind label %bb24.i.i, !dbg !5490, !noalias !4549

bb13.i.i:                                         ; preds = %bb2.i.i.i.i, %bb43.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %my_packet.i.i), !dbg !5491, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %hooks.i.i), !dbg !5300, !noalias !4549
  call void @llvm.experimental.noalias.scope.decl(metadata !5492), !dbg !5212
    #dbg_value(ptr %thread.i.i, !2798, !DIExpression(), !5495)
  call void @llvm.experimental.noalias.scope.decl(metadata !5497), !dbg !5500
    #dbg_value(ptr %thread.i.i, !2812, !DIExpression(), !5501)
  call void @llvm.experimental.noalias.scope.decl(metadata !5503), !dbg !5506
    #dbg_value(ptr %thread.i.i, !2826, !DIExpression(), !5507)
  call void @llvm.experimental.noalias.scope.decl(metadata !5509), !dbg !5512
    #dbg_value(ptr %thread.i.i, !2840, !DIExpression(), !5513)
    #dbg_value(ptr %thread.i.i, !2848, !DIExpression(), !5515)
    #dbg_value(i64 1, !2858, !DIExpression(), !5517)
    #dbg_value(i8 1, !2862, !DIExpression(), !5517)
    #dbg_value(i64 1, !2865, !DIExpression(), !5519)
    #dbg_value(i8 1, !2869, !DIExpression(), !5519)
  %_10.i.i.i.i63.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !5521, !alias.scope !5523, !noalias !4549, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i63.i.i, !2861, !DIExpression(), !5524)
    #dbg_value(ptr %_10.i.i.i.i63.i.i, !2868, !DIExpression(), !5519)
  %57 = atomicrmw sub ptr %_10.i.i.i.i63.i.i, i64 1 release, align 8, !dbg !5525, !noalias !5526
  %58 = icmp eq i64 %57, 1, !dbg !5527
  br i1 %58, label %bb2.i.i.i.i64.i.i, label %bb2.i16, !dbg !5527

bb2.i.i.i.i64.i.i:                                ; preds = %bb13.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5528)
  fence acquire, !dbg !5530
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(8) %thread.i.i) #23
          to label %bb2.i16 unwind label %cleanup, !dbg !5531

bb16.i.i:                                         ; preds = %bb21.i.i, %cleanup.i.i.i, %cleanup17.body.i.i, %cleanup.i43.i.i
  %eh.lpad-body10.i.i = phi { ptr, i32 } [ %43, %cleanup17.body.i.i ], [ %61, %bb21.i.i ], [ %41, %cleanup.i43.i.i ], [ %49, %cleanup.i.i.i ]
    #dbg_value(ptr %my_packet.i.i, !1678, !DIExpression(), !5532)
    #dbg_value(ptr %my_packet.i.i, !1686, !DIExpression(), !5534)
    #dbg_value(i64 1, !1694, !DIExpression(), !5536)
    #dbg_value(i8 1, !1698, !DIExpression(), !5536)
    #dbg_value(i64 1, !1701, !DIExpression(), !5538)
    #dbg_value(i8 1, !1705, !DIExpression(), !5538)
    #dbg_value(ptr %29, !1697, !DIExpression(), !5540)
    #dbg_value(ptr %29, !1704, !DIExpression(), !5538)
  %59 = atomicrmw sub ptr %29, i64 1 release, align 8, !dbg !5541, !noalias !5542
  %60 = icmp eq i64 %59, 1, !dbg !5547
  br i1 %60, label %bb2.i.i68.i.i, label %bb17.i.i, !dbg !5547

bb2.i.i68.i.i:                                    ; preds = %bb16.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5548)
  fence acquire, !dbg !5550
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %my_packet.i.i) #23
          to label %bb17.i.i unwind label %terminate.i.i, !dbg !5551, !noalias !4549

bb21.i.i:                                         ; preds = %bb6.i.i
  %61 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::lifecycle::spawn_unchecked<mutex::main::{{closure}},()>::{{closure}}>
  invoke void @"_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E"(ptr noalias noundef nonnull align 8 dereferenceable(48) %rust_start.i.i) #26
          to label %bb16.i.i unwind label %terminate.i.i, !dbg !5368, !noalias !4549

terminate.i.i:                                    ; preds = %bb23.i.i, %bb21.i.i, %bb2.i.i68.i.i, %bb2.i.i.i.i.i.i
  %62 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5552, !noalias !4549
  unreachable, !dbg !5552

bb23.i.i:                                         ; preds = %cleanup.i38.i.i
; invoke core::ptr::drop_in_place<std::thread::spawnhook::ChildSpawnHooks>
  invoke fastcc void @"_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E"(ptr noalias noundef align 8 dereferenceable(32) %hooks.i.i) #26
          to label %bb17.i.i unwind label %terminate.i.i, !dbg !5300, !noalias !4549

bb25.i.i:                                         ; preds = %cleanup.thread.i.i, %bb2.i.i.i4.i.i.i.i.i.i.i, %cleanup.i.i.i.i
  %.pn3522.i.i = phi { ptr, i32 } [ %lpad.thr_comm.i.i, %cleanup.thread.i.i ], [ %7, %cleanup.i.i.i.i ], [ %7, %bb2.i.i.i4.i.i.i.i.i.i.i ]
    #dbg_value(ptr %f.i.i, !1138, !DIExpression(), !5553)
    #dbg_value(ptr %f.i.i, !1147, !DIExpression(), !5555)
    #dbg_value(ptr %f.i.i, !1157, !DIExpression(), !5557)
    #dbg_value(i64 1, !1166, !DIExpression(), !5559)
    #dbg_value(i8 1, !1175, !DIExpression(), !5559)
    #dbg_value(i64 1, !1178, !DIExpression(), !5561)
    #dbg_value(i8 1, !1185, !DIExpression(), !5561)
    #dbg_value(ptr %0, !1174, !DIExpression(), !5563)
    #dbg_value(ptr %0, !1184, !DIExpression(), !5561)
  %63 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !5564, !noalias !5565
  %64 = icmp eq i64 %63, 1, !dbg !5572
  br i1 %64, label %bb2.i.i.i.i.i, label %bb5, !dbg !5572

bb25.i.thread.i:                                  ; preds = %bb26.i.i
    #dbg_value(ptr %f.i.i, !1138, !DIExpression(), !5553)
    #dbg_value(ptr %f.i.i, !1147, !DIExpression(), !5555)
    #dbg_value(ptr %f.i.i, !1157, !DIExpression(), !5557)
    #dbg_value(i64 1, !1166, !DIExpression(), !5559)
    #dbg_value(i8 1, !1175, !DIExpression(), !5559)
    #dbg_value(i64 1, !1178, !DIExpression(), !5561)
    #dbg_value(i8 1, !1185, !DIExpression(), !5561)
    #dbg_value(ptr %0, !1174, !DIExpression(), !5563)
    #dbg_value(ptr %0, !1184, !DIExpression(), !5561)
  %65 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !5564, !noalias !5565
  %66 = icmp eq i64 %65, 1, !dbg !5572
  br i1 %66, label %bb2.i.i.i.i.thread.i, label %bb5, !dbg !5572

bb2.i.i.i.i.thread.i:                             ; preds = %bb25.i.thread.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5573)
  fence acquire, !dbg !5575
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %f.i.i) #23, !dbg !5576, !noalias !4549
  br label %bb5, !dbg !5200

bb2.i.i.i.i.i:                                    ; preds = %bb25.i.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5573)
  fence acquire, !dbg !5575
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %f.i.i) #23, !dbg !5576, !noalias !4549
  br label %bb5, !dbg !5200

bb10:                                             ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit
  tail call void @llvm.trap(), !dbg !5577
  unreachable, !dbg !5577

bb5:                                              ; preds = %bb25.i.i, %bb2.i.i.i.i.i, %cleanup.i, %cleanup4.i, %bb2.i.i.i, %bb6.i, %bb2.i.i15.i, %cleanup6.body, %cleanup.i17, %bb2.i.i.i.i.thread.i, %bb25.i.thread.i, %bb26.i.i, %cleanup, %bb7
  %.pn = phi { ptr, i32 } [ %lpad.thr_comm, %bb7 ], [ %lpad.thr_comm.split-lp, %cleanup6.body ], [ %97, %cleanup.i ], [ %75, %bb2.i.i15.i ], [ %.pn.pn.i.i, %bb2.i.i.i.i.thread.i ], [ %.pn3522.i.i, %bb2.i.i.i.i.i ], [ %86, %bb2.i.i.i ], [ %.pn.pn.i.i, %bb26.i.i ], [ %.pn.pn.i.i, %bb25.i.thread.i ], [ %69, %cleanup ], [ %71, %cleanup.i17 ], [ %75, %bb6.i ], [ %86, %cleanup4.i ], [ %.pn3522.i.i, %bb25.i.i ]
    #dbg_value(ptr %shared, !1147, !DIExpression(), !5578)
    #dbg_value(ptr %shared, !1157, !DIExpression(), !5580)
    #dbg_value(i64 1, !1166, !DIExpression(), !5582)
    #dbg_value(i8 1, !1175, !DIExpression(), !5582)
    #dbg_value(i64 1, !1178, !DIExpression(), !5584)
    #dbg_value(i8 1, !1185, !DIExpression(), !5584)
    #dbg_value(ptr %0, !1174, !DIExpression(), !5586)
    #dbg_value(ptr %0, !1184, !DIExpression(), !5584)
  %67 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !5587, !noalias !5588
  %68 = icmp eq i64 %67, 1, !dbg !5593
  br i1 %68, label %bb2.i.i14, label %bb6, !dbg !5593

bb2.i.i14:                                        ; preds = %bb5
    #dbg_value(i8 2, !1200, !DIExpression(), !5594)
  fence acquire, !dbg !5596
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %shared) #23, !dbg !5597
  br label %bb6, !dbg !5597

cleanup:                                          ; preds = %bb2.i.i.i.i64.i.i
  %69 = landingpad { ptr, i32 }
          cleanup
  br label %bb5

bb2.i16:                                          ; preds = %bb13.i.i, %bb2.i.i.i.i64.i.i
  call void @llvm.lifetime.end.p0(ptr nonnull %thread.i.i), !dbg !5212, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !5598, !noalias !4473
  %70 = icmp ne ptr %53, null
  call void @llvm.assume(i1 %70)
    #dbg_value(i64 poison, !5599, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !5610)
    #dbg_value(ptr %53, !5599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5610)
    #dbg_value(ptr null, !5599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5610)
  call void @llvm.lifetime.end.p0(ptr nonnull %name.i), !dbg !5612
    #dbg_value(ptr @alloc_e3605bf48dd8479a638909176cc37fce, !5605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5610)
    #dbg_value(i64 22, !5605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5610)
    #dbg_declare(ptr %e.i15, !5608, !DIExpression(), !5613)
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i15), !dbg !5614, !noalias !5615
  store ptr %53, ptr %e.i15, align 8, !dbg !5614, !noalias !5615
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_e3605bf48dd8479a638909176cc37fce, i64 noundef 22, ptr noundef nonnull align 1 %e.i15, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_0246dd9f5900f3685febed10b072f357) #22
          to label %unreachable.i20 unwind label %cleanup.i17, !dbg !5619, !noalias !5615

cleanup.i17:                                      ; preds = %bb2.i16
  %71 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::io::error::Error>
  invoke void @"_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E"(ptr noalias noundef nonnull align 8 dereferenceable(8) %e.i15) #26
          to label %bb5 unwind label %terminate.i18, !dbg !5620, !noalias !5615

unreachable.i20:                                  ; preds = %bb2.i16
  unreachable

terminate.i18:                                    ; preds = %cleanup.i17
  %72 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5621, !noalias !5615
  unreachable, !dbg !5621

bb13:                                             ; preds = %bb11.i.i
  %73 = ptrtoint ptr %53 to i64, !dbg !5426
    #dbg_value(i64 %73, !5427, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5468)
  %_41.i.i = load ptr, ptr %thread.i.i, align 8, !dbg !5622, !noalias !4549, !nonnull !23, !noundef !23
  call void @llvm.lifetime.end.p0(ptr nonnull %rust_start.i.i), !dbg !5368, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %my_packet.i.i), !dbg !5491, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %hooks.i.i), !dbg !5300, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %thread.i.i), !dbg !5212, !noalias !4549
  call void @llvm.lifetime.end.p0(ptr nonnull %f.i.i), !dbg !5598, !noalias !4473
    #dbg_value(i64 %73, !5599, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !5610)
    #dbg_value(ptr %29, !5599, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5610)
    #dbg_value(ptr %_41.i.i, !5599, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5610)
  call void @llvm.lifetime.end.p0(ptr nonnull %name.i), !dbg !5612
  call void @llvm.experimental.noalias.scope.decl(metadata !5623), !dbg !5624
  call void @llvm.experimental.noalias.scope.decl(metadata !5625), !dbg !5624
    #dbg_value(ptr @alloc_e3605bf48dd8479a638909176cc37fce, !5605, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5610)
    #dbg_value(i64 22, !5605, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5610)
    #dbg_declare(ptr %e.i15, !5608, !DIExpression(), !5613)
  store ptr %_41.i.i, ptr %join_handle, align 8, !dbg !5626, !alias.scope !5615
  %_35.sroa.6.0.join_handle.sroa_idx = getelementptr inbounds nuw i8, ptr %join_handle, i64 8, !dbg !5626
  store ptr %29, ptr %_35.sroa.6.0.join_handle.sroa_idx, align 8, !dbg !5626, !alias.scope !5615
  %_35.sroa.9.0.join_handle.sroa_idx = getelementptr inbounds nuw i8, ptr %join_handle, i64 16, !dbg !5626
  store i64 %73, ptr %_35.sroa.9.0.join_handle.sroa_idx, align 8, !dbg !5626, !alias.scope !5615
; invoke std::thread::functions::sleep
  invoke void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef 0, i32 noundef 50000000)
          to label %bb1 unwind label %bb7, !dbg !5627

cleanup6.body:                                    ; preds = %bb2.i.i12.i
  %lpad.thr_comm.split-lp = landingpad { ptr, i32 }
          cleanup
  br label %bb5, !dbg !5628

bb1:                                              ; preds = %bb13
; invoke mutex::writer
  invoke fastcc void @_ZN5mutex6writer17hda007970de2a098dE(ptr noundef nonnull align 8 %_18.sroa.5.0..sroa_idx)
          to label %bb2 unwind label %bb7, !dbg !5629

bb2:                                              ; preds = %bb1
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %self1, ptr noundef nonnull align 8 dereferenceable(24) %join_handle, i64 24, i1 false), !dbg !5630
  call void @llvm.experimental.noalias.scope.decl(metadata !5631), !dbg !5634
    #dbg_declare(ptr %self1, !5635, !DIExpression(), !5641)
    #dbg_value(ptr @alloc_987f9181f01088182face37be6d0a1cd, !5643, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5665)
    #dbg_value(i64 41, !5643, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5665)
  %74 = getelementptr inbounds nuw i8, ptr %self1, i64 16, !dbg !5667
  %_3.i = load i64, ptr %74, align 8, !dbg !5667, !alias.scope !5631, !noundef !23
; invoke <std::sys::thread::unix::Thread>::join
  invoke void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef %_3.i)
          to label %bb1.i unwind label %cleanup.i23, !dbg !5668, !noalias !5631

cleanup.i23:                                      ; preds = %bb12.i, %bb10.i, %bb2
  %75 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.experimental.noalias.scope.decl(metadata !5669), !dbg !5672
    #dbg_value(ptr %self1, !2798, !DIExpression(), !5673)
  call void @llvm.experimental.noalias.scope.decl(metadata !5675), !dbg !5678
    #dbg_value(ptr %self1, !2812, !DIExpression(), !5679)
  call void @llvm.experimental.noalias.scope.decl(metadata !5681), !dbg !5684
    #dbg_value(ptr %self1, !2826, !DIExpression(), !5685)
  call void @llvm.experimental.noalias.scope.decl(metadata !5687), !dbg !5690
    #dbg_value(ptr %self1, !2840, !DIExpression(), !5691)
    #dbg_value(ptr %self1, !2848, !DIExpression(), !5693)
    #dbg_value(i64 1, !2858, !DIExpression(), !5695)
    #dbg_value(i8 1, !2862, !DIExpression(), !5695)
    #dbg_value(i64 1, !2865, !DIExpression(), !5697)
    #dbg_value(i8 1, !2869, !DIExpression(), !5697)
  %_10.i.i.i.i.i24 = load ptr, ptr %self1, align 8, !dbg !5699, !alias.scope !5701, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i.i24, !2861, !DIExpression(), !5702)
    #dbg_value(ptr %_10.i.i.i.i.i24, !2868, !DIExpression(), !5697)
  %76 = atomicrmw sub ptr %_10.i.i.i.i.i24, i64 1 release, align 8, !dbg !5703, !noalias !5701
  %77 = icmp eq i64 %76, 1, !dbg !5704
  br i1 %77, label %bb2.i.i.i.i.i27, label %bb6.i, !dbg !5704

bb2.i.i.i.i.i27:                                  ; preds = %cleanup.i23
    #dbg_value(i8 2, !1200, !DIExpression(), !5705)
  fence acquire, !dbg !5707
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %self1) #23
          to label %bb6.i unwind label %terminate.i26, !dbg !5708

bb1.i:                                            ; preds = %bb2
    #dbg_value(ptr %self1, !5709, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !5715)
    #dbg_value(ptr %self1, !5717, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !5723)
  %_11.i = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !5725
  call void @llvm.experimental.noalias.scope.decl(metadata !5726), !dbg !5729
    #dbg_value(ptr %_11.i, !5730, !DIExpression(), !5738)
    #dbg_value(ptr %_11.i, !5740, !DIExpression(), !5743)
    #dbg_value(ptr %_11.i, !5740, !DIExpression(), !5745)
    #dbg_value(ptr %_11.i, !5740, !DIExpression(), !5747)
    #dbg_value(i64 1, !5749, !DIExpression(), !5774)
    #dbg_value(i64 -1, !5771, !DIExpression(), !5774)
    #dbg_value(i8 2, !5772, !DIExpression(), !5774)
    #dbg_value(i8 0, !5773, !DIExpression(), !5774)
    #dbg_value(i8 2, !5776, !DIExpression(), !5780)
    #dbg_value(i64 1, !5782, !DIExpression(), !5787)
    #dbg_value(i8 1, !5786, !DIExpression(), !5787)
  %_9.i.i = load ptr, ptr %_11.i, align 8, !dbg !5789, !alias.scope !5792, !nonnull !23, !noundef !23
    #dbg_value(ptr %_9.i.i, !5770, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !5793)
    #dbg_value(ptr %_9.i.i, !5794, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !5801)
  %_12.i.i = getelementptr inbounds nuw i8, ptr %_9.i.i, i64 8, !dbg !5803
    #dbg_value(ptr %_12.i.i, !5804, !DIExpression(), !5816)
    #dbg_value(i64 1, !5809, !DIExpression(), !5816)
    #dbg_value(i64 -1, !5810, !DIExpression(), !5816)
    #dbg_value(i8 2, !5811, !DIExpression(), !5816)
    #dbg_value(i8 0, !5812, !DIExpression(), !5816)
  %78 = cmpxchg ptr %_12.i.i, i64 1, i64 -1 acquire monotonic, align 8, !dbg !5818, !noalias !5792
  %79 = extractvalue { i64, i1 } %78, 1, !dbg !5818
  br i1 %79, label %bb8.i, label %bb10.i, !dbg !5819, !prof !5820

bb8.i:                                            ; preds = %bb1.i
    #dbg_value(ptr %_9.i.i, !5779, !DIExpression(), !5821)
    #dbg_value(ptr %_9.i.i, !5794, !DIExpression(), !5822)
    #dbg_value(ptr %_9.i.i, !1873, !DIExpression(), !5824)
    #dbg_value(i8 2, !1879, !DIExpression(), !5824)
  %80 = load atomic i64, ptr %_9.i.i acquire, align 8, !dbg !5826, !noalias !5792
  %81 = icmp eq i64 %80, 1, !dbg !5827
    #dbg_value(i1 %81, !5736, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !5828)
    #dbg_value(ptr %_9.i.i, !5785, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !5829)
    #dbg_value(ptr %_9.i.i, !5794, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !5830)
    #dbg_value(ptr %_12.i.i, !5190, !DIExpression(), !5832)
    #dbg_value(i64 1, !5195, !DIExpression(), !5832)
    #dbg_value(i8 1, !5196, !DIExpression(), !5832)
  store atomic i64 1, ptr %_12.i.i release, align 8, !dbg !5834, !noalias !5792
    #dbg_value(i8 poison, !5736, !DIExpression(), !5828)
  br i1 %81, label %bb9.i, label %bb10.i, !dbg !5729, !prof !5835

bb10.i:                                           ; preds = %bb8.i, %bb1.i
    #dbg_value(ptr null, !5662, !DIExpression(), !5665)
; invoke core::option::expect_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_987f9181f01088182face37be6d0a1cd, i64 noundef 41, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_c8fa0f44c6d4fbb5209642c5dc0b0954) #22
          to label %unreachable.i28 unwind label %cleanup.i23, !dbg !5836, !noalias !5631

bb9.i:                                            ; preds = %bb8.i
  %_14.i = load ptr, ptr %_11.i, align 8, !dbg !5837, !alias.scope !5631, !nonnull !23, !noundef !23
    #dbg_value(ptr %_14.i, !5662, !DIExpression(DW_OP_plus_uconst, 16, DW_OP_stack_value), !5665)
    #dbg_value(ptr %_14.i, !5838, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !5845)
    #dbg_value(ptr %_14.i, !5847, !DIExpression(DW_OP_plus_uconst, 24, DW_OP_stack_value), !5852)
  %82 = getelementptr inbounds nuw i8, ptr %_14.i, i64 24, !dbg !5854
  %self1.sroa.0.0.copyload.i = load i64, ptr %82, align 8, !dbg !5854, !noalias !5631
    #dbg_value(i64 %self1.sroa.0.0.copyload.i, !5855, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !5863)
  %self1.sroa.4.0..sroa_idx.i = getelementptr inbounds nuw i8, ptr %_14.i, i64 32, !dbg !5854
  %self1.sroa.4.0.copyload.i = load ptr, ptr %self1.sroa.4.0..sroa_idx.i, align 8, !dbg !5854, !noalias !5631
    #dbg_value(ptr %self1.sroa.4.0.copyload.i, !5855, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !5863)
  %self1.sroa.5.0..sroa_idx.i = getelementptr inbounds nuw i8, ptr %_14.i, i64 40, !dbg !5854
  %self1.sroa.5.0.copyload.i = load ptr, ptr %self1.sroa.5.0..sroa_idx.i, align 8, !dbg !5854, !noalias !5631
    #dbg_value(ptr %self1.sroa.5.0.copyload.i, !5855, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !5863)
  store i64 0, ptr %82, align 8, !dbg !5865, !noalias !5631
  %83 = trunc nuw i64 %self1.sroa.0.0.copyload.i to i1, !dbg !5866
  br i1 %83, label %bb13.i, label %bb12.i, !dbg !5866, !prof !1884

unreachable.i28:                                  ; preds = %bb12.i, %bb10.i
  unreachable

bb13.i:                                           ; preds = %bb9.i
  call void @llvm.experimental.noalias.scope.decl(metadata !5867), !dbg !5672
    #dbg_value(ptr %self1, !2798, !DIExpression(), !5870)
  call void @llvm.experimental.noalias.scope.decl(metadata !5872), !dbg !5875
    #dbg_value(ptr %self1, !2812, !DIExpression(), !5876)
  call void @llvm.experimental.noalias.scope.decl(metadata !5878), !dbg !5881
    #dbg_value(ptr %self1, !2826, !DIExpression(), !5882)
  call void @llvm.experimental.noalias.scope.decl(metadata !5884), !dbg !5887
    #dbg_value(ptr %self1, !2840, !DIExpression(), !5888)
    #dbg_value(ptr %self1, !2848, !DIExpression(), !5890)
    #dbg_value(i64 1, !2858, !DIExpression(), !5892)
    #dbg_value(i8 1, !2862, !DIExpression(), !5892)
    #dbg_value(i64 1, !2865, !DIExpression(), !5894)
    #dbg_value(i8 1, !2869, !DIExpression(), !5894)
  %_10.i.i.i.i6.i = load ptr, ptr %self1, align 8, !dbg !5896, !alias.scope !5898, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i.i6.i, !2861, !DIExpression(), !5899)
    #dbg_value(ptr %_10.i.i.i.i6.i, !2868, !DIExpression(), !5894)
  %84 = atomicrmw sub ptr %_10.i.i.i.i6.i, i64 1 release, align 8, !dbg !5900, !noalias !5898
  %85 = icmp eq i64 %84, 1, !dbg !5901
  br i1 %85, label %bb2.i.i.i.i7.i, label %bb5.i29, !dbg !5901

bb2.i.i.i.i7.i:                                   ; preds = %bb13.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5902)
  fence acquire, !dbg !5904
; invoke <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
  invoke void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef nonnull align 8 dereferenceable(24) %self1) #23
          to label %bb5.i29 unwind label %cleanup4.i, !dbg !5905

bb12.i:                                           ; preds = %bb9.i
; invoke core::option::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5c930fb1751f82b8f0fb1f0c7d0d38d5) #22
          to label %unreachable.i28 unwind label %cleanup.i23, !dbg !5906, !noalias !5631

cleanup4.i:                                       ; preds = %bb2.i.i.i.i7.i
  %86 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.experimental.noalias.scope.decl(metadata !5907), !dbg !5672
    #dbg_value(ptr %_11.i, !1678, !DIExpression(), !5910)
  call void @llvm.experimental.noalias.scope.decl(metadata !5912), !dbg !5915
    #dbg_value(ptr %_11.i, !1686, !DIExpression(), !5916)
    #dbg_value(ptr %_11.i, !2066, !DIExpression(), !5918)
    #dbg_value(i64 1, !1694, !DIExpression(), !5920)
    #dbg_value(i8 1, !1698, !DIExpression(), !5920)
    #dbg_value(i64 1, !1701, !DIExpression(), !5922)
    #dbg_value(i8 1, !1705, !DIExpression(), !5922)
  %_10.i.i.i = load ptr, ptr %_11.i, align 8, !dbg !5924, !alias.scope !5926, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i.i, !1697, !DIExpression(), !5927)
    #dbg_value(ptr %_10.i.i.i, !1704, !DIExpression(), !5922)
  %87 = atomicrmw sub ptr %_10.i.i.i, i64 1 release, align 8, !dbg !5928, !noalias !5929
  %88 = icmp eq i64 %87, 1, !dbg !5930
  br i1 %88, label %bb2.i.i.i, label %bb5, !dbg !5930

bb2.i.i.i:                                        ; preds = %cleanup4.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5931)
  fence acquire, !dbg !5933
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_11.i) #23
          to label %bb5 unwind label %terminate.i26, !dbg !5934

bb5.i29:                                          ; preds = %bb2.i.i.i.i7.i, %bb13.i
  call void @llvm.experimental.noalias.scope.decl(metadata !5935), !dbg !5672
    #dbg_value(ptr %_11.i, !1678, !DIExpression(), !5938)
  call void @llvm.experimental.noalias.scope.decl(metadata !5940), !dbg !5943
    #dbg_value(ptr %_11.i, !1686, !DIExpression(), !5944)
    #dbg_value(ptr %_11.i, !2066, !DIExpression(), !5946)
    #dbg_value(i64 1, !1694, !DIExpression(), !5948)
    #dbg_value(i8 1, !1698, !DIExpression(), !5948)
    #dbg_value(i64 1, !1701, !DIExpression(), !5950)
    #dbg_value(i8 1, !1705, !DIExpression(), !5950)
  %_10.i.i11.i = load ptr, ptr %_11.i, align 8, !dbg !5952, !alias.scope !5954, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i11.i, !1697, !DIExpression(), !5955)
    #dbg_value(ptr %_10.i.i11.i, !1704, !DIExpression(), !5950)
  %89 = atomicrmw sub ptr %_10.i.i11.i, i64 1 release, align 8, !dbg !5956, !noalias !5957
  %90 = icmp eq i64 %89, 1, !dbg !5958
  br i1 %90, label %bb2.i.i12.i, label %bb15, !dbg !5958

bb2.i.i12.i:                                      ; preds = %bb5.i29
    #dbg_value(i8 2, !1200, !DIExpression(), !5959)
  fence acquire, !dbg !5961
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %_11.i) #23
          to label %bb15 unwind label %cleanup6.body, !dbg !5962

terminate.i26:                                    ; preds = %bb2.i.i15.i, %bb2.i.i.i, %bb2.i.i.i.i.i27
  %91 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !5963
  unreachable, !dbg !5963

bb6.i:                                            ; preds = %bb2.i.i.i.i.i27, %cleanup.i23
  %92 = getelementptr inbounds nuw i8, ptr %self1, i64 8, !dbg !5672
  call void @llvm.experimental.noalias.scope.decl(metadata !5964), !dbg !5672
    #dbg_value(ptr %92, !1678, !DIExpression(), !5967)
  call void @llvm.experimental.noalias.scope.decl(metadata !5969), !dbg !5972
    #dbg_value(ptr %92, !1686, !DIExpression(), !5973)
    #dbg_value(ptr %92, !2066, !DIExpression(), !5975)
    #dbg_value(i64 1, !1694, !DIExpression(), !5977)
    #dbg_value(i8 1, !1698, !DIExpression(), !5977)
    #dbg_value(i64 1, !1701, !DIExpression(), !5979)
    #dbg_value(i8 1, !1705, !DIExpression(), !5979)
  %_10.i.i14.i = load ptr, ptr %92, align 8, !dbg !5981, !alias.scope !5983, !nonnull !23, !noundef !23
    #dbg_value(ptr %_10.i.i14.i, !1697, !DIExpression(), !5984)
    #dbg_value(ptr %_10.i.i14.i, !1704, !DIExpression(), !5979)
  %93 = atomicrmw sub ptr %_10.i.i14.i, i64 1 release, align 8, !dbg !5985, !noalias !5986
  %94 = icmp eq i64 %93, 1, !dbg !5987
  br i1 %94, label %bb2.i.i15.i, label %bb5, !dbg !5987

bb2.i.i15.i:                                      ; preds = %bb6.i
    #dbg_value(i8 2, !1200, !DIExpression(), !5988)
  fence acquire, !dbg !5990
; invoke alloc::sync::Arc<T,A>::drop_slow
  invoke fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %92) #23
          to label %bb5 unwind label %terminate.i26, !dbg !5991

bb15:                                             ; preds = %bb5.i29, %bb2.i.i12.i
    #dbg_value(ptr %self1.sroa.4.0.copyload.i, !5992, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !6002)
    #dbg_value(ptr %self1.sroa.5.0.copyload.i, !5992, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !6002)
    #dbg_declare(ptr %e.i, !6000, !DIExpression(), !6004)
  %.not.i = icmp eq ptr %self1.sroa.4.0.copyload.i, null, !dbg !6005
  br i1 %.not.i, label %bb3, label %bb2.i, !dbg !6006, !prof !1884

bb2.i:                                            ; preds = %bb15
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !6007
  %95 = icmp ne ptr %self1.sroa.5.0.copyload.i, null
  call void @llvm.assume(i1 %95)
  store ptr %self1.sroa.4.0.copyload.i, ptr %e.i, align 8, !dbg !6007
  %96 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !6007
  store ptr %self1.sroa.5.0.copyload.i, ptr %96, align 8, !dbg !6007
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_864ad255727c738bc0de7df9bc6fcaeb) #22
          to label %unreachable.i unwind label %cleanup.i, !dbg !6008

cleanup.i:                                        ; preds = %bb2.i
  %97 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn core::any::Any+core::marker::Send>>
  invoke void @"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #26
          to label %bb5 unwind label %terminate.i, !dbg !6009

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %98 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !6010
  unreachable, !dbg !6010

bb3:                                              ; preds = %bb15
  call void @llvm.lifetime.end.p0(ptr nonnull %join_handle), !dbg !5628
    #dbg_value(ptr %shared, !1147, !DIExpression(), !6011)
    #dbg_value(ptr %shared, !1157, !DIExpression(), !6013)
    #dbg_value(i64 1, !1166, !DIExpression(), !6015)
    #dbg_value(i8 1, !1175, !DIExpression(), !6015)
    #dbg_value(i64 1, !1178, !DIExpression(), !6017)
    #dbg_value(i8 1, !1185, !DIExpression(), !6017)
    #dbg_value(ptr %0, !1174, !DIExpression(), !6019)
    #dbg_value(ptr %0, !1184, !DIExpression(), !6017)
  %99 = atomicrmw sub ptr %0, i64 1 release, align 8, !dbg !6020, !noalias !6021
  %100 = icmp eq i64 %99, 1, !dbg !6026
  br i1 %100, label %bb2.i.i35, label %"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E.exit36", !dbg !6026

bb2.i.i35:                                        ; preds = %bb3
    #dbg_value(i8 2, !1200, !DIExpression(), !6027)
  fence acquire, !dbg !6029
; call alloc::sync::Arc<T,A>::drop_slow
  call fastcc void @"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE"(ptr noalias noundef nonnull readonly align 8 dereferenceable(8) %shared) #23, !dbg !6030
  br label %"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E.exit36", !dbg !6030

"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E.exit36": ; preds = %bb3, %bb2.i.i35
  call void @llvm.lifetime.end.p0(ptr nonnull %shared), !dbg !6031
  ret void, !dbg !6032

bb7:                                              ; preds = %bb13, %bb1
  %lpad.thr_comm = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::thread::join_handle::JoinHandle<()>>
  invoke fastcc void @"_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17hd57779f077187f60E"(ptr noalias noundef align 8 dereferenceable(24) %join_handle) #26
          to label %bb5 unwind label %terminate, !dbg !5628

terminate:                                        ; preds = %bb7
  %101 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !6033
  unreachable, !dbg !6033

bb6:                                              ; preds = %bb2.i.i14, %bb5
  resume { ptr, i32 } %.pn, !dbg !6033
}

; mutex::reader
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN5mutex6reader17he1ef17e49083c1f6E(ptr noundef nonnull align 8 %a) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !6034 {
start:
  %e.i = alloca [16 x i8], align 8
    #dbg_declare(ptr poison, !6039, !DIExpression(DW_OP_LLVM_fragment, 136, 56), !6064)
    #dbg_value(ptr %a, !6038, !DIExpression(), !6066)
  %_14.i = getelementptr inbounds nuw i8, ptr %a, i64 4
  %_8 = getelementptr inbounds nuw i8, ptr %a, i64 8
  br label %bb1, !dbg !6067

bb1:                                              ; preds = %bb1.backedge, %start
    #dbg_value(ptr %a, !6068, !DIExpression(), !6074)
    #dbg_value(ptr %a, !6076, !DIExpression(), !6080)
    #dbg_value(i32 0, !6082, !DIExpression(), !6107)
    #dbg_value(i32 1, !6104, !DIExpression(), !6107)
    #dbg_value(i8 2, !6105, !DIExpression(), !6107)
    #dbg_value(i8 0, !6106, !DIExpression(), !6107)
    #dbg_value(ptr %a, !6112, !DIExpression(), !6114)
    #dbg_value(ptr %a, !6103, !DIExpression(), !6115)
    #dbg_value(ptr %a, !6116, !DIExpression(), !6128)
    #dbg_value(i32 0, !6121, !DIExpression(), !6128)
    #dbg_value(i32 1, !6122, !DIExpression(), !6128)
    #dbg_value(i8 2, !6123, !DIExpression(), !6128)
    #dbg_value(i8 0, !6124, !DIExpression(), !6128)
  %0 = cmpxchg ptr %a, i32 0, i32 1 acquire monotonic, align 4, !dbg !6130, !noalias !6131
  %1 = extractvalue { i32, i1 } %0, 1, !dbg !6130
  br i1 %1, label %bb3.i, label %bb1.i, !dbg !6134, !prof !1884

bb1.i:                                            ; preds = %bb1
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 8 %a), !dbg !6135, !noalias !6131
  br label %bb3.i, !dbg !6135

bb3.i:                                            ; preds = %bb1.i, %bb1
    #dbg_value(ptr %a, !6136, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !6164)
    #dbg_value(ptr %a, !6166, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !6172)
    #dbg_value(i8 0, !6174, !DIExpression(), !6178)
    #dbg_value(i8 0, !6186, !DIExpression(), !6193)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !6177, !DIExpression(), !6178)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1873, !DIExpression(), !6195)
    #dbg_value(i8 0, !1879, !DIExpression(), !6195)
  %2 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !6197, !noalias !6131
  %_6.i.i = and i64 %2, 9223372036854775807, !dbg !6198
  %3 = icmp eq i64 %_6.i.i, 0, !dbg !6198
  br i1 %3, label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit", label %bb6.i.i, !dbg !6198, !prof !1884

bb6.i.i:                                          ; preds = %bb3.i
; call std::panicking::panic_count::is_zero_slow_path
  %4 = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #23, !dbg !6199, !noalias !6131
  %5 = xor i1 %4, true, !dbg !6200
  %6 = zext i1 %5 to i8, !dbg !6201
  br label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit", !dbg !6199

"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit": ; preds = %bb3.i, %bb6.i.i
  %_5.sroa.0.0.i.i = phi i8 [ %6, %bb6.i.i ], [ 0, %bb3.i ], !dbg !6202
    #dbg_value(ptr %_14.i, !6136, !DIExpression(), !6164)
    #dbg_value(ptr %_14.i, !6166, !DIExpression(), !6172)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !6162, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !6203)
    #dbg_value(ptr %_14.i, !6192, !DIExpression(), !6204)
    #dbg_value(ptr %_14.i, !6205, !DIExpression(), !6211)
    #dbg_value(i8 0, !6210, !DIExpression(), !6211)
  %7 = load atomic i8, ptr %_14.i monotonic, align 4, !dbg !6213, !noalias !6131
  %.not = icmp eq i8 %7, 0, !dbg !6214
    #dbg_value(ptr %a, !6039, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !6215)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !6039, !DIExpression(DW_OP_LLVM_fragment, 128, 8), !6215)
    #dbg_value(i1 %.not, !6039, !DIExpression(DW_OP_not, DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !6215)
    #dbg_declare(ptr %e.i, !6062, !DIExpression(), !6216)
  br i1 %.not, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit", label %bb2.i, !dbg !6217, !prof !1884

bb2.i:                                            ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit"
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !6218, !noalias !6219
  store ptr %a, ptr %e.i, align 8, !dbg !6218, !noalias !6219
  %8 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !6218
  store i8 %_5.sroa.0.0.i.i, ptr %8, align 8, !dbg !6218, !noalias !6219
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_fbd12542a6e11843f5ba11bf7e5502d5) #22
          to label %unreachable.i unwind label %cleanup.i, !dbg !6223, !noalias !6224

cleanup.i:                                        ; preds = %bb2.i
  %9 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #26
          to label %bb5.i unwind label %terminate.i, !dbg !6225, !noalias !6224

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !6226, !noalias !6224
  unreachable, !dbg !6226

bb5.i:                                            ; preds = %cleanup.i
  resume { ptr, i32 } %9, !dbg !6226

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit": ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit"
  %t.1.i = trunc nuw i8 %_5.sroa.0.0.i.i to i1, !dbg !6227
  %_2 = load i64, ptr %_8, align 8, !dbg !6228, !noundef !23
  %11 = icmp eq i64 %_2, 0, !dbg !6228
    #dbg_value(ptr poison, !1780, !DIExpression(), !6229)
    #dbg_value(ptr poison, !1780, !DIExpression(), !6231)
    #dbg_value(ptr poison, !1788, !DIExpression(), !6233)
    #dbg_value(ptr poison, !1788, !DIExpression(), !6235)
    #dbg_value(i32 0, !1798, !DIExpression(), !6237)
    #dbg_value(i32 0, !1798, !DIExpression(), !6240)
    #dbg_value(i8 1, !1806, !DIExpression(), !6237)
    #dbg_value(i8 1, !1806, !DIExpression(), !6240)
    #dbg_value(i32 0, !1818, !DIExpression(), !6243)
    #dbg_value(i32 0, !1818, !DIExpression(), !6245)
    #dbg_value(i8 1, !1825, !DIExpression(), !6243)
    #dbg_value(i8 1, !1825, !DIExpression(), !6245)
    #dbg_value(ptr %_14.i, !1829, !DIExpression(), !6247)
    #dbg_value(ptr %_14.i, !1829, !DIExpression(), !6249)
    #dbg_value(ptr poison, !1838, !DIExpression(), !6247)
    #dbg_value(ptr poison, !1838, !DIExpression(), !6249)
    #dbg_value(i8 0, !1841, !DIExpression(), !6251)
    #dbg_value(i8 0, !1841, !DIExpression(), !6256)
    #dbg_value(i8 1, !1861, !DIExpression(), !6261)
    #dbg_value(i8 1, !1861, !DIExpression(), !6263)
    #dbg_value(i8 0, !1869, !DIExpression(), !6261)
    #dbg_value(i8 0, !1869, !DIExpression(), !6263)
  br i1 %11, label %bb4, label %bb6, !dbg !6228

bb4:                                              ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit"
  br i1 %t.1.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !6265

bb1.i.i.i:                                        ; preds = %bb4
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1847, !DIExpression(), !6251)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1873, !DIExpression(), !6266)
    #dbg_value(i8 0, !1879, !DIExpression(), !6266)
  %12 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !6268
  %_7.i.i.i = and i64 %12, 9223372036854775807, !dbg !6269
  %13 = icmp eq i64 %_7.i.i.i, 0, !dbg !6269
  br i1 %13, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !6269, !prof !1884

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #23, !dbg !6270
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !6271

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_14.i, !1868, !DIExpression(), !6272)
    #dbg_value(ptr %_14.i, !1888, !DIExpression(), !6273)
    #dbg_value(i8 1, !1893, !DIExpression(), !6273)
    #dbg_value(i8 0, !1894, !DIExpression(), !6273)
  store atomic i8 1, ptr %_14.i monotonic, align 4, !dbg !6275
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !6276

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %bb4
    #dbg_value(ptr %a, !1816, !DIExpression(), !6277)
    #dbg_value(ptr %a, !1805, !DIExpression(), !6278)
    #dbg_value(ptr %a, !1824, !DIExpression(), !6243)
  %14 = atomicrmw xchg ptr %a, i32 0 release, align 4, !dbg !6279
  %15 = icmp eq i32 %14, 2, !dbg !6280
  br i1 %15, label %bb3.i.i, label %bb1.backedge, !dbg !6280, !prof !943

bb1.backedge:                                     ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  br label %bb1, !dbg !6130

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %a), !dbg !6281
  br label %bb1.backedge, !dbg !6281

bb6:                                              ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit"
  br i1 %t.1.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, label %bb1.i.i.i6, !dbg !6282

bb1.i.i.i6:                                       ; preds = %bb6
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1847, !DIExpression(), !6256)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1873, !DIExpression(), !6283)
    #dbg_value(i8 0, !1879, !DIExpression(), !6283)
  %16 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !6285
  %_7.i.i.i7 = and i64 %16, 9223372036854775807, !dbg !6286
  %17 = icmp eq i64 %_7.i.i.i7, 0, !dbg !6286
  br i1 %17, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, label %bb6.i.i.i8, !dbg !6286, !prof !1884

bb6.i.i.i8:                                       ; preds = %bb1.i.i.i6
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i9 = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #23, !dbg !6287
  br i1 %_6.i.i.i9, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, label %bb2.i.i.i10, !dbg !6288

bb2.i.i.i10:                                      ; preds = %bb6.i.i.i8
    #dbg_value(ptr %_14.i, !1868, !DIExpression(), !6289)
    #dbg_value(ptr %_14.i, !1888, !DIExpression(), !6290)
    #dbg_value(i8 1, !1893, !DIExpression(), !6290)
    #dbg_value(i8 0, !1894, !DIExpression(), !6290)
  store atomic i8 1, ptr %_14.i monotonic, align 4, !dbg !6292
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, !dbg !6293

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11: ; preds = %bb2.i.i.i10, %bb6.i.i.i8, %bb1.i.i.i6, %bb6
    #dbg_value(ptr %a, !1816, !DIExpression(), !6294)
    #dbg_value(ptr %a, !1805, !DIExpression(), !6295)
    #dbg_value(ptr %a, !1824, !DIExpression(), !6245)
  %18 = atomicrmw xchg ptr %a, i32 0 release, align 4, !dbg !6296
  %19 = icmp eq i32 %18, 2, !dbg !6297
  br i1 %19, label %bb3.i.i12, label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit13", !dbg !6297, !prof !943

bb3.i.i12:                                        ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %a), !dbg !6298
  br label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit13", !dbg !6298

"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit13": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i11, %bb3.i.i12
  ret void, !dbg !6299
}

; mutex::writer
; Function Attrs: noinline nonlazybind uwtable
define internal fastcc void @_ZN5mutex6writer17hda007970de2a098dE(ptr noundef nonnull align 8 %a) unnamed_addr #2 personality ptr @rust_eh_personality !dbg !6300 {
start:
  %e.i = alloca [16 x i8], align 8
    #dbg_declare(ptr poison, !6039, !DIExpression(DW_OP_LLVM_fragment, 136, 56), !6303)
    #dbg_value(ptr poison, !6305, !DIExpression(), !6312)
    #dbg_value(ptr %a, !6302, !DIExpression(), !6314)
    #dbg_value(ptr %a, !6068, !DIExpression(), !6315)
    #dbg_value(ptr %a, !6076, !DIExpression(), !6317)
    #dbg_value(i32 0, !6082, !DIExpression(), !6319)
    #dbg_value(i32 1, !6104, !DIExpression(), !6319)
    #dbg_value(i8 2, !6105, !DIExpression(), !6319)
    #dbg_value(i8 0, !6106, !DIExpression(), !6319)
    #dbg_value(ptr %a, !6112, !DIExpression(), !6322)
    #dbg_value(ptr %a, !6103, !DIExpression(), !6323)
    #dbg_value(ptr %a, !6116, !DIExpression(), !6324)
    #dbg_value(i32 0, !6121, !DIExpression(), !6324)
    #dbg_value(i32 1, !6122, !DIExpression(), !6324)
    #dbg_value(i8 2, !6123, !DIExpression(), !6324)
    #dbg_value(i8 0, !6124, !DIExpression(), !6324)
  %0 = cmpxchg ptr %a, i32 0, i32 1 acquire monotonic, align 4, !dbg !6326, !noalias !6327
  %1 = extractvalue { i32, i1 } %0, 1, !dbg !6326
  br i1 %1, label %bb3.i, label %bb1.i, !dbg !6330, !prof !1884

bb1.i:                                            ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 8 %a), !dbg !6331, !noalias !6327
  br label %bb3.i, !dbg !6331

bb3.i:                                            ; preds = %bb1.i, %start
    #dbg_value(ptr %a, !6136, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !6332)
    #dbg_value(ptr %a, !6166, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !6334)
    #dbg_value(i8 0, !6174, !DIExpression(), !6336)
    #dbg_value(i8 0, !6186, !DIExpression(), !6341)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !6177, !DIExpression(), !6336)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1873, !DIExpression(), !6343)
    #dbg_value(i8 0, !1879, !DIExpression(), !6343)
  %2 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !6345, !noalias !6327
  %_6.i.i = and i64 %2, 9223372036854775807, !dbg !6346
  %3 = icmp eq i64 %_6.i.i, 0, !dbg !6346
  br i1 %3, label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit", label %bb6.i.i, !dbg !6346, !prof !1884

bb6.i.i:                                          ; preds = %bb3.i
; call std::panicking::panic_count::is_zero_slow_path
  %4 = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #23, !dbg !6347, !noalias !6327
  %5 = xor i1 %4, true, !dbg !6348
  %6 = zext i1 %5 to i8, !dbg !6349
  br label %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit", !dbg !6347

"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit": ; preds = %bb3.i, %bb6.i.i
  %_5.sroa.0.0.i.i = phi i8 [ %6, %bb6.i.i ], [ 0, %bb3.i ], !dbg !6350
  %_14.i = getelementptr inbounds nuw i8, ptr %a, i64 4, !dbg !6351
    #dbg_value(ptr %_14.i, !6136, !DIExpression(), !6332)
    #dbg_value(ptr %_14.i, !6166, !DIExpression(), !6334)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !6162, !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value), !6352)
    #dbg_value(ptr %_14.i, !6192, !DIExpression(), !6353)
    #dbg_value(ptr %_14.i, !6205, !DIExpression(), !6354)
    #dbg_value(i8 0, !6210, !DIExpression(), !6354)
  %7 = load atomic i8, ptr %_14.i monotonic, align 4, !dbg !6356, !noalias !6327
  %.not = icmp eq i8 %7, 0, !dbg !6357
    #dbg_value(ptr %a, !6039, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !6358)
    #dbg_value(i8 %_5.sroa.0.0.i.i, !6039, !DIExpression(DW_OP_LLVM_fragment, 128, 8), !6358)
    #dbg_value(i1 %.not, !6039, !DIExpression(DW_OP_not, DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 0, 64), !6358)
    #dbg_declare(ptr %e.i, !6062, !DIExpression(), !6359)
  br i1 %.not, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit", label %bb2.i, !dbg !6360, !prof !1884

bb2.i:                                            ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit"
  call void @llvm.lifetime.start.p0(ptr nonnull %e.i), !dbg !6361, !noalias !6362
  store ptr %a, ptr %e.i, align 8, !dbg !6361, !noalias !6362
  %8 = getelementptr inbounds nuw i8, ptr %e.i, i64 8, !dbg !6361
  store i8 %_5.sroa.0.0.i.i, ptr %8, align 8, !dbg !6361, !noalias !6362
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_9cd824443b9d78fa1e84c12a820470f9) #22
          to label %unreachable.i unwind label %cleanup.i, !dbg !6366, !noalias !6367

cleanup.i:                                        ; preds = %bb2.i
  %9 = landingpad { ptr, i32 }
          cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E"(ptr noalias noundef nonnull align 8 dereferenceable(16) %e.i) #26
          to label %bb5.i unwind label %terminate.i, !dbg !6368, !noalias !6367

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %10 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #25, !dbg !6369, !noalias !6367
  unreachable, !dbg !6369

bb5.i:                                            ; preds = %cleanup.i
  resume { ptr, i32 } %9, !dbg !6369

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit": ; preds = %"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E.exit"
  %t.1.i = trunc nuw i8 %_5.sroa.0.0.i.i to i1, !dbg !6370
    #dbg_value(ptr undef, !6305, !DIExpression(), !6312)
  %_7 = getelementptr inbounds nuw i8, ptr %a, i64 8, !dbg !6371
  store i64 1, ptr %_7, align 8, !dbg !6313
    #dbg_value(ptr poison, !1780, !DIExpression(), !6374)
    #dbg_value(ptr poison, !1788, !DIExpression(), !6376)
    #dbg_value(i32 0, !1798, !DIExpression(), !6378)
    #dbg_value(i8 1, !1806, !DIExpression(), !6378)
    #dbg_value(i32 0, !1818, !DIExpression(), !6381)
    #dbg_value(i8 1, !1825, !DIExpression(), !6381)
    #dbg_value(ptr %_14.i, !1829, !DIExpression(), !6383)
    #dbg_value(ptr poison, !1838, !DIExpression(), !6383)
    #dbg_value(i8 0, !1841, !DIExpression(), !6385)
    #dbg_value(i8 1, !1861, !DIExpression(), !6390)
    #dbg_value(i8 0, !1869, !DIExpression(), !6390)
  br i1 %t.1.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb1.i.i.i, !dbg !6392

bb1.i.i.i:                                        ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit"
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1847, !DIExpression(), !6385)
    #dbg_value(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, !1873, !DIExpression(), !6393)
    #dbg_value(i8 0, !1879, !DIExpression(), !6393)
  %11 = load atomic i64, ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT monotonic, align 8, !dbg !6395
  %_7.i.i.i = and i64 %11, 9223372036854775807, !dbg !6396
  %12 = icmp eq i64 %_7.i.i.i, 0, !dbg !6396
  br i1 %12, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb6.i.i.i, !dbg !6396, !prof !1884

bb6.i.i.i:                                        ; preds = %bb1.i.i.i
; call std::panicking::panic_count::is_zero_slow_path
  %_6.i.i.i = tail call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #23, !dbg !6397
  br i1 %_6.i.i.i, label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, label %bb2.i.i.i, !dbg !6398

bb2.i.i.i:                                        ; preds = %bb6.i.i.i
    #dbg_value(ptr %_14.i, !1868, !DIExpression(), !6399)
    #dbg_value(ptr %_14.i, !1888, !DIExpression(), !6400)
    #dbg_value(i8 1, !1893, !DIExpression(), !6400)
    #dbg_value(i8 0, !1894, !DIExpression(), !6400)
  store atomic i8 1, ptr %_14.i monotonic, align 4, !dbg !6402
  br label %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, !dbg !6403

_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i: ; preds = %bb2.i.i.i, %bb6.i.i.i, %bb1.i.i.i, %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E.exit"
    #dbg_value(ptr %a, !1816, !DIExpression(), !6404)
    #dbg_value(ptr %a, !1805, !DIExpression(), !6405)
    #dbg_value(ptr %a, !1824, !DIExpression(), !6381)
  %13 = atomicrmw xchg ptr %a, i32 0 release, align 4, !dbg !6406
  %14 = icmp eq i32 %13, 2, !dbg !6407
  br i1 %14, label %bb3.i.i, label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit", !dbg !6407, !prof !943

bb3.i.i:                                          ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i
; call <std::sys::sync::mutex::futex::Mutex>::wake
  tail call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %a), !dbg !6408
  br label %"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit", !dbg !6408

"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E.exit": ; preds = %_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done.exit.i.i, %bb3.i.i
  ret void, !dbg !6409
}

; <alloc::boxed::Box<T,A> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h2e0224869b467496E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #0 !dbg !6410 {
start:
    #dbg_value(ptr %self, !6416, !DIExpression(), !6418)
    #dbg_value(ptr %f, !6417, !DIExpression(), !6418)
  %_5.0 = load ptr, ptr %self, align 8, !dbg !6419, !nonnull !23, !noundef !23
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8, !dbg !6419
  %_5.1 = load ptr, ptr %0, align 8, !dbg !6419, !nonnull !23, !align !1778, !noundef !23
; call <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
  %_0 = tail call noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1 %_5.0, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %_5.1, ptr noalias noundef nonnull align 8 dereferenceable(24) %f), !dbg !6420
  ret i1 %_0, !dbg !6421
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h1920e68d60050f33E"(ptr noalias readonly align 8 captures(none) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #0 !dbg !6422 {
start:
  %_4 = alloca [16 x i8], align 8
    #dbg_value(ptr poison, !6428, !DIExpression(), !6430)
    #dbg_value(ptr %f, !6429, !DIExpression(), !6430)
  call void @llvm.lifetime.start.p0(ptr nonnull %_4), !dbg !6431
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef nonnull sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef nonnull align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11), !dbg !6432
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef nonnull align 8 dereferenceable(16) %_4), !dbg !6433
  call void @llvm.lifetime.end.p0(ptr nonnull %_4), !dbg !6434
  ret i1 %_0, !dbg !6435
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #5

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

; std::panicking::panic_count::is_zero_slow_path
; Function Attrs: cold noinline nonlazybind uwtable
declare noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() unnamed_addr #8

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #9

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #12

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #5

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #13

; <std::sys::stdio::unix::Stderr as std::io::Write>::write
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvXs3_NtNtNtCsjrHSEGnQ3l9_3std3sys5stdio4unixNtB5_6StderrNtNtBb_2io5Write5write(ptr noalias noundef nonnull align 1, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #0

; core::slice::index::slice_index_fail
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core5slice5index16slice_index_fail(i64 noundef, i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #14

; std::rt::lang_start_internal
; Function Attrs: nonlazybind uwtable
declare noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48), i64 noundef, ptr noundef, i8 noundef) unnamed_addr #0

; std::env::_var_os
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtCsjrHSEGnQ3l9_3std3env7__var_os(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #0

; <std::sys::sync::mutex::futex::Mutex>::lock_contended
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4) unnamed_addr #15

; <std::thread::id::ThreadId>::new
; Function Attrs: nonlazybind uwtable
declare noundef range(i64 1, 0) i64 @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread2idNtB2_8ThreadId3new() unnamed_addr #0

; <std::thread::thread::Thread>::new
; Function Attrs: nonlazybind uwtable
declare noundef nonnull ptr @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB4_6Thread3new(i64 noundef range(i64 1, 0), ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24)) unnamed_addr #0

; std::thread::spawnhook::run_spawn_hooks
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook15run_spawn_hooks(ptr dead_on_unwind noalias noundef writable sret([32 x i8]) align 8 captures(none) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8)) unnamed_addr #0

; <std::thread::scoped::ScopeData>::increment_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29increment_num_running_threads(ptr noundef nonnull align 8) unnamed_addr #0

; <std::sys::thread::unix::Thread>::new
; Function Attrs: nonlazybind uwtable
declare { i64, ptr } @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread3new(i64 noundef, ptr noalias noundef nonnull align 8) unnamed_addr #0

; Function Attrs: cold noreturn nounwind memory(inaccessiblemem: write)
declare void @llvm.trap() #16

; core::str::converts::from_utf8
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core3str8converts9from_utf8(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef range(i64 0, -9223372036854775808)) unnamed_addr #0

; <std::thread::spawnhook::ChildSpawnHooks>::run
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs_NtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB4_15ChildSpawnHooks3run(ptr dead_on_return noalias noundef align 8 captures(address) dereferenceable(32)) unnamed_addr #0

; <std::sys::thread::unix::Thread>::join
; Function Attrs: nonlazybind uwtable
declare void @_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6Thread4join(i64 noundef) unnamed_addr #0

; core::option::expect_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13expect_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #14

; core::option::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6option13unwrap_failed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #14

; std::panicking::catch_unwind::cleanup
; Function Attrs: cold minsize nonlazybind optsize uwtable
declare { ptr, ptr } @_RNvNvNtCsjrHSEGnQ3l9_3std9panicking12catch_unwind7cleanup(ptr noundef) unnamed_addr #17

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #13

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #18

; <std::sys::thread::unix::Thread as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std3sys6thread4unixNtB5_6ThreadNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #0

; <std::thread::spawnhook::SpawnHooks as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
declare void @_RNvXNtNtCsjrHSEGnQ3l9_3std6thread9spawnhookNtB2_10SpawnHooksNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #0

; <std::io::error::Error as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXNtNtCsjrHSEGnQ3l9_3std2io5errorNtB2_5ErrorNtNtCsgEmfK2I1SDS_4core3fmt5Debug3fmt(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #0

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #14

; std::thread::functions::sleep
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions5sleep(i64 noundef, i32 noundef range(i32 0, 1000000000)) unnamed_addr #0

; <dyn core::any::Any + core::marker::Send as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvXs0_NtCsgEmfK2I1SDS_4core3anyDNtB5_3AnyNtNtB7_6marker4SendEL_NtNtB7_3fmt5Debug3fmt(ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef align 8 dereferenceable(24)) unnamed_addr #0

; <alloc::sync::Arc<std::thread::spawnhook::SpawnHook>>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
declare void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread9spawnhook9SpawnHookE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #2

; <alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>::drop_slow
; Function Attrs: noinline nonlazybind uwtable
declare void @_RNvMsn_NtCslNYArtu3iFV_5alloc4syncINtB5_3ArcNtNtNtCsjrHSEGnQ3l9_3std6thread6thread5InnerNtNtBM_5alloc6SystemE9drop_slowBM_(ptr noalias noundef align 8 dereferenceable(8)) unnamed_addr #2

; <core::fmt::Formatter>::debug_struct
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(address) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #0

; <core::fmt::builders::DebugStruct>::finish_non_exhaustive
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #0

; std::process::abort
; Function Attrs: cold noreturn nonlazybind uwtable
declare void @_RNvNtCsjrHSEGnQ3l9_3std7process5abort() unnamed_addr #19

; <std::thread::scoped::ScopeData>::decrement_num_running_threads
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtCsjrHSEGnQ3l9_3std6thread6scopedNtB2_9ScopeData29decrement_num_running_threads(ptr noundef nonnull align 8, i1 noundef zeroext) unnamed_addr #0

; <std::sys::sync::mutex::futex::Mutex>::wake
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4) unnamed_addr #15

; Function Attrs: nonlazybind
define noundef i32 @main(i32 %0, ptr %1) unnamed_addr #20 {
top:
  %_7.i = alloca [8 x i8], align 8
  %2 = load volatile i8, ptr @__rustc_debug_gdb_scripts_section__, align 1
  %3 = sext i32 %0 to i64
    #dbg_value(ptr @_ZN5mutex4main17h849321f015cbd99cE, !1012, !DIExpression(), !1016)
    #dbg_value(i64 %3, !1013, !DIExpression(), !1016)
    #dbg_value(ptr %1, !1014, !DIExpression(), !1016)
    #dbg_value(i8 0, !1015, !DIExpression(), !1016)
  call void @llvm.lifetime.start.p0(ptr nonnull %_7.i), !dbg !1017
  store ptr @_ZN5mutex4main17h849321f015cbd99cE, ptr %_7.i, align 8, !dbg !1017
; call std::rt::lang_start_internal
  %_0.i = call noundef i64 @_RNvNtCsjrHSEGnQ3l9_3std2rt19lang_start_internal(ptr noundef nonnull align 1 %_7.i, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.1, i64 noundef %3, ptr noundef %1, i8 noundef 0), !dbg !1018
  call void @llvm.lifetime.end.p0(ptr nonnull %_7.i), !dbg !1019
  %4 = trunc i64 %_0.i to i32
  ret i32 %4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #21

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { cold noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #16 = { cold noreturn nounwind memory(inaccessiblemem: write) }
attributes #17 = { cold minsize nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #18 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #19 = { cold noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #20 = { nonlazybind "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #21 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #22 = { noreturn }
attributes #23 = { noinline }
attributes #24 = { nounwind }
attributes #25 = { cold noreturn nounwind }
attributes #26 = { cold }

!llvm.module.flags = !{!596, !597, !598, !599, !600}
!llvm.ident = !{!601}
!llvm.dbg.cu = !{!602}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "<std::rt::lang_start::{closure_env#0}<()> as core::ops::function::Fn<()>>::{vtable}", scope: null, file: !2, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "<unknown>", directory: "")
!3 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::rt::lang_start::{closure_env#0}<()> as core::ops::function::Fn<()>>::{vtable_type}", file: !2, size: 384, align: 64, flags: DIFlagArtificial, elements: !4, vtableHolder: !14, templateParams: !23, identifier: "b96c0f48f9f4a20ef23c45a32d4d7998")
!4 = !{!5, !8, !10, !11, !12, !13}
!5 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !3, file: !2, baseType: !6, size: 64, align: 64)
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!7 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!8 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!9 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!10 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !3, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!11 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!12 = !DIDerivedType(tag: DW_TAG_member, name: "__method4", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 256)
!13 = !DIDerivedType(tag: DW_TAG_member, name: "__method5", scope: !3, file: !2, baseType: !6, size: 64, align: 64, offset: 320)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<()>", scope: !15, file: !2, size: 64, align: 64, elements: !18, templateParams: !23, identifier: "bad1f6f4ef05517f3fc1d7d11debbe41")
!15 = !DINamespace(name: "lang_start", scope: !16)
!16 = !DINamespace(name: "rt", scope: !17)
!17 = !DINamespace(name: "std", scope: null)
!18 = !{!19}
!19 = !DIDerivedType(tag: DW_TAG_member, name: "main", scope: !14, file: !2, baseType: !20, size: 64, align: 64)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "fn()", baseType: !21, size: 64, align: 64, dwarfAddressSpace: 0)
!21 = !DISubroutineType(types: !22)
!22 = !{null}
!23 = !{}
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(name: "<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()> as core::ops::function::FnOnce<()>>::{vtable}", scope: null, file: !2, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()> as core::ops::function::FnOnce<()>>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !27, vtableHolder: !32, templateParams: !23, identifier: "2d0c1d9cc1e60852235e7ccdaa2671f6")
!27 = !{!28, !29, !30, !31}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !26, file: !2, baseType: !6, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !26, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !26, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !26, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!32 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#1}<mutex::main::{closure_env#0}, ()>", scope: !33, file: !2, size: 384, align: 64, elements: !36, templateParams: !23, identifier: "de84a3c67e418cb6247aa97a54d2ab80")
!33 = !DINamespace(name: "spawn_unchecked", scope: !34)
!34 = !DINamespace(name: "lifecycle", scope: !35)
!35 = !DINamespace(name: "thread", scope: !17)
!36 = !{!37, !140, !243}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !32, file: !2, baseType: !38, size: 64, align: 64, offset: 320)
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<mutex::main::{closure_env#0}>", scope: !33, file: !2, size: 64, align: 64, flags: DIFlagProtected, elements: !39, templateParams: !138, identifier: "653109d3a24d67a5e33d989435dd6d1f")
!39 = !{!40}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !38, file: !2, baseType: !41, size: 64, align: 64, flags: DIFlagProtected)
!41 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<mutex::main::{closure_env#0}>", scope: !42, file: !2, size: 64, align: 64, elements: !45, templateParams: !138, identifier: "9d15c9e6554708f6d04b0ffe838aff0")
!42 = !DINamespace(name: "maybe_uninit", scope: !43)
!43 = !DINamespace(name: "mem", scope: !44)
!44 = !DINamespace(name: "core", scope: null)
!45 = !{!46, !47}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !41, file: !2, baseType: !7, align: 8)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !41, file: !2, baseType: !48, size: 64, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<mutex::main::{closure_env#0}>", scope: !49, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !50, templateParams: !138, identifier: "138381b39b0c32016324ed38e09ca05e")
!49 = !DINamespace(name: "manually_drop", scope: !43)
!50 = !{!51}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !48, file: !2, baseType: !52, size: 64, align: 64, flags: DIFlagPrivate)
!52 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<mutex::main::{closure_env#0}>", scope: !53, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !54, templateParams: !136, identifier: "853397304393d713f4725a8d5ba73662")
!53 = !DINamespace(name: "maybe_dangling", scope: !43)
!54 = !{!55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !52, file: !2, baseType: !56, size: 64, align: 64, flags: DIFlagPrivate)
!56 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !57, file: !2, size: 64, align: 64, elements: !59, templateParams: !23, identifier: "8bb7f2c2066381abcbe9bbb3a2618e90")
!57 = !DINamespace(name: "main", scope: !58)
!58 = !DINamespace(name: "mutex", scope: null)
!59 = !{!60}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "shared_clone", scope: !56, file: !2, baseType: !61, size: 64, align: 64)
!61 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !134, identifier: "cf470a96fcf3ceac20c1105f93ea2201")
!62 = !DINamespace(name: "sync", scope: !63)
!63 = !DINamespace(name: "alloc", scope: null)
!64 = !{!65, !128, !131}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !61, file: !2, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !69, templateParams: !126, identifier: "ee924d1b05662bc8da11a8e404b4dfd1")
!67 = !DINamespace(name: "non_null", scope: !68)
!68 = !DINamespace(name: "ptr", scope: !44)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !66, file: !2, baseType: !71, size: 64, align: 64, flags: DIFlagPrivate)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::sync::poison::mutex::Mutex<usize>>", scope: !62, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !73, templateParams: !124, identifier: "b88c48c6ad4b674b2850b6ffdb9a371d")
!73 = !{!74, !86, !87}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !72, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!75 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !76, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !78, templateParams: !23, identifier: "4d473d2171783819ad804082894a3856")
!76 = !DINamespace(name: "atomic", scope: !77)
!77 = !DINamespace(name: "sync", scope: !44)
!78 = !{!79}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !75, file: !2, baseType: !80, size: 64, align: 64, flags: DIFlagPrivate)
!80 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !81, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !82, templateParams: !84, identifier: "39a99da3e6158f476ae51abf051b55a8")
!81 = !DINamespace(name: "cell", scope: !44)
!82 = !{!83}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !80, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!84 = !{!85}
!85 = !DITemplateTypeParameter(name: "T", type: !9)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !72, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !72, file: !2, baseType: !88, size: 128, align: 64, offset: 128, flags: DIFlagPrivate)
!88 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<usize>", scope: !89, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !92, templateParams: !84, identifier: "ef13e71cfcf4144477b508609bed82")
!89 = !DINamespace(name: "mutex", scope: !90)
!90 = !DINamespace(name: "poison", scope: !91)
!91 = !DINamespace(name: "sync", scope: !17)
!92 = !{!93, !110, !123}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !88, file: !2, baseType: !94, size: 32, align: 32, flags: DIFlagPrivate)
!94 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex", scope: !95, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !99, templateParams: !23, identifier: "afdb334321a21a732e97844e1c645ae5")
!95 = !DINamespace(name: "futex", scope: !96)
!96 = !DINamespace(name: "mutex", scope: !97)
!97 = !DINamespace(name: "sync", scope: !98)
!98 = !DINamespace(name: "sys", scope: !17)
!99 = !{!100}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !94, file: !2, baseType: !101, size: 32, align: 32, flags: DIFlagPrivate)
!101 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !76, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !102, templateParams: !23, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!102 = !{!103}
!103 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !101, file: !2, baseType: !104, size: 32, align: 32, flags: DIFlagPrivate)
!104 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !81, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !105, templateParams: !108, identifier: "276fcd5afdff990e3d83fbd36936145c")
!105 = !{!106}
!106 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !104, file: !2, baseType: !107, size: 32, align: 32, flags: DIFlagPrivate)
!107 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!108 = !{!109}
!109 = !DITemplateTypeParameter(name: "T", type: !107)
!110 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !88, file: !2, baseType: !111, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !90, file: !2, size: 8, align: 8, flags: DIFlagProtected, elements: !112, templateParams: !23, identifier: "c629961d27193e407b292c3b513ca7dc")
!112 = !{!113}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "failed", scope: !111, file: !2, baseType: !114, size: 8, align: 8, flags: DIFlagPrivate)
!114 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !76, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !115, templateParams: !23, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!115 = !{!116}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !114, file: !2, baseType: !117, size: 8, align: 8, flags: DIFlagPrivate)
!117 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !81, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !118, templateParams: !121, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!118 = !{!119}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !117, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagPrivate)
!120 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!121 = !{!122}
!122 = !DITemplateTypeParameter(name: "T", type: !120)
!123 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !88, file: !2, baseType: !80, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!124 = !{!125}
!125 = !DITemplateTypeParameter(name: "T", type: !88)
!126 = !{!127}
!127 = !DITemplateTypeParameter(name: "T", type: !72)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !61, file: !2, baseType: !129, align: 8, offset: 64, flags: DIFlagPrivate)
!129 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !126, identifier: "6f438b275be0799a92c5678bab321326")
!130 = !DINamespace(name: "marker", scope: !44)
!131 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !61, file: !2, baseType: !132, align: 8, offset: 64, flags: DIFlagPrivate)
!132 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !133, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!133 = !DINamespace(name: "alloc", scope: !63)
!134 = !{!125, !135}
!135 = !DITemplateTypeParameter(name: "A", type: !132)
!136 = !{!137}
!137 = !DITemplateTypeParameter(name: "P", type: !56)
!138 = !{!139}
!139 = !DITemplateTypeParameter(name: "T", type: !56)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !32, file: !2, baseType: !141, size: 256, align: 64)
!141 = !DICompositeType(tag: DW_TAG_structure_type, name: "ChildSpawnHooks", scope: !142, file: !2, size: 256, align: 64, flags: DIFlagProtected, elements: !143, templateParams: !23, identifier: "eeb8377564d41ffd727c9fa14ad1c79c")
!142 = !DINamespace(name: "spawnhook", scope: !35)
!143 = !{!144, !197}
!144 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !141, file: !2, baseType: !145, size: 64, align: 64, offset: 192, flags: DIFlagPrivate)
!145 = !DICompositeType(tag: DW_TAG_structure_type, name: "SpawnHooks", scope: !142, file: !2, size: 64, align: 64, flags: DIFlagPrivate, elements: !146, templateParams: !23, identifier: "eebec3c86ebd2acbfaa46fa2eadbdb0")
!146 = !{!147}
!147 = !DIDerivedType(tag: DW_TAG_member, name: "first", scope: !145, file: !2, baseType: !148, size: 64, align: 64, flags: DIFlagPrivate)
!148 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", scope: !149, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !150, templateParams: !23, identifier: "9c26074f4796feaefe0fa89af36e666")
!149 = !DINamespace(name: "option", scope: !44)
!150 = !{!151}
!151 = !DICompositeType(tag: DW_TAG_variant_part, scope: !148, file: !2, size: 64, align: 64, elements: !152, templateParams: !23, identifier: "fe2ec0e7f6e85b00b3154582f9b16849", discriminator: !195)
!152 = !{!153, !191}
!153 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !151, file: !2, baseType: !154, size: 64, align: 64, extraData: i64 0)
!154 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !148, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !155, identifier: "de0e56b27d0f8050cebd7cdd5066c822")
!155 = !{!156}
!156 = !DITemplateTypeParameter(name: "T", type: !157)
!157 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !158, templateParams: !190, identifier: "5c46653250a9f64572e7c06e649052f2")
!158 = !{!159, !187, !189}
!159 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !157, file: !2, baseType: !160, size: 64, align: 64, flags: DIFlagPrivate)
!160 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !161, templateParams: !185, identifier: "3d00bcf266f3da0552efa4d79943cc82")
!161 = !{!162}
!162 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !160, file: !2, baseType: !163, size: 64, align: 64, flags: DIFlagPrivate)
!163 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>", baseType: !164, size: 64, align: 64, dwarfAddressSpace: 0)
!164 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::spawnhook::SpawnHook>", scope: !62, file: !2, size: 320, align: 64, flags: DIFlagPrivate, elements: !165, templateParams: !183, identifier: "66fdc315f712b4647c5f1b77e02ea9a6")
!165 = !{!166, !167, !168}
!166 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !164, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !164, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !164, file: !2, baseType: !169, size: 192, align: 64, offset: 128, flags: DIFlagPrivate)
!169 = !DICompositeType(tag: DW_TAG_structure_type, name: "SpawnHook", scope: !142, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !170, templateParams: !23, identifier: "a0fa40b3023c1c67dd5268f694d43239")
!170 = !{!171, !182}
!171 = !DIDerivedType(tag: DW_TAG_member, name: "hook", scope: !169, file: !2, baseType: !172, size: 128, align: 64, flags: DIFlagPrivate)
!172 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::ops::function::Fn<(&std::thread::thread::Thread), Output=alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>> + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !173, templateParams: !23, identifier: "c70ada2156cf59a2dd08cb168dd6b2b4")
!173 = !{!174, !177}
!174 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !172, file: !2, baseType: !175, size: 64, align: 64)
!175 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !176, size: 64, align: 64, dwarfAddressSpace: 0)
!176 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::ops::function::Fn<(&std::thread::thread::Thread), Output=alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>> + core::marker::Send + core::marker::Sync)", file: !2, align: 8, elements: !23, identifier: "e829d690d0e003e2ef599cf502eed75c")
!177 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !172, file: !2, baseType: !178, size: 64, align: 64, offset: 64)
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !179, size: 64, align: 64, dwarfAddressSpace: 0)
!179 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 384, align: 64, elements: !180)
!180 = !{!181}
!181 = !DISubrange(count: 6, lowerBound: 0)
!182 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !169, file: !2, baseType: !148, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!183 = !{!184}
!184 = !DITemplateTypeParameter(name: "T", type: !169)
!185 = !{!186}
!186 = !DITemplateTypeParameter(name: "T", type: !164)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !157, file: !2, baseType: !188, align: 8, offset: 64, flags: DIFlagPrivate)
!188 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::spawnhook::SpawnHook>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !185, identifier: "bd39b1adf08db9894779313c94f6575")
!189 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !157, file: !2, baseType: !132, align: 8, offset: 64, flags: DIFlagPrivate)
!190 = !{!184, !135}
!191 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !151, file: !2, baseType: !192, size: 64, align: 64)
!192 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !148, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !193, templateParams: !155, identifier: "dd763ff7771c5d4fa4e25199f00c06b")
!193 = !{!194}
!194 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !192, file: !2, baseType: !157, size: 64, align: 64, flags: DIFlagPublic)
!195 = !DIDerivedType(tag: DW_TAG_member, scope: !148, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!196 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!197 = !DIDerivedType(tag: DW_TAG_member, name: "to_run", scope: !141, file: !2, baseType: !198, size: 192, align: 64, flags: DIFlagPrivate)
!198 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", scope: !199, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !200, templateParams: !241, identifier: "5bdf23c267c8f87ea3d5f063d063e306")
!199 = !DINamespace(name: "vec", scope: !63)
!200 = !{!201, !242}
!201 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !198, file: !2, baseType: !202, size: 128, align: 64, flags: DIFlagPrivate)
!202 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", scope: !203, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !204, templateParams: !241, identifier: "c2d7c12bb10a631dc03401c085691c18")
!203 = !DINamespace(name: "raw_vec", scope: !63)
!204 = !{!205, !227}
!205 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !202, file: !2, baseType: !206, size: 128, align: 64, flags: DIFlagPrivate)
!206 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !203, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !207, templateParams: !226, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!207 = !{!208, !219, !225}
!208 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !206, file: !2, baseType: !209, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!209 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !210, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !211, templateParams: !121, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!210 = !DINamespace(name: "unique", scope: !68)
!211 = !{!212, !217}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !209, file: !2, baseType: !213, size: 64, align: 64, flags: DIFlagPrivate)
!213 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !214, templateParams: !121, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!214 = !{!215}
!215 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !213, file: !2, baseType: !216, size: 64, align: 64, flags: DIFlagPrivate)
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !120, size: 64, align: 64, dwarfAddressSpace: 0)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !209, file: !2, baseType: !218, align: 8, offset: 64, flags: DIFlagPrivate)
!218 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !121, identifier: "15bae875c56c7c0f828edf19d836075e")
!219 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !206, file: !2, baseType: !220, size: 64, align: 64, flags: DIFlagPrivate)
!220 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !221, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !223, templateParams: !23, identifier: "cad7375c0c871c072d809328de25b44")
!221 = !DINamespace(name: "niche_types", scope: !222)
!222 = !DINamespace(name: "num", scope: !44)
!223 = !{!224}
!224 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !220, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPrivate)
!225 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !206, file: !2, baseType: !132, align: 8, offset: 128, flags: DIFlagPrivate)
!226 = !{!135}
!227 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !202, file: !2, baseType: !228, align: 8, offset: 128, flags: DIFlagPrivate)
!228 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !229, identifier: "fc69ebabb4dbbbad75cac103711330b0")
!229 = !{!230}
!230 = !DITemplateTypeParameter(name: "T", type: !231)
!231 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !232, templateParams: !23, identifier: "784f70b9191dc401f45ccad49dd98a60")
!232 = !{!233, !236}
!233 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !231, file: !2, baseType: !234, size: 64, align: 64)
!234 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !235, size: 64, align: 64, dwarfAddressSpace: 0)
!235 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, align: 8, elements: !23, identifier: "81b0c2b508a9eeb1c9c4cf84be6b519b")
!236 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !231, file: !2, baseType: !237, size: 64, align: 64, offset: 64)
!237 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 4]", baseType: !238, size: 64, align: 64, dwarfAddressSpace: 0)
!238 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 256, align: 64, elements: !239)
!239 = !{!240}
!240 = !DISubrange(count: 4, lowerBound: 0)
!241 = !{!230, !135}
!242 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !198, file: !2, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!243 = !DIDerivedType(tag: DW_TAG_member, name: "their_packet", scope: !32, file: !2, baseType: !244, size: 64, align: 64, offset: 256)
!244 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !245, templateParams: !449, identifier: "f68346888aeaf56877b353e086500515")
!245 = !{!246, !446, !448}
!246 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !244, file: !2, baseType: !247, size: 64, align: 64, flags: DIFlagPrivate)
!247 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !248, templateParams: !444, identifier: "4a42d39f6afaa33db4e35b3ee00a0d6a")
!248 = !{!249}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !247, file: !2, baseType: !250, size: 64, align: 64, flags: DIFlagPrivate)
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !251, size: 64, align: 64, dwarfAddressSpace: 0)
!251 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::lifecycle::Packet<()>>", scope: !62, file: !2, size: 384, align: 64, flags: DIFlagPrivate, elements: !252, templateParams: !442, identifier: "d9e6995ee1ede61c184fde8cd90811e6")
!252 = !{!253, !254, !255}
!253 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !251, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !251, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!255 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !251, file: !2, baseType: !256, size: 256, align: 64, offset: 128, flags: DIFlagPrivate)
!256 = !DICompositeType(tag: DW_TAG_structure_type, name: "Packet<()>", scope: !34, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !257, templateParams: !441, identifier: "228d39cffd0267e06ff379bf15f9a36b")
!257 = !{!258, !381, !423}
!258 = !DIDerivedType(tag: DW_TAG_member, name: "scope", scope: !256, file: !2, baseType: !259, size: 64, align: 64, flags: DIFlagPrivate)
!259 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", scope: !149, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !260, templateParams: !23, identifier: "5fb98ac86a7315b43e2b6618a15480f9")
!260 = !{!261}
!261 = !DICompositeType(tag: DW_TAG_variant_part, scope: !259, file: !2, size: 64, align: 64, elements: !262, templateParams: !23, identifier: "2c7c1c795725e24c3bc0594e8c8246cc", discriminator: !380)
!262 = !{!263, !376}
!263 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !261, file: !2, baseType: !264, size: 64, align: 64, extraData: i64 0)
!264 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !259, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !265, identifier: "98fef0ad5724695823fedfb81f35429f")
!265 = !{!266}
!266 = !DITemplateTypeParameter(name: "T", type: !267)
!267 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !268, templateParams: !375, identifier: "cd79285008b59249f6d84f12e947241a")
!268 = !{!269, !372, !374}
!269 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !267, file: !2, baseType: !270, size: 64, align: 64, flags: DIFlagPrivate)
!270 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::scoped::ScopeData>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !271, templateParams: !370, identifier: "c6044cdf17742002f1fe5ece2095d9c4")
!271 = !{!272}
!272 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !270, file: !2, baseType: !273, size: 64, align: 64, flags: DIFlagPrivate)
!273 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::scoped::ScopeData>", baseType: !274, size: 64, align: 64, dwarfAddressSpace: 0)
!274 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::scoped::ScopeData>", scope: !62, file: !2, size: 320, align: 64, flags: DIFlagPrivate, elements: !275, templateParams: !368, identifier: "f1f944dbbb4e153993ec73bd62fa46f0")
!275 = !{!276, !277, !278}
!276 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !274, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!277 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !274, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!278 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !274, file: !2, baseType: !279, size: 192, align: 64, offset: 128, flags: DIFlagPrivate)
!279 = !DICompositeType(tag: DW_TAG_structure_type, name: "ScopeData", scope: !280, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !281, templateParams: !23, identifier: "46b284ff1c0eefbb631e04ae7f64f9a2")
!280 = !DINamespace(name: "scoped", scope: !35)
!281 = !{!282, !283, !284}
!282 = !DIDerivedType(tag: DW_TAG_member, name: "num_running_threads", scope: !279, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!283 = !DIDerivedType(tag: DW_TAG_member, name: "a_thread_panicked", scope: !279, file: !2, baseType: !114, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!284 = !DIDerivedType(tag: DW_TAG_member, name: "main_thread", scope: !279, file: !2, baseType: !285, size: 64, align: 64, flags: DIFlagPrivate)
!285 = !DICompositeType(tag: DW_TAG_structure_type, name: "Thread", scope: !286, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !287, templateParams: !23, identifier: "403a666d5f21c87995fdafc8bf1e6351")
!286 = !DINamespace(name: "thread", scope: !35)
!287 = !{!288}
!288 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !285, file: !2, baseType: !289, size: 64, align: 64, flags: DIFlagPrivate)
!289 = !DICompositeType(tag: DW_TAG_structure_type, name: "Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", scope: !290, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !291, templateParams: !366, identifier: "bc0a901ebfeb8aaf57b9b1aff716c8c1")
!290 = !DINamespace(name: "pin", scope: !44)
!291 = !{!292}
!292 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !289, file: !2, baseType: !293, size: 64, align: 64, flags: DIFlagPrivate)
!293 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arc<std::thread::thread::Inner, std::alloc::System>", scope: !62, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !294, templateParams: !364, identifier: "17e830a2d9b5f9169616a87ed1cd0fe9")
!294 = !{!295, !359, !361}
!295 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !293, file: !2, baseType: !296, size: 64, align: 64, flags: DIFlagPrivate)
!296 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::sync::ArcInner<std::thread::thread::Inner>>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !297, templateParams: !357, identifier: "b685f3cbfd8d3414d1ba6294362e4d00")
!297 = !{!298}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !296, file: !2, baseType: !299, size: 64, align: 64, flags: DIFlagPrivate)
!299 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::sync::ArcInner<std::thread::thread::Inner>", baseType: !300, size: 64, align: 64, dwarfAddressSpace: 0)
!300 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArcInner<std::thread::thread::Inner>", scope: !62, file: !2, size: 384, align: 64, flags: DIFlagPrivate, elements: !301, templateParams: !355, identifier: "727304cc1db499aa1753946b26666957")
!301 = !{!302, !303, !304}
!302 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !300, file: !2, baseType: !75, size: 64, align: 64, flags: DIFlagPrivate)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !300, file: !2, baseType: !75, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!304 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !300, file: !2, baseType: !305, size: 256, align: 64, offset: 128, flags: DIFlagPrivate)
!305 = !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", scope: !286, file: !2, size: 256, align: 64, flags: DIFlagPrivate, elements: !306, templateParams: !23, identifier: "b4e68275b6ef48d14e0d0ca922e61cfe")
!306 = !{!307, !335, !349}
!307 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !305, file: !2, baseType: !308, size: 128, align: 64, offset: 64, flags: DIFlagPrivate)
!308 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::thread::thread::thread_name_string::ThreadNameString>", scope: !149, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !309, templateParams: !23, identifier: "69c3d296694bad8c828d2c84c68eb0c7")
!309 = !{!310}
!310 = !DICompositeType(tag: DW_TAG_variant_part, scope: !308, file: !2, size: 128, align: 64, elements: !311, templateParams: !23, identifier: "572a2b1f4b15b0cc2a73f1fb7932db83", discriminator: !334)
!311 = !{!312, !330}
!312 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !310, file: !2, baseType: !313, size: 128, align: 64, extraData: i64 0)
!313 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !308, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !314, identifier: "213221054ad9a922be49fd8e2e5e6b4e")
!314 = !{!315}
!315 = !DITemplateTypeParameter(name: "T", type: !316)
!316 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadNameString", scope: !317, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !318, templateParams: !23, identifier: "8c164ab72a2dfb2e38f74277af352297")
!317 = !DINamespace(name: "thread_name_string", scope: !286)
!318 = !{!319}
!319 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !316, file: !2, baseType: !320, size: 128, align: 64, flags: DIFlagPrivate)
!320 = !DICompositeType(tag: DW_TAG_structure_type, name: "CString", scope: !321, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !323, templateParams: !23, identifier: "fc613295dbb8274a87f65b7c54af0c14")
!321 = !DINamespace(name: "c_str", scope: !322)
!322 = !DINamespace(name: "ffi", scope: !63)
!323 = !{!324}
!324 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !320, file: !2, baseType: !325, size: 128, align: 64, flags: DIFlagPrivate)
!325 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<[u8], alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !326, templateParams: !23, identifier: "921886ecc911f281d55f77903c5973b8")
!326 = !{!327, !329}
!327 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !325, file: !2, baseType: !328, size: 64, align: 64)
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !120, size: 64, align: 64, dwarfAddressSpace: 0)
!329 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !325, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!330 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !310, file: !2, baseType: !331, size: 128, align: 64)
!331 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !308, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !332, templateParams: !314, identifier: "bcc98044100a111a3512307fbe506506")
!332 = !{!333}
!333 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !331, file: !2, baseType: !316, size: 128, align: 64, flags: DIFlagPublic)
!334 = !DIDerivedType(tag: DW_TAG_member, scope: !308, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!335 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !305, file: !2, baseType: !336, size: 64, align: 64, flags: DIFlagPrivate)
!336 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadId", scope: !337, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !338, templateParams: !23, identifier: "de609d3b81242813820c995a10001b08")
!337 = !DINamespace(name: "id", scope: !35)
!338 = !{!339}
!339 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !336, file: !2, baseType: !340, size: 64, align: 64, flags: DIFlagPrivate)
!340 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZero<u64>", scope: !341, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !342, templateParams: !347, identifier: "ff786a4ac72ed82b974b9cfadfcee5d")
!341 = !DINamespace(name: "nonzero", scope: !222)
!342 = !{!343}
!343 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !340, file: !2, baseType: !344, size: 64, align: 64, flags: DIFlagPrivate)
!344 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZeroU64Inner", scope: !221, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !345, templateParams: !23, identifier: "e2f4201cd798a8ec8a688583cf768d10")
!345 = !{!346}
!346 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !344, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagPrivate)
!347 = !{!348}
!348 = !DITemplateTypeParameter(name: "T", type: !196)
!349 = !DIDerivedType(tag: DW_TAG_member, name: "parker", scope: !305, file: !2, baseType: !350, size: 32, align: 32, offset: 192, flags: DIFlagPrivate)
!350 = !DICompositeType(tag: DW_TAG_structure_type, name: "Parker", scope: !351, file: !2, size: 32, align: 32, flags: DIFlagPublic, elements: !353, templateParams: !23, identifier: "39c9dceecc8e8d9c89798e8b95a41668")
!351 = !DINamespace(name: "futex", scope: !352)
!352 = !DINamespace(name: "thread_parking", scope: !97)
!353 = !{!354}
!354 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !350, file: !2, baseType: !101, size: 32, align: 32, flags: DIFlagPrivate)
!355 = !{!356}
!356 = !DITemplateTypeParameter(name: "T", type: !305)
!357 = !{!358}
!358 = !DITemplateTypeParameter(name: "T", type: !300)
!359 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !293, file: !2, baseType: !360, align: 8, offset: 64, flags: DIFlagPrivate)
!360 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::thread::Inner>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !357, identifier: "8cbae2973f2416ba3239b50b421f1d46")
!361 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !293, file: !2, baseType: !362, align: 8, offset: 64, flags: DIFlagPrivate)
!362 = !DICompositeType(tag: DW_TAG_structure_type, name: "System", scope: !363, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "1ff8b479d8c32c4b3ae3cd5b6d913415")
!363 = !DINamespace(name: "alloc", scope: !17)
!364 = !{!356, !365}
!365 = !DITemplateTypeParameter(name: "A", type: !362)
!366 = !{!367}
!367 = !DITemplateTypeParameter(name: "Ptr", type: !293)
!368 = !{!369}
!369 = !DITemplateTypeParameter(name: "T", type: !279)
!370 = !{!371}
!371 = !DITemplateTypeParameter(name: "T", type: !274)
!372 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !267, file: !2, baseType: !373, align: 8, offset: 64, flags: DIFlagPrivate)
!373 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::scoped::ScopeData>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !370, identifier: "8369e9356a96f8e98cc34218d394fbbb")
!374 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !267, file: !2, baseType: !132, align: 8, offset: 64, flags: DIFlagPrivate)
!375 = !{!369, !135}
!376 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !261, file: !2, baseType: !377, size: 64, align: 64)
!377 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !259, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !378, templateParams: !265, identifier: "46c596e44a2b993ec28349bb0d5ed6f3")
!378 = !{!379}
!379 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !377, file: !2, baseType: !267, size: 64, align: 64, flags: DIFlagPublic)
!380 = !DIDerivedType(tag: DW_TAG_member, scope: !259, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!381 = !DIDerivedType(tag: DW_TAG_member, name: "result", scope: !256, file: !2, baseType: !382, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!382 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", scope: !81, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !383, templateParams: !421, identifier: "4367cf4a581e388897f832643cc58324")
!383 = !{!384}
!384 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !382, file: !2, baseType: !385, size: 192, align: 64, flags: DIFlagPrivate)
!385 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", scope: !149, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !386, templateParams: !23, identifier: "54a9003dabc5c718be07cfcefd1d7bf3")
!386 = !{!387}
!387 = !DICompositeType(tag: DW_TAG_variant_part, scope: !385, file: !2, size: 192, align: 64, elements: !388, templateParams: !23, identifier: "2588e9f44f61995c1d9c65d950e3b3ef", discriminator: !420)
!388 = !{!389, !416}
!389 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !387, file: !2, baseType: !390, size: 192, align: 64, extraData: i64 0)
!390 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !385, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !391, identifier: "74f56560024d72bcc60b606a59aa9399")
!391 = !{!392}
!392 = !DITemplateTypeParameter(name: "T", type: !393)
!393 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !394, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !395, templateParams: !23, identifier: "c448c4ebf0b62f4d8d98567f640d849d")
!394 = !DINamespace(name: "result", scope: !44)
!395 = !{!396}
!396 = !DICompositeType(tag: DW_TAG_variant_part, scope: !393, file: !2, size: 128, align: 64, elements: !397, templateParams: !23, identifier: "4eec28cfbaf2dd0cdbf9507812b9ffe3", discriminator: !415)
!397 = !{!398, !411}
!398 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !396, file: !2, baseType: !399, size: 128, align: 64, extraData: i64 0)
!399 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !393, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !400, templateParams: !402, identifier: "5443d5216cfa4da242209ce74fbe215")
!400 = !{!401}
!401 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !399, file: !2, baseType: !7, align: 8, flags: DIFlagPublic)
!402 = !{!403, !404}
!403 = !DITemplateTypeParameter(name: "T", type: !7)
!404 = !DITemplateTypeParameter(name: "E", type: !405)
!405 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !406, templateParams: !23, identifier: "10ed3ba8a6abd8274ce7f839cd83118a")
!406 = !{!407, !410}
!407 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !405, file: !2, baseType: !408, size: 64, align: 64)
!408 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !409, size: 64, align: 64, dwarfAddressSpace: 0)
!409 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::any::Any + core::marker::Send)", file: !2, align: 8, elements: !23, identifier: "b160390ced8ba3d9da5565e1f758d814")
!410 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !405, file: !2, baseType: !237, size: 64, align: 64, offset: 64)
!411 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !396, file: !2, baseType: !412, size: 128, align: 64)
!412 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !393, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !413, templateParams: !402, identifier: "92ad92ae753b59d672022ed9f9c790bd")
!413 = !{!414}
!414 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !412, file: !2, baseType: !405, size: 128, align: 64, flags: DIFlagPublic)
!415 = !DIDerivedType(tag: DW_TAG_member, scope: !393, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!416 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !387, file: !2, baseType: !417, size: 192, align: 64, extraData: i64 1)
!417 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !385, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !418, templateParams: !391, identifier: "97f96804a08ad201c958d67325d2dec2")
!418 = !{!419}
!419 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !417, file: !2, baseType: !393, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!420 = !DIDerivedType(tag: DW_TAG_member, scope: !385, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!421 = !{!422}
!422 = !DITemplateTypeParameter(name: "T", type: !385)
!423 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !256, file: !2, baseType: !424, align: 8, offset: 256, flags: DIFlagPrivate)
!424 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<core::option::Option<&std::thread::scoped::ScopeData>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !425, identifier: "7bcceec13b83e53e6f59d42b42af8226")
!425 = !{!426}
!426 = !DITemplateTypeParameter(name: "T", type: !427)
!427 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&std::thread::scoped::ScopeData>", scope: !149, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !428, templateParams: !23, identifier: "b7ad46b7c0d94cf3c40441f639ed8d29")
!428 = !{!429}
!429 = !DICompositeType(tag: DW_TAG_variant_part, scope: !427, file: !2, size: 64, align: 64, elements: !430, templateParams: !23, identifier: "e431ce6618197e7c9b94ab32566e0e45", discriminator: !440)
!430 = !{!431, !436}
!431 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !429, file: !2, baseType: !432, size: 64, align: 64, extraData: i64 0)
!432 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !427, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !433, identifier: "1ca62aa73fcc7bda55ba342407c1b324")
!433 = !{!434}
!434 = !DITemplateTypeParameter(name: "T", type: !435)
!435 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::scoped::ScopeData", baseType: !279, size: 64, align: 64, dwarfAddressSpace: 0)
!436 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !429, file: !2, baseType: !437, size: 64, align: 64)
!437 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !427, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !438, templateParams: !433, identifier: "b4f47f30642887146ad274cf2574e54d")
!438 = !{!439}
!439 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !437, file: !2, baseType: !435, size: 64, align: 64, flags: DIFlagPublic)
!440 = !DIDerivedType(tag: DW_TAG_member, scope: !427, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!441 = !{!403}
!442 = !{!443}
!443 = !DITemplateTypeParameter(name: "T", type: !256)
!444 = !{!445}
!445 = !DITemplateTypeParameter(name: "T", type: !251)
!446 = !DIDerivedType(tag: DW_TAG_member, name: "phantom", scope: !244, file: !2, baseType: !447, align: 8, offset: 64, flags: DIFlagPrivate)
!447 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !444, identifier: "3b71d2bf44768e466aef110848eb62c1")
!448 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !244, file: !2, baseType: !132, align: 8, offset: 64, flags: DIFlagPrivate)
!449 = !{!443, !135}
!450 = !DIGlobalVariableExpression(var: !451, expr: !DIExpression())
!451 = distinct !DIGlobalVariable(name: "<std::io::error::Error as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !452, isLocal: true, isDefinition: true)
!452 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::io::error::Error as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !453, vtableHolder: !458, templateParams: !23, identifier: "9899f3b834037c46701741a51261c1ba")
!453 = !{!454, !455, !456, !457}
!454 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !452, file: !2, baseType: !6, size: 64, align: 64)
!455 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !452, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!456 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !452, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!457 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !452, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!458 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !459, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !461, templateParams: !23, identifier: "e85a88758bb6b463983651803f51593b")
!459 = !DINamespace(name: "error", scope: !460)
!460 = !DINamespace(name: "io", scope: !17)
!461 = !{!462}
!462 = !DIDerivedType(tag: DW_TAG_member, name: "repr", scope: !458, file: !2, baseType: !463, size: 64, align: 64, flags: DIFlagPrivate)
!463 = !DICompositeType(tag: DW_TAG_structure_type, name: "Repr", scope: !464, file: !2, size: 64, align: 64, flags: DIFlagProtected, elements: !465, templateParams: !23, identifier: "2b12c7d6f0999e88fb5b624c805a9b5c")
!464 = !DINamespace(name: "repr_bitpacked", scope: !459)
!465 = !{!466, !470}
!466 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !463, file: !2, baseType: !467, size: 64, align: 64, flags: DIFlagPrivate)
!467 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !468, templateParams: !441, identifier: "f4e496144210c619b96aa08326287b92")
!468 = !{!469}
!469 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !467, file: !2, baseType: !6, size: 64, align: 64, flags: DIFlagPrivate)
!470 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !463, file: !2, baseType: !471, align: 8, offset: 64, flags: DIFlagPrivate)
!471 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !472, identifier: "1e81c851dbf599cbb5b9d59441a7942d")
!472 = !{!473}
!473 = !DITemplateTypeParameter(name: "T", type: !474)
!474 = !DICompositeType(tag: DW_TAG_structure_type, name: "ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", scope: !459, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !475, templateParams: !23, identifier: "ffef33cfda2f3413349fa61eea1a1c76")
!475 = !{!476}
!476 = !DICompositeType(tag: DW_TAG_variant_part, scope: !474, file: !2, size: 128, align: 64, elements: !477, templateParams: !23, identifier: "829637cf065b43e3b34210a435834087", discriminator: !565)
!477 = !{!478, !544, !548, !561}
!478 = !DIDerivedType(tag: DW_TAG_member, name: "Os", scope: !476, file: !2, baseType: !479, size: 128, align: 64, extraData: i8 0)
!479 = !DICompositeType(tag: DW_TAG_structure_type, name: "Os", scope: !474, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !480, templateParams: !483, identifier: "8231477b47c7e5ee3b6f484fb3758b62")
!480 = !{!481}
!481 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !479, file: !2, baseType: !482, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!482 = !DIBasicType(name: "i32", size: 32, encoding: DW_ATE_signed)
!483 = !{!484}
!484 = !DITemplateTypeParameter(name: "C", type: !485)
!485 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !486, size: 64, align: 64, dwarfAddressSpace: 0)
!486 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !459, file: !2, size: 192, align: 64, flags: DIFlagPrivate, elements: !487, templateParams: !23, identifier: "7fdd58ebd6f6d542dadee54399a568fb")
!487 = !{!488, !533}
!488 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !486, file: !2, baseType: !489, size: 8, align: 8, offset: 128, flags: DIFlagPrivate)
!489 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "ErrorKind", scope: !459, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagEnumClass, elements: !490)
!490 = !{!491, !492, !493, !494, !495, !496, !497, !498, !499, !500, !501, !502, !503, !504, !505, !506, !507, !508, !509, !510, !511, !512, !513, !514, !515, !516, !517, !518, !519, !520, !521, !522, !523, !524, !525, !526, !527, !528, !529, !530, !531, !532}
!491 = !DIEnumerator(name: "NotFound", value: 0, isUnsigned: true)
!492 = !DIEnumerator(name: "PermissionDenied", value: 1, isUnsigned: true)
!493 = !DIEnumerator(name: "ConnectionRefused", value: 2, isUnsigned: true)
!494 = !DIEnumerator(name: "ConnectionReset", value: 3, isUnsigned: true)
!495 = !DIEnumerator(name: "HostUnreachable", value: 4, isUnsigned: true)
!496 = !DIEnumerator(name: "NetworkUnreachable", value: 5, isUnsigned: true)
!497 = !DIEnumerator(name: "ConnectionAborted", value: 6, isUnsigned: true)
!498 = !DIEnumerator(name: "NotConnected", value: 7, isUnsigned: true)
!499 = !DIEnumerator(name: "AddrInUse", value: 8, isUnsigned: true)
!500 = !DIEnumerator(name: "AddrNotAvailable", value: 9, isUnsigned: true)
!501 = !DIEnumerator(name: "NetworkDown", value: 10, isUnsigned: true)
!502 = !DIEnumerator(name: "BrokenPipe", value: 11, isUnsigned: true)
!503 = !DIEnumerator(name: "AlreadyExists", value: 12, isUnsigned: true)
!504 = !DIEnumerator(name: "WouldBlock", value: 13, isUnsigned: true)
!505 = !DIEnumerator(name: "NotADirectory", value: 14, isUnsigned: true)
!506 = !DIEnumerator(name: "IsADirectory", value: 15, isUnsigned: true)
!507 = !DIEnumerator(name: "DirectoryNotEmpty", value: 16, isUnsigned: true)
!508 = !DIEnumerator(name: "ReadOnlyFilesystem", value: 17, isUnsigned: true)
!509 = !DIEnumerator(name: "FilesystemLoop", value: 18, isUnsigned: true)
!510 = !DIEnumerator(name: "StaleNetworkFileHandle", value: 19, isUnsigned: true)
!511 = !DIEnumerator(name: "InvalidInput", value: 20, isUnsigned: true)
!512 = !DIEnumerator(name: "InvalidData", value: 21, isUnsigned: true)
!513 = !DIEnumerator(name: "TimedOut", value: 22, isUnsigned: true)
!514 = !DIEnumerator(name: "WriteZero", value: 23, isUnsigned: true)
!515 = !DIEnumerator(name: "StorageFull", value: 24, isUnsigned: true)
!516 = !DIEnumerator(name: "NotSeekable", value: 25, isUnsigned: true)
!517 = !DIEnumerator(name: "QuotaExceeded", value: 26, isUnsigned: true)
!518 = !DIEnumerator(name: "FileTooLarge", value: 27, isUnsigned: true)
!519 = !DIEnumerator(name: "ResourceBusy", value: 28, isUnsigned: true)
!520 = !DIEnumerator(name: "ExecutableFileBusy", value: 29, isUnsigned: true)
!521 = !DIEnumerator(name: "Deadlock", value: 30, isUnsigned: true)
!522 = !DIEnumerator(name: "CrossesDevices", value: 31, isUnsigned: true)
!523 = !DIEnumerator(name: "TooManyLinks", value: 32, isUnsigned: true)
!524 = !DIEnumerator(name: "InvalidFilename", value: 33, isUnsigned: true)
!525 = !DIEnumerator(name: "ArgumentListTooLong", value: 34, isUnsigned: true)
!526 = !DIEnumerator(name: "Interrupted", value: 35, isUnsigned: true)
!527 = !DIEnumerator(name: "Unsupported", value: 36, isUnsigned: true)
!528 = !DIEnumerator(name: "UnexpectedEof", value: 37, isUnsigned: true)
!529 = !DIEnumerator(name: "OutOfMemory", value: 38, isUnsigned: true)
!530 = !DIEnumerator(name: "InProgress", value: 39, isUnsigned: true)
!531 = !DIEnumerator(name: "Other", value: 40, isUnsigned: true)
!532 = !DIEnumerator(name: "Uncategorized", value: 41, isUnsigned: true)
!533 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !486, file: !2, baseType: !534, size: 128, align: 64, flags: DIFlagPrivate)
!534 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", file: !2, size: 128, align: 64, elements: !535, templateParams: !23, identifier: "a7e7b87722ec91db468fbff97d02e79f")
!535 = !{!536, !539}
!536 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !534, file: !2, baseType: !537, size: 64, align: 64)
!537 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !538, size: 64, align: 64, dwarfAddressSpace: 0)
!538 = !DICompositeType(tag: DW_TAG_structure_type, name: "(dyn core::error::Error + core::marker::Send + core::marker::Sync)", file: !2, align: 8, elements: !23, identifier: "cb89d378028ef3909bc35c36e5d517c6")
!539 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !534, file: !2, baseType: !540, size: 64, align: 64, offset: 64)
!540 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 10]", baseType: !541, size: 64, align: 64, dwarfAddressSpace: 0)
!541 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 640, align: 64, elements: !542)
!542 = !{!543}
!543 = !DISubrange(count: 10, lowerBound: 0)
!544 = !DIDerivedType(tag: DW_TAG_member, name: "Simple", scope: !476, file: !2, baseType: !545, size: 128, align: 64, extraData: i8 1)
!545 = !DICompositeType(tag: DW_TAG_structure_type, name: "Simple", scope: !474, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !546, templateParams: !483, identifier: "12c26e44c514fd706977573f1e51277b")
!546 = !{!547}
!547 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !545, file: !2, baseType: !489, size: 8, align: 8, offset: 8, flags: DIFlagPrivate)
!548 = !DIDerivedType(tag: DW_TAG_member, name: "SimpleMessage", scope: !476, file: !2, baseType: !549, size: 128, align: 64, extraData: i8 2)
!549 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !474, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !550, templateParams: !483, identifier: "683115b188484d9c66c29199b1668743")
!550 = !{!551}
!551 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !549, file: !2, baseType: !552, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!552 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::SimpleMessage", baseType: !553, size: 64, align: 64, dwarfAddressSpace: 0)
!553 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !459, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !554, templateParams: !23, identifier: "fc3ba5ffb90353c74d91c7e48a819290")
!554 = !{!555, !556}
!555 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !553, file: !2, baseType: !489, size: 8, align: 8, offset: 128, flags: DIFlagPublic)
!556 = !DIDerivedType(tag: DW_TAG_member, name: "message", scope: !553, file: !2, baseType: !557, size: 128, align: 64, flags: DIFlagPublic)
!557 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !2, size: 128, align: 64, elements: !558, templateParams: !23, identifier: "9277eecd40495f85161460476aacc992")
!558 = !{!559, !560}
!559 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !557, file: !2, baseType: !328, size: 64, align: 64)
!560 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !557, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!561 = !DIDerivedType(tag: DW_TAG_member, name: "Custom", scope: !476, file: !2, baseType: !562, size: 128, align: 64, extraData: i8 3)
!562 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !474, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !563, templateParams: !483, identifier: "fbbb3263f2671f5cd18b279ae5597d20")
!563 = !{!564}
!564 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !562, file: !2, baseType: !485, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!565 = !DIDerivedType(tag: DW_TAG_member, scope: !474, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!566 = !DIGlobalVariableExpression(var: !567, expr: !DIExpression())
!567 = distinct !DIGlobalVariable(name: "<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !568, isLocal: true, isDefinition: true)
!568 = !DICompositeType(tag: DW_TAG_structure_type, name: "<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !569, vtableHolder: !405, templateParams: !23, identifier: "16286048a8c74cb467b1adaaa18c43b0")
!569 = !{!570, !571, !572, !573}
!570 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !568, file: !2, baseType: !6, size: 64, align: 64)
!571 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !568, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!572 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !568, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!573 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !568, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!574 = !DIGlobalVariableExpression(var: !575, expr: !DIExpression())
!575 = distinct !DIGlobalVariable(name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>> as core::fmt::Debug>::{vtable}", scope: null, file: !2, type: !576, isLocal: true, isDefinition: true)
!576 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>> as core::fmt::Debug>::{vtable_type}", file: !2, size: 256, align: 64, flags: DIFlagArtificial, elements: !577, vtableHolder: !582, templateParams: !23, identifier: "d384461c3459526720b2581a66046363")
!577 = !{!578, !579, !580, !581}
!578 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !576, file: !2, baseType: !6, size: 64, align: 64)
!579 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !576, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!580 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !576, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!581 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !576, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!582 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", scope: !90, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !583, templateParams: !594, identifier: "b66a253ab6a318028b3c180dd66c1eb7")
!583 = !{!584}
!584 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !582, file: !2, baseType: !585, size: 128, align: 64, flags: DIFlagPrivate)
!585 = !DICompositeType(tag: DW_TAG_structure_type, name: "MutexGuard<usize>", scope: !89, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !586, templateParams: !84, identifier: "4a3822dbf1950bc077e6f24e23922005")
!586 = !{!587, !589}
!587 = !DIDerivedType(tag: DW_TAG_member, name: "lock", scope: !585, file: !2, baseType: !588, size: 64, align: 64, flags: DIFlagPrivate)
!588 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::mutex::Mutex<usize>", baseType: !88, size: 64, align: 64, dwarfAddressSpace: 0)
!589 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !585, file: !2, baseType: !590, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!590 = !DICompositeType(tag: DW_TAG_structure_type, name: "Guard", scope: !90, file: !2, size: 8, align: 8, flags: DIFlagProtected, elements: !591, templateParams: !23, identifier: "b05676214b4256ffb76ed45b5f0cd6c2")
!591 = !{!592}
!592 = !DIDerivedType(tag: DW_TAG_member, name: "panicking", scope: !590, file: !2, baseType: !593, size: 8, align: 8, flags: DIFlagPrivate)
!593 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!594 = !{!595}
!595 = !DITemplateTypeParameter(name: "T", type: !585)
!596 = !{i32 8, !"PIC Level", i32 2}
!597 = !{i32 7, !"PIE Level", i32 2}
!598 = !{i32 2, !"RtLibUseGOT", i32 1}
!599 = !{i32 7, !"Dwarf Version", i32 4}
!600 = !{i32 2, !"Debug Info Version", i32 3}
!601 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!602 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !603, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !604, globals: !687, splitDebugInlining: false, nameTableKind: None)
!603 = !DIFile(filename: "testdata/rust/src/mutex.rs/@/mutex.a6bdf7924794ead5-cgu.0", directory: ".")
!604 = !{!605, !672, !679, !489}
!605 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !606, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagEnumClass, elements: !607)
!606 = !DINamespace(name: "alignment", scope: !68)
!607 = !{!608, !609, !610, !611, !612, !613, !614, !615, !616, !617, !618, !619, !620, !621, !622, !623, !624, !625, !626, !627, !628, !629, !630, !631, !632, !633, !634, !635, !636, !637, !638, !639, !640, !641, !642, !643, !644, !645, !646, !647, !648, !649, !650, !651, !652, !653, !654, !655, !656, !657, !658, !659, !660, !661, !662, !663, !664, !665, !666, !667, !668, !669, !670, !671}
!608 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!609 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!610 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!611 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!612 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!613 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!614 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!615 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!616 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!617 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!618 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!619 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!620 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!621 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!622 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!623 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!624 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!625 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!626 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!627 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!628 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!629 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!630 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!631 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!632 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!633 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!634 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!635 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!636 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!637 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!638 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!639 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!640 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!641 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!642 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!643 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!644 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!645 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!646 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!647 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!648 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!649 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!650 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!651 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!652 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!653 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!654 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!655 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!656 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!657 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!658 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!659 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!660 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!661 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!662 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!663 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!664 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!665 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!666 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!667 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!668 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!669 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!670 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!671 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!672 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !76, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagEnumClass, elements: !673)
!673 = !{!674, !675, !676, !677, !678}
!674 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!675 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!676 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!677 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!678 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!679 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "IntErrorKind", scope: !680, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagEnumClass, elements: !681)
!680 = !DINamespace(name: "error", scope: !222)
!681 = !{!682, !683, !684, !685, !686}
!682 = !DIEnumerator(name: "Empty", value: 0, isUnsigned: true)
!683 = !DIEnumerator(name: "InvalidDigit", value: 1, isUnsigned: true)
!684 = !DIEnumerator(name: "PosOverflow", value: 2, isUnsigned: true)
!685 = !DIEnumerator(name: "NegOverflow", value: 3, isUnsigned: true)
!686 = !DIEnumerator(name: "Zero", value: 4, isUnsigned: true)
!687 = !{!688, !0, !24, !450, !566, !574}
!688 = !DIGlobalVariableExpression(var: !689, expr: !DIExpression())
!689 = distinct !DIGlobalVariable(name: "<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr> as core::fmt::Write>::{vtable}", scope: null, file: !2, type: !690, isLocal: true, isDefinition: true)
!690 = !DICompositeType(tag: DW_TAG_structure_type, name: "<std::io::default_write_fmt::Adapter<std::sys::stdio::unix::Stderr> as core::fmt::Write>::{vtable_type}", file: !2, size: 384, align: 64, flags: DIFlagArtificial, elements: !691, vtableHolder: !698, templateParams: !23, identifier: "a2d776a634e9ee49f2620c60c1a0773")
!691 = !{!692, !693, !694, !695, !696, !697}
!692 = !DIDerivedType(tag: DW_TAG_member, name: "drop_in_place", scope: !690, file: !2, baseType: !6, size: 64, align: 64)
!693 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !690, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!694 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !690, file: !2, baseType: !9, size: 64, align: 64, offset: 128)
!695 = !DIDerivedType(tag: DW_TAG_member, name: "__method3", scope: !690, file: !2, baseType: !6, size: 64, align: 64, offset: 192)
!696 = !DIDerivedType(tag: DW_TAG_member, name: "__method4", scope: !690, file: !2, baseType: !6, size: 64, align: 64, offset: 256)
!697 = !DIDerivedType(tag: DW_TAG_member, name: "__method5", scope: !690, file: !2, baseType: !6, size: 64, align: 64, offset: 320)
!698 = !DICompositeType(tag: DW_TAG_structure_type, name: "Adapter<std::sys::stdio::unix::Stderr>", scope: !699, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !700, templateParams: !722, identifier: "7ce56b418518d8591f8be18f4f64418b")
!699 = !DINamespace(name: "default_write_fmt", scope: !460)
!700 = !{!701, !706}
!701 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !698, file: !2, baseType: !702, size: 64, align: 64, flags: DIFlagProtected)
!702 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sys::stdio::unix::Stderr", baseType: !703, size: 64, align: 64, dwarfAddressSpace: 0)
!703 = !DICompositeType(tag: DW_TAG_structure_type, name: "Stderr", scope: !704, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "44962adef41932092963bc2cf3c1dc5b")
!704 = !DINamespace(name: "unix", scope: !705)
!705 = !DINamespace(name: "stdio", scope: !98)
!706 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !698, file: !2, baseType: !707, size: 64, align: 64, offset: 64, flags: DIFlagProtected)
!707 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), std::io::error::Error>", scope: !394, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !708, templateParams: !23, identifier: "e5cc42c9786a5088859dacc9c24236ff")
!708 = !{!709}
!709 = !DICompositeType(tag: DW_TAG_variant_part, scope: !707, file: !2, size: 64, align: 64, elements: !710, templateParams: !23, identifier: "9e9e32fae5387bcb158160209ed8d0c7", discriminator: !721)
!710 = !{!711, !717}
!711 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !709, file: !2, baseType: !712, size: 64, align: 64, extraData: i64 0)
!712 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !707, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !713, templateParams: !715, identifier: "15084b43d1d94e2332c7efdfcfe61c0")
!713 = !{!714}
!714 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !712, file: !2, baseType: !7, align: 8, flags: DIFlagPublic)
!715 = !{!403, !716}
!716 = !DITemplateTypeParameter(name: "E", type: !458)
!717 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !709, file: !2, baseType: !718, size: 64, align: 64)
!718 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !707, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !719, templateParams: !715, identifier: "784f3ae8b57a859ebe2c15a3b4ddd532")
!719 = !{!720}
!720 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !718, file: !2, baseType: !458, size: 64, align: 64, flags: DIFlagPublic)
!721 = !DIDerivedType(tag: DW_TAG_member, scope: !707, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!722 = !{!723}
!723 = !DITemplateTypeParameter(name: "T", type: !703)
!724 = distinct !DISubprogram(name: "write_all<std::sys::stdio::unix::Stderr>", linkageName: "_ZN3std2io5Write9write_all17h2c3fa21d241e2d0fE", scope: !726, file: !725, line: 1875, type: !727, scopeLine: 1875, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !745, retainedNodes: !733)
!725 = !DIFile(filename: "library/std/src/io/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ad3b23eb2db88ec77831ebf778688811")
!726 = !DINamespace(name: "Write", scope: !460)
!727 = !DISubroutineType(types: !728)
!728 = !{!707, !702, !729}
!729 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !2, size: 128, align: 64, elements: !730, templateParams: !23, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!730 = !{!731, !732}
!731 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !729, file: !2, baseType: !328, size: 64, align: 64)
!732 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !729, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!733 = !{!734, !735, !736, !738, !741, !743}
!734 = !DILocalVariable(name: "self", arg: 1, scope: !724, file: !725, line: 1875, type: !702)
!735 = !DILocalVariable(name: "buf", arg: 2, scope: !724, file: !725, line: 1875, type: !729)
!736 = !DILocalVariable(name: "n", scope: !737, file: !725, line: 1881, type: !9, align: 64)
!737 = distinct !DILexicalBlock(scope: !724, file: !725, line: 1881, column: 17)
!738 = !DILocalVariable(name: "e", scope: !739, file: !725, line: 1882, type: !740, align: 64)
!739 = distinct !DILexicalBlock(scope: !724, file: !725, line: 1882, column: 17)
!740 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::Error", baseType: !458, size: 64, align: 64, dwarfAddressSpace: 0)
!741 = !DILocalVariable(name: "e", scope: !739, file: !725, line: 1882, type: !742, align: 64)
!742 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&std::io::error::Error", baseType: !740, size: 64, align: 64, dwarfAddressSpace: 0)
!743 = !DILocalVariable(name: "e", scope: !744, file: !725, line: 1883, type: !458, align: 64)
!744 = distinct !DILexicalBlock(scope: !724, file: !725, line: 1883, column: 17)
!745 = !{!746}
!746 = !DITemplateTypeParameter(name: "Self", type: !703)
!747 = !DILocation(line: 0, scope: !724)
!748 = !DILocalVariable(name: "self", arg: 1, scope: !749, file: !750, line: 18, type: !729)
!749 = distinct !DISubprogram(name: "index<u8, core::ops::range::RangeFrom<usize>>", linkageName: "_ZN4core5slice5index74_$LT$impl$u20$core..ops..index..Index$LT$I$GT$$u20$for$u20$$u5b$T$u5d$$GT$5index17h8887eedf426fc871E", scope: !751, file: !750, line: 18, type: !754, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !784, retainedNodes: !782)
!750 = !DIFile(filename: "library/core/src/slice/index.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35f1d9855ef780cd44773269ad8900cd")
!751 = !DINamespace(name: "{impl#0}", scope: !752)
!752 = !DINamespace(name: "index", scope: !753)
!753 = !DINamespace(name: "slice", scope: !44)
!754 = !DISubroutineType(types: !755)
!755 = !{!729, !729, !756, !763}
!756 = !DICompositeType(tag: DW_TAG_structure_type, name: "RangeFrom<usize>", scope: !757, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !759, templateParams: !761, identifier: "dae3ef637417c7c22fbe71130fe73be")
!757 = !DINamespace(name: "range", scope: !758)
!758 = !DINamespace(name: "ops", scope: !44)
!759 = !{!760}
!760 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !756, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagPublic)
!761 = !{!762}
!762 = !DITemplateTypeParameter(name: "Idx", type: !9)
!763 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !764, size: 64, align: 64, dwarfAddressSpace: 0)
!764 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !765, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !767, templateParams: !23, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!765 = !DINamespace(name: "location", scope: !766)
!766 = !DINamespace(name: "panic", scope: !44)
!767 = !{!768, !776, !777, !778}
!768 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !764, file: !2, baseType: !769, size: 128, align: 64, flags: DIFlagPrivate)
!769 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !770, templateParams: !121, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!770 = !{!771}
!771 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !769, file: !2, baseType: !772, size: 128, align: 64, flags: DIFlagPrivate)
!772 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !2, size: 128, align: 64, elements: !773, templateParams: !23, identifier: "238a44609877474087c05adf26cd41fa")
!773 = !{!774, !775}
!774 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !772, file: !2, baseType: !328, size: 64, align: 64)
!775 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !772, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!776 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !764, file: !2, baseType: !107, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!777 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !764, file: !2, baseType: !107, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!778 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !764, file: !2, baseType: !779, align: 8, offset: 192, flags: DIFlagPrivate)
!779 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !780, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!780 = !{!781}
!781 = !DITemplateTypeParameter(name: "T", type: !557)
!782 = !{!748, !783}
!783 = !DILocalVariable(name: "index", scope: !749, file: !750, line: 18, type: !756, align: 64)
!784 = !{!122, !785}
!785 = !DITemplateTypeParameter(name: "I", type: !756)
!786 = !DILocation(line: 0, scope: !749, inlinedAt: !787)
!787 = !DILocation(line: 1881, column: 36, scope: !737)
!788 = !DILocalVariable(name: "slice", arg: 2, scope: !789, file: !750, line: 567, type: !729)
!789 = distinct !DISubprogram(name: "index<u8>", linkageName: "_ZN110_$LT$core..ops..range..RangeFrom$LT$usize$GT$$u20$as$u20$core..slice..index..SliceIndex$LT$$u5b$T$u5d$$GT$$GT$5index17h39a8295705e781a7E", scope: !790, file: !750, line: 567, type: !791, scopeLine: 567, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !793)
!790 = !DINamespace(name: "{impl#7}", scope: !752)
!791 = !DISubroutineType(types: !792)
!792 = !{!729, !756, !729, !763}
!793 = !{!794, !788, !795}
!794 = !DILocalVariable(name: "self", scope: !789, file: !750, line: 567, type: !756, align: 64)
!795 = !DILocalVariable(name: "new_len", scope: !796, file: !750, line: 573, type: !9, align: 64)
!796 = distinct !DILexicalBlock(scope: !789, file: !750, line: 573, column: 13)
!797 = !DILocation(line: 0, scope: !789, inlinedAt: !798)
!798 = !DILocation(line: 19, column: 15, scope: !749, inlinedAt: !787)
!799 = !DILocalVariable(name: "ptr", arg: 1, scope: !800, file: !750, line: 83, type: !729)
!800 = distinct !DISubprogram(name: "get_offset_len_noubcheck<u8>", linkageName: "_ZN4core5slice5index24get_offset_len_noubcheck17h6879b114bcada8d0E", scope: !752, file: !750, line: 82, type: !801, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !807)
!801 = !DISubroutineType(types: !802)
!802 = !{!803, !803, !9, !9}
!803 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [u8]", file: !2, size: 128, align: 64, elements: !804, templateParams: !23, identifier: "a10360edaf335c418dbc95bccd0cb05d")
!804 = !{!805, !806}
!805 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !803, file: !2, baseType: !328, size: 64, align: 64)
!806 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !803, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!807 = !{!799, !808, !809}
!808 = !DILocalVariable(name: "offset", arg: 2, scope: !800, file: !750, line: 84, type: !9)
!809 = !DILocalVariable(name: "len", arg: 3, scope: !800, file: !750, line: 85, type: !9)
!810 = !DILocation(line: 0, scope: !800, inlinedAt: !811)
!811 = !DILocation(line: 574, column: 15, scope: !796, inlinedAt: !798)
!812 = !DILocalVariable(name: "other", scope: !813, file: !814, line: 230, type: !818, align: 64)
!813 = distinct !DISubprogram(name: "eq", linkageName: "_RNvXsj_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_9ErrorKindNtNtCsgEmfK2I1SDS_4core3cmp9PartialEq2eq", scope: !815, file: !814, line: 230, type: !816, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !819)
!814 = !DIFile(filename: "library/std/src/io/error.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9c3d4b81a3b892756a4ccd809fd4fbd7")
!815 = !DINamespace(name: "{impl#21}", scope: !459)
!816 = !DISubroutineType(types: !817)
!817 = !{!593, !818, !818}
!818 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::ErrorKind", baseType: !489, size: 64, align: 64, dwarfAddressSpace: 0)
!819 = !{!820, !812, !812, !812}
!820 = !DILocalVariable(name: "self", arg: 1, scope: !813, file: !814, line: 230, type: !818)
!821 = !DILocation(line: 0, scope: !813, inlinedAt: !822)
!822 = !DILocation(line: 1020, column: 44, scope: !823, inlinedAt: !838)
!823 = distinct !DILexicalBlock(scope: !824, file: !814, line: 1020, column: 13)
!824 = distinct !DISubprogram(name: "is_interrupted", linkageName: "_RNvMs5_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_5Error14is_interrupted", scope: !458, file: !814, line: 1015, type: !825, scopeLine: 1015, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !827, retainedNodes: !828)
!825 = !DISubroutineType(types: !826)
!826 = !{!593, !740}
!827 = !DISubprogram(name: "is_interrupted", linkageName: "_RNvMs5_NtNtCsjrHSEGnQ3l9_3std2io5errorNtB5_5Error14is_interrupted", scope: !458, file: !814, line: 1015, type: !825, scopeLine: 1015, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!828 = !{!829, !830, !832, !835, !837}
!829 = !DILocalVariable(name: "self", arg: 1, scope: !824, file: !814, line: 1015, type: !740)
!830 = !DILocalVariable(name: "code", scope: !831, file: !814, line: 1017, type: !482, align: 32)
!831 = distinct !DILexicalBlock(scope: !824, file: !814, line: 1017, column: 13)
!832 = !DILocalVariable(name: "c", scope: !833, file: !814, line: 1018, type: !834, align: 64)
!833 = distinct !DILexicalBlock(scope: !824, file: !814, line: 1018, column: 13)
!834 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::Custom", baseType: !486, size: 64, align: 64, dwarfAddressSpace: 0)
!835 = !DILocalVariable(name: "kind", scope: !836, file: !814, line: 1019, type: !489, align: 8)
!836 = distinct !DILexicalBlock(scope: !824, file: !814, line: 1019, column: 13)
!837 = !DILocalVariable(name: "m", scope: !823, file: !814, line: 1020, type: !552, align: 64)
!838 = !DILocation(line: 1882, column: 33, scope: !724)
!839 = !DILocation(line: 0, scope: !813, inlinedAt: !840)
!840 = !DILocation(line: 1019, column: 40, scope: !836, inlinedAt: !838)
!841 = !DILocation(line: 0, scope: !813, inlinedAt: !842)
!842 = !DILocation(line: 1018, column: 37, scope: !833, inlinedAt: !838)
!843 = !DILocation(line: 1876, column: 16, scope: !724)
!844 = !DILocation(line: 1877, column: 19, scope: !724)
!845 = !DILocation(line: 1877, column: 24, scope: !724)
!846 = !DILocation(line: 1877, column: 13, scope: !724)
!847 = !DILocation(line: 1887, column: 6, scope: !724)
!848 = !DILocation(line: 1015, column: 34, scope: !824, inlinedAt: !838)
!849 = !DILocalVariable(name: "self", arg: 1, scope: !850, file: !851, line: 208, type: !877)
!850 = distinct !DISubprogram(name: "data", linkageName: "_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4Repr4data", scope: !463, file: !851, line: 208, type: !852, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !878, retainedNodes: !879)
!851 = !DIFile(filename: "library/std/src/io/error/repr_bitpacked.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5eb8b63e91ae5a0b67b803836fec054a")
!852 = !DISubroutineType(types: !853)
!853 = !{!854, !877}
!854 = !DICompositeType(tag: DW_TAG_structure_type, name: "ErrorData<&std::io::error::Custom>", scope: !459, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !855, templateParams: !23, identifier: "277c88d3e7baa229ff6065bf48b7e283")
!855 = !{!856}
!856 = !DICompositeType(tag: DW_TAG_variant_part, scope: !854, file: !2, size: 128, align: 64, elements: !857, templateParams: !23, identifier: "3e32f2b759e09e4333544b92a07c3363", discriminator: !876)
!857 = !{!858, !864, !868, !872}
!858 = !DIDerivedType(tag: DW_TAG_member, name: "Os", scope: !856, file: !2, baseType: !859, size: 128, align: 64, extraData: i8 0)
!859 = !DICompositeType(tag: DW_TAG_structure_type, name: "Os", scope: !854, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !860, templateParams: !862, identifier: "f61428c58223401e5d97fc9531768ecb")
!860 = !{!861}
!861 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !859, file: !2, baseType: !482, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!862 = !{!863}
!863 = !DITemplateTypeParameter(name: "C", type: !834)
!864 = !DIDerivedType(tag: DW_TAG_member, name: "Simple", scope: !856, file: !2, baseType: !865, size: 128, align: 64, extraData: i8 1)
!865 = !DICompositeType(tag: DW_TAG_structure_type, name: "Simple", scope: !854, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !866, templateParams: !862, identifier: "f2caf68640a319501c7cd8f18ad063f3")
!866 = !{!867}
!867 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !865, file: !2, baseType: !489, size: 8, align: 8, offset: 8, flags: DIFlagPrivate)
!868 = !DIDerivedType(tag: DW_TAG_member, name: "SimpleMessage", scope: !856, file: !2, baseType: !869, size: 128, align: 64, extraData: i8 2)
!869 = !DICompositeType(tag: DW_TAG_structure_type, name: "SimpleMessage", scope: !854, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !870, templateParams: !862, identifier: "a266d167b649a4c727507600a70d8599")
!870 = !{!871}
!871 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !869, file: !2, baseType: !552, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!872 = !DIDerivedType(tag: DW_TAG_member, name: "Custom", scope: !856, file: !2, baseType: !873, size: 128, align: 64, extraData: i8 3)
!873 = !DICompositeType(tag: DW_TAG_structure_type, name: "Custom", scope: !854, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !874, templateParams: !862, identifier: "76948b0ce04cbb76d3b5277e397e915f")
!874 = !{!875}
!875 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !873, file: !2, baseType: !834, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!876 = !DIDerivedType(tag: DW_TAG_member, scope: !854, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!877 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::io::error::repr_bitpacked::Repr", baseType: !463, size: 64, align: 64, dwarfAddressSpace: 0)
!878 = !DISubprogram(name: "data", linkageName: "_RNvMs0_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4Repr4data", scope: !463, file: !851, line: 208, type: !852, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!879 = !{!849}
!880 = !DILocation(line: 208, column: 24, scope: !850, inlinedAt: !881)
!881 = !DILocation(line: 1016, column: 25, scope: !824, inlinedAt: !838)
!882 = !DILocalVariable(name: "ptr", arg: 1, scope: !883, file: !851, line: 244, type: !467)
!883 = distinct !DISubprogram(name: "decode_repr<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>", linkageName: "_ZN3std2io5error14repr_bitpacked11decode_repr17h1cede35b1b619433E", scope: !464, file: !851, line: 244, type: !884, scopeLine: 244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !902, retainedNodes: !889)
!884 = !DISubroutineType(types: !885)
!885 = !{!854, !467, !886}
!886 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !887, file: !2, align: 8, elements: !23, identifier: "577d1678fe72d2523d69cdff0c09ddb4")
!887 = !DINamespace(name: "data", scope: !888)
!888 = !DINamespace(name: "{impl#2}", scope: !464)
!889 = !{!882, !890, !891, !893, !895, !897, !899}
!890 = !DILocalVariable(name: "make_custom", arg: 2, scope: !883, file: !851, line: 244, type: !886)
!891 = !DILocalVariable(name: "bits", scope: !892, file: !851, line: 248, type: !9, align: 64)
!892 = distinct !DILexicalBlock(scope: !883, file: !851, line: 248, column: 5)
!893 = !DILocalVariable(name: "code", scope: !894, file: !851, line: 251, type: !482, align: 32)
!894 = distinct !DILexicalBlock(scope: !892, file: !851, line: 251, column: 13)
!895 = !DILocalVariable(name: "kind_bits", scope: !896, file: !851, line: 255, type: !107, align: 32)
!896 = distinct !DILexicalBlock(scope: !892, file: !851, line: 255, column: 13)
!897 = !DILocalVariable(name: "kind", scope: !898, file: !851, line: 256, type: !489, align: 8)
!898 = distinct !DILexicalBlock(scope: !896, file: !851, line: 256, column: 13)
!899 = !DILocalVariable(name: "custom", scope: !900, file: !851, line: 276, type: !901, align: 64)
!900 = distinct !DILexicalBlock(scope: !892, file: !851, line: 276, column: 13)
!901 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::Custom", baseType: !486, size: 64, align: 64, dwarfAddressSpace: 0)
!902 = !{!863, !903}
!903 = !DITemplateTypeParameter(name: "F", type: !886)
!904 = !DILocation(line: 0, scope: !883, inlinedAt: !905)
!905 = distinct !DILocation(line: 210, column: 18, scope: !850, inlinedAt: !881)
!906 = !DILocation(line: 244, column: 47, scope: !883, inlinedAt: !905)
!907 = !DILocalVariable(name: "count", scope: !908, file: !909, line: 1244, type: !9, align: 64)
!908 = distinct !DISubprogram(name: "wrapping_byte_sub<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$17wrapping_byte_sub17haf8ef1d16e90d9a3E", scope: !910, file: !909, line: 1244, type: !912, scopeLine: 1244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !915)
!909 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!910 = !DINamespace(name: "{impl#0}", scope: !911)
!911 = !DINamespace(name: "mut_ptr", scope: !68)
!912 = !DISubroutineType(types: !913)
!913 = !{!914, !914, !9}
!914 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut ()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!915 = !{!916, !907}
!916 = !DILocalVariable(name: "self", arg: 1, scope: !908, file: !909, line: 1244, type: !914)
!917 = !DILocation(line: 0, scope: !908, inlinedAt: !918)
!918 = distinct !DILocation(line: 276, column: 39, scope: !892, inlinedAt: !905)
!919 = !DILocalVariable(name: "count", scope: !920, file: !909, line: 1224, type: !9, align: 64)
!920 = distinct !DISubprogram(name: "wrapping_sub<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$12wrapping_sub17hc4971361d9e6a3c7E", scope: !910, file: !909, line: 1224, type: !921, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !924)
!921 = !DISubroutineType(types: !922)
!922 = !{!923, !923, !9}
!923 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !120, size: 64, align: 64, dwarfAddressSpace: 0)
!924 = !{!925, !919}
!925 = !DILocalVariable(name: "self", arg: 1, scope: !920, file: !909, line: 1224, type: !923)
!926 = !DILocation(line: 0, scope: !920, inlinedAt: !927)
!927 = distinct !DILocation(line: 1245, column: 27, scope: !908, inlinedAt: !918)
!928 = !DILocalVariable(name: "count", scope: !929, file: !909, line: 465, type: !932, align: 64)
!929 = distinct !DISubprogram(name: "wrapping_offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$15wrapping_offset17ha6afc338eaf76d67E", scope: !910, file: !909, line: 465, type: !930, scopeLine: 465, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !933)
!930 = !DISubroutineType(types: !931)
!931 = !{!923, !923, !932}
!932 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!933 = !{!934, !928}
!934 = !DILocalVariable(name: "self", arg: 1, scope: !929, file: !909, line: 465, type: !923)
!935 = !DILocation(line: 0, scope: !929, inlinedAt: !936)
!936 = distinct !DILocation(line: 1228, column: 14, scope: !920, inlinedAt: !927)
!937 = !DILocation(line: 0, scope: !892, inlinedAt: !905)
!938 = !DILocation(line: 249, column: 11, scope: !892, inlinedAt: !905)
!939 = !DILocation(line: 249, column: 5, scope: !892, inlinedAt: !905)
!940 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!941 = !DILocation(line: 0, scope: !737)
!942 = !DILocation(line: 568, column: 12, scope: !789, inlinedAt: !798)
!943 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!944 = !DILocation(line: 1884, column: 13, scope: !724)
!945 = !DILocation(line: 569, column: 13, scope: !789, inlinedAt: !798)
!946 = !DILocation(line: 573, column: 27, scope: !789, inlinedAt: !798)
!947 = !DILocation(line: 0, scope: !796, inlinedAt: !798)
!948 = !DILocation(line: 89, column: 24, scope: !800, inlinedAt: !811)
!949 = !DILocation(line: 0, scope: !831, inlinedAt: !838)
!950 = !DILocalVariable(name: "errno", arg: 1, scope: !951, file: !952, line: 97, type: !482)
!951 = distinct !DISubprogram(name: "is_interrupted", linkageName: "_RNvNtNtNtNtCsjrHSEGnQ3l9_3std3sys2io5error4unix14is_interrupted", scope: !953, file: !952, line: 97, type: !956, scopeLine: 97, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !958)
!952 = !DIFile(filename: "library/std/src/sys/io/error/unix.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "625484a698dede5adf6f1dae3c0d32f9")
!953 = !DINamespace(name: "unix", scope: !954)
!954 = !DINamespace(name: "error", scope: !955)
!955 = !DINamespace(name: "io", scope: !98)
!956 = !DISubroutineType(types: !957)
!957 = !{!593, !482}
!958 = !{!950}
!959 = !DILocation(line: 0, scope: !951, inlinedAt: !960)
!960 = !DILocation(line: 1017, column: 36, scope: !831, inlinedAt: !838)
!961 = !DILocation(line: 98, column: 5, scope: !951, inlinedAt: !960)
!962 = !DILocation(line: 1882, column: 31, scope: !724)
!963 = !DILocation(line: 0, scope: !823, inlinedAt: !838)
!964 = !DILocation(line: 230, column: 45, scope: !813, inlinedAt: !822)
!965 = !{i8 0, i8 42}
!966 = !DILocation(line: 0, scope: !833, inlinedAt: !838)
!967 = !DILocation(line: 230, column: 45, scope: !813, inlinedAt: !842)
!968 = !DILocation(line: 0, scope: !896, inlinedAt: !905)
!969 = !DILocalVariable(name: "self", arg: 1, scope: !970, file: !971, line: 1061, type: !972)
!970 = distinct !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h8b5e18a514057edbE", scope: !972, file: !971, line: 1061, type: !985, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !993, declaration: !992, retainedNodes: !995)
!971 = !DIFile(filename: "library/core/src/option.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3f12dd837a95e960b90752f70f5ddc0e")
!972 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::io::error::ErrorKind>", scope: !149, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !973, templateParams: !23, identifier: "32f0eafa52a75ad7b39ccbe26c83bfd")
!973 = !{!974}
!974 = !DICompositeType(tag: DW_TAG_variant_part, scope: !972, file: !2, size: 8, align: 8, elements: !975, templateParams: !23, identifier: "48d4313e1e34c18418248c5ac945a0be", discriminator: !984)
!975 = !{!976, !980}
!976 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !974, file: !2, baseType: !977, size: 8, align: 8, extraData: i8 42)
!977 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !972, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !978, identifier: "f566ecd97eb19b615cc32afb87464438")
!978 = !{!979}
!979 = !DITemplateTypeParameter(name: "T", type: !489)
!980 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !974, file: !2, baseType: !981, size: 8, align: 8)
!981 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !972, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !982, templateParams: !978, identifier: "1fe3be376d27ab25b5e5345dffe629f7")
!982 = !{!983}
!983 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !981, file: !2, baseType: !489, size: 8, align: 8, flags: DIFlagPublic)
!984 = !DIDerivedType(tag: DW_TAG_member, scope: !972, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!985 = !DISubroutineType(types: !986)
!986 = !{!489, !972, !987, !763}
!987 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>", scope: !988, file: !2, size: 64, align: 64, elements: !989, templateParams: !23, identifier: "91190dbf1855562ed48899a75345b674")
!988 = !DINamespace(name: "decode_repr", scope: !464)
!989 = !{!990}
!990 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__bits", scope: !987, file: !2, baseType: !991, size: 64, align: 64)
!991 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!992 = !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<&std::io::error::Custom, std::io::error::repr_bitpacked::{impl#2}::data::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h8b5e18a514057edbE", scope: !972, file: !971, line: 1061, type: !985, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !993)
!993 = !{!979, !994}
!994 = !DITemplateTypeParameter(name: "F", type: !987)
!995 = !{!969, !996, !997}
!996 = !DILocalVariable(name: "f", scope: !970, file: !971, line: 1061, type: !987, align: 64)
!997 = !DILocalVariable(name: "x", scope: !998, file: !971, line: 1066, type: !489, align: 8)
!998 = distinct !DILexicalBlock(scope: !970, file: !971, line: 1066, column: 13)
!999 = !DILocation(line: 0, scope: !970, inlinedAt: !1000)
!1000 = distinct !DILocation(line: 256, column: 50, scope: !896, inlinedAt: !905)
!1001 = !DILocation(line: 1061, column: 42, scope: !970, inlinedAt: !1000)
!1002 = !DILocation(line: 1065, column: 15, scope: !970, inlinedAt: !1000)
!1003 = !DILocation(line: 1065, column: 9, scope: !970, inlinedAt: !1000)
!1004 = !DILocation(line: 0, scope: !836, inlinedAt: !838)
!1005 = !DILocation(line: 230, column: 45, scope: !813, inlinedAt: !840)
!1006 = distinct !DISubprogram(name: "lang_start<()>", linkageName: "_ZN3std2rt10lang_start17hc23eaa4e10f6e082E", scope: !16, file: !1007, line: 199, type: !1008, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !1011)
!1007 = !DIFile(filename: "library/std/src/rt.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "83eadca7bec2ebce94abb46f51902baa")
!1008 = !DISubroutineType(types: !1009)
!1009 = !{!932, !20, !932, !1010, !120}
!1010 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const *const u8", baseType: !216, size: 64, align: 64, dwarfAddressSpace: 0)
!1011 = !{!1012, !1013, !1014, !1015}
!1012 = !DILocalVariable(name: "main", arg: 1, scope: !1006, file: !1007, line: 200, type: !20)
!1013 = !DILocalVariable(name: "argc", arg: 2, scope: !1006, file: !1007, line: 201, type: !932)
!1014 = !DILocalVariable(name: "argv", arg: 3, scope: !1006, file: !1007, line: 202, type: !1010)
!1015 = !DILocalVariable(name: "sigpipe", arg: 4, scope: !1006, file: !1007, line: 203, type: !120)
!1016 = !DILocation(line: 0, scope: !1006)
!1017 = !DILocation(line: 206, column: 10, scope: !1006)
!1018 = !DILocation(line: 205, column: 5, scope: !1006)
!1019 = !DILocation(line: 210, column: 5, scope: !1006)
!1020 = !DILocation(line: 211, column: 2, scope: !1006)
!1021 = distinct !DISubprogram(name: "{closure#0}<()>", linkageName: "_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE", scope: !15, file: !1007, line: 206, type: !1022, scopeLine: 206, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !1025)
!1022 = !DISubroutineType(types: !1023)
!1023 = !{!482, !1024}
!1024 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::rt::lang_start::{closure_env#0}<()>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!1025 = !{!1026}
!1026 = !DILocalVariable(name: "main", scope: !1021, file: !1007, line: 200, type: !20, align: 64)
!1027 = !DILocation(line: 0, scope: !1021)
!1028 = !DILocation(line: 206, column: 70, scope: !1021)
!1029 = !DILocation(line: 206, column: 18, scope: !1021)
!1030 = !DILocation(line: 206, column: 93, scope: !1021)
!1031 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure#0}::{closure_env#0}<mutex::main::{closure_env#0}, ()>, ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h364fc4300d43d45aE", scope: !1033, file: !1032, line: 162, type: !1034, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1045, retainedNodes: !1041)
!1032 = !DIFile(filename: "library/std/src/sys/backtrace.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0469076862be40bd9e65965440a24fae")
!1033 = !DINamespace(name: "backtrace", scope: !98)
!1034 = !DISubroutineType(types: !1035)
!1035 = !{null, !1036}
!1036 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<mutex::main::{closure_env#0}, ()>", scope: !1037, file: !2, size: 256, align: 64, elements: !1039, templateParams: !23, identifier: "3f29f5e0608f1586435521d1253bf523")
!1037 = !DINamespace(name: "{closure#0}", scope: !1038)
!1038 = !DINamespace(name: "{closure#1}", scope: !33)
!1039 = !{!1040}
!1040 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !1036, file: !2, baseType: !141, size: 256, align: 64)
!1041 = !{!1042, !1043}
!1042 = !DILocalVariable(name: "f", arg: 1, scope: !1031, file: !1032, line: 162, type: !1036)
!1043 = !DILocalVariable(name: "result", scope: !1044, file: !1032, line: 166, type: !7, align: 8)
!1044 = distinct !DILexicalBlock(scope: !1031, file: !1032, line: 166, column: 5)
!1045 = !{!1046, !403}
!1046 = !DITemplateTypeParameter(name: "F", type: !1036)
!1047 = !DILocation(line: 166, column: 9, scope: !1044)
!1048 = !DILocation(line: 162, column: 43, scope: !1031)
!1049 = !DILocalVariable(name: "dummy", scope: !1050, file: !1051, line: 490, type: !7, align: 8)
!1050 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17he4ba2254d46abd58E", scope: !1052, file: !1051, line: 490, type: !1053, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !1055)
!1051 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!1052 = !DINamespace(name: "hint", scope: !44)
!1053 = !DISubroutineType(types: !1054)
!1054 = !{null, !7}
!1055 = !{!1049}
!1056 = !DILocation(line: 490, column: 27, scope: !1050, inlinedAt: !1057)
!1057 = !DILocation(line: 169, column: 5, scope: !1044)
!1058 = !DILocalVariable(name: "hooks", scope: !1059, file: !1060, line: 50, type: !141, align: 64)
!1059 = distinct !DISubprogram(name: "{closure#0}<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf16d258b8716770bE", scope: !1037, file: !1060, line: 90, type: !1034, scopeLine: 90, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !1061)
!1060 = !DIFile(filename: "library/std/src/thread/lifecycle.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "990c34c6641562b1886c6a140e080712")
!1061 = !{!1058}
!1062 = !{!1063, !403}
!1063 = !DITemplateTypeParameter(name: "F", type: !56)
!1064 = !DILocation(line: 50, column: 9, scope: !1059, inlinedAt: !1065)
!1065 = distinct !DILocation(line: 166, column: 18, scope: !1031)
!1066 = !DILocation(line: 90, column: 68, scope: !1059, inlinedAt: !1065)
!1067 = !{!1068}
!1068 = distinct !{!1068, !1069, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf16d258b8716770bE: %_1"}
!1069 = distinct !{!1069, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf16d258b8716770bE"}
!1070 = !DILocation(line: 90, column: 74, scope: !1059, inlinedAt: !1065)
!1071 = !DILocation(line: 90, column: 78, scope: !1059, inlinedAt: !1065)
!1072 = !DILocation(line: 491, column: 5, scope: !1050, inlinedAt: !1057)
!1073 = !{i64 20809958367555177}
!1074 = !DILocation(line: 172, column: 2, scope: !1031)
!1075 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<fn(), ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17h5125a86b78c46b02E", scope: !1033, file: !1032, line: 162, type: !1076, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1082, retainedNodes: !1078)
!1076 = !DISubroutineType(types: !1077)
!1077 = !{null, !20}
!1078 = !{!1079, !1080}
!1079 = !DILocalVariable(name: "f", arg: 1, scope: !1075, file: !1032, line: 162, type: !20)
!1080 = !DILocalVariable(name: "result", scope: !1081, file: !1032, line: 166, type: !7, align: 8)
!1081 = distinct !DILexicalBlock(scope: !1075, file: !1032, line: 166, column: 5)
!1082 = !{!1083, !403}
!1083 = !DITemplateTypeParameter(name: "F", type: !20)
!1084 = !DILocation(line: 166, column: 9, scope: !1081)
!1085 = !DILocation(line: 0, scope: !1075)
!1086 = !DILocalVariable(name: "dummy", scope: !1087, file: !1051, line: 490, type: !7, align: 8)
!1087 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17he4ba2254d46abd58E", scope: !1052, file: !1051, line: 490, type: !1053, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !1088)
!1088 = !{!1086}
!1089 = !DILocation(line: 490, column: 27, scope: !1087, inlinedAt: !1090)
!1090 = !DILocation(line: 169, column: 5, scope: !1081)
!1091 = !DILocalVariable(arg: 1, scope: !1092, file: !1093, line: 250, type: !20)
!1092 = distinct !DISubprogram(name: "call_once<fn(), ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17he5f383caf161df0bE", scope: !1094, file: !1093, line: 250, type: !1076, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1098, retainedNodes: !1096)
!1093 = !DIFile(filename: "library/core/src/ops/function.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7165aec212fc528edf645f7f5c1c91bb")
!1094 = !DINamespace(name: "FnOnce", scope: !1095)
!1095 = !DINamespace(name: "function", scope: !758)
!1096 = !{!1091, !1097}
!1097 = !DILocalVariable(arg: 2, scope: !1092, file: !1093, line: 250, type: !7)
!1098 = !{!1099, !1100}
!1099 = !DITemplateTypeParameter(name: "Self", type: !20)
!1100 = !DITemplateTypeParameter(name: "Args", type: !7)
!1101 = !DILocation(line: 0, scope: !1092, inlinedAt: !1102)
!1102 = distinct !DILocation(line: 166, column: 18, scope: !1075)
!1103 = !DILocation(line: 250, column: 5, scope: !1092, inlinedAt: !1102)
!1104 = !DILocation(line: 491, column: 5, scope: !1087, inlinedAt: !1090)
!1105 = !DILocation(line: 172, column: 2, scope: !1075)
!1106 = distinct !DISubprogram(name: "__rust_begin_short_backtrace<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std3sys9backtrace28__rust_begin_short_backtrace17he1e947961369eda4E", scope: !1033, file: !1032, line: 162, type: !1107, scopeLine: 162, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !1109)
!1107 = !DISubroutineType(types: !1108)
!1108 = !{null, !56}
!1109 = !{!1110, !1111}
!1110 = !DILocalVariable(name: "f", arg: 1, scope: !1106, file: !1032, line: 162, type: !56)
!1111 = !DILocalVariable(name: "result", scope: !1112, file: !1032, line: 166, type: !7, align: 8)
!1112 = distinct !DILexicalBlock(scope: !1106, file: !1032, line: 166, column: 5)
!1113 = !DILocation(line: 166, column: 9, scope: !1112)
!1114 = !DILocation(line: 0, scope: !1106)
!1115 = !DILocalVariable(name: "dummy", scope: !1116, file: !1051, line: 490, type: !7, align: 8)
!1116 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17he4ba2254d46abd58E", scope: !1052, file: !1051, line: 490, type: !1053, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !1117)
!1117 = !{!1115}
!1118 = !DILocation(line: 490, column: 27, scope: !1116, inlinedAt: !1119)
!1119 = !DILocation(line: 169, column: 5, scope: !1112)
!1120 = !DILocalVariable(name: "shared_clone", scope: !1121, file: !1122, line: 21, type: !61, align: 64)
!1121 = distinct !DISubprogram(name: "{closure#0}", linkageName: "_ZN5mutex4main28_$u7b$$u7b$closure$u7d$$u7d$17hbe011949e0f8226fE", scope: !57, file: !1122, line: 22, type: !1107, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !1123)
!1122 = !DIFile(filename: "testdata/rust/src/mutex.rs", directory: ".", checksumkind: CSK_MD5, checksum: "f0109cea35be76273c94a486b58e4023")
!1123 = !{!1120}
!1124 = !DILocation(line: 21, column: 9, scope: !1121, inlinedAt: !1125)
!1125 = distinct !DILocation(line: 166, column: 18, scope: !1106)
!1126 = !DILocalVariable(name: "self", arg: 1, scope: !1127, file: !1128, line: 2421, type: !1132)
!1127 = distinct !DISubprogram(name: "deref<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17hed63e7a9c3971f0dE", scope: !1129, file: !1128, line: 2421, type: !1130, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !134, retainedNodes: !1133)
!1128 = !DIFile(filename: "library/alloc/src/sync.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "edadc1ff7553857570421b5d3475d9bc")
!1129 = !DINamespace(name: "{impl#34}", scope: !62)
!1130 = !DISubroutineType(types: !1131)
!1131 = !{!588, !1132}
!1132 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!1133 = !{!1126}
!1134 = !DILocation(line: 2421, column: 14, scope: !1127, inlinedAt: !1135)
!1135 = distinct !DILocation(line: 22, column: 57, scope: !1121, inlinedAt: !1125)
!1136 = !DILocation(line: 2422, column: 9, scope: !1127, inlinedAt: !1135)
!1137 = !DILocation(line: 22, column: 50, scope: !1121, inlinedAt: !1125)
!1138 = !DILocalVariable(arg: 1, scope: !1139, file: !1140, line: 805, type: !1143)
!1139 = distinct !DISubprogram(name: "drop_in_place<mutex::main::{closure_env#0}>", linkageName: "_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE", scope: !68, file: !1140, line: 805, type: !1141, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !138, retainedNodes: !1144)
!1140 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!1141 = !DISubroutineType(types: !1142)
!1142 = !{null, !1143}
!1143 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut mutex::main::{closure_env#0}", baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!1144 = !{!1138}
!1145 = !DILocation(line: 0, scope: !1139, inlinedAt: !1146)
!1146 = distinct !DILocation(line: 22, column: 70, scope: !1121, inlinedAt: !1125)
!1147 = !DILocalVariable(arg: 1, scope: !1148, file: !1140, line: 805, type: !1151)
!1148 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E", scope: !68, file: !1140, line: 805, type: !1149, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1153, retainedNodes: !1152)
!1149 = !DISubroutineType(types: !1150)
!1150 = !{null, !1151}
!1151 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!1152 = !{!1147}
!1153 = !{!1154}
!1154 = !DITemplateTypeParameter(name: "T", type: !61)
!1155 = !DILocation(line: 0, scope: !1148, inlinedAt: !1156)
!1156 = distinct !DILocation(line: 805, column: 1, scope: !1139, inlinedAt: !1146)
!1157 = !DILocalVariable(name: "self", arg: 1, scope: !1158, file: !1128, line: 2807, type: !1162)
!1158 = distinct !DISubprogram(name: "drop<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E", scope: !1159, file: !1128, line: 2807, type: !1160, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !134, retainedNodes: !1163)
!1159 = !DINamespace(name: "{impl#42}", scope: !62)
!1160 = !DISubroutineType(types: !1161)
!1161 = !{null, !1162}
!1162 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!1163 = !{!1157}
!1164 = !DILocation(line: 0, scope: !1158, inlinedAt: !1165)
!1165 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !1156)
!1166 = !DILocalVariable(name: "val", scope: !1167, file: !1168, line: 3165, type: !9, align: 64)
!1167 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !1173)
!1168 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!1169 = !DISubroutineType(types: !1170)
!1170 = !{!9, !1171, !9, !672}
!1171 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!1172 = !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1173 = !{!1174, !1166, !1175}
!1174 = !DILocalVariable(name: "self", arg: 1, scope: !1167, file: !1168, line: 3165, type: !1171)
!1175 = !DILocalVariable(name: "order", scope: !1167, file: !1168, line: 3165, type: !672, align: 8)
!1176 = !DILocation(line: 0, scope: !1167, inlinedAt: !1177)
!1177 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !1165)
!1178 = !DILocalVariable(name: "val", scope: !1179, file: !1168, line: 3936, type: !9, align: 64)
!1179 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !1183)
!1180 = !DISubroutineType(types: !1181)
!1181 = !{!9, !1182, !9, !672}
!1182 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!1183 = !{!1184, !1178, !1185}
!1184 = !DILocalVariable(name: "dst", arg: 1, scope: !1179, file: !1168, line: 3936, type: !1182)
!1185 = !DILocalVariable(name: "order", scope: !1179, file: !1168, line: 3936, type: !672, align: 8)
!1186 = !{!85, !1187}
!1187 = !DITemplateTypeParameter(name: "U", type: !9)
!1188 = !DILocation(line: 0, scope: !1179, inlinedAt: !1189)
!1189 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !1177)
!1190 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !1177)
!1191 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !1189)
!1192 = !{!1193, !1195, !1197}
!1193 = distinct !{!1193, !1194, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!1194 = distinct !{!1194, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!1195 = distinct !{!1195, !1196, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!1196 = distinct !{!1196, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!1197 = distinct !{!1197, !1198, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE: %_1"}
!1198 = distinct !{!1198, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"}
!1199 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !1165)
!1200 = !DILocalVariable(name: "order", arg: 1, scope: !1201, file: !1168, line: 4369, type: !672)
!1201 = distinct !DISubprogram(name: "fence", linkageName: "_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence", scope: !76, file: !1168, line: 4369, type: !1202, scopeLine: 4369, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !1204)
!1202 = !DISubroutineType(types: !1203)
!1203 = !{null, !672}
!1204 = !{!1200}
!1205 = !DILocation(line: 0, scope: !1201, inlinedAt: !1206)
!1206 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !1165)
!1207 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !1206)
!1208 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !1165)
!1209 = !DILocation(line: 0, scope: !1139, inlinedAt: !1210)
!1210 = distinct !DILocation(line: 22, column: 70, scope: !1121, inlinedAt: !1125)
!1211 = !DILocation(line: 0, scope: !1148, inlinedAt: !1212)
!1212 = distinct !DILocation(line: 805, column: 1, scope: !1139, inlinedAt: !1210)
!1213 = !DILocation(line: 0, scope: !1158, inlinedAt: !1214)
!1214 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !1212)
!1215 = !DILocation(line: 0, scope: !1167, inlinedAt: !1216)
!1216 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !1214)
!1217 = !DILocation(line: 0, scope: !1179, inlinedAt: !1218)
!1218 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !1216)
!1219 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !1216)
!1220 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !1218)
!1221 = !{!1222, !1224, !1226}
!1222 = distinct !{!1222, !1223, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!1223 = distinct !{!1223, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!1224 = distinct !{!1224, !1225, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!1225 = distinct !{!1225, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!1226 = distinct !{!1226, !1227, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE: %_1"}
!1227 = distinct !{!1227, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"}
!1228 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !1214)
!1229 = !DILocation(line: 0, scope: !1201, inlinedAt: !1230)
!1230 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !1214)
!1231 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !1230)
!1232 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !1214)
!1233 = !DILocation(line: 22, column: 42, scope: !1121, inlinedAt: !1125)
!1234 = !DILocation(line: 22, column: 71, scope: !1121, inlinedAt: !1125)
!1235 = !DILocation(line: 491, column: 5, scope: !1116, inlinedAt: !1119)
!1236 = !DILocation(line: 172, column: 2, scope: !1106)
!1237 = distinct !DISubprogram(name: "call_once<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h0c1f290482dc4954E", scope: !1094, file: !1093, line: 250, type: !1238, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1244, retainedNodes: !1241)
!1238 = !DISubroutineType(types: !1239)
!1239 = !{null, !1240}
!1240 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()>", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!1241 = !{!1242, !1243}
!1242 = !DILocalVariable(arg: 1, scope: !1237, file: !1093, line: 250, type: !1240)
!1243 = !DILocalVariable(arg: 2, scope: !1237, file: !1093, line: 250, type: !7)
!1244 = !{!1245, !1100}
!1245 = !DITemplateTypeParameter(name: "Self", type: !32)
!1246 = !DILocalVariable(name: "data", scope: !1247, file: !1248, line: 531, type: !1270, align: 64)
!1247 = distinct !DILexicalBlock(scope: !1249, file: !1248, line: 531, column: 5)
!1248 = !DIFile(filename: "library/std/src/panicking.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0ac2307e599d52afa9e15b3337980dce")
!1249 = distinct !DISubprogram(name: "catch_unwind<(), core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", linkageName: "_ZN3std9panicking12catch_unwind17h14e64704d0522d18E", scope: !1250, file: !1248, line: 500, type: !1251, scopeLine: 500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1267, retainedNodes: !1263)
!1250 = !DINamespace(name: "panicking", scope: !17)
!1251 = !DISubroutineType(types: !1252)
!1252 = !{!393, !1253}
!1253 = !DICompositeType(tag: DW_TAG_structure_type, name: "AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", scope: !1254, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !1255, templateParams: !1261, identifier: "945e08c5daa4187b6c76a1013f15b0c6")
!1254 = !DINamespace(name: "unwind_safe", scope: !766)
!1255 = !{!1256}
!1256 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1253, file: !2, baseType: !1257, size: 320, align: 64, flags: DIFlagPublic)
!1257 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<mutex::main::{closure_env#0}, ()>", scope: !1038, file: !2, size: 320, align: 64, elements: !1258, templateParams: !23, identifier: "944671f395a693b9e8ca9d7ba3a3a5c9")
!1258 = !{!1259, !1260}
!1259 = !DIDerivedType(tag: DW_TAG_member, name: "hooks", scope: !1257, file: !2, baseType: !141, size: 256, align: 64)
!1260 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !1257, file: !2, baseType: !56, size: 64, align: 64, offset: 256)
!1261 = !{!1262}
!1262 = !DITemplateTypeParameter(name: "T", type: !1257)
!1263 = !{!1264, !1246, !1265}
!1264 = !DILocalVariable(name: "f", arg: 1, scope: !1249, file: !1248, line: 500, type: !1253)
!1265 = !DILocalVariable(name: "data_ptr", scope: !1266, file: !1248, line: 533, type: !923, align: 64)
!1266 = distinct !DILexicalBlock(scope: !1247, file: !1248, line: 533, column: 5)
!1267 = !{!1268, !1269}
!1268 = !DITemplateTypeParameter(name: "R", type: !7)
!1269 = !DITemplateTypeParameter(name: "F", type: !1253)
!1270 = !DICompositeType(tag: DW_TAG_union_type, name: "Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>, ()>", scope: !1271, file: !2, size: 320, align: 64, elements: !1272, templateParams: !1304, identifier: "8d105580283867735d0fdb87f265761d")
!1271 = !DINamespace(name: "catch_unwind", scope: !1250)
!1272 = !{!1273, !1284, !1293}
!1273 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !1270, file: !2, baseType: !1274, size: 320, align: 64)
!1274 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", scope: !49, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !1275, templateParams: !1282, identifier: "f918df5e45c826d97afe0b0cdd706d59")
!1275 = !{!1276}
!1276 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1274, file: !2, baseType: !1277, size: 320, align: 64, flags: DIFlagPrivate)
!1277 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", scope: !53, file: !2, size: 320, align: 64, flags: DIFlagPublic, elements: !1278, templateParams: !1280, identifier: "3d1081575323ac1229a54f473a14bb66")
!1278 = !{!1279}
!1279 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1277, file: !2, baseType: !1253, size: 320, align: 64, flags: DIFlagPrivate)
!1280 = !{!1281}
!1281 = !DITemplateTypeParameter(name: "P", type: !1253)
!1282 = !{!1283}
!1283 = !DITemplateTypeParameter(name: "T", type: !1253)
!1284 = !DIDerivedType(tag: DW_TAG_member, name: "r", scope: !1270, file: !2, baseType: !1285, align: 8)
!1285 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<()>", scope: !49, file: !2, align: 8, flags: DIFlagPublic, elements: !1286, templateParams: !441, identifier: "3e63e7dd7f618c219da066e61e98fe53")
!1286 = !{!1287}
!1287 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1285, file: !2, baseType: !1288, align: 8, flags: DIFlagPrivate)
!1288 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<()>", scope: !53, file: !2, align: 8, flags: DIFlagPublic, elements: !1289, templateParams: !1291, identifier: "bac63eaffd1059d5a86ebd59ec3e9223")
!1289 = !{!1290}
!1290 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1288, file: !2, baseType: !7, align: 8, flags: DIFlagPrivate)
!1291 = !{!1292}
!1292 = !DITemplateTypeParameter(name: "P", type: !7)
!1293 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !1270, file: !2, baseType: !1294, size: 128, align: 64)
!1294 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !49, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1295, templateParams: !1302, identifier: "a2caa241518a3d6bf727ff2793e69225")
!1295 = !{!1296}
!1296 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1294, file: !2, baseType: !1297, size: 128, align: 64, flags: DIFlagPrivate)
!1297 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", scope: !53, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1298, templateParams: !1300, identifier: "d8c44cbad3f35b202e5ee99b06658d6a")
!1298 = !{!1299}
!1299 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1297, file: !2, baseType: !405, size: 128, align: 64, flags: DIFlagPrivate)
!1300 = !{!1301}
!1301 = !DITemplateTypeParameter(name: "P", type: !405)
!1302 = !{!1303}
!1303 = !DITemplateTypeParameter(name: "T", type: !405)
!1304 = !{!1269, !1268}
!1305 = !DILocation(line: 531, column: 9, scope: !1247, inlinedAt: !1306)
!1306 = distinct !DILocation(line: 359, column: 14, scope: !1307, inlinedAt: !1312)
!1307 = distinct !DISubprogram(name: "catch_unwind<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std5panic12catch_unwind17h2e0bca4decf8fc1eE", scope: !1309, file: !1308, line: 358, type: !1251, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1304, retainedNodes: !1310)
!1308 = !DIFile(filename: "library/std/src/panic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "eabcde3e1826d674cab677562404074c")
!1309 = !DINamespace(name: "panic", scope: !17)
!1310 = !{!1311}
!1311 = !DILocalVariable(name: "f", arg: 1, scope: !1307, file: !1308, line: 358, type: !1253)
!1312 = distinct !DILocation(line: 89, column: 26, scope: !1313, inlinedAt: !1324)
!1313 = distinct !DILexicalBlock(scope: !1314, file: !1060, line: 88, column: 9)
!1314 = distinct !DISubprogram(name: "{closure#1}<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E", scope: !33, file: !1060, line: 87, type: !1315, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !1317)
!1315 = !DISubroutineType(types: !1316)
!1316 = !{null, !32}
!1317 = !{!1318, !1319, !1320, !1321, !1322}
!1318 = !DILocalVariable(name: "f", scope: !1314, file: !1060, line: 83, type: !38, align: 64)
!1319 = !DILocalVariable(name: "hooks", scope: !1314, file: !1060, line: 50, type: !141, align: 64)
!1320 = !DILocalVariable(name: "their_packet", scope: !1314, file: !1060, line: 58, type: !244, align: 64)
!1321 = !DILocalVariable(name: "f", scope: !1313, file: !1060, line: 88, type: !56, align: 64)
!1322 = !DILocalVariable(name: "try_result", scope: !1323, file: !1060, line: 89, type: !393, align: 64)
!1323 = distinct !DILexicalBlock(scope: !1313, file: !1060, line: 89, column: 9)
!1324 = distinct !DILocation(line: 250, column: 5, scope: !1237)
!1325 = !DILocalVariable(name: "slot", arg: 1, scope: !1326, file: !1327, line: 227, type: !1330)
!1326 = distinct !DISubprogram(name: "take<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$4take17h2e580ca61daac4d1E", scope: !1274, file: !1327, line: 227, type: !1328, scopeLine: 227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1282, declaration: !1331, retainedNodes: !1332)
!1327 = !DIFile(filename: "library/core/src/mem/manually_drop.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "f2d905afd131cce616527f096419d1e9")
!1328 = !DISubroutineType(types: !1329)
!1329 = !{!1253, !1330}
!1330 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::manually_drop::ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", baseType: !1274, size: 64, align: 64, dwarfAddressSpace: 0)
!1331 = !DISubprogram(name: "take<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3mem13manually_drop21ManuallyDrop$LT$T$GT$4take17h2e580ca61daac4d1E", scope: !1274, file: !1327, line: 227, type: !1328, scopeLine: 227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1282)
!1332 = !{!1325}
!1333 = !DILocation(line: 227, column: 30, scope: !1326, inlinedAt: !1334)
!1334 = distinct !DILocation(line: 580, column: 21, scope: !1335, inlinedAt: !1347)
!1335 = distinct !DILexicalBlock(scope: !1336, file: !1248, line: 579, column: 13)
!1336 = distinct !DILexicalBlock(scope: !1337, file: !1248, line: 578, column: 13)
!1337 = distinct !DISubprogram(name: "do_call<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind7do_call17h7d4b92d7099826c2E", scope: !1271, file: !1248, line: 575, type: !1338, scopeLine: 575, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1304, retainedNodes: !1340)
!1338 = !DISubroutineType(types: !1339)
!1339 = !{null, !923}
!1340 = !{!1341, !1342, !1344, !1345}
!1341 = !DILocalVariable(name: "data", arg: 1, scope: !1337, file: !1248, line: 575, type: !923)
!1342 = !DILocalVariable(name: "data", scope: !1336, file: !1248, line: 578, type: !1343, align: 64)
!1343 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::panicking::catch_unwind::Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>, ()>", baseType: !1270, size: 64, align: 64, dwarfAddressSpace: 0)
!1344 = !DILocalVariable(name: "data", scope: !1335, file: !1248, line: 579, type: !1343, align: 64)
!1345 = !DILocalVariable(name: "f", scope: !1346, file: !1248, line: 580, type: !1253, align: 64)
!1346 = distinct !DILexicalBlock(scope: !1335, file: !1248, line: 580, column: 13)
!1347 = distinct !DILocation(line: 544, column: 19, scope: !1266, inlinedAt: !1306)
!1348 = !DILocation(line: 0, scope: !1335, inlinedAt: !1347)
!1349 = !DILocation(line: 0, scope: !1336, inlinedAt: !1347)
!1350 = !DILocation(line: 0, scope: !1337, inlinedAt: !1347)
!1351 = !DILocalVariable(name: "data", scope: !1352, file: !1248, line: 606, type: !1343, align: 64)
!1352 = distinct !DILexicalBlock(scope: !1353, file: !1248, line: 606, column: 13)
!1353 = distinct !DILexicalBlock(scope: !1354, file: !1248, line: 605, column: 13)
!1354 = distinct !DISubprogram(name: "do_catch<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind8do_catch17h9c15d15f18b19c06E", scope: !1271, file: !1248, line: 598, type: !1355, scopeLine: 598, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1304, retainedNodes: !1357)
!1355 = !DISubroutineType(types: !1356)
!1356 = !{null, !923, !923}
!1357 = !{!1358, !1359, !1360, !1351, !1361}
!1358 = !DILocalVariable(name: "data", arg: 1, scope: !1354, file: !1248, line: 598, type: !923)
!1359 = !DILocalVariable(name: "payload", arg: 2, scope: !1354, file: !1248, line: 598, type: !923)
!1360 = !DILocalVariable(name: "data", scope: !1353, file: !1248, line: 605, type: !1343, align: 64)
!1361 = !DILocalVariable(name: "obj", scope: !1362, file: !1248, line: 607, type: !405, align: 64)
!1362 = distinct !DILexicalBlock(scope: !1352, file: !1248, line: 607, column: 13)
!1363 = !DILocation(line: 0, scope: !1352, inlinedAt: !1364)
!1364 = distinct !DILocation(line: 544, column: 19, scope: !1266, inlinedAt: !1306)
!1365 = !DILocation(line: 0, scope: !1353, inlinedAt: !1364)
!1366 = !DILocation(line: 0, scope: !1354, inlinedAt: !1364)
!1367 = !DILocation(line: 0, scope: !1266, inlinedAt: !1306)
!1368 = !DILocation(line: 0, scope: !1237)
!1369 = !DILocation(line: 250, column: 5, scope: !1237)
!1370 = !{!1371}
!1371 = distinct !{!1371, !1372, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E: %_1"}
!1372 = distinct !{!1372, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17h000c8e7f614042a0E"}
!1373 = !DILocation(line: 358, column: 55, scope: !1307, inlinedAt: !1312)
!1374 = !DILocation(line: 500, column: 49, scope: !1249, inlinedAt: !1306)
!1375 = !DILocation(line: 83, column: 9, scope: !1314, inlinedAt: !1324)
!1376 = !DILocation(line: 50, column: 9, scope: !1314, inlinedAt: !1324)
!1377 = !DILocation(line: 58, column: 9, scope: !1314, inlinedAt: !1324)
!1378 = !DILocalVariable(name: "_x", arg: 1, scope: !1379, file: !1380, line: 971, type: !244)
!1379 = distinct !DISubprogram(name: "drop<alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>>", linkageName: "_ZN4core3mem4drop17ha291e807eb0ce6a4E", scope: !43, file: !1380, line: 971, type: !1381, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1384, retainedNodes: !1383)
!1380 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!1381 = !DISubroutineType(types: !1382)
!1382 = !{null, !244}
!1383 = !{!1378}
!1384 = !{!1385}
!1385 = !DITemplateTypeParameter(name: "T", type: !244)
!1386 = !DILocation(line: 971, column: 22, scope: !1379, inlinedAt: !1387)
!1387 = distinct !DILocation(line: 101, column: 9, scope: !1323, inlinedAt: !1324)
!1388 = !DILocation(line: 88, column: 17, scope: !1314, inlinedAt: !1324)
!1389 = !DILocation(line: 0, scope: !1313, inlinedAt: !1324)
!1390 = !DILocation(line: 89, column: 70, scope: !1313, inlinedAt: !1324)
!1391 = !DILocation(line: 1717, column: 9, scope: !1392, inlinedAt: !1396)
!1392 = distinct !DISubprogram(name: "read<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>>", linkageName: "_ZN4core3ptr4read17h97f32451d8b49481E", scope: !68, file: !1140, line: 1678, type: !1393, scopeLine: 1678, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1282)
!1393 = !DISubroutineType(types: !1394)
!1394 = !{!1253, !1395, !763}
!1395 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", baseType: !1253, size: 64, align: 64, dwarfAddressSpace: 0)
!1396 = distinct !DILocation(line: 230, column: 18, scope: !1326, inlinedAt: !1334)
!1397 = !DILocation(line: 0, scope: !1249, inlinedAt: !1306)
!1398 = !DILocation(line: 0, scope: !1307, inlinedAt: !1312)
!1399 = !DILocation(line: 0, scope: !1247, inlinedAt: !1306)
!1400 = !DILocation(line: 580, column: 17, scope: !1346, inlinedAt: !1347)
!1401 = !DILocalVariable(name: "self", arg: 1, scope: !1402, file: !1403, line: 273, type: !1253)
!1402 = distinct !DISubprogram(name: "call_once<(), std::thread::lifecycle::spawn_unchecked::{closure#1}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE", scope: !1404, file: !1403, line: 273, type: !1405, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1410, retainedNodes: !1407)
!1403 = !DIFile(filename: "library/core/src/panic/unwind_safe.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "df145b948c9ea7be347c4d10b5fddfbe")
!1404 = !DINamespace(name: "{impl#23}", scope: !1254)
!1405 = !DISubroutineType(types: !1406)
!1406 = !{null, !1253}
!1407 = !{!1401, !1408, !1409}
!1408 = !DILocalVariable(name: "_args", scope: !1402, file: !1403, line: 273, type: !7, align: 8)
!1409 = !DILocalVariable(arg: 2, scope: !1402, file: !1403, line: 273, type: !7)
!1410 = !{!1268, !1411}
!1411 = !DITemplateTypeParameter(name: "F", type: !1257)
!1412 = !DILocation(line: 273, column: 37, scope: !1402, inlinedAt: !1413)
!1413 = distinct !DILocation(line: 581, column: 40, scope: !1346, inlinedAt: !1347)
!1414 = !DILocation(line: 273, column: 43, scope: !1402, inlinedAt: !1413)
!1415 = !DILocalVariable(name: "hooks", scope: !1416, file: !1060, line: 50, type: !141, align: 64)
!1416 = distinct !DISubprogram(name: "{closure#0}<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h9531da587c346018E", scope: !1038, file: !1060, line: 89, type: !1417, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !1419)
!1417 = !DISubroutineType(types: !1418)
!1418 = !{null, !1257}
!1419 = !{!1415, !1420}
!1420 = !DILocalVariable(name: "f", scope: !1416, file: !1060, line: 88, type: !56, align: 64)
!1421 = !DILocation(line: 50, column: 9, scope: !1416, inlinedAt: !1422)
!1422 = distinct !DILocation(line: 274, column: 9, scope: !1402, inlinedAt: !1413)
!1423 = !DILocation(line: 88, column: 13, scope: !1416, inlinedAt: !1422)
!1424 = !DILocation(line: 90, column: 13, scope: !1416, inlinedAt: !1422)
!1425 = !DILocation(line: 0, scope: !1139, inlinedAt: !1426)
!1426 = distinct !DILocation(line: 92, column: 9, scope: !1416, inlinedAt: !1422)
!1427 = !DILocation(line: 0, scope: !1148, inlinedAt: !1428)
!1428 = distinct !DILocation(line: 805, column: 1, scope: !1139, inlinedAt: !1426)
!1429 = !DILocation(line: 0, scope: !1158, inlinedAt: !1430)
!1430 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !1428)
!1431 = !DILocation(line: 0, scope: !1167, inlinedAt: !1432)
!1432 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !1430)
!1433 = !DILocation(line: 0, scope: !1179, inlinedAt: !1434)
!1434 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !1432)
!1435 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !1432)
!1436 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !1434)
!1437 = !{!1438, !1440, !1442, !1444, !1446, !1371}
!1438 = distinct !{!1438, !1439, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!1439 = distinct !{!1439, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!1440 = distinct !{!1440, !1441, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!1441 = distinct !{!1441, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!1442 = distinct !{!1442, !1443, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE: %_1"}
!1443 = distinct !{!1443, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"}
!1444 = distinct !{!1444, !1445, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h9531da587c346018E: %_1"}
!1445 = distinct !{!1445, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h9531da587c346018E"}
!1446 = distinct !{!1446, !1447, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE: %self"}
!1447 = distinct !{!1447, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17h9f057a731ca01a8eE"}
!1448 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !1430)
!1449 = !DILocation(line: 0, scope: !1201, inlinedAt: !1450)
!1450 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !1430)
!1451 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !1450)
!1452 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !1430)
!1453 = !DILocation(line: 91, column: 13, scope: !1416, inlinedAt: !1422)
!1454 = !DILocation(line: 544, column: 19, scope: !1266, inlinedAt: !1306)
!1455 = !DILocation(line: 607, column: 23, scope: !1352, inlinedAt: !1364)
!1456 = !DILocation(line: 598, column: 5, scope: !1354, inlinedAt: !1364)
!1457 = !DILocation(line: 583, column: 6, scope: !1337, inlinedAt: !1347)
!1458 = !DILocation(line: 0, scope: !1323, inlinedAt: !1324)
!1459 = !DILocalVariable(name: "self", arg: 1, scope: !1460, file: !1128, line: 2421, type: !1464)
!1460 = distinct !DISubprogram(name: "deref<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h54b6f4853b2a128aE", scope: !1129, file: !1128, line: 2421, type: !1461, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, retainedNodes: !1465)
!1461 = !DISubroutineType(types: !1462)
!1462 = !{!1463, !1464}
!1463 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::lifecycle::Packet<()>", baseType: !256, size: 64, align: 64, dwarfAddressSpace: 0)
!1464 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !244, size: 64, align: 64, dwarfAddressSpace: 0)
!1465 = !{!1459}
!1466 = !DILocation(line: 2421, column: 14, scope: !1460, inlinedAt: !1467)
!1467 = distinct !DILocation(line: 97, column: 19, scope: !1323, inlinedAt: !1324)
!1468 = !DILocalVariable(name: "self", arg: 1, scope: !1469, file: !1128, line: 2098, type: !1464)
!1469 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h8370033cd3ff12c9E", scope: !244, file: !1128, line: 2098, type: !1470, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !1473, retainedNodes: !1474)
!1470 = !DISubroutineType(types: !1471)
!1471 = !{!1472, !1464}
!1472 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !251, size: 64, align: 64, dwarfAddressSpace: 0)
!1473 = !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h8370033cd3ff12c9E", scope: !244, file: !1128, line: 2098, type: !1470, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !449)
!1474 = !{!1468}
!1475 = !DILocation(line: 2098, column: 14, scope: !1469, inlinedAt: !1476)
!1476 = distinct !DILocation(line: 2422, column: 15, scope: !1460, inlinedAt: !1467)
!1477 = !DILocation(line: 444, column: 20, scope: !1478, inlinedAt: !1484)
!1478 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hec82587b646ddc6bE", scope: !247, file: !1479, line: 440, type: !1480, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !444, declaration: !1483)
!1479 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!1480 = !DISubroutineType(types: !1481)
!1481 = !{!1472, !1482}
!1482 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", baseType: !247, size: 64, align: 64, dwarfAddressSpace: 0)
!1483 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hec82587b646ddc6bE", scope: !247, file: !1479, line: 440, type: !1480, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !444)
!1484 = distinct !DILocation(line: 2104, column: 27, scope: !1469, inlinedAt: !1476)
!1485 = !DILocalVariable(name: "self", arg: 1, scope: !1486, file: !1487, line: 2443, type: !1491)
!1486 = distinct !DISubprogram(name: "get<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hb8bee63a75b9f8a3E", scope: !382, file: !1487, line: 2443, type: !1488, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !421, declaration: !1492, retainedNodes: !1493)
!1487 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!1488 = !DISubroutineType(types: !1489)
!1489 = !{!1490, !1491}
!1490 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", baseType: !385, size: 64, align: 64, dwarfAddressSpace: 0)
!1491 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !382, size: 64, align: 64, dwarfAddressSpace: 0)
!1492 = !DISubprogram(name: "get<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hb8bee63a75b9f8a3E", scope: !382, file: !1487, line: 2443, type: !1488, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !421)
!1493 = !{!1485}
!1494 = !DILocation(line: 2443, column: 22, scope: !1486, inlinedAt: !1495)
!1495 = distinct !DILocation(line: 97, column: 39, scope: !1323, inlinedAt: !1324)
!1496 = !DILocation(line: 2447, column: 9, scope: !1486, inlinedAt: !1495)
!1497 = !{!1498}
!1498 = distinct !{!1498, !1499, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E: %_1"}
!1499 = distinct !{!1499, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"}
!1500 = !DILocation(line: 97, column: 18, scope: !1323, inlinedAt: !1324)
!1501 = !DILocalVariable(arg: 1, scope: !1502, file: !1140, line: 805, type: !1490)
!1502 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E", scope: !68, file: !1140, line: 805, type: !1503, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !421, retainedNodes: !1505)
!1503 = !DISubroutineType(types: !1504)
!1504 = !{null, !1490}
!1505 = !{!1501}
!1506 = !DILocation(line: 0, scope: !1502, inlinedAt: !1507)
!1507 = distinct !DILocation(line: 97, column: 18, scope: !1323, inlinedAt: !1324)
!1508 = !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !1507)
!1509 = !{i64 0, i64 2}
!1510 = !{i64 1}
!1511 = !DILocalVariable(arg: 1, scope: !1512, file: !1140, line: 805, type: !1515)
!1512 = distinct !DISubprogram(name: "drop_in_place<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr130drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$17hec544cda7ac04929E", scope: !68, file: !1140, line: 805, type: !1513, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !391, retainedNodes: !1516)
!1513 = !DISubroutineType(types: !1514)
!1514 = !{null, !1515}
!1515 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", baseType: !393, size: 64, align: 64, dwarfAddressSpace: 0)
!1516 = !{!1511}
!1517 = !DILocation(line: 0, scope: !1512, inlinedAt: !1518)
!1518 = distinct !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !1507)
!1519 = !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !1518)
!1520 = !DILocalVariable(arg: 1, scope: !1521, file: !1140, line: 805, type: !1524)
!1521 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E", scope: !68, file: !1140, line: 805, type: !1522, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1302, retainedNodes: !1525)
!1522 = !DISubroutineType(types: !1523)
!1523 = !{null, !1524}
!1524 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !405, size: 64, align: 64, dwarfAddressSpace: 0)
!1525 = !{!1520}
!1526 = !DILocation(line: 0, scope: !1521, inlinedAt: !1527)
!1527 = distinct !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !1518)
!1528 = !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !1527)
!1529 = !{!1530, !1498, !1371}
!1530 = distinct !{!1530, !1531, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E: %_1"}
!1531 = distinct !{!1531, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"}
!1532 = !DILocalVariable(name: "self", arg: 1, scope: !1533, file: !1534, line: 1913, type: !1539)
!1533 = distinct !DISubprogram(name: "drop<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h2cd04495a524f43fE", scope: !1535, file: !1534, line: 1913, type: !1537, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1568, retainedNodes: !1540)
!1534 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!1535 = !DINamespace(name: "{impl#10}", scope: !1536)
!1536 = !DINamespace(name: "boxed", scope: !63)
!1537 = !DISubroutineType(types: !1538)
!1538 = !{null, !1539}
!1539 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !405, size: 64, align: 64, dwarfAddressSpace: 0)
!1540 = !{!1532, !1541, !1541, !1557}
!1541 = !DILocalVariable(name: "ptr", scope: !1542, file: !1534, line: 1916, type: !1543, align: 64)
!1542 = distinct !DILexicalBlock(scope: !1533, file: !1534, line: 1916, column: 9)
!1543 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::any::Any + core::marker::Send)>", scope: !210, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1544, templateParams: !1553, identifier: "7df7cd9d71c7bc5d21f4e0e966914a11")
!1544 = !{!1545, !1555}
!1545 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1543, file: !2, baseType: !1546, size: 128, align: 64, flags: DIFlagPrivate)
!1546 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::any::Any + core::marker::Send)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1547, templateParams: !1553, identifier: "7cde8c9cdcdbddd95c693ff6a6ef6d3")
!1547 = !{!1548}
!1548 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1546, file: !2, baseType: !1549, size: 128, align: 64, flags: DIFlagPrivate)
!1549 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::any::Any + core::marker::Send)", file: !2, size: 128, align: 64, elements: !1550, templateParams: !23, identifier: "157735e54da8f30c5b2300aa3d7fcdf")
!1550 = !{!1551, !1552}
!1551 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1549, file: !2, baseType: !408, size: 64, align: 64)
!1552 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !1549, file: !2, baseType: !237, size: 64, align: 64, offset: 64)
!1553 = !{!1554}
!1554 = !DITemplateTypeParameter(name: "T", type: !409)
!1555 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !1543, file: !2, baseType: !1556, align: 8, offset: 128, flags: DIFlagPrivate)
!1556 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::any::Any + core::marker::Send)>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !1553, identifier: "e658fe9502551a0fd51fedfe1a3c0b6")
!1557 = !DILocalVariable(name: "layout", scope: !1558, file: !1534, line: 1919, type: !1559, align: 64)
!1558 = distinct !DILexicalBlock(scope: !1542, file: !1534, line: 1919, column: 13)
!1559 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !1560, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !1562, templateParams: !23, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!1560 = !DINamespace(name: "layout", scope: !1561)
!1561 = !DINamespace(name: "alloc", scope: !44)
!1562 = !{!1563, !1564}
!1563 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !1559, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!1564 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !1559, file: !2, baseType: !1565, size: 64, align: 64, flags: DIFlagPrivate)
!1565 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !606, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !1566, templateParams: !23, identifier: "5099570874743123f8e757e4da3ea37b")
!1566 = !{!1567}
!1567 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !1565, file: !2, baseType: !605, size: 64, align: 64, flags: DIFlagPrivate)
!1568 = !{!1554, !135}
!1569 = !DILocation(line: 0, scope: !1533, inlinedAt: !1570)
!1570 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !1527)
!1571 = !DILocation(line: 0, scope: !1542, inlinedAt: !1570)
!1572 = !DILocalVariable(name: "t", arg: 1, scope: !1573, file: !1574, line: 253, type: !1549)
!1573 = distinct !DISubprogram(name: "for_value_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hd9f8124bd35a0014E", scope: !1559, file: !1574, line: 253, type: !1575, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1553, declaration: !1577, retainedNodes: !1578)
!1574 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!1575 = !DISubroutineType(types: !1576)
!1576 = !{!1559, !1549}
!1577 = !DISubprogram(name: "for_value_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hd9f8124bd35a0014E", scope: !1559, file: !1574, line: 253, type: !1575, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1553)
!1578 = !{!1572, !1579, !1581}
!1579 = !DILocalVariable(name: "size", scope: !1580, file: !1574, line: 255, type: !9, align: 64)
!1580 = distinct !DILexicalBlock(scope: !1573, file: !1574, line: 255, column: 9)
!1581 = !DILocalVariable(name: "alignment", scope: !1580, file: !1574, line: 255, type: !1565, align: 64)
!1582 = !DILocation(line: 0, scope: !1573, inlinedAt: !1583)
!1583 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !1570)
!1584 = !DILocalVariable(name: "val", arg: 1, scope: !1585, file: !1380, line: 427, type: !1549)
!1585 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3mem15size_of_val_raw17hfb938f00f0ac415dE", scope: !43, file: !1380, line: 427, type: !1586, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1553, retainedNodes: !1588)
!1586 = !DISubroutineType(types: !1587)
!1587 = !{!9, !1549}
!1588 = !{!1584}
!1589 = !DILocation(line: 0, scope: !1585, inlinedAt: !1590)
!1590 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !1583)
!1591 = !DILocalVariable(name: "val", arg: 1, scope: !1592, file: !1593, line: 123, type: !1549)
!1592 = distinct !DISubprogram(name: "of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h2abab71125cb8caaE", scope: !1565, file: !1593, line: 123, type: !1594, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1553, declaration: !1596, retainedNodes: !1597)
!1593 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!1594 = !DISubroutineType(types: !1595)
!1595 = !{!1565, !1549}
!1596 = !DISubprogram(name: "of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h2abab71125cb8caaE", scope: !1565, file: !1593, line: 123, type: !1594, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1553)
!1597 = !{!1591, !1598}
!1598 = !DILocalVariable(name: "align", scope: !1599, file: !1593, line: 125, type: !9, align: 64)
!1599 = distinct !DILexicalBlock(scope: !1592, file: !1593, line: 125, column: 9)
!1600 = !DILocation(line: 0, scope: !1592, inlinedAt: !1601)
!1601 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !1583)
!1602 = !DILocalVariable(name: "val", arg: 1, scope: !1603, file: !1380, line: 566, type: !1549)
!1603 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::any::Any + core::marker::Send)>", linkageName: "_ZN4core3mem16align_of_val_raw17he08e991e44c05f94E", scope: !43, file: !1380, line: 566, type: !1586, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1553, retainedNodes: !1604)
!1604 = !{!1602}
!1605 = !DILocation(line: 0, scope: !1603, inlinedAt: !1606)
!1606 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !1601)
!1607 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !1590)
!1608 = !{i64 0, i64 -9223372036854775808}
!1609 = !DILocation(line: 0, scope: !1558, inlinedAt: !1570)
!1610 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !1570)
!1611 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !1606)
!1612 = !{i64 1, i64 536870913}
!1613 = !DILocalVariable(name: "self", arg: 1, scope: !1614, file: !1615, line: 440, type: !1619)
!1614 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !1616, file: !1615, line: 440, type: !1617, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !1620)
!1615 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!1616 = !DINamespace(name: "{impl#1}", scope: !133)
!1617 = !DISubroutineType(types: !1618)
!1618 = !{null, !1619, !213, !1559}
!1619 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !132, size: 64, align: 64, dwarfAddressSpace: 0)
!1620 = !{!1613, !1621, !1622}
!1621 = !DILocalVariable(name: "ptr", arg: 2, scope: !1614, file: !1615, line: 440, type: !213)
!1622 = !DILocalVariable(name: "layout", arg: 3, scope: !1614, file: !1615, line: 440, type: !1559)
!1623 = !DILocation(line: 0, scope: !1614, inlinedAt: !1624)
!1624 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !1570)
!1625 = !DILocalVariable(name: "self", arg: 1, scope: !1626, file: !1615, line: 323, type: !1619)
!1626 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !132, file: !1615, line: 323, type: !1617, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1627, retainedNodes: !1628)
!1627 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !132, file: !1615, line: 323, type: !1617, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1628 = !{!1625, !1629, !1630}
!1629 = !DILocalVariable(name: "ptr", arg: 2, scope: !1626, file: !1615, line: 323, type: !213)
!1630 = !DILocalVariable(name: "layout", arg: 3, scope: !1626, file: !1615, line: 323, type: !1559)
!1631 = !DILocation(line: 0, scope: !1626, inlinedAt: !1632)
!1632 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !1624)
!1633 = !DILocalVariable(name: "ptr", arg: 1, scope: !1634, file: !1615, line: 199, type: !213)
!1634 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !132, file: !1615, line: 199, type: !1635, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1637, retainedNodes: !1638)
!1635 = !DISubroutineType(types: !1636)
!1636 = !{null, !213, !1559}
!1637 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !132, file: !1615, line: 199, type: !1635, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1638 = !{!1633, !1639}
!1639 = !DILocalVariable(name: "layout", arg: 2, scope: !1634, file: !1615, line: 199, type: !1559)
!1640 = !DILocation(line: 0, scope: !1634, inlinedAt: !1641)
!1641 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !1632)
!1642 = !DILocalVariable(name: "layout", arg: 2, scope: !1643, file: !1615, line: 114, type: !1559)
!1643 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !133, file: !1615, line: 114, type: !1644, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !1646)
!1644 = !DISubroutineType(types: !1645)
!1645 = !{null, !923, !1559}
!1646 = !{!1647, !1642}
!1647 = !DILocalVariable(name: "ptr", arg: 1, scope: !1643, file: !1615, line: 114, type: !923)
!1648 = !DILocation(line: 0, scope: !1643, inlinedAt: !1649)
!1649 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !1641)
!1650 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !1649)
!1651 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !1570)
!1652 = !DILocation(line: 0, scope: !1533, inlinedAt: !1653)
!1653 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !1527)
!1654 = !DILocation(line: 0, scope: !1542, inlinedAt: !1653)
!1655 = !DILocation(line: 0, scope: !1573, inlinedAt: !1656)
!1656 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !1653)
!1657 = !DILocation(line: 0, scope: !1585, inlinedAt: !1658)
!1658 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !1656)
!1659 = !DILocation(line: 0, scope: !1592, inlinedAt: !1660)
!1660 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !1656)
!1661 = !DILocation(line: 0, scope: !1603, inlinedAt: !1662)
!1662 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !1660)
!1663 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !1658)
!1664 = !DILocation(line: 0, scope: !1558, inlinedAt: !1653)
!1665 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !1653)
!1666 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !1662)
!1667 = !DILocation(line: 0, scope: !1614, inlinedAt: !1668)
!1668 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !1653)
!1669 = !DILocation(line: 0, scope: !1626, inlinedAt: !1670)
!1670 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !1668)
!1671 = !DILocation(line: 0, scope: !1634, inlinedAt: !1672)
!1672 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !1670)
!1673 = !DILocation(line: 0, scope: !1643, inlinedAt: !1674)
!1674 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !1672)
!1675 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !1674)
!1676 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !1653)
!1677 = !DILocation(line: 101, column: 14, scope: !1323, inlinedAt: !1324)
!1678 = !DILocalVariable(arg: 1, scope: !1679, file: !1140, line: 805, type: !1682)
!1679 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E", scope: !68, file: !1140, line: 805, type: !1680, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1384, retainedNodes: !1683)
!1680 = !DISubroutineType(types: !1681)
!1681 = !{null, !1682}
!1682 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !244, size: 64, align: 64, dwarfAddressSpace: 0)
!1683 = !{!1678}
!1684 = !DILocation(line: 0, scope: !1679, inlinedAt: !1685)
!1685 = distinct !DILocation(line: 975, column: 1, scope: !1379, inlinedAt: !1387)
!1686 = !DILocalVariable(name: "self", arg: 1, scope: !1687, file: !1128, line: 2807, type: !1690)
!1687 = distinct !DISubprogram(name: "drop<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E", scope: !1159, file: !1128, line: 2807, type: !1688, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, retainedNodes: !1691)
!1688 = !DISubroutineType(types: !1689)
!1689 = !{null, !1690}
!1690 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", baseType: !244, size: 64, align: 64, dwarfAddressSpace: 0)
!1691 = !{!1686}
!1692 = !DILocation(line: 0, scope: !1687, inlinedAt: !1693)
!1693 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !1685)
!1694 = !DILocalVariable(name: "val", scope: !1695, file: !1168, line: 3165, type: !9, align: 64)
!1695 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !1696)
!1696 = !{!1697, !1694, !1698}
!1697 = !DILocalVariable(name: "self", arg: 1, scope: !1695, file: !1168, line: 3165, type: !1171)
!1698 = !DILocalVariable(name: "order", scope: !1695, file: !1168, line: 3165, type: !672, align: 8)
!1699 = !DILocation(line: 0, scope: !1695, inlinedAt: !1700)
!1700 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !1693)
!1701 = !DILocalVariable(name: "val", scope: !1702, file: !1168, line: 3936, type: !9, align: 64)
!1702 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !1703)
!1703 = !{!1704, !1701, !1705}
!1704 = !DILocalVariable(name: "dst", arg: 1, scope: !1702, file: !1168, line: 3936, type: !1182)
!1705 = !DILocalVariable(name: "order", scope: !1702, file: !1168, line: 3936, type: !672, align: 8)
!1706 = !DILocation(line: 0, scope: !1702, inlinedAt: !1707)
!1707 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !1700)
!1708 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !1700)
!1709 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !1707)
!1710 = !{!1711, !1713, !1371}
!1711 = distinct !{!1711, !1712, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!1712 = distinct !{!1712, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!1713 = distinct !{!1713, !1714, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!1714 = distinct !{!1714, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!1715 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !1693)
!1716 = !DILocation(line: 0, scope: !1201, inlinedAt: !1717)
!1717 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !1693)
!1718 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !1717)
!1719 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !1693)
!1720 = !DILocation(line: 87, column: 22, scope: !1314, inlinedAt: !1324)
!1721 = !DILocation(line: 0, scope: !1679, inlinedAt: !1722)
!1722 = distinct !DILocation(line: 104, column: 5, scope: !1314, inlinedAt: !1324)
!1723 = !DILocation(line: 0, scope: !1687, inlinedAt: !1724)
!1724 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !1722)
!1725 = !DILocation(line: 0, scope: !1695, inlinedAt: !1726)
!1726 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !1724)
!1727 = !DILocation(line: 0, scope: !1702, inlinedAt: !1728)
!1728 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !1726)
!1729 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !1726)
!1730 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !1728)
!1731 = !{!1732, !1734, !1371}
!1732 = distinct !{!1732, !1733, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!1733 = distinct !{!1733, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!1734 = distinct !{!1734, !1735, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!1735 = distinct !{!1735, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!1736 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !1724)
!1737 = !DILocation(line: 0, scope: !1201, inlinedAt: !1738)
!1738 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !1724)
!1739 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !1738)
!1740 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !1724)
!1741 = !DILocation(line: 101, column: 26, scope: !1323, inlinedAt: !1324)
!1742 = distinct !DISubprogram(name: "call_once<std::rt::lang_start::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17hd0d775571fbf8687E", scope: !1094, file: !1093, line: 250, type: !1743, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1749, retainedNodes: !1746)
!1743 = !DISubroutineType(types: !1744)
!1744 = !{!482, !1745}
!1745 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::rt::lang_start::{closure_env#0}<()>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!1746 = !{!1747, !1748}
!1747 = !DILocalVariable(arg: 1, scope: !1742, file: !1093, line: 250, type: !1745)
!1748 = !DILocalVariable(arg: 2, scope: !1742, file: !1093, line: 250, type: !7)
!1749 = !{!1750, !1100}
!1750 = !DITemplateTypeParameter(name: "Self", type: !14)
!1751 = !DILocation(line: 0, scope: !1742)
!1752 = !DILocation(line: 250, column: 5, scope: !1742)
!1753 = !DILocation(line: 0, scope: !1021, inlinedAt: !1754)
!1754 = distinct !DILocation(line: 250, column: 5, scope: !1755, inlinedAt: !1761)
!1755 = distinct !DISubprogram(name: "call_once<std::rt::lang_start::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17h7f31f5ce63498732E", scope: !1094, file: !1093, line: 250, type: !1756, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1749, retainedNodes: !1758)
!1756 = !DISubroutineType(types: !1757)
!1757 = !{!482, !14}
!1758 = !{!1759, !1760}
!1759 = !DILocalVariable(arg: 1, scope: !1755, file: !1093, line: 250, type: !14)
!1760 = !DILocalVariable(arg: 2, scope: !1755, file: !1093, line: 250, type: !7)
!1761 = distinct !DILocation(line: 250, column: 5, scope: !1742)
!1762 = !DILocation(line: 0, scope: !1755, inlinedAt: !1761)
!1763 = !DILocation(line: 250, column: 5, scope: !1755, inlinedAt: !1761)
!1764 = !DILocation(line: 206, column: 18, scope: !1021, inlinedAt: !1754)
!1765 = !{!1766}
!1766 = distinct !{!1766, !1767, !"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE: %_1"}
!1767 = distinct !{!1767, !"_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h634f240277f2a19cE"}
!1768 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17h6dddd045464d2ad1E", scope: !68, file: !1140, line: 805, type: !1769, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1774, retainedNodes: !1772)
!1769 = !DISubroutineType(types: !1770)
!1770 = !{null, !1771}
!1771 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", baseType: !582, size: 64, align: 64, dwarfAddressSpace: 0)
!1772 = !{!1773}
!1773 = !DILocalVariable(arg: 1, scope: !1768, file: !1140, line: 805, type: !1771)
!1774 = !{!1775}
!1775 = !DITemplateTypeParameter(name: "T", type: !582)
!1776 = !DILocation(line: 0, scope: !1768)
!1777 = !DILocation(line: 805, column: 1, scope: !1768)
!1778 = !{i64 8}
!1779 = !{i8 0, i8 2}
!1780 = !DILocalVariable(arg: 1, scope: !1781, file: !1140, line: 805, type: !1784)
!1781 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17hf878365420245a41E", scope: !68, file: !1140, line: 805, type: !1782, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !594, retainedNodes: !1785)
!1782 = !DISubroutineType(types: !1783)
!1783 = !{null, !1784}
!1784 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::MutexGuard<usize>", baseType: !585, size: 64, align: 64, dwarfAddressSpace: 0)
!1785 = !{!1780}
!1786 = !DILocation(line: 0, scope: !1781, inlinedAt: !1787)
!1787 = distinct !DILocation(line: 805, column: 1, scope: !1768)
!1788 = !DILocalVariable(name: "self", arg: 1, scope: !1789, file: !1790, line: 743, type: !1794)
!1789 = distinct !DISubprogram(name: "drop<usize>", linkageName: "_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hdfc0a4b06ac93992E", scope: !1791, file: !1790, line: 743, type: !1792, scopeLine: 743, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, retainedNodes: !1795)
!1790 = !DIFile(filename: "library/std/src/sync/poison/mutex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78bfced6bc07033bbd081e9ae0e8ed7e")
!1791 = !DINamespace(name: "{impl#14}", scope: !89)
!1792 = !DISubroutineType(types: !1793)
!1793 = !{null, !1794}
!1794 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::poison::mutex::MutexGuard<usize>", baseType: !585, size: 64, align: 64, dwarfAddressSpace: 0)
!1795 = !{!1788}
!1796 = !DILocation(line: 0, scope: !1789, inlinedAt: !1797)
!1797 = distinct !DILocation(line: 805, column: 1, scope: !1781, inlinedAt: !1787)
!1798 = !DILocalVariable(name: "val", scope: !1799, file: !1168, line: 2899, type: !107, align: 32)
!1799 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !101, file: !1168, line: 2899, type: !1800, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1803, retainedNodes: !1804)
!1800 = !DISubroutineType(types: !1801)
!1801 = !{!107, !1802, !107, !672}
!1802 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicU32", baseType: !101, size: 64, align: 64, dwarfAddressSpace: 0)
!1803 = !DISubprogram(name: "swap", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU324swap", scope: !101, file: !1168, line: 2899, type: !1800, scopeLine: 2899, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1804 = !{!1805, !1798, !1806}
!1805 = !DILocalVariable(name: "self", arg: 1, scope: !1799, file: !1168, line: 2899, type: !1802)
!1806 = !DILocalVariable(name: "order", scope: !1799, file: !1168, line: 2899, type: !672, align: 8)
!1807 = !DILocation(line: 0, scope: !1799, inlinedAt: !1808)
!1808 = distinct !DILocation(line: 90, column: 23, scope: !1809, inlinedAt: !1817)
!1809 = distinct !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !94, file: !1810, line: 89, type: !1811, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1814, retainedNodes: !1815)
!1810 = !DIFile(filename: "library/std/src/sys/sync/mutex/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "28fe35bad6ff340af707b997fcc6da8c")
!1811 = !DISubroutineType(types: !1812)
!1812 = !{null, !1813}
!1813 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sys::sync::mutex::futex::Mutex", baseType: !94, size: 64, align: 64, dwarfAddressSpace: 0)
!1814 = !DISubprogram(name: "unlock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex6unlock", scope: !94, file: !1810, line: 89, type: !1811, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1815 = !{!1816}
!1816 = !DILocalVariable(name: "self", arg: 1, scope: !1809, file: !1810, line: 89, type: !1813)
!1817 = distinct !DILocation(line: 746, column: 29, scope: !1789, inlinedAt: !1797)
!1818 = !DILocalVariable(name: "val", scope: !1819, file: !1168, line: 3902, type: !107, align: 32)
!1819 = distinct !DISubprogram(name: "atomic_swap<u32>", linkageName: "_ZN4core4sync6atomic11atomic_swap17h0325b9e72fa46073E", scope: !76, file: !1168, line: 3902, type: !1820, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !108, retainedNodes: !1823)
!1820 = !DISubroutineType(types: !1821)
!1821 = !{!107, !1822, !107, !672}
!1822 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !107, size: 64, align: 64, dwarfAddressSpace: 0)
!1823 = !{!1824, !1818, !1825}
!1824 = !DILocalVariable(name: "dst", arg: 1, scope: !1819, file: !1168, line: 3902, type: !1822)
!1825 = !DILocalVariable(name: "order", scope: !1819, file: !1168, line: 3902, type: !672, align: 8)
!1826 = !DILocation(line: 0, scope: !1819, inlinedAt: !1827)
!1827 = distinct !DILocation(line: 2901, column: 26, scope: !1799, inlinedAt: !1808)
!1828 = !DILocation(line: 745, column: 13, scope: !1789, inlinedAt: !1797)
!1829 = !DILocalVariable(name: "self", arg: 1, scope: !1830, file: !1831, line: 128, type: !1834)
!1830 = distinct !DISubprogram(name: "done", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done", scope: !111, file: !1831, line: 128, type: !1832, scopeLine: 128, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1836, retainedNodes: !1837)
!1831 = !DIFile(filename: "library/std/src/sync/poison.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2e3c11b46f6d3701d7040e42c871708c")
!1832 = !DISubroutineType(types: !1833)
!1833 = !{null, !1834, !1835}
!1834 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::Flag", baseType: !111, size: 64, align: 64, dwarfAddressSpace: 0)
!1835 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::Guard", baseType: !590, size: 64, align: 64, dwarfAddressSpace: 0)
!1836 = !DISubprogram(name: "done", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done", scope: !111, file: !1831, line: 128, type: !1832, scopeLine: 128, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1837 = !{!1829, !1838}
!1838 = !DILocalVariable(name: "guard", arg: 2, scope: !1830, file: !1831, line: 128, type: !1835)
!1839 = !DILocation(line: 0, scope: !1830, inlinedAt: !1840)
!1840 = distinct !DILocation(line: 745, column: 30, scope: !1789, inlinedAt: !1797)
!1841 = !DILocalVariable(name: "order", scope: !1842, file: !1168, line: 2842, type: !672, align: 8)
!1842 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !1168, line: 2842, type: !1843, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1845, retainedNodes: !1846)
!1843 = !DISubroutineType(types: !1844)
!1844 = !{!9, !1171, !672}
!1845 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !1168, line: 2842, type: !1843, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1846 = !{!1847, !1841}
!1847 = !DILocalVariable(name: "self", arg: 1, scope: !1842, file: !1168, line: 2842, type: !1171)
!1848 = !DILocation(line: 0, scope: !1842, inlinedAt: !1849)
!1849 = distinct !DILocation(line: 464, column: 31, scope: !1850, inlinedAt: !1854)
!1850 = distinct !DISubprogram(name: "count_is_zero", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count13count_is_zero", scope: !1851, file: !1248, line: 463, type: !1852, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23)
!1851 = !DINamespace(name: "panic_count", scope: !1250)
!1852 = !DISubroutineType(types: !1853)
!1853 = !{!593}
!1854 = distinct !DILocation(line: 616, column: 6, scope: !1855, inlinedAt: !1856)
!1855 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtCsjrHSEGnQ3l9_3std9panicking9panicking", scope: !1250, file: !1248, line: 615, type: !1852, scopeLine: 615, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23)
!1856 = distinct !DILocation(line: 217, column: 5, scope: !1857, inlinedAt: !1860)
!1857 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9panicking", scope: !1859, file: !1858, line: 216, type: !1852, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23)
!1858 = !DIFile(filename: "library/std/src/thread/functions.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7697548f80973ff2b1a9a328f6458f4b")
!1859 = !DINamespace(name: "functions", scope: !35)
!1860 = distinct !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !1840)
!1861 = !DILocalVariable(name: "val", scope: !1862, file: !1168, line: 755, type: !593, align: 8)
!1862 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !114, file: !1168, line: 755, type: !1863, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1866, retainedNodes: !1867)
!1863 = !DISubroutineType(types: !1864)
!1864 = !{null, !1865, !593, !672}
!1865 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !114, size: 64, align: 64, dwarfAddressSpace: 0)
!1866 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !114, file: !1168, line: 755, type: !1863, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!1867 = !{!1868, !1861, !1869}
!1868 = !DILocalVariable(name: "self", arg: 1, scope: !1862, file: !1168, line: 755, type: !1865)
!1869 = !DILocalVariable(name: "order", scope: !1862, file: !1168, line: 755, type: !672, align: 8)
!1870 = !DILocation(line: 0, scope: !1862, inlinedAt: !1871)
!1871 = distinct !DILocation(line: 130, column: 25, scope: !1830, inlinedAt: !1840)
!1872 = !DILocation(line: 129, column: 13, scope: !1830, inlinedAt: !1840)
!1873 = !DILocalVariable(name: "dst", arg: 1, scope: !1874, file: !1168, line: 3886, type: !1877)
!1874 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17h8bb8faaad7bc1a27E", scope: !76, file: !1168, line: 3886, type: !1875, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, retainedNodes: !1878)
!1875 = !DISubroutineType(types: !1876)
!1876 = !{!9, !1877, !672}
!1877 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!1878 = !{!1873, !1879}
!1879 = !DILocalVariable(name: "order", arg: 2, scope: !1874, file: !1168, line: 3886, type: !672)
!1880 = !DILocation(line: 0, scope: !1874, inlinedAt: !1881)
!1881 = distinct !DILocation(line: 2844, column: 26, scope: !1842, inlinedAt: !1849)
!1882 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !1881)
!1883 = !DILocation(line: 464, column: 12, scope: !1850, inlinedAt: !1854)
!1884 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!1885 = !DILocation(line: 476, column: 13, scope: !1850, inlinedAt: !1854)
!1886 = !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !1840)
!1887 = !DILocation(line: 755, column: 18, scope: !1862, inlinedAt: !1871)
!1888 = !DILocalVariable(name: "dst", arg: 1, scope: !1889, file: !1168, line: 3871, type: !923)
!1889 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17hc419831ec445d993E", scope: !76, file: !1168, line: 3871, type: !1890, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !1892)
!1890 = !DISubroutineType(types: !1891)
!1891 = !{null, !923, !120, !672}
!1892 = !{!1888, !1893, !1894}
!1893 = !DILocalVariable(name: "val", arg: 2, scope: !1889, file: !1168, line: 3871, type: !120)
!1894 = !DILocalVariable(name: "order", arg: 3, scope: !1889, file: !1168, line: 3871, type: !672)
!1895 = !DILocation(line: 0, scope: !1889, inlinedAt: !1896)
!1896 = distinct !DILocation(line: 759, column: 13, scope: !1862, inlinedAt: !1871)
!1897 = !DILocation(line: 3875, column: 24, scope: !1889, inlinedAt: !1896)
!1898 = !DILocation(line: 129, column: 9, scope: !1830, inlinedAt: !1840)
!1899 = !DILocation(line: 0, scope: !1809, inlinedAt: !1817)
!1900 = !DILocation(line: 2899, column: 25, scope: !1799, inlinedAt: !1808)
!1901 = !DILocation(line: 3908, column: 24, scope: !1819, inlinedAt: !1827)
!1902 = !DILocation(line: 90, column: 12, scope: !1809, inlinedAt: !1817)
!1903 = !DILocation(line: 95, column: 18, scope: !1809, inlinedAt: !1817)
!1904 = !DILocation(line: 0, scope: !1512)
!1905 = !DILocation(line: 805, column: 1, scope: !1512)
!1906 = !DILocation(line: 0, scope: !1521, inlinedAt: !1907)
!1907 = distinct !DILocation(line: 805, column: 1, scope: !1512)
!1908 = !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !1907)
!1909 = !{!1910}
!1910 = distinct !{!1910, !1911, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E: %_1"}
!1911 = distinct !{!1911, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"}
!1912 = !DILocation(line: 0, scope: !1533, inlinedAt: !1913)
!1913 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !1907)
!1914 = !DILocation(line: 0, scope: !1542, inlinedAt: !1913)
!1915 = !DILocation(line: 0, scope: !1573, inlinedAt: !1916)
!1916 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !1913)
!1917 = !DILocation(line: 0, scope: !1585, inlinedAt: !1918)
!1918 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !1916)
!1919 = !DILocation(line: 0, scope: !1592, inlinedAt: !1920)
!1920 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !1916)
!1921 = !DILocation(line: 0, scope: !1603, inlinedAt: !1922)
!1922 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !1920)
!1923 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !1918)
!1924 = !DILocation(line: 0, scope: !1558, inlinedAt: !1913)
!1925 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !1913)
!1926 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !1922)
!1927 = !DILocation(line: 0, scope: !1614, inlinedAt: !1928)
!1928 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !1913)
!1929 = !DILocation(line: 0, scope: !1626, inlinedAt: !1930)
!1930 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !1928)
!1931 = !DILocation(line: 0, scope: !1634, inlinedAt: !1932)
!1932 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !1930)
!1933 = !DILocation(line: 0, scope: !1643, inlinedAt: !1934)
!1934 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !1932)
!1935 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !1934)
!1936 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !1913)
!1937 = !DILocation(line: 0, scope: !1533, inlinedAt: !1938)
!1938 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !1907)
!1939 = !DILocation(line: 0, scope: !1542, inlinedAt: !1938)
!1940 = !DILocation(line: 0, scope: !1573, inlinedAt: !1941)
!1941 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !1938)
!1942 = !DILocation(line: 0, scope: !1585, inlinedAt: !1943)
!1943 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !1941)
!1944 = !DILocation(line: 0, scope: !1592, inlinedAt: !1945)
!1945 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !1941)
!1946 = !DILocation(line: 0, scope: !1603, inlinedAt: !1947)
!1947 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !1945)
!1948 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !1943)
!1949 = !DILocation(line: 0, scope: !1558, inlinedAt: !1938)
!1950 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !1938)
!1951 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !1947)
!1952 = !DILocation(line: 0, scope: !1614, inlinedAt: !1953)
!1953 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !1938)
!1954 = !DILocation(line: 0, scope: !1626, inlinedAt: !1955)
!1955 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !1953)
!1956 = !DILocation(line: 0, scope: !1634, inlinedAt: !1957)
!1957 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !1955)
!1958 = !DILocation(line: 0, scope: !1643, inlinedAt: !1959)
!1959 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !1957)
!1960 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !1959)
!1961 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !1938)
!1962 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core3ptr148drop_in_place$LT$std..thread..lifecycle..spawn_unchecked$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$C$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h17fe9b7631710ad6E", scope: !68, file: !1140, line: 805, type: !1238, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1965, retainedNodes: !1963)
!1963 = !{!1964}
!1964 = !DILocalVariable(arg: 1, scope: !1962, file: !1140, line: 805, type: !1240)
!1965 = !{!1966}
!1966 = !DITemplateTypeParameter(name: "T", type: !32)
!1967 = !DILocation(line: 0, scope: !1962)
!1968 = !DILocation(line: 805, column: 1, scope: !1962)
!1969 = !{!1970}
!1970 = distinct !{!1970, !1971, !"_ZN4core3ptr123drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h8fdf612e5d35bf24E: %_1"}
!1971 = distinct !{!1971, !"_ZN4core3ptr123drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h8fdf612e5d35bf24E"}
!1972 = !DILocalVariable(arg: 1, scope: !1973, file: !1140, line: 805, type: !1976)
!1973 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::spawn_unchecked::MaybeDangling<mutex::main::{closure_env#0}>>", linkageName: "_ZN4core3ptr123drop_in_place$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$17h8fdf612e5d35bf24E", scope: !68, file: !1140, line: 805, type: !1974, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1978, retainedNodes: !1977)
!1974 = !DISubroutineType(types: !1975)
!1975 = !{null, !1976}
!1976 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::spawn_unchecked::MaybeDangling<mutex::main::{closure_env#0}>", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!1977 = !{!1972}
!1978 = !{!1979}
!1979 = !DITemplateTypeParameter(name: "T", type: !38)
!1980 = !DILocation(line: 0, scope: !1973, inlinedAt: !1981)
!1981 = distinct !DILocation(line: 805, column: 1, scope: !1962)
!1982 = !{!1983}
!1983 = distinct !{!1983, !1984, !"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0401df2248706f53E: %self"}
!1984 = distinct !{!1984, !"_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0401df2248706f53E"}
!1985 = !DILocation(line: 805, column: 1, scope: !1973, inlinedAt: !1981)
!1986 = !DILocalVariable(name: "self", arg: 1, scope: !1987, file: !1060, line: 77, type: !1991)
!1987 = distinct !DISubprogram(name: "drop<mutex::main::{closure_env#0}>", linkageName: "_ZN105_$LT$std..thread..lifecycle..spawn_unchecked..MaybeDangling$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h0401df2248706f53E", scope: !1988, file: !1060, line: 77, type: !1989, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !138, retainedNodes: !1992)
!1988 = !DINamespace(name: "{impl#1}", scope: !33)
!1989 = !DISubroutineType(types: !1990)
!1990 = !{null, !1991}
!1991 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::spawn_unchecked::MaybeDangling<mutex::main::{closure_env#0}>", baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!1992 = !{!1986}
!1993 = !DILocation(line: 0, scope: !1987, inlinedAt: !1994)
!1994 = distinct !DILocation(line: 805, column: 1, scope: !1973, inlinedAt: !1981)
!1995 = !DILocalVariable(name: "self", arg: 1, scope: !1996, file: !1997, line: 807, type: !2000)
!1996 = distinct !DISubprogram(name: "assume_init_drop<mutex::main::{closure_env#0}>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17h95b5b7c2372d8406E", scope: !41, file: !1997, line: 807, type: !1998, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !138, declaration: !2001, retainedNodes: !2002)
!1997 = !DIFile(filename: "library/core/src/mem/maybe_uninit.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "89f2894609c73ba2762e84773a0bc293")
!1998 = !DISubroutineType(types: !1999)
!1999 = !{null, !2000}
!2000 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::maybe_uninit::MaybeUninit<mutex::main::{closure_env#0}>", baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!2001 = !DISubprogram(name: "assume_init_drop<mutex::main::{closure_env#0}>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17h95b5b7c2372d8406E", scope: !41, file: !1997, line: 807, type: !1998, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !138)
!2002 = !{!1995}
!2003 = !DILocation(line: 807, column: 42, scope: !1996, inlinedAt: !2004)
!2004 = distinct !DILocation(line: 79, column: 29, scope: !1987, inlinedAt: !1994)
!2005 = !{!2006}
!2006 = distinct !{!2006, !2007, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE: %_1"}
!2007 = distinct !{!2007, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"}
!2008 = !DILocation(line: 814, column: 18, scope: !1996, inlinedAt: !2004)
!2009 = !DILocation(line: 0, scope: !1139, inlinedAt: !2010)
!2010 = distinct !DILocation(line: 814, column: 18, scope: !1996, inlinedAt: !2004)
!2011 = !{!2012}
!2012 = distinct !{!2012, !2013, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!2013 = distinct !{!2013, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!2014 = !DILocation(line: 805, column: 1, scope: !1139, inlinedAt: !2010)
!2015 = !DILocation(line: 0, scope: !1148, inlinedAt: !2016)
!2016 = distinct !DILocation(line: 805, column: 1, scope: !1139, inlinedAt: !2010)
!2017 = !{!2018}
!2018 = distinct !{!2018, !2019, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!2019 = distinct !{!2019, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!2020 = !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !2016)
!2021 = !DILocation(line: 0, scope: !1158, inlinedAt: !2022)
!2022 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !2016)
!2023 = !DILocalVariable(name: "self", arg: 1, scope: !2024, file: !1128, line: 2098, type: !1162)
!2024 = distinct !DISubprogram(name: "inner<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h49d775788bd31506E", scope: !61, file: !1128, line: 2098, type: !2025, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !134, declaration: !2028, retainedNodes: !2029)
!2025 = !DISubroutineType(types: !2026)
!2026 = !{!2027, !1132}
!2027 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!2028 = !DISubprogram(name: "inner<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h49d775788bd31506E", scope: !61, file: !1128, line: 2098, type: !2025, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !134)
!2029 = !{!2023}
!2030 = !DILocation(line: 0, scope: !2024, inlinedAt: !2031)
!2031 = distinct !DILocation(line: 2811, column: 17, scope: !1158, inlinedAt: !2022)
!2032 = !DILocation(line: 0, scope: !1167, inlinedAt: !2033)
!2033 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !2022)
!2034 = !DILocation(line: 0, scope: !1179, inlinedAt: !2035)
!2035 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !2033)
!2036 = !DILocation(line: 444, column: 20, scope: !2037, inlinedAt: !2042)
!2037 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h006f8f9a2c066f4eE", scope: !66, file: !1479, line: 440, type: !2038, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !126, declaration: !2041)
!2038 = !DISubroutineType(types: !2039)
!2039 = !{!2027, !2040}
!2040 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>>", baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!2041 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h006f8f9a2c066f4eE", scope: !66, file: !1479, line: 440, type: !2038, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !126)
!2042 = distinct !DILocation(line: 2104, column: 27, scope: !2024, inlinedAt: !2031)
!2043 = !{!2018, !2012, !2006, !1983, !1970}
!2044 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !2033)
!2045 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !2035)
!2046 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !2022)
!2047 = !DILocation(line: 0, scope: !1201, inlinedAt: !2048)
!2048 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !2022)
!2049 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !2048)
!2050 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !2022)
!2051 = !DILocation(line: 0, scope: !1201, inlinedAt: !2052)
!2052 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !2053)
!2053 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !2054)
!2054 = distinct !DILocation(line: 805, column: 1, scope: !1962)
!2055 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !2052)
!2056 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !2053)
!2057 = !{!2058}
!2058 = distinct !{!2058, !2059, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!2059 = distinct !{!2059, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!2060 = !DILocation(line: 0, scope: !1679, inlinedAt: !2054)
!2061 = !{!2062}
!2062 = distinct !{!2062, !2063, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!2063 = distinct !{!2063, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!2064 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !2054)
!2065 = !DILocation(line: 0, scope: !1687, inlinedAt: !2053)
!2066 = !DILocalVariable(name: "self", arg: 1, scope: !2067, file: !1128, line: 2098, type: !1690)
!2067 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h8370033cd3ff12c9E", scope: !244, file: !1128, line: 2098, type: !1470, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !1473, retainedNodes: !2068)
!2068 = !{!2066}
!2069 = !DILocation(line: 0, scope: !2067, inlinedAt: !2070)
!2070 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !2053)
!2071 = !DILocation(line: 0, scope: !1695, inlinedAt: !2072)
!2072 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !2053)
!2073 = !DILocation(line: 0, scope: !1702, inlinedAt: !2074)
!2074 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !2072)
!2075 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !2077)
!2076 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hec82587b646ddc6bE", scope: !247, file: !1479, line: 440, type: !1480, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !444, declaration: !1483)
!2077 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !2070)
!2078 = !{!2062, !2058}
!2079 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !2072)
!2080 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !2074)
!2081 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !2053)
!2082 = !{!2083}
!2083 = distinct !{!2083, !2084, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!2084 = distinct !{!2084, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!2085 = !DILocation(line: 0, scope: !1679, inlinedAt: !2086)
!2086 = distinct !DILocation(line: 805, column: 1, scope: !1962)
!2087 = !{!2088}
!2088 = distinct !{!2088, !2089, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!2089 = distinct !{!2089, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!2090 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !2086)
!2091 = !DILocation(line: 0, scope: !1687, inlinedAt: !2092)
!2092 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !2086)
!2093 = !DILocation(line: 0, scope: !2067, inlinedAt: !2094)
!2094 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !2092)
!2095 = !DILocation(line: 0, scope: !1695, inlinedAt: !2096)
!2096 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !2092)
!2097 = !DILocation(line: 0, scope: !1702, inlinedAt: !2098)
!2098 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !2096)
!2099 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !2100)
!2100 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !2094)
!2101 = !{!2088, !2083}
!2102 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !2096)
!2103 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !2098)
!2104 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !2092)
!2105 = !DILocation(line: 0, scope: !1201, inlinedAt: !2106)
!2106 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !2092)
!2107 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !2106)
!2108 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !2092)
!2109 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr154drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$17h3947515c5a3c3bc5E", scope: !68, file: !1140, line: 805, type: !2110, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !229, retainedNodes: !2113)
!2110 = !DISubroutineType(types: !2111)
!2111 = !{null, !2112}
!2112 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", baseType: !231, size: 64, align: 64, dwarfAddressSpace: 0)
!2113 = !{!2114}
!2114 = !DILocalVariable(arg: 1, scope: !2109, file: !1140, line: 805, type: !2112)
!2115 = !DILocation(line: 0, scope: !2109)
!2116 = !DILocation(line: 805, column: 1, scope: !2109)
!2117 = !DILocalVariable(name: "self", arg: 1, scope: !2118, file: !1534, line: 1913, type: !2121)
!2118 = distinct !DISubprogram(name: "drop<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17heee88ccfe8e1380fE", scope: !1535, file: !1534, line: 1913, type: !2119, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2141, retainedNodes: !2122)
!2119 = !DISubroutineType(types: !2120)
!2120 = !{null, !2121}
!2121 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>", baseType: !231, size: 64, align: 64, dwarfAddressSpace: 0)
!2122 = !{!2117, !2123, !2123, !2139}
!2123 = !DILocalVariable(name: "ptr", scope: !2124, file: !1534, line: 1916, type: !2125, align: 64)
!2124 = distinct !DILexicalBlock(scope: !2118, file: !1534, line: 1916, column: 9)
!2125 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !210, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2126, templateParams: !2135, identifier: "4e4ed0839472a8a41f471153098dcafd")
!2126 = !{!2127, !2137}
!2127 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2125, file: !2, baseType: !2128, size: 128, align: 64, flags: DIFlagPrivate)
!2128 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2129, templateParams: !2135, identifier: "37a2038f29b490f24472a72061fe8e04")
!2129 = !{!2130}
!2130 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2128, file: !2, baseType: !2131, size: 128, align: 64, flags: DIFlagPrivate)
!2131 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, size: 128, align: 64, elements: !2132, templateParams: !23, identifier: "6c54cd83872cb0df9e985870111ed78a")
!2132 = !{!2133, !2134}
!2133 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2131, file: !2, baseType: !234, size: 64, align: 64)
!2134 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !2131, file: !2, baseType: !237, size: 64, align: 64, offset: 64)
!2135 = !{!2136}
!2136 = !DITemplateTypeParameter(name: "T", type: !235)
!2137 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !2125, file: !2, baseType: !2138, align: 8, offset: 128, flags: DIFlagPrivate)
!2138 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !2135, identifier: "c74d9fc24fe160c523506740e3d20018")
!2139 = !DILocalVariable(name: "layout", scope: !2140, file: !1534, line: 1919, type: !1559, align: 64)
!2140 = distinct !DILexicalBlock(scope: !2124, file: !1534, line: 1919, column: 13)
!2141 = !{!2136, !135}
!2142 = !DILocation(line: 0, scope: !2118, inlinedAt: !2143)
!2143 = distinct !DILocation(line: 805, column: 1, scope: !2109)
!2144 = !DILocation(line: 0, scope: !2124, inlinedAt: !2143)
!2145 = !DILocalVariable(name: "t", arg: 1, scope: !2146, file: !1574, line: 253, type: !2131)
!2146 = distinct !DISubprogram(name: "for_value_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hbb9c6b5b8e9411eaE", scope: !1559, file: !1574, line: 253, type: !2147, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2135, declaration: !2149, retainedNodes: !2150)
!2147 = !DISubroutineType(types: !2148)
!2148 = !{!1559, !2131}
!2149 = !DISubprogram(name: "for_value_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hbb9c6b5b8e9411eaE", scope: !1559, file: !1574, line: 253, type: !2147, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2135)
!2150 = !{!2145, !2151, !2153}
!2151 = !DILocalVariable(name: "size", scope: !2152, file: !1574, line: 255, type: !9, align: 64)
!2152 = distinct !DILexicalBlock(scope: !2146, file: !1574, line: 255, column: 9)
!2153 = !DILocalVariable(name: "alignment", scope: !2152, file: !1574, line: 255, type: !1565, align: 64)
!2154 = !DILocation(line: 0, scope: !2146, inlinedAt: !2155)
!2155 = distinct !DILocation(line: 1919, column: 26, scope: !2124, inlinedAt: !2143)
!2156 = !DILocalVariable(name: "val", arg: 1, scope: !2157, file: !1380, line: 427, type: !2131)
!2157 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3mem15size_of_val_raw17h421e679039609bc2E", scope: !43, file: !1380, line: 427, type: !2158, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2135, retainedNodes: !2160)
!2158 = !DISubroutineType(types: !2159)
!2159 = !{!9, !2131}
!2160 = !{!2156}
!2161 = !DILocation(line: 0, scope: !2157, inlinedAt: !2162)
!2162 = distinct !DILocation(line: 255, column: 43, scope: !2146, inlinedAt: !2155)
!2163 = !DILocalVariable(name: "val", arg: 1, scope: !2164, file: !1593, line: 123, type: !2131)
!2164 = distinct !DISubprogram(name: "of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h790319e4c1ac00daE", scope: !1565, file: !1593, line: 123, type: !2165, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2135, declaration: !2167, retainedNodes: !2168)
!2165 = !DISubroutineType(types: !2166)
!2166 = !{!1565, !2131}
!2167 = !DISubprogram(name: "of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17h790319e4c1ac00daE", scope: !1565, file: !1593, line: 123, type: !2165, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2135)
!2168 = !{!2163, !2169}
!2169 = !DILocalVariable(name: "align", scope: !2170, file: !1593, line: 125, type: !9, align: 64)
!2170 = distinct !DILexicalBlock(scope: !2164, file: !1593, line: 125, column: 9)
!2171 = !DILocation(line: 0, scope: !2164, inlinedAt: !2172)
!2172 = distinct !DILocation(line: 255, column: 68, scope: !2146, inlinedAt: !2155)
!2173 = !DILocalVariable(name: "val", arg: 1, scope: !2174, file: !1380, line: 566, type: !2131)
!2174 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)>", linkageName: "_ZN4core3mem16align_of_val_raw17hdffadd3e8784fb6eE", scope: !43, file: !1380, line: 566, type: !2158, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2135, retainedNodes: !2175)
!2175 = !{!2173}
!2176 = !DILocation(line: 0, scope: !2174, inlinedAt: !2177)
!2177 = distinct !DILocation(line: 125, column: 30, scope: !2164, inlinedAt: !2172)
!2178 = !DILocation(line: 429, column: 14, scope: !2157, inlinedAt: !2162)
!2179 = !DILocation(line: 0, scope: !2140, inlinedAt: !2143)
!2180 = !DILocation(line: 1920, column: 16, scope: !2140, inlinedAt: !2143)
!2181 = !DILocation(line: 568, column: 14, scope: !2174, inlinedAt: !2177)
!2182 = !DILocation(line: 0, scope: !1614, inlinedAt: !2183)
!2183 = distinct !DILocation(line: 1921, column: 24, scope: !2140, inlinedAt: !2143)
!2184 = !DILocation(line: 0, scope: !1626, inlinedAt: !2185)
!2185 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2183)
!2186 = !DILocation(line: 0, scope: !1634, inlinedAt: !2187)
!2187 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2185)
!2188 = !DILocation(line: 0, scope: !1643, inlinedAt: !2189)
!2189 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2187)
!2190 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2189)
!2191 = !DILocation(line: 1920, column: 13, scope: !2140, inlinedAt: !2143)
!2192 = !DILocation(line: 0, scope: !2118, inlinedAt: !2193)
!2193 = distinct !DILocation(line: 805, column: 1, scope: !2109)
!2194 = !DILocation(line: 0, scope: !2124, inlinedAt: !2193)
!2195 = !DILocation(line: 0, scope: !2146, inlinedAt: !2196)
!2196 = distinct !DILocation(line: 1919, column: 26, scope: !2124, inlinedAt: !2193)
!2197 = !DILocation(line: 0, scope: !2157, inlinedAt: !2198)
!2198 = distinct !DILocation(line: 255, column: 43, scope: !2146, inlinedAt: !2196)
!2199 = !DILocation(line: 0, scope: !2164, inlinedAt: !2200)
!2200 = distinct !DILocation(line: 255, column: 68, scope: !2146, inlinedAt: !2196)
!2201 = !DILocation(line: 0, scope: !2174, inlinedAt: !2202)
!2202 = distinct !DILocation(line: 125, column: 30, scope: !2164, inlinedAt: !2200)
!2203 = !DILocation(line: 429, column: 14, scope: !2157, inlinedAt: !2198)
!2204 = !DILocation(line: 0, scope: !2140, inlinedAt: !2193)
!2205 = !DILocation(line: 1920, column: 16, scope: !2140, inlinedAt: !2193)
!2206 = !DILocation(line: 568, column: 14, scope: !2174, inlinedAt: !2202)
!2207 = !DILocation(line: 0, scope: !1614, inlinedAt: !2208)
!2208 = distinct !DILocation(line: 1921, column: 24, scope: !2140, inlinedAt: !2193)
!2209 = !DILocation(line: 0, scope: !1626, inlinedAt: !2210)
!2210 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2208)
!2211 = !DILocation(line: 0, scope: !1634, inlinedAt: !2212)
!2212 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2210)
!2213 = !DILocation(line: 0, scope: !1643, inlinedAt: !2214)
!2214 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2212)
!2215 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2214)
!2216 = !DILocation(line: 1920, column: 13, scope: !2140, inlinedAt: !2193)
!2217 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr177drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h51c422bba3232a10E", scope: !68, file: !1140, line: 805, type: !2218, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2223, retainedNodes: !2221)
!2218 = !DISubroutineType(types: !2219)
!2219 = !{null, !2220}
!2220 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !198, size: 64, align: 64, dwarfAddressSpace: 0)
!2221 = !{!2222}
!2222 = !DILocalVariable(arg: 1, scope: !2217, file: !1140, line: 805, type: !2220)
!2223 = !{!2224}
!2224 = !DITemplateTypeParameter(name: "T", type: !198)
!2225 = !DILocation(line: 0, scope: !2217)
!2226 = !DILocation(line: 805, column: 1, scope: !2217)
!2227 = !DILocalVariable(name: "self", arg: 1, scope: !2228, file: !2229, line: 4219, type: !2233)
!2228 = distinct !DISubprogram(name: "drop<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hb05e9a6268133063E", scope: !2230, file: !2229, line: 4219, type: !2231, scopeLine: 4219, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !241, retainedNodes: !2234)
!2229 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!2230 = !DINamespace(name: "{impl#26}", scope: !199)
!2231 = !DISubroutineType(types: !2232)
!2232 = !{null, !2233}
!2233 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::vec::Vec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !198, size: 64, align: 64, dwarfAddressSpace: 0)
!2234 = !{!2227}
!2235 = !DILocation(line: 0, scope: !2228, inlinedAt: !2236)
!2236 = distinct !DILocation(line: 805, column: 1, scope: !2217)
!2237 = !{!2238}
!2238 = distinct !{!2238, !2239, !"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h1700e8f64bf33b3bE: %_1.0"}
!2239 = distinct !{!2239, !"_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h1700e8f64bf33b3bE"}
!2240 = !DILocation(line: 4224, column: 13, scope: !2228, inlinedAt: !2236)
!2241 = !DILocalVariable(arg: 1, scope: !2242, file: !1140, line: 805, type: !2245)
!2242 = distinct !DISubprogram(name: "drop_in_place<[alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>]>", linkageName: "_ZN4core3ptr164drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$u5d$$GT$17h1700e8f64bf33b3bE", scope: !68, file: !1140, line: 805, type: !2243, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !229, retainedNodes: !2250)
!2243 = !DISubroutineType(types: !2244)
!2244 = !{null, !2245}
!2245 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut [alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>]", file: !2, size: 128, align: 64, elements: !2246, templateParams: !23, identifier: "fe849fee27c5fbbee2daac71f111f835")
!2246 = !{!2247, !2249}
!2247 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !2245, file: !2, baseType: !2248, size: 64, align: 64)
!2248 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !231, size: 64, align: 64, dwarfAddressSpace: 0)
!2249 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !2245, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!2250 = !{!2241}
!2251 = !DILocation(line: 0, scope: !2242, inlinedAt: !2252)
!2252 = distinct !DILocation(line: 4224, column: 13, scope: !2228, inlinedAt: !2236)
!2253 = !DILocation(line: 805, column: 1, scope: !2242, inlinedAt: !2252)
!2254 = !DILocation(line: 0, scope: !2109, inlinedAt: !2255)
!2255 = distinct !DILocation(line: 805, column: 1, scope: !2242, inlinedAt: !2252)
!2256 = !DILocation(line: 805, column: 1, scope: !2109, inlinedAt: !2255)
!2257 = !DILocation(line: 0, scope: !2118, inlinedAt: !2258)
!2258 = distinct !DILocation(line: 805, column: 1, scope: !2109, inlinedAt: !2255)
!2259 = !DILocation(line: 0, scope: !2124, inlinedAt: !2258)
!2260 = !DILocation(line: 0, scope: !2146, inlinedAt: !2261)
!2261 = distinct !DILocation(line: 1919, column: 26, scope: !2124, inlinedAt: !2258)
!2262 = !DILocation(line: 0, scope: !2157, inlinedAt: !2263)
!2263 = distinct !DILocation(line: 255, column: 43, scope: !2146, inlinedAt: !2261)
!2264 = !DILocation(line: 0, scope: !2164, inlinedAt: !2265)
!2265 = distinct !DILocation(line: 255, column: 68, scope: !2146, inlinedAt: !2261)
!2266 = !DILocation(line: 0, scope: !2174, inlinedAt: !2267)
!2267 = distinct !DILocation(line: 125, column: 30, scope: !2164, inlinedAt: !2265)
!2268 = !DILocation(line: 429, column: 14, scope: !2157, inlinedAt: !2263)
!2269 = !DILocation(line: 0, scope: !2140, inlinedAt: !2258)
!2270 = !DILocation(line: 1920, column: 16, scope: !2140, inlinedAt: !2258)
!2271 = !DILocation(line: 568, column: 14, scope: !2174, inlinedAt: !2267)
!2272 = !DILocation(line: 0, scope: !1614, inlinedAt: !2273)
!2273 = distinct !DILocation(line: 1921, column: 24, scope: !2140, inlinedAt: !2258)
!2274 = !DILocation(line: 0, scope: !1626, inlinedAt: !2275)
!2275 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2273)
!2276 = !DILocation(line: 0, scope: !1634, inlinedAt: !2277)
!2277 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2275)
!2278 = !DILocation(line: 0, scope: !1643, inlinedAt: !2279)
!2279 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2277)
!2280 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2279)
!2281 = !DILocation(line: 1920, column: 13, scope: !2140, inlinedAt: !2258)
!2282 = !DILocation(line: 0, scope: !2118, inlinedAt: !2283)
!2283 = distinct !DILocation(line: 805, column: 1, scope: !2109, inlinedAt: !2255)
!2284 = !DILocation(line: 0, scope: !2124, inlinedAt: !2283)
!2285 = !DILocation(line: 0, scope: !2146, inlinedAt: !2286)
!2286 = distinct !DILocation(line: 1919, column: 26, scope: !2124, inlinedAt: !2283)
!2287 = !DILocation(line: 0, scope: !2157, inlinedAt: !2288)
!2288 = distinct !DILocation(line: 255, column: 43, scope: !2146, inlinedAt: !2286)
!2289 = !DILocation(line: 0, scope: !2164, inlinedAt: !2290)
!2290 = distinct !DILocation(line: 255, column: 68, scope: !2146, inlinedAt: !2286)
!2291 = !DILocation(line: 0, scope: !2174, inlinedAt: !2292)
!2292 = distinct !DILocation(line: 125, column: 30, scope: !2164, inlinedAt: !2290)
!2293 = !DILocation(line: 429, column: 14, scope: !2157, inlinedAt: !2288)
!2294 = !DILocation(line: 0, scope: !2140, inlinedAt: !2283)
!2295 = !DILocation(line: 1920, column: 16, scope: !2140, inlinedAt: !2283)
!2296 = !DILocation(line: 568, column: 14, scope: !2174, inlinedAt: !2292)
!2297 = !DILocation(line: 0, scope: !1614, inlinedAt: !2298)
!2298 = distinct !DILocation(line: 1921, column: 24, scope: !2140, inlinedAt: !2283)
!2299 = !DILocation(line: 0, scope: !1626, inlinedAt: !2300)
!2300 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2298)
!2301 = !DILocation(line: 0, scope: !1634, inlinedAt: !2302)
!2302 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2300)
!2303 = !DILocation(line: 0, scope: !1643, inlinedAt: !2304)
!2304 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2302)
!2305 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2304)
!2306 = !DILocation(line: 1920, column: 13, scope: !2140, inlinedAt: !2283)
!2307 = !DILocalVariable(arg: 1, scope: !2308, file: !1140, line: 805, type: !2311)
!2308 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr184drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$u2b$Output$u20$$u3d$$u20$$LP$$RP$$u2b$core..marker..Send$GT$$GT$$GT$17h462636320ac6f38dE", scope: !68, file: !1140, line: 805, type: !2309, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2313, retainedNodes: !2312)
!2309 = !DISubroutineType(types: !2310)
!2310 = !{null, !2311}
!2311 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !202, size: 64, align: 64, dwarfAddressSpace: 0)
!2312 = !{!2307}
!2313 = !{!2314}
!2314 = !DITemplateTypeParameter(name: "T", type: !202)
!2315 = !DILocation(line: 0, scope: !2308, inlinedAt: !2316)
!2316 = distinct !DILocation(line: 805, column: 1, scope: !2217)
!2317 = !DILocalVariable(name: "self", arg: 1, scope: !2318, file: !2319, line: 421, type: !2323)
!2318 = distinct !DISubprogram(name: "drop<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h18ee70e4002c8e4dE", scope: !2320, file: !2319, line: 421, type: !2321, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !241, retainedNodes: !2324)
!2319 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!2320 = !DINamespace(name: "{impl#3}", scope: !203)
!2321 = !DISubroutineType(types: !2322)
!2322 = !{null, !2323}
!2323 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<alloc::boxed::Box<(dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send), alloc::alloc::Global>, alloc::alloc::Global>", baseType: !202, size: 64, align: 64, dwarfAddressSpace: 0)
!2324 = !{!2317}
!2325 = !DILocation(line: 0, scope: !2318, inlinedAt: !2326)
!2326 = distinct !DILocation(line: 805, column: 1, scope: !2308, inlinedAt: !2316)
!2327 = !DILocalVariable(name: "self", arg: 1, scope: !2328, file: !2319, line: 870, type: !2331)
!2328 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3b35f4fb6161bdc9E", scope: !206, file: !2319, line: 870, type: !2329, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !226, declaration: !2332, retainedNodes: !2333)
!2329 = !DISubroutineType(types: !2330)
!2330 = !{null, !2331, !1559}
!2331 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !206, size: 64, align: 64, dwarfAddressSpace: 0)
!2332 = !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h3b35f4fb6161bdc9E", scope: !206, file: !2319, line: 870, type: !2329, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !226)
!2333 = !{!2327, !2334, !2335, !2337}
!2334 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !2328, file: !2319, line: 870, type: !1559)
!2335 = !DILocalVariable(name: "ptr", scope: !2336, file: !2319, line: 872, type: !213, align: 64)
!2336 = distinct !DILexicalBlock(scope: !2328, file: !2319, line: 872, column: 82)
!2337 = !DILocalVariable(name: "layout", scope: !2336, file: !2319, line: 872, type: !1559, align: 64)
!2338 = !DILocation(line: 0, scope: !2328, inlinedAt: !2339)
!2339 = distinct !DILocation(line: 423, column: 29, scope: !2318, inlinedAt: !2326)
!2340 = !DILocalVariable(name: "self", arg: 1, scope: !2341, file: !2319, line: 631, type: !2361)
!2341 = distinct !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd3b1a7e92913a89dE", scope: !206, file: !2319, line: 631, type: !2342, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !226, declaration: !2362, retainedNodes: !2363)
!2342 = !DISubroutineType(types: !2343)
!2343 = !{!2344, !2361, !1559}
!2344 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)>", scope: !149, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !2345, templateParams: !23, identifier: "ee7541504661f874c2915c0073b72bc1")
!2345 = !{!2346}
!2346 = !DICompositeType(tag: DW_TAG_variant_part, scope: !2344, file: !2, size: 192, align: 64, elements: !2347, templateParams: !23, identifier: "6bc21688c309cf3b1c2f684d384a593e", discriminator: !2360)
!2347 = !{!2348, !2356}
!2348 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !2346, file: !2, baseType: !2349, size: 192, align: 64, extraData: i64 0)
!2349 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !2344, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !2350, identifier: "9f716f1b8d4e611e4821e2e1a8274497")
!2350 = !{!2351}
!2351 = !DITemplateTypeParameter(name: "T", type: !2352)
!2352 = !DICompositeType(tag: DW_TAG_structure_type, name: "(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)", file: !2, size: 192, align: 64, elements: !2353, templateParams: !23, identifier: "9addff87e8e60bcd1d6fc027e7ae79a6")
!2353 = !{!2354, !2355}
!2354 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2352, file: !2, baseType: !213, size: 64, align: 64)
!2355 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !2352, file: !2, baseType: !1559, size: 128, align: 64, offset: 64)
!2356 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !2346, file: !2, baseType: !2357, size: 192, align: 64)
!2357 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !2344, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !2358, templateParams: !2350, identifier: "16f684b7aa3449289eb3efb4d54b2d14")
!2358 = !{!2359}
!2359 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !2357, file: !2, baseType: !2352, size: 192, align: 64, flags: DIFlagPublic)
!2360 = !DIDerivedType(tag: DW_TAG_member, scope: !2344, file: !2, baseType: !196, size: 64, align: 64, offset: 64, flags: DIFlagArtificial)
!2361 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !206, size: 64, align: 64, dwarfAddressSpace: 0)
!2362 = !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd3b1a7e92913a89dE", scope: !206, file: !2319, line: 631, type: !2342, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !226)
!2363 = !{!2340, !2364, !2365, !2367}
!2364 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !2341, file: !2319, line: 631, type: !1559)
!2365 = !DILocalVariable(name: "alloc_size", scope: !2366, file: !2319, line: 640, type: !9, align: 64)
!2366 = distinct !DILexicalBlock(scope: !2341, file: !2319, line: 640, column: 17)
!2367 = !DILocalVariable(name: "layout", scope: !2368, file: !2319, line: 641, type: !1559, align: 64)
!2368 = distinct !DILexicalBlock(scope: !2366, file: !2319, line: 641, column: 17)
!2369 = !DILocation(line: 0, scope: !2341, inlinedAt: !2370)
!2370 = distinct !DILocation(line: 872, column: 52, scope: !2336, inlinedAt: !2339)
!2371 = !DILocalVariable(name: "self", arg: 1, scope: !2372, file: !2373, line: 1220, type: !9)
!2372 = distinct !DISubprogram(name: "unchecked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_mul", scope: !2374, file: !2373, line: 1220, type: !2375, scopeLine: 1220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !2377)
!2373 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!2374 = !DINamespace(name: "{impl#11}", scope: !222)
!2375 = !DISubroutineType(types: !2376)
!2376 = !{!9, !9, !9, !763}
!2377 = !{!2371, !2378}
!2378 = !DILocalVariable(name: "rhs", arg: 2, scope: !2372, file: !2373, line: 1220, type: !9)
!2379 = !DILocation(line: 0, scope: !2372, inlinedAt: !2380)
!2380 = distinct !DILocation(line: 640, column: 53, scope: !2341, inlinedAt: !2370)
!2381 = !DILocation(line: 632, column: 39, scope: !2341, inlinedAt: !2370)
!2382 = !DILocation(line: 1232, column: 17, scope: !2372, inlinedAt: !2380)
!2383 = !DILocation(line: 0, scope: !2336, inlinedAt: !2339)
!2384 = !DILocation(line: 0, scope: !1614, inlinedAt: !2385)
!2385 = distinct !DILocation(line: 874, column: 28, scope: !2336, inlinedAt: !2339)
!2386 = !DILocation(line: 0, scope: !1626, inlinedAt: !2387)
!2387 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2385)
!2388 = !DILocation(line: 0, scope: !1634, inlinedAt: !2389)
!2389 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2387)
!2390 = !DILocation(line: 0, scope: !1643, inlinedAt: !2391)
!2391 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2389)
!2392 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2391)
!2393 = !DILocation(line: 200, column: 9, scope: !1634, inlinedAt: !2389)
!2394 = !DILocation(line: 0, scope: !2308, inlinedAt: !2395)
!2395 = distinct !DILocation(line: 805, column: 1, scope: !2217)
!2396 = !DILocation(line: 0, scope: !2318, inlinedAt: !2397)
!2397 = distinct !DILocation(line: 805, column: 1, scope: !2308, inlinedAt: !2395)
!2398 = !DILocation(line: 0, scope: !2328, inlinedAt: !2399)
!2399 = distinct !DILocation(line: 423, column: 29, scope: !2318, inlinedAt: !2397)
!2400 = !DILocation(line: 0, scope: !2341, inlinedAt: !2401)
!2401 = distinct !DILocation(line: 872, column: 52, scope: !2336, inlinedAt: !2399)
!2402 = !DILocation(line: 0, scope: !2372, inlinedAt: !2403)
!2403 = distinct !DILocation(line: 640, column: 53, scope: !2341, inlinedAt: !2401)
!2404 = !DILocation(line: 632, column: 39, scope: !2341, inlinedAt: !2401)
!2405 = !DILocation(line: 1232, column: 17, scope: !2372, inlinedAt: !2403)
!2406 = !DILocation(line: 0, scope: !2336, inlinedAt: !2399)
!2407 = !DILocation(line: 0, scope: !1614, inlinedAt: !2408)
!2408 = distinct !DILocation(line: 874, column: 28, scope: !2336, inlinedAt: !2399)
!2409 = !DILocation(line: 0, scope: !1626, inlinedAt: !2410)
!2410 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2408)
!2411 = !DILocation(line: 0, scope: !1634, inlinedAt: !2412)
!2412 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2410)
!2413 = !DILocation(line: 0, scope: !1643, inlinedAt: !2414)
!2414 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2412)
!2415 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2414)
!2416 = !DILocation(line: 200, column: 9, scope: !1634, inlinedAt: !2412)
!2417 = distinct !DISubprogram(name: "drop_in_place<core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>>", linkageName: "_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE", scope: !68, file: !1140, line: 805, type: !2418, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2423, retainedNodes: !2421)
!2418 = !DISubroutineType(types: !2419)
!2419 = !{null, !2420}
!2420 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !382, size: 64, align: 64, dwarfAddressSpace: 0)
!2421 = !{!2422}
!2422 = !DILocalVariable(arg: 1, scope: !2417, file: !1140, line: 805, type: !2420)
!2423 = !{!2424}
!2424 = !DITemplateTypeParameter(name: "T", type: !382)
!2425 = !DILocation(line: 0, scope: !2417)
!2426 = !{!2427}
!2427 = distinct !{!2427, !2428, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E: %_1"}
!2428 = distinct !{!2428, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"}
!2429 = !DILocation(line: 805, column: 1, scope: !2417)
!2430 = !DILocation(line: 0, scope: !1502, inlinedAt: !2431)
!2431 = distinct !DILocation(line: 805, column: 1, scope: !2417)
!2432 = !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !2431)
!2433 = !DILocation(line: 0, scope: !1512, inlinedAt: !2434)
!2434 = distinct !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !2431)
!2435 = !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !2434)
!2436 = !DILocation(line: 0, scope: !1521, inlinedAt: !2437)
!2437 = distinct !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !2434)
!2438 = !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !2437)
!2439 = !{!2440, !2427}
!2440 = distinct !{!2440, !2441, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E: %_1"}
!2441 = distinct !{!2441, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"}
!2442 = !DILocation(line: 0, scope: !1533, inlinedAt: !2443)
!2443 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !2437)
!2444 = !DILocation(line: 0, scope: !1542, inlinedAt: !2443)
!2445 = !DILocation(line: 0, scope: !1573, inlinedAt: !2446)
!2446 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !2443)
!2447 = !DILocation(line: 0, scope: !1585, inlinedAt: !2448)
!2448 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !2446)
!2449 = !DILocation(line: 0, scope: !1592, inlinedAt: !2450)
!2450 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !2446)
!2451 = !DILocation(line: 0, scope: !1603, inlinedAt: !2452)
!2452 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !2450)
!2453 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !2448)
!2454 = !DILocation(line: 0, scope: !1558, inlinedAt: !2443)
!2455 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !2443)
!2456 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !2452)
!2457 = !DILocation(line: 0, scope: !1614, inlinedAt: !2458)
!2458 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !2443)
!2459 = !DILocation(line: 0, scope: !1626, inlinedAt: !2460)
!2460 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2458)
!2461 = !DILocation(line: 0, scope: !1634, inlinedAt: !2462)
!2462 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2460)
!2463 = !DILocation(line: 0, scope: !1643, inlinedAt: !2464)
!2464 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2462)
!2465 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2464)
!2466 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !2443)
!2467 = !DILocation(line: 0, scope: !1533, inlinedAt: !2468)
!2468 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !2437)
!2469 = !DILocation(line: 0, scope: !1542, inlinedAt: !2468)
!2470 = !DILocation(line: 0, scope: !1573, inlinedAt: !2471)
!2471 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !2468)
!2472 = !DILocation(line: 0, scope: !1585, inlinedAt: !2473)
!2473 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !2471)
!2474 = !DILocation(line: 0, scope: !1592, inlinedAt: !2475)
!2475 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !2471)
!2476 = !DILocation(line: 0, scope: !1603, inlinedAt: !2477)
!2477 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !2475)
!2478 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !2473)
!2479 = !DILocation(line: 0, scope: !1558, inlinedAt: !2468)
!2480 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !2468)
!2481 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !2477)
!2482 = !DILocation(line: 0, scope: !1614, inlinedAt: !2483)
!2483 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !2468)
!2484 = !DILocation(line: 0, scope: !1626, inlinedAt: !2485)
!2485 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2483)
!2486 = !DILocation(line: 0, scope: !1634, inlinedAt: !2487)
!2487 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2485)
!2488 = !DILocation(line: 0, scope: !1643, inlinedAt: !2489)
!2489 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2487)
!2490 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2489)
!2491 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !2468)
!2492 = distinct !DISubprogram(name: "drop_in_place<std::io::error::Error>", linkageName: "_ZN4core3ptr42drop_in_place$LT$std..io..error..Error$GT$17hdbb4cd003000bd78E", scope: !68, file: !1140, line: 805, type: !2493, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2498, retainedNodes: !2496)
!2493 = !DISubroutineType(types: !2494)
!2494 = !{null, !2495}
!2495 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::Error", baseType: !458, size: 64, align: 64, dwarfAddressSpace: 0)
!2496 = !{!2497}
!2497 = !DILocalVariable(arg: 1, scope: !2492, file: !1140, line: 805, type: !2495)
!2498 = !{!2499}
!2499 = !DITemplateTypeParameter(name: "T", type: !458)
!2500 = !DILocation(line: 0, scope: !2492)
!2501 = !DILocation(line: 805, column: 1, scope: !2492)
!2502 = !DILocalVariable(arg: 1, scope: !2503, file: !1140, line: 805, type: !2506)
!2503 = distinct !DISubprogram(name: "drop_in_place<std::io::error::repr_bitpacked::Repr>", linkageName: "_ZN4core3ptr57drop_in_place$LT$std..io..error..repr_bitpacked..Repr$GT$17he023c9720364eeceE", scope: !68, file: !1140, line: 805, type: !2504, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2508, retainedNodes: !2507)
!2504 = !DISubroutineType(types: !2505)
!2505 = !{null, !2506}
!2506 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::repr_bitpacked::Repr", baseType: !463, size: 64, align: 64, dwarfAddressSpace: 0)
!2507 = !{!2502}
!2508 = !{!2509}
!2509 = !DITemplateTypeParameter(name: "T", type: !463)
!2510 = !DILocation(line: 0, scope: !2503, inlinedAt: !2511)
!2511 = distinct !DILocation(line: 805, column: 1, scope: !2492)
!2512 = !DILocalVariable(name: "self", arg: 1, scope: !2513, file: !851, line: 230, type: !2517)
!2513 = distinct !DISubprogram(name: "drop", linkageName: "_RNvXs1_NtNtNtCsjrHSEGnQ3l9_3std2io5error14repr_bitpackedNtB5_4ReprNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop", scope: !2514, file: !851, line: 230, type: !2515, scopeLine: 230, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !2518)
!2514 = !DINamespace(name: "{impl#3}", scope: !464)
!2515 = !DISubroutineType(types: !2516)
!2516 = !{null, !2517}
!2517 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::io::error::repr_bitpacked::Repr", baseType: !463, size: 64, align: 64, dwarfAddressSpace: 0)
!2518 = !{!2512}
!2519 = !DILocation(line: 0, scope: !2513, inlinedAt: !2520)
!2520 = distinct !DILocation(line: 805, column: 1, scope: !2503, inlinedAt: !2511)
!2521 = !DILocalVariable(name: "ptr", arg: 1, scope: !2522, file: !851, line: 244, type: !467)
!2522 = distinct !DISubprogram(name: "decode_repr<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>", linkageName: "_ZN3std2io5error14repr_bitpacked11decode_repr17hb298d1a275b3d40cE", scope: !464, file: !851, line: 244, type: !2523, scopeLine: 244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2539, retainedNodes: !2527)
!2523 = !DISubroutineType(types: !2524)
!2524 = !{!474, !467, !2525}
!2525 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}", scope: !2526, file: !2, align: 8, elements: !23, identifier: "314169df718c082536f851d87fa6c097")
!2526 = !DINamespace(name: "drop", scope: !2514)
!2527 = !{!2521, !2528, !2529, !2531, !2533, !2535, !2537}
!2528 = !DILocalVariable(name: "make_custom", arg: 2, scope: !2522, file: !851, line: 244, type: !2525)
!2529 = !DILocalVariable(name: "bits", scope: !2530, file: !851, line: 248, type: !9, align: 64)
!2530 = distinct !DILexicalBlock(scope: !2522, file: !851, line: 248, column: 5)
!2531 = !DILocalVariable(name: "code", scope: !2532, file: !851, line: 251, type: !482, align: 32)
!2532 = distinct !DILexicalBlock(scope: !2530, file: !851, line: 251, column: 13)
!2533 = !DILocalVariable(name: "kind_bits", scope: !2534, file: !851, line: 255, type: !107, align: 32)
!2534 = distinct !DILexicalBlock(scope: !2530, file: !851, line: 255, column: 13)
!2535 = !DILocalVariable(name: "kind", scope: !2536, file: !851, line: 256, type: !489, align: 8)
!2536 = distinct !DILexicalBlock(scope: !2534, file: !851, line: 256, column: 13)
!2537 = !DILocalVariable(name: "custom", scope: !2538, file: !851, line: 276, type: !901, align: 64)
!2538 = distinct !DILexicalBlock(scope: !2530, file: !851, line: 276, column: 13)
!2539 = !{!484, !2540}
!2540 = !DITemplateTypeParameter(name: "F", type: !2525)
!2541 = !DILocation(line: 0, scope: !2522, inlinedAt: !2542)
!2542 = distinct !DILocation(line: 234, column: 21, scope: !2513, inlinedAt: !2520)
!2543 = !DILocation(line: 244, column: 47, scope: !2522, inlinedAt: !2542)
!2544 = !DILocalVariable(name: "count", scope: !2545, file: !909, line: 1244, type: !9, align: 64)
!2545 = distinct !DISubprogram(name: "wrapping_byte_sub<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$17wrapping_byte_sub17haf8ef1d16e90d9a3E", scope: !910, file: !909, line: 1244, type: !912, scopeLine: 1244, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !2546)
!2546 = !{!2547, !2544}
!2547 = !DILocalVariable(name: "self", arg: 1, scope: !2545, file: !909, line: 1244, type: !914)
!2548 = !DILocation(line: 0, scope: !2545, inlinedAt: !2549)
!2549 = distinct !DILocation(line: 276, column: 39, scope: !2530, inlinedAt: !2542)
!2550 = !DILocalVariable(name: "count", scope: !2551, file: !909, line: 1224, type: !9, align: 64)
!2551 = distinct !DISubprogram(name: "wrapping_sub<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$12wrapping_sub17hc4971361d9e6a3c7E", scope: !910, file: !909, line: 1224, type: !921, scopeLine: 1224, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !2552)
!2552 = !{!2553, !2550}
!2553 = !DILocalVariable(name: "self", arg: 1, scope: !2551, file: !909, line: 1224, type: !923)
!2554 = !DILocation(line: 0, scope: !2551, inlinedAt: !2555)
!2555 = distinct !DILocation(line: 1245, column: 27, scope: !2545, inlinedAt: !2549)
!2556 = !DILocalVariable(name: "count", scope: !2557, file: !909, line: 465, type: !932, align: 64)
!2557 = distinct !DISubprogram(name: "wrapping_offset<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$15wrapping_offset17ha6afc338eaf76d67E", scope: !910, file: !909, line: 465, type: !930, scopeLine: 465, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !2558)
!2558 = !{!2559, !2556}
!2559 = !DILocalVariable(name: "self", arg: 1, scope: !2557, file: !909, line: 465, type: !923)
!2560 = !DILocation(line: 0, scope: !2557, inlinedAt: !2561)
!2561 = distinct !DILocation(line: 1228, column: 14, scope: !2551, inlinedAt: !2555)
!2562 = !DILocalVariable(name: "self", arg: 1, scope: !2563, file: !909, line: 144, type: !914)
!2563 = distinct !DISubprogram(name: "addr<()>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$4addr17h07cde67dba185205E", scope: !910, file: !909, line: 144, type: !2564, scopeLine: 144, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !2566)
!2564 = !DISubroutineType(types: !2565)
!2565 = !{!9, !914}
!2566 = !{!2562}
!2567 = !DILocation(line: 0, scope: !2563, inlinedAt: !2568)
!2568 = distinct !DILocation(line: 248, column: 29, scope: !2522, inlinedAt: !2542)
!2569 = !DILocation(line: 150, column: 18, scope: !2563, inlinedAt: !2568)
!2570 = !DILocation(line: 0, scope: !2530, inlinedAt: !2542)
!2571 = !DILocation(line: 249, column: 11, scope: !2530, inlinedAt: !2542)
!2572 = !DILocation(line: 249, column: 5, scope: !2530, inlinedAt: !2542)
!2573 = !DILocation(line: 0, scope: !2534, inlinedAt: !2542)
!2574 = !DILocalVariable(name: "self", arg: 1, scope: !2575, file: !971, line: 1061, type: !972)
!2575 = distinct !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h2044b96290904255E", scope: !972, file: !971, line: 1061, type: !2576, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2582, declaration: !2581, retainedNodes: !2584)
!2576 = !DISubroutineType(types: !2577)
!2577 = !{!489, !972, !2578, !763}
!2578 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>", scope: !988, file: !2, size: 64, align: 64, elements: !2579, templateParams: !23, identifier: "d60917ee853a876041acadc572b8e29b")
!2579 = !{!2580}
!2580 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__bits", scope: !2578, file: !2, baseType: !991, size: 64, align: 64)
!2581 = !DISubprogram(name: "unwrap_or_else<std::io::error::ErrorKind, std::io::error::repr_bitpacked::decode_repr::{closure_env#0}<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>, std::io::error::repr_bitpacked::{impl#3}::drop::{closure_env#0}>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h2044b96290904255E", scope: !972, file: !971, line: 1061, type: !2576, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2582)
!2582 = !{!979, !2583}
!2583 = !DITemplateTypeParameter(name: "F", type: !2578)
!2584 = !{!2574, !2585, !2586}
!2585 = !DILocalVariable(name: "f", scope: !2575, file: !971, line: 1061, type: !2578, align: 64)
!2586 = !DILocalVariable(name: "x", scope: !2587, file: !971, line: 1066, type: !489, align: 8)
!2587 = distinct !DILexicalBlock(scope: !2575, file: !971, line: 1066, column: 13)
!2588 = !DILocation(line: 0, scope: !2575, inlinedAt: !2589)
!2589 = distinct !DILocation(line: 256, column: 50, scope: !2534, inlinedAt: !2542)
!2590 = !DILocation(line: 1061, column: 42, scope: !2575, inlinedAt: !2589)
!2591 = !DILocation(line: 1065, column: 15, scope: !2575, inlinedAt: !2589)
!2592 = !DILocation(line: 1065, column: 9, scope: !2575, inlinedAt: !2589)
!2593 = !DILocation(line: 267, column: 9, scope: !2530, inlinedAt: !2542)
!2594 = !DILocation(line: 470, column: 18, scope: !2557, inlinedAt: !2561)
!2595 = !DILocalVariable(arg: 1, scope: !2596, file: !1140, line: 805, type: !2599)
!2596 = distinct !DISubprogram(name: "drop_in_place<std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr101drop_in_place$LT$std..io..error..ErrorData$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$$GT$17h9cb952adbf44fefeE", scope: !68, file: !1140, line: 805, type: !2597, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !472, retainedNodes: !2600)
!2597 = !DISubroutineType(types: !2598)
!2598 = !{null, !2599}
!2599 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::io::error::ErrorData<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", baseType: !474, size: 64, align: 64, dwarfAddressSpace: 0)
!2600 = !{!2595}
!2601 = !DILocation(line: 0, scope: !2596, inlinedAt: !2602)
!2602 = distinct !DILocation(line: 234, column: 72, scope: !2513, inlinedAt: !2520)
!2603 = !DILocalVariable(arg: 1, scope: !2604, file: !1140, line: 805, type: !2607)
!2604 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr68drop_in_place$LT$alloc..boxed..Box$LT$std..io..error..Custom$GT$$GT$17hd530b3a7f4fbdd64E", scope: !68, file: !1140, line: 805, type: !2605, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2609, retainedNodes: !2608)
!2605 = !DISubroutineType(types: !2606)
!2606 = !{null, !2607}
!2607 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !485, size: 64, align: 64, dwarfAddressSpace: 0)
!2608 = !{!2603}
!2609 = !{!2610}
!2610 = !DITemplateTypeParameter(name: "T", type: !485)
!2611 = !DILocation(line: 0, scope: !2604, inlinedAt: !2612)
!2612 = distinct !DILocation(line: 805, column: 1, scope: !2596, inlinedAt: !2602)
!2613 = !DILocation(line: 805, column: 1, scope: !2604, inlinedAt: !2612)
!2614 = !DILocalVariable(arg: 1, scope: !2615, file: !1140, line: 805, type: !901)
!2615 = distinct !DISubprogram(name: "drop_in_place<std::io::error::Custom>", linkageName: "_ZN4core3ptr43drop_in_place$LT$std..io..error..Custom$GT$17h1c15e7fce4edfb37E", scope: !68, file: !1140, line: 805, type: !2616, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2619, retainedNodes: !2618)
!2616 = !DISubroutineType(types: !2617)
!2617 = !{null, !901}
!2618 = !{!2614}
!2619 = !{!2620}
!2620 = !DITemplateTypeParameter(name: "T", type: !486)
!2621 = !DILocation(line: 0, scope: !2615, inlinedAt: !2622)
!2622 = distinct !DILocation(line: 805, column: 1, scope: !2604, inlinedAt: !2612)
!2623 = !DILocalVariable(arg: 1, scope: !2624, file: !1140, line: 805, type: !2627)
!2624 = distinct !DISubprogram(name: "drop_in_place<alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>>", linkageName: "_ZN4core3ptr118drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..error..Error$u2b$core..marker..Sync$u2b$core..marker..Send$GT$$GT$17hd14b3412382c01fdE", scope: !68, file: !1140, line: 805, type: !2625, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2629, retainedNodes: !2628)
!2625 = !DISubroutineType(types: !2626)
!2626 = !{null, !2627}
!2627 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", baseType: !534, size: 64, align: 64, dwarfAddressSpace: 0)
!2628 = !{!2623}
!2629 = !{!2630}
!2630 = !DITemplateTypeParameter(name: "T", type: !534)
!2631 = !DILocation(line: 0, scope: !2624, inlinedAt: !2632)
!2632 = distinct !DILocation(line: 805, column: 1, scope: !2615, inlinedAt: !2622)
!2633 = !DILocation(line: 805, column: 1, scope: !2624, inlinedAt: !2632)
!2634 = !DILocalVariable(name: "self", arg: 1, scope: !2635, file: !1534, line: 1913, type: !2638)
!2635 = distinct !DISubprogram(name: "drop<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h73a715bac515a173E", scope: !1535, file: !1534, line: 1913, type: !2636, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2658, retainedNodes: !2639)
!2636 = !DISubroutineType(types: !2637)
!2637 = !{null, !2638}
!2638 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<(dyn core::error::Error + core::marker::Send + core::marker::Sync), alloc::alloc::Global>", baseType: !534, size: 64, align: 64, dwarfAddressSpace: 0)
!2639 = !{!2634, !2640, !2640, !2656}
!2640 = !DILocalVariable(name: "ptr", scope: !2641, file: !1534, line: 1916, type: !2642, align: 64)
!2641 = distinct !DILexicalBlock(scope: !2635, file: !1534, line: 1916, column: 9)
!2642 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !210, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2643, templateParams: !2652, identifier: "c75dfb3328e50b02baa35712fc26e5d5")
!2643 = !{!2644, !2654}
!2644 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2642, file: !2, baseType: !2645, size: 128, align: 64, flags: DIFlagPrivate)
!2645 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !2646, templateParams: !2652, identifier: "1702f4861b193fdb272a4e9f7186362a")
!2646 = !{!2647}
!2647 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2645, file: !2, baseType: !2648, size: 128, align: 64, flags: DIFlagPrivate)
!2648 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const (dyn core::error::Error + core::marker::Send + core::marker::Sync)", file: !2, size: 128, align: 64, elements: !2649, templateParams: !23, identifier: "1c7ce11c7517d39a58278ef010046c40")
!2649 = !{!2650, !2651}
!2650 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2648, file: !2, baseType: !537, size: 64, align: 64)
!2651 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !2648, file: !2, baseType: !540, size: 64, align: 64, offset: 64)
!2652 = !{!2653}
!2653 = !DITemplateTypeParameter(name: "T", type: !538)
!2654 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !2642, file: !2, baseType: !2655, align: 8, offset: 128, flags: DIFlagPrivate)
!2655 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !2652, identifier: "f0926be65b7b9355f7fa9e3fa007e214")
!2656 = !DILocalVariable(name: "layout", scope: !2657, file: !1534, line: 1919, type: !1559, align: 64)
!2657 = distinct !DILexicalBlock(scope: !2641, file: !1534, line: 1919, column: 13)
!2658 = !{!2653, !135}
!2659 = !DILocation(line: 0, scope: !2635, inlinedAt: !2660)
!2660 = distinct !DILocation(line: 805, column: 1, scope: !2624, inlinedAt: !2632)
!2661 = !DILocation(line: 0, scope: !2641, inlinedAt: !2660)
!2662 = !DILocalVariable(name: "t", arg: 1, scope: !2663, file: !1574, line: 253, type: !2648)
!2663 = distinct !DISubprogram(name: "for_value_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hdec4c403ad62512dE", scope: !1559, file: !1574, line: 253, type: !2664, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2652, declaration: !2666, retainedNodes: !2667)
!2664 = !DISubroutineType(types: !2665)
!2665 = !{!1559, !2648}
!2666 = !DISubprogram(name: "for_value_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core5alloc6layout6Layout13for_value_raw17hdec4c403ad62512dE", scope: !1559, file: !1574, line: 253, type: !2664, scopeLine: 253, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2652)
!2667 = !{!2662, !2668, !2670}
!2668 = !DILocalVariable(name: "size", scope: !2669, file: !1574, line: 255, type: !9, align: 64)
!2669 = distinct !DILexicalBlock(scope: !2663, file: !1574, line: 255, column: 9)
!2670 = !DILocalVariable(name: "alignment", scope: !2669, file: !1574, line: 255, type: !1565, align: 64)
!2671 = !DILocation(line: 0, scope: !2663, inlinedAt: !2672)
!2672 = distinct !DILocation(line: 1919, column: 26, scope: !2641, inlinedAt: !2660)
!2673 = !DILocalVariable(name: "val", arg: 1, scope: !2674, file: !1380, line: 427, type: !2648)
!2674 = distinct !DISubprogram(name: "size_of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3mem15size_of_val_raw17h3fec5f133c136db2E", scope: !43, file: !1380, line: 427, type: !2675, scopeLine: 427, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2652, retainedNodes: !2677)
!2675 = !DISubroutineType(types: !2676)
!2676 = !{!9, !2648}
!2677 = !{!2673}
!2678 = !DILocation(line: 0, scope: !2674, inlinedAt: !2679)
!2679 = distinct !DILocation(line: 255, column: 43, scope: !2663, inlinedAt: !2672)
!2680 = !DILocalVariable(name: "val", arg: 1, scope: !2681, file: !1593, line: 123, type: !2648)
!2681 = distinct !DISubprogram(name: "of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17he5316ff184fa3511E", scope: !1565, file: !1593, line: 123, type: !2682, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2652, declaration: !2684, retainedNodes: !2685)
!2682 = !DISubroutineType(types: !2683)
!2683 = !{!1565, !2648}
!2684 = !DISubprogram(name: "of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3ptr9alignment9Alignment10of_val_raw17he5316ff184fa3511E", scope: !1565, file: !1593, line: 123, type: !2682, scopeLine: 123, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !2652)
!2685 = !{!2680, !2686}
!2686 = !DILocalVariable(name: "align", scope: !2687, file: !1593, line: 125, type: !9, align: 64)
!2687 = distinct !DILexicalBlock(scope: !2681, file: !1593, line: 125, column: 9)
!2688 = !DILocation(line: 0, scope: !2681, inlinedAt: !2689)
!2689 = distinct !DILocation(line: 255, column: 68, scope: !2663, inlinedAt: !2672)
!2690 = !DILocalVariable(name: "val", arg: 1, scope: !2691, file: !1380, line: 566, type: !2648)
!2691 = distinct !DISubprogram(name: "align_of_val_raw<(dyn core::error::Error + core::marker::Send + core::marker::Sync)>", linkageName: "_ZN4core3mem16align_of_val_raw17h33984e87e23ffdccE", scope: !43, file: !1380, line: 566, type: !2675, scopeLine: 566, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2652, retainedNodes: !2692)
!2692 = !{!2690}
!2693 = !DILocation(line: 0, scope: !2691, inlinedAt: !2694)
!2694 = distinct !DILocation(line: 125, column: 30, scope: !2681, inlinedAt: !2689)
!2695 = !DILocation(line: 429, column: 14, scope: !2674, inlinedAt: !2679)
!2696 = !DILocation(line: 0, scope: !2657, inlinedAt: !2660)
!2697 = !DILocation(line: 1920, column: 16, scope: !2657, inlinedAt: !2660)
!2698 = !DILocation(line: 568, column: 14, scope: !2691, inlinedAt: !2694)
!2699 = !DILocation(line: 0, scope: !1614, inlinedAt: !2700)
!2700 = distinct !DILocation(line: 1921, column: 24, scope: !2657, inlinedAt: !2660)
!2701 = !DILocation(line: 0, scope: !1626, inlinedAt: !2702)
!2702 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2700)
!2703 = !DILocation(line: 0, scope: !1634, inlinedAt: !2704)
!2704 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2702)
!2705 = !DILocation(line: 0, scope: !1643, inlinedAt: !2706)
!2706 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2704)
!2707 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2706)
!2708 = !DILocation(line: 1920, column: 13, scope: !2657, inlinedAt: !2660)
!2709 = !DILocation(line: 0, scope: !2635, inlinedAt: !2710)
!2710 = distinct !DILocation(line: 805, column: 1, scope: !2624, inlinedAt: !2632)
!2711 = !DILocation(line: 0, scope: !2641, inlinedAt: !2710)
!2712 = !DILocation(line: 0, scope: !2663, inlinedAt: !2713)
!2713 = distinct !DILocation(line: 1919, column: 26, scope: !2641, inlinedAt: !2710)
!2714 = !DILocation(line: 0, scope: !2674, inlinedAt: !2715)
!2715 = distinct !DILocation(line: 255, column: 43, scope: !2663, inlinedAt: !2713)
!2716 = !DILocation(line: 0, scope: !2681, inlinedAt: !2717)
!2717 = distinct !DILocation(line: 255, column: 68, scope: !2663, inlinedAt: !2713)
!2718 = !DILocation(line: 0, scope: !2691, inlinedAt: !2719)
!2719 = distinct !DILocation(line: 125, column: 30, scope: !2681, inlinedAt: !2717)
!2720 = !DILocation(line: 429, column: 14, scope: !2674, inlinedAt: !2715)
!2721 = !DILocation(line: 0, scope: !2657, inlinedAt: !2710)
!2722 = !DILocation(line: 1920, column: 16, scope: !2657, inlinedAt: !2710)
!2723 = !DILocation(line: 568, column: 14, scope: !2691, inlinedAt: !2719)
!2724 = !DILocation(line: 0, scope: !1614, inlinedAt: !2725)
!2725 = distinct !DILocation(line: 1921, column: 24, scope: !2657, inlinedAt: !2710)
!2726 = !DILocation(line: 0, scope: !1626, inlinedAt: !2727)
!2727 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2725)
!2728 = !DILocation(line: 0, scope: !1634, inlinedAt: !2729)
!2729 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2727)
!2730 = !DILocation(line: 0, scope: !1643, inlinedAt: !2731)
!2731 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2729)
!2732 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2731)
!2733 = !DILocation(line: 1920, column: 13, scope: !2657, inlinedAt: !2710)
!2734 = !DILocalVariable(name: "self", arg: 1, scope: !2735, file: !1534, line: 1913, type: !2738)
!2735 = distinct !DISubprogram(name: "drop<std::io::error::Custom, alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc98449ad0f0da8f4E", scope: !1535, file: !1534, line: 1913, type: !2736, scopeLine: 1913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2753, retainedNodes: !2739)
!2736 = !DISubroutineType(types: !2737)
!2737 = !{null, !2738}
!2738 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::boxed::Box<std::io::error::Custom, alloc::alloc::Global>", baseType: !485, size: 64, align: 64, dwarfAddressSpace: 0)
!2739 = !{!2734, !2740, !2740, !2751}
!2740 = !DILocalVariable(name: "ptr", scope: !2741, file: !1534, line: 1916, type: !2742, align: 64)
!2741 = distinct !DILexicalBlock(scope: !2735, file: !1534, line: 1916, column: 9)
!2742 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<std::io::error::Custom>", scope: !210, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2743, templateParams: !2619, identifier: "2a6dc4f46575480727e2e2fcd7184dbd")
!2743 = !{!2744, !2749}
!2744 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2742, file: !2, baseType: !2745, size: 64, align: 64, flags: DIFlagPrivate)
!2745 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<std::io::error::Custom>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !2746, templateParams: !2619, identifier: "27b44cab5b1d1849304c6ddb3fb66302")
!2746 = !{!2747}
!2747 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !2745, file: !2, baseType: !2748, size: 64, align: 64, flags: DIFlagPrivate)
!2748 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const std::io::error::Custom", baseType: !486, size: 64, align: 64, dwarfAddressSpace: 0)
!2749 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !2742, file: !2, baseType: !2750, align: 8, offset: 64, flags: DIFlagPrivate)
!2750 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<std::io::error::Custom>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !2619, identifier: "73a1c622db2f419c5739f1d7f60ad822")
!2751 = !DILocalVariable(name: "layout", scope: !2752, file: !1534, line: 1919, type: !1559, align: 64)
!2752 = distinct !DILexicalBlock(scope: !2741, file: !1534, line: 1919, column: 13)
!2753 = !{!2620, !135}
!2754 = !DILocation(line: 0, scope: !2735, inlinedAt: !2755)
!2755 = distinct !DILocation(line: 805, column: 1, scope: !2604, inlinedAt: !2612)
!2756 = !DILocation(line: 0, scope: !2752, inlinedAt: !2755)
!2757 = !DILocation(line: 0, scope: !2741, inlinedAt: !2755)
!2758 = !DILocation(line: 0, scope: !1614, inlinedAt: !2759)
!2759 = distinct !DILocation(line: 1921, column: 24, scope: !2752, inlinedAt: !2755)
!2760 = !DILocation(line: 0, scope: !1626, inlinedAt: !2761)
!2761 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2759)
!2762 = !DILocation(line: 0, scope: !1634, inlinedAt: !2763)
!2763 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2761)
!2764 = !DILocation(line: 0, scope: !1643, inlinedAt: !2765)
!2765 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2763)
!2766 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2765)
!2767 = !DILocation(line: 0, scope: !2735, inlinedAt: !2768)
!2768 = distinct !DILocation(line: 805, column: 1, scope: !2604, inlinedAt: !2612)
!2769 = !DILocation(line: 0, scope: !2752, inlinedAt: !2768)
!2770 = !DILocation(line: 0, scope: !2741, inlinedAt: !2768)
!2771 = !DILocation(line: 0, scope: !1614, inlinedAt: !2772)
!2772 = distinct !DILocation(line: 1921, column: 24, scope: !2752, inlinedAt: !2768)
!2773 = !DILocation(line: 0, scope: !1626, inlinedAt: !2774)
!2774 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2772)
!2775 = !DILocation(line: 0, scope: !1634, inlinedAt: !2776)
!2776 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2774)
!2777 = !DILocation(line: 0, scope: !1643, inlinedAt: !2778)
!2778 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2776)
!2779 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2778)
!2780 = !DILocation(line: 805, column: 1, scope: !2596, inlinedAt: !2602)
!2781 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::ThreadInit>", linkageName: "_ZN4core3ptr55drop_in_place$LT$std..thread..lifecycle..ThreadInit$GT$17h6d4663726614de67E", scope: !68, file: !1140, line: 805, type: !2782, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2791, retainedNodes: !2789)
!2782 = !DISubroutineType(types: !2783)
!2783 = !{null, !2784}
!2784 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::ThreadInit", baseType: !2785, size: 64, align: 64, dwarfAddressSpace: 0)
!2785 = !DICompositeType(tag: DW_TAG_structure_type, name: "ThreadInit", scope: !34, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !2786, templateParams: !23, identifier: "772389f7cf07027866fbdbdfe7ae307a")
!2786 = !{!2787, !2788}
!2787 = !DIDerivedType(tag: DW_TAG_member, name: "handle", scope: !2785, file: !2, baseType: !285, size: 64, align: 64, flags: DIFlagPublic)
!2788 = !DIDerivedType(tag: DW_TAG_member, name: "rust_start", scope: !2785, file: !2, baseType: !231, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!2789 = !{!2790}
!2790 = !DILocalVariable(arg: 1, scope: !2781, file: !1140, line: 805, type: !2784)
!2791 = !{!2792}
!2792 = !DITemplateTypeParameter(name: "T", type: !2785)
!2793 = !DILocation(line: 0, scope: !2781)
!2794 = !{!2795}
!2795 = distinct !{!2795, !2796, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!2796 = distinct !{!2796, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!2797 = !DILocation(line: 805, column: 1, scope: !2781)
!2798 = !DILocalVariable(arg: 1, scope: !2799, file: !1140, line: 805, type: !2802)
!2799 = distinct !DISubprogram(name: "drop_in_place<std::thread::thread::Thread>", linkageName: "_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E", scope: !68, file: !1140, line: 805, type: !2800, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2804, retainedNodes: !2803)
!2800 = !DISubroutineType(types: !2801)
!2801 = !{null, !2802}
!2802 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::thread::Thread", baseType: !285, size: 64, align: 64, dwarfAddressSpace: 0)
!2803 = !{!2798}
!2804 = !{!2805}
!2805 = !DITemplateTypeParameter(name: "T", type: !285)
!2806 = !DILocation(line: 0, scope: !2799, inlinedAt: !2807)
!2807 = distinct !DILocation(line: 805, column: 1, scope: !2781)
!2808 = !{!2809}
!2809 = distinct !{!2809, !2810, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!2810 = distinct !{!2810, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!2811 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !2807)
!2812 = !DILocalVariable(arg: 1, scope: !2813, file: !1140, line: 805, type: !2816)
!2813 = distinct !DISubprogram(name: "drop_in_place<core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>>", linkageName: "_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E", scope: !68, file: !1140, line: 805, type: !2814, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2818, retainedNodes: !2817)
!2814 = !DISubroutineType(types: !2815)
!2815 = !{null, !2816}
!2816 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", baseType: !289, size: 64, align: 64, dwarfAddressSpace: 0)
!2817 = !{!2812}
!2818 = !{!2819}
!2819 = !DITemplateTypeParameter(name: "T", type: !289)
!2820 = !DILocation(line: 0, scope: !2813, inlinedAt: !2821)
!2821 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !2807)
!2822 = !{!2823}
!2823 = distinct !{!2823, !2824, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!2824 = distinct !{!2824, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!2825 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !2821)
!2826 = !DILocalVariable(arg: 1, scope: !2827, file: !1140, line: 805, type: !2830)
!2827 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", linkageName: "_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE", scope: !68, file: !1140, line: 805, type: !2828, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2832, retainedNodes: !2831)
!2828 = !DISubroutineType(types: !2829)
!2829 = !{null, !2830}
!2830 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !293, size: 64, align: 64, dwarfAddressSpace: 0)
!2831 = !{!2826}
!2832 = !{!2833}
!2833 = !DITemplateTypeParameter(name: "T", type: !293)
!2834 = !DILocation(line: 0, scope: !2827, inlinedAt: !2835)
!2835 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !2821)
!2836 = !{!2837}
!2837 = distinct !{!2837, !2838, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!2838 = distinct !{!2838, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!2839 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !2835)
!2840 = !DILocalVariable(name: "self", arg: 1, scope: !2841, file: !1128, line: 2807, type: !2844)
!2841 = distinct !DISubprogram(name: "drop<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE", scope: !1159, file: !1128, line: 2807, type: !2842, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !364, retainedNodes: !2845)
!2842 = !DISubroutineType(types: !2843)
!2843 = !{null, !2844}
!2844 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !293, size: 64, align: 64, dwarfAddressSpace: 0)
!2845 = !{!2840}
!2846 = !DILocation(line: 0, scope: !2841, inlinedAt: !2847)
!2847 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !2835)
!2848 = !DILocalVariable(name: "self", arg: 1, scope: !2849, file: !1128, line: 2098, type: !2844)
!2849 = distinct !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17hbd8147cc9a4c4e3aE", scope: !293, file: !1128, line: 2098, type: !2850, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !364, declaration: !2854, retainedNodes: !2855)
!2850 = !DISubroutineType(types: !2851)
!2851 = !{!2852, !2853}
!2852 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::ArcInner<std::thread::thread::Inner>", baseType: !300, size: 64, align: 64, dwarfAddressSpace: 0)
!2853 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>", baseType: !293, size: 64, align: 64, dwarfAddressSpace: 0)
!2854 = !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17hbd8147cc9a4c4e3aE", scope: !293, file: !1128, line: 2098, type: !2850, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !364)
!2855 = !{!2848}
!2856 = !DILocation(line: 0, scope: !2849, inlinedAt: !2857)
!2857 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !2847)
!2858 = !DILocalVariable(name: "val", scope: !2859, file: !1168, line: 3165, type: !9, align: 64)
!2859 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !2860)
!2860 = !{!2861, !2858, !2862}
!2861 = !DILocalVariable(name: "self", arg: 1, scope: !2859, file: !1168, line: 3165, type: !1171)
!2862 = !DILocalVariable(name: "order", scope: !2859, file: !1168, line: 3165, type: !672, align: 8)
!2863 = !DILocation(line: 0, scope: !2859, inlinedAt: !2864)
!2864 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !2847)
!2865 = !DILocalVariable(name: "val", scope: !2866, file: !1168, line: 3936, type: !9, align: 64)
!2866 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !2867)
!2867 = !{!2868, !2865, !2869}
!2868 = !DILocalVariable(name: "dst", arg: 1, scope: !2866, file: !1168, line: 3936, type: !1182)
!2869 = !DILocalVariable(name: "order", scope: !2866, file: !1168, line: 3936, type: !672, align: 8)
!2870 = !DILocation(line: 0, scope: !2866, inlinedAt: !2871)
!2871 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !2864)
!2872 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !2878)
!2873 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h6373c28d751ab13cE", scope: !296, file: !1479, line: 440, type: !2874, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !357, declaration: !2877)
!2874 = !DISubroutineType(types: !2875)
!2875 = !{!2852, !2876}
!2876 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::sync::ArcInner<std::thread::thread::Inner>>", baseType: !296, size: 64, align: 64, dwarfAddressSpace: 0)
!2877 = !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h6373c28d751ab13cE", scope: !296, file: !1479, line: 440, type: !2874, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !357)
!2878 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !2857)
!2879 = !{!2837, !2823, !2809, !2795}
!2880 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !2864)
!2881 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !2871)
!2882 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !2847)
!2883 = !DILocation(line: 0, scope: !1201, inlinedAt: !2884)
!2884 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !2847)
!2885 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !2884)
!2886 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !2847)
!2887 = !DILocation(line: 0, scope: !2109, inlinedAt: !2888)
!2888 = distinct !DILocation(line: 805, column: 1, scope: !2781)
!2889 = !DILocation(line: 805, column: 1, scope: !2109, inlinedAt: !2888)
!2890 = !DILocation(line: 0, scope: !2118, inlinedAt: !2891)
!2891 = distinct !DILocation(line: 805, column: 1, scope: !2109, inlinedAt: !2888)
!2892 = !DILocation(line: 0, scope: !2124, inlinedAt: !2891)
!2893 = !DILocation(line: 0, scope: !2146, inlinedAt: !2894)
!2894 = distinct !DILocation(line: 1919, column: 26, scope: !2124, inlinedAt: !2891)
!2895 = !DILocation(line: 0, scope: !2157, inlinedAt: !2896)
!2896 = distinct !DILocation(line: 255, column: 43, scope: !2146, inlinedAt: !2894)
!2897 = !DILocation(line: 0, scope: !2164, inlinedAt: !2898)
!2898 = distinct !DILocation(line: 255, column: 68, scope: !2146, inlinedAt: !2894)
!2899 = !DILocation(line: 0, scope: !2174, inlinedAt: !2900)
!2900 = distinct !DILocation(line: 125, column: 30, scope: !2164, inlinedAt: !2898)
!2901 = !DILocation(line: 429, column: 14, scope: !2157, inlinedAt: !2896)
!2902 = !DILocation(line: 0, scope: !2140, inlinedAt: !2891)
!2903 = !DILocation(line: 1920, column: 16, scope: !2140, inlinedAt: !2891)
!2904 = !DILocation(line: 568, column: 14, scope: !2174, inlinedAt: !2900)
!2905 = !DILocation(line: 0, scope: !1614, inlinedAt: !2906)
!2906 = distinct !DILocation(line: 1921, column: 24, scope: !2140, inlinedAt: !2891)
!2907 = !DILocation(line: 0, scope: !1626, inlinedAt: !2908)
!2908 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2906)
!2909 = !DILocation(line: 0, scope: !1634, inlinedAt: !2910)
!2910 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2908)
!2911 = !DILocation(line: 0, scope: !1643, inlinedAt: !2912)
!2912 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2910)
!2913 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2912)
!2914 = !DILocation(line: 1920, column: 13, scope: !2140, inlinedAt: !2891)
!2915 = !DILocation(line: 0, scope: !2118, inlinedAt: !2916)
!2916 = distinct !DILocation(line: 805, column: 1, scope: !2109, inlinedAt: !2888)
!2917 = !DILocation(line: 0, scope: !2124, inlinedAt: !2916)
!2918 = !DILocation(line: 0, scope: !2146, inlinedAt: !2919)
!2919 = distinct !DILocation(line: 1919, column: 26, scope: !2124, inlinedAt: !2916)
!2920 = !DILocation(line: 0, scope: !2157, inlinedAt: !2921)
!2921 = distinct !DILocation(line: 255, column: 43, scope: !2146, inlinedAt: !2919)
!2922 = !DILocation(line: 0, scope: !2164, inlinedAt: !2923)
!2923 = distinct !DILocation(line: 255, column: 68, scope: !2146, inlinedAt: !2919)
!2924 = !DILocation(line: 0, scope: !2174, inlinedAt: !2925)
!2925 = distinct !DILocation(line: 125, column: 30, scope: !2164, inlinedAt: !2923)
!2926 = !DILocation(line: 429, column: 14, scope: !2157, inlinedAt: !2921)
!2927 = !DILocation(line: 0, scope: !2140, inlinedAt: !2916)
!2928 = !DILocation(line: 1920, column: 16, scope: !2140, inlinedAt: !2916)
!2929 = !DILocation(line: 568, column: 14, scope: !2174, inlinedAt: !2925)
!2930 = !DILocation(line: 0, scope: !1614, inlinedAt: !2931)
!2931 = distinct !DILocation(line: 1921, column: 24, scope: !2140, inlinedAt: !2916)
!2932 = !DILocation(line: 0, scope: !1626, inlinedAt: !2933)
!2933 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !2931)
!2934 = !DILocation(line: 0, scope: !1634, inlinedAt: !2935)
!2935 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !2933)
!2936 = !DILocation(line: 0, scope: !1643, inlinedAt: !2937)
!2937 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !2935)
!2938 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !2937)
!2939 = !DILocation(line: 1920, column: 13, scope: !2140, inlinedAt: !2916)
!2940 = distinct !DISubprogram(name: "drop_in_place<std::thread::spawnhook::ChildSpawnHooks>", linkageName: "_ZN4core3ptr60drop_in_place$LT$std..thread..spawnhook..ChildSpawnHooks$GT$17h1c0e03198db94f18E", scope: !68, file: !1140, line: 805, type: !2941, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2946, retainedNodes: !2944)
!2941 = !DISubroutineType(types: !2942)
!2942 = !{null, !2943}
!2943 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::spawnhook::ChildSpawnHooks", baseType: !141, size: 64, align: 64, dwarfAddressSpace: 0)
!2944 = !{!2945}
!2945 = !DILocalVariable(arg: 1, scope: !2940, file: !1140, line: 805, type: !2943)
!2946 = !{!2947}
!2947 = !DITemplateTypeParameter(name: "T", type: !141)
!2948 = !DILocation(line: 0, scope: !2940)
!2949 = !DILocation(line: 805, column: 1, scope: !2940)
!2950 = !DILocalVariable(arg: 1, scope: !2951, file: !1140, line: 805, type: !2954)
!2951 = distinct !DISubprogram(name: "drop_in_place<std::thread::spawnhook::SpawnHooks>", linkageName: "_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17hf6505c0b715e4b49E", scope: !68, file: !1140, line: 805, type: !2952, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2956, retainedNodes: !2955)
!2952 = !DISubroutineType(types: !2953)
!2953 = !{null, !2954}
!2954 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::spawnhook::SpawnHooks", baseType: !145, size: 64, align: 64, dwarfAddressSpace: 0)
!2955 = !{!2950}
!2956 = !{!2957}
!2957 = !DITemplateTypeParameter(name: "T", type: !145)
!2958 = !DILocation(line: 0, scope: !2951, inlinedAt: !2959)
!2959 = distinct !DILocation(line: 805, column: 1, scope: !2940)
!2960 = !DILocation(line: 805, column: 1, scope: !2951, inlinedAt: !2959)
!2961 = !{!2962}
!2962 = distinct !{!2962, !2963, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE: %_1"}
!2963 = distinct !{!2963, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE"}
!2964 = !DILocalVariable(arg: 1, scope: !2965, file: !1140, line: 805, type: !2968)
!2965 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE", scope: !68, file: !1140, line: 805, type: !2966, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2970, retainedNodes: !2969)
!2966 = !DISubroutineType(types: !2967)
!2967 = !{null, !2968}
!2968 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", baseType: !148, size: 64, align: 64, dwarfAddressSpace: 0)
!2969 = !{!2964}
!2970 = !{!2971}
!2971 = !DITemplateTypeParameter(name: "T", type: !148)
!2972 = !DILocation(line: 0, scope: !2965, inlinedAt: !2973)
!2973 = distinct !DILocation(line: 805, column: 1, scope: !2951, inlinedAt: !2959)
!2974 = !DILocation(line: 805, column: 1, scope: !2965, inlinedAt: !2973)
!2975 = !{!2962, !2976}
!2976 = distinct !{!2976, !2977, !"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17hf6505c0b715e4b49E: %_1"}
!2977 = distinct !{!2977, !"_ZN4core3ptr55drop_in_place$LT$std..thread..spawnhook..SpawnHooks$GT$17hf6505c0b715e4b49E"}
!2978 = !DILocalVariable(arg: 1, scope: !2979, file: !1140, line: 805, type: !2982)
!2979 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E", scope: !68, file: !1140, line: 805, type: !2980, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !155, retainedNodes: !2983)
!2980 = !DISubroutineType(types: !2981)
!2981 = !{null, !2982}
!2982 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", baseType: !157, size: 64, align: 64, dwarfAddressSpace: 0)
!2983 = !{!2978}
!2984 = !DILocation(line: 0, scope: !2979, inlinedAt: !2985)
!2985 = distinct !DILocation(line: 805, column: 1, scope: !2965, inlinedAt: !2973)
!2986 = !DILocalVariable(name: "self", arg: 1, scope: !2987, file: !1128, line: 2807, type: !2990)
!2987 = distinct !DISubprogram(name: "drop<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E", scope: !1159, file: !1128, line: 2807, type: !2988, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !190, retainedNodes: !2991)
!2988 = !DISubroutineType(types: !2989)
!2989 = !{null, !2990}
!2990 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::spawnhook::SpawnHook, alloc::alloc::Global>", baseType: !157, size: 64, align: 64, dwarfAddressSpace: 0)
!2991 = !{!2986}
!2992 = !DILocation(line: 0, scope: !2987, inlinedAt: !2993)
!2993 = distinct !DILocation(line: 805, column: 1, scope: !2979, inlinedAt: !2985)
!2994 = !DILocalVariable(name: "val", scope: !2995, file: !1168, line: 3165, type: !9, align: 64)
!2995 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !2996)
!2996 = !{!2997, !2994, !2998}
!2997 = !DILocalVariable(name: "self", arg: 1, scope: !2995, file: !1168, line: 3165, type: !1171)
!2998 = !DILocalVariable(name: "order", scope: !2995, file: !1168, line: 3165, type: !672, align: 8)
!2999 = !DILocation(line: 0, scope: !2995, inlinedAt: !3000)
!3000 = distinct !DILocation(line: 2811, column: 32, scope: !2987, inlinedAt: !2993)
!3001 = !DILocalVariable(name: "val", scope: !3002, file: !1168, line: 3936, type: !9, align: 64)
!3002 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !3003)
!3003 = !{!3004, !3001, !3005}
!3004 = !DILocalVariable(name: "dst", arg: 1, scope: !3002, file: !1168, line: 3936, type: !1182)
!3005 = !DILocalVariable(name: "order", scope: !3002, file: !1168, line: 3936, type: !672, align: 8)
!3006 = !DILocation(line: 0, scope: !3002, inlinedAt: !3007)
!3007 = distinct !DILocation(line: 3167, column: 26, scope: !2995, inlinedAt: !3000)
!3008 = !DILocation(line: 3165, column: 30, scope: !2995, inlinedAt: !3000)
!3009 = !DILocation(line: 3942, column: 24, scope: !3002, inlinedAt: !3007)
!3010 = !{!3011, !3013, !2962}
!3011 = distinct !{!3011, !3012, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E: %self"}
!3012 = distinct !{!3012, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E"}
!3013 = distinct !{!3013, !3014, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E: %_1"}
!3014 = distinct !{!3014, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E"}
!3015 = !DILocation(line: 2811, column: 12, scope: !2987, inlinedAt: !2993)
!3016 = !DILocation(line: 0, scope: !1201, inlinedAt: !3017)
!3017 = distinct !DILocation(line: 64, column: 9, scope: !2987, inlinedAt: !2993)
!3018 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3017)
!3019 = !DILocation(line: 2854, column: 18, scope: !2987, inlinedAt: !2993)
!3020 = !{!3021}
!3021 = distinct !{!3021, !3022, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE: %_1"}
!3022 = distinct !{!3022, !"_ZN4core3ptr106drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$$GT$17he5195b97484afb2bE"}
!3023 = !DILocation(line: 0, scope: !2965, inlinedAt: !3024)
!3024 = distinct !DILocation(line: 805, column: 1, scope: !2951, inlinedAt: !2959)
!3025 = !DILocation(line: 805, column: 1, scope: !2965, inlinedAt: !3024)
!3026 = !{!3021, !2976}
!3027 = !DILocation(line: 0, scope: !2979, inlinedAt: !3028)
!3028 = distinct !DILocation(line: 805, column: 1, scope: !2965, inlinedAt: !3024)
!3029 = !DILocation(line: 0, scope: !2987, inlinedAt: !3030)
!3030 = distinct !DILocation(line: 805, column: 1, scope: !2979, inlinedAt: !3028)
!3031 = !DILocation(line: 0, scope: !2995, inlinedAt: !3032)
!3032 = distinct !DILocation(line: 2811, column: 32, scope: !2987, inlinedAt: !3030)
!3033 = !DILocation(line: 0, scope: !3002, inlinedAt: !3034)
!3034 = distinct !DILocation(line: 3167, column: 26, scope: !2995, inlinedAt: !3032)
!3035 = !DILocation(line: 3165, column: 30, scope: !2995, inlinedAt: !3032)
!3036 = !DILocation(line: 3942, column: 24, scope: !3002, inlinedAt: !3034)
!3037 = !{!3038, !3040, !3021}
!3038 = distinct !{!3038, !3039, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E: %self"}
!3039 = distinct !{!3039, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1886f409a6a43745E"}
!3040 = distinct !{!3040, !3041, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E: %_1"}
!3041 = distinct !{!3041, !"_ZN4core3ptr78drop_in_place$LT$alloc..sync..Arc$LT$std..thread..spawnhook..SpawnHook$GT$$GT$17h9f06dedcd3bc9da2E"}
!3042 = !DILocation(line: 2811, column: 12, scope: !2987, inlinedAt: !3030)
!3043 = !DILocation(line: 0, scope: !1201, inlinedAt: !3044)
!3044 = distinct !DILocation(line: 64, column: 9, scope: !2987, inlinedAt: !3030)
!3045 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3044)
!3046 = !DILocation(line: 2854, column: 18, scope: !2987, inlinedAt: !3030)
!3047 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core3ptr67drop_in_place$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$17he669010805e9693fE", scope: !68, file: !1140, line: 805, type: !3048, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !442, retainedNodes: !3051)
!3048 = !DISubroutineType(types: !3049)
!3049 = !{null, !3050}
!3050 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::Packet<()>", baseType: !256, size: 64, align: 64, dwarfAddressSpace: 0)
!3051 = !{!3052}
!3052 = !DILocalVariable(arg: 1, scope: !3047, file: !1140, line: 805, type: !3050)
!3053 = !DILocalVariable(name: "data", scope: !3054, file: !1248, line: 579, type: !3060, align: 64)
!3054 = distinct !DILexicalBlock(scope: !3055, file: !1248, line: 579, column: 13)
!3055 = distinct !DILexicalBlock(scope: !3056, file: !1248, line: 578, column: 13)
!3056 = distinct !DISubprogram(name: "do_call<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind7do_call17h69ca6925027f7b72E", scope: !1271, file: !1248, line: 575, type: !1338, scopeLine: 575, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3087, retainedNodes: !3057)
!3057 = !{!3058, !3059, !3053, !3089}
!3058 = !DILocalVariable(name: "data", arg: 1, scope: !3056, file: !1248, line: 575, type: !923)
!3059 = !DILocalVariable(name: "data", scope: !3055, file: !1248, line: 578, type: !3060, align: 64)
!3060 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::panicking::catch_unwind::Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", baseType: !3061, size: 64, align: 64, dwarfAddressSpace: 0)
!3061 = !DICompositeType(tag: DW_TAG_union_type, name: "Data<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", scope: !1271, file: !2, size: 128, align: 64, elements: !3062, templateParams: !3087, identifier: "43bebba4b63a59fb6fc7d26cedffe20e")
!3062 = !{!3063, !3085, !3086}
!3063 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !3061, file: !2, baseType: !3064, size: 64, align: 64)
!3064 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", scope: !49, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !3065, templateParams: !3083, identifier: "367a7ca59b19517cb5b1fe1f8143be16")
!3065 = !{!3066}
!3066 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3064, file: !2, baseType: !3067, size: 64, align: 64, flags: DIFlagPrivate)
!3067 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", scope: !53, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !3068, templateParams: !3081, identifier: "c4f7048048689b96546d4a72e0c6cbc1")
!3068 = !{!3069}
!3069 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3067, file: !2, baseType: !3070, size: 64, align: 64, flags: DIFlagPrivate)
!3070 = !DICompositeType(tag: DW_TAG_structure_type, name: "AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>", scope: !1254, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !3071, templateParams: !3079, identifier: "671d36f6539f7ce3264f6c35b5677e4c")
!3071 = !{!3072}
!3072 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3070, file: !2, baseType: !3073, size: 64, align: 64, flags: DIFlagPublic)
!3073 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<()>", scope: !3074, file: !2, size: 64, align: 64, elements: !3076, templateParams: !23, identifier: "5e683c15e02c65dfd45564300b822b16")
!3074 = !DINamespace(name: "drop", scope: !3075)
!3075 = !DINamespace(name: "{impl#2}", scope: !34)
!3076 = !{!3077}
!3077 = !DIDerivedType(tag: DW_TAG_member, name: "_ref__self__result", scope: !3073, file: !2, baseType: !3078, size: 64, align: 64)
!3078 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::cell::UnsafeCell<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", baseType: !382, size: 64, align: 64, dwarfAddressSpace: 0)
!3079 = !{!3080}
!3080 = !DITemplateTypeParameter(name: "T", type: !3073)
!3081 = !{!3082}
!3082 = !DITemplateTypeParameter(name: "P", type: !3070)
!3083 = !{!3084}
!3084 = !DITemplateTypeParameter(name: "T", type: !3070)
!3085 = !DIDerivedType(tag: DW_TAG_member, name: "r", scope: !3061, file: !2, baseType: !1285, align: 8)
!3086 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !3061, file: !2, baseType: !1294, size: 128, align: 64)
!3087 = !{!3088, !1268}
!3088 = !DITemplateTypeParameter(name: "F", type: !3070)
!3089 = !DILocalVariable(name: "f", scope: !3090, file: !1248, line: 580, type: !3070, align: 64)
!3090 = distinct !DILexicalBlock(scope: !3054, file: !1248, line: 580, column: 13)
!3091 = !DILocation(line: 0, scope: !3054, inlinedAt: !3092)
!3092 = distinct !DILocation(line: 544, column: 19, scope: !3093, inlinedAt: !3103)
!3093 = distinct !DILexicalBlock(scope: !3094, file: !1248, line: 533, column: 5)
!3094 = distinct !DILexicalBlock(scope: !3095, file: !1248, line: 531, column: 5)
!3095 = distinct !DISubprogram(name: "catch_unwind<(), core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>>", linkageName: "_ZN3std9panicking12catch_unwind17h8c3f083894f49de3E", scope: !1250, file: !1248, line: 500, type: !3096, scopeLine: 500, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3102, retainedNodes: !3098)
!3096 = !DISubroutineType(types: !3097)
!3097 = !{!393, !3070}
!3098 = !{!3099, !3100, !3101}
!3099 = !DILocalVariable(name: "f", arg: 1, scope: !3095, file: !1248, line: 500, type: !3070)
!3100 = !DILocalVariable(name: "data", scope: !3094, file: !1248, line: 531, type: !3061, align: 64)
!3101 = !DILocalVariable(name: "data_ptr", scope: !3093, file: !1248, line: 533, type: !923, align: 64)
!3102 = !{!1268, !3088}
!3103 = distinct !DILocation(line: 359, column: 14, scope: !3104, inlinedAt: !3107)
!3104 = distinct !DISubprogram(name: "catch_unwind<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std5panic12catch_unwind17h3096afdbc6de810aE", scope: !1309, file: !1308, line: 358, type: !3096, scopeLine: 358, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3087, retainedNodes: !3105)
!3105 = !{!3106}
!3106 = !DILocalVariable(name: "f", arg: 1, scope: !3104, file: !1308, line: 358, type: !3070)
!3107 = distinct !DILocation(line: 208, column: 25, scope: !3108, inlinedAt: !3121)
!3108 = distinct !DILexicalBlock(scope: !3109, file: !1060, line: 197, column: 9)
!3109 = distinct !DISubprogram(name: "drop<()>", linkageName: "_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h27f27fb0c0019fa7E", scope: !3075, file: !1060, line: 193, type: !3110, scopeLine: 193, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !3113)
!3110 = !DISubroutineType(types: !3111)
!3111 = !{null, !3112}
!3112 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::Packet<()>", baseType: !256, size: 64, align: 64, dwarfAddressSpace: 0)
!3113 = !{!3114, !3115, !3116, !3118}
!3114 = !DILocalVariable(name: "self", arg: 1, scope: !3109, file: !1060, line: 193, type: !3112)
!3115 = !DILocalVariable(name: "unhandled_panic", scope: !3108, file: !1060, line: 197, type: !593, align: 8)
!3116 = !DILocalVariable(name: "out", scope: !3117, file: !1007, line: 43, type: !703, align: 8)
!3117 = distinct !DILexicalBlock(scope: !3108, file: !1007, line: 43, column: 66)
!3118 = !DILocalVariable(name: "scope", scope: !3119, file: !1060, line: 214, type: !3120, align: 64)
!3119 = distinct !DILexicalBlock(scope: !3108, file: !1060, line: 214, column: 42)
!3120 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !267, size: 64, align: 64, dwarfAddressSpace: 0)
!3121 = distinct !DILocation(line: 805, column: 1, scope: !3047)
!3122 = !DILocation(line: 0, scope: !3055, inlinedAt: !3092)
!3123 = !DILocation(line: 0, scope: !3056, inlinedAt: !3092)
!3124 = !DILocalVariable(name: "data", scope: !3125, file: !1248, line: 606, type: !3060, align: 64)
!3125 = distinct !DILexicalBlock(scope: !3126, file: !1248, line: 606, column: 13)
!3126 = distinct !DILexicalBlock(scope: !3127, file: !1248, line: 605, column: 13)
!3127 = distinct !DISubprogram(name: "do_catch<core::panic::unwind_safe::AssertUnwindSafe<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>, ()>", linkageName: "_ZN3std9panicking12catch_unwind8do_catch17h751b011afec4398bE", scope: !1271, file: !1248, line: 598, type: !1355, scopeLine: 598, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3087, retainedNodes: !3128)
!3128 = !{!3129, !3130, !3131, !3124, !3132}
!3129 = !DILocalVariable(name: "data", arg: 1, scope: !3127, file: !1248, line: 598, type: !923)
!3130 = !DILocalVariable(name: "payload", arg: 2, scope: !3127, file: !1248, line: 598, type: !923)
!3131 = !DILocalVariable(name: "data", scope: !3126, file: !1248, line: 605, type: !3060, align: 64)
!3132 = !DILocalVariable(name: "obj", scope: !3133, file: !1248, line: 607, type: !405, align: 64)
!3133 = distinct !DILexicalBlock(scope: !3125, file: !1248, line: 607, column: 13)
!3134 = !DILocation(line: 0, scope: !3125, inlinedAt: !3135)
!3135 = distinct !DILocation(line: 544, column: 19, scope: !3093, inlinedAt: !3103)
!3136 = !DILocation(line: 0, scope: !3126, inlinedAt: !3135)
!3137 = !DILocation(line: 0, scope: !3127, inlinedAt: !3135)
!3138 = !DILocation(line: 0, scope: !3093, inlinedAt: !3103)
!3139 = !DILocation(line: 0, scope: !3047)
!3140 = !{!3141}
!3141 = distinct !{!3141, !3142, !"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h27f27fb0c0019fa7E: %self"}
!3142 = distinct !{!3142, !"_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h27f27fb0c0019fa7E"}
!3143 = !DILocation(line: 805, column: 1, scope: !3047)
!3144 = !DILocation(line: 0, scope: !3109, inlinedAt: !3121)
!3145 = !DILocation(line: 43, column: 21, scope: !3117, inlinedAt: !3121)
!3146 = !DILocation(line: 197, column: 40, scope: !3109, inlinedAt: !3121)
!3147 = !DILocation(line: 197, column: 31, scope: !3109, inlinedAt: !3121)
!3148 = !DILocation(line: 0, scope: !3108, inlinedAt: !3121)
!3149 = !DILocation(line: 0, scope: !3104, inlinedAt: !3107)
!3150 = !DILocation(line: 0, scope: !3095, inlinedAt: !3103)
!3151 = !DILocation(line: 0, scope: !3094, inlinedAt: !3103)
!3152 = !DILocation(line: 0, scope: !3090, inlinedAt: !3092)
!3153 = !{!3154}
!3154 = distinct !{!3154, !3155, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17hf394290f148517bfE: %self"}
!3155 = distinct !{!3155, !"_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17hf394290f148517bfE"}
!3156 = !DILocation(line: 581, column: 40, scope: !3090, inlinedAt: !3092)
!3157 = !DILocalVariable(name: "self", arg: 1, scope: !3158, file: !1403, line: 273, type: !3070)
!3158 = distinct !DISubprogram(name: "call_once<(), std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>>", linkageName: "_ZN115_$LT$core..panic..unwind_safe..AssertUnwindSafe$LT$F$GT$$u20$as$u20$core..ops..function..FnOnce$LT$$LP$$RP$$GT$$GT$9call_once17hf394290f148517bfE", scope: !1404, file: !1403, line: 273, type: !3159, scopeLine: 273, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3164, retainedNodes: !3161)
!3159 = !DISubroutineType(types: !3160)
!3160 = !{null, !3070}
!3161 = !{!3157, !3162, !3163}
!3162 = !DILocalVariable(name: "_args", scope: !3158, file: !1403, line: 273, type: !7, align: 8)
!3163 = !DILocalVariable(arg: 2, scope: !3158, file: !1403, line: 273, type: !7)
!3164 = !{!1268, !3165}
!3165 = !DITemplateTypeParameter(name: "F", type: !3073)
!3166 = !DILocation(line: 0, scope: !3158, inlinedAt: !3167)
!3167 = distinct !DILocation(line: 581, column: 40, scope: !3090, inlinedAt: !3092)
!3168 = !DILocation(line: 273, column: 43, scope: !3158, inlinedAt: !3167)
!3169 = !{!3170}
!3170 = distinct !{!3170, !3171, !"_ZN4core3ops8function6FnOnce9call_once17h528d5ccb59759117E: argument 0"}
!3171 = distinct !{!3171, !"_ZN4core3ops8function6FnOnce9call_once17h528d5ccb59759117E"}
!3172 = !DILocation(line: 274, column: 9, scope: !3158, inlinedAt: !3167)
!3173 = !DILocalVariable(arg: 1, scope: !3174, file: !1093, line: 250, type: !3073)
!3174 = distinct !DISubprogram(name: "call_once<std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>, ()>", linkageName: "_ZN4core3ops8function6FnOnce9call_once17h528d5ccb59759117E", scope: !1094, file: !1093, line: 250, type: !3175, scopeLine: 250, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3179, retainedNodes: !3177)
!3175 = !DISubroutineType(types: !3176)
!3176 = !{null, !3073}
!3177 = !{!3173, !3178}
!3178 = !DILocalVariable(arg: 2, scope: !3174, file: !1093, line: 250, type: !7)
!3179 = !{!3180, !1100}
!3180 = !DITemplateTypeParameter(name: "Self", type: !3073)
!3181 = !DILocation(line: 0, scope: !3174, inlinedAt: !3182)
!3182 = distinct !DILocation(line: 274, column: 9, scope: !3158, inlinedAt: !3167)
!3183 = !DILocation(line: 250, column: 5, scope: !3174, inlinedAt: !3182)
!3184 = !DILocalVariable(name: "self__result", scope: !3185, file: !1060, line: 193, type: !382, align: 64)
!3185 = distinct !DISubprogram(name: "{closure#0}<()>", linkageName: "_ZN81_$LT$std..thread..lifecycle..Packet$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop28_$u7b$$u7b$closure$u7d$$u7d$17h48c03ffce909ba27E", scope: !3074, file: !1060, line: 208, type: !3186, scopeLine: 208, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, retainedNodes: !3189)
!3186 = !DISubroutineType(types: !3187)
!3187 = !{null, !3188}
!3188 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::thread::lifecycle::{impl#2}::drop::{closure_env#0}<()>", baseType: !3073, size: 64, align: 64, dwarfAddressSpace: 0)
!3189 = !{!3184}
!3190 = !DILocation(line: 0, scope: !3185, inlinedAt: !3191)
!3191 = distinct !DILocation(line: 250, column: 5, scope: !3174, inlinedAt: !3182)
!3192 = !{!3193}
!3193 = distinct !{!3193, !3194, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E: %_1"}
!3194 = distinct !{!3194, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"}
!3195 = !DILocation(line: 209, column: 13, scope: !3185, inlinedAt: !3191)
!3196 = !DILocation(line: 0, scope: !1502, inlinedAt: !3197)
!3197 = distinct !DILocation(line: 209, column: 13, scope: !3185, inlinedAt: !3191)
!3198 = !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !3197)
!3199 = !{!3193, !3170, !3154, !3141}
!3200 = !DILocation(line: 0, scope: !1512, inlinedAt: !3201)
!3201 = distinct !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !3197)
!3202 = !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !3201)
!3203 = !DILocation(line: 0, scope: !1521, inlinedAt: !3204)
!3204 = distinct !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !3201)
!3205 = !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !3204)
!3206 = !{!3207, !3193, !3170, !3154, !3141}
!3207 = distinct !{!3207, !3208, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E: %_1"}
!3208 = distinct !{!3208, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"}
!3209 = !DILocation(line: 0, scope: !1533, inlinedAt: !3210)
!3210 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !3204)
!3211 = !DILocation(line: 0, scope: !1542, inlinedAt: !3210)
!3212 = !DILocation(line: 0, scope: !1573, inlinedAt: !3213)
!3213 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !3210)
!3214 = !DILocation(line: 0, scope: !1585, inlinedAt: !3215)
!3215 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !3213)
!3216 = !DILocation(line: 0, scope: !1592, inlinedAt: !3217)
!3217 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !3213)
!3218 = !DILocation(line: 0, scope: !1603, inlinedAt: !3219)
!3219 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !3217)
!3220 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !3215)
!3221 = !DILocation(line: 0, scope: !1558, inlinedAt: !3210)
!3222 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !3210)
!3223 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !3219)
!3224 = !DILocation(line: 0, scope: !1614, inlinedAt: !3225)
!3225 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !3210)
!3226 = !DILocation(line: 0, scope: !1626, inlinedAt: !3227)
!3227 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3225)
!3228 = !DILocation(line: 0, scope: !1634, inlinedAt: !3229)
!3229 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3227)
!3230 = !DILocation(line: 0, scope: !1643, inlinedAt: !3231)
!3231 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3229)
!3232 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3231)
!3233 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !3210)
!3234 = !DILocation(line: 0, scope: !1533, inlinedAt: !3235)
!3235 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !3204)
!3236 = !DILocation(line: 0, scope: !1542, inlinedAt: !3235)
!3237 = !DILocation(line: 0, scope: !1573, inlinedAt: !3238)
!3238 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !3235)
!3239 = !DILocation(line: 0, scope: !1585, inlinedAt: !3240)
!3240 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !3238)
!3241 = !DILocation(line: 0, scope: !1592, inlinedAt: !3242)
!3242 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !3238)
!3243 = !DILocation(line: 0, scope: !1603, inlinedAt: !3244)
!3244 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !3242)
!3245 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !3240)
!3246 = !DILocation(line: 0, scope: !1558, inlinedAt: !3235)
!3247 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !3235)
!3248 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !3244)
!3249 = !DILocation(line: 0, scope: !1614, inlinedAt: !3250)
!3250 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !3235)
!3251 = !DILocation(line: 0, scope: !1626, inlinedAt: !3252)
!3252 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3250)
!3253 = !DILocation(line: 0, scope: !1634, inlinedAt: !3254)
!3254 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3252)
!3255 = !DILocation(line: 0, scope: !1643, inlinedAt: !3256)
!3256 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3254)
!3257 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3256)
!3258 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !3235)
!3259 = !{!3170, !3154, !3141}
!3260 = !DILocation(line: 544, column: 19, scope: !3093, inlinedAt: !3103)
!3261 = !DILocation(line: 607, column: 23, scope: !3125, inlinedAt: !3135)
!3262 = !DILocation(line: 598, column: 5, scope: !3127, inlinedAt: !3135)
!3263 = !DILocation(line: 208, column: 16, scope: !3108, inlinedAt: !3121)
!3264 = !DILocation(line: 208, column: 25, scope: !3108, inlinedAt: !3121)
!3265 = !DILocation(line: 44, column: 21, scope: !3117, inlinedAt: !3121)
!3266 = !DILocalVariable(name: "args", arg: 2, scope: !3267, file: !725, line: 1990, type: !3270)
!3267 = distinct !DISubprogram(name: "write_fmt<std::sys::stdio::unix::Stderr>", linkageName: "_ZN3std2io5Write9write_fmt17hba4f3b2d08422f6dE", scope: !726, file: !725, line: 1990, type: !3268, scopeLine: 1990, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !745, retainedNodes: !3340)
!3268 = !DISubroutineType(types: !3269)
!3269 = !{!707, !702, !3270}
!3270 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !3271, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3272, templateParams: !23, identifier: "e5c67bbe046da39973c72077c7f66185")
!3271 = !DINamespace(name: "fmt", scope: !44)
!3272 = !{!3273, !3274}
!3273 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !3270, file: !2, baseType: !213, size: 64, align: 64, flags: DIFlagPrivate)
!3274 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !3270, file: !2, baseType: !3275, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3275 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !67, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !3276, templateParams: !3338, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!3276 = !{!3277}
!3277 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3275, file: !2, baseType: !3278, size: 64, align: 64, flags: DIFlagPrivate)
!3278 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !3279, size: 64, align: 64, dwarfAddressSpace: 0)
!3279 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !3280, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3281, templateParams: !23, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!3280 = !DINamespace(name: "rt", scope: !3271)
!3281 = !{!3282}
!3282 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !3279, file: !2, baseType: !3283, size: 128, align: 64, flags: DIFlagPrivate)
!3283 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !3280, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3284, templateParams: !23, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!3284 = !{!3285}
!3285 = !DICompositeType(tag: DW_TAG_variant_part, scope: !3283, file: !2, size: 128, align: 64, elements: !3286, templateParams: !23, identifier: "fbd384083752b747f8b252853b979154", discriminator: !3337)
!3286 = !{!3287, !3333}
!3287 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !3285, file: !2, baseType: !3288, size: 128, align: 64)
!3288 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !3283, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3289, templateParams: !23, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!3289 = !{!3290, !3291, !3328}
!3290 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3288, file: !2, baseType: !467, size: 64, align: 64, flags: DIFlagPrivate)
!3291 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !3288, file: !2, baseType: !3292, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3292 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !3293, size: 64, align: 64, dwarfAddressSpace: 0)
!3293 = !DISubroutineType(types: !3294)
!3294 = !{!3295, !467, !3311}
!3295 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !394, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3296, templateParams: !23, identifier: "1c6752419820cdc3961061cc58b31873")
!3296 = !{!3297}
!3297 = !DICompositeType(tag: DW_TAG_variant_part, scope: !3295, file: !2, size: 8, align: 8, elements: !3298, templateParams: !23, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !3310)
!3298 = !{!3299, !3306}
!3299 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !3297, file: !2, baseType: !3300, size: 8, align: 8, extraData: i8 0)
!3300 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !3295, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3301, templateParams: !3303, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!3301 = !{!3302}
!3302 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3300, file: !2, baseType: !7, align: 8, offset: 8, flags: DIFlagPublic)
!3303 = !{!403, !3304}
!3304 = !DITemplateTypeParameter(name: "E", type: !3305)
!3305 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !3271, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "5a24300cdda31093f5fe20c939b4885")
!3306 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !3297, file: !2, baseType: !3307, size: 8, align: 8, extraData: i8 1)
!3307 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !3295, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !3308, templateParams: !3303, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!3308 = !{!3309}
!3309 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3307, file: !2, baseType: !3305, align: 8, offset: 8, flags: DIFlagPublic)
!3310 = !DIDerivedType(tag: DW_TAG_member, scope: !3295, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!3311 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !3312, size: 64, align: 64, dwarfAddressSpace: 0)
!3312 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !3271, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !3313, templateParams: !23, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!3313 = !{!3314, !3321}
!3314 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !3312, file: !2, baseType: !3315, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!3315 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !3271, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !3316, templateParams: !23, identifier: "ca2f5547247cd95c514a47d5800e09e")
!3316 = !{!3317, !3318, !3320}
!3317 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !3315, file: !2, baseType: !107, size: 32, align: 32, flags: DIFlagPrivate)
!3318 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !3315, file: !2, baseType: !3319, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!3319 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!3320 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !3315, file: !2, baseType: !3319, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!3321 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !3312, file: !2, baseType: !3322, size: 128, align: 64, flags: DIFlagPrivate)
!3322 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !2, size: 128, align: 64, elements: !3323, templateParams: !23, identifier: "effe97114690fc58a8e246cb04e37234")
!3323 = !{!3324, !3327}
!3324 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !3322, file: !2, baseType: !3325, size: 64, align: 64)
!3325 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3326, size: 64, align: 64, dwarfAddressSpace: 0)
!3326 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !2, align: 8, elements: !23, identifier: "64328679825f9c73b507edbfd5b86b47")
!3327 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !3322, file: !2, baseType: !178, size: 64, align: 64, offset: 64)
!3328 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !3288, file: !2, baseType: !3329, align: 8, offset: 128, flags: DIFlagPrivate)
!3329 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !130, file: !2, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !3330, identifier: "efa596960370766459fc018866dc4048")
!3330 = !{!3331}
!3331 = !DITemplateTypeParameter(name: "T", type: !3332)
!3332 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !7, size: 64, align: 64, dwarfAddressSpace: 0)
!3333 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !3285, file: !2, baseType: !3334, size: 128, align: 64, extraData: i64 0)
!3334 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !3283, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3335, templateParams: !23, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!3335 = !{!3336}
!3336 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3334, file: !2, baseType: !3319, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!3337 = !DIDerivedType(tag: DW_TAG_member, scope: !3283, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!3338 = !{!3339}
!3339 = !DITemplateTypeParameter(name: "T", type: !3279)
!3340 = !{!3341, !3266, !3342}
!3341 = !DILocalVariable(name: "self", arg: 1, scope: !3267, file: !725, line: 1990, type: !702)
!3342 = !DILocalVariable(name: "s", scope: !3343, file: !725, line: 1991, type: !557, align: 64)
!3343 = distinct !DILexicalBlock(scope: !3267, file: !725, line: 1991, column: 57)
!3344 = !DILocation(line: 0, scope: !3267, inlinedAt: !3345)
!3345 = distinct !DILocation(line: 44, column: 21, scope: !3117, inlinedAt: !3121)
!3346 = !DILocation(line: 0, scope: !3343, inlinedAt: !3345)
!3347 = !DILocation(line: 1992, column: 18, scope: !3343, inlinedAt: !3345)
!3348 = !DILocation(line: 0, scope: !1512, inlinedAt: !3349)
!3349 = distinct !DILocation(line: 212, column: 9, scope: !3108, inlinedAt: !3121)
!3350 = !DILocation(line: 214, column: 30, scope: !3119, inlinedAt: !3121)
!3351 = !DILocation(line: 214, column: 16, scope: !3119, inlinedAt: !3121)
!3352 = !DILocation(line: 212, column: 9, scope: !3108, inlinedAt: !3121)
!3353 = !DILocalVariable(arg: 1, scope: !3354, file: !1140, line: 805, type: !3357)
!3354 = distinct !DISubprogram(name: "drop_in_place<core::result::Result<(), std::io::error::Error>>", linkageName: "_ZN4core3ptr81drop_in_place$LT$core..result..Result$LT$$LP$$RP$$C$std..io..error..Error$GT$$GT$17hb8ba7a740477fac3E", scope: !68, file: !1140, line: 805, type: !3355, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3359, retainedNodes: !3358)
!3355 = !DISubroutineType(types: !3356)
!3356 = !{null, !3357}
!3357 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::result::Result<(), std::io::error::Error>", baseType: !707, size: 64, align: 64, dwarfAddressSpace: 0)
!3358 = !{!3353}
!3359 = !{!3360}
!3360 = !DITemplateTypeParameter(name: "T", type: !707)
!3361 = !DILocation(line: 0, scope: !3354, inlinedAt: !3362)
!3362 = distinct !DILocation(line: 44, column: 80, scope: !3117, inlinedAt: !3121)
!3363 = !DILocation(line: 805, column: 1, scope: !3354, inlinedAt: !3362)
!3364 = !DILocation(line: 44, column: 80, scope: !3117, inlinedAt: !3121)
!3365 = !DILocation(line: 57, column: 13, scope: !3366, inlinedAt: !3121)
!3366 = !DILexicalBlockFile(scope: !3108, file: !1007, discriminator: 0)
!3367 = !DILocation(line: 193, column: 5, scope: !3109, inlinedAt: !3121)
!3368 = !DILocation(line: 214, column: 21, scope: !3119, inlinedAt: !3121)
!3369 = !DILocalVariable(name: "self", arg: 1, scope: !3370, file: !1128, line: 2421, type: !3120)
!3370 = distinct !DISubprogram(name: "deref<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h272c8de437c0d071E", scope: !1129, file: !1128, line: 2421, type: !3371, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !375, retainedNodes: !3373)
!3371 = !DISubroutineType(types: !3372)
!3372 = !{!435, !3120}
!3373 = !{!3369}
!3374 = !DILocation(line: 2421, column: 14, scope: !3370, inlinedAt: !3375)
!3375 = distinct !DILocation(line: 219, column: 13, scope: !3119, inlinedAt: !3121)
!3376 = !DILocation(line: 2422, column: 9, scope: !3370, inlinedAt: !3375)
!3377 = !DILocation(line: 219, column: 19, scope: !3119, inlinedAt: !3121)
!3378 = !DILocalVariable(arg: 1, scope: !3379, file: !1140, line: 805, type: !3382)
!3379 = distinct !DISubprogram(name: "drop_in_place<core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E", scope: !68, file: !1140, line: 805, type: !3380, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3384, retainedNodes: !3383)
!3380 = !DISubroutineType(types: !3381)
!3381 = !{null, !3382}
!3382 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::option::Option<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", baseType: !259, size: 64, align: 64, dwarfAddressSpace: 0)
!3383 = !{!3378}
!3384 = !{!3385}
!3385 = !DITemplateTypeParameter(name: "T", type: !259)
!3386 = !DILocation(line: 0, scope: !3379, inlinedAt: !3387)
!3387 = distinct !DILocation(line: 805, column: 1, scope: !3047)
!3388 = !DILocation(line: 805, column: 1, scope: !3379, inlinedAt: !3387)
!3389 = !{!3390}
!3390 = distinct !{!3390, !3391, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E: %_1"}
!3391 = distinct !{!3391, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E"}
!3392 = !DILocalVariable(arg: 1, scope: !3393, file: !1140, line: 805, type: !3396)
!3393 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE", scope: !68, file: !1140, line: 805, type: !3394, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !265, retainedNodes: !3397)
!3394 = !DISubroutineType(types: !3395)
!3395 = !{null, !3396}
!3396 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !267, size: 64, align: 64, dwarfAddressSpace: 0)
!3397 = !{!3392}
!3398 = !DILocation(line: 0, scope: !3393, inlinedAt: !3399)
!3399 = distinct !DILocation(line: 805, column: 1, scope: !3379, inlinedAt: !3387)
!3400 = !DILocalVariable(name: "self", arg: 1, scope: !3401, file: !1128, line: 2807, type: !3404)
!3401 = distinct !DISubprogram(name: "drop<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E", scope: !1159, file: !1128, line: 2807, type: !3402, scopeLine: 2807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !375, retainedNodes: !3405)
!3402 = !DISubroutineType(types: !3403)
!3403 = !{null, !3404}
!3404 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Arc<std::thread::scoped::ScopeData, alloc::alloc::Global>", baseType: !267, size: 64, align: 64, dwarfAddressSpace: 0)
!3405 = !{!3400}
!3406 = !DILocation(line: 0, scope: !3401, inlinedAt: !3407)
!3407 = distinct !DILocation(line: 805, column: 1, scope: !3393, inlinedAt: !3399)
!3408 = !DILocalVariable(name: "val", scope: !3409, file: !1168, line: 3165, type: !9, align: 64)
!3409 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !3410)
!3410 = !{!3411, !3408, !3412}
!3411 = !DILocalVariable(name: "self", arg: 1, scope: !3409, file: !1168, line: 3165, type: !1171)
!3412 = !DILocalVariable(name: "order", scope: !3409, file: !1168, line: 3165, type: !672, align: 8)
!3413 = !DILocation(line: 0, scope: !3409, inlinedAt: !3414)
!3414 = distinct !DILocation(line: 2811, column: 32, scope: !3401, inlinedAt: !3407)
!3415 = !DILocalVariable(name: "val", scope: !3416, file: !1168, line: 3936, type: !9, align: 64)
!3416 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !3417)
!3417 = !{!3418, !3415, !3419}
!3418 = !DILocalVariable(name: "dst", arg: 1, scope: !3416, file: !1168, line: 3936, type: !1182)
!3419 = !DILocalVariable(name: "order", scope: !3416, file: !1168, line: 3936, type: !672, align: 8)
!3420 = !DILocation(line: 0, scope: !3416, inlinedAt: !3421)
!3421 = distinct !DILocation(line: 3167, column: 26, scope: !3409, inlinedAt: !3414)
!3422 = !DILocation(line: 3165, column: 30, scope: !3409, inlinedAt: !3414)
!3423 = !DILocation(line: 3942, column: 24, scope: !3416, inlinedAt: !3421)
!3424 = !{!3425, !3427, !3390}
!3425 = distinct !{!3425, !3426, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E: %self"}
!3426 = distinct !{!3426, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E"}
!3427 = distinct !{!3427, !3428, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE: %_1"}
!3428 = distinct !{!3428, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE"}
!3429 = !DILocation(line: 2811, column: 12, scope: !3401, inlinedAt: !3407)
!3430 = !DILocation(line: 0, scope: !1201, inlinedAt: !3431)
!3431 = distinct !DILocation(line: 64, column: 9, scope: !3401, inlinedAt: !3407)
!3432 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3431)
!3433 = !DILocation(line: 2854, column: 18, scope: !3401, inlinedAt: !3407)
!3434 = !DILocation(line: 0, scope: !3379, inlinedAt: !3435)
!3435 = distinct !DILocation(line: 805, column: 1, scope: !3047)
!3436 = !DILocation(line: 0, scope: !3393, inlinedAt: !3437)
!3437 = distinct !DILocation(line: 805, column: 1, scope: !3379, inlinedAt: !3435)
!3438 = !DILocation(line: 0, scope: !3401, inlinedAt: !3439)
!3439 = distinct !DILocation(line: 805, column: 1, scope: !3393, inlinedAt: !3437)
!3440 = !DILocation(line: 0, scope: !3409, inlinedAt: !3441)
!3441 = distinct !DILocation(line: 2811, column: 32, scope: !3401, inlinedAt: !3439)
!3442 = !DILocation(line: 0, scope: !3416, inlinedAt: !3443)
!3443 = distinct !DILocation(line: 3167, column: 26, scope: !3409, inlinedAt: !3441)
!3444 = !DILocation(line: 3165, column: 30, scope: !3409, inlinedAt: !3441)
!3445 = !DILocation(line: 3942, column: 24, scope: !3416, inlinedAt: !3443)
!3446 = !{!3447, !3449, !3451}
!3447 = distinct !{!3447, !3448, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E: %self"}
!3448 = distinct !{!3448, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc40b680d91536df2E"}
!3449 = distinct !{!3449, !3450, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE: %_1"}
!3450 = distinct !{!3450, !"_ZN4core3ptr75drop_in_place$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$17h3508ca09122bab5eE"}
!3451 = distinct !{!3451, !3452, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E: %_1"}
!3452 = distinct !{!3452, !"_ZN4core3ptr103drop_in_place$LT$core..option..Option$LT$alloc..sync..Arc$LT$std..thread..scoped..ScopeData$GT$$GT$$GT$17h024866db1f1d3492E"}
!3453 = !DILocation(line: 2811, column: 12, scope: !3401, inlinedAt: !3439)
!3454 = !DILocation(line: 0, scope: !1201, inlinedAt: !3455)
!3455 = distinct !DILocation(line: 64, column: 9, scope: !3401, inlinedAt: !3439)
!3456 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3455)
!3457 = !DILocation(line: 2854, column: 18, scope: !3401, inlinedAt: !3439)
!3458 = !{!3459}
!3459 = distinct !{!3459, !3460, !"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE: %_1"}
!3460 = distinct !{!3460, !"_ZN4core3ptr188drop_in_place$LT$core..cell..UnsafeCell$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$$GT$17hc487d9fadf4fddcaE"}
!3461 = !DILocation(line: 0, scope: !2417, inlinedAt: !3462)
!3462 = distinct !DILocation(line: 805, column: 1, scope: !3047)
!3463 = !{!3464}
!3464 = distinct !{!3464, !3465, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E: %_1"}
!3465 = distinct !{!3465, !"_ZN4core3ptr158drop_in_place$LT$core..option..Option$LT$core..result..Result$LT$$LP$$RP$$C$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$$GT$$GT$17h77be93d168070573E"}
!3466 = !DILocation(line: 805, column: 1, scope: !2417, inlinedAt: !3462)
!3467 = !DILocation(line: 0, scope: !1502, inlinedAt: !3468)
!3468 = distinct !DILocation(line: 805, column: 1, scope: !2417, inlinedAt: !3462)
!3469 = !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !3468)
!3470 = !{!3464, !3459}
!3471 = !DILocation(line: 0, scope: !1512, inlinedAt: !3472)
!3472 = distinct !DILocation(line: 805, column: 1, scope: !1502, inlinedAt: !3468)
!3473 = !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !3472)
!3474 = !DILocation(line: 0, scope: !1521, inlinedAt: !3475)
!3475 = distinct !DILocation(line: 805, column: 1, scope: !1512, inlinedAt: !3472)
!3476 = !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !3475)
!3477 = !{!3478, !3464, !3459}
!3478 = distinct !{!3478, !3479, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E: %_1"}
!3479 = distinct !{!3479, !"_ZN4core3ptr91drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$core..any..Any$u2b$core..marker..Send$GT$$GT$17ha6de78581ea3bdc6E"}
!3480 = !DILocation(line: 0, scope: !1533, inlinedAt: !3481)
!3481 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !3475)
!3482 = !DILocation(line: 0, scope: !1542, inlinedAt: !3481)
!3483 = !DILocation(line: 0, scope: !1573, inlinedAt: !3484)
!3484 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !3481)
!3485 = !DILocation(line: 0, scope: !1585, inlinedAt: !3486)
!3486 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !3484)
!3487 = !DILocation(line: 0, scope: !1592, inlinedAt: !3488)
!3488 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !3484)
!3489 = !DILocation(line: 0, scope: !1603, inlinedAt: !3490)
!3490 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !3488)
!3491 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !3486)
!3492 = !DILocation(line: 0, scope: !1558, inlinedAt: !3481)
!3493 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !3481)
!3494 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !3490)
!3495 = !DILocation(line: 0, scope: !1614, inlinedAt: !3496)
!3496 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !3481)
!3497 = !DILocation(line: 0, scope: !1626, inlinedAt: !3498)
!3498 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3496)
!3499 = !DILocation(line: 0, scope: !1634, inlinedAt: !3500)
!3500 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3498)
!3501 = !DILocation(line: 0, scope: !1643, inlinedAt: !3502)
!3502 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3500)
!3503 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3502)
!3504 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !3481)
!3505 = !DILocation(line: 0, scope: !1533, inlinedAt: !3506)
!3506 = distinct !DILocation(line: 805, column: 1, scope: !1521, inlinedAt: !3475)
!3507 = !DILocation(line: 0, scope: !1542, inlinedAt: !3506)
!3508 = !DILocation(line: 0, scope: !1573, inlinedAt: !3509)
!3509 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !3506)
!3510 = !DILocation(line: 0, scope: !1585, inlinedAt: !3511)
!3511 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !3509)
!3512 = !DILocation(line: 0, scope: !1592, inlinedAt: !3513)
!3513 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !3509)
!3514 = !DILocation(line: 0, scope: !1603, inlinedAt: !3515)
!3515 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !3513)
!3516 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !3511)
!3517 = !DILocation(line: 0, scope: !1558, inlinedAt: !3506)
!3518 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !3506)
!3519 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !3515)
!3520 = !DILocation(line: 0, scope: !1614, inlinedAt: !3521)
!3521 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !3506)
!3522 = !DILocation(line: 0, scope: !1626, inlinedAt: !3523)
!3523 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3521)
!3524 = !DILocation(line: 0, scope: !1634, inlinedAt: !3525)
!3525 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3523)
!3526 = !DILocation(line: 0, scope: !1643, inlinedAt: !3527)
!3527 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3525)
!3528 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3527)
!3529 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !3506)
!3530 = distinct !DISubprogram(name: "drop_in_place<std::thread::join_handle::JoinHandle<()>>", linkageName: "_ZN4core3ptr73drop_in_place$LT$std..thread..join_handle..JoinHandle$LT$$LP$$RP$$GT$$GT$17hd57779f077187f60E", scope: !68, file: !1140, line: 805, type: !3531, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3550, retainedNodes: !3548)
!3531 = !DISubroutineType(types: !3532)
!3532 = !{null, !3533}
!3533 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::join_handle::JoinHandle<()>", baseType: !3534, size: 64, align: 64, dwarfAddressSpace: 0)
!3534 = !DICompositeType(tag: DW_TAG_structure_type, name: "JoinHandle<()>", scope: !3535, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !3536, templateParams: !441, identifier: "ee35f62bf9404f102775e769c6ed946f")
!3535 = !DINamespace(name: "join_handle", scope: !35)
!3536 = !{!3537}
!3537 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3534, file: !2, baseType: !3538, size: 192, align: 64, flags: DIFlagProtected)
!3538 = !DICompositeType(tag: DW_TAG_structure_type, name: "JoinInner<()>", scope: !34, file: !2, size: 192, align: 64, flags: DIFlagProtected, elements: !3539, templateParams: !441, identifier: "e65b5f4e548724d019bbaecd348e8345")
!3539 = !{!3540, !3546, !3547}
!3540 = !DIDerivedType(tag: DW_TAG_member, name: "native", scope: !3538, file: !2, baseType: !3541, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!3541 = !DICompositeType(tag: DW_TAG_structure_type, name: "Thread", scope: !3542, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !3544, templateParams: !23, identifier: "e8c1d139f76b654a68ba5f7b6defa260")
!3542 = !DINamespace(name: "unix", scope: !3543)
!3543 = !DINamespace(name: "thread", scope: !98)
!3544 = !{!3545}
!3545 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !3541, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagPrivate)
!3546 = !DIDerivedType(tag: DW_TAG_member, name: "thread", scope: !3538, file: !2, baseType: !285, size: 64, align: 64, flags: DIFlagPrivate)
!3547 = !DIDerivedType(tag: DW_TAG_member, name: "packet", scope: !3538, file: !2, baseType: !244, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3548 = !{!3549}
!3549 = !DILocalVariable(arg: 1, scope: !3530, file: !1140, line: 805, type: !3533)
!3550 = !{!3551}
!3551 = !DITemplateTypeParameter(name: "T", type: !3534)
!3552 = !DILocation(line: 0, scope: !3530)
!3553 = !DILocalVariable(arg: 1, scope: !3554, file: !1140, line: 805, type: !3557)
!3554 = distinct !DISubprogram(name: "drop_in_place<std::thread::lifecycle::JoinInner<()>>", linkageName: "_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E", scope: !68, file: !1140, line: 805, type: !3555, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3559, retainedNodes: !3558)
!3555 = !DISubroutineType(types: !3556)
!3556 = !{null, !3557}
!3557 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::lifecycle::JoinInner<()>", baseType: !3538, size: 64, align: 64, dwarfAddressSpace: 0)
!3558 = !{!3553}
!3559 = !{!3560}
!3560 = !DITemplateTypeParameter(name: "T", type: !3538)
!3561 = !DILocation(line: 0, scope: !3554, inlinedAt: !3562)
!3562 = distinct !DILocation(line: 805, column: 1, scope: !3530)
!3563 = !DILocation(line: 805, column: 1, scope: !3554, inlinedAt: !3562)
!3564 = !DILocalVariable(arg: 1, scope: !3565, file: !1140, line: 805, type: !3568)
!3565 = distinct !DISubprogram(name: "drop_in_place<std::sys::thread::unix::Thread>", linkageName: "_ZN4core3ptr51drop_in_place$LT$std..sys..thread..unix..Thread$GT$17h38821c6f7276222dE", scope: !68, file: !1140, line: 805, type: !3566, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3570, retainedNodes: !3569)
!3566 = !DISubroutineType(types: !3567)
!3567 = !{null, !3568}
!3568 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sys::thread::unix::Thread", baseType: !3541, size: 64, align: 64, dwarfAddressSpace: 0)
!3569 = !{!3564}
!3570 = !{!3571}
!3571 = !DITemplateTypeParameter(name: "T", type: !3541)
!3572 = !DILocation(line: 0, scope: !3565, inlinedAt: !3573)
!3573 = distinct !DILocation(line: 805, column: 1, scope: !3554, inlinedAt: !3562)
!3574 = !DILocation(line: 805, column: 1, scope: !3565, inlinedAt: !3573)
!3575 = !{!3576}
!3576 = distinct !{!3576, !3577, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!3577 = distinct !{!3577, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!3578 = !DILocation(line: 0, scope: !2799, inlinedAt: !3579)
!3579 = distinct !DILocation(line: 805, column: 1, scope: !3554, inlinedAt: !3562)
!3580 = !{!3581}
!3581 = distinct !{!3581, !3582, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!3582 = distinct !{!3582, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!3583 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !3579)
!3584 = !DILocation(line: 0, scope: !2813, inlinedAt: !3585)
!3585 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !3579)
!3586 = !{!3587}
!3587 = distinct !{!3587, !3588, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!3588 = distinct !{!3588, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!3589 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !3585)
!3590 = !DILocation(line: 0, scope: !2827, inlinedAt: !3591)
!3591 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !3585)
!3592 = !{!3593}
!3593 = distinct !{!3593, !3594, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!3594 = distinct !{!3594, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!3595 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !3591)
!3596 = !DILocation(line: 0, scope: !2841, inlinedAt: !3597)
!3597 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !3591)
!3598 = !DILocation(line: 0, scope: !2849, inlinedAt: !3599)
!3599 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !3597)
!3600 = !DILocation(line: 0, scope: !2859, inlinedAt: !3601)
!3601 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !3597)
!3602 = !DILocation(line: 0, scope: !2866, inlinedAt: !3603)
!3603 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !3601)
!3604 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !3605)
!3605 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !3599)
!3606 = !{!3593, !3587, !3581, !3576, !3607}
!3607 = distinct !{!3607, !3608, !"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E: %_1"}
!3608 = distinct !{!3608, !"_ZN4core3ptr70drop_in_place$LT$std..thread..lifecycle..JoinInner$LT$$LP$$RP$$GT$$GT$17h3c1add028a308673E"}
!3609 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !3601)
!3610 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !3603)
!3611 = !{!3593, !3587, !3581, !3576}
!3612 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !3597)
!3613 = !DILocation(line: 0, scope: !1201, inlinedAt: !3614)
!3614 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !3597)
!3615 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3614)
!3616 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !3597)
!3617 = !{!3618}
!3618 = distinct !{!3618, !3619, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!3619 = distinct !{!3619, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!3620 = !DILocation(line: 0, scope: !2799, inlinedAt: !3621)
!3621 = distinct !DILocation(line: 805, column: 1, scope: !3554, inlinedAt: !3562)
!3622 = !{!3623}
!3623 = distinct !{!3623, !3624, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!3624 = distinct !{!3624, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!3625 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !3621)
!3626 = !DILocation(line: 0, scope: !2813, inlinedAt: !3627)
!3627 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !3621)
!3628 = !{!3629}
!3629 = distinct !{!3629, !3630, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!3630 = distinct !{!3630, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!3631 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !3627)
!3632 = !DILocation(line: 0, scope: !2827, inlinedAt: !3633)
!3633 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !3627)
!3634 = !{!3635}
!3635 = distinct !{!3635, !3636, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!3636 = distinct !{!3636, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!3637 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !3633)
!3638 = !DILocation(line: 0, scope: !2841, inlinedAt: !3639)
!3639 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !3633)
!3640 = !DILocation(line: 0, scope: !2849, inlinedAt: !3641)
!3641 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !3639)
!3642 = !DILocation(line: 0, scope: !2859, inlinedAt: !3643)
!3643 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !3639)
!3644 = !DILocation(line: 0, scope: !2866, inlinedAt: !3645)
!3645 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !3643)
!3646 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !3647)
!3647 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !3641)
!3648 = !{!3635, !3629, !3623, !3618, !3607}
!3649 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !3643)
!3650 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !3645)
!3651 = !{!3635, !3629, !3623, !3618}
!3652 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !3639)
!3653 = !DILocation(line: 0, scope: !1201, inlinedAt: !3654)
!3654 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !3639)
!3655 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3654)
!3656 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !3639)
!3657 = !{!3658}
!3658 = distinct !{!3658, !3659, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!3659 = distinct !{!3659, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!3660 = !DILocation(line: 0, scope: !1679, inlinedAt: !3661)
!3661 = distinct !DILocation(line: 805, column: 1, scope: !3554, inlinedAt: !3562)
!3662 = !{!3663}
!3663 = distinct !{!3663, !3664, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!3664 = distinct !{!3664, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!3665 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !3661)
!3666 = !DILocation(line: 0, scope: !1687, inlinedAt: !3667)
!3667 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !3661)
!3668 = !DILocation(line: 0, scope: !2067, inlinedAt: !3669)
!3669 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !3667)
!3670 = !DILocation(line: 0, scope: !1695, inlinedAt: !3671)
!3671 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !3667)
!3672 = !DILocation(line: 0, scope: !1702, inlinedAt: !3673)
!3673 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !3671)
!3674 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !3675)
!3675 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !3669)
!3676 = !{!3663, !3658, !3607}
!3677 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !3671)
!3678 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !3673)
!3679 = !{!3663, !3658}
!3680 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !3667)
!3681 = !DILocation(line: 0, scope: !1201, inlinedAt: !3682)
!3682 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !3667)
!3683 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3682)
!3684 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !3667)
!3685 = !{!3686}
!3686 = distinct !{!3686, !3687, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!3687 = distinct !{!3687, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!3688 = !DILocation(line: 0, scope: !1679, inlinedAt: !3689)
!3689 = distinct !DILocation(line: 805, column: 1, scope: !3554, inlinedAt: !3562)
!3690 = !{!3691}
!3691 = distinct !{!3691, !3692, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!3692 = distinct !{!3692, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!3693 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !3689)
!3694 = !DILocation(line: 0, scope: !1687, inlinedAt: !3695)
!3695 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !3689)
!3696 = !DILocation(line: 0, scope: !2067, inlinedAt: !3697)
!3697 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !3695)
!3698 = !DILocation(line: 0, scope: !1695, inlinedAt: !3699)
!3699 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !3695)
!3700 = !DILocation(line: 0, scope: !1702, inlinedAt: !3701)
!3701 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !3699)
!3702 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !3703)
!3703 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !3697)
!3704 = !{!3691, !3686, !3607}
!3705 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !3699)
!3706 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !3701)
!3707 = !{!3691, !3686}
!3708 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !3695)
!3709 = !DILocation(line: 0, scope: !1201, inlinedAt: !3710)
!3710 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !3695)
!3711 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3710)
!3712 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !3695)
!3713 = !DILocation(line: 805, column: 1, scope: !3530)
!3714 = !DILocation(line: 0, scope: !1521)
!3715 = !DILocation(line: 805, column: 1, scope: !1521)
!3716 = !DILocation(line: 0, scope: !1533, inlinedAt: !3717)
!3717 = distinct !DILocation(line: 805, column: 1, scope: !1521)
!3718 = !DILocation(line: 0, scope: !1542, inlinedAt: !3717)
!3719 = !DILocation(line: 0, scope: !1573, inlinedAt: !3720)
!3720 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !3717)
!3721 = !DILocation(line: 0, scope: !1585, inlinedAt: !3722)
!3722 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !3720)
!3723 = !DILocation(line: 0, scope: !1592, inlinedAt: !3724)
!3724 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !3720)
!3725 = !DILocation(line: 0, scope: !1603, inlinedAt: !3726)
!3726 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !3724)
!3727 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !3722)
!3728 = !DILocation(line: 0, scope: !1558, inlinedAt: !3717)
!3729 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !3717)
!3730 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !3726)
!3731 = !DILocation(line: 0, scope: !1614, inlinedAt: !3732)
!3732 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !3717)
!3733 = !DILocation(line: 0, scope: !1626, inlinedAt: !3734)
!3734 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3732)
!3735 = !DILocation(line: 0, scope: !1634, inlinedAt: !3736)
!3736 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3734)
!3737 = !DILocation(line: 0, scope: !1643, inlinedAt: !3738)
!3738 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3736)
!3739 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3738)
!3740 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !3717)
!3741 = !DILocation(line: 0, scope: !1533, inlinedAt: !3742)
!3742 = distinct !DILocation(line: 805, column: 1, scope: !1521)
!3743 = !DILocation(line: 0, scope: !1542, inlinedAt: !3742)
!3744 = !DILocation(line: 0, scope: !1573, inlinedAt: !3745)
!3745 = distinct !DILocation(line: 1919, column: 26, scope: !1542, inlinedAt: !3742)
!3746 = !DILocation(line: 0, scope: !1585, inlinedAt: !3747)
!3747 = distinct !DILocation(line: 255, column: 43, scope: !1573, inlinedAt: !3745)
!3748 = !DILocation(line: 0, scope: !1592, inlinedAt: !3749)
!3749 = distinct !DILocation(line: 255, column: 68, scope: !1573, inlinedAt: !3745)
!3750 = !DILocation(line: 0, scope: !1603, inlinedAt: !3751)
!3751 = distinct !DILocation(line: 125, column: 30, scope: !1592, inlinedAt: !3749)
!3752 = !DILocation(line: 429, column: 14, scope: !1585, inlinedAt: !3747)
!3753 = !DILocation(line: 0, scope: !1558, inlinedAt: !3742)
!3754 = !DILocation(line: 1920, column: 16, scope: !1558, inlinedAt: !3742)
!3755 = !DILocation(line: 568, column: 14, scope: !1603, inlinedAt: !3751)
!3756 = !DILocation(line: 0, scope: !1614, inlinedAt: !3757)
!3757 = distinct !DILocation(line: 1921, column: 24, scope: !1558, inlinedAt: !3742)
!3758 = !DILocation(line: 0, scope: !1626, inlinedAt: !3759)
!3759 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3757)
!3760 = !DILocation(line: 0, scope: !1634, inlinedAt: !3761)
!3761 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3759)
!3762 = !DILocation(line: 0, scope: !1643, inlinedAt: !3763)
!3763 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3761)
!3764 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3763)
!3765 = !DILocation(line: 1920, column: 13, scope: !1558, inlinedAt: !3742)
!3766 = distinct !DISubprogram(name: "drop_slow<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE", scope: !61, file: !1128, line: 2109, type: !1160, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !134, declaration: !3767, retainedNodes: !3768)
!3767 = !DISubprogram(name: "drop_slow<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h33f1f0b9704ac74aE", scope: !61, file: !1128, line: 2109, type: !1160, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !134)
!3768 = !{!3769, !3770}
!3769 = !DILocalVariable(name: "self", arg: 1, scope: !3766, file: !1128, line: 2109, type: !1162)
!3770 = !DILocalVariable(name: "_weak", scope: !3771, file: !1128, line: 2115, type: !3772, align: 64)
!3771 = distinct !DILexicalBlock(scope: !3766, file: !1128, line: 2115, column: 9)
!3772 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3773, templateParams: !3776, identifier: "25f43836ec216320bbd310b506be43ee")
!3773 = !{!3774, !3775}
!3774 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !3772, file: !2, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!3775 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !3772, file: !2, baseType: !1619, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3776 = !{!125, !3777}
!3777 = !DITemplateTypeParameter(name: "A", type: !1619)
!3778 = !DILocation(line: 0, scope: !3766)
!3779 = !DILocation(line: 2115, column: 33, scope: !3766)
!3780 = !DILocalVariable(arg: 1, scope: !3781, file: !1140, line: 805, type: !3784)
!3781 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr117drop_in_place$LT$alloc..sync..Weak$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha141f40a17c1497aE", scope: !68, file: !1140, line: 805, type: !3782, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3786, retainedNodes: !3785)
!3782 = !DISubroutineType(types: !3783)
!3783 = !{null, !3784}
!3784 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", baseType: !3772, size: 64, align: 64, dwarfAddressSpace: 0)
!3785 = !{!3780}
!3786 = !{!3787}
!3787 = !DITemplateTypeParameter(name: "T", type: !3772)
!3788 = !DILocation(line: 0, scope: !3781, inlinedAt: !3789)
!3789 = distinct !DILocation(line: 2121, column: 5, scope: !3766)
!3790 = !DILocalVariable(name: "self", arg: 1, scope: !3791, file: !1128, line: 3468, type: !3795)
!3791 = distinct !DISubprogram(name: "drop<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h470913c53deaa92bE", scope: !3792, file: !1128, line: 3468, type: !3793, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3776, retainedNodes: !3796)
!3792 = !DINamespace(name: "{impl#52}", scope: !62)
!3793 = !DISubroutineType(types: !3794)
!3794 = !{null, !3795}
!3795 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", baseType: !3772, size: 64, align: 64, dwarfAddressSpace: 0)
!3796 = !{!3790, !3797, !3797, !3803, !3803}
!3797 = !DILocalVariable(name: "inner", scope: !3798, file: !1128, line: 3477, type: !3799, align: 64)
!3798 = distinct !DILexicalBlock(scope: !3791, file: !1128, line: 3477, column: 9)
!3799 = !DICompositeType(tag: DW_TAG_structure_type, name: "WeakInner", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPrivate, elements: !3800, templateParams: !23, identifier: "3fb1708ff1a23a641418ae7877df0780")
!3800 = !{!3801, !3802}
!3801 = !DIDerivedType(tag: DW_TAG_member, name: "weak", scope: !3799, file: !2, baseType: !1171, size: 64, align: 64, flags: DIFlagPrivate)
!3802 = !DIDerivedType(tag: DW_TAG_member, name: "strong", scope: !3799, file: !2, baseType: !1171, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3803 = !DILocalVariable(name: "inner", scope: !3804, file: !1128, line: 3477, type: !3799, align: 64)
!3804 = distinct !DILexicalBlock(scope: !3791, file: !1128, line: 3477, column: 55)
!3805 = !DILocation(line: 0, scope: !3791, inlinedAt: !3806)
!3806 = distinct !DILocation(line: 805, column: 1, scope: !3781, inlinedAt: !3789)
!3807 = !DILocalVariable(name: "self", arg: 1, scope: !3808, file: !1128, line: 3325, type: !3795)
!3808 = distinct !DISubprogram(name: "inner<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h81b71e646ed8d245E", scope: !3772, file: !1128, line: 3325, type: !3809, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3776, declaration: !3825, retainedNodes: !3826)
!3809 = !DISubroutineType(types: !3810)
!3810 = !{!3811, !3824}
!3811 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::sync::WeakInner>", scope: !149, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3812, templateParams: !23, identifier: "e465991810dac75a84e4c72a6b4fc453")
!3812 = !{!3813}
!3813 = !DICompositeType(tag: DW_TAG_variant_part, scope: !3811, file: !2, size: 128, align: 64, elements: !3814, templateParams: !23, identifier: "8052219ee73fd0d7c67d9e8d476388b4", discriminator: !3823)
!3814 = !{!3815, !3819}
!3815 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !3813, file: !2, baseType: !3816, size: 128, align: 64, extraData: i64 0)
!3816 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !3811, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !3817, identifier: "324806d74fb9eaa6a700272c15d336eb")
!3817 = !{!3818}
!3818 = !DITemplateTypeParameter(name: "T", type: !3799)
!3819 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !3813, file: !2, baseType: !3820, size: 128, align: 64)
!3820 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !3811, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3821, templateParams: !3817, identifier: "752bd2e924b53a0130f76d30b160b008")
!3821 = !{!3822}
!3822 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !3820, file: !2, baseType: !3799, size: 128, align: 64, flags: DIFlagPublic)
!3823 = !DIDerivedType(tag: DW_TAG_member, scope: !3811, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!3824 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", baseType: !3772, size: 64, align: 64, dwarfAddressSpace: 0)
!3825 = !DISubprogram(name: "inner<std::sync::poison::mutex::Mutex<usize>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h81b71e646ed8d245E", scope: !3772, file: !1128, line: 3325, type: !3809, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3776)
!3826 = !{!3807, !3827}
!3827 = !DILocalVariable(name: "ptr", scope: !3828, file: !1128, line: 3326, type: !3829, align: 64)
!3828 = distinct !DILexicalBlock(scope: !3808, file: !1128, line: 3326, column: 9)
!3829 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!3830 = !DILocation(line: 0, scope: !3808, inlinedAt: !3831)
!3831 = distinct !DILocation(line: 3477, column: 47, scope: !3804, inlinedAt: !3806)
!3832 = !DILocalVariable(name: "val", scope: !3833, file: !1168, line: 3165, type: !9, align: 64)
!3833 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !3834)
!3834 = !{!3835, !3832, !3836}
!3835 = !DILocalVariable(name: "self", arg: 1, scope: !3833, file: !1168, line: 3165, type: !1171)
!3836 = !DILocalVariable(name: "order", scope: !3833, file: !1168, line: 3165, type: !672, align: 8)
!3837 = !DILocation(line: 0, scope: !3833, inlinedAt: !3838)
!3838 = distinct !DILocation(line: 3479, column: 23, scope: !3798, inlinedAt: !3806)
!3839 = !DILocalVariable(name: "val", scope: !3840, file: !1168, line: 3936, type: !9, align: 64)
!3840 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !3841)
!3841 = !{!3842, !3839, !3843}
!3842 = !DILocalVariable(name: "dst", arg: 1, scope: !3840, file: !1168, line: 3936, type: !1182)
!3843 = !DILocalVariable(name: "order", scope: !3840, file: !1168, line: 3936, type: !672, align: 8)
!3844 = !DILocation(line: 0, scope: !3840, inlinedAt: !3845)
!3845 = distinct !DILocation(line: 3167, column: 26, scope: !3833, inlinedAt: !3838)
!3846 = !DILocation(line: 0, scope: !3828, inlinedAt: !3831)
!3847 = !DILocation(line: 3327, column: 12, scope: !3828, inlinedAt: !3831)
!3848 = !DILocation(line: 3333, column: 69, scope: !3828, inlinedAt: !3831)
!3849 = !DILocation(line: 0, scope: !3798, inlinedAt: !3806)
!3850 = !DILocation(line: 0, scope: !3804, inlinedAt: !3806)
!3851 = !DILocation(line: 3942, column: 24, scope: !3840, inlinedAt: !3845)
!3852 = !DILocation(line: 3479, column: 12, scope: !3798, inlinedAt: !3806)
!3853 = !DILocation(line: 0, scope: !1201, inlinedAt: !3854)
!3854 = distinct !DILocation(line: 64, column: 9, scope: !3798, inlinedAt: !3806)
!3855 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3854)
!3856 = !DILocalVariable(name: "self", arg: 1, scope: !3857, file: !3858, line: 388, type: !3862)
!3857 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN48_$LT$$RF$A$u20$as$u20$core..alloc..Allocator$GT$10deallocate17h11cdbc7157735fdbE", scope: !3859, file: !3858, line: 388, type: !3860, scopeLine: 388, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !226, retainedNodes: !3863)
!3858 = !DIFile(filename: "library/core/src/alloc/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ef5fdd420c12591762e4494959e9e675")
!3859 = !DINamespace(name: "{impl#2}", scope: !1561)
!3860 = !DISubroutineType(types: !3861)
!3861 = !{null, !3862, !213, !1559}
!3862 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&alloc::alloc::Global", baseType: !1619, size: 64, align: 64, dwarfAddressSpace: 0)
!3863 = !{!3856, !3864, !3865}
!3864 = !DILocalVariable(name: "ptr", arg: 2, scope: !3857, file: !3858, line: 388, type: !213)
!3865 = !DILocalVariable(name: "layout", arg: 3, scope: !3857, file: !3858, line: 388, type: !1559)
!3866 = !DILocation(line: 0, scope: !3857, inlinedAt: !3867)
!3867 = distinct !DILocation(line: 3491, column: 28, scope: !3798, inlinedAt: !3806)
!3868 = !DILocation(line: 0, scope: !1614, inlinedAt: !3869)
!3869 = distinct !DILocation(line: 390, column: 27, scope: !3857, inlinedAt: !3867)
!3870 = !DILocation(line: 0, scope: !1626, inlinedAt: !3871)
!3871 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3869)
!3872 = !DILocation(line: 0, scope: !1634, inlinedAt: !3873)
!3873 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3871)
!3874 = !DILocation(line: 0, scope: !1643, inlinedAt: !3875)
!3875 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3873)
!3876 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3875)
!3877 = !DILocation(line: 3479, column: 9, scope: !3798, inlinedAt: !3806)
!3878 = !DILocation(line: 2121, column: 6, scope: !3766)
!3879 = distinct !DISubprogram(name: "drop_slow<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE", scope: !244, file: !1128, line: 2109, type: !1688, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !3880, retainedNodes: !3881)
!3880 = !DISubprogram(name: "drop_slow<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h38766fd5fdf8b15fE", scope: !244, file: !1128, line: 2109, type: !1688, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !449)
!3881 = !{!3882, !3883}
!3882 = !DILocalVariable(name: "self", arg: 1, scope: !3879, file: !1128, line: 2109, type: !1690)
!3883 = !DILocalVariable(name: "_weak", scope: !3884, file: !1128, line: 2115, type: !3885, align: 64)
!3884 = distinct !DILexicalBlock(scope: !3879, file: !1128, line: 2115, column: 9)
!3885 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !3886, templateParams: !3889, identifier: "d3dc79ea27496625e2839a9a2fa86be5")
!3886 = !{!3887, !3888}
!3887 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !3885, file: !2, baseType: !247, size: 64, align: 64, flags: DIFlagPrivate)
!3888 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !3885, file: !2, baseType: !1619, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!3889 = !{!443, !3777}
!3890 = !DILocation(line: 0, scope: !3879)
!3891 = !DILocation(line: 2115, column: 33, scope: !3879)
!3892 = !DILocation(line: 0, scope: !3884)
!3893 = !DILocation(line: 2120, column: 37, scope: !3884)
!3894 = !DILocation(line: 2120, column: 18, scope: !3884)
!3895 = !DILocalVariable(arg: 1, scope: !3896, file: !1140, line: 805, type: !3899)
!3896 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr119drop_in_place$LT$alloc..sync..Weak$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$C$$RF$alloc..alloc..Global$GT$$GT$17ha85f64fc165f7081E", scope: !68, file: !1140, line: 805, type: !3897, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3901, retainedNodes: !3900)
!3897 = !DISubroutineType(types: !3898)
!3898 = !{null, !3899}
!3899 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !3885, size: 64, align: 64, dwarfAddressSpace: 0)
!3900 = !{!3895}
!3901 = !{!3902}
!3902 = !DITemplateTypeParameter(name: "T", type: !3885)
!3903 = !DILocation(line: 0, scope: !3896, inlinedAt: !3904)
!3904 = distinct !DILocation(line: 2121, column: 5, scope: !3879)
!3905 = !DILocalVariable(name: "self", arg: 1, scope: !3906, file: !1128, line: 3468, type: !3909)
!3906 = distinct !DISubprogram(name: "drop<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h01407cff64b22376E", scope: !3792, file: !1128, line: 3468, type: !3907, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3889, retainedNodes: !3910)
!3907 = !DISubroutineType(types: !3908)
!3908 = !{null, !3909}
!3909 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !3885, size: 64, align: 64, dwarfAddressSpace: 0)
!3910 = !{!3905, !3911, !3911, !3913, !3913}
!3911 = !DILocalVariable(name: "inner", scope: !3912, file: !1128, line: 3477, type: !3799, align: 64)
!3912 = distinct !DILexicalBlock(scope: !3906, file: !1128, line: 3477, column: 9)
!3913 = !DILocalVariable(name: "inner", scope: !3914, file: !1128, line: 3477, type: !3799, align: 64)
!3914 = distinct !DILexicalBlock(scope: !3906, file: !1128, line: 3477, column: 55)
!3915 = !DILocation(line: 0, scope: !3906, inlinedAt: !3916)
!3916 = distinct !DILocation(line: 805, column: 1, scope: !3896, inlinedAt: !3904)
!3917 = !DILocalVariable(name: "self", arg: 1, scope: !3918, file: !1128, line: 3325, type: !3909)
!3918 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h131f1095d4f55676E", scope: !3885, file: !1128, line: 3325, type: !3919, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !3889, declaration: !3922, retainedNodes: !3923)
!3919 = !DISubroutineType(types: !3920)
!3920 = !{!3811, !3921}
!3921 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", baseType: !3885, size: 64, align: 64, dwarfAddressSpace: 0)
!3922 = !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17h131f1095d4f55676E", scope: !3885, file: !1128, line: 3325, type: !3919, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !3889)
!3923 = !{!3917, !3924}
!3924 = !DILocalVariable(name: "ptr", scope: !3925, file: !1128, line: 3326, type: !3926, align: 64)
!3925 = distinct !DILexicalBlock(scope: !3918, file: !1128, line: 3326, column: 9)
!3926 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>", baseType: !251, size: 64, align: 64, dwarfAddressSpace: 0)
!3927 = !DILocation(line: 0, scope: !3918, inlinedAt: !3928)
!3928 = distinct !DILocation(line: 3477, column: 47, scope: !3914, inlinedAt: !3916)
!3929 = !DILocalVariable(name: "val", scope: !3930, file: !1168, line: 3165, type: !9, align: 64)
!3930 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !3931)
!3931 = !{!3932, !3929, !3933}
!3932 = !DILocalVariable(name: "self", arg: 1, scope: !3930, file: !1168, line: 3165, type: !1171)
!3933 = !DILocalVariable(name: "order", scope: !3930, file: !1168, line: 3165, type: !672, align: 8)
!3934 = !DILocation(line: 0, scope: !3930, inlinedAt: !3935)
!3935 = distinct !DILocation(line: 3479, column: 23, scope: !3912, inlinedAt: !3916)
!3936 = !DILocalVariable(name: "val", scope: !3937, file: !1168, line: 3936, type: !9, align: 64)
!3937 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !3938)
!3938 = !{!3939, !3936, !3940}
!3939 = !DILocalVariable(name: "dst", arg: 1, scope: !3937, file: !1168, line: 3936, type: !1182)
!3940 = !DILocalVariable(name: "order", scope: !3937, file: !1168, line: 3936, type: !672, align: 8)
!3941 = !DILocation(line: 0, scope: !3937, inlinedAt: !3942)
!3942 = distinct !DILocation(line: 3167, column: 26, scope: !3930, inlinedAt: !3935)
!3943 = !DILocation(line: 0, scope: !3925, inlinedAt: !3928)
!3944 = !DILocation(line: 3327, column: 12, scope: !3925, inlinedAt: !3928)
!3945 = !DILocation(line: 3333, column: 69, scope: !3925, inlinedAt: !3928)
!3946 = !DILocation(line: 0, scope: !3912, inlinedAt: !3916)
!3947 = !DILocation(line: 0, scope: !3914, inlinedAt: !3916)
!3948 = !DILocation(line: 3942, column: 24, scope: !3937, inlinedAt: !3942)
!3949 = !DILocation(line: 3479, column: 12, scope: !3912, inlinedAt: !3916)
!3950 = !DILocation(line: 0, scope: !1201, inlinedAt: !3951)
!3951 = distinct !DILocation(line: 64, column: 9, scope: !3912, inlinedAt: !3916)
!3952 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3951)
!3953 = !DILocation(line: 0, scope: !3857, inlinedAt: !3954)
!3954 = distinct !DILocation(line: 3491, column: 28, scope: !3912, inlinedAt: !3916)
!3955 = !DILocation(line: 0, scope: !1614, inlinedAt: !3956)
!3956 = distinct !DILocation(line: 390, column: 27, scope: !3857, inlinedAt: !3954)
!3957 = !DILocation(line: 0, scope: !1626, inlinedAt: !3958)
!3958 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3956)
!3959 = !DILocation(line: 0, scope: !1634, inlinedAt: !3960)
!3960 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3958)
!3961 = !DILocation(line: 0, scope: !1643, inlinedAt: !3962)
!3962 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3960)
!3963 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3962)
!3964 = !DILocation(line: 3479, column: 9, scope: !3912, inlinedAt: !3916)
!3965 = !DILocation(line: 0, scope: !3896, inlinedAt: !3966)
!3966 = distinct !DILocation(line: 2121, column: 5, scope: !3879)
!3967 = !DILocation(line: 0, scope: !3906, inlinedAt: !3968)
!3968 = distinct !DILocation(line: 805, column: 1, scope: !3896, inlinedAt: !3966)
!3969 = !DILocation(line: 0, scope: !3918, inlinedAt: !3970)
!3970 = distinct !DILocation(line: 3477, column: 47, scope: !3914, inlinedAt: !3968)
!3971 = !DILocation(line: 0, scope: !3930, inlinedAt: !3972)
!3972 = distinct !DILocation(line: 3479, column: 23, scope: !3912, inlinedAt: !3968)
!3973 = !DILocation(line: 0, scope: !3937, inlinedAt: !3974)
!3974 = distinct !DILocation(line: 3167, column: 26, scope: !3930, inlinedAt: !3972)
!3975 = !DILocation(line: 0, scope: !3925, inlinedAt: !3970)
!3976 = !DILocation(line: 3327, column: 12, scope: !3925, inlinedAt: !3970)
!3977 = !DILocation(line: 3333, column: 69, scope: !3925, inlinedAt: !3970)
!3978 = !DILocation(line: 0, scope: !3912, inlinedAt: !3968)
!3979 = !DILocation(line: 0, scope: !3914, inlinedAt: !3968)
!3980 = !DILocation(line: 3942, column: 24, scope: !3937, inlinedAt: !3974)
!3981 = !DILocation(line: 3479, column: 12, scope: !3912, inlinedAt: !3968)
!3982 = !DILocation(line: 0, scope: !1201, inlinedAt: !3983)
!3983 = distinct !DILocation(line: 64, column: 9, scope: !3912, inlinedAt: !3968)
!3984 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !3983)
!3985 = !DILocation(line: 0, scope: !3857, inlinedAt: !3986)
!3986 = distinct !DILocation(line: 3491, column: 28, scope: !3912, inlinedAt: !3968)
!3987 = !DILocation(line: 0, scope: !1614, inlinedAt: !3988)
!3988 = distinct !DILocation(line: 390, column: 27, scope: !3857, inlinedAt: !3986)
!3989 = !DILocation(line: 0, scope: !1626, inlinedAt: !3990)
!3990 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !3988)
!3991 = !DILocation(line: 0, scope: !1634, inlinedAt: !3992)
!3992 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !3990)
!3993 = !DILocation(line: 0, scope: !1643, inlinedAt: !3994)
!3994 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !3992)
!3995 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !3994)
!3996 = !DILocation(line: 3479, column: 9, scope: !3912, inlinedAt: !3968)
!3997 = !DILocation(line: 2121, column: 6, scope: !3879)
!3998 = !DILocation(line: 2109, column: 5, scope: !3879)
!3999 = distinct !DISubprogram(name: "drop_slow<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E", scope: !267, file: !1128, line: 2109, type: !3402, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !375, declaration: !4000, retainedNodes: !4001)
!4000 = !DISubprogram(name: "drop_slow<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9drop_slow17h593bdbedf3835021E", scope: !267, file: !1128, line: 2109, type: !3402, scopeLine: 2109, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !375)
!4001 = !{!4002, !4003}
!4002 = !DILocalVariable(name: "self", arg: 1, scope: !3999, file: !1128, line: 2109, type: !3404)
!4003 = !DILocalVariable(name: "_weak", scope: !4004, file: !1128, line: 2115, type: !4005, align: 64)
!4004 = distinct !DILexicalBlock(scope: !3999, file: !1128, line: 2115, column: 9)
!4005 = !DICompositeType(tag: DW_TAG_structure_type, name: "Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", scope: !62, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4006, templateParams: !4009, identifier: "57c42bb951b37c34b764e65d0f4d0514")
!4006 = !{!4007, !4008}
!4007 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !4005, file: !2, baseType: !270, size: 64, align: 64, flags: DIFlagPrivate)
!4008 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !4005, file: !2, baseType: !1619, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!4009 = !{!369, !3777}
!4010 = !DILocation(line: 0, scope: !3999)
!4011 = !DILocation(line: 2115, column: 33, scope: !3999)
!4012 = !DILocation(line: 0, scope: !4004)
!4013 = !DILocation(line: 2120, column: 37, scope: !4004)
!4014 = !{!4015}
!4015 = distinct !{!4015, !4016, !"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h9f4bf0f8d6f456dbE: %_1"}
!4016 = distinct !{!4016, !"_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h9f4bf0f8d6f456dbE"}
!4017 = !DILocation(line: 2120, column: 18, scope: !4004)
!4018 = !DILocalVariable(arg: 1, scope: !4019, file: !1140, line: 805, type: !4022)
!4019 = distinct !DISubprogram(name: "drop_in_place<std::thread::scoped::ScopeData>", linkageName: "_ZN4core3ptr51drop_in_place$LT$std..thread..scoped..ScopeData$GT$17h9f4bf0f8d6f456dbE", scope: !68, file: !1140, line: 805, type: !4020, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !368, retainedNodes: !4023)
!4020 = !DISubroutineType(types: !4021)
!4021 = !{null, !4022}
!4022 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::thread::scoped::ScopeData", baseType: !279, size: 64, align: 64, dwarfAddressSpace: 0)
!4023 = !{!4018}
!4024 = !DILocation(line: 0, scope: !4019, inlinedAt: !4025)
!4025 = distinct !DILocation(line: 2120, column: 18, scope: !4004)
!4026 = !{!4027}
!4027 = distinct !{!4027, !4028, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!4028 = distinct !{!4028, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!4029 = !DILocation(line: 805, column: 1, scope: !4019, inlinedAt: !4025)
!4030 = !DILocation(line: 0, scope: !2799, inlinedAt: !4031)
!4031 = distinct !DILocation(line: 805, column: 1, scope: !4019, inlinedAt: !4025)
!4032 = !{!4033}
!4033 = distinct !{!4033, !4034, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!4034 = distinct !{!4034, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!4035 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !4031)
!4036 = !DILocation(line: 0, scope: !2813, inlinedAt: !4037)
!4037 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !4031)
!4038 = !{!4039}
!4039 = distinct !{!4039, !4040, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!4040 = distinct !{!4040, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!4041 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !4037)
!4042 = !DILocation(line: 0, scope: !2827, inlinedAt: !4043)
!4043 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !4037)
!4044 = !{!4045}
!4045 = distinct !{!4045, !4046, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!4046 = distinct !{!4046, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!4047 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !4043)
!4048 = !DILocation(line: 0, scope: !2841, inlinedAt: !4049)
!4049 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !4043)
!4050 = !DILocation(line: 0, scope: !2849, inlinedAt: !4051)
!4051 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !4049)
!4052 = !DILocation(line: 0, scope: !2859, inlinedAt: !4053)
!4053 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !4049)
!4054 = !DILocation(line: 0, scope: !2866, inlinedAt: !4055)
!4055 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !4053)
!4056 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !4057)
!4057 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !4051)
!4058 = !{!4045, !4039, !4033, !4027, !4015}
!4059 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !4053)
!4060 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !4055)
!4061 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !4049)
!4062 = !DILocation(line: 0, scope: !1201, inlinedAt: !4063)
!4063 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !4049)
!4064 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !4063)
!4065 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !4049)
!4066 = !DILocalVariable(arg: 1, scope: !4067, file: !1140, line: 805, type: !4070)
!4067 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>>", linkageName: "_ZN4core3ptr103drop_in_place$LT$alloc..sync..Weak$LT$std..thread..scoped..ScopeData$C$$RF$alloc..alloc..Global$GT$$GT$17hbf99f54f3fa31e0bE", scope: !68, file: !1140, line: 805, type: !4068, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4072, retainedNodes: !4071)
!4068 = !DISubroutineType(types: !4069)
!4069 = !{null, !4070}
!4070 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !4005, size: 64, align: 64, dwarfAddressSpace: 0)
!4071 = !{!4066}
!4072 = !{!4073}
!4073 = !DITemplateTypeParameter(name: "T", type: !4005)
!4074 = !DILocation(line: 0, scope: !4067, inlinedAt: !4075)
!4075 = distinct !DILocation(line: 2121, column: 5, scope: !3999)
!4076 = !DILocalVariable(name: "self", arg: 1, scope: !4077, file: !1128, line: 3468, type: !4080)
!4077 = distinct !DISubprogram(name: "drop<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN72_$LT$alloc..sync..Weak$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h824c19998733b62bE", scope: !3792, file: !1128, line: 3468, type: !4078, scopeLine: 3468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4009, retainedNodes: !4081)
!4078 = !DISubroutineType(types: !4079)
!4079 = !{null, !4080}
!4080 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !4005, size: 64, align: 64, dwarfAddressSpace: 0)
!4081 = !{!4076, !4082, !4082, !4084, !4084}
!4082 = !DILocalVariable(name: "inner", scope: !4083, file: !1128, line: 3477, type: !3799, align: 64)
!4083 = distinct !DILexicalBlock(scope: !4077, file: !1128, line: 3477, column: 9)
!4084 = !DILocalVariable(name: "inner", scope: !4085, file: !1128, line: 3477, type: !3799, align: 64)
!4085 = distinct !DILexicalBlock(scope: !4077, file: !1128, line: 3477, column: 55)
!4086 = !DILocation(line: 0, scope: !4077, inlinedAt: !4087)
!4087 = distinct !DILocation(line: 805, column: 1, scope: !4067, inlinedAt: !4075)
!4088 = !DILocalVariable(name: "self", arg: 1, scope: !4089, file: !1128, line: 3325, type: !4080)
!4089 = distinct !DISubprogram(name: "inner<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17heb8c3c1dccf1e166E", scope: !4005, file: !1128, line: 3325, type: !4090, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4009, declaration: !4093, retainedNodes: !4094)
!4090 = !DISubroutineType(types: !4091)
!4091 = !{!3811, !4092}
!4092 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::sync::Weak<std::thread::scoped::ScopeData, &alloc::alloc::Global>", baseType: !4005, size: 64, align: 64, dwarfAddressSpace: 0)
!4093 = !DISubprogram(name: "inner<std::thread::scoped::ScopeData, &alloc::alloc::Global>", linkageName: "_ZN5alloc4sync17Weak$LT$T$C$A$GT$5inner17heb8c3c1dccf1e166E", scope: !4005, file: !1128, line: 3325, type: !4090, scopeLine: 3325, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4009)
!4094 = !{!4088, !4095}
!4095 = !DILocalVariable(name: "ptr", scope: !4096, file: !1128, line: 3326, type: !4097, align: 64)
!4096 = distinct !DILexicalBlock(scope: !4089, file: !1128, line: 3326, column: 9)
!4097 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::sync::ArcInner<std::thread::scoped::ScopeData>", baseType: !274, size: 64, align: 64, dwarfAddressSpace: 0)
!4098 = !DILocation(line: 0, scope: !4089, inlinedAt: !4099)
!4099 = distinct !DILocation(line: 3477, column: 47, scope: !4085, inlinedAt: !4087)
!4100 = !DILocalVariable(name: "val", scope: !4101, file: !1168, line: 3165, type: !9, align: 64)
!4101 = distinct !DISubprogram(name: "fetch_sub", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_sub", scope: !75, file: !1168, line: 3165, type: !1169, scopeLine: 3165, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1172, retainedNodes: !4102)
!4102 = !{!4103, !4100, !4104}
!4103 = !DILocalVariable(name: "self", arg: 1, scope: !4101, file: !1168, line: 3165, type: !1171)
!4104 = !DILocalVariable(name: "order", scope: !4101, file: !1168, line: 3165, type: !672, align: 8)
!4105 = !DILocation(line: 0, scope: !4101, inlinedAt: !4106)
!4106 = distinct !DILocation(line: 3479, column: 23, scope: !4083, inlinedAt: !4087)
!4107 = !DILocalVariable(name: "val", scope: !4108, file: !1168, line: 3936, type: !9, align: 64)
!4108 = distinct !DISubprogram(name: "atomic_sub<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_sub17h38f13071a813bd21E", scope: !76, file: !1168, line: 3936, type: !1180, scopeLine: 3936, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !4109)
!4109 = !{!4110, !4107, !4111}
!4110 = !DILocalVariable(name: "dst", arg: 1, scope: !4108, file: !1168, line: 3936, type: !1182)
!4111 = !DILocalVariable(name: "order", scope: !4108, file: !1168, line: 3936, type: !672, align: 8)
!4112 = !DILocation(line: 0, scope: !4108, inlinedAt: !4113)
!4113 = distinct !DILocation(line: 3167, column: 26, scope: !4101, inlinedAt: !4106)
!4114 = !DILocation(line: 0, scope: !4096, inlinedAt: !4099)
!4115 = !DILocation(line: 3327, column: 12, scope: !4096, inlinedAt: !4099)
!4116 = !DILocation(line: 3333, column: 69, scope: !4096, inlinedAt: !4099)
!4117 = !DILocation(line: 0, scope: !4083, inlinedAt: !4087)
!4118 = !DILocation(line: 0, scope: !4085, inlinedAt: !4087)
!4119 = !DILocation(line: 3942, column: 24, scope: !4108, inlinedAt: !4113)
!4120 = !DILocation(line: 3479, column: 12, scope: !4083, inlinedAt: !4087)
!4121 = !DILocation(line: 0, scope: !1201, inlinedAt: !4122)
!4122 = distinct !DILocation(line: 64, column: 9, scope: !4083, inlinedAt: !4087)
!4123 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !4122)
!4124 = !DILocation(line: 0, scope: !3857, inlinedAt: !4125)
!4125 = distinct !DILocation(line: 3491, column: 28, scope: !4083, inlinedAt: !4087)
!4126 = !DILocation(line: 0, scope: !1614, inlinedAt: !4127)
!4127 = distinct !DILocation(line: 390, column: 27, scope: !3857, inlinedAt: !4125)
!4128 = !DILocation(line: 0, scope: !1626, inlinedAt: !4129)
!4129 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !4127)
!4130 = !DILocation(line: 0, scope: !1634, inlinedAt: !4131)
!4131 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !4129)
!4132 = !DILocation(line: 0, scope: !1643, inlinedAt: !4133)
!4133 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !4131)
!4134 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !4133)
!4135 = !DILocation(line: 3479, column: 9, scope: !4083, inlinedAt: !4087)
!4136 = !DILocation(line: 0, scope: !4067, inlinedAt: !4137)
!4137 = distinct !DILocation(line: 2121, column: 5, scope: !3999)
!4138 = !DILocation(line: 0, scope: !4077, inlinedAt: !4139)
!4139 = distinct !DILocation(line: 805, column: 1, scope: !4067, inlinedAt: !4137)
!4140 = !DILocation(line: 0, scope: !4089, inlinedAt: !4141)
!4141 = distinct !DILocation(line: 3477, column: 47, scope: !4085, inlinedAt: !4139)
!4142 = !DILocation(line: 0, scope: !4101, inlinedAt: !4143)
!4143 = distinct !DILocation(line: 3479, column: 23, scope: !4083, inlinedAt: !4139)
!4144 = !DILocation(line: 0, scope: !4108, inlinedAt: !4145)
!4145 = distinct !DILocation(line: 3167, column: 26, scope: !4101, inlinedAt: !4143)
!4146 = !DILocation(line: 0, scope: !4096, inlinedAt: !4141)
!4147 = !DILocation(line: 3327, column: 12, scope: !4096, inlinedAt: !4141)
!4148 = !DILocation(line: 3333, column: 69, scope: !4096, inlinedAt: !4141)
!4149 = !DILocation(line: 0, scope: !4083, inlinedAt: !4139)
!4150 = !DILocation(line: 0, scope: !4085, inlinedAt: !4139)
!4151 = !DILocation(line: 3942, column: 24, scope: !4108, inlinedAt: !4145)
!4152 = !DILocation(line: 3479, column: 12, scope: !4083, inlinedAt: !4139)
!4153 = !DILocation(line: 0, scope: !1201, inlinedAt: !4154)
!4154 = distinct !DILocation(line: 64, column: 9, scope: !4083, inlinedAt: !4139)
!4155 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !4154)
!4156 = !DILocation(line: 0, scope: !3857, inlinedAt: !4157)
!4157 = distinct !DILocation(line: 3491, column: 28, scope: !4083, inlinedAt: !4139)
!4158 = !DILocation(line: 0, scope: !1614, inlinedAt: !4159)
!4159 = distinct !DILocation(line: 390, column: 27, scope: !3857, inlinedAt: !4157)
!4160 = !DILocation(line: 0, scope: !1626, inlinedAt: !4161)
!4161 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !4159)
!4162 = !DILocation(line: 0, scope: !1634, inlinedAt: !4163)
!4163 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !4161)
!4164 = !DILocation(line: 0, scope: !1643, inlinedAt: !4165)
!4165 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !4163)
!4166 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !4165)
!4167 = !DILocation(line: 3479, column: 9, scope: !4083, inlinedAt: !4139)
!4168 = !DILocation(line: 2121, column: 6, scope: !3999)
!4169 = !DILocation(line: 2109, column: 5, scope: !3999)
!4170 = distinct !DISubprogram(name: "main", linkageName: "_ZN5mutex4main17h849321f015cbd99cE", scope: !58, file: !1122, line: 19, type: !21, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized | DISPFlagMainSubprogram, unit: !602, templateParams: !23, retainedNodes: !4171)
!4171 = !{!4172, !4174, !4176}
!4172 = !DILocalVariable(name: "shared", scope: !4173, file: !1122, line: 20, type: !61, align: 64)
!4173 = distinct !DILexicalBlock(scope: !4170, file: !1122, line: 20, column: 5)
!4174 = !DILocalVariable(name: "shared_clone", scope: !4175, file: !1122, line: 21, type: !61, align: 64)
!4175 = distinct !DILexicalBlock(scope: !4173, file: !1122, line: 21, column: 5)
!4176 = !DILocalVariable(name: "join_handle", scope: !4177, file: !1122, line: 22, type: !3534, align: 64)
!4177 = distinct !DILexicalBlock(scope: !4175, file: !1122, line: 22, column: 5)
!4178 = !DILocalVariable(name: "self", arg: 1, scope: !4179, file: !4180, line: 254, type: !4181)
!4179 = distinct !DISubprogram(name: "spawn_unchecked<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E", scope: !4181, file: !4180, line: 254, type: !4224, scopeLine: 254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, declaration: !4240, retainedNodes: !4241)
!4180 = !DIFile(filename: "library/std/src/thread/builder.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5d5ace7c26f5ce5a28d4e4a2a875f174")
!4181 = !DICompositeType(tag: DW_TAG_structure_type, name: "Builder", scope: !4182, file: !2, size: 384, align: 64, flags: DIFlagPublic, elements: !4183, templateParams: !23, identifier: "123fac9c1631846bed96440770c53d8e")
!4182 = !DINamespace(name: "builder", scope: !35)
!4183 = !{!4184, !4211, !4223}
!4184 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !4181, file: !2, baseType: !4185, size: 192, align: 64, offset: 128, flags: DIFlagProtected)
!4185 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<alloc::string::String>", scope: !149, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4186, templateParams: !23, identifier: "49d1863e839a3182896d34ea65f0bc6")
!4186 = !{!4187}
!4187 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4185, file: !2, size: 192, align: 64, elements: !4188, templateParams: !23, identifier: "d3313c0ff8ed9069b2283ec38db192b8", discriminator: !4210)
!4188 = !{!4189, !4206}
!4189 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !4187, file: !2, baseType: !4190, size: 192, align: 64, extraData: i64 -9223372036854775808)
!4190 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !4185, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !4191, identifier: "d56e67cd8780041d746d751fe2646303")
!4191 = !{!4192}
!4192 = !DITemplateTypeParameter(name: "T", type: !4193)
!4193 = !DICompositeType(tag: DW_TAG_structure_type, name: "String", scope: !4194, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4195, templateParams: !23, identifier: "bc53cb80a87db744310a1cd4bda01882")
!4194 = !DINamespace(name: "string", scope: !63)
!4195 = !{!4196}
!4196 = !DIDerivedType(tag: DW_TAG_member, name: "vec", scope: !4193, file: !2, baseType: !4197, size: 192, align: 64, flags: DIFlagPrivate)
!4197 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<u8, alloc::alloc::Global>", scope: !199, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4198, templateParams: !4204, identifier: "4743da188a3d7e8b8ad6d3218734496a")
!4198 = !{!4199, !4205}
!4199 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !4197, file: !2, baseType: !4200, size: 128, align: 64, flags: DIFlagPrivate)
!4200 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<u8, alloc::alloc::Global>", scope: !203, file: !2, size: 128, align: 64, flags: DIFlagProtected, elements: !4201, templateParams: !4204, identifier: "1786a941d613205182510ae0fe838410")
!4201 = !{!4202, !4203}
!4202 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !4200, file: !2, baseType: !206, size: 128, align: 64, flags: DIFlagPrivate)
!4203 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !4200, file: !2, baseType: !218, align: 8, offset: 128, flags: DIFlagPrivate)
!4204 = !{!122, !135}
!4205 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !4197, file: !2, baseType: !9, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!4206 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !4187, file: !2, baseType: !4207, size: 192, align: 64)
!4207 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !4185, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4208, templateParams: !4191, identifier: "3c3a503f4bad1a61526c9545514e8605")
!4208 = !{!4209}
!4209 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4207, file: !2, baseType: !4193, size: 192, align: 64, flags: DIFlagPublic)
!4210 = !DIDerivedType(tag: DW_TAG_member, scope: !4185, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4211 = !DIDerivedType(tag: DW_TAG_member, name: "stack_size", scope: !4181, file: !2, baseType: !4212, size: 128, align: 64, flags: DIFlagProtected)
!4212 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !149, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4213, templateParams: !23, identifier: "6f59025219977f466509bd4ae79a2945")
!4213 = !{!4214}
!4214 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4212, file: !2, size: 128, align: 64, elements: !4215, templateParams: !23, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !4222)
!4215 = !{!4216, !4218}
!4216 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !4214, file: !2, baseType: !4217, size: 128, align: 64, extraData: i64 0)
!4217 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !4212, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !84, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!4218 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !4214, file: !2, baseType: !4219, size: 128, align: 64, extraData: i64 1)
!4219 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !4212, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4220, templateParams: !84, identifier: "c70f2dfad93186ce146b7e80830727")
!4220 = !{!4221}
!4221 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4219, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!4222 = !DIDerivedType(tag: DW_TAG_member, scope: !4212, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4223 = !DIDerivedType(tag: DW_TAG_member, name: "no_hooks", scope: !4181, file: !2, baseType: !593, size: 8, align: 8, offset: 320, flags: DIFlagProtected)
!4224 = !DISubroutineType(types: !4225)
!4225 = !{!4226, !4181, !56}
!4226 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", scope: !394, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4227, templateParams: !23, identifier: "dd9d92794df1fd1537199463305f5a3")
!4227 = !{!4228}
!4228 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4226, file: !2, size: 192, align: 64, elements: !4229, templateParams: !23, identifier: "d8b70f4e75de56f8bf27d31960b482b9", discriminator: !4239)
!4229 = !{!4230, !4235}
!4230 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4228, file: !2, baseType: !4231, size: 192, align: 64)
!4231 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4226, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4232, templateParams: !4234, identifier: "b2d190e3562a17b213b3ac85dea11d6c")
!4232 = !{!4233}
!4233 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4231, file: !2, baseType: !3534, size: 192, align: 64, flags: DIFlagPublic)
!4234 = !{!3551, !716}
!4235 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4228, file: !2, baseType: !4236, size: 192, align: 64, extraData: i64 0)
!4236 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4226, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4237, templateParams: !4234, identifier: "dd11300f8e66058135f3be08f05fb8a0")
!4237 = !{!4238}
!4238 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4236, file: !2, baseType: !458, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!4239 = !DIDerivedType(tag: DW_TAG_member, scope: !4226, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4240 = !DISubprogram(name: "spawn_unchecked<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E", scope: !4181, file: !4180, line: 254, type: !4224, scopeLine: 254, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1062)
!4241 = !{!4178, !4242, !4243, !4245, !4246, !4247, !4267}
!4242 = !DILocalVariable(name: "f", arg: 2, scope: !4179, file: !4180, line: 254, type: !56)
!4243 = !DILocalVariable(name: "name", scope: !4244, file: !4180, line: 260, type: !4185, align: 64)
!4244 = distinct !DILexicalBlock(scope: !4179, file: !4180, line: 260, column: 9)
!4245 = !DILocalVariable(name: "stack_size", scope: !4244, file: !4180, line: 260, type: !4212, align: 64)
!4246 = !DILocalVariable(name: "no_hooks", scope: !4244, file: !4180, line: 260, type: !593, align: 8)
!4247 = !DILocalVariable(name: "residual", scope: !4248, file: !4180, line: 261, type: !4249, align: 64)
!4248 = distinct !DILexicalBlock(scope: !4244, file: !4180, line: 261, column: 86)
!4249 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, std::io::error::Error>", scope: !394, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4250, templateParams: !23, identifier: "72a8f6e01d4acb12907e0d0f75169e32")
!4250 = !{!4251}
!4251 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4249, file: !2, size: 64, align: 64, elements: !4252, templateParams: !23, identifier: "2ecc0e67d217039d3595447495a05485")
!4252 = !{!4253, !4263}
!4253 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4251, file: !2, baseType: !4254, size: 64, align: 64)
!4254 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4249, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4255, templateParams: !4261, identifier: "1a7bc56486e5c194122d748a02c45a15")
!4255 = !{!4256}
!4256 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4254, file: !2, baseType: !4257, align: 8, flags: DIFlagPublic)
!4257 = !DICompositeType(tag: DW_TAG_structure_type, name: "Infallible", scope: !4258, file: !2, align: 8, flags: DIFlagPublic, elements: !4259, templateParams: !23, identifier: "78cfd968ca0619bc6721ef3bf8e03805")
!4258 = !DINamespace(name: "convert", scope: !44)
!4259 = !{!4260}
!4260 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4257, file: !2, align: 8, elements: !23, identifier: "820520e070d3f01e1d1c030b6bcc9c0e")
!4261 = !{!4262, !716}
!4262 = !DITemplateTypeParameter(name: "T", type: !4257)
!4263 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4251, file: !2, baseType: !4264, size: 64, align: 64)
!4264 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4249, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !4265, templateParams: !4261, identifier: "61a285588f9a0c215292e288748f1334")
!4265 = !{!4266}
!4266 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4264, file: !2, baseType: !458, size: 64, align: 64, flags: DIFlagPublic)
!4267 = !DILocalVariable(name: "val", scope: !4268, file: !4180, line: 261, type: !3538, align: 64)
!4268 = distinct !DILexicalBlock(scope: !4244, file: !4180, line: 261, column: 86)
!4269 = !DILocation(line: 254, column: 41, scope: !4179, inlinedAt: !4270)
!4270 = distinct !DILocation(line: 191, column: 23, scope: !4271, inlinedAt: !4276)
!4271 = distinct !DISubprogram(name: "spawn<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder5spawn17h26c401431ec1b93bE", scope: !4181, file: !4180, line: 185, type: !4224, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, declaration: !4272, retainedNodes: !4273)
!4272 = !DISubprogram(name: "spawn<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread7builder7Builder5spawn17h26c401431ec1b93bE", scope: !4181, file: !4180, line: 185, type: !4224, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1062)
!4273 = !{!4274, !4275}
!4274 = !DILocalVariable(name: "self", arg: 1, scope: !4271, file: !4180, line: 185, type: !4181)
!4275 = !DILocalVariable(name: "f", arg: 2, scope: !4271, file: !4180, line: 185, type: !56)
!4276 = !DILocation(line: 131, column: 20, scope: !4277, inlinedAt: !4282)
!4277 = distinct !DISubprogram(name: "spawn<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9functions5spawn17h36cc06bcce53a42eE", scope: !1859, file: !1858, line: 125, type: !4278, scopeLine: 125, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !4280)
!4278 = !DISubroutineType(types: !4279)
!4279 = !{!3534, !56}
!4280 = !{!4281}
!4281 = !DILocalVariable(name: "f", arg: 1, scope: !4277, file: !1858, line: 125, type: !56)
!4282 = !DILocation(line: 22, column: 23, scope: !4175)
!4283 = !DILocation(line: 185, column: 24, scope: !4271, inlinedAt: !4276)
!4284 = !DILocation(line: 20, column: 9, scope: !4173)
!4285 = !DILocation(line: 22, column: 9, scope: !4177)
!4286 = !DILocalVariable(name: "self", scope: !4287, file: !4288, line: 149, type: !3534, align: 64)
!4287 = distinct !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread11join_handle19JoinHandle$LT$T$GT$4join17he27fe7f97e67a3e6E", scope: !3534, file: !4288, line: 149, type: !4289, scopeLine: 149, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, declaration: !4291, retainedNodes: !4292)
!4288 = !DIFile(filename: "library/std/src/thread/join_handle.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ba5cff96fe2303f17a06a2f5036e31d9")
!4289 = !DISubroutineType(types: !4290)
!4290 = !{!393, !3534}
!4291 = !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread11join_handle19JoinHandle$LT$T$GT$4join17he27fe7f97e67a3e6E", scope: !3534, file: !4288, line: 149, type: !4289, scopeLine: 149, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !441)
!4292 = !{!4286}
!4293 = !DILocation(line: 149, column: 17, scope: !4287, inlinedAt: !4294)
!4294 = !DILocation(line: 25, column: 17, scope: !4177)
!4295 = !DILocalVariable(name: "val", scope: !4296, file: !1168, line: 3134, type: !9, align: 64)
!4296 = distinct !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !1168, line: 3134, type: !1169, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4297, retainedNodes: !4298)
!4297 = !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !1168, line: 3134, type: !1169, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!4298 = !{!4299, !4295, !4300}
!4299 = !DILocalVariable(name: "self", arg: 1, scope: !4296, file: !1168, line: 3134, type: !1171)
!4300 = !DILocalVariable(name: "order", scope: !4296, file: !1168, line: 3134, type: !672, align: 8)
!4301 = !DILocation(line: 0, scope: !4296, inlinedAt: !4302)
!4302 = !DILocation(line: 2388, column: 44, scope: !4303, inlinedAt: !4311)
!4303 = distinct !DISubprogram(name: "clone<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17hf86a39a380379ea3E", scope: !4304, file: !1128, line: 2376, type: !4305, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !134, retainedNodes: !4307)
!4304 = !DINamespace(name: "{impl#32}", scope: !62)
!4305 = !DISubroutineType(types: !4306)
!4306 = !{!61, !1132}
!4307 = !{!4308, !4309}
!4308 = !DILocalVariable(name: "self", arg: 1, scope: !4303, file: !1128, line: 2376, type: !1132)
!4309 = !DILocalVariable(name: "old_size", scope: !4310, file: !1128, line: 2388, type: !9, align: 64)
!4310 = distinct !DILexicalBlock(scope: !4303, file: !1128, line: 2388, column: 9)
!4311 = !DILocation(line: 21, column: 31, scope: !4173)
!4312 = !DILocalVariable(name: "val", scope: !4313, file: !1168, line: 3919, type: !9, align: 64)
!4313 = distinct !DISubprogram(name: "atomic_add<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_add17h405d31ae1acce4e0E", scope: !76, file: !1168, line: 3919, type: !1180, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !4314)
!4314 = !{!4315, !4312, !4316}
!4315 = !DILocalVariable(name: "dst", arg: 1, scope: !4313, file: !1168, line: 3919, type: !1182)
!4316 = !DILocalVariable(name: "order", scope: !4313, file: !1168, line: 3919, type: !672, align: 8)
!4317 = !DILocation(line: 0, scope: !4313, inlinedAt: !4318)
!4318 = !DILocation(line: 3136, column: 26, scope: !4296, inlinedAt: !4302)
!4319 = !DILocalVariable(name: "alloc", scope: !4320, file: !1128, line: 309, type: !132, align: 8)
!4320 = distinct !DISubprogram(name: "from_inner_in<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hb68264b287af9e56E", scope: !61, file: !1128, line: 309, type: !4321, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !134, declaration: !4323, retainedNodes: !4324)
!4321 = !DISubroutineType(types: !4322)
!4322 = !{!61, !66, !132}
!4323 = !DISubprogram(name: "from_inner_in<std::sync::poison::mutex::Mutex<usize>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17hb68264b287af9e56E", scope: !61, file: !1128, line: 309, type: !4321, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !134)
!4324 = !{!4325, !4319}
!4325 = !DILocalVariable(name: "ptr", arg: 1, scope: !4320, file: !1128, line: 309, type: !66)
!4326 = !DILocation(line: 309, column: 56, scope: !4320, inlinedAt: !4327)
!4327 = !DILocation(line: 2409, column: 18, scope: !4310, inlinedAt: !4311)
!4328 = !DILocation(line: 20, column: 9, scope: !4170)
!4329 = !DILocalVariable(name: "data", arg: 1, scope: !4330, file: !1128, line: 419, type: !88)
!4330 = distinct !DISubprogram(name: "new<std::sync::poison::mutex::Mutex<usize>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h3679378b64ff57e6E", scope: !61, file: !1128, line: 419, type: !4331, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !124, declaration: !4333, retainedNodes: !4334)
!4331 = !DISubroutineType(types: !4332)
!4332 = !{!61, !88}
!4333 = !DISubprogram(name: "new<std::sync::poison::mutex::Mutex<usize>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h3679378b64ff57e6E", scope: !61, file: !1128, line: 419, type: !4331, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !124)
!4334 = !{!4329, !4335}
!4335 = !DILocalVariable(name: "x", scope: !4336, file: !1128, line: 422, type: !4337, align: 64)
!4336 = distinct !DILexicalBlock(scope: !4330, file: !1128, line: 422, column: 9)
!4337 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>, alloc::alloc::Global>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!4338 = !DILocation(line: 0, scope: !4330, inlinedAt: !4339)
!4339 = !DILocation(line: 20, column: 18, scope: !4170)
!4340 = !DILocalVariable(name: "x", arg: 1, scope: !4341, file: !1534, line: 284, type: !72)
!4341 = distinct !DISubprogram(name: "new<alloc::sync::ArcInner<std::sync::poison::mutex::Mutex<usize>>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h4f32954f46bc6b30E", scope: !4342, file: !1534, line: 284, type: !4343, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !126, retainedNodes: !4345)
!4342 = !DINamespace(name: "{impl#0}", scope: !1536)
!4343 = !DISubroutineType(types: !4344)
!4344 = !{!4337, !72}
!4345 = !{!4340, !4346}
!4346 = !DILocalVariable(name: "ptr", scope: !4347, file: !1534, line: 286, type: !3829, align: 64)
!4347 = distinct !DILexicalBlock(scope: !4341, file: !1534, line: 286, column: 9)
!4348 = !DILocation(line: 0, scope: !4341, inlinedAt: !4349)
!4349 = distinct !DILocation(line: 422, column: 25, scope: !4330, inlinedAt: !4339)
!4350 = !DILocalVariable(name: "layout", arg: 1, scope: !4351, file: !1534, line: 247, type: !1559)
!4351 = distinct !DISubprogram(name: "box_new_uninit", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit", scope: !1536, file: !1534, line: 247, type: !4352, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4354)
!4352 = !DISubroutineType(types: !4353)
!4353 = !{!923, !1559}
!4354 = !{!4350, !4355}
!4355 = !DILocalVariable(name: "ptr", scope: !4356, file: !1534, line: 249, type: !4357, align: 64)
!4356 = distinct !DILexicalBlock(scope: !4351, file: !1534, line: 249, column: 9)
!4357 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[u8]>", scope: !67, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4358, templateParams: !121, identifier: "efe3e6a52bef0fc2baf8e9a8d6a6c8ea")
!4358 = !{!4359}
!4359 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4357, file: !2, baseType: !803, size: 128, align: 64, flags: DIFlagPrivate)
!4360 = !DILocation(line: 0, scope: !4351, inlinedAt: !4361)
!4361 = distinct !DILocation(line: 286, column: 19, scope: !4341, inlinedAt: !4349)
!4362 = !DILocalVariable(name: "layout", arg: 2, scope: !4363, file: !1615, line: 428, type: !1559)
!4363 = distinct !DISubprogram(name: "allocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate", scope: !1616, file: !1615, line: 428, type: !4364, scopeLine: 428, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4383)
!4364 = !DISubroutineType(types: !4365)
!4365 = !{!4366, !1619, !1559}
!4366 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::ptr::non_null::NonNull<[u8]>, core::alloc::AllocError>", scope: !394, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4367, templateParams: !23, identifier: "519a674418a5b51cf8bee27a967aa54e")
!4367 = !{!4368}
!4368 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4366, file: !2, size: 128, align: 64, elements: !4369, templateParams: !23, identifier: "3b104dde0538164c272d7f6e9ec8806f", discriminator: !4382)
!4369 = !{!4370, !4378}
!4370 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4368, file: !2, baseType: !4371, size: 128, align: 64)
!4371 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4366, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4372, templateParams: !4374, identifier: "30b736d771929d0b7715388dfe942406")
!4372 = !{!4373}
!4373 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4371, file: !2, baseType: !4357, size: 128, align: 64, flags: DIFlagPublic)
!4374 = !{!4375, !4376}
!4375 = !DITemplateTypeParameter(name: "T", type: !4357)
!4376 = !DITemplateTypeParameter(name: "E", type: !4377)
!4377 = !DICompositeType(tag: DW_TAG_structure_type, name: "AllocError", scope: !1561, file: !2, align: 8, flags: DIFlagPublic, elements: !23, identifier: "111d797cdc779cf5e7833a8ef17b26ec")
!4378 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4368, file: !2, baseType: !4379, size: 128, align: 64, extraData: i64 0)
!4379 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4366, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4380, templateParams: !4374, identifier: "1f90ad7cc2064f8f568100f50e75d1fb")
!4380 = !{!4381}
!4381 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4379, file: !2, baseType: !4377, align: 8, flags: DIFlagPublic)
!4382 = !DIDerivedType(tag: DW_TAG_member, scope: !4366, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4383 = !{!4384, !4362}
!4384 = !DILocalVariable(name: "self", scope: !4363, file: !1615, line: 428, type: !1619, align: 64)
!4385 = !DILocation(line: 0, scope: !4363, inlinedAt: !4386)
!4386 = distinct !DILocation(line: 248, column: 18, scope: !4351, inlinedAt: !4361)
!4387 = !DILocalVariable(name: "layout", arg: 2, scope: !4388, file: !1615, line: 311, type: !1559)
!4388 = distinct !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !132, file: !1615, line: 311, type: !4389, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4391, retainedNodes: !4392)
!4389 = !DISubroutineType(types: !4390)
!4390 = !{!4366, !1619, !1559, !593}
!4391 = !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !132, file: !1615, line: 311, type: !4389, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!4392 = !{!4393, !4387, !4394}
!4393 = !DILocalVariable(name: "self", scope: !4388, file: !1615, line: 311, type: !1619, align: 64)
!4394 = !DILocalVariable(name: "zeroed", scope: !4388, file: !1615, line: 311, type: !593, align: 8)
!4395 = !DILocation(line: 0, scope: !4388, inlinedAt: !4396)
!4396 = distinct !DILocation(line: 429, column: 14, scope: !4363, inlinedAt: !4386)
!4397 = !DILocalVariable(name: "layout", arg: 1, scope: !4398, file: !1615, line: 185, type: !1559)
!4398 = distinct !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !132, file: !1615, line: 185, type: !4399, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4401, retainedNodes: !4402)
!4399 = !DISubroutineType(types: !4400)
!4400 = !{!4366, !1559, !593}
!4401 = !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !132, file: !1615, line: 185, type: !4399, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!4402 = !{!4397, !4403, !4404, !4406, !4408, !4410, !4425}
!4403 = !DILocalVariable(name: "zeroed", arg: 2, scope: !4398, file: !1615, line: 185, type: !593)
!4404 = !DILocalVariable(name: "size", scope: !4405, file: !1615, line: 189, type: !9, align: 64)
!4405 = distinct !DILexicalBlock(scope: !4398, file: !1615, line: 189, column: 13)
!4406 = !DILocalVariable(name: "raw_ptr", scope: !4407, file: !1615, line: 190, type: !923, align: 64)
!4407 = distinct !DILexicalBlock(scope: !4405, file: !1615, line: 190, column: 17)
!4408 = !DILocalVariable(name: "ptr", scope: !4409, file: !1615, line: 191, type: !213, align: 64)
!4409 = distinct !DILexicalBlock(scope: !4407, file: !1615, line: 191, column: 17)
!4410 = !DILocalVariable(name: "residual", scope: !4411, file: !1615, line: 191, type: !4412, align: 8)
!4411 = distinct !DILexicalBlock(scope: !4407, file: !1615, line: 191, column: 66)
!4412 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, core::alloc::AllocError>", scope: !394, file: !2, align: 8, flags: DIFlagPublic, elements: !4413, templateParams: !23, identifier: "e93516a9a4d4ff61ba16dc75632d6fe")
!4413 = !{!4414}
!4414 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4412, file: !2, align: 8, elements: !4415, templateParams: !23, identifier: "f5e162db303eef1e33f578c71ec0a693")
!4415 = !{!4416, !4421}
!4416 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4414, file: !2, baseType: !4417, align: 8)
!4417 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4412, file: !2, align: 8, flags: DIFlagPublic, elements: !4418, templateParams: !4420, identifier: "f1d8e5af3a1dffc68ba77da64f0701a9")
!4418 = !{!4419}
!4419 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4417, file: !2, baseType: !4257, align: 8, flags: DIFlagPublic)
!4420 = !{!4262, !4376}
!4421 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4414, file: !2, baseType: !4422, align: 8)
!4422 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4412, file: !2, align: 8, flags: DIFlagPublic, elements: !4423, templateParams: !4420, identifier: "e8d1b6dff9322dfb94e83992955f462f")
!4423 = !{!4424}
!4424 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4422, file: !2, baseType: !4377, align: 8, flags: DIFlagPublic)
!4425 = !DILocalVariable(name: "val", scope: !4426, file: !1615, line: 191, type: !213, align: 64)
!4426 = distinct !DILexicalBlock(scope: !4407, file: !1615, line: 191, column: 66)
!4427 = !DILocation(line: 0, scope: !4398, inlinedAt: !4428)
!4428 = distinct !DILocation(line: 312, column: 9, scope: !4388, inlinedAt: !4396)
!4429 = !DILocalVariable(name: "layout", arg: 1, scope: !4430, file: !1615, line: 89, type: !1559)
!4430 = distinct !DISubprogram(name: "alloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc5alloc", scope: !133, file: !1615, line: 89, type: !4352, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4431)
!4431 = !{!4429}
!4432 = !DILocation(line: 0, scope: !4430, inlinedAt: !4433)
!4433 = distinct !DILocation(line: 190, column: 73, scope: !4405, inlinedAt: !4428)
!4434 = !DILocation(line: 0, scope: !4405, inlinedAt: !4428)
!4435 = !DILocation(line: 93, column: 9, scope: !4430, inlinedAt: !4433)
!4436 = !{!4437}
!4437 = distinct !{!4437, !4438, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h4f32954f46bc6b30E: %x"}
!4438 = distinct !{!4438, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h4f32954f46bc6b30E"}
!4439 = !DILocation(line: 95, column: 9, scope: !4430, inlinedAt: !4433)
!4440 = !DILocation(line: 248, column: 11, scope: !4351, inlinedAt: !4361)
!4441 = !DILocation(line: 248, column: 5, scope: !4351, inlinedAt: !4361)
!4442 = !DILocation(line: 250, column: 19, scope: !4351, inlinedAt: !4361)
!4443 = !DILocation(line: 0, scope: !4347, inlinedAt: !4349)
!4444 = !DILocation(line: 289, column: 56, scope: !4347, inlinedAt: !4349)
!4445 = !DILocation(line: 0, scope: !4336, inlinedAt: !4339)
!4446 = !DILocalVariable(name: "ptr", arg: 1, scope: !4447, file: !1128, line: 292, type: !66)
!4447 = distinct !DISubprogram(name: "from_inner<std::sync::poison::mutex::Mutex<usize>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17h6826677cfb0c3e3fE", scope: !61, file: !1128, line: 292, type: !4448, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !124, declaration: !4450, retainedNodes: !4451)
!4448 = !DISubroutineType(types: !4449)
!4449 = !{!61, !66}
!4450 = !DISubprogram(name: "from_inner<std::sync::poison::mutex::Mutex<usize>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17h6826677cfb0c3e3fE", scope: !61, file: !1128, line: 292, type: !4448, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !124)
!4451 = !{!4446}
!4452 = !DILocation(line: 0, scope: !4447, inlinedAt: !4453)
!4453 = !DILocation(line: 427, column: 18, scope: !4336, inlinedAt: !4339)
!4454 = !DILocation(line: 310, column: 9, scope: !4320, inlinedAt: !4455)
!4455 = !DILocation(line: 293, column: 18, scope: !4447, inlinedAt: !4453)
!4456 = !DILocation(line: 2376, column: 14, scope: !4303, inlinedAt: !4311)
!4457 = !DILocation(line: 3134, column: 30, scope: !4296, inlinedAt: !4302)
!4458 = !DILocation(line: 3923, column: 24, scope: !4313, inlinedAt: !4318)
!4459 = !DILocation(line: 0, scope: !4310, inlinedAt: !4311)
!4460 = !DILocation(line: 2405, column: 12, scope: !4310, inlinedAt: !4311)
!4461 = !DILocation(line: 0, scope: !4320, inlinedAt: !4327)
!4462 = !DILocation(line: 0, scope: !4175)
!4463 = !DILocation(line: 22, column: 9, scope: !4175)
!4464 = !DILocation(line: 0, scope: !4277, inlinedAt: !4282)
!4465 = !DILocation(line: 0, scope: !4271, inlinedAt: !4276)
!4466 = !DILocation(line: 0, scope: !4179, inlinedAt: !4270)
!4467 = !DILocation(line: 260, column: 23, scope: !4179, inlinedAt: !4270)
!4468 = !DILocation(line: 260, column: 23, scope: !4244, inlinedAt: !4270)
!4469 = !{!4470}
!4470 = distinct !{!4470, !4471, !"_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E: %_0"}
!4471 = distinct !{!4471, !"_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E"}
!4472 = !DILocation(line: 0, scope: !4244, inlinedAt: !4270)
!4473 = !{!4470, !4474}
!4474 = distinct !{!4474, !4471, !"_ZN3std6thread7builder7Builder15spawn_unchecked17h05952a1c40ff83f3E: %self"}
!4475 = !DILocalVariable(name: "stack_size", arg: 2, scope: !4476, file: !1060, line: 19, type: !4212)
!4476 = distinct !DISubprogram(name: "spawn_unchecked<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked17h6ff662fea340f725E", scope: !34, file: !1060, line: 17, type: !4477, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !4493)
!4477 = !DISubroutineType(types: !4478)
!4478 = !{!4479, !4185, !4212, !593, !259, !56}
!4479 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::thread::lifecycle::JoinInner<()>, std::io::error::Error>", scope: !394, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4480, templateParams: !23, identifier: "feeec05db0b4a0fdff1d4c847cfa063")
!4480 = !{!4481}
!4481 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4479, file: !2, size: 192, align: 64, elements: !4482, templateParams: !23, identifier: "2530cd8f15d23cf1c02e44c46b76187a", discriminator: !4492)
!4482 = !{!4483, !4488}
!4483 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4481, file: !2, baseType: !4484, size: 192, align: 64)
!4484 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4479, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4485, templateParams: !4487, identifier: "4feb49cf35a6d8a7c8d61e2419a0ef2")
!4485 = !{!4486}
!4486 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4484, file: !2, baseType: !3538, size: 192, align: 64, flags: DIFlagPublic)
!4487 = !{!3560, !716}
!4488 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4481, file: !2, baseType: !4489, size: 192, align: 64, extraData: i64 0)
!4489 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4479, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4490, templateParams: !4487, identifier: "146325ce69eedf11911afb4a6b175548")
!4490 = !{!4491}
!4491 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4489, file: !2, baseType: !458, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!4492 = !DIDerivedType(tag: DW_TAG_member, scope: !4479, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4493 = !{!4494, !4475, !4495, !4496, !4497, !4498, !4500, !4502, !4504, !4506, !4508, !4510, !4512, !4514, !4516, !4518, !4520, !4526, !4529, !4531}
!4494 = !DILocalVariable(name: "name", arg: 1, scope: !4476, file: !1060, line: 18, type: !4185)
!4495 = !DILocalVariable(name: "no_hooks", arg: 3, scope: !4476, file: !1060, line: 20, type: !593)
!4496 = !DILocalVariable(name: "scope_data", arg: 4, scope: !4476, file: !1060, line: 21, type: !259)
!4497 = !DILocalVariable(name: "f", arg: 5, scope: !4476, file: !1060, line: 22, type: !56)
!4498 = !DILocalVariable(name: "stack_size", scope: !4499, file: !1060, line: 29, type: !9, align: 64)
!4499 = distinct !DILexicalBlock(scope: !4476, file: !1060, line: 29, column: 5)
!4500 = !DILocalVariable(name: "id", scope: !4501, file: !1060, line: 47, type: !336, align: 64)
!4501 = distinct !DILexicalBlock(scope: !4499, file: !1060, line: 47, column: 5)
!4502 = !DILocalVariable(name: "thread", scope: !4503, file: !1060, line: 48, type: !285, align: 64)
!4503 = distinct !DILexicalBlock(scope: !4501, file: !1060, line: 48, column: 5)
!4504 = !DILocalVariable(name: "hooks", scope: !4505, file: !1060, line: 50, type: !141, align: 64)
!4505 = distinct !DILexicalBlock(scope: !4503, file: !1060, line: 50, column: 5)
!4506 = !DILocalVariable(name: "my_packet", scope: !4507, file: !1060, line: 56, type: !244, align: 64)
!4507 = distinct !DILexicalBlock(scope: !4505, file: !1060, line: 56, column: 5)
!4508 = !DILocalVariable(name: "their_packet", scope: !4509, file: !1060, line: 58, type: !244, align: 64)
!4509 = distinct !DILexicalBlock(scope: !4507, file: !1060, line: 58, column: 5)
!4510 = !DILocalVariable(name: "f", scope: !4511, file: !1060, line: 83, type: !38, align: 64)
!4511 = distinct !DILexicalBlock(scope: !4509, file: !1060, line: 83, column: 5)
!4512 = !DILocalVariable(name: "rust_start", scope: !4513, file: !1060, line: 87, type: !32, align: 64)
!4513 = distinct !DILexicalBlock(scope: !4511, file: !1060, line: 87, column: 5)
!4514 = !DILocalVariable(name: "scope_data", scope: !4515, file: !1060, line: 106, type: !3120, align: 64)
!4515 = distinct !DILexicalBlock(scope: !4513, file: !1060, line: 106, column: 48)
!4516 = !DILocalVariable(name: "rust_start", scope: !4517, file: !1060, line: 112, type: !231, align: 64)
!4517 = distinct !DILexicalBlock(scope: !4513, file: !1060, line: 112, column: 5)
!4518 = !DILocalVariable(name: "ptr", scope: !4519, file: !1060, line: 113, type: !1240, align: 64)
!4519 = distinct !DILexicalBlock(scope: !4513, file: !1060, line: 113, column: 9)
!4520 = !DILocalVariable(name: "ptr", scope: !4521, file: !1060, line: 114, type: !4522, align: 64)
!4521 = distinct !DILexicalBlock(scope: !4519, file: !1060, line: 114, column: 9)
!4522 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut (dyn core::ops::function::FnOnce<(), Output=()> + core::marker::Send)", file: !2, size: 128, align: 64, elements: !4523, templateParams: !23, identifier: "3407113f7913f60060dac8ccf115095")
!4523 = !{!4524, !4525}
!4524 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !4522, file: !2, baseType: !234, size: 64, align: 64)
!4525 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !4522, file: !2, baseType: !237, size: 64, align: 64, offset: 64)
!4526 = !DILocalVariable(name: "init", scope: !4527, file: !1060, line: 121, type: !4528, align: 64)
!4527 = distinct !DILexicalBlock(scope: !4517, file: !1060, line: 121, column: 5)
!4528 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::thread::lifecycle::ThreadInit, alloc::alloc::Global>", baseType: !2785, size: 64, align: 64, dwarfAddressSpace: 0)
!4529 = !DILocalVariable(name: "residual", scope: !4530, file: !1060, line: 137, type: !4249, align: 64)
!4530 = distinct !DILexicalBlock(scope: !4527, file: !1060, line: 137, column: 60)
!4531 = !DILocalVariable(name: "val", scope: !4532, file: !1060, line: 137, type: !3541, align: 64)
!4532 = distinct !DILexicalBlock(scope: !4527, file: !1060, line: 137, column: 60)
!4533 = !DILocation(line: 0, scope: !4476, inlinedAt: !4534)
!4534 = distinct !DILocation(line: 261, column: 32, scope: !4244, inlinedAt: !4270)
!4535 = !DILocalVariable(name: "self", arg: 1, scope: !4536, file: !971, line: 1061, type: !4212)
!4536 = distinct !DISubprogram(name: "unwrap_or_else<usize, std::thread::lifecycle::spawn_unchecked::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h7dd1fee629218b20E", scope: !4212, file: !971, line: 1061, type: !4537, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4541, declaration: !4540, retainedNodes: !4543)
!4537 = !DISubroutineType(types: !4538)
!4538 = !{!9, !4212, !4539, !763}
!4539 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<mutex::main::{closure_env#0}, ()>", scope: !33, file: !2, align: 8, elements: !23, identifier: "64ca66722e58f336d546cd6fc364338a")
!4540 = !DISubprogram(name: "unwrap_or_else<usize, std::thread::lifecycle::spawn_unchecked::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$14unwrap_or_else17h7dd1fee629218b20E", scope: !4212, file: !971, line: 1061, type: !4537, scopeLine: 1061, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4541)
!4541 = !{!85, !4542}
!4542 = !DITemplateTypeParameter(name: "F", type: !4539)
!4543 = !{!4535, !4544, !4545}
!4544 = !DILocalVariable(name: "f", scope: !4536, file: !971, line: 1061, type: !4539, align: 8)
!4545 = !DILocalVariable(name: "x", scope: !4546, file: !971, line: 1066, type: !9, align: 64)
!4546 = distinct !DILexicalBlock(scope: !4536, file: !971, line: 1066, column: 13)
!4547 = !DILocation(line: 0, scope: !4536, inlinedAt: !4548)
!4548 = distinct !DILocation(line: 29, column: 33, scope: !4476, inlinedAt: !4534)
!4549 = !{!4550, !4552, !4470, !4474}
!4550 = distinct !{!4550, !4551, !"_ZN3std6thread9lifecycle15spawn_unchecked17h6ff662fea340f725E: %_0"}
!4551 = distinct !{!4551, !"_ZN3std6thread9lifecycle15spawn_unchecked17h6ff662fea340f725E"}
!4552 = distinct !{!4552, !4551, !"_ZN3std6thread9lifecycle15spawn_unchecked17h6ff662fea340f725E: %name"}
!4553 = !DILocation(line: 18, column: 5, scope: !4476, inlinedAt: !4534)
!4554 = !DILocation(line: 22, column: 5, scope: !4476, inlinedAt: !4534)
!4555 = !DILocation(line: 48, column: 9, scope: !4503, inlinedAt: !4534)
!4556 = !DILocation(line: 50, column: 9, scope: !4505, inlinedAt: !4534)
!4557 = !DILocation(line: 56, column: 9, scope: !4507, inlinedAt: !4534)
!4558 = !DILocation(line: 87, column: 9, scope: !4513, inlinedAt: !4534)
!4559 = !DILocation(line: 1061, column: 42, scope: !4536, inlinedAt: !4548)
!4560 = !DILocalVariable(name: "val", scope: !4561, file: !1168, line: 3134, type: !9, align: 64)
!4561 = distinct !DISubprogram(name: "fetch_add", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize9fetch_add", scope: !75, file: !1168, line: 3134, type: !1169, scopeLine: 3134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4297, retainedNodes: !4562)
!4562 = !{!4563, !4560, !4564, !4560, !4564}
!4563 = !DILocalVariable(name: "self", arg: 1, scope: !4561, file: !1168, line: 3134, type: !1171)
!4564 = !DILocalVariable(name: "order", scope: !4561, file: !1168, line: 3134, type: !672, align: 8)
!4565 = !DILocation(line: 0, scope: !4561, inlinedAt: !4566)
!4566 = distinct !DILocation(line: 2388, column: 44, scope: !4567, inlinedAt: !4574)
!4567 = distinct !DISubprogram(name: "clone<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h056cf13c949bec05E", scope: !4304, file: !1128, line: 2376, type: !4568, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, retainedNodes: !4570)
!4568 = !DISubroutineType(types: !4569)
!4569 = !{!244, !1464}
!4570 = !{!4571, !4572}
!4571 = !DILocalVariable(name: "self", arg: 1, scope: !4567, file: !1128, line: 2376, type: !1464)
!4572 = !DILocalVariable(name: "old_size", scope: !4573, file: !1128, line: 2388, type: !9, align: 64)
!4573 = distinct !DILexicalBlock(scope: !4567, file: !1128, line: 2388, column: 9)
!4574 = distinct !DILocation(line: 58, column: 34, scope: !4507, inlinedAt: !4534)
!4575 = !DILocalVariable(name: "val", scope: !4576, file: !1168, line: 3919, type: !9, align: 64)
!4576 = distinct !DISubprogram(name: "atomic_add<usize, usize>", linkageName: "_ZN4core4sync6atomic10atomic_add17h405d31ae1acce4e0E", scope: !76, file: !1168, line: 3919, type: !1180, scopeLine: 3919, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1186, retainedNodes: !4577)
!4577 = !{!4578, !4575, !4579, !4575, !4579}
!4578 = !DILocalVariable(name: "dst", arg: 1, scope: !4576, file: !1168, line: 3919, type: !1182)
!4579 = !DILocalVariable(name: "order", scope: !4576, file: !1168, line: 3919, type: !672, align: 8)
!4580 = !DILocation(line: 0, scope: !4576, inlinedAt: !4581)
!4581 = distinct !DILocation(line: 3136, column: 26, scope: !4561, inlinedAt: !4566)
!4582 = !DILocalVariable(name: "alloc", scope: !4583, file: !1128, line: 309, type: !132, align: 8)
!4583 = distinct !DISubprogram(name: "from_inner_in<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17h9b29852b20df6150E", scope: !244, file: !1128, line: 309, type: !4584, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !4586, retainedNodes: !4587)
!4584 = !DISubroutineType(types: !4585)
!4585 = !{!244, !247, !132}
!4586 = !DISubprogram(name: "from_inner_in<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$13from_inner_in17h9b29852b20df6150E", scope: !244, file: !1128, line: 309, type: !4584, scopeLine: 309, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !449)
!4587 = !{!4588, !4582}
!4588 = !DILocalVariable(name: "ptr", arg: 1, scope: !4583, file: !1128, line: 309, type: !247)
!4589 = !DILocation(line: 309, column: 56, scope: !4583, inlinedAt: !4590)
!4590 = distinct !DILocation(line: 2409, column: 18, scope: !4573, inlinedAt: !4574)
!4591 = !DILocation(line: 0, scope: !4561, inlinedAt: !4592)
!4592 = distinct !DILocation(line: 2388, column: 44, scope: !4593, inlinedAt: !4601)
!4593 = !DILexicalBlockFile(scope: !4594, file: !1128, discriminator: 2)
!4594 = distinct !DISubprogram(name: "clone<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN68_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h451c20032cef1320E", scope: !4304, file: !1128, line: 2376, type: !4595, scopeLine: 2376, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !364, retainedNodes: !4597)
!4595 = !DISubroutineType(types: !4596)
!4596 = !{!293, !2853}
!4597 = !{!4598, !4599}
!4598 = !DILocalVariable(name: "self", arg: 1, scope: !4594, file: !1128, line: 2376, type: !2853)
!4599 = !DILocalVariable(name: "old_size", scope: !4600, file: !1128, line: 2388, type: !9, align: 64)
!4600 = distinct !DILexicalBlock(scope: !4594, file: !1128, line: 2388, column: 9)
!4601 = distinct !DILocation(line: 1091, column: 16, scope: !4602, inlinedAt: !4610)
!4602 = distinct !DISubprogram(name: "clone<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", linkageName: "_ZN64_$LT$core..pin..Pin$LT$Ptr$GT$$u20$as$u20$core..clone..Clone$GT$5clone17h047c90b92391835eE", scope: !4604, file: !4603, line: 1091, type: !4605, scopeLine: 1091, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !366, retainedNodes: !4608)
!4603 = !DIFile(filename: "library/core/src/pin.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "a7e518e7fd98a383ffad20f21e00e5b3")
!4604 = !DINamespace(name: "{impl#28}", scope: !290)
!4605 = !DISubroutineType(types: !4606)
!4606 = !{!289, !4607}
!4607 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::pin::Pin<alloc::sync::Arc<std::thread::thread::Inner, std::alloc::System>>", baseType: !289, size: 64, align: 64, dwarfAddressSpace: 0)
!4608 = !{!4609}
!4609 = !DILocalVariable(name: "self", arg: 1, scope: !4602, file: !4603, line: 1091, type: !4607)
!4610 = distinct !DILocation(line: 61, column: 10, scope: !4611, inlinedAt: !4619)
!4611 = distinct !DISubprogram(name: "clone", linkageName: "_RNvXs1_NtNtCsjrHSEGnQ3l9_3std6thread6threadNtB5_6ThreadNtNtCsgEmfK2I1SDS_4core5clone5Clone5clone", scope: !4613, file: !4612, line: 61, type: !4614, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4617)
!4612 = !DIFile(filename: "library/std/src/thread/thread.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3005680e1504410ed32e1506758665e5")
!4613 = !DINamespace(name: "{impl#3}", scope: !286)
!4614 = !DISubroutineType(types: !4615)
!4615 = !{!285, !4616}
!4616 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::thread::thread::Thread", baseType: !285, size: 64, align: 64, dwarfAddressSpace: 0)
!4617 = !{!4618}
!4618 = !DILocalVariable(name: "self", arg: 1, scope: !4611, file: !4612, line: 61, type: !4616)
!4619 = distinct !DILocation(line: 121, column: 53, scope: !4517, inlinedAt: !4534)
!4620 = !DILocation(line: 0, scope: !4576, inlinedAt: !4621)
!4621 = distinct !DILocation(line: 3136, column: 26, scope: !4622, inlinedAt: !4592)
!4622 = !DILexicalBlockFile(scope: !4561, file: !1168, discriminator: 2)
!4623 = !DILocalVariable(arg: 1, scope: !4624, file: !1060, line: 29, type: !4539)
!4624 = distinct !DISubprogram(name: "{closure#0}<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$17hbd5a13ef39acff81E", scope: !33, file: !1060, line: 29, type: !4625, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !4627)
!4625 = !DISubroutineType(types: !4626)
!4626 = !{!9, !4539}
!4627 = !{!4628, !4630, !4623}
!4628 = !DILocalVariable(name: "n", scope: !4629, file: !1060, line: 34, type: !9, align: 64)
!4629 = distinct !DILexicalBlock(scope: !4624, file: !1060, line: 34, column: 13)
!4630 = !DILocalVariable(name: "amt", scope: !4631, file: !1060, line: 37, type: !9, align: 64)
!4631 = distinct !DILexicalBlock(scope: !4624, file: !1060, line: 37, column: 9)
!4632 = !DILocation(line: 29, column: 48, scope: !4624, inlinedAt: !4633)
!4633 = distinct !DILocation(line: 1067, column: 21, scope: !4536, inlinedAt: !4548)
!4634 = !DILocalVariable(name: "self", arg: 1, scope: !4635, file: !971, line: 1541, type: !4636)
!4635 = distinct !DISubprogram(name: "and_then<std::ffi::os_str::OsString, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h8047c27f633b581dE", scope: !4636, file: !971, line: 1541, type: !4659, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4664, declaration: !4663, retainedNodes: !4666)
!4636 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<std::ffi::os_str::OsString>", scope: !149, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4637, templateParams: !23, identifier: "45fe4a459e6da64dc342cf01dae1121a")
!4637 = !{!4638}
!4638 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4636, file: !2, size: 192, align: 64, elements: !4639, templateParams: !23, identifier: "6db36bd6e9fa950033843b36d828bf98", discriminator: !4658)
!4639 = !{!4640, !4654}
!4640 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !4638, file: !2, baseType: !4641, size: 192, align: 64, extraData: i64 -9223372036854775808)
!4641 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !4636, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !4642, identifier: "ab9ba039511e7f24837f764d69d1ee67")
!4642 = !{!4643}
!4643 = !DITemplateTypeParameter(name: "T", type: !4644)
!4644 = !DICompositeType(tag: DW_TAG_structure_type, name: "OsString", scope: !4645, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4647, templateParams: !23, identifier: "199623efef18463058824be4a9382ca2")
!4645 = !DINamespace(name: "os_str", scope: !4646)
!4646 = !DINamespace(name: "ffi", scope: !17)
!4647 = !{!4648}
!4648 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !4644, file: !2, baseType: !4649, size: 192, align: 64, flags: DIFlagPrivate)
!4649 = !DICompositeType(tag: DW_TAG_structure_type, name: "Buf", scope: !4650, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4652, templateParams: !23, identifier: "eb793ea8c69a73daa307a3862c2a53a")
!4650 = !DINamespace(name: "bytes", scope: !4651)
!4651 = !DINamespace(name: "os_str", scope: !98)
!4652 = !{!4653}
!4653 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !4649, file: !2, baseType: !4197, size: 192, align: 64, flags: DIFlagPublic)
!4654 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !4638, file: !2, baseType: !4655, size: 192, align: 64)
!4655 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !4636, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4656, templateParams: !4642, identifier: "37c87ca8fd8ab2e5462c35cffaf4433b")
!4656 = !{!4657}
!4657 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4655, file: !2, baseType: !4644, size: 192, align: 64, flags: DIFlagPublic)
!4658 = !DIDerivedType(tag: DW_TAG_member, scope: !4636, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4659 = !DISubroutineType(types: !4660)
!4660 = !{!4212, !4636, !4661}
!4661 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<mutex::main::{closure_env#0}, ()>", scope: !4662, file: !2, align: 8, elements: !23, identifier: "e66d792f754e9584e714e6d04d94c033")
!4662 = !DINamespace(name: "{closure#0}", scope: !33)
!4663 = !DISubprogram(name: "and_then<std::ffi::os_str::OsString, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h8047c27f633b581dE", scope: !4636, file: !971, line: 1541, type: !4659, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4664)
!4664 = !{!4643, !1187, !4665}
!4665 = !DITemplateTypeParameter(name: "F", type: !4661)
!4666 = !{!4634, !4667, !4668}
!4667 = !DILocalVariable(name: "f", scope: !4635, file: !971, line: 1541, type: !4661, align: 8)
!4668 = !DILocalVariable(name: "x", scope: !4669, file: !971, line: 1546, type: !4644, align: 64)
!4669 = distinct !DILexicalBlock(scope: !4635, file: !971, line: 1546, column: 13)
!4670 = !DILocation(line: 1541, column: 33, scope: !4635, inlinedAt: !4671)
!4671 = distinct !DILocation(line: 38, column: 14, scope: !4624, inlinedAt: !4633)
!4672 = !DILocalVariable(name: "order", scope: !4673, file: !1168, line: 2842, type: !672, align: 8)
!4673 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !1168, line: 2842, type: !1843, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1845, retainedNodes: !4674)
!4674 = !{!4675, !4672}
!4675 = !DILocalVariable(name: "self", arg: 1, scope: !4673, file: !1168, line: 2842, type: !1171)
!4676 = !DILocation(line: 0, scope: !4673, inlinedAt: !4677)
!4677 = distinct !DILocation(line: 32, column: 19, scope: !4624, inlinedAt: !4633)
!4678 = !DILocation(line: 1541, column: 39, scope: !4635, inlinedAt: !4671)
!4679 = !DILocalVariable(name: "default", scope: !4680, file: !971, line: 1038, type: !9, align: 64)
!4680 = distinct !DISubprogram(name: "unwrap_or<usize>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h59257507514cdc41E", scope: !4212, file: !971, line: 1038, type: !4681, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, declaration: !4683, retainedNodes: !4684)
!4681 = !DISubroutineType(types: !4682)
!4682 = !{!9, !4212, !9}
!4683 = !DISubprogram(name: "unwrap_or<usize>", linkageName: "_ZN4core6option15Option$LT$T$GT$9unwrap_or17h59257507514cdc41E", scope: !4212, file: !971, line: 1038, type: !4681, scopeLine: 1038, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!4684 = !{!4685, !4679, !4686}
!4685 = !DILocalVariable(name: "self", arg: 1, scope: !4680, file: !971, line: 1038, type: !4212)
!4686 = !DILocalVariable(name: "x", scope: !4687, file: !971, line: 1043, type: !9, align: 64)
!4687 = distinct !DILexicalBlock(scope: !4680, file: !971, line: 1043, column: 13)
!4688 = !DILocation(line: 0, scope: !4680, inlinedAt: !4689)
!4689 = distinct !DILocation(line: 39, column: 14, scope: !4624, inlinedAt: !4633)
!4690 = !DILocalVariable(name: "self", scope: !4691, file: !1168, line: 2870, type: !1171, align: 64)
!4691 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !1168, line: 2870, type: !4692, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4694, retainedNodes: !4695)
!4692 = !DISubroutineType(types: !4693)
!4693 = !{null, !1171, !9, !672}
!4694 = !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !1168, line: 2870, type: !4692, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!4695 = !{!4690, !4696, !4697}
!4696 = !DILocalVariable(name: "val", arg: 2, scope: !4691, file: !1168, line: 2870, type: !9)
!4697 = !DILocalVariable(name: "order", scope: !4691, file: !1168, line: 2870, type: !672, align: 8)
!4698 = !DILocation(line: 0, scope: !4691, inlinedAt: !4699)
!4699 = distinct !DILocation(line: 43, column: 13, scope: !4631, inlinedAt: !4633)
!4700 = !DILocation(line: 0, scope: !1874, inlinedAt: !4701)
!4701 = distinct !DILocation(line: 2844, column: 26, scope: !4673, inlinedAt: !4677)
!4702 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !4701)
!4703 = !DILocation(line: 0, scope: !4629, inlinedAt: !4633)
!4704 = !DILocation(line: 32, column: 9, scope: !4624, inlinedAt: !4633)
!4705 = !DILocation(line: 37, column: 19, scope: !4624, inlinedAt: !4633)
!4706 = !DILocalVariable(name: "key", arg: 1, scope: !4707, file: !4708, line: 259, type: !557)
!4707 = distinct !DISubprogram(name: "var_os<&str>", linkageName: "_ZN3std3env6var_os17h3dfb554fb5b4d0afE", scope: !4709, file: !4708, line: 259, type: !4710, scopeLine: 259, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4713, retainedNodes: !4712)
!4708 = !DIFile(filename: "library/std/src/env.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ea222fa0ef0f8138bff3cc805406605d")
!4709 = !DINamespace(name: "env", scope: !17)
!4710 = !DISubroutineType(types: !4711)
!4711 = !{!4636, !557}
!4712 = !{!4706}
!4713 = !{!4714}
!4714 = !DITemplateTypeParameter(name: "K", type: !557)
!4715 = !DILocation(line: 0, scope: !4707, inlinedAt: !4716)
!4716 = distinct !DILocation(line: 37, column: 19, scope: !4624, inlinedAt: !4633)
!4717 = !DILocation(line: 260, column: 5, scope: !4707, inlinedAt: !4716)
!4718 = !DILocation(line: 1545, column: 15, scope: !4635, inlinedAt: !4671)
!4719 = !{i64 0, i64 -9223372036854775807}
!4720 = !DILocation(line: 1545, column: 9, scope: !4635, inlinedAt: !4671)
!4721 = !DILocation(line: 34, column: 25, scope: !4629, inlinedAt: !4633)
!4722 = !DILocation(line: 0, scope: !4631, inlinedAt: !4633)
!4723 = !DILocation(line: 45, column: 6, scope: !4624, inlinedAt: !4633)
!4724 = !DILocation(line: 0, scope: !4669, inlinedAt: !4671)
!4725 = !DILocation(line: 1546, column: 18, scope: !4635, inlinedAt: !4671)
!4726 = !DILocalVariable(name: "s", arg: 2, scope: !4727, file: !1060, line: 38, type: !4644)
!4727 = distinct !DISubprogram(name: "{closure#0}<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf01be360bc6ef31dE", scope: !4662, file: !1060, line: 38, type: !4728, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !4730)
!4728 = !DISubroutineType(types: !4729)
!4729 = !{!4212, !4661, !4644}
!4730 = !{!4726, !4731}
!4731 = !DILocalVariable(arg: 1, scope: !4727, file: !1060, line: 38, type: !4661)
!4732 = !DILocation(line: 0, scope: !4727, inlinedAt: !4733)
!4733 = distinct !DILocation(line: 1546, column: 24, scope: !4669, inlinedAt: !4671)
!4734 = !DILocation(line: 38, column: 23, scope: !4727, inlinedAt: !4733)
!4735 = !DILocalVariable(name: "self", arg: 1, scope: !4736, file: !4737, line: 708, type: !4738)
!4736 = distinct !DISubprogram(name: "ok<&str, core::str::error::Utf8Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$2ok17h5ce681b9dfba2e0aE", scope: !4738, file: !4737, line: 708, type: !4770, scopeLine: 708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4746, declaration: !4783, retainedNodes: !4784)
!4737 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!4738 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<&str, core::str::error::Utf8Error>", scope: !394, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4739, templateParams: !23, identifier: "5582fb2b4f7836c2b89331cf171c5afa")
!4739 = !{!4740}
!4740 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4738, file: !2, size: 192, align: 64, elements: !4741, templateParams: !23, identifier: "6cf57bbe5981774bf4790e94b77f380", discriminator: !4769)
!4741 = !{!4742, !4765}
!4742 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4740, file: !2, baseType: !4743, size: 192, align: 64, extraData: i64 0)
!4743 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4738, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4744, templateParams: !4746, identifier: "6f375c847b087fd65c2efe46c2d601fc")
!4744 = !{!4745}
!4745 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4743, file: !2, baseType: !557, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!4746 = !{!781, !4747}
!4747 = !DITemplateTypeParameter(name: "E", type: !4748)
!4748 = !DICompositeType(tag: DW_TAG_structure_type, name: "Utf8Error", scope: !4749, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4751, templateParams: !23, identifier: "a1b2917cf4ad01b98aaa8d55424ca90e")
!4749 = !DINamespace(name: "error", scope: !4750)
!4750 = !DINamespace(name: "str", scope: !44)
!4751 = !{!4752, !4753}
!4752 = !DIDerivedType(tag: DW_TAG_member, name: "valid_up_to", scope: !4748, file: !2, baseType: !9, size: 64, align: 64, flags: DIFlagProtected)
!4753 = !DIDerivedType(tag: DW_TAG_member, name: "error_len", scope: !4748, file: !2, baseType: !4754, size: 16, align: 8, offset: 64, flags: DIFlagProtected)
!4754 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u8>", scope: !149, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !4755, templateParams: !23, identifier: "6850a92a40c22a3fa30403901fda925d")
!4755 = !{!4756}
!4756 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4754, file: !2, size: 16, align: 8, elements: !4757, templateParams: !23, identifier: "6dc00fc24aa236d6513d9de8c7098b42", discriminator: !4764)
!4757 = !{!4758, !4760}
!4758 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !4756, file: !2, baseType: !4759, size: 16, align: 8, extraData: i8 0)
!4759 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !4754, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !23, templateParams: !121, identifier: "82686c0219b197b3634b19b380fb0074")
!4760 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !4756, file: !2, baseType: !4761, size: 16, align: 8, extraData: i8 1)
!4761 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !4754, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !4762, templateParams: !121, identifier: "da7c844113dbf375df5d296690266c32")
!4762 = !{!4763}
!4763 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4761, file: !2, baseType: !120, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!4764 = !DIDerivedType(tag: DW_TAG_member, scope: !4754, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!4765 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4740, file: !2, baseType: !4766, size: 192, align: 64, extraData: i64 1)
!4766 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4738, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !4767, templateParams: !4746, identifier: "2937e7ba81d49a1c39907cf4541f6c52")
!4767 = !{!4768}
!4768 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4766, file: !2, baseType: !4748, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!4769 = !DIDerivedType(tag: DW_TAG_member, scope: !4738, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4770 = !DISubroutineType(types: !4771)
!4771 = !{!4772, !4738}
!4772 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&str>", scope: !149, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4773, templateParams: !23, identifier: "388f0724495c9979543236d6ae2d54c2")
!4773 = !{!4774}
!4774 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4772, file: !2, size: 128, align: 64, elements: !4775, templateParams: !23, identifier: "e6785e8f6e1e140eb9b4249e8ee16932", discriminator: !4782)
!4775 = !{!4776, !4778}
!4776 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !4774, file: !2, baseType: !4777, size: 128, align: 64, extraData: i64 0)
!4777 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !4772, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !780, identifier: "d07e0299997611c95ecaaab3f1b5fcbf")
!4778 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !4774, file: !2, baseType: !4779, size: 128, align: 64)
!4779 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !4772, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4780, templateParams: !780, identifier: "752c4aa88f8dc851ac37ea0fe4a1be3a")
!4780 = !{!4781}
!4781 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4779, file: !2, baseType: !557, size: 128, align: 64, flags: DIFlagPublic)
!4782 = !DIDerivedType(tag: DW_TAG_member, scope: !4772, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!4783 = !DISubprogram(name: "ok<&str, core::str::error::Utf8Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$2ok17h5ce681b9dfba2e0aE", scope: !4738, file: !4737, line: 708, type: !4770, scopeLine: 708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4746)
!4784 = !{!4735, !4785}
!4785 = !DILocalVariable(name: "x", scope: !4786, file: !4737, line: 714, type: !557, align: 64)
!4786 = distinct !DILexicalBlock(scope: !4736, file: !4737, line: 714, column: 13)
!4787 = !DILocation(line: 708, column: 21, scope: !4736, inlinedAt: !4788)
!4788 = distinct !DILocation(line: 914, column: 29, scope: !4789, inlinedAt: !4811)
!4789 = distinct !DISubprogram(name: "to_str", linkageName: "_RNvMsl_NtNtCsjrHSEGnQ3l9_3std3ffi6os_strNtB5_5OsStr6to_str", scope: !4791, file: !4790, line: 913, type: !4797, scopeLine: 913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4804, retainedNodes: !4805)
!4790 = !DIFile(filename: "library/std/src/ffi/os_str.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6eec051f87d8cefa8b614e4b3d949fd0")
!4791 = !DICompositeType(tag: DW_TAG_structure_type, name: "OsStr", scope: !4645, file: !2, align: 8, flags: DIFlagPublic, elements: !4792, templateParams: !23, identifier: "9b2ff0e99145c91adaf994211d6efd2a")
!4792 = !{!4793}
!4793 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !4791, file: !2, baseType: !4794, align: 8, flags: DIFlagPrivate)
!4794 = !DICompositeType(tag: DW_TAG_structure_type, name: "Slice", scope: !4650, file: !2, align: 8, flags: DIFlagPublic, elements: !4795, templateParams: !23, identifier: "4daaa6a3d6e2ac322e5faa02ad2f2c71")
!4795 = !{!4796}
!4796 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !4794, file: !2, baseType: !120, align: 8, flags: DIFlagPublic)
!4797 = !DISubroutineType(types: !4798)
!4798 = !{!4772, !4799}
!4799 = !DICompositeType(tag: DW_TAG_structure_type, name: "&std::ffi::os_str::OsStr", file: !2, size: 128, align: 64, elements: !4800, templateParams: !23, identifier: "5ad606f5414a2d9527e9cd3c27c80654")
!4800 = !{!4801, !4803}
!4801 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !4799, file: !2, baseType: !4802, size: 64, align: 64)
!4802 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4791, size: 64, align: 64, dwarfAddressSpace: 0)
!4803 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !4799, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!4804 = !DISubprogram(name: "to_str", linkageName: "_RNvMsl_NtNtCsjrHSEGnQ3l9_3std3ffi6os_strNtB5_5OsStr6to_str", scope: !4791, file: !4790, line: 913, type: !4797, scopeLine: 913, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!4805 = !{!4806}
!4806 = !DILocalVariable(name: "self", arg: 1, scope: !4789, file: !4790, line: 913, type: !4807)
!4807 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const std::ffi::os_str::OsStr", file: !2, size: 128, align: 64, elements: !4808, templateParams: !23, identifier: "fcdd8c6d8e8385321623bf8c6fbc98cc")
!4808 = !{!4809, !4810}
!4809 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !4807, file: !2, baseType: !4802, size: 64, align: 64)
!4810 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !4807, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!4811 = distinct !DILocation(line: 38, column: 29, scope: !4727, inlinedAt: !4733)
!4812 = !DILocalVariable(name: "f", scope: !4813, file: !971, line: 1541, type: !4816, align: 8)
!4813 = distinct !DISubprogram(name: "and_then<&str, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure#0}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h2aed9831f4d062f7E", scope: !4772, file: !971, line: 1541, type: !4814, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4819, declaration: !4818, retainedNodes: !4821)
!4814 = !DISubroutineType(types: !4815)
!4815 = !{!4212, !4772, !4816}
!4816 = !DICompositeType(tag: DW_TAG_structure_type, name: "{closure_env#0}<mutex::main::{closure_env#0}, ()>", scope: !4817, file: !2, align: 8, elements: !23, identifier: "c94dd38d82bba73177c4c0f34464a0a4")
!4817 = !DINamespace(name: "{closure#0}", scope: !4662)
!4818 = !DISubprogram(name: "and_then<&str, usize, std::thread::lifecycle::spawn_unchecked::{closure#0}::{closure#0}::{closure_env#0}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$8and_then17h2aed9831f4d062f7E", scope: !4772, file: !971, line: 1541, type: !4814, scopeLine: 1541, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4819)
!4819 = !{!781, !1187, !4820}
!4820 = !DITemplateTypeParameter(name: "F", type: !4816)
!4821 = !{!4822, !4812, !4823}
!4822 = !DILocalVariable(name: "self", arg: 1, scope: !4813, file: !971, line: 1541, type: !4772)
!4823 = !DILocalVariable(name: "x", scope: !4824, file: !971, line: 1546, type: !557, align: 64)
!4824 = distinct !DILexicalBlock(scope: !4813, file: !971, line: 1546, column: 13)
!4825 = !DILocation(line: 1541, column: 39, scope: !4813, inlinedAt: !4826)
!4826 = distinct !DILocation(line: 38, column: 38, scope: !4727, inlinedAt: !4733)
!4827 = !DILocalVariable(name: "radix", scope: !4828, file: !4829, line: 1629, type: !107, align: 32)
!4828 = distinct !DISubprogram(name: "from_str_radix", linkageName: "_RNvMsv_NtCsgEmfK2I1SDS_4core3numj14from_str_radix", scope: !4830, file: !4829, line: 1629, type: !4831, scopeLine: 1629, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4851)
!4829 = !DIFile(filename: "library/core/src/num/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "1db7404d1c8f3f7800b5a2176e16a3e4")
!4830 = !DINamespace(name: "{impl#33}", scope: !222)
!4831 = !DISubroutineType(types: !4832)
!4832 = !{!4833, !557, !107}
!4833 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<usize, core::num::error::ParseIntError>", scope: !394, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4834, templateParams: !23, identifier: "6d3af7ce428cd6cc82e757daf4ebf0c0")
!4834 = !{!4835}
!4835 = !DICompositeType(tag: DW_TAG_variant_part, scope: !4833, file: !2, size: 128, align: 64, elements: !4836, templateParams: !23, identifier: "4327e9ab2957c403a5761f2393aced4", discriminator: !4850)
!4836 = !{!4837, !4846}
!4837 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !4835, file: !2, baseType: !4838, size: 128, align: 64, extraData: i8 0)
!4838 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !4833, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4839, templateParams: !4841, identifier: "49acdc61c11aed3184f953118eaa67c9")
!4839 = !{!4840}
!4840 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4838, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!4841 = !{!85, !4842}
!4842 = !DITemplateTypeParameter(name: "E", type: !4843)
!4843 = !DICompositeType(tag: DW_TAG_structure_type, name: "ParseIntError", scope: !680, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !4844, templateParams: !23, identifier: "f413e33ccd4d99b7e5207af7dbc7958c")
!4844 = !{!4845}
!4845 = !DIDerivedType(tag: DW_TAG_member, name: "kind", scope: !4843, file: !2, baseType: !679, size: 8, align: 8, flags: DIFlagProtected)
!4846 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !4835, file: !2, baseType: !4847, size: 128, align: 64, extraData: i8 1)
!4847 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !4833, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !4848, templateParams: !4841, identifier: "e95c5481c4f5dd586c38665176a42d88")
!4848 = !{!4849}
!4849 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !4847, file: !2, baseType: !4843, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!4850 = !DIDerivedType(tag: DW_TAG_member, scope: !4833, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!4851 = !{!4852, !4827}
!4852 = !DILocalVariable(name: "src", arg: 1, scope: !4828, file: !4829, line: 1629, type: !557)
!4853 = !DILocation(line: 0, scope: !4828, inlinedAt: !4854)
!4854 = distinct !DILocation(line: 1579, column: 17, scope: !4855, inlinedAt: !4861)
!4855 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvXsu_NtCsgEmfK2I1SDS_4core3numjNtNtNtB7_3str6traits7FromStr8from_str", scope: !4856, file: !4829, line: 1578, type: !4857, scopeLine: 1578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4859)
!4856 = !DINamespace(name: "{impl#32}", scope: !222)
!4857 = !DISubroutineType(types: !4858)
!4858 = !{!4833, !557}
!4859 = !{!4860}
!4860 = !DILocalVariable(name: "src", arg: 1, scope: !4855, file: !4829, line: 1578, type: !557)
!4861 = distinct !DILocation(line: 2766, column: 9, scope: !4862, inlinedAt: !4869)
!4862 = distinct !DISubprogram(name: "parse<usize>", linkageName: "_ZN4core3str21_$LT$impl$u20$str$GT$5parse17hd074a74917c60004E", scope: !4864, file: !4863, line: 2765, type: !4857, scopeLine: 2765, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4867, retainedNodes: !4865)
!4863 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!4864 = !DINamespace(name: "{impl#0}", scope: !4750)
!4865 = !{!4866}
!4866 = !DILocalVariable(name: "self", arg: 1, scope: !4862, file: !4863, line: 2765, type: !557)
!4867 = !{!4868}
!4868 = !DITemplateTypeParameter(name: "F", type: !9)
!4869 = distinct !DILocation(line: 38, column: 53, scope: !4870, inlinedAt: !4875)
!4870 = distinct !DISubprogram(name: "{closure#0}<mutex::main::{closure_env#0}, ()>", linkageName: "_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17h02abe8a289667c2aE", scope: !4817, file: !1060, line: 38, type: !4871, scopeLine: 38, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1062, retainedNodes: !4873)
!4871 = !DISubroutineType(types: !4872)
!4872 = !{!4212, !4816, !557}
!4873 = !{!4874}
!4874 = !DILocalVariable(name: "s", arg: 2, scope: !4870, file: !1060, line: 38, type: !557)
!4875 = distinct !DILocation(line: 1546, column: 24, scope: !4824, inlinedAt: !4826)
!4876 = !DILocation(line: 0, scope: !4789, inlinedAt: !4811)
!4877 = !DILocation(line: 914, column: 9, scope: !4789, inlinedAt: !4811)
!4878 = !{!4879, !4550, !4552, !4470, !4474}
!4879 = distinct !{!4879, !4880, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf01be360bc6ef31dE: %s"}
!4880 = distinct !{!4880, !"_ZN3std6thread9lifecycle15spawn_unchecked28_$u7b$$u7b$closure$u7d$$u7d$28_$u7b$$u7b$closure$u7d$$u7d$17hf01be360bc6ef31dE"}
!4881 = !DILocalVariable(name: "self", arg: 1, scope: !4882, file: !4883, line: 287, type: !4886)
!4882 = distinct !DISubprogram(name: "to_str", linkageName: "_RNvMs7_NtNtNtCsjrHSEGnQ3l9_3std3sys6os_str5bytesNtB5_5Slice6to_str", scope: !4794, file: !4883, line: 287, type: !4884, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4891, retainedNodes: !4892)
!4883 = !DIFile(filename: "library/std/src/sys/os_str/bytes.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6c7f4a29e2f232ef89a4a80dadafd37f")
!4884 = !DISubroutineType(types: !4885)
!4885 = !{!4738, !4886}
!4886 = !DICompositeType(tag: DW_TAG_structure_type, name: "&std::sys::os_str::bytes::Slice", file: !2, size: 128, align: 64, elements: !4887, templateParams: !23, identifier: "330e638bb2ec503629394ffc278dbde1")
!4887 = !{!4888, !4890}
!4888 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !4886, file: !2, baseType: !4889, size: 64, align: 64)
!4889 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4794, size: 64, align: 64, dwarfAddressSpace: 0)
!4890 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !4886, file: !2, baseType: !9, size: 64, align: 64, offset: 64)
!4891 = !DISubprogram(name: "to_str", linkageName: "_RNvMs7_NtNtNtCsjrHSEGnQ3l9_3std3sys6os_str5bytesNtB5_5Slice6to_str", scope: !4794, file: !4883, line: 287, type: !4884, scopeLine: 287, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!4892 = !{!4881}
!4893 = !DILocation(line: 287, column: 19, scope: !4882, inlinedAt: !4894)
!4894 = distinct !DILocation(line: 914, column: 20, scope: !4789, inlinedAt: !4811)
!4895 = !DILocation(line: 288, column: 9, scope: !4882, inlinedAt: !4894)
!4896 = !DILocalVariable(arg: 1, scope: !4897, file: !1140, line: 805, type: !4900)
!4897 = distinct !DISubprogram(name: "drop_in_place<std::ffi::os_str::OsString>", linkageName: "_ZN4core3ptr47drop_in_place$LT$std..ffi..os_str..OsString$GT$17h1a04c34a47e5bc8bE", scope: !68, file: !1140, line: 805, type: !4898, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4642, retainedNodes: !4901)
!4898 = !DISubroutineType(types: !4899)
!4899 = !{null, !4900}
!4900 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::ffi::os_str::OsString", baseType: !4644, size: 64, align: 64, dwarfAddressSpace: 0)
!4901 = !{!4896}
!4902 = !DILocation(line: 0, scope: !4897, inlinedAt: !4903)
!4903 = distinct !DILocation(line: 38, column: 65, scope: !4727, inlinedAt: !4733)
!4904 = !DILocalVariable(arg: 1, scope: !4905, file: !1140, line: 805, type: !4908)
!4905 = distinct !DISubprogram(name: "drop_in_place<std::sys::os_str::bytes::Buf>", linkageName: "_ZN4core3ptr49drop_in_place$LT$std..sys..os_str..bytes..Buf$GT$17h902fa60d4e9378f8E", scope: !68, file: !1140, line: 805, type: !4906, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4910, retainedNodes: !4909)
!4906 = !DISubroutineType(types: !4907)
!4907 = !{null, !4908}
!4908 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sys::os_str::bytes::Buf", baseType: !4649, size: 64, align: 64, dwarfAddressSpace: 0)
!4909 = !{!4904}
!4910 = !{!4911}
!4911 = !DITemplateTypeParameter(name: "T", type: !4649)
!4912 = !DILocation(line: 0, scope: !4905, inlinedAt: !4913)
!4913 = distinct !DILocation(line: 805, column: 1, scope: !4897, inlinedAt: !4903)
!4914 = !DILocalVariable(arg: 1, scope: !4915, file: !1140, line: 805, type: !4918)
!4915 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h33a4454b50d9537cE", scope: !68, file: !1140, line: 805, type: !4916, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4920, retainedNodes: !4919)
!4916 = !DISubroutineType(types: !4917)
!4917 = !{null, !4918}
!4918 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !4197, size: 64, align: 64, dwarfAddressSpace: 0)
!4919 = !{!4914}
!4920 = !{!4921}
!4921 = !DITemplateTypeParameter(name: "T", type: !4197)
!4922 = !DILocation(line: 0, scope: !4915, inlinedAt: !4923)
!4923 = distinct !DILocation(line: 805, column: 1, scope: !4905, inlinedAt: !4913)
!4924 = !DILocalVariable(arg: 1, scope: !4925, file: !1140, line: 805, type: !4928)
!4925 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h327498e8c83865eaE", scope: !68, file: !1140, line: 805, type: !4926, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4930, retainedNodes: !4929)
!4926 = !DISubroutineType(types: !4927)
!4927 = !{null, !4928}
!4928 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !4200, size: 64, align: 64, dwarfAddressSpace: 0)
!4929 = !{!4924}
!4930 = !{!4931}
!4931 = !DITemplateTypeParameter(name: "T", type: !4200)
!4932 = !DILocation(line: 0, scope: !4925, inlinedAt: !4933)
!4933 = distinct !DILocation(line: 805, column: 1, scope: !4915, inlinedAt: !4923)
!4934 = !DILocalVariable(name: "self", arg: 1, scope: !4935, file: !2319, line: 421, type: !4938)
!4935 = distinct !DISubprogram(name: "drop<u8, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hec890ef86c3d256eE", scope: !2320, file: !2319, line: 421, type: !4936, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4204, retainedNodes: !4939)
!4936 = !DISubroutineType(types: !4937)
!4937 = !{null, !4938}
!4938 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !4200, size: 64, align: 64, dwarfAddressSpace: 0)
!4939 = !{!4934}
!4940 = !DILocation(line: 0, scope: !4935, inlinedAt: !4941)
!4941 = distinct !DILocation(line: 805, column: 1, scope: !4925, inlinedAt: !4933)
!4942 = !DILocation(line: 0, scope: !2328, inlinedAt: !4943)
!4943 = distinct !DILocation(line: 423, column: 29, scope: !4935, inlinedAt: !4941)
!4944 = !DILocation(line: 0, scope: !2341, inlinedAt: !4945)
!4945 = distinct !DILocation(line: 872, column: 52, scope: !2336, inlinedAt: !4943)
!4946 = !DILocation(line: 632, column: 39, scope: !2341, inlinedAt: !4945)
!4947 = !DILocation(line: 0, scope: !2336, inlinedAt: !4943)
!4948 = !DILocation(line: 0, scope: !1614, inlinedAt: !4949)
!4949 = distinct !DILocation(line: 874, column: 28, scope: !2336, inlinedAt: !4943)
!4950 = !DILocation(line: 0, scope: !1626, inlinedAt: !4951)
!4951 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !4949)
!4952 = !DILocation(line: 0, scope: !1634, inlinedAt: !4953)
!4953 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !4951)
!4954 = !DILocation(line: 0, scope: !1643, inlinedAt: !4955)
!4955 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !4953)
!4956 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !4955)
!4957 = !DILocation(line: 200, column: 9, scope: !1634, inlinedAt: !4953)
!4958 = !DILocation(line: 713, column: 15, scope: !4736, inlinedAt: !4788)
!4959 = !DILocation(line: 713, column: 9, scope: !4736, inlinedAt: !4788)
!4960 = !DILocation(line: 0, scope: !4813, inlinedAt: !4826)
!4961 = !DILocation(line: 914, column: 32, scope: !4789, inlinedAt: !4811)
!4962 = !DILocation(line: 1549, column: 5, scope: !4813, inlinedAt: !4826)
!4963 = !DILocation(line: 714, column: 16, scope: !4736, inlinedAt: !4788)
!4964 = !DILocation(line: 0, scope: !4824, inlinedAt: !4826)
!4965 = !DILocation(line: 0, scope: !4870, inlinedAt: !4875)
!4966 = !DILocation(line: 0, scope: !4862, inlinedAt: !4869)
!4967 = !DILocation(line: 0, scope: !4855, inlinedAt: !4861)
!4968 = !DILocalVariable(name: "src", arg: 1, scope: !4969, file: !4829, line: 1708, type: !729)
!4969 = distinct !DISubprogram(name: "from_ascii_radix", linkageName: "_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix", scope: !4830, file: !4829, line: 1708, type: !4970, scopeLine: 1708, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !4972)
!4970 = !DISubroutineType(types: !4971)
!4971 = !{!4833, !729, !107}
!4972 = !{!4968, !4973, !4974, !4976, !4978, !4979, !4981, !4983, !4985, !4987, !4990, !4991, !4993, !4995, !4997, !4998, !5000, !5002, !5004, !5005, !5007, !5009, !5011, !5013, !5015, !5017, !5018, !5020, !5022, !5024, !5026}
!4973 = !DILocalVariable(name: "radix", arg: 2, scope: !4969, file: !4829, line: 1708, type: !107)
!4974 = !DILocalVariable(name: "is_signed_ty", scope: !4975, file: !4829, line: 1721, type: !593, align: 8)
!4975 = distinct !DILexicalBlock(scope: !4969, file: !4829, line: 1721, column: 17)
!4976 = !DILocalVariable(name: "is_positive", scope: !4977, file: !4829, line: 1723, type: !593, align: 8)
!4977 = distinct !DILexicalBlock(scope: !4975, file: !4829, line: 1723, column: 17)
!4978 = !DILocalVariable(name: "digits", scope: !4977, file: !4829, line: 1723, type: !729, align: 64)
!4979 = !DILocalVariable(name: "rest", scope: !4980, file: !4829, line: 1727, type: !729, align: 64)
!4980 = distinct !DILexicalBlock(scope: !4975, file: !4829, line: 1727, column: 21)
!4981 = !DILocalVariable(name: "rest", scope: !4982, file: !4829, line: 1728, type: !729, align: 64)
!4982 = distinct !DILexicalBlock(scope: !4975, file: !4829, line: 1728, column: 21)
!4983 = !DILocalVariable(name: "rest", scope: !4982, file: !4829, line: 1728, type: !4984, align: 64)
!4984 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&&[u8]", baseType: !729, size: 64, align: 64, dwarfAddressSpace: 0)
!4985 = !DILocalVariable(name: "result", scope: !4986, file: !4829, line: 1732, type: !9, align: 64)
!4986 = distinct !DILexicalBlock(scope: !4977, file: !4829, line: 1732, column: 17)
!4987 = !DILocalVariable(name: "c", scope: !4988, file: !4829, line: 1754, type: !4989, align: 64)
!4988 = distinct !DILexicalBlock(scope: !4986, file: !4829, line: 1754, column: 63)
!4989 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&u8", baseType: !120, size: 64, align: 64, dwarfAddressSpace: 0)
!4990 = !DILocalVariable(name: "rest", scope: !4988, file: !4829, line: 1754, type: !729, align: 64)
!4991 = !DILocalVariable(name: "x", scope: !4992, file: !4829, line: 1756, type: !107, align: 32)
!4992 = distinct !DILexicalBlock(scope: !4988, file: !4829, line: 1756, column: 33)
!4993 = !DILocalVariable(name: "value", scope: !4994, file: !4829, line: 1737, type: !107, align: 32)
!4994 = distinct !DILexicalBlock(scope: !4988, file: !4829, line: 1737, column: 29)
!4995 = !DILocalVariable(name: "c", scope: !4996, file: !4829, line: 1754, type: !4989, align: 64)
!4996 = distinct !DILexicalBlock(scope: !4986, file: !4829, line: 1754, column: 63)
!4997 = !DILocalVariable(name: "rest", scope: !4996, file: !4829, line: 1754, type: !729, align: 64)
!4998 = !DILocalVariable(name: "x", scope: !4999, file: !4829, line: 1756, type: !107, align: 32)
!4999 = distinct !DILexicalBlock(scope: !4996, file: !4829, line: 1756, column: 33)
!5000 = !DILocalVariable(name: "value", scope: !5001, file: !4829, line: 1737, type: !107, align: 32)
!5001 = distinct !DILexicalBlock(scope: !4996, file: !4829, line: 1737, column: 29)
!5002 = !DILocalVariable(name: "c", scope: !5003, file: !4829, line: 1770, type: !4989, align: 64)
!5003 = distinct !DILexicalBlock(scope: !4986, file: !4829, line: 1770, column: 63)
!5004 = !DILocalVariable(name: "rest", scope: !5003, file: !4829, line: 1770, type: !729, align: 64)
!5005 = !DILocalVariable(name: "mul", scope: !5006, file: !4829, line: 1781, type: !4212, align: 64)
!5006 = distinct !DILexicalBlock(scope: !5003, file: !4829, line: 1781, column: 33)
!5007 = !DILocalVariable(name: "x", scope: !5008, file: !4829, line: 1782, type: !9, align: 64)
!5008 = distinct !DILexicalBlock(scope: !5006, file: !4829, line: 1782, column: 33)
!5009 = !DILocalVariable(name: "value", scope: !5010, file: !4829, line: 1737, type: !107, align: 32)
!5010 = distinct !DILexicalBlock(scope: !5006, file: !4829, line: 1737, column: 29)
!5011 = !DILocalVariable(name: "value", scope: !5012, file: !4829, line: 1737, type: !9, align: 64)
!5012 = distinct !DILexicalBlock(scope: !5008, file: !4829, line: 1737, column: 29)
!5013 = !DILocalVariable(name: "value", scope: !5014, file: !4829, line: 1737, type: !9, align: 64)
!5014 = distinct !DILexicalBlock(scope: !5008, file: !4829, line: 1737, column: 29)
!5015 = !DILocalVariable(name: "c", scope: !5016, file: !4829, line: 1770, type: !4989, align: 64)
!5016 = distinct !DILexicalBlock(scope: !4986, file: !4829, line: 1770, column: 63)
!5017 = !DILocalVariable(name: "rest", scope: !5016, file: !4829, line: 1770, type: !729, align: 64)
!5018 = !DILocalVariable(name: "mul", scope: !5019, file: !4829, line: 1781, type: !4212, align: 64)
!5019 = distinct !DILexicalBlock(scope: !5016, file: !4829, line: 1781, column: 33)
!5020 = !DILocalVariable(name: "x", scope: !5021, file: !4829, line: 1782, type: !9, align: 64)
!5021 = distinct !DILexicalBlock(scope: !5019, file: !4829, line: 1782, column: 33)
!5022 = !DILocalVariable(name: "value", scope: !5023, file: !4829, line: 1737, type: !107, align: 32)
!5023 = distinct !DILexicalBlock(scope: !5019, file: !4829, line: 1737, column: 29)
!5024 = !DILocalVariable(name: "value", scope: !5025, file: !4829, line: 1737, type: !9, align: 64)
!5025 = distinct !DILexicalBlock(scope: !5021, file: !4829, line: 1737, column: 29)
!5026 = !DILocalVariable(name: "value", scope: !5027, file: !4829, line: 1737, type: !9, align: 64)
!5027 = distinct !DILexicalBlock(scope: !5021, file: !4829, line: 1737, column: 29)
!5028 = !DILocation(line: 0, scope: !4969, inlinedAt: !5029)
!5029 = distinct !DILocation(line: 1630, column: 17, scope: !4828, inlinedAt: !4854)
!5030 = !DILocation(line: 0, scope: !4977, inlinedAt: !5029)
!5031 = !DILocalVariable(name: "radix", arg: 1, scope: !5032, file: !4829, line: 1521, type: !107)
!5032 = distinct !DISubprogram(name: "can_not_overflow<usize>", linkageName: "_ZN4core3num16can_not_overflow17h19cc555f04b5d36bE", scope: !222, file: !4829, line: 1521, type: !5033, scopeLine: 1521, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, retainedNodes: !5035)
!5033 = !DISubroutineType(types: !5034)
!5034 = !{!593, !107, !593, !729}
!5035 = !{!5031, !5036, !5037}
!5036 = !DILocalVariable(name: "is_signed_ty", scope: !5032, file: !4829, line: 1521, type: !593, align: 8)
!5037 = !DILocalVariable(name: "digits", arg: 3, scope: !5032, file: !4829, line: 1521, type: !729)
!5038 = !DILocation(line: 0, scope: !5032, inlinedAt: !5039)
!5039 = distinct !DILocation(line: 1743, column: 20, scope: !4986, inlinedAt: !5029)
!5040 = !DILocation(line: 0, scope: !4975, inlinedAt: !5029)
!5041 = !DILocation(line: 1716, column: 20, scope: !4969, inlinedAt: !5029)
!5042 = !DILocation(line: 1723, column: 49, scope: !4975, inlinedAt: !5029)
!5043 = !{!5044}
!5044 = distinct !{!5044, !5045, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix: argument 1"}
!5045 = distinct !{!5045, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix"}
!5046 = !{!5047, !4879, !4550, !4552, !4470, !4474}
!5047 = distinct !{!5047, !5045, !"_RNvMsv_NtCsgEmfK2I1SDS_4core3numj16from_ascii_radix: %_0"}
!5048 = !DILocation(line: 0, scope: !4986, inlinedAt: !5029)
!5049 = !DILocalVariable(name: "self", arg: 1, scope: !5050, file: !2373, line: 1160, type: !9)
!5050 = distinct !DISubprogram(name: "checked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11checked_mul", scope: !2374, file: !2373, line: 1160, type: !5051, scopeLine: 1160, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !5053)
!5051 = !DISubroutineType(types: !5052)
!5052 = !{!4212, !9, !9}
!5053 = !{!5049, !5054, !5055, !5057, !5058, !5060}
!5054 = !DILocalVariable(name: "rhs", arg: 2, scope: !5050, file: !2373, line: 1160, type: !9)
!5055 = !DILocalVariable(name: "a", scope: !5056, file: !2373, line: 1161, type: !9, align: 64)
!5056 = distinct !DILexicalBlock(scope: !5050, file: !2373, line: 1161, column: 13)
!5057 = !DILocalVariable(name: "b", scope: !5056, file: !2373, line: 1161, type: !593, align: 8)
!5058 = !DILocalVariable(name: "a", scope: !5059, file: !2373, line: 1161, type: !9, align: 64)
!5059 = distinct !DILexicalBlock(scope: !5050, file: !2373, line: 1161, column: 13)
!5060 = !DILocalVariable(name: "b", scope: !5059, file: !2373, line: 1161, type: !593, align: 8)
!5061 = !DILocation(line: 0, scope: !5050, inlinedAt: !5062)
!5062 = distinct !DILocation(line: 1781, column: 50, scope: !5003, inlinedAt: !5029)
!5063 = !DILocalVariable(name: "self", arg: 1, scope: !5064, file: !2373, line: 3050, type: !9)
!5064 = distinct !DISubprogram(name: "overflowing_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj15overflowing_mul", scope: !2374, file: !2373, line: 3050, type: !5065, scopeLine: 3050, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !5071)
!5065 = !DISubroutineType(types: !5066)
!5066 = !{!5067, !9, !9}
!5067 = !DICompositeType(tag: DW_TAG_structure_type, name: "(usize, bool)", file: !2, size: 128, align: 64, elements: !5068, templateParams: !23, identifier: "d571287e27d8be874e95a2f698798cc6")
!5068 = !{!5069, !5070}
!5069 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5067, file: !2, baseType: !9, size: 64, align: 64)
!5070 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !5067, file: !2, baseType: !593, size: 8, align: 8, offset: 64)
!5071 = !{!5063, !5072}
!5072 = !DILocalVariable(name: "rhs", arg: 2, scope: !5064, file: !2373, line: 3050, type: !9)
!5073 = !DILocation(line: 0, scope: !5064, inlinedAt: !5074)
!5074 = distinct !DILocation(line: 1161, column: 31, scope: !5050, inlinedAt: !5062)
!5075 = !DILocation(line: 1522, column: 5, scope: !5032, inlinedAt: !5039)
!5076 = !DILocation(line: 1754, column: 39, scope: !4988, inlinedAt: !5029)
!5077 = !DILocation(line: 1770, column: 39, scope: !5003, inlinedAt: !5029)
!5078 = !DILocation(line: 0, scope: !5003, inlinedAt: !5029)
!5079 = !DILocation(line: 3051, column: 26, scope: !5064, inlinedAt: !5074)
!5080 = !DILocation(line: 0, scope: !5056, inlinedAt: !5062)
!5081 = !DILocalVariable(name: "b", arg: 1, scope: !5082, file: !5083, line: 456, type: !593)
!5082 = distinct !DISubprogram(name: "unlikely", linkageName: "_RNvNtCsgEmfK2I1SDS_4core10intrinsics8unlikely", scope: !5084, file: !5083, line: 456, type: !5085, scopeLine: 456, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !5087)
!5083 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!5084 = !DINamespace(name: "intrinsics", scope: !44)
!5085 = !DISubroutineType(types: !5086)
!5086 = !{!593, !593}
!5087 = !{!5081}
!5088 = !DILocation(line: 0, scope: !5082, inlinedAt: !5089)
!5089 = distinct !DILocation(line: 1162, column: 16, scope: !5056, inlinedAt: !5062)
!5090 = !DILocation(line: 457, column: 8, scope: !5082, inlinedAt: !5089)
!5091 = !DILocation(line: 1770, column: 43, scope: !5003, inlinedAt: !5029)
!5092 = !DILocation(line: 0, scope: !5006, inlinedAt: !5029)
!5093 = !DILocation(line: 1782, column: 57, scope: !5006, inlinedAt: !5029)
!5094 = !DILocation(line: 1782, column: 56, scope: !5006, inlinedAt: !5029)
!5095 = !DILocalVariable(name: "self", arg: 1, scope: !5096, file: !5097, line: 402, type: !5114)
!5096 = distinct !DISubprogram(name: "to_digit", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core4char7methodsc8to_digit", scope: !5098, file: !5097, line: 402, type: !5101, scopeLine: 402, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !5115)
!5097 = !DIFile(filename: "library/core/src/char/methods.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "5d684acd75bd81500f3b16def5f1380a")
!5098 = !DINamespace(name: "{impl#0}", scope: !5099)
!5099 = !DINamespace(name: "methods", scope: !5100)
!5100 = !DINamespace(name: "char", scope: !44)
!5101 = !DISubroutineType(types: !5102)
!5102 = !{!5103, !5114, !107}
!5103 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<u32>", scope: !149, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !5104, templateParams: !23, identifier: "6f9cf68b0721c153842fac1aca06aca0")
!5104 = !{!5105}
!5105 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5103, file: !2, size: 64, align: 32, elements: !5106, templateParams: !23, identifier: "52547bc7e29ba4c3a424c45f3b6ad9d5", discriminator: !5113)
!5106 = !{!5107, !5109}
!5107 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !5105, file: !2, baseType: !5108, size: 64, align: 32, extraData: i32 0)
!5108 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !5103, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !23, templateParams: !108, identifier: "2d35c67b0b954dbe72d9ec7c545db516")
!5109 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !5105, file: !2, baseType: !5110, size: 64, align: 32, extraData: i32 1)
!5110 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !5103, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !5111, templateParams: !108, identifier: "8398ebe1588ef464fb4c1616d021a5e8")
!5111 = !{!5112}
!5112 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5110, file: !2, baseType: !107, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!5113 = !DIDerivedType(tag: DW_TAG_member, scope: !5103, file: !2, baseType: !107, size: 32, align: 32, flags: DIFlagArtificial)
!5114 = !DIBasicType(name: "char", size: 32, encoding: DW_ATE_UTF)
!5115 = !{!5095, !5116, !5117}
!5116 = !DILocalVariable(name: "radix", arg: 2, scope: !5096, file: !5097, line: 402, type: !107)
!5117 = !DILocalVariable(name: "value", scope: !5118, file: !5097, line: 408, type: !107, align: 32)
!5118 = distinct !DILexicalBlock(scope: !5096, file: !5097, line: 408, column: 9)
!5119 = !DILocation(line: 0, scope: !5096, inlinedAt: !5120)
!5120 = distinct !DILocation(line: 1782, column: 69, scope: !5006, inlinedAt: !5029)
!5121 = !DILocalVariable(name: "rhs", scope: !5122, file: !2373, line: 2493, type: !107, align: 32)
!5122 = distinct !DISubprogram(name: "wrapping_sub", linkageName: "_RNvMs6_NtCsgEmfK2I1SDS_4core3numm12wrapping_sub", scope: !5123, file: !2373, line: 2493, type: !5124, scopeLine: 2493, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !5126)
!5123 = !DINamespace(name: "{impl#8}", scope: !222)
!5124 = !DISubroutineType(types: !5125)
!5125 = !{!107, !107, !107}
!5126 = !{!5127, !5121, !5121}
!5127 = !DILocalVariable(name: "self", arg: 1, scope: !5122, file: !2373, line: 2493, type: !107)
!5128 = !DILocation(line: 0, scope: !5122, inlinedAt: !5129)
!5129 = distinct !DILocation(line: 417, column: 28, scope: !5096, inlinedAt: !5120)
!5130 = !DILocation(line: 0, scope: !5122, inlinedAt: !5131)
!5131 = distinct !DILocation(line: 420, column: 27, scope: !5096, inlinedAt: !5120)
!5132 = !DILocation(line: 2494, column: 13, scope: !5122, inlinedAt: !5131)
!5133 = !DILocation(line: 0, scope: !5118, inlinedAt: !5120)
!5134 = !DILocation(line: 423, column: 12, scope: !5118, inlinedAt: !5120)
!5135 = !DILocation(line: 0, scope: !5082, inlinedAt: !5136)
!5136 = distinct !DILocation(line: 769, column: 16, scope: !5137, inlinedAt: !5141)
!5137 = distinct !DISubprogram(name: "checked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11checked_add", scope: !2374, file: !2373, line: 761, type: !5051, scopeLine: 761, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !5138)
!5138 = !{!5139, !5140}
!5139 = !DILocalVariable(name: "self", arg: 1, scope: !5137, file: !2373, line: 761, type: !9)
!5140 = !DILocalVariable(name: "rhs", arg: 2, scope: !5137, file: !2373, line: 761, type: !9)
!5141 = distinct !DILocation(line: 1784, column: 68, scope: !5008, inlinedAt: !5029)
!5142 = !DILocation(line: 1736, column: 25, scope: !5006, inlinedAt: !5029)
!5143 = !{!"branch_weights", i32 2002, i32 2000}
!5144 = !DILocation(line: 0, scope: !4988, inlinedAt: !5029)
!5145 = !DILocation(line: 1756, column: 57, scope: !4988, inlinedAt: !5029)
!5146 = !DILocation(line: 1756, column: 56, scope: !4988, inlinedAt: !5029)
!5147 = !DILocation(line: 0, scope: !5096, inlinedAt: !5148)
!5148 = distinct !DILocation(line: 1756, column: 69, scope: !4988, inlinedAt: !5029)
!5149 = !DILocation(line: 0, scope: !5122, inlinedAt: !5150)
!5150 = distinct !DILocation(line: 417, column: 28, scope: !5096, inlinedAt: !5148)
!5151 = !DILocation(line: 0, scope: !5122, inlinedAt: !5152)
!5152 = distinct !DILocation(line: 420, column: 27, scope: !5096, inlinedAt: !5148)
!5153 = !DILocation(line: 2494, column: 13, scope: !5122, inlinedAt: !5152)
!5154 = !DILocation(line: 0, scope: !5118, inlinedAt: !5148)
!5155 = !DILocation(line: 423, column: 12, scope: !5118, inlinedAt: !5148)
!5156 = !DILocation(line: 1736, column: 25, scope: !4988, inlinedAt: !5029)
!5157 = !DILocation(line: 1755, column: 33, scope: !4988, inlinedAt: !5029)
!5158 = !DILocation(line: 1754, column: 43, scope: !4988, inlinedAt: !5029)
!5159 = !DILocation(line: 0, scope: !4992, inlinedAt: !5029)
!5160 = !DILocation(line: 1757, column: 72, scope: !4992, inlinedAt: !5029)
!5161 = !DILocation(line: 1757, column: 33, scope: !4992, inlinedAt: !5029)
!5162 = !DILocation(line: 0, scope: !4897, inlinedAt: !5163)
!5163 = distinct !DILocation(line: 38, column: 65, scope: !4727, inlinedAt: !4733)
!5164 = !DILocation(line: 0, scope: !4905, inlinedAt: !5165)
!5165 = distinct !DILocation(line: 805, column: 1, scope: !4897, inlinedAt: !5163)
!5166 = !DILocation(line: 0, scope: !4915, inlinedAt: !5167)
!5167 = distinct !DILocation(line: 805, column: 1, scope: !4905, inlinedAt: !5165)
!5168 = !DILocation(line: 0, scope: !4925, inlinedAt: !5169)
!5169 = distinct !DILocation(line: 805, column: 1, scope: !4915, inlinedAt: !5167)
!5170 = !DILocation(line: 0, scope: !4935, inlinedAt: !5171)
!5171 = distinct !DILocation(line: 805, column: 1, scope: !4925, inlinedAt: !5169)
!5172 = !DILocation(line: 0, scope: !2328, inlinedAt: !5173)
!5173 = distinct !DILocation(line: 423, column: 29, scope: !4935, inlinedAt: !5171)
!5174 = !DILocation(line: 0, scope: !2341, inlinedAt: !5175)
!5175 = distinct !DILocation(line: 872, column: 52, scope: !2336, inlinedAt: !5173)
!5176 = !DILocation(line: 632, column: 39, scope: !2341, inlinedAt: !5175)
!5177 = !DILocation(line: 0, scope: !2336, inlinedAt: !5173)
!5178 = !DILocation(line: 0, scope: !1614, inlinedAt: !5179)
!5179 = distinct !DILocation(line: 874, column: 28, scope: !2336, inlinedAt: !5173)
!5180 = !DILocation(line: 0, scope: !1626, inlinedAt: !5181)
!5181 = distinct !DILocation(line: 442, column: 23, scope: !1614, inlinedAt: !5179)
!5182 = !DILocation(line: 0, scope: !1634, inlinedAt: !5183)
!5183 = distinct !DILocation(line: 324, column: 9, scope: !1626, inlinedAt: !5181)
!5184 = !DILocation(line: 0, scope: !1643, inlinedAt: !5185)
!5185 = distinct !DILocation(line: 209, column: 22, scope: !1634, inlinedAt: !5183)
!5186 = !DILocation(line: 115, column: 14, scope: !1643, inlinedAt: !5185)
!5187 = !DILocation(line: 200, column: 9, scope: !1634, inlinedAt: !5183)
!5188 = !DILocation(line: 38, column: 66, scope: !4624, inlinedAt: !4633)
!5189 = !DILocation(line: 43, column: 19, scope: !4631, inlinedAt: !4633)
!5190 = !DILocalVariable(name: "dst", arg: 1, scope: !5191, file: !1168, line: 3871, type: !1182)
!5191 = distinct !DISubprogram(name: "atomic_store<usize>", linkageName: "_ZN4core4sync6atomic12atomic_store17hc44b51ed7a8e9642E", scope: !76, file: !1168, line: 3871, type: !5192, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, retainedNodes: !5194)
!5192 = !DISubroutineType(types: !5193)
!5193 = !{null, !1182, !9, !672}
!5194 = !{!5190, !5195, !5196}
!5195 = !DILocalVariable(name: "val", arg: 2, scope: !5191, file: !1168, line: 3871, type: !9)
!5196 = !DILocalVariable(name: "order", arg: 3, scope: !5191, file: !1168, line: 3871, type: !672)
!5197 = !DILocation(line: 0, scope: !5191, inlinedAt: !5198)
!5198 = distinct !DILocation(line: 2872, column: 26, scope: !4691, inlinedAt: !4699)
!5199 = !DILocation(line: 3875, column: 24, scope: !5191, inlinedAt: !5198)
!5200 = !DILocation(line: 141, column: 1, scope: !4476, inlinedAt: !4534)
!5201 = !DILocation(line: 0, scope: !4499, inlinedAt: !4534)
!5202 = !DILocation(line: 47, column: 14, scope: !4499, inlinedAt: !4534)
!5203 = !DILocation(line: 0, scope: !4501, inlinedAt: !4534)
!5204 = !DILocation(line: 48, column: 9, scope: !4501, inlinedAt: !4534)
!5205 = !DILocation(line: 48, column: 18, scope: !4501, inlinedAt: !4534)
!5206 = !{!4550, !4470, !4474}
!5207 = !DILocation(line: 50, column: 9, scope: !4503, inlinedAt: !4534)
!5208 = !DILocation(line: 53, column: 9, scope: !4503, inlinedAt: !4534)
!5209 = !{!5210}
!5210 = distinct !{!5210, !5211, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!5211 = distinct !{!5211, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!5212 = !DILocation(line: 141, column: 1, scope: !4501, inlinedAt: !4534)
!5213 = !DILocation(line: 0, scope: !2799, inlinedAt: !5214)
!5214 = distinct !DILocation(line: 141, column: 1, scope: !4501, inlinedAt: !4534)
!5215 = !{!5216}
!5216 = distinct !{!5216, !5217, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!5217 = distinct !{!5217, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!5218 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5214)
!5219 = !DILocation(line: 0, scope: !2813, inlinedAt: !5220)
!5220 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5214)
!5221 = !{!5222}
!5222 = distinct !{!5222, !5223, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!5223 = distinct !{!5223, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!5224 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5220)
!5225 = !DILocation(line: 0, scope: !2827, inlinedAt: !5226)
!5226 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5220)
!5227 = !{!5228}
!5228 = distinct !{!5228, !5229, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!5229 = distinct !{!5229, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!5230 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5226)
!5231 = !DILocation(line: 0, scope: !2841, inlinedAt: !5232)
!5232 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5226)
!5233 = !DILocation(line: 0, scope: !2849, inlinedAt: !5234)
!5234 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !5232)
!5235 = !DILocation(line: 0, scope: !2859, inlinedAt: !5236)
!5236 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !5232)
!5237 = !DILocation(line: 0, scope: !2866, inlinedAt: !5238)
!5238 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !5236)
!5239 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !5240)
!5240 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !5234)
!5241 = !{!5228, !5222, !5216, !5210}
!5242 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !5236)
!5243 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !5238)
!5244 = !{!5228, !5222, !5216, !5210, !4550, !4552, !4470, !4474}
!5245 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !5232)
!5246 = !DILocation(line: 0, scope: !1201, inlinedAt: !5247)
!5247 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !5232)
!5248 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5247)
!5249 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !5232)
!5250 = !DILocation(line: 56, column: 9, scope: !4505, inlinedAt: !4534)
!5251 = !DILocalVariable(name: "data", arg: 1, scope: !5252, file: !1128, line: 419, type: !256)
!5252 = distinct !DISubprogram(name: "new<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h5109b758b07942acE", scope: !244, file: !1128, line: 419, type: !5253, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !442, declaration: !5255, retainedNodes: !5256)
!5253 = !DISubroutineType(types: !5254)
!5254 = !{!244, !256}
!5255 = !DISubprogram(name: "new<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$3new17h5109b758b07942acE", scope: !244, file: !1128, line: 419, type: !5253, scopeLine: 419, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !442)
!5256 = !{!5251, !5257}
!5257 = !DILocalVariable(name: "x", scope: !5258, file: !1128, line: 422, type: !5259, align: 64)
!5258 = distinct !DILexicalBlock(scope: !5252, file: !1128, line: 422, column: 9)
!5259 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>, alloc::alloc::Global>", baseType: !251, size: 64, align: 64, dwarfAddressSpace: 0)
!5260 = !DILocation(line: 0, scope: !5252, inlinedAt: !5261)
!5261 = distinct !DILocation(line: 57, column: 9, scope: !4505, inlinedAt: !4534)
!5262 = !DILocation(line: 422, column: 34, scope: !5252, inlinedAt: !5261)
!5263 = !DILocalVariable(name: "x", arg: 1, scope: !5264, file: !1534, line: 284, type: !251)
!5264 = distinct !DISubprogram(name: "new<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h2b702d7d24c154abE", scope: !4342, file: !1534, line: 284, type: !5265, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !444, retainedNodes: !5267)
!5265 = !DISubroutineType(types: !5266)
!5266 = !{!5259, !251}
!5267 = !{!5263, !5268}
!5268 = !DILocalVariable(name: "ptr", scope: !5269, file: !1534, line: 286, type: !3926, align: 64)
!5269 = distinct !DILexicalBlock(scope: !5264, file: !1534, line: 286, column: 9)
!5270 = !DILocation(line: 284, column: 16, scope: !5264, inlinedAt: !5271)
!5271 = distinct !DILocation(line: 422, column: 25, scope: !5252, inlinedAt: !5261)
!5272 = !DILocation(line: 0, scope: !4351, inlinedAt: !5273)
!5273 = distinct !DILocation(line: 286, column: 19, scope: !5264, inlinedAt: !5271)
!5274 = !DILocation(line: 0, scope: !4363, inlinedAt: !5275)
!5275 = distinct !DILocation(line: 248, column: 18, scope: !4351, inlinedAt: !5273)
!5276 = !DILocation(line: 0, scope: !4388, inlinedAt: !5277)
!5277 = distinct !DILocation(line: 429, column: 14, scope: !4363, inlinedAt: !5275)
!5278 = !DILocation(line: 0, scope: !4398, inlinedAt: !5279)
!5279 = distinct !DILocation(line: 312, column: 9, scope: !4388, inlinedAt: !5277)
!5280 = !DILocation(line: 0, scope: !4430, inlinedAt: !5281)
!5281 = distinct !DILocation(line: 190, column: 73, scope: !4405, inlinedAt: !5279)
!5282 = !DILocation(line: 0, scope: !4405, inlinedAt: !5279)
!5283 = !DILocation(line: 93, column: 9, scope: !4430, inlinedAt: !5281)
!5284 = !{!5285, !4550, !4552, !4470, !4474}
!5285 = distinct !{!5285, !5286, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h2b702d7d24c154abE: %x"}
!5286 = distinct !{!5286, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h2b702d7d24c154abE"}
!5287 = !DILocation(line: 95, column: 9, scope: !4430, inlinedAt: !5281)
!5288 = !DILocation(line: 248, column: 11, scope: !4351, inlinedAt: !5273)
!5289 = !DILocation(line: 248, column: 5, scope: !4351, inlinedAt: !5273)
!5290 = !DILocation(line: 250, column: 19, scope: !4351, inlinedAt: !5273)
!5291 = !DILocalVariable(arg: 1, scope: !5292, file: !1140, line: 805, type: !3926)
!5292 = distinct !DISubprogram(name: "drop_in_place<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr96drop_in_place$LT$alloc..sync..ArcInner$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17hebe097a08b868849E", scope: !68, file: !1140, line: 805, type: !5293, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !444, retainedNodes: !5295)
!5293 = !DISubroutineType(types: !5294)
!5294 = !{null, !3926}
!5295 = !{!5291}
!5296 = !DILocation(line: 0, scope: !5292, inlinedAt: !5297)
!5297 = distinct !DILocation(line: 292, column: 5, scope: !5264, inlinedAt: !5271)
!5298 = !DILocation(line: 805, column: 1, scope: !5292, inlinedAt: !5297)
!5299 = !DILocation(line: 284, column: 5, scope: !5264, inlinedAt: !5271)
!5300 = !DILocation(line: 141, column: 1, scope: !4503, inlinedAt: !4534)
!5301 = !DILocation(line: 0, scope: !5269, inlinedAt: !5271)
!5302 = !DILocation(line: 289, column: 56, scope: !5269, inlinedAt: !5271)
!5303 = !DILocation(line: 0, scope: !5258, inlinedAt: !5261)
!5304 = !DILocation(line: 426, column: 10, scope: !5252, inlinedAt: !5261)
!5305 = !DILocalVariable(name: "ptr", arg: 1, scope: !5306, file: !1128, line: 292, type: !247)
!5306 = distinct !DISubprogram(name: "from_inner<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17h925ec48006fe839fE", scope: !244, file: !1128, line: 292, type: !5307, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !442, declaration: !5309, retainedNodes: !5310)
!5307 = !DISubroutineType(types: !5308)
!5308 = !{!244, !247}
!5309 = !DISubprogram(name: "from_inner<std::thread::lifecycle::Packet<()>>", linkageName: "_ZN5alloc4sync12Arc$LT$T$GT$10from_inner17h925ec48006fe839fE", scope: !244, file: !1128, line: 292, type: !5307, scopeLine: 292, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !442)
!5310 = !{!5305}
!5311 = !DILocation(line: 0, scope: !5306, inlinedAt: !5312)
!5312 = distinct !DILocation(line: 427, column: 18, scope: !5258, inlinedAt: !5261)
!5313 = !DILocation(line: 310, column: 9, scope: !4583, inlinedAt: !5314)
!5314 = distinct !DILocation(line: 293, column: 18, scope: !5306, inlinedAt: !5312)
!5315 = !DILocation(line: 2376, column: 14, scope: !4567, inlinedAt: !4574)
!5316 = !DILocation(line: 3134, column: 30, scope: !4561, inlinedAt: !4566)
!5317 = !DILocation(line: 3923, column: 24, scope: !4576, inlinedAt: !4581)
!5318 = !DILocation(line: 0, scope: !4573, inlinedAt: !4574)
!5319 = !DILocation(line: 2405, column: 12, scope: !4573, inlinedAt: !4574)
!5320 = !DILocation(line: 0, scope: !4583, inlinedAt: !4590)
!5321 = !DILocation(line: 0, scope: !4509, inlinedAt: !4534)
!5322 = !DILocation(line: 0, scope: !4511, inlinedAt: !4534)
!5323 = !DILocation(line: 87, column: 9, scope: !4511, inlinedAt: !4534)
!5324 = !DILocation(line: 87, column: 22, scope: !4511, inlinedAt: !4534)
!5325 = !DILocation(line: 106, column: 31, scope: !4515, inlinedAt: !4534)
!5326 = !DILocation(line: 106, column: 12, scope: !4515, inlinedAt: !4534)
!5327 = !DILocation(line: 2406, column: 13, scope: !4573, inlinedAt: !4574)
!5328 = !DILocation(line: 106, column: 17, scope: !4515, inlinedAt: !4534)
!5329 = !DILocalVariable(name: "self", arg: 1, scope: !5330, file: !1128, line: 2421, type: !3120)
!5330 = distinct !DISubprogram(name: "deref<std::thread::scoped::ScopeData, alloc::alloc::Global>", linkageName: "_ZN73_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h272c8de437c0d071E", scope: !1129, file: !1128, line: 2421, type: !3371, scopeLine: 2421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !375, retainedNodes: !5331)
!5331 = !{!5329}
!5332 = !DILocation(line: 2421, column: 14, scope: !5330, inlinedAt: !5333)
!5333 = distinct !DILocation(line: 107, column: 9, scope: !4515, inlinedAt: !4534)
!5334 = !DILocation(line: 2422, column: 9, scope: !5330, inlinedAt: !5333)
!5335 = !DILocation(line: 107, column: 20, scope: !4515, inlinedAt: !4534)
!5336 = !DILocation(line: 113, column: 42, scope: !4513, inlinedAt: !4534)
!5337 = !DILocalVariable(name: "x", arg: 1, scope: !5338, file: !1534, line: 284, type: !32)
!5338 = distinct !DISubprogram(name: "new<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()>>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h83f752a531f3a4ccE", scope: !4342, file: !1534, line: 284, type: !5339, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1965, retainedNodes: !5342)
!5339 = !DISubroutineType(types: !5340)
!5340 = !{!5341, !32}
!5341 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<std::thread::lifecycle::spawn_unchecked::{closure_env#1}<mutex::main::{closure_env#0}, ()>, alloc::alloc::Global>", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!5342 = !{!5337, !5343}
!5343 = !DILocalVariable(name: "ptr", scope: !5344, file: !1534, line: 286, type: !1240, align: 64)
!5344 = distinct !DILexicalBlock(scope: !5338, file: !1534, line: 286, column: 9)
!5345 = !DILocation(line: 284, column: 16, scope: !5338, inlinedAt: !5346)
!5346 = distinct !DILocation(line: 113, column: 33, scope: !4513, inlinedAt: !4534)
!5347 = !DILocation(line: 0, scope: !4351, inlinedAt: !5348)
!5348 = distinct !DILocation(line: 286, column: 19, scope: !5338, inlinedAt: !5346)
!5349 = !DILocation(line: 0, scope: !4363, inlinedAt: !5350)
!5350 = distinct !DILocation(line: 248, column: 18, scope: !4351, inlinedAt: !5348)
!5351 = !DILocation(line: 0, scope: !4388, inlinedAt: !5352)
!5352 = distinct !DILocation(line: 429, column: 14, scope: !4363, inlinedAt: !5350)
!5353 = !DILocation(line: 0, scope: !4398, inlinedAt: !5354)
!5354 = distinct !DILocation(line: 312, column: 9, scope: !4388, inlinedAt: !5352)
!5355 = !DILocation(line: 0, scope: !4430, inlinedAt: !5356)
!5356 = distinct !DILocation(line: 190, column: 73, scope: !4405, inlinedAt: !5354)
!5357 = !DILocation(line: 0, scope: !4405, inlinedAt: !5354)
!5358 = !DILocation(line: 93, column: 9, scope: !4430, inlinedAt: !5356)
!5359 = !{!5360, !4550, !4552, !4470, !4474}
!5360 = distinct !{!5360, !5361, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h83f752a531f3a4ccE: %x"}
!5361 = distinct !{!5361, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h83f752a531f3a4ccE"}
!5362 = !DILocation(line: 95, column: 9, scope: !4430, inlinedAt: !5356)
!5363 = !DILocation(line: 248, column: 11, scope: !4351, inlinedAt: !5348)
!5364 = !DILocation(line: 248, column: 5, scope: !4351, inlinedAt: !5348)
!5365 = !DILocation(line: 250, column: 19, scope: !4351, inlinedAt: !5348)
!5366 = !DILocation(line: 292, column: 5, scope: !5338, inlinedAt: !5346)
!5367 = !DILocation(line: 284, column: 5, scope: !5338, inlinedAt: !5346)
!5368 = !DILocation(line: 141, column: 1, scope: !4511, inlinedAt: !4534)
!5369 = !DILocation(line: 0, scope: !5344, inlinedAt: !5346)
!5370 = !DILocation(line: 289, column: 56, scope: !5344, inlinedAt: !5346)
!5371 = !DILocation(line: 113, column: 52, scope: !4513, inlinedAt: !4534)
!5372 = !DILocation(line: 0, scope: !4517, inlinedAt: !4534)
!5373 = !DILocation(line: 121, column: 25, scope: !4517, inlinedAt: !4534)
!5374 = !DILocation(line: 61, column: 10, scope: !4611, inlinedAt: !4619)
!5375 = !DILocation(line: 1091, column: 16, scope: !4602, inlinedAt: !4610)
!5376 = !DILocation(line: 2376, column: 14, scope: !4594, inlinedAt: !4601)
!5377 = !DILocalVariable(name: "self", arg: 1, scope: !5378, file: !1128, line: 2098, type: !2853)
!5378 = distinct !DISubprogram(name: "inner<std::thread::thread::Inner, std::alloc::System>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17hbd8147cc9a4c4e3aE", scope: !293, file: !1128, line: 2098, type: !2850, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !364, declaration: !2854, retainedNodes: !5379)
!5379 = !{!5377}
!5380 = !DILocation(line: 2098, column: 14, scope: !5378, inlinedAt: !5381)
!5381 = distinct !DILocation(line: 2388, column: 29, scope: !4593, inlinedAt: !4601)
!5382 = !DILocation(line: 444, column: 20, scope: !5383, inlinedAt: !5384)
!5383 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::thread::Inner>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h6373c28d751ab13cE", scope: !296, file: !1479, line: 440, type: !2874, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !357, declaration: !2877)
!5384 = distinct !DILocation(line: 2104, column: 27, scope: !5385, inlinedAt: !5381)
!5385 = !DILexicalBlockFile(scope: !5378, file: !1128, discriminator: 6)
!5386 = !DILocation(line: 3134, column: 30, scope: !4561, inlinedAt: !4592)
!5387 = !DILocation(line: 3923, column: 24, scope: !4576, inlinedAt: !4621)
!5388 = !DILocation(line: 0, scope: !4600, inlinedAt: !4601)
!5389 = !DILocation(line: 2405, column: 12, scope: !4600, inlinedAt: !4601)
!5390 = !DILocation(line: 2409, column: 38, scope: !4600, inlinedAt: !4601)
!5391 = !DILocalVariable(name: "x", arg: 1, scope: !5392, file: !1534, line: 284, type: !2785)
!5392 = distinct !DISubprogram(name: "new<std::thread::lifecycle::ThreadInit>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$3new17h06fe1dede5c1cb9bE", scope: !4342, file: !1534, line: 284, type: !5393, scopeLine: 284, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !2791, retainedNodes: !5395)
!5393 = !DISubroutineType(types: !5394)
!5394 = !{!4528, !2785}
!5395 = !{!5391, !5396}
!5396 = !DILocalVariable(name: "ptr", scope: !5397, file: !1534, line: 286, type: !2784, align: 64)
!5397 = distinct !DILexicalBlock(scope: !5392, file: !1534, line: 286, column: 9)
!5398 = !DILocation(line: 284, column: 16, scope: !5392, inlinedAt: !5399)
!5399 = distinct !DILocation(line: 121, column: 16, scope: !4517, inlinedAt: !4534)
!5400 = !DILocation(line: 0, scope: !4351, inlinedAt: !5401)
!5401 = distinct !DILocation(line: 286, column: 19, scope: !5392, inlinedAt: !5399)
!5402 = !DILocation(line: 0, scope: !4363, inlinedAt: !5403)
!5403 = distinct !DILocation(line: 248, column: 18, scope: !4351, inlinedAt: !5401)
!5404 = !DILocation(line: 0, scope: !4388, inlinedAt: !5405)
!5405 = distinct !DILocation(line: 429, column: 14, scope: !4363, inlinedAt: !5403)
!5406 = !DILocation(line: 0, scope: !4398, inlinedAt: !5407)
!5407 = distinct !DILocation(line: 312, column: 9, scope: !4388, inlinedAt: !5405)
!5408 = !DILocation(line: 0, scope: !4430, inlinedAt: !5409)
!5409 = distinct !DILocation(line: 190, column: 73, scope: !4405, inlinedAt: !5407)
!5410 = !DILocation(line: 0, scope: !4405, inlinedAt: !5407)
!5411 = !DILocation(line: 93, column: 9, scope: !4430, inlinedAt: !5409)
!5412 = !{!5413, !4550, !4552, !4470, !4474}
!5413 = distinct !{!5413, !5414, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h06fe1dede5c1cb9bE: %x"}
!5414 = distinct !{!5414, !"_ZN5alloc5boxed12Box$LT$T$GT$3new17h06fe1dede5c1cb9bE"}
!5415 = !DILocation(line: 95, column: 9, scope: !4430, inlinedAt: !5409)
!5416 = !DILocation(line: 248, column: 11, scope: !4351, inlinedAt: !5401)
!5417 = !DILocation(line: 248, column: 5, scope: !4351, inlinedAt: !5401)
!5418 = !DILocation(line: 250, column: 19, scope: !4351, inlinedAt: !5401)
!5419 = !DILocation(line: 292, column: 5, scope: !5392, inlinedAt: !5399)
!5420 = !DILocation(line: 284, column: 5, scope: !5392, inlinedAt: !5399)
!5421 = !DILocation(line: 2406, column: 13, scope: !4600, inlinedAt: !4601)
!5422 = !DILocation(line: 0, scope: !5397, inlinedAt: !5399)
!5423 = !DILocation(line: 289, column: 56, scope: !5397, inlinedAt: !5399)
!5424 = !DILocation(line: 0, scope: !4527, inlinedAt: !4534)
!5425 = !DILocation(line: 121, column: 74, scope: !4517, inlinedAt: !4534)
!5426 = !DILocation(line: 137, column: 26, scope: !4527, inlinedAt: !4534)
!5427 = !DILocalVariable(name: "self", arg: 1, scope: !5428, file: !4737, line: 2172, type: !5449)
!5428 = distinct !DISubprogram(name: "branch<std::sys::thread::unix::Thread, std::io::error::Error>", linkageName: "_ZN79_$LT$core..result..Result$LT$T$C$E$GT$$u20$as$u20$core..ops..try_trait..Try$GT$6branch17h2cd870eee3aad77bE", scope: !5429, file: !4737, line: 2172, type: !5430, scopeLine: 2172, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !5457, retainedNodes: !5463)
!5429 = !DINamespace(name: "{impl#27}", scope: !394)
!5430 = !DISubroutineType(types: !5431)
!5431 = !{!5432, !5449}
!5432 = !DICompositeType(tag: DW_TAG_structure_type, name: "ControlFlow<core::result::Result<core::convert::Infallible, std::io::error::Error>, std::sys::thread::unix::Thread>", scope: !5433, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5434, templateParams: !23, identifier: "9f40bd299e57006e2c11e5328601f2be")
!5433 = !DINamespace(name: "control_flow", scope: !758)
!5434 = !{!5435}
!5435 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5432, file: !2, size: 128, align: 64, elements: !5436, templateParams: !23, identifier: "a1a0c57e66007b3f61911bed39e5469", discriminator: !5448)
!5436 = !{!5437, !5444}
!5437 = !DIDerivedType(tag: DW_TAG_member, name: "Continue", scope: !5435, file: !2, baseType: !5438, size: 128, align: 64, extraData: i64 0)
!5438 = !DICompositeType(tag: DW_TAG_structure_type, name: "Continue", scope: !5432, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5439, templateParams: !5441, identifier: "cbc0ee69620fe53b521101256abcdadc")
!5439 = !{!5440}
!5440 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5438, file: !2, baseType: !3541, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!5441 = !{!5442, !5443}
!5442 = !DITemplateTypeParameter(name: "B", type: !4249)
!5443 = !DITemplateTypeParameter(name: "C", type: !3541)
!5444 = !DIDerivedType(tag: DW_TAG_member, name: "Break", scope: !5435, file: !2, baseType: !5445, size: 128, align: 64, extraData: i64 1)
!5445 = !DICompositeType(tag: DW_TAG_structure_type, name: "Break", scope: !5432, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5446, templateParams: !5441, identifier: "11dd97ab9c18393584050373e8577609")
!5446 = !{!5447}
!5447 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5445, file: !2, baseType: !4249, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!5448 = !DIDerivedType(tag: DW_TAG_member, scope: !5432, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!5449 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sys::thread::unix::Thread, std::io::error::Error>", scope: !394, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5450, templateParams: !23, identifier: "eb920c4d88992f9d8afc15402b1b22d")
!5450 = !{!5451}
!5451 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5449, file: !2, size: 128, align: 64, elements: !5452, templateParams: !23, identifier: "937643c5d21f0e3c9c6c88e1e3ceb29", discriminator: !5462)
!5452 = !{!5453, !5458}
!5453 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !5451, file: !2, baseType: !5454, size: 128, align: 64, extraData: i64 0)
!5454 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !5449, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5455, templateParams: !5457, identifier: "c198d641ef775ad8da3f0aff714df36b")
!5455 = !{!5456}
!5456 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5454, file: !2, baseType: !3541, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!5457 = !{!3571, !716}
!5458 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !5451, file: !2, baseType: !5459, size: 128, align: 64, extraData: i64 1)
!5459 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !5449, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5460, templateParams: !5457, identifier: "6196d3da5b631f65c351c4f1a3762991")
!5460 = !{!5461}
!5461 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5459, file: !2, baseType: !458, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!5462 = !DIDerivedType(tag: DW_TAG_member, scope: !5449, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!5463 = !{!5427, !5464, !5466}
!5464 = !DILocalVariable(name: "v", scope: !5465, file: !4737, line: 2174, type: !3541, align: 64)
!5465 = distinct !DILexicalBlock(scope: !5428, file: !4737, line: 2174, column: 13)
!5466 = !DILocalVariable(name: "e", scope: !5467, file: !4737, line: 2175, type: !458, align: 64)
!5467 = distinct !DILexicalBlock(scope: !5428, file: !4737, line: 2175, column: 13)
!5468 = !DILocation(line: 0, scope: !5428, inlinedAt: !5469)
!5469 = distinct !DILocation(line: 137, column: 26, scope: !4527, inlinedAt: !4534)
!5470 = !DILocation(line: 2173, column: 9, scope: !5428, inlinedAt: !5469)
!5471 = !DILocation(line: 0, scope: !1679, inlinedAt: !5472)
!5472 = distinct !DILocation(line: 141, column: 1, scope: !4505, inlinedAt: !4534)
!5473 = !DILocation(line: 0, scope: !1687, inlinedAt: !5474)
!5474 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5472)
!5475 = !DILocation(line: 0, scope: !1695, inlinedAt: !5476)
!5476 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !5474)
!5477 = !DILocation(line: 0, scope: !1702, inlinedAt: !5478)
!5478 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !5476)
!5479 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !5476)
!5480 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !5478)
!5481 = !{!5482, !5484, !4550, !4552, !4470, !4474}
!5482 = distinct !{!5482, !5483, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!5483 = distinct !{!5483, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!5484 = distinct !{!5484, !5485, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!5485 = distinct !{!5485, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!5486 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !5474)
!5487 = !DILocation(line: 0, scope: !1201, inlinedAt: !5488)
!5488 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !5474)
!5489 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5488)
!5490 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !5474)
!5491 = !DILocation(line: 141, column: 1, scope: !4505, inlinedAt: !4534)
!5492 = !{!5493}
!5493 = distinct !{!5493, !5494, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!5494 = distinct !{!5494, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!5495 = !DILocation(line: 0, scope: !2799, inlinedAt: !5496)
!5496 = distinct !DILocation(line: 141, column: 1, scope: !4501, inlinedAt: !4534)
!5497 = !{!5498}
!5498 = distinct !{!5498, !5499, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!5499 = distinct !{!5499, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!5500 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5496)
!5501 = !DILocation(line: 0, scope: !2813, inlinedAt: !5502)
!5502 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5496)
!5503 = !{!5504}
!5504 = distinct !{!5504, !5505, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!5505 = distinct !{!5505, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!5506 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5502)
!5507 = !DILocation(line: 0, scope: !2827, inlinedAt: !5508)
!5508 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5502)
!5509 = !{!5510}
!5510 = distinct !{!5510, !5511, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!5511 = distinct !{!5511, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!5512 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5508)
!5513 = !DILocation(line: 0, scope: !2841, inlinedAt: !5514)
!5514 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5508)
!5515 = !DILocation(line: 0, scope: !2849, inlinedAt: !5516)
!5516 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !5514)
!5517 = !DILocation(line: 0, scope: !2859, inlinedAt: !5518)
!5518 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !5514)
!5519 = !DILocation(line: 0, scope: !2866, inlinedAt: !5520)
!5520 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !5518)
!5521 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !5522)
!5522 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !5516)
!5523 = !{!5510, !5504, !5498, !5493}
!5524 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !5518)
!5525 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !5520)
!5526 = !{!5510, !5504, !5498, !5493, !4550, !4552, !4470, !4474}
!5527 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !5514)
!5528 = !DILocation(line: 0, scope: !1201, inlinedAt: !5529)
!5529 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !5514)
!5530 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5529)
!5531 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !5514)
!5532 = !DILocation(line: 0, scope: !1679, inlinedAt: !5533)
!5533 = distinct !DILocation(line: 141, column: 1, scope: !4505, inlinedAt: !4534)
!5534 = !DILocation(line: 0, scope: !1687, inlinedAt: !5535)
!5535 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5533)
!5536 = !DILocation(line: 0, scope: !1695, inlinedAt: !5537)
!5537 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !5535)
!5538 = !DILocation(line: 0, scope: !1702, inlinedAt: !5539)
!5539 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !5537)
!5540 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !5537)
!5541 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !5539)
!5542 = !{!5543, !5545, !4550, !4552, !4470, !4474}
!5543 = distinct !{!5543, !5544, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!5544 = distinct !{!5544, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!5545 = distinct !{!5545, !5546, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!5546 = distinct !{!5546, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!5547 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !5535)
!5548 = !DILocation(line: 0, scope: !1201, inlinedAt: !5549)
!5549 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !5535)
!5550 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5549)
!5551 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !5535)
!5552 = !DILocation(line: 17, column: 1, scope: !4476, inlinedAt: !4534)
!5553 = !DILocation(line: 0, scope: !1139, inlinedAt: !5554)
!5554 = distinct !DILocation(line: 141, column: 1, scope: !4476, inlinedAt: !4534)
!5555 = !DILocation(line: 0, scope: !1148, inlinedAt: !5556)
!5556 = distinct !DILocation(line: 805, column: 1, scope: !1139, inlinedAt: !5554)
!5557 = !DILocation(line: 0, scope: !1158, inlinedAt: !5558)
!5558 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !5556)
!5559 = !DILocation(line: 0, scope: !1167, inlinedAt: !5560)
!5560 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !5558)
!5561 = !DILocation(line: 0, scope: !1179, inlinedAt: !5562)
!5562 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !5560)
!5563 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !5560)
!5564 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !5562)
!5565 = !{!5566, !5568, !5570, !4550, !4552, !4470, !4474}
!5566 = distinct !{!5566, !5567, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!5567 = distinct !{!5567, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!5568 = distinct !{!5568, !5569, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!5569 = distinct !{!5569, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!5570 = distinct !{!5570, !5571, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE: %_1"}
!5571 = distinct !{!5571, !"_ZN4core3ptr61drop_in_place$LT$mutex..main..$u7b$$u7b$closure$u7d$$u7d$$GT$17h4dfe64f529c5245dE"}
!5572 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !5558)
!5573 = !DILocation(line: 0, scope: !1201, inlinedAt: !5574)
!5574 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !5558)
!5575 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5574)
!5576 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !5558)
!5577 = !DILocation(line: 2406, column: 13, scope: !4310, inlinedAt: !4311)
!5578 = !DILocation(line: 0, scope: !1148, inlinedAt: !5579)
!5579 = distinct !DILocation(line: 26, column: 1, scope: !4170)
!5580 = !DILocation(line: 0, scope: !1158, inlinedAt: !5581)
!5581 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !5579)
!5582 = !DILocation(line: 0, scope: !1167, inlinedAt: !5583)
!5583 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !5581)
!5584 = !DILocation(line: 0, scope: !1179, inlinedAt: !5585)
!5585 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !5583)
!5586 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !5583)
!5587 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !5585)
!5588 = !{!5589, !5591}
!5589 = distinct !{!5589, !5590, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!5590 = distinct !{!5590, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!5591 = distinct !{!5591, !5592, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!5592 = distinct !{!5592, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!5593 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !5581)
!5594 = !DILocation(line: 0, scope: !1201, inlinedAt: !5595)
!5595 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !5581)
!5596 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5595)
!5597 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !5581)
!5598 = !DILocation(line: 141, column: 2, scope: !4476, inlinedAt: !4534)
!5599 = !DILocalVariable(name: "self", arg: 1, scope: !5600, file: !4737, line: 1179, type: !4226)
!5600 = distinct !DISubprogram(name: "expect<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E", scope: !4226, file: !4737, line: 1179, type: !5601, scopeLine: 1179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !4234, declaration: !5603, retainedNodes: !5604)
!5601 = !DISubroutineType(types: !5602)
!5602 = !{!3534, !4226, !557, !763}
!5603 = !DISubprogram(name: "expect<std::thread::join_handle::JoinHandle<()>, std::io::error::Error>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E", scope: !4226, file: !4737, line: 1179, type: !5601, scopeLine: 1179, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !4234)
!5604 = !{!5599, !5605, !5606, !5608}
!5605 = !DILocalVariable(name: "msg", arg: 2, scope: !5600, file: !4737, line: 1179, type: !557)
!5606 = !DILocalVariable(name: "t", scope: !5607, file: !4737, line: 1184, type: !3534, align: 64)
!5607 = distinct !DILexicalBlock(scope: !5600, file: !4737, line: 1184, column: 13)
!5608 = !DILocalVariable(name: "e", scope: !5609, file: !4737, line: 1185, type: !458, align: 64)
!5609 = distinct !DILexicalBlock(scope: !5600, file: !4737, line: 1185, column: 13)
!5610 = !DILocation(line: 0, scope: !5600, inlinedAt: !5611)
!5611 = distinct !DILocation(line: 131, column: 29, scope: !4277, inlinedAt: !4282)
!5612 = !DILocation(line: 262, column: 6, scope: !4179, inlinedAt: !4270)
!5613 = !DILocation(line: 1185, column: 17, scope: !5609, inlinedAt: !5611)
!5614 = !DILocation(line: 1185, column: 17, scope: !5600, inlinedAt: !5611)
!5615 = !{!5616, !5618}
!5616 = distinct !{!5616, !5617, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E: %t"}
!5617 = distinct !{!5617, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E"}
!5618 = distinct !{!5618, !5617, !"_ZN4core6result19Result$LT$T$C$E$GT$6expect17hfb10201731db0454E: %self"}
!5619 = !DILocation(line: 1185, column: 23, scope: !5609, inlinedAt: !5611)
!5620 = !DILocation(line: 1185, column: 44, scope: !5600, inlinedAt: !5611)
!5621 = !DILocation(line: 1179, column: 5, scope: !5600, inlinedAt: !5611)
!5622 = !DILocation(line: 138, column: 9, scope: !4527, inlinedAt: !4534)
!5623 = !{!5616}
!5624 = !DILocation(line: 131, column: 29, scope: !4277, inlinedAt: !4282)
!5625 = !{!5618}
!5626 = !DILocation(line: 1184, column: 16, scope: !5600, inlinedAt: !5611)
!5627 = !DILocation(line: 23, column: 5, scope: !4177)
!5628 = !DILocation(line: 26, column: 1, scope: !4175)
!5629 = !DILocation(line: 24, column: 5, scope: !4177)
!5630 = !DILocation(line: 25, column: 5, scope: !4177)
!5631 = !{!5632}
!5632 = distinct !{!5632, !5633, !"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h79ff4363c7333d31E: %self"}
!5633 = distinct !{!5633, !"_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h79ff4363c7333d31E"}
!5634 = !DILocation(line: 150, column: 16, scope: !4287, inlinedAt: !4294)
!5635 = !DILocalVariable(name: "self", arg: 1, scope: !5636, file: !1060, line: 240, type: !3538)
!5636 = distinct !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h79ff4363c7333d31E", scope: !3538, file: !1060, line: 240, type: !5637, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !441, declaration: !5639, retainedNodes: !5640)
!5637 = !DISubroutineType(types: !5638)
!5638 = !{!393, !3538}
!5639 = !DISubprogram(name: "join<()>", linkageName: "_ZN3std6thread9lifecycle18JoinInner$LT$T$GT$4join17h79ff4363c7333d31E", scope: !3538, file: !1060, line: 240, type: !5637, scopeLine: 240, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !441)
!5640 = !{!5635}
!5641 = !DILocation(line: 240, column: 24, scope: !5636, inlinedAt: !5642)
!5642 = distinct !DILocation(line: 150, column: 16, scope: !4287, inlinedAt: !4294)
!5643 = !DILocalVariable(name: "msg", scope: !5644, file: !971, line: 968, type: !557, align: 64)
!5644 = distinct !DISubprogram(name: "expect<&mut std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6expect17h4b42fe3bbcaf2e6aE", scope: !5645, file: !971, line: 968, type: !5658, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !5651, declaration: !5660, retainedNodes: !5661)
!5645 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<&mut std::thread::lifecycle::Packet<()>>", scope: !149, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !5646, templateParams: !23, identifier: "d6b0a275d703338bad258c3682256e38")
!5646 = !{!5647}
!5647 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5645, file: !2, size: 64, align: 64, elements: !5648, templateParams: !23, identifier: "5312a08b397764f4db2b8e38b3c5c576", discriminator: !5657)
!5648 = !{!5649, !5653}
!5649 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !5647, file: !2, baseType: !5650, size: 64, align: 64, extraData: i64 0)
!5650 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !5645, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !23, templateParams: !5651, identifier: "aa2b680e37cfea2a43507f1aa4f84f7a")
!5651 = !{!5652}
!5652 = !DITemplateTypeParameter(name: "T", type: !3112)
!5653 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !5647, file: !2, baseType: !5654, size: 64, align: 64)
!5654 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !5645, file: !2, size: 64, align: 64, flags: DIFlagPublic, elements: !5655, templateParams: !5651, identifier: "b15142cc7b45fc0339b1658b80523642")
!5655 = !{!5656}
!5656 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5654, file: !2, baseType: !3112, size: 64, align: 64, flags: DIFlagPublic)
!5657 = !DIDerivedType(tag: DW_TAG_member, scope: !5645, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!5658 = !DISubroutineType(types: !5659)
!5659 = !{!3112, !5645, !557, !763}
!5660 = !DISubprogram(name: "expect<&mut std::thread::lifecycle::Packet<()>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6expect17h4b42fe3bbcaf2e6aE", scope: !5645, file: !971, line: 968, type: !5658, scopeLine: 968, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !5651)
!5661 = !{!5662, !5643, !5663}
!5662 = !DILocalVariable(name: "self", arg: 1, scope: !5644, file: !971, line: 968, type: !5645)
!5663 = !DILocalVariable(name: "val", scope: !5664, file: !971, line: 970, type: !3112, align: 64)
!5664 = distinct !DILexicalBlock(scope: !5644, file: !971, line: 970, column: 13)
!5665 = !DILocation(line: 0, scope: !5644, inlinedAt: !5666)
!5666 = distinct !DILocation(line: 247, column: 14, scope: !5636, inlinedAt: !5642)
!5667 = !DILocation(line: 241, column: 9, scope: !5636, inlinedAt: !5642)
!5668 = !DILocation(line: 241, column: 21, scope: !5636, inlinedAt: !5642)
!5669 = !{!5670}
!5670 = distinct !{!5670, !5671, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!5671 = distinct !{!5671, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!5672 = !DILocation(line: 252, column: 5, scope: !5636, inlinedAt: !5642)
!5673 = !DILocation(line: 0, scope: !2799, inlinedAt: !5674)
!5674 = distinct !DILocation(line: 252, column: 5, scope: !5636, inlinedAt: !5642)
!5675 = !{!5676}
!5676 = distinct !{!5676, !5677, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!5677 = distinct !{!5677, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!5678 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5674)
!5679 = !DILocation(line: 0, scope: !2813, inlinedAt: !5680)
!5680 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5674)
!5681 = !{!5682}
!5682 = distinct !{!5682, !5683, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!5683 = distinct !{!5683, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!5684 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5680)
!5685 = !DILocation(line: 0, scope: !2827, inlinedAt: !5686)
!5686 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5680)
!5687 = !{!5688}
!5688 = distinct !{!5688, !5689, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!5689 = distinct !{!5689, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!5690 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5686)
!5691 = !DILocation(line: 0, scope: !2841, inlinedAt: !5692)
!5692 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5686)
!5693 = !DILocation(line: 0, scope: !2849, inlinedAt: !5694)
!5694 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !5692)
!5695 = !DILocation(line: 0, scope: !2859, inlinedAt: !5696)
!5696 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !5692)
!5697 = !DILocation(line: 0, scope: !2866, inlinedAt: !5698)
!5698 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !5696)
!5699 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !5700)
!5700 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !5694)
!5701 = !{!5688, !5682, !5676, !5670, !5632}
!5702 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !5696)
!5703 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !5698)
!5704 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !5692)
!5705 = !DILocation(line: 0, scope: !1201, inlinedAt: !5706)
!5706 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !5692)
!5707 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5706)
!5708 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !5692)
!5709 = !DILocalVariable(name: "this", arg: 1, scope: !5710, file: !1128, line: 2616, type: !1690)
!5710 = distinct !DISubprogram(name: "get_mut<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$7get_mut17hf97000b2b5f58058E", scope: !244, file: !1128, line: 2616, type: !5711, scopeLine: 2616, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !5713, retainedNodes: !5714)
!5711 = !DISubroutineType(types: !5712)
!5712 = !{!5645, !1690}
!5713 = !DISubprogram(name: "get_mut<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$7get_mut17hf97000b2b5f58058E", scope: !244, file: !1128, line: 2616, type: !5711, scopeLine: 2616, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !449)
!5714 = !{!5709}
!5715 = !DILocation(line: 2616, column: 20, scope: !5710, inlinedAt: !5716)
!5716 = distinct !DILocation(line: 242, column: 9, scope: !5636, inlinedAt: !5642)
!5717 = !DILocalVariable(name: "this", arg: 1, scope: !5718, file: !1128, line: 2691, type: !1690)
!5718 = distinct !DISubprogram(name: "get_mut_unchecked<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$17get_mut_unchecked17h07fbe6713155a413E", scope: !244, file: !1128, line: 2691, type: !5719, scopeLine: 2691, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !5721, retainedNodes: !5722)
!5719 = !DISubroutineType(types: !5720)
!5720 = !{!3112, !1690}
!5721 = !DISubprogram(name: "get_mut_unchecked<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$17get_mut_unchecked17h07fbe6713155a413E", scope: !244, file: !1128, line: 2691, type: !5719, scopeLine: 2691, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !449)
!5722 = !{!5717}
!5723 = !DILocation(line: 2691, column: 37, scope: !5718, inlinedAt: !5724)
!5724 = distinct !DILocation(line: 2623, column: 27, scope: !5710, inlinedAt: !5716)
!5725 = !DILocation(line: 2617, column: 28, scope: !5710, inlinedAt: !5716)
!5726 = !{!5727}
!5727 = distinct !{!5727, !5728, !"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17h123fd5af308a3e64E: %this"}
!5728 = distinct !{!5728, !"_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17h123fd5af308a3e64E"}
!5729 = !DILocation(line: 2617, column: 12, scope: !5710, inlinedAt: !5716)
!5730 = !DILocalVariable(name: "this", arg: 1, scope: !5731, file: !1128, line: 2754, type: !1464)
!5731 = distinct !DISubprogram(name: "is_unique<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17h123fd5af308a3e64E", scope: !244, file: !1128, line: 2754, type: !5732, scopeLine: 2754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !5734, retainedNodes: !5735)
!5732 = !DISubroutineType(types: !5733)
!5733 = !{!593, !1464}
!5734 = !DISubprogram(name: "is_unique<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$9is_unique17h123fd5af308a3e64E", scope: !244, file: !1128, line: 2754, type: !5732, scopeLine: 2754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !449)
!5735 = !{!5730, !5736}
!5736 = !DILocalVariable(name: "unique", scope: !5737, file: !1128, line: 2766, type: !593, align: 8)
!5737 = distinct !DILexicalBlock(scope: !5731, file: !1128, line: 2766, column: 13)
!5738 = !DILocation(line: 0, scope: !5731, inlinedAt: !5739)
!5739 = distinct !DILocation(line: 2617, column: 12, scope: !5710, inlinedAt: !5716)
!5740 = !DILocalVariable(name: "self", arg: 1, scope: !5741, file: !1128, line: 2098, type: !1464)
!5741 = distinct !DISubprogram(name: "inner<std::thread::lifecycle::Packet<()>, alloc::alloc::Global>", linkageName: "_ZN5alloc4sync16Arc$LT$T$C$A$GT$5inner17h8370033cd3ff12c9E", scope: !244, file: !1128, line: 2098, type: !1470, scopeLine: 2098, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !449, declaration: !1473, retainedNodes: !5742)
!5742 = !{!5740}
!5743 = !DILocation(line: 0, scope: !5741, inlinedAt: !5744)
!5744 = distinct !DILocation(line: 2762, column: 17, scope: !5731, inlinedAt: !5739)
!5745 = !DILocation(line: 0, scope: !5741, inlinedAt: !5746)
!5746 = distinct !DILocation(line: 2766, column: 31, scope: !5731, inlinedAt: !5739)
!5747 = !DILocation(line: 0, scope: !5741, inlinedAt: !5748)
!5748 = distinct !DILocation(line: 2771, column: 18, scope: !5737, inlinedAt: !5739)
!5749 = !DILocalVariable(name: "current", scope: !5750, file: !1168, line: 3034, type: !9, align: 64)
!5750 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize16compare_exchange", scope: !75, file: !1168, line: 3033, type: !5751, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !5768, retainedNodes: !5769)
!5751 = !DISubroutineType(types: !5752)
!5752 = !{!5753, !1171, !9, !9, !672, !672}
!5753 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<usize, usize>", scope: !394, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5754, templateParams: !23, identifier: "7740407452115f2a77697ba7dab62951")
!5754 = !{!5755}
!5755 = !DICompositeType(tag: DW_TAG_variant_part, scope: !5753, file: !2, size: 128, align: 64, elements: !5756, templateParams: !23, identifier: "27062f68c4e2d20f43160ddebe98a43b", discriminator: !5767)
!5756 = !{!5757, !5763}
!5757 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !5755, file: !2, baseType: !5758, size: 128, align: 64, extraData: i64 0)
!5758 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !5753, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5759, templateParams: !5761, identifier: "88dc1693b42440195577b011f0df268d")
!5759 = !{!5760}
!5760 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5758, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!5761 = !{!85, !5762}
!5762 = !DITemplateTypeParameter(name: "E", type: !9)
!5763 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !5755, file: !2, baseType: !5764, size: 128, align: 64, extraData: i64 1)
!5764 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !5753, file: !2, size: 128, align: 64, flags: DIFlagPublic, elements: !5765, templateParams: !5761, identifier: "8c82a528c5d5f77a70ece44e29fb2ab3")
!5765 = !{!5766}
!5766 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !5764, file: !2, baseType: !9, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!5767 = !DIDerivedType(tag: DW_TAG_member, scope: !5753, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!5768 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize16compare_exchange", scope: !75, file: !1168, line: 3033, type: !5751, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!5769 = !{!5770, !5749, !5771, !5772, !5773}
!5770 = !DILocalVariable(name: "self", arg: 1, scope: !5750, file: !1168, line: 3033, type: !1171)
!5771 = !DILocalVariable(name: "new", scope: !5750, file: !1168, line: 3035, type: !9, align: 64)
!5772 = !DILocalVariable(name: "success", scope: !5750, file: !1168, line: 3036, type: !672, align: 8)
!5773 = !DILocalVariable(name: "failure", scope: !5750, file: !1168, line: 3037, type: !672, align: 8)
!5774 = !DILocation(line: 0, scope: !5750, inlinedAt: !5775)
!5775 = distinct !DILocation(line: 2762, column: 30, scope: !5731, inlinedAt: !5739)
!5776 = !DILocalVariable(name: "order", scope: !5777, file: !1168, line: 2842, type: !672, align: 8)
!5777 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !1168, line: 2842, type: !1843, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1845, retainedNodes: !5778)
!5778 = !{!5779, !5776}
!5779 = !DILocalVariable(name: "self", arg: 1, scope: !5777, file: !1168, line: 2842, type: !1171)
!5780 = !DILocation(line: 0, scope: !5777, inlinedAt: !5781)
!5781 = distinct !DILocation(line: 2766, column: 46, scope: !5731, inlinedAt: !5739)
!5782 = !DILocalVariable(name: "val", scope: !5783, file: !1168, line: 2870, type: !9, align: 64)
!5783 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize5store", scope: !75, file: !1168, line: 2870, type: !4692, scopeLine: 2870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !4694, retainedNodes: !5784)
!5784 = !{!5785, !5782, !5786}
!5785 = !DILocalVariable(name: "self", arg: 1, scope: !5783, file: !1168, line: 2870, type: !1171)
!5786 = !DILocalVariable(name: "order", scope: !5783, file: !1168, line: 2870, type: !672, align: 8)
!5787 = !DILocation(line: 0, scope: !5783, inlinedAt: !5788)
!5788 = distinct !DILocation(line: 2771, column: 31, scope: !5737, inlinedAt: !5739)
!5789 = !DILocation(line: 444, column: 20, scope: !5790, inlinedAt: !5791)
!5790 = distinct !DISubprogram(name: "as_ref<alloc::sync::ArcInner<std::thread::lifecycle::Packet<()>>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17hec82587b646ddc6bE", scope: !247, file: !1479, line: 440, type: !1480, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !444, declaration: !1483)
!5791 = distinct !DILocation(line: 2104, column: 27, scope: !5741, inlinedAt: !5744)
!5792 = !{!5727, !5632}
!5793 = !DILocation(line: 3033, column: 37, scope: !5750, inlinedAt: !5775)
!5794 = !DILocalVariable(name: "self", arg: 1, scope: !5795, file: !1487, line: 2443, type: !5798)
!5795 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h10fb442287b5889eE", scope: !80, file: !1487, line: 2443, type: !5796, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, declaration: !5799, retainedNodes: !5800)
!5796 = !DISubroutineType(types: !5797)
!5797 = !{!1182, !5798}
!5798 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!5799 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h10fb442287b5889eE", scope: !80, file: !1487, line: 2443, type: !5796, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!5800 = !{!5794}
!5801 = !DILocation(line: 2443, column: 22, scope: !5795, inlinedAt: !5802)
!5802 = distinct !DILocation(line: 3039, column: 57, scope: !5750, inlinedAt: !5775)
!5803 = !DILocation(line: 2447, column: 9, scope: !5795, inlinedAt: !5802)
!5804 = !DILocalVariable(name: "dst", arg: 1, scope: !5805, file: !1168, line: 3956, type: !1182)
!5805 = distinct !DISubprogram(name: "atomic_compare_exchange<usize>", linkageName: "_ZN4core4sync6atomic23atomic_compare_exchange17hda924e5b52e23989E", scope: !76, file: !1168, line: 3955, type: !5806, scopeLine: 3955, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, retainedNodes: !5808)
!5806 = !DISubroutineType(types: !5807)
!5807 = !{!5753, !1182, !9, !9, !672, !672}
!5808 = !{!5804, !5809, !5810, !5811, !5812, !5813, !5815}
!5809 = !DILocalVariable(name: "old", arg: 2, scope: !5805, file: !1168, line: 3957, type: !9)
!5810 = !DILocalVariable(name: "new", arg: 3, scope: !5805, file: !1168, line: 3958, type: !9)
!5811 = !DILocalVariable(name: "success", arg: 4, scope: !5805, file: !1168, line: 3959, type: !672)
!5812 = !DILocalVariable(name: "failure", arg: 5, scope: !5805, file: !1168, line: 3960, type: !672)
!5813 = !DILocalVariable(name: "val", scope: !5814, file: !1168, line: 3963, type: !9, align: 64)
!5814 = distinct !DILexicalBlock(scope: !5805, file: !1168, line: 3963, column: 5)
!5815 = !DILocalVariable(name: "ok", scope: !5814, file: !1168, line: 3963, type: !593, align: 8)
!5816 = !DILocation(line: 0, scope: !5805, inlinedAt: !5817)
!5817 = distinct !DILocation(line: 3039, column: 26, scope: !5750, inlinedAt: !5775)
!5818 = !DILocation(line: 3975, column: 17, scope: !5805, inlinedAt: !5817)
!5819 = !DILocation(line: 2762, column: 12, scope: !5731, inlinedAt: !5739)
!5820 = !{!"branch_weights", i32 2146410443, i32 1073205}
!5821 = !DILocation(line: 2842, column: 25, scope: !5777, inlinedAt: !5781)
!5822 = !DILocation(line: 2443, column: 22, scope: !5795, inlinedAt: !5823)
!5823 = distinct !DILocation(line: 2844, column: 45, scope: !5777, inlinedAt: !5781)
!5824 = !DILocation(line: 0, scope: !1874, inlinedAt: !5825)
!5825 = distinct !DILocation(line: 2844, column: 26, scope: !5777, inlinedAt: !5781)
!5826 = !DILocation(line: 3891, column: 24, scope: !1874, inlinedAt: !5825)
!5827 = !DILocation(line: 2766, column: 26, scope: !5731, inlinedAt: !5739)
!5828 = !DILocation(line: 0, scope: !5737, inlinedAt: !5739)
!5829 = !DILocation(line: 2870, column: 26, scope: !5783, inlinedAt: !5788)
!5830 = !DILocation(line: 2443, column: 22, scope: !5795, inlinedAt: !5831)
!5831 = distinct !DILocation(line: 2872, column: 46, scope: !5783, inlinedAt: !5788)
!5832 = !DILocation(line: 0, scope: !5191, inlinedAt: !5833)
!5833 = distinct !DILocation(line: 2872, column: 26, scope: !5783, inlinedAt: !5788)
!5834 = !DILocation(line: 3876, column: 24, scope: !5191, inlinedAt: !5833)
!5835 = !{!"branch_weights", !"expected", i32 -2147483648, i32 0}
!5836 = !DILocation(line: 971, column: 21, scope: !5644, inlinedAt: !5666)
!5837 = !DILocation(line: 2694, column: 25, scope: !5718, inlinedAt: !5724)
!5838 = !DILocalVariable(name: "self", arg: 1, scope: !5839, file: !971, line: 1884, type: !5842)
!5839 = distinct !DISubprogram(name: "take<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$4take17h6a3bd93ff875aea6E", scope: !385, file: !971, line: 1884, type: !5840, scopeLine: 1884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !391, declaration: !5843, retainedNodes: !5844)
!5840 = !DISubroutineType(types: !5841)
!5841 = !{!385, !5842}
!5842 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", baseType: !385, size: 64, align: 64, dwarfAddressSpace: 0)
!5843 = !DISubprogram(name: "take<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$4take17h6a3bd93ff875aea6E", scope: !385, file: !971, line: 1884, type: !5840, scopeLine: 1884, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !391)
!5844 = !{!5838}
!5845 = !DILocation(line: 1884, column: 23, scope: !5839, inlinedAt: !5846)
!5846 = distinct !DILocation(line: 250, column: 14, scope: !5636, inlinedAt: !5642)
!5847 = !DILocalVariable(name: "dest", arg: 1, scope: !5848, file: !1380, line: 887, type: !5842)
!5848 = distinct !DISubprogram(name: "replace<core::option::Option<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>>", linkageName: "_ZN4core3mem7replace17haaebf145864145f8E", scope: !43, file: !1380, line: 887, type: !5849, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !421, retainedNodes: !5851)
!5849 = !DISubroutineType(types: !5850)
!5850 = !{!385, !5842, !385}
!5851 = !{!5847}
!5852 = !DILocation(line: 887, column: 25, scope: !5848, inlinedAt: !5853)
!5853 = distinct !DILocation(line: 1886, column: 9, scope: !5839, inlinedAt: !5846)
!5854 = !DILocation(line: 901, column: 22, scope: !5848, inlinedAt: !5853)
!5855 = !DILocalVariable(name: "self", arg: 1, scope: !5856, file: !971, line: 1013, type: !385)
!5856 = distinct !DISubprogram(name: "unwrap<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6unwrap17h8eec8522b6663498E", scope: !385, file: !971, line: 1013, type: !5857, scopeLine: 1013, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !391, declaration: !5859, retainedNodes: !5860)
!5857 = !DISubroutineType(types: !5858)
!5858 = !{!393, !385, !763}
!5859 = !DISubprogram(name: "unwrap<core::result::Result<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>>", linkageName: "_ZN4core6option15Option$LT$T$GT$6unwrap17h8eec8522b6663498E", scope: !385, file: !971, line: 1013, type: !5857, scopeLine: 1013, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !391)
!5860 = !{!5855, !5861}
!5861 = !DILocalVariable(name: "val", scope: !5862, file: !971, line: 1015, type: !393, align: 64)
!5862 = distinct !DILexicalBlock(scope: !5856, file: !971, line: 1015, column: 13)
!5863 = !DILocation(line: 0, scope: !5856, inlinedAt: !5864)
!5864 = distinct !DILocation(line: 251, column: 14, scope: !5636, inlinedAt: !5642)
!5865 = !DILocation(line: 902, column: 49, scope: !5848, inlinedAt: !5853)
!5866 = !DILocation(line: 1014, column: 9, scope: !5856, inlinedAt: !5864)
!5867 = !{!5868}
!5868 = distinct !{!5868, !5869, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E: %_1"}
!5869 = distinct !{!5869, !"_ZN4core3ptr48drop_in_place$LT$std..thread..thread..Thread$GT$17h0e25c1f659652621E"}
!5870 = !DILocation(line: 0, scope: !2799, inlinedAt: !5871)
!5871 = distinct !DILocation(line: 252, column: 5, scope: !5636, inlinedAt: !5642)
!5872 = !{!5873}
!5873 = distinct !{!5873, !5874, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E: %_1"}
!5874 = distinct !{!5874, !"_ZN4core3ptr114drop_in_place$LT$core..pin..Pin$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$$GT$17h623ae2fb74eda707E"}
!5875 = !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5871)
!5876 = !DILocation(line: 0, scope: !2813, inlinedAt: !5877)
!5877 = distinct !DILocation(line: 805, column: 1, scope: !2799, inlinedAt: !5871)
!5878 = !{!5879}
!5879 = distinct !{!5879, !5880, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE: %_1"}
!5880 = distinct !{!5880, !"_ZN4core3ptr92drop_in_place$LT$alloc..sync..Arc$LT$std..thread..thread..Inner$C$std..alloc..System$GT$$GT$17he5f0d6496ed55d1cE"}
!5881 = !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5877)
!5882 = !DILocation(line: 0, scope: !2827, inlinedAt: !5883)
!5883 = distinct !DILocation(line: 805, column: 1, scope: !2813, inlinedAt: !5877)
!5884 = !{!5885}
!5885 = distinct !{!5885, !5886, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE: %self"}
!5886 = distinct !{!5886, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1db460f73154165dE"}
!5887 = !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5883)
!5888 = !DILocation(line: 0, scope: !2841, inlinedAt: !5889)
!5889 = distinct !DILocation(line: 805, column: 1, scope: !2827, inlinedAt: !5883)
!5890 = !DILocation(line: 0, scope: !2849, inlinedAt: !5891)
!5891 = distinct !DILocation(line: 2811, column: 17, scope: !2841, inlinedAt: !5889)
!5892 = !DILocation(line: 0, scope: !2859, inlinedAt: !5893)
!5893 = distinct !DILocation(line: 2811, column: 32, scope: !2841, inlinedAt: !5889)
!5894 = !DILocation(line: 0, scope: !2866, inlinedAt: !5895)
!5895 = distinct !DILocation(line: 3167, column: 26, scope: !2859, inlinedAt: !5893)
!5896 = !DILocation(line: 444, column: 20, scope: !2873, inlinedAt: !5897)
!5897 = distinct !DILocation(line: 2104, column: 27, scope: !2849, inlinedAt: !5891)
!5898 = !{!5885, !5879, !5873, !5868, !5632}
!5899 = !DILocation(line: 3165, column: 30, scope: !2859, inlinedAt: !5893)
!5900 = !DILocation(line: 3942, column: 24, scope: !2866, inlinedAt: !5895)
!5901 = !DILocation(line: 2811, column: 12, scope: !2841, inlinedAt: !5889)
!5902 = !DILocation(line: 0, scope: !1201, inlinedAt: !5903)
!5903 = distinct !DILocation(line: 64, column: 9, scope: !2841, inlinedAt: !5889)
!5904 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5903)
!5905 = !DILocation(line: 2854, column: 18, scope: !2841, inlinedAt: !5889)
!5906 = !DILocation(line: 1016, column: 21, scope: !5856, inlinedAt: !5864)
!5907 = !{!5908}
!5908 = distinct !{!5908, !5909, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!5909 = distinct !{!5909, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!5910 = !DILocation(line: 0, scope: !1679, inlinedAt: !5911)
!5911 = distinct !DILocation(line: 252, column: 5, scope: !5636, inlinedAt: !5642)
!5912 = !{!5913}
!5913 = distinct !{!5913, !5914, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!5914 = distinct !{!5914, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!5915 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5911)
!5916 = !DILocation(line: 0, scope: !1687, inlinedAt: !5917)
!5917 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5911)
!5918 = !DILocation(line: 0, scope: !2067, inlinedAt: !5919)
!5919 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !5917)
!5920 = !DILocation(line: 0, scope: !1695, inlinedAt: !5921)
!5921 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !5917)
!5922 = !DILocation(line: 0, scope: !1702, inlinedAt: !5923)
!5923 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !5921)
!5924 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !5925)
!5925 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !5919)
!5926 = !{!5913, !5908, !5632}
!5927 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !5921)
!5928 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !5923)
!5929 = !{!5913, !5908}
!5930 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !5917)
!5931 = !DILocation(line: 0, scope: !1201, inlinedAt: !5932)
!5932 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !5917)
!5933 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5932)
!5934 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !5917)
!5935 = !{!5936}
!5936 = distinct !{!5936, !5937, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!5937 = distinct !{!5937, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!5938 = !DILocation(line: 0, scope: !1679, inlinedAt: !5939)
!5939 = distinct !DILocation(line: 252, column: 5, scope: !5636, inlinedAt: !5642)
!5940 = !{!5941}
!5941 = distinct !{!5941, !5942, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!5942 = distinct !{!5942, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!5943 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5939)
!5944 = !DILocation(line: 0, scope: !1687, inlinedAt: !5945)
!5945 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5939)
!5946 = !DILocation(line: 0, scope: !2067, inlinedAt: !5947)
!5947 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !5945)
!5948 = !DILocation(line: 0, scope: !1695, inlinedAt: !5949)
!5949 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !5945)
!5950 = !DILocation(line: 0, scope: !1702, inlinedAt: !5951)
!5951 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !5949)
!5952 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !5953)
!5953 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !5947)
!5954 = !{!5941, !5936, !5632}
!5955 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !5949)
!5956 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !5951)
!5957 = !{!5941, !5936}
!5958 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !5945)
!5959 = !DILocation(line: 0, scope: !1201, inlinedAt: !5960)
!5960 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !5945)
!5961 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5960)
!5962 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !5945)
!5963 = !DILocation(line: 240, column: 5, scope: !5636, inlinedAt: !5642)
!5964 = !{!5965}
!5965 = distinct !{!5965, !5966, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E: %_1"}
!5966 = distinct !{!5966, !"_ZN4core3ptr91drop_in_place$LT$alloc..sync..Arc$LT$std..thread..lifecycle..Packet$LT$$LP$$RP$$GT$$GT$$GT$17h7565d79998f0c404E"}
!5967 = !DILocation(line: 0, scope: !1679, inlinedAt: !5968)
!5968 = distinct !DILocation(line: 252, column: 5, scope: !5636, inlinedAt: !5642)
!5969 = !{!5970}
!5970 = distinct !{!5970, !5971, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E: %self"}
!5971 = distinct !{!5971, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hedc6b8ce3550b1d2E"}
!5972 = !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5968)
!5973 = !DILocation(line: 0, scope: !1687, inlinedAt: !5974)
!5974 = distinct !DILocation(line: 805, column: 1, scope: !1679, inlinedAt: !5968)
!5975 = !DILocation(line: 0, scope: !2067, inlinedAt: !5976)
!5976 = distinct !DILocation(line: 2811, column: 17, scope: !1687, inlinedAt: !5974)
!5977 = !DILocation(line: 0, scope: !1695, inlinedAt: !5978)
!5978 = distinct !DILocation(line: 2811, column: 32, scope: !1687, inlinedAt: !5974)
!5979 = !DILocation(line: 0, scope: !1702, inlinedAt: !5980)
!5980 = distinct !DILocation(line: 3167, column: 26, scope: !1695, inlinedAt: !5978)
!5981 = !DILocation(line: 444, column: 20, scope: !2076, inlinedAt: !5982)
!5982 = distinct !DILocation(line: 2104, column: 27, scope: !2067, inlinedAt: !5976)
!5983 = !{!5970, !5965, !5632}
!5984 = !DILocation(line: 3165, column: 30, scope: !1695, inlinedAt: !5978)
!5985 = !DILocation(line: 3942, column: 24, scope: !1702, inlinedAt: !5980)
!5986 = !{!5970, !5965}
!5987 = !DILocation(line: 2811, column: 12, scope: !1687, inlinedAt: !5974)
!5988 = !DILocation(line: 0, scope: !1201, inlinedAt: !5989)
!5989 = distinct !DILocation(line: 64, column: 9, scope: !1687, inlinedAt: !5974)
!5990 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !5989)
!5991 = !DILocation(line: 2854, column: 18, scope: !1687, inlinedAt: !5974)
!5992 = !DILocalVariable(name: "self", arg: 1, scope: !5993, file: !4737, line: 1227, type: !393)
!5993 = distinct !DISubprogram(name: "unwrap<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h023357bbaa9b2a37E", scope: !393, file: !4737, line: 1227, type: !5994, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !402, declaration: !5996, retainedNodes: !5997)
!5994 = !DISubroutineType(types: !5995)
!5995 = !{null, !393, !763}
!5996 = !DISubprogram(name: "unwrap<(), alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h023357bbaa9b2a37E", scope: !393, file: !4737, line: 1227, type: !5994, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !402)
!5997 = !{!5992, !5998, !6000}
!5998 = !DILocalVariable(name: "t", scope: !5999, file: !4737, line: 1232, type: !7, align: 8)
!5999 = distinct !DILexicalBlock(scope: !5993, file: !4737, line: 1232, column: 13)
!6000 = !DILocalVariable(name: "e", scope: !6001, file: !4737, line: 1233, type: !405, align: 64)
!6001 = distinct !DILexicalBlock(scope: !5993, file: !4737, line: 1233, column: 13)
!6002 = !DILocation(line: 0, scope: !5993, inlinedAt: !6003)
!6003 = distinct !DILocation(line: 25, column: 24, scope: !4177)
!6004 = !DILocation(line: 1233, column: 17, scope: !6001, inlinedAt: !6003)
!6005 = !DILocation(line: 1231, column: 15, scope: !5993, inlinedAt: !6003)
!6006 = !DILocation(line: 1231, column: 9, scope: !5993, inlinedAt: !6003)
!6007 = !DILocation(line: 1233, column: 17, scope: !5993, inlinedAt: !6003)
!6008 = !DILocation(line: 1233, column: 23, scope: !6001, inlinedAt: !6003)
!6009 = !DILocation(line: 1233, column: 86, scope: !5993, inlinedAt: !6003)
!6010 = !DILocation(line: 1227, column: 5, scope: !5993, inlinedAt: !6003)
!6011 = !DILocation(line: 0, scope: !1148, inlinedAt: !6012)
!6012 = distinct !DILocation(line: 26, column: 1, scope: !4170)
!6013 = !DILocation(line: 0, scope: !1158, inlinedAt: !6014)
!6014 = distinct !DILocation(line: 805, column: 1, scope: !1148, inlinedAt: !6012)
!6015 = !DILocation(line: 0, scope: !1167, inlinedAt: !6016)
!6016 = distinct !DILocation(line: 2811, column: 32, scope: !1158, inlinedAt: !6014)
!6017 = !DILocation(line: 0, scope: !1179, inlinedAt: !6018)
!6018 = distinct !DILocation(line: 3167, column: 26, scope: !1167, inlinedAt: !6016)
!6019 = !DILocation(line: 3165, column: 30, scope: !1167, inlinedAt: !6016)
!6020 = !DILocation(line: 3942, column: 24, scope: !1179, inlinedAt: !6018)
!6021 = !{!6022, !6024}
!6022 = distinct !{!6022, !6023, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E: %self"}
!6023 = distinct !{!6023, !"_ZN71_$LT$alloc..sync..Arc$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h19edb6aeb4114c23E"}
!6024 = distinct !{!6024, !6025, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E: %_1"}
!6025 = distinct !{!6025, !"_ZN4core3ptr89drop_in_place$LT$alloc..sync..Arc$LT$std..sync..poison..mutex..Mutex$LT$usize$GT$$GT$$GT$17h292f3927f8a259c8E"}
!6026 = !DILocation(line: 2811, column: 12, scope: !1158, inlinedAt: !6014)
!6027 = !DILocation(line: 0, scope: !1201, inlinedAt: !6028)
!6028 = distinct !DILocation(line: 64, column: 9, scope: !1158, inlinedAt: !6014)
!6029 = !DILocation(line: 4373, column: 24, scope: !1201, inlinedAt: !6028)
!6030 = !DILocation(line: 2854, column: 18, scope: !1158, inlinedAt: !6014)
!6031 = !DILocation(line: 26, column: 1, scope: !4170)
!6032 = !DILocation(line: 26, column: 2, scope: !4170)
!6033 = !DILocation(line: 19, column: 1, scope: !4170)
!6034 = distinct !DISubprogram(name: "reader", linkageName: "_ZN5mutex6reader17he1ef17e49083c1f6E", scope: !58, file: !1122, line: 8, type: !6035, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !6037)
!6035 = !DISubroutineType(types: !6036)
!6036 = !{null, !588}
!6037 = !{!6038}
!6038 = !DILocalVariable(name: "a", arg: 1, scope: !6034, file: !1122, line: 8, type: !588)
!6039 = !DILocalVariable(name: "self", arg: 1, scope: !6040, file: !4737, line: 1227, type: !6041)
!6040 = distinct !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E", scope: !6041, file: !4737, line: 1227, type: !6056, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !6049, declaration: !6058, retainedNodes: !6059)
!6041 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", scope: !394, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !6042, templateParams: !23, identifier: "47fc31d61c2874a26468488748321d0")
!6042 = !{!6043}
!6043 = !DICompositeType(tag: DW_TAG_variant_part, scope: !6041, file: !2, size: 192, align: 64, elements: !6044, templateParams: !23, identifier: "5f7b7ddd5cabdb4578f8ace6050e7255", discriminator: !6055)
!6044 = !{!6045, !6051}
!6045 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !6043, file: !2, baseType: !6046, size: 192, align: 64, extraData: i64 0)
!6046 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !6041, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !6047, templateParams: !6049, identifier: "4eb9ed0c604c136dacbcb14f07e01b56")
!6047 = !{!6048}
!6048 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !6046, file: !2, baseType: !585, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!6049 = !{!595, !6050}
!6050 = !DITemplateTypeParameter(name: "E", type: !582)
!6051 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !6043, file: !2, baseType: !6052, size: 192, align: 64, extraData: i64 1)
!6052 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !6041, file: !2, size: 192, align: 64, flags: DIFlagPublic, elements: !6053, templateParams: !6049, identifier: "1dc3e151f60e4010cb8ee598c79865e8")
!6053 = !{!6054}
!6054 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !6052, file: !2, baseType: !582, size: 128, align: 64, offset: 64, flags: DIFlagPublic)
!6055 = !DIDerivedType(tag: DW_TAG_member, scope: !6041, file: !2, baseType: !196, size: 64, align: 64, flags: DIFlagArtificial)
!6056 = !DISubroutineType(types: !6057)
!6057 = !{!585, !6041, !763}
!6058 = !DISubprogram(name: "unwrap<std::sync::poison::mutex::MutexGuard<usize>, std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E", scope: !6041, file: !4737, line: 1227, type: !6056, scopeLine: 1227, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !6049)
!6059 = !{!6039, !6060, !6062}
!6060 = !DILocalVariable(name: "t", scope: !6061, file: !4737, line: 1232, type: !585, align: 64)
!6061 = distinct !DILexicalBlock(scope: !6040, file: !4737, line: 1232, column: 13)
!6062 = !DILocalVariable(name: "e", scope: !6063, file: !4737, line: 1233, type: !582, align: 64)
!6063 = distinct !DILexicalBlock(scope: !6040, file: !4737, line: 1233, column: 13)
!6064 = !DILocation(line: 1227, column: 19, scope: !6040, inlinedAt: !6065)
!6065 = distinct !DILocation(line: 9, column: 21, scope: !6034)
!6066 = !DILocation(line: 0, scope: !6034)
!6067 = !DILocation(line: 9, column: 5, scope: !6034)
!6068 = !DILocalVariable(name: "self", arg: 1, scope: !6069, file: !1790, line: 490, type: !588)
!6069 = distinct !DISubprogram(name: "lock<usize>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E", scope: !88, file: !1790, line: 490, type: !6070, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, declaration: !6072, retainedNodes: !6073)
!6070 = !DISubroutineType(types: !6071)
!6071 = !{!6041, !588}
!6072 = !DISubprogram(name: "lock<usize>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E", scope: !88, file: !1790, line: 490, type: !6070, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!6073 = !{!6068}
!6074 = !DILocation(line: 0, scope: !6069, inlinedAt: !6075)
!6075 = distinct !DILocation(line: 9, column: 14, scope: !6034)
!6076 = !DILocalVariable(name: "lock", arg: 1, scope: !6077, file: !1790, line: 719, type: !588)
!6077 = distinct !DISubprogram(name: "new<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h25933357e8da1d8bE", scope: !585, file: !1790, line: 719, type: !6070, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, declaration: !6078, retainedNodes: !6079)
!6078 = !DISubprogram(name: "new<usize>", linkageName: "_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new17h25933357e8da1d8bE", scope: !585, file: !1790, line: 719, type: !6070, scopeLine: 719, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !84)
!6079 = !{!6076}
!6080 = !DILocation(line: 0, scope: !6077, inlinedAt: !6081)
!6081 = distinct !DILocation(line: 493, column: 13, scope: !6069, inlinedAt: !6075)
!6082 = !DILocalVariable(name: "current", scope: !6083, file: !1168, line: 3034, type: !107, align: 32)
!6083 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !101, file: !1168, line: 3033, type: !6084, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !6101, retainedNodes: !6102)
!6084 = !DISubroutineType(types: !6085)
!6085 = !{!6086, !1802, !107, !107, !672, !672}
!6086 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<u32, u32>", scope: !394, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !6087, templateParams: !23, identifier: "8d089503111f4dbe9f42ce667232974b")
!6087 = !{!6088}
!6088 = !DICompositeType(tag: DW_TAG_variant_part, scope: !6086, file: !2, size: 64, align: 32, elements: !6089, templateParams: !23, identifier: "315241547373923611abd5cec3497dfb", discriminator: !6100)
!6089 = !{!6090, !6096}
!6090 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !6088, file: !2, baseType: !6091, size: 64, align: 32, extraData: i32 0)
!6091 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !6086, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !6092, templateParams: !6094, identifier: "f8c55f85d42c0f3788b2a95940d8c2e0")
!6092 = !{!6093}
!6093 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !6091, file: !2, baseType: !107, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!6094 = !{!109, !6095}
!6095 = !DITemplateTypeParameter(name: "E", type: !107)
!6096 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !6088, file: !2, baseType: !6097, size: 64, align: 32, extraData: i32 1)
!6097 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !6086, file: !2, size: 64, align: 32, flags: DIFlagPublic, elements: !6098, templateParams: !6094, identifier: "727085c661668e3d7a2869578a770c53")
!6098 = !{!6099}
!6099 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !6097, file: !2, baseType: !107, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!6100 = !DIDerivedType(tag: DW_TAG_member, scope: !6086, file: !2, baseType: !107, size: 32, align: 32, flags: DIFlagArtificial)
!6101 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU3216compare_exchange", scope: !101, file: !1168, line: 3033, type: !6084, scopeLine: 3033, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!6102 = !{!6103, !6082, !6104, !6105, !6106}
!6103 = !DILocalVariable(name: "self", arg: 1, scope: !6083, file: !1168, line: 3033, type: !1802)
!6104 = !DILocalVariable(name: "new", scope: !6083, file: !1168, line: 3035, type: !107, align: 32)
!6105 = !DILocalVariable(name: "success", scope: !6083, file: !1168, line: 3036, type: !672, align: 8)
!6106 = !DILocalVariable(name: "failure", scope: !6083, file: !1168, line: 3037, type: !672, align: 8)
!6107 = !DILocation(line: 0, scope: !6083, inlinedAt: !6108)
!6108 = distinct !DILocation(line: 32, column: 23, scope: !6109, inlinedAt: !6113)
!6109 = distinct !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !94, file: !1810, line: 31, type: !1811, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !6110, retainedNodes: !6111)
!6110 = !DISubprogram(name: "lock", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4lock", scope: !94, file: !1810, line: 31, type: !1811, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!6111 = !{!6112}
!6112 = !DILocalVariable(name: "self", arg: 1, scope: !6109, file: !1810, line: 31, type: !1813)
!6113 = distinct !DILocation(line: 492, column: 24, scope: !6069, inlinedAt: !6075)
!6114 = !DILocation(line: 0, scope: !6109, inlinedAt: !6113)
!6115 = !DILocation(line: 3033, column: 37, scope: !6083, inlinedAt: !6108)
!6116 = !DILocalVariable(name: "dst", arg: 1, scope: !6117, file: !1168, line: 3956, type: !1822)
!6117 = distinct !DISubprogram(name: "atomic_compare_exchange<u32>", linkageName: "_ZN4core4sync6atomic23atomic_compare_exchange17hc62930dda1af9befE", scope: !76, file: !1168, line: 3955, type: !6118, scopeLine: 3955, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !108, retainedNodes: !6120)
!6118 = !DISubroutineType(types: !6119)
!6119 = !{!6086, !1822, !107, !107, !672, !672}
!6120 = !{!6116, !6121, !6122, !6123, !6124, !6125, !6127}
!6121 = !DILocalVariable(name: "old", arg: 2, scope: !6117, file: !1168, line: 3957, type: !107)
!6122 = !DILocalVariable(name: "new", arg: 3, scope: !6117, file: !1168, line: 3958, type: !107)
!6123 = !DILocalVariable(name: "success", arg: 4, scope: !6117, file: !1168, line: 3959, type: !672)
!6124 = !DILocalVariable(name: "failure", arg: 5, scope: !6117, file: !1168, line: 3960, type: !672)
!6125 = !DILocalVariable(name: "val", scope: !6126, file: !1168, line: 3963, type: !107, align: 32)
!6126 = distinct !DILexicalBlock(scope: !6117, file: !1168, line: 3963, column: 5)
!6127 = !DILocalVariable(name: "ok", scope: !6126, file: !1168, line: 3963, type: !593, align: 8)
!6128 = !DILocation(line: 0, scope: !6117, inlinedAt: !6129)
!6129 = distinct !DILocation(line: 3039, column: 26, scope: !6083, inlinedAt: !6108)
!6130 = !DILocation(line: 3975, column: 17, scope: !6117, inlinedAt: !6129)
!6131 = !{!6132}
!6132 = distinct !{!6132, !6133, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E: %_0"}
!6133 = distinct !{!6133, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E"}
!6134 = !DILocation(line: 32, column: 12, scope: !6109, inlinedAt: !6113)
!6135 = !DILocation(line: 33, column: 18, scope: !6109, inlinedAt: !6113)
!6136 = !DILocalVariable(name: "self", arg: 1, scope: !6137, file: !1831, line: 118, type: !1834)
!6137 = distinct !DISubprogram(name: "guard", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard", scope: !111, file: !1831, line: 118, type: !6138, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !6160, retainedNodes: !6161)
!6138 = !DISubroutineType(types: !6139)
!6139 = !{!6140, !1834}
!6140 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<std::sync::poison::Guard, std::sync::poison::PoisonError<std::sync::poison::Guard>>", scope: !394, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !6141, templateParams: !23, identifier: "b20027123c0229813c1c9765d49f77c5")
!6141 = !{!6142}
!6142 = !DICompositeType(tag: DW_TAG_variant_part, scope: !6140, file: !2, size: 16, align: 8, elements: !6143, templateParams: !23, identifier: "69ef32fe4dbad27958b17b1ef17250a1", discriminator: !6159)
!6143 = !{!6144, !6155}
!6144 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !6142, file: !2, baseType: !6145, size: 16, align: 8, extraData: i8 0)
!6145 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !6140, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !6146, templateParams: !6148, identifier: "70bd65e5f03e19dc5976a58293e85ab3")
!6146 = !{!6147}
!6147 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !6145, file: !2, baseType: !590, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!6148 = !{!6149, !6150}
!6149 = !DITemplateTypeParameter(name: "T", type: !590)
!6150 = !DITemplateTypeParameter(name: "E", type: !6151)
!6151 = !DICompositeType(tag: DW_TAG_structure_type, name: "PoisonError<std::sync::poison::Guard>", scope: !90, file: !2, size: 8, align: 8, flags: DIFlagPublic, elements: !6152, templateParams: !6154, identifier: "d041a0fc1f32f5444a93f2d022d9c351")
!6152 = !{!6153}
!6153 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !6151, file: !2, baseType: !590, size: 8, align: 8, flags: DIFlagPrivate)
!6154 = !{!6149}
!6155 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !6142, file: !2, baseType: !6156, size: 16, align: 8, extraData: i8 1)
!6156 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !6140, file: !2, size: 16, align: 8, flags: DIFlagPublic, elements: !6157, templateParams: !6148, identifier: "bcb2c23b9cdb0fec47ab16d24889e6aa")
!6157 = !{!6158}
!6158 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !6156, file: !2, baseType: !6151, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!6159 = !DIDerivedType(tag: DW_TAG_member, scope: !6140, file: !2, baseType: !120, size: 8, align: 8, flags: DIFlagArtificial)
!6160 = !DISubprogram(name: "guard", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard", scope: !111, file: !1831, line: 118, type: !6138, scopeLine: 118, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!6161 = !{!6136, !6162}
!6162 = !DILocalVariable(name: "ret", scope: !6163, file: !1831, line: 119, type: !590, align: 8)
!6163 = distinct !DILexicalBlock(scope: !6137, file: !1831, line: 119, column: 9)
!6164 = !DILocation(line: 0, scope: !6137, inlinedAt: !6165)
!6165 = distinct !DILocation(line: 720, column: 40, scope: !6077, inlinedAt: !6081)
!6166 = !DILocalVariable(name: "self", arg: 1, scope: !6167, file: !1831, line: 140, type: !1834)
!6167 = distinct !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !111, file: !1831, line: 140, type: !6168, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !6170, retainedNodes: !6171)
!6168 = !DISubroutineType(types: !6169)
!6169 = !{!593, !1834}
!6170 = !DISubprogram(name: "get", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3get", scope: !111, file: !1831, line: 140, type: !6168, scopeLine: 140, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!6171 = !{!6166}
!6172 = !DILocation(line: 0, scope: !6167, inlinedAt: !6173)
!6173 = distinct !DILocation(line: 123, column: 17, scope: !6163, inlinedAt: !6165)
!6174 = !DILocalVariable(name: "order", scope: !6175, file: !1168, line: 2842, type: !672, align: 8)
!6175 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !75, file: !1168, line: 2842, type: !1843, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !1845, retainedNodes: !6176)
!6176 = !{!6177, !6174}
!6177 = !DILocalVariable(name: "self", arg: 1, scope: !6175, file: !1168, line: 2842, type: !1171)
!6178 = !DILocation(line: 0, scope: !6175, inlinedAt: !6179)
!6179 = distinct !DILocation(line: 464, column: 31, scope: !6180, inlinedAt: !6181)
!6180 = distinct !DISubprogram(name: "count_is_zero", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count13count_is_zero", scope: !1851, file: !1248, line: 463, type: !1852, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23)
!6181 = distinct !DILocation(line: 616, column: 6, scope: !6182, inlinedAt: !6183)
!6182 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtCsjrHSEGnQ3l9_3std9panicking9panicking", scope: !1250, file: !1248, line: 615, type: !1852, scopeLine: 615, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23)
!6183 = distinct !DILocation(line: 217, column: 5, scope: !6184, inlinedAt: !6185)
!6184 = distinct !DISubprogram(name: "panicking", linkageName: "_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9panicking", scope: !1859, file: !1858, line: 216, type: !1852, scopeLine: 216, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23)
!6185 = distinct !DILocation(line: 121, column: 24, scope: !6137, inlinedAt: !6165)
!6186 = !DILocalVariable(name: "order", scope: !6187, file: !1168, line: 726, type: !672, align: 8)
!6187 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !114, file: !1168, line: 726, type: !6188, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, declaration: !6190, retainedNodes: !6191)
!6188 = !DISubroutineType(types: !6189)
!6189 = !{!593, !1865, !672}
!6190 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !114, file: !1168, line: 726, type: !6188, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !23)
!6191 = !{!6192, !6186}
!6192 = !DILocalVariable(name: "self", arg: 1, scope: !6187, file: !1168, line: 726, type: !1865)
!6193 = !DILocation(line: 0, scope: !6187, inlinedAt: !6194)
!6194 = distinct !DILocation(line: 141, column: 21, scope: !6167, inlinedAt: !6173)
!6195 = !DILocation(line: 0, scope: !1874, inlinedAt: !6196)
!6196 = distinct !DILocation(line: 2844, column: 26, scope: !6175, inlinedAt: !6179)
!6197 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !6196)
!6198 = !DILocation(line: 464, column: 12, scope: !6180, inlinedAt: !6181)
!6199 = !DILocation(line: 476, column: 13, scope: !6180, inlinedAt: !6181)
!6200 = !DILocation(line: 616, column: 5, scope: !6182, inlinedAt: !6183)
!6201 = !DILocation(line: 123, column: 25, scope: !6163, inlinedAt: !6165)
!6202 = !DILocation(line: 0, scope: !6180, inlinedAt: !6181)
!6203 = !DILocation(line: 0, scope: !6163, inlinedAt: !6165)
!6204 = !DILocation(line: 726, column: 17, scope: !6187, inlinedAt: !6194)
!6205 = !DILocalVariable(name: "dst", arg: 1, scope: !6206, file: !1168, line: 3886, type: !216)
!6206 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h1c7426ce05bf7ffcE", scope: !76, file: !1168, line: 3886, type: !6207, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !121, retainedNodes: !6209)
!6207 = !DISubroutineType(types: !6208)
!6208 = !{!120, !216, !672}
!6209 = !{!6205, !6210}
!6210 = !DILocalVariable(name: "order", arg: 2, scope: !6206, file: !1168, line: 3886, type: !672)
!6211 = !DILocation(line: 0, scope: !6206, inlinedAt: !6212)
!6212 = distinct !DILocation(line: 729, column: 18, scope: !6187, inlinedAt: !6194)
!6213 = !DILocation(line: 3890, column: 24, scope: !6206, inlinedAt: !6212)
!6214 = !DILocation(line: 123, column: 12, scope: !6163, inlinedAt: !6165)
!6215 = !DILocation(line: 0, scope: !6040, inlinedAt: !6065)
!6216 = !DILocation(line: 1233, column: 17, scope: !6063, inlinedAt: !6065)
!6217 = !DILocation(line: 1231, column: 9, scope: !6040, inlinedAt: !6065)
!6218 = !DILocation(line: 1233, column: 17, scope: !6040, inlinedAt: !6065)
!6219 = !{!6220, !6222}
!6220 = distinct !{!6220, !6221, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E: %self"}
!6221 = distinct !{!6221, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E"}
!6222 = distinct !{!6222, !6221, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E: argument 1"}
!6223 = !DILocation(line: 1233, column: 23, scope: !6063, inlinedAt: !6065)
!6224 = !{!6220}
!6225 = !DILocation(line: 1233, column: 86, scope: !6040, inlinedAt: !6065)
!6226 = !DILocation(line: 1227, column: 5, scope: !6040, inlinedAt: !6065)
!6227 = !DILocation(line: 1232, column: 16, scope: !6040, inlinedAt: !6065)
!6228 = !DILocation(line: 9, column: 11, scope: !6034)
!6229 = !DILocation(line: 0, scope: !1781, inlinedAt: !6230)
!6230 = distinct !DILocation(line: 9, column: 33, scope: !6034)
!6231 = !DILocation(line: 0, scope: !1781, inlinedAt: !6232)
!6232 = distinct !DILocation(line: 9, column: 33, scope: !6034)
!6233 = !DILocation(line: 0, scope: !1789, inlinedAt: !6234)
!6234 = distinct !DILocation(line: 805, column: 1, scope: !1781, inlinedAt: !6230)
!6235 = !DILocation(line: 0, scope: !1789, inlinedAt: !6236)
!6236 = distinct !DILocation(line: 805, column: 1, scope: !1781, inlinedAt: !6232)
!6237 = !DILocation(line: 0, scope: !1799, inlinedAt: !6238)
!6238 = distinct !DILocation(line: 90, column: 23, scope: !1809, inlinedAt: !6239)
!6239 = distinct !DILocation(line: 746, column: 29, scope: !1789, inlinedAt: !6234)
!6240 = !DILocation(line: 0, scope: !1799, inlinedAt: !6241)
!6241 = distinct !DILocation(line: 90, column: 23, scope: !1809, inlinedAt: !6242)
!6242 = distinct !DILocation(line: 746, column: 29, scope: !1789, inlinedAt: !6236)
!6243 = !DILocation(line: 0, scope: !1819, inlinedAt: !6244)
!6244 = distinct !DILocation(line: 2901, column: 26, scope: !1799, inlinedAt: !6238)
!6245 = !DILocation(line: 0, scope: !1819, inlinedAt: !6246)
!6246 = distinct !DILocation(line: 2901, column: 26, scope: !1799, inlinedAt: !6241)
!6247 = !DILocation(line: 0, scope: !1830, inlinedAt: !6248)
!6248 = distinct !DILocation(line: 745, column: 30, scope: !1789, inlinedAt: !6234)
!6249 = !DILocation(line: 0, scope: !1830, inlinedAt: !6250)
!6250 = distinct !DILocation(line: 745, column: 30, scope: !1789, inlinedAt: !6236)
!6251 = !DILocation(line: 0, scope: !1842, inlinedAt: !6252)
!6252 = distinct !DILocation(line: 464, column: 31, scope: !1850, inlinedAt: !6253)
!6253 = distinct !DILocation(line: 616, column: 6, scope: !1855, inlinedAt: !6254)
!6254 = distinct !DILocation(line: 217, column: 5, scope: !1857, inlinedAt: !6255)
!6255 = distinct !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !6248)
!6256 = !DILocation(line: 0, scope: !1842, inlinedAt: !6257)
!6257 = distinct !DILocation(line: 464, column: 31, scope: !1850, inlinedAt: !6258)
!6258 = distinct !DILocation(line: 616, column: 6, scope: !1855, inlinedAt: !6259)
!6259 = distinct !DILocation(line: 217, column: 5, scope: !1857, inlinedAt: !6260)
!6260 = distinct !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !6250)
!6261 = !DILocation(line: 0, scope: !1862, inlinedAt: !6262)
!6262 = distinct !DILocation(line: 130, column: 25, scope: !1830, inlinedAt: !6248)
!6263 = !DILocation(line: 0, scope: !1862, inlinedAt: !6264)
!6264 = distinct !DILocation(line: 130, column: 25, scope: !1830, inlinedAt: !6250)
!6265 = !DILocation(line: 129, column: 13, scope: !1830, inlinedAt: !6248)
!6266 = !DILocation(line: 0, scope: !1874, inlinedAt: !6267)
!6267 = distinct !DILocation(line: 2844, column: 26, scope: !1842, inlinedAt: !6252)
!6268 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !6267)
!6269 = !DILocation(line: 464, column: 12, scope: !1850, inlinedAt: !6253)
!6270 = !DILocation(line: 476, column: 13, scope: !1850, inlinedAt: !6253)
!6271 = !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !6248)
!6272 = !DILocation(line: 755, column: 18, scope: !1862, inlinedAt: !6262)
!6273 = !DILocation(line: 0, scope: !1889, inlinedAt: !6274)
!6274 = distinct !DILocation(line: 759, column: 13, scope: !1862, inlinedAt: !6262)
!6275 = !DILocation(line: 3875, column: 24, scope: !1889, inlinedAt: !6274)
!6276 = !DILocation(line: 129, column: 9, scope: !1830, inlinedAt: !6248)
!6277 = !DILocation(line: 0, scope: !1809, inlinedAt: !6239)
!6278 = !DILocation(line: 2899, column: 25, scope: !1799, inlinedAt: !6238)
!6279 = !DILocation(line: 3908, column: 24, scope: !1819, inlinedAt: !6244)
!6280 = !DILocation(line: 90, column: 12, scope: !1809, inlinedAt: !6239)
!6281 = !DILocation(line: 95, column: 18, scope: !1809, inlinedAt: !6239)
!6282 = !DILocation(line: 129, column: 13, scope: !1830, inlinedAt: !6250)
!6283 = !DILocation(line: 0, scope: !1874, inlinedAt: !6284)
!6284 = distinct !DILocation(line: 2844, column: 26, scope: !1842, inlinedAt: !6257)
!6285 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !6284)
!6286 = !DILocation(line: 464, column: 12, scope: !1850, inlinedAt: !6258)
!6287 = !DILocation(line: 476, column: 13, scope: !1850, inlinedAt: !6258)
!6288 = !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !6250)
!6289 = !DILocation(line: 755, column: 18, scope: !1862, inlinedAt: !6264)
!6290 = !DILocation(line: 0, scope: !1889, inlinedAt: !6291)
!6291 = distinct !DILocation(line: 759, column: 13, scope: !1862, inlinedAt: !6264)
!6292 = !DILocation(line: 3875, column: 24, scope: !1889, inlinedAt: !6291)
!6293 = !DILocation(line: 129, column: 9, scope: !1830, inlinedAt: !6250)
!6294 = !DILocation(line: 0, scope: !1809, inlinedAt: !6242)
!6295 = !DILocation(line: 2899, column: 25, scope: !1799, inlinedAt: !6241)
!6296 = !DILocation(line: 3908, column: 24, scope: !1819, inlinedAt: !6246)
!6297 = !DILocation(line: 90, column: 12, scope: !1809, inlinedAt: !6242)
!6298 = !DILocation(line: 95, column: 18, scope: !1809, inlinedAt: !6242)
!6299 = !DILocation(line: 12, column: 2, scope: !6034)
!6300 = distinct !DISubprogram(name: "writer", linkageName: "_ZN5mutex6writer17hda007970de2a098dE", scope: !58, file: !1122, line: 15, type: !6035, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !23, retainedNodes: !6301)
!6301 = !{!6302}
!6302 = !DILocalVariable(name: "a", arg: 1, scope: !6300, file: !1122, line: 15, type: !588)
!6303 = !DILocation(line: 1227, column: 19, scope: !6040, inlinedAt: !6304)
!6304 = distinct !DILocation(line: 16, column: 15, scope: !6300)
!6305 = !DILocalVariable(name: "self", arg: 1, scope: !6306, file: !1790, line: 735, type: !1794)
!6306 = distinct !DISubprogram(name: "deref_mut<usize>", linkageName: "_ZN92_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..DerefMut$GT$9deref_mut17h66f746dd69352017E", scope: !6307, file: !1790, line: 735, type: !6308, scopeLine: 735, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, retainedNodes: !6311)
!6307 = !DINamespace(name: "{impl#13}", scope: !89)
!6308 = !DISubroutineType(types: !6309)
!6309 = !{!6310, !1794}
!6310 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !9, size: 64, align: 64, dwarfAddressSpace: 0)
!6311 = !{!6305}
!6312 = !DILocation(line: 735, column: 18, scope: !6306, inlinedAt: !6313)
!6313 = !DILocation(line: 16, column: 5, scope: !6300)
!6314 = !DILocation(line: 0, scope: !6300)
!6315 = !DILocation(line: 0, scope: !6069, inlinedAt: !6316)
!6316 = distinct !DILocation(line: 16, column: 8, scope: !6300)
!6317 = !DILocation(line: 0, scope: !6077, inlinedAt: !6318)
!6318 = distinct !DILocation(line: 493, column: 13, scope: !6069, inlinedAt: !6316)
!6319 = !DILocation(line: 0, scope: !6083, inlinedAt: !6320)
!6320 = distinct !DILocation(line: 32, column: 23, scope: !6109, inlinedAt: !6321)
!6321 = distinct !DILocation(line: 492, column: 24, scope: !6069, inlinedAt: !6316)
!6322 = !DILocation(line: 0, scope: !6109, inlinedAt: !6321)
!6323 = !DILocation(line: 3033, column: 37, scope: !6083, inlinedAt: !6320)
!6324 = !DILocation(line: 0, scope: !6117, inlinedAt: !6325)
!6325 = distinct !DILocation(line: 3039, column: 26, scope: !6083, inlinedAt: !6320)
!6326 = !DILocation(line: 3975, column: 17, scope: !6117, inlinedAt: !6325)
!6327 = !{!6328}
!6328 = distinct !{!6328, !6329, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E: %_0"}
!6329 = distinct !{!6329, !"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h76f613bf90c31605E"}
!6330 = !DILocation(line: 32, column: 12, scope: !6109, inlinedAt: !6321)
!6331 = !DILocation(line: 33, column: 18, scope: !6109, inlinedAt: !6321)
!6332 = !DILocation(line: 0, scope: !6137, inlinedAt: !6333)
!6333 = distinct !DILocation(line: 720, column: 40, scope: !6077, inlinedAt: !6318)
!6334 = !DILocation(line: 0, scope: !6167, inlinedAt: !6335)
!6335 = distinct !DILocation(line: 123, column: 17, scope: !6163, inlinedAt: !6333)
!6336 = !DILocation(line: 0, scope: !6175, inlinedAt: !6337)
!6337 = distinct !DILocation(line: 464, column: 31, scope: !6180, inlinedAt: !6338)
!6338 = distinct !DILocation(line: 616, column: 6, scope: !6182, inlinedAt: !6339)
!6339 = distinct !DILocation(line: 217, column: 5, scope: !6184, inlinedAt: !6340)
!6340 = distinct !DILocation(line: 121, column: 24, scope: !6137, inlinedAt: !6333)
!6341 = !DILocation(line: 0, scope: !6187, inlinedAt: !6342)
!6342 = distinct !DILocation(line: 141, column: 21, scope: !6167, inlinedAt: !6335)
!6343 = !DILocation(line: 0, scope: !1874, inlinedAt: !6344)
!6344 = distinct !DILocation(line: 2844, column: 26, scope: !6175, inlinedAt: !6337)
!6345 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !6344)
!6346 = !DILocation(line: 464, column: 12, scope: !6180, inlinedAt: !6338)
!6347 = !DILocation(line: 476, column: 13, scope: !6180, inlinedAt: !6338)
!6348 = !DILocation(line: 616, column: 5, scope: !6182, inlinedAt: !6339)
!6349 = !DILocation(line: 123, column: 25, scope: !6163, inlinedAt: !6333)
!6350 = !DILocation(line: 0, scope: !6180, inlinedAt: !6338)
!6351 = !DILocation(line: 720, column: 28, scope: !6077, inlinedAt: !6318)
!6352 = !DILocation(line: 0, scope: !6163, inlinedAt: !6333)
!6353 = !DILocation(line: 726, column: 17, scope: !6187, inlinedAt: !6342)
!6354 = !DILocation(line: 0, scope: !6206, inlinedAt: !6355)
!6355 = distinct !DILocation(line: 729, column: 18, scope: !6187, inlinedAt: !6342)
!6356 = !DILocation(line: 3890, column: 24, scope: !6206, inlinedAt: !6355)
!6357 = !DILocation(line: 123, column: 12, scope: !6163, inlinedAt: !6333)
!6358 = !DILocation(line: 0, scope: !6040, inlinedAt: !6304)
!6359 = !DILocation(line: 1233, column: 17, scope: !6063, inlinedAt: !6304)
!6360 = !DILocation(line: 1231, column: 9, scope: !6040, inlinedAt: !6304)
!6361 = !DILocation(line: 1233, column: 17, scope: !6040, inlinedAt: !6304)
!6362 = !{!6363, !6365}
!6363 = distinct !{!6363, !6364, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E: %self"}
!6364 = distinct !{!6364, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E"}
!6365 = distinct !{!6365, !6364, !"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h42f2fef2496144f5E: argument 1"}
!6366 = !DILocation(line: 1233, column: 23, scope: !6063, inlinedAt: !6304)
!6367 = !{!6363}
!6368 = !DILocation(line: 1233, column: 86, scope: !6040, inlinedAt: !6304)
!6369 = !DILocation(line: 1227, column: 5, scope: !6040, inlinedAt: !6304)
!6370 = !DILocation(line: 1232, column: 16, scope: !6040, inlinedAt: !6304)
!6371 = !DILocation(line: 2447, column: 9, scope: !6372, inlinedAt: !6373)
!6372 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h10fb442287b5889eE", scope: !80, file: !1487, line: 2443, type: !5796, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !84, declaration: !5799)
!6373 = !DILocation(line: 736, column: 39, scope: !6306, inlinedAt: !6313)
!6374 = !DILocation(line: 0, scope: !1781, inlinedAt: !6375)
!6375 = distinct !DILocation(line: 16, column: 27, scope: !6300)
!6376 = !DILocation(line: 0, scope: !1789, inlinedAt: !6377)
!6377 = distinct !DILocation(line: 805, column: 1, scope: !1781, inlinedAt: !6375)
!6378 = !DILocation(line: 0, scope: !1799, inlinedAt: !6379)
!6379 = distinct !DILocation(line: 90, column: 23, scope: !1809, inlinedAt: !6380)
!6380 = distinct !DILocation(line: 746, column: 29, scope: !1789, inlinedAt: !6377)
!6381 = !DILocation(line: 0, scope: !1819, inlinedAt: !6382)
!6382 = distinct !DILocation(line: 2901, column: 26, scope: !1799, inlinedAt: !6379)
!6383 = !DILocation(line: 0, scope: !1830, inlinedAt: !6384)
!6384 = distinct !DILocation(line: 745, column: 30, scope: !1789, inlinedAt: !6377)
!6385 = !DILocation(line: 0, scope: !1842, inlinedAt: !6386)
!6386 = distinct !DILocation(line: 464, column: 31, scope: !1850, inlinedAt: !6387)
!6387 = distinct !DILocation(line: 616, column: 6, scope: !1855, inlinedAt: !6388)
!6388 = distinct !DILocation(line: 217, column: 5, scope: !1857, inlinedAt: !6389)
!6389 = distinct !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !6384)
!6390 = !DILocation(line: 0, scope: !1862, inlinedAt: !6391)
!6391 = distinct !DILocation(line: 130, column: 25, scope: !1830, inlinedAt: !6384)
!6392 = !DILocation(line: 129, column: 13, scope: !1830, inlinedAt: !6384)
!6393 = !DILocation(line: 0, scope: !1874, inlinedAt: !6394)
!6394 = distinct !DILocation(line: 2844, column: 26, scope: !1842, inlinedAt: !6386)
!6395 = !DILocation(line: 3890, column: 24, scope: !1874, inlinedAt: !6394)
!6396 = !DILocation(line: 464, column: 12, scope: !1850, inlinedAt: !6387)
!6397 = !DILocation(line: 476, column: 13, scope: !1850, inlinedAt: !6387)
!6398 = !DILocation(line: 129, column: 32, scope: !1830, inlinedAt: !6384)
!6399 = !DILocation(line: 755, column: 18, scope: !1862, inlinedAt: !6391)
!6400 = !DILocation(line: 0, scope: !1889, inlinedAt: !6401)
!6401 = distinct !DILocation(line: 759, column: 13, scope: !1862, inlinedAt: !6391)
!6402 = !DILocation(line: 3875, column: 24, scope: !1889, inlinedAt: !6401)
!6403 = !DILocation(line: 129, column: 9, scope: !1830, inlinedAt: !6384)
!6404 = !DILocation(line: 0, scope: !1809, inlinedAt: !6380)
!6405 = !DILocation(line: 2899, column: 25, scope: !1799, inlinedAt: !6379)
!6406 = !DILocation(line: 3908, column: 24, scope: !1819, inlinedAt: !6382)
!6407 = !DILocation(line: 90, column: 12, scope: !1809, inlinedAt: !6380)
!6408 = !DILocation(line: 95, column: 18, scope: !1809, inlinedAt: !6380)
!6409 = !DILocation(line: 17, column: 2, scope: !6300)
!6410 = distinct !DISubprogram(name: "fmt<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", linkageName: "_ZN67_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h2e0224869b467496E", scope: !6411, file: !1534, line: 2198, type: !6412, scopeLine: 2198, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !1568, retainedNodes: !6415)
!6411 = !DINamespace(name: "{impl#25}", scope: !1536)
!6412 = !DISubroutineType(types: !6413)
!6413 = !{!3295, !6414, !3311}
!6414 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::boxed::Box<(dyn core::any::Any + core::marker::Send), alloc::alloc::Global>", baseType: !405, size: 64, align: 64, dwarfAddressSpace: 0)
!6415 = !{!6416, !6417}
!6416 = !DILocalVariable(name: "self", arg: 1, scope: !6410, file: !1534, line: 2198, type: !6414)
!6417 = !DILocalVariable(name: "f", arg: 2, scope: !6410, file: !1534, line: 2198, type: !3311)
!6418 = !DILocation(line: 0, scope: !6410)
!6419 = !DILocation(line: 2199, column: 25, scope: !6410)
!6420 = !DILocation(line: 2199, column: 9, scope: !6410)
!6421 = !DILocation(line: 2200, column: 6, scope: !6410)
!6422 = distinct !DISubprogram(name: "fmt<std::sync::poison::mutex::MutexGuard<usize>>", linkageName: "_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h1920e68d60050f33E", scope: !6423, file: !1831, line: 247, type: !6424, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !602, templateParams: !594, retainedNodes: !6427)
!6423 = !DINamespace(name: "{impl#1}", scope: !90)
!6424 = !DISubroutineType(types: !6425)
!6425 = !{!3295, !6426, !3311}
!6426 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>", baseType: !582, size: 64, align: 64, dwarfAddressSpace: 0)
!6427 = !{!6428, !6429}
!6428 = !DILocalVariable(name: "self", arg: 1, scope: !6422, file: !1831, line: 247, type: !6426)
!6429 = !DILocalVariable(name: "f", arg: 2, scope: !6422, file: !1831, line: 247, type: !3311)
!6430 = !DILocation(line: 0, scope: !6422)
!6431 = !DILocation(line: 248, column: 9, scope: !6422)
!6432 = !DILocation(line: 248, column: 11, scope: !6422)
!6433 = !DILocation(line: 248, column: 39, scope: !6422)
!6434 = !DILocation(line: 248, column: 61, scope: !6422)
!6435 = !DILocation(line: 249, column: 6, scope: !6422)
