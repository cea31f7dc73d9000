; ModuleID = 'correct_patterns.c273fbea4211a853-cgu.0'
source_filename = "correct_patterns.c273fbea4211a853-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }

@_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT = external global %"core::sync::atomic::AtomicUsize"
@alloc_3f8dd0355d8c2a58fa22e00f5dab6816 = private unnamed_addr constant [38 x i8] c"testdata/rust/src/correct_patterns.rs\00", align 1
@alloc_a118d99237904fc82651c08d31960d54 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\000\00\00\00\09\00\00\00" }>, align 8
@alloc_ba4829a07a1f311f695f9a9ba3423ec5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00\1D\00\00\00\15\00\00\00" }>, align 8
@alloc_5ae1d1a7918e3e2802895d5acb83a568 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00$\00\00\00#\00\00\00" }>, align 8
@alloc_4bc5bec9d702a9ff30830a413aed93b3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00&\00\00\00$\00\00\00" }>, align 8
@alloc_4f4561b12cbab504dab08f3dc73e8086 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00A\00\00\00\09\00\00\00" }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_bf39103a6db665396aab4632362d9353 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@alloc_a574beff59ab58cf5ed2d6bc163e2302 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00&\0F\00\00\18\00\00\00" }>, align 8
@alloc_00c0bce0fa6327f8ec8e69d6d765d508 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@alloc_aec0388915b72a4f610ad656c35be884 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00'\0F\00\00\17\00\00\00" }>, align 8
@alloc_5a43f8d94dd4505c1dba43832ce73af8 = private unnamed_addr constant [52 x i8] c"there is no such thing as a release failure ordering", align 1
@alloc_9358981a0abd66965a2745829d6abd34 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\AB\0F\00\00\1D\00\00\00" }>, align 8
@alloc_7adef5546d83b439c7829602020737c6 = private unnamed_addr constant [61 x i8] c"there is no such thing as an acquire-release failure ordering", align 1
@alloc_5d2b33ea973198a6afb110fdf3882ee7 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\AA\0F\00\00\1C\00\00\00" }>, align 8
@vtable.0 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h9bb22b7dc9c446f5E" }>, align 8
@alloc_00ae4b301f7fab8ac9617c03fcbd7274 = private unnamed_addr constant [43 x i8] c"called `Result::unwrap()` on an `Err` value", align 1
@vtable.1 = private unnamed_addr constant <{ ptr, [16 x i8], ptr }> <{ ptr @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE", [16 x i8] c"\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E" }>, align 8
@alloc_8e2410b80645266732854088d21653bc = private unnamed_addr constant [11 x i8] c"PoisonError", align 1

; <std::sync::poison::Flag>::done
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %self, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %guard) unnamed_addr #0 {
start:
  %0 = load i8, ptr %guard, align 1, !range !3, !noundef !4
  %_3 = trunc nuw i8 %0 to i1
  br i1 %_3, label %bb3, label %bb1

bb1:                                              ; preds = %start
; call core::sync::atomic::atomic_load
  %_8 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 noundef 0) #13
  %_7 = and i64 %_8, 9223372036854775807
  %1 = icmp eq i64 %_7, 0
  %2 = call i1 @llvm.expect.i1(i1 %1, i1 true)
  br i1 %2, label %bb5, label %bb6

bb3:                                              ; preds = %bb2, %bb6, %bb5, %start
  ret void

bb5:                                              ; preds = %bb1
  br label %bb3

bb6:                                              ; preds = %bb1
; call std::panicking::panic_count::is_zero_slow_path
  %_6 = call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #14
  %_4 = xor i1 %_6, true
  br i1 %_4, label %bb2, label %bb3

bb2:                                              ; preds = %bb6
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E(ptr noundef %self, i8 noundef 1, i8 noundef 0) #13
  br label %bb3
}

; <std::sync::poison::Flag>::guard
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
  %_5 = alloca [1 x i8], align 1
  %_0 = alloca [2 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %_5)
; call core::sync::atomic::atomic_load
  %_7 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 noundef 0) #13
  %_6 = and i64 %_7, 9223372036854775807
  %0 = icmp eq i64 %_6, 0
  %1 = call i1 @llvm.expect.i1(i1 %0, i1 true)
  br i1 %1, label %bb5, label %bb6

bb5:                                              ; preds = %start
  store i8 1, ptr %_5, align 1
  br label %bb4

bb6:                                              ; preds = %start
; call std::panicking::panic_count::is_zero_slow_path
  %2 = call noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #14
  %3 = zext i1 %2 to i8
  store i8 %3, ptr %_5, align 1
  br label %bb4

bb4:                                              ; preds = %bb6, %bb5
  %4 = load i8, ptr %_5, align 1, !range !3, !noundef !4
  %5 = trunc nuw i8 %4 to i1
  %_3 = xor i1 %5, true
  call void @llvm.lifetime.end.p0(ptr %_5)
; call core::sync::atomic::atomic_load
  %_13 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr noundef %self, i8 noundef 0) #13
  %6 = icmp eq i8 %_13, 0
  br i1 %6, label %bb2, label %bb1

bb2:                                              ; preds = %bb4
  %7 = getelementptr inbounds i8, ptr %_0, i64 1
  %8 = zext i1 %_3 to i8
  store i8 %8, ptr %7, align 1
  store i8 0, ptr %_0, align 1
  br label %bb3

bb1:                                              ; preds = %bb4
  %9 = getelementptr inbounds i8, ptr %_0, i64 1
  %10 = zext i1 %_3 to i8
  store i8 %10, ptr %9, align 1
  store i8 1, ptr %_0, align 1
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %11 = load i8, ptr %_0, align 1, !range !3, !noundef !4
  %12 = trunc nuw i8 %11 to i1
  %13 = getelementptr inbounds i8, ptr %_0, i64 1
  %14 = load i8, ptr %13, align 1, !noundef !4
  %15 = insertvalue { i1, i8 } poison, i1 %12, 0
  %16 = insertvalue { i1, i8 } %15, i8 %14, 1
  ret { i1, i8 } %16
}

; correct_patterns::drain_cell
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10drain_cell17h378b267bd2b00d04E(ptr noundef nonnull align 4 %c, ptr noalias noundef align 4 dereferenceable(32) %out) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_4 = load i32, ptr %c, align 4, !noundef !4
  %_3 = icmp ugt i32 %_4, 0
  br i1 %_3, label %bb2, label %bb4

bb4:                                              ; preds = %bb1
  ret void

bb2:                                              ; preds = %bb1
  %n = load i32, ptr %c, align 4, !noundef !4
  %_7 = urem i32 %n, 8
  %_6 = zext i32 %_7 to i64
  %_8 = icmp ult i64 %_6, 8
  br i1 %_8, label %bb3, label %panic

bb3:                                              ; preds = %bb2
  %0 = getelementptr inbounds nuw i32, ptr %out, i64 %_6
  %1 = getelementptr inbounds nuw i32, ptr %out, i64 %_6
  %2 = load i32, ptr %1, align 4, !noundef !4
  %3 = add i32 %2, %n
  store i32 %3, ptr %0, align 4
  %_9 = sub i32 %n, 1
  store i32 %_9, ptr %c, align 4
  br label %bb1

panic:                                            ; preds = %bb2
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %_6, i64 noundef 8, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a118d99237904fc82651c08d31960d54) #15
  unreachable
}

; correct_patterns::wait_mutex
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10wait_mutex17h72115450b6a18e8bE(ptr noundef nonnull align 8 %m) unnamed_addr #1 {
start:
  %_4 = alloca [24 x i8], align 8
  %_3 = alloca [16 x i8], align 8
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  call void @llvm.lifetime.start.p0(ptr %_3)
  call void @llvm.lifetime.start.p0(ptr %_4)
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_4, ptr noundef nonnull align 8 %m)
; call core::result::Result<T,E>::unwrap
  %0 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_4, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_ba4829a07a1f311f695f9a9ba3423ec5) #16
  %1 = extractvalue { ptr, i1 } %0, 0
  %2 = extractvalue { ptr, i1 } %0, 1
  store ptr %1, ptr %_3, align 8
  %3 = getelementptr inbounds i8, ptr %_3, i64 8
  %4 = zext i1 %2 to i8
  store i8 %4, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %_4)
  %_6 = load ptr, ptr %_3, align 8, !nonnull !4, !align !5, !noundef !4
  %_7 = getelementptr inbounds i8, ptr %_6, i64 8
  %_2 = load i64, ptr %_7, align 8, !noundef !4
  %5 = icmp eq i64 %_2, 0
  br i1 %5, label %bb4, label %bb6

bb4:                                              ; preds = %bb1
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_3)
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb1

bb6:                                              ; preds = %bb1
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_3)
  call void @llvm.lifetime.end.p0(ptr %_3)
  ret void
}

; correct_patterns::wait_seqcst
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN16correct_patterns11wait_seqcst17he1a7c667aa78c44aE(ptr noundef nonnull align 8 %a) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call core::sync::atomic::atomic_load
  %v = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef %a, i8 noundef 4) #13
  %0 = icmp eq i64 %v, 0
  br i1 %0, label %bb3, label %bb2

bb3:                                              ; preds = %bb1
  br label %bb1

bb2:                                              ; preds = %bb1
  ret i64 %v
}

; correct_patterns::wait_acquire
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_acquire17hda0eb442c0b24f93E(ptr noundef nonnull align 8 %a) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
; call core::sync::atomic::atomic_load
  %_2 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef %a, i8 noundef 2) #13
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; correct_patterns::wait_condvar
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_condvar17h4e2b7770cc7b84d1E(ptr noundef nonnull align 4 %pair) unnamed_addr #1 {
start:
  %_7 = alloca [24 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %ready = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %ready)
  call void @llvm.lifetime.start.p0(ptr %_3)
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"(ptr noalias noundef sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_3, ptr noundef nonnull align 4 %pair)
; call core::result::Result<T,E>::unwrap
  %0 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5ae1d1a7918e3e2802895d5acb83a568) #16
  %1 = extractvalue { ptr, i1 } %0, 0
  %2 = extractvalue { ptr, i1 } %0, 1
  store ptr %1, ptr %ready, align 8
  %3 = getelementptr inbounds i8, ptr %ready, i64 8
  %4 = zext i1 %2 to i8
  store i8 %4, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %_3)
  br label %bb3

bb3:                                              ; preds = %bb5, %start
  %_11 = load ptr, ptr %ready, align 8, !nonnull !4, !align !6, !noundef !4
  %_12 = getelementptr inbounds i8, ptr %_11, i64 5
  %5 = load i8, ptr %_12, align 1, !range !3, !noundef !4
  %_5 = trunc nuw i8 %5 to i1
  br i1 %_5, label %bb4, label %bb5

bb5:                                              ; preds = %bb3
  call void @llvm.lifetime.start.p0(ptr %_7)
  %_8 = getelementptr inbounds i8, ptr %pair, i64 8
  %_9.0 = load ptr, ptr %ready, align 8, !nonnull !4, !align !6, !noundef !4
  %6 = getelementptr inbounds i8, ptr %ready, i64 8
  %7 = load i8, ptr %6, align 8, !range !3, !noundef !4
  %_9.1 = trunc nuw i8 %7 to i1
; call std::sync::poison::condvar::Condvar::wait
  call void @_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_7, ptr noundef nonnull align 4 %_8, ptr noundef nonnull align 4 %_9.0, i1 noundef zeroext %_9.1)
; call core::result::Result<T,E>::unwrap
  %8 = call { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(24) %_7, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_4bc5bec9d702a9ff30830a413aed93b3) #16
  %_6.0 = extractvalue { ptr, i1 } %8, 0
  %_6.1 = extractvalue { ptr, i1 } %8, 1
  call void @llvm.lifetime.end.p0(ptr %_7)
  store ptr %_6.0, ptr %ready, align 8
  %9 = getelementptr inbounds i8, ptr %ready, i64 8
  %10 = zext i1 %_6.1 to i8
  store i8 %10, ptr %9, align 8
  br label %bb3

bb4:                                              ; preds = %bb3
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  call void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %ready)
  call void @llvm.lifetime.end.p0(ptr %ready)
  ret void
}

; correct_patterns::fill_to_limit
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN16correct_patterns13fill_to_limit17haa25a45297f71732E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %cfg, ptr noalias noundef nonnull align 8 %out.0, i64 noundef range(i64 0, 1152921504606846976) %out.1) unnamed_addr #1 {
start:
  %i = alloca [8 x i8], align 8
  store i64 0, ptr %i, align 8
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_4 = load i64, ptr %i, align 8, !noundef !4
  %_5 = load i64, ptr %cfg, align 8, !noundef !4
  %_3 = icmp ult i64 %_4, %_5
  br i1 %_3, label %bb2, label %bb6

bb6:                                              ; preds = %bb1
  br label %bb7

bb2:                                              ; preds = %bb1
  %_7 = load i64, ptr %i, align 8, !noundef !4
  %_6 = icmp ult i64 %_7, %out.1
  br i1 %_6, label %bb3, label %bb5

bb7:                                              ; preds = %bb5, %bb6
  %0 = load i64, ptr %i, align 8, !noundef !4
  ret i64 %0

bb5:                                              ; preds = %bb2
  br label %bb7

bb3:                                              ; preds = %bb2
  %_9 = load i64, ptr %i, align 8, !noundef !4
  %1 = getelementptr inbounds i8, ptr %cfg, i64 8
  %_10 = load i64, ptr %1, align 8, !noundef !4
  %_11 = load i64, ptr %i, align 8, !noundef !4
  %_12 = icmp ult i64 %_11, %out.1
  br i1 %_12, label %bb4, label %panic

bb4:                                              ; preds = %bb3
  %2 = getelementptr inbounds nuw i64, ptr %out.0, i64 %_11
  %3 = mul i64 %_9, %_10
  store i64 %3, ptr %2, align 8
  %4 = load i64, ptr %i, align 8, !noundef !4
  %5 = add i64 %4, 1
  store i64 %5, ptr %i, align 8
  br label %bb1

panic:                                            ; preds = %bb3
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef %_11, i64 noundef %out.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_4f4561b12cbab504dab08f3dc73e8086) #15
  unreachable
}

; std::sync::poison::map_result
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %0, i8 noundef %1, ptr noundef nonnull align 4 %f) unnamed_addr #2 {
start:
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
  %4 = load i8, ptr %result, align 1, !range !3, !noundef !4
  %5 = trunc nuw i8 %4 to i1
  %6 = getelementptr inbounds i8, ptr %result, i64 1
  %7 = load i8, ptr %6, align 1, !noundef !4
  %_3 = zext i1 %5 to i64
  %8 = trunc nuw i64 %_3 to i1
  br i1 %8, label %bb2, label %bb3

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1
  %10 = load i8, ptr %9, align 1, !range !3, !noundef !4
  %data = trunc nuw i8 %10 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %11 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr noundef nonnull align 4 %f, i1 noundef zeroext %data) #13
  %data.0 = extractvalue { ptr, i1 } %11, 0
  %data.1 = extractvalue { ptr, i1 } %11, 1
  %12 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %data.0, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = zext i1 %data.1 to i8
  store i8 %14, ptr %13, align 8
  store i64 1, ptr %_0, align 8
  br label %bb6

bb3:                                              ; preds = %start
  %15 = getelementptr inbounds i8, ptr %result, i64 1
  %16 = load i8, ptr %15, align 1, !range !3, !noundef !4
  %t = trunc nuw i8 %16 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %17 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr noundef nonnull align 4 %f, i1 noundef zeroext %t) #13
  %_5.0 = extractvalue { ptr, i1 } %17, 0
  %_5.1 = extractvalue { ptr, i1 } %17, 1
  %18 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_5.0, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  %20 = zext i1 %_5.1 to i8
  store i8 %20, ptr %19, align 8
  store i64 0, ptr %_0, align 8
  br label %bb6

bb6:                                              ; preds = %bb2, %bb3
  ret void

bb1:                                              ; No predecessors!
  unreachable
}

; std::sync::poison::map_result
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison10map_result17h8d53b020aae59b42E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %0, i8 noundef %1, ptr noundef nonnull align 8 %f) unnamed_addr #2 {
start:
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
  %4 = load i8, ptr %result, align 1, !range !3, !noundef !4
  %5 = trunc nuw i8 %4 to i1
  %6 = getelementptr inbounds i8, ptr %result, i64 1
  %7 = load i8, ptr %6, align 1, !noundef !4
  %_3 = zext i1 %5 to i64
  %8 = trunc nuw i64 %_3 to i1
  br i1 %8, label %bb2, label %bb3

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1
  %10 = load i8, ptr %9, align 1, !range !3, !noundef !4
  %data = trunc nuw i8 %10 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %11 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr noundef nonnull align 8 %f, i1 noundef zeroext %data) #13
  %data.0 = extractvalue { ptr, i1 } %11, 0
  %data.1 = extractvalue { ptr, i1 } %11, 1
  %12 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %data.0, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = zext i1 %data.1 to i8
  store i8 %14, ptr %13, align 8
  store i64 1, ptr %_0, align 8
  br label %bb6

bb3:                                              ; preds = %start
  %15 = getelementptr inbounds i8, ptr %result, i64 1
  %16 = load i8, ptr %15, align 1, !range !3, !noundef !4
  %t = trunc nuw i8 %16 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %17 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr noundef nonnull align 8 %f, i1 noundef zeroext %t) #13
  %_5.0 = extractvalue { ptr, i1 } %17, 0
  %_5.1 = extractvalue { ptr, i1 } %17, 1
  %18 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_5.0, ptr %18, align 8
  %19 = getelementptr inbounds i8, ptr %18, i64 8
  %20 = zext i1 %_5.1 to i8
  store i8 %20, ptr %19, align 8
  store i64 0, ptr %_0, align 8
  br label %bb6

bb6:                                              ; preds = %bb2, %bb3
  ret void

bb1:                                              ; No predecessors!
  unreachable
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noundef nonnull align 4 %self) unnamed_addr #2 {
start:
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr noundef %self, i32 noundef 0, i32 noundef 1, i8 noundef 2, i8 noundef 0) #13
  %_5.0 = extractvalue { i32, i32 } %0, 0
  %_5.1 = extractvalue { i32, i32 } %0, 1
  %_12 = zext i32 %_5.0 to i64
  %_11 = icmp eq i64 %_12, 0
  %_3 = xor i1 %_11, true
  %1 = call i1 @llvm.expect.i1(i1 %_3, i1 false)
  br i1 %1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  br label %bb3

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4 %self)
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4
; call <std::sync::poison::Flag>::guard
  %2 = call { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %_14) #13
  %_13.0 = extractvalue { i1, i8 } %2, 0
  %_13.1 = extractvalue { i1, i8 } %2, 1
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %_13.0, i8 noundef %_13.1, ptr noundef nonnull align 4 %self)
  ret void
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(address) dereferenceable(24) %_0, ptr noundef nonnull align 8 %self) unnamed_addr #2 {
start:
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr noundef %self, i32 noundef 0, i32 noundef 1, i8 noundef 2, i8 noundef 0) #13
  %_5.0 = extractvalue { i32, i32 } %0, 0
  %_5.1 = extractvalue { i32, i32 } %0, 1
  %_12 = zext i32 %_5.0 to i64
  %_11 = icmp eq i64 %_12, 0
  %_3 = xor i1 %_11, true
  %1 = call i1 @llvm.expect.i1(i1 %_3, i1 false)
  br i1 %1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  br label %bb3

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4 %self)
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4
; call <std::sync::poison::Flag>::guard
  %2 = call { i1, i8 } @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag5guard(ptr noundef nonnull align 1 %_14) #13
  %_13.0 = extractvalue { i1, i8 } %2, 0
  %_13.1 = extractvalue { i1, i8 } %2, 1
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17h8d53b020aae59b42E(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i1 noundef zeroext %_13.0, i8 noundef %_13.1, ptr noundef nonnull align 8 %self)
  ret void
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr noundef nonnull align 4 %_1, i1 noundef zeroext %guard) unnamed_addr #0 {
start:
  %0 = insertvalue { ptr, i1 } poison, ptr %_1, 0
  %1 = insertvalue { ptr, i1 } %0, i1 %guard, 1
  ret { ptr, i1 } %1
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr noundef nonnull align 8 %_1, i1 noundef zeroext %guard) unnamed_addr #0 {
start:
  %0 = insertvalue { ptr, i1 } poison, ptr %_1, 0
  %1 = insertvalue { ptr, i1 } %0, i1 %guard, 1
  ret { ptr, i1 } %1
}

; std::sync::poison::condvar::Condvar::wait
; Function Attrs: nonlazybind uwtable
define internal void @_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noundef nonnull align 4 %self, ptr noundef nonnull align 4 %0, i1 noundef zeroext %1) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %guard = alloca [16 x i8], align 8
  store ptr %0, ptr %guard, align 8
  %3 = getelementptr inbounds i8, ptr %guard, i64 8
  %4 = zext i1 %1 to i8
  store i8 %4, ptr %3, align 8
  %_13 = load ptr, ptr %guard, align 8, !nonnull !4, !align !6, !noundef !4
; invoke <std::sys::sync::condvar::futex::Condvar>::wait
  invoke void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr noundef nonnull align 4 %self, ptr noundef nonnull align 4 %_13)
          to label %bb1 unwind label %cleanup

bb6:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  invoke void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %guard) #17
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb1, %start
  %5 = landingpad { ptr, i32 }
          cleanup
  %6 = extractvalue { ptr, i32 } %5, 0
  %7 = extractvalue { ptr, i32 } %5, 1
  call void @llvm.lifetime.start.p0(ptr %2)
  store ptr %6, ptr %2, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb6

bb1:                                              ; preds = %start
  %_14 = load ptr, ptr %guard, align 8, !nonnull !4, !align !6, !noundef !4
  %_19 = getelementptr inbounds i8, ptr %_14, i64 4
; invoke core::sync::atomic::atomic_load
  %_16 = invoke noundef i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr noundef %_19, i8 noundef 0)
          to label %bb7 unwind label %cleanup

bb7:                                              ; preds = %bb1
  %poisoned = icmp ne i8 %_16, 0
  %9 = icmp eq i8 %_16, 0
  br i1 %9, label %bb3, label %bb2

bb3:                                              ; preds = %bb7
  %_12.0 = load ptr, ptr %guard, align 8, !nonnull !4, !align !6, !noundef !4
  %10 = getelementptr inbounds i8, ptr %guard, i64 8
  %11 = load i8, ptr %10, align 8, !range !3, !noundef !4
  %_12.1 = trunc nuw i8 %11 to i1
  %12 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_12.0, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = zext i1 %_12.1 to i8
  store i8 %14, ptr %13, align 8
  store i64 0, ptr %_0, align 8
  br label %bb4

bb2:                                              ; preds = %bb7
  %data.0 = load ptr, ptr %guard, align 8, !nonnull !4, !align !6, !noundef !4
  %15 = getelementptr inbounds i8, ptr %guard, i64 8
  %16 = load i8, ptr %15, align 8, !range !3, !noundef !4
  %data.1 = trunc nuw i8 %16 to i1
  %17 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %data.0, ptr %17, align 8
  %18 = getelementptr inbounds i8, ptr %17, i64 8
  %19 = zext i1 %data.1 to i8
  store i8 %19, ptr %18, align 8
  store i64 1, ptr %_0, align 8
  br label %bb4

bb4:                                              ; preds = %bb2, %bb3
  ret void

terminate:                                        ; preds = %bb6
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #18
  unreachable

bb5:                                              ; preds = %bb6
  %21 = load ptr, ptr %2, align 8, !noundef !4
  %22 = getelementptr inbounds i8, ptr %2, i64 8
  %23 = load i32, ptr %22, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %2)
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 {
start:
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  call void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 {
start:
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_1)
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 {
start:
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #13
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #2 {
start:
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #13
  ret void
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !7

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1
  store i8 %0, ptr %_0, align 1
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 81 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #15
  unreachable

bb5:                                              ; preds = %start
  %2 = load atomic i8, ptr %dst acquire, align 1
  store i8 %2, ptr %_0, align 1
  br label %bb7

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %3 = icmp ne ptr inttoptr (i64 99 to ptr), null
  call void @llvm.assume(i1 %3)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #15
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %4, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i8, ptr %_0, align 1, !noundef !4
  ret i8 %5
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [8 x i8], align 8
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !7

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i64, ptr %dst monotonic, align 8
  store i64 %0, ptr %_0, align 8
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 81 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #15
  unreachable

bb5:                                              ; preds = %start
  %2 = load atomic i64, ptr %dst acquire, align 8
  store i64 %2, ptr %_0, align 8
  br label %bb7

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %3 = icmp ne ptr inttoptr (i64 99 to ptr), null
  call void @llvm.assume(i1 %3)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #15
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i64, ptr %dst seq_cst, align 8
  store i64 %4, ptr %_0, align 8
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i64, ptr %_0, align 8, !noundef !4
  ret i64 %5
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_4 = zext i8 %order to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !8

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1
  br label %bb7

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1
  br label %bb7

bb3:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %0 = icmp ne ptr inttoptr (i64 85 to ptr), null
  call void @llvm.assume(i1 %0)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #15
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #15
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::sync::atomic::atomic_compare_exchange
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr noundef %dst, i32 noundef %old, i32 noundef %new, i8 noundef range(i8 0, 5) %success, i8 noundef range(i8 0, 5) %failure) unnamed_addr #0 {
start:
  %_8 = alloca [8 x i8], align 4
  %_0 = alloca [8 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr %_8)
  %_14 = zext i8 %success to i64
  switch i64 %_14, label %bb7 [
    i64 0, label %bb2
    i64 1, label %bb4
    i64 2, label %bb3
    i64 3, label %bb5
    i64 4, label %bb6
  ]

bb7:                                              ; preds = %bb1, %start
  unreachable

bb2:                                              ; preds = %start
  %_9 = zext i8 %failure to i64
  switch i64 %_9, label %bb1 [
    i64 0, label %bb24
    i64 2, label %bb23
    i64 4, label %bb22
  ], !prof !9

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ], !prof !9

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ], !prof !9

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ], !prof !9

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ], !prof !9

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64
  switch i64 %_15, label %bb7 [
    i64 1, label %bb8
    i64 3, label %bb9
  ]

bb24:                                             ; preds = %bb2
  %0 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic monotonic, align 4
  %1 = extractvalue { i32, i1 } %0, 0
  %2 = extractvalue { i32, i1 } %0, 1
  %3 = zext i1 %2 to i8
  store i32 %1, ptr %_8, align 4
  %4 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %3, ptr %4, align 4
  br label %bb25

bb23:                                             ; preds = %bb2
  %5 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic acquire, align 4
  %6 = extractvalue { i32, i1 } %5, 0
  %7 = extractvalue { i32, i1 } %5, 1
  %8 = zext i1 %7 to i8
  store i32 %6, ptr %_8, align 4
  %9 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %8, ptr %9, align 4
  br label %bb25

bb22:                                             ; preds = %bb2
  %10 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic seq_cst, align 4
  %11 = extractvalue { i32, i1 } %10, 0
  %12 = extractvalue { i32, i1 } %10, 1
  %13 = zext i1 %12 to i8
  store i32 %11, ptr %_8, align 4
  %14 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %13, ptr %14, align 4
  br label %bb25

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i32, ptr %_8, align 4, !noundef !4
  %15 = getelementptr inbounds i8, ptr %_8, i64 4
  %16 = load i8, ptr %15, align 4, !range !3, !noundef !4
  %ok = trunc nuw i8 %16 to i1
  call void @llvm.lifetime.end.p0(ptr %_8)
  br i1 %ok, label %bb26, label %bb27

bb18:                                             ; preds = %bb4
  %17 = cmpxchg ptr %dst, i32 %old, i32 %new release monotonic, align 4
  %18 = extractvalue { i32, i1 } %17, 0
  %19 = extractvalue { i32, i1 } %17, 1
  %20 = zext i1 %19 to i8
  store i32 %18, ptr %_8, align 4
  %21 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %20, ptr %21, align 4
  br label %bb25

bb17:                                             ; preds = %bb4
  %22 = cmpxchg ptr %dst, i32 %old, i32 %new release acquire, align 4
  %23 = extractvalue { i32, i1 } %22, 0
  %24 = extractvalue { i32, i1 } %22, 1
  %25 = zext i1 %24 to i8
  store i32 %23, ptr %_8, align 4
  %26 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %25, ptr %26, align 4
  br label %bb25

bb16:                                             ; preds = %bb4
  %27 = cmpxchg ptr %dst, i32 %old, i32 %new release seq_cst, align 4
  %28 = extractvalue { i32, i1 } %27, 0
  %29 = extractvalue { i32, i1 } %27, 1
  %30 = zext i1 %29 to i8
  store i32 %28, ptr %_8, align 4
  %31 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %30, ptr %31, align 4
  br label %bb25

bb21:                                             ; preds = %bb3
  %32 = cmpxchg ptr %dst, i32 %old, i32 %new acquire monotonic, align 4
  %33 = extractvalue { i32, i1 } %32, 0
  %34 = extractvalue { i32, i1 } %32, 1
  %35 = zext i1 %34 to i8
  store i32 %33, ptr %_8, align 4
  %36 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %35, ptr %36, align 4
  br label %bb25

bb20:                                             ; preds = %bb3
  %37 = cmpxchg ptr %dst, i32 %old, i32 %new acquire acquire, align 4
  %38 = extractvalue { i32, i1 } %37, 0
  %39 = extractvalue { i32, i1 } %37, 1
  %40 = zext i1 %39 to i8
  store i32 %38, ptr %_8, align 4
  %41 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %40, ptr %41, align 4
  br label %bb25

bb19:                                             ; preds = %bb3
  %42 = cmpxchg ptr %dst, i32 %old, i32 %new acquire seq_cst, align 4
  %43 = extractvalue { i32, i1 } %42, 0
  %44 = extractvalue { i32, i1 } %42, 1
  %45 = zext i1 %44 to i8
  store i32 %43, ptr %_8, align 4
  %46 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %45, ptr %46, align 4
  br label %bb25

bb15:                                             ; preds = %bb5
  %47 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel monotonic, align 4
  %48 = extractvalue { i32, i1 } %47, 0
  %49 = extractvalue { i32, i1 } %47, 1
  %50 = zext i1 %49 to i8
  store i32 %48, ptr %_8, align 4
  %51 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %50, ptr %51, align 4
  br label %bb25

bb14:                                             ; preds = %bb5
  %52 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel acquire, align 4
  %53 = extractvalue { i32, i1 } %52, 0
  %54 = extractvalue { i32, i1 } %52, 1
  %55 = zext i1 %54 to i8
  store i32 %53, ptr %_8, align 4
  %56 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %55, ptr %56, align 4
  br label %bb25

bb13:                                             ; preds = %bb5
  %57 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel seq_cst, align 4
  %58 = extractvalue { i32, i1 } %57, 0
  %59 = extractvalue { i32, i1 } %57, 1
  %60 = zext i1 %59 to i8
  store i32 %58, ptr %_8, align 4
  %61 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %60, ptr %61, align 4
  br label %bb25

bb12:                                             ; preds = %bb6
  %62 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst monotonic, align 4
  %63 = extractvalue { i32, i1 } %62, 0
  %64 = extractvalue { i32, i1 } %62, 1
  %65 = zext i1 %64 to i8
  store i32 %63, ptr %_8, align 4
  %66 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %65, ptr %66, align 4
  br label %bb25

bb11:                                             ; preds = %bb6
  %67 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst acquire, align 4
  %68 = extractvalue { i32, i1 } %67, 0
  %69 = extractvalue { i32, i1 } %67, 1
  %70 = zext i1 %69 to i8
  store i32 %68, ptr %_8, align 4
  %71 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %70, ptr %71, align 4
  br label %bb25

bb10:                                             ; preds = %bb6
  %72 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst seq_cst, align 4
  %73 = extractvalue { i32, i1 } %72, 0
  %74 = extractvalue { i32, i1 } %72, 1
  %75 = zext i1 %74 to i8
  store i32 %73, ptr %_8, align 4
  %76 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %75, ptr %76, align 4
  br label %bb25

bb27:                                             ; preds = %bb25
  %77 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %val, ptr %77, align 4
  store i32 1, ptr %_0, align 4
  br label %bb28

bb26:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %val, ptr %78, align 4
  store i32 0, ptr %_0, align 4
  br label %bb28

bb28:                                             ; preds = %bb26, %bb27
  %79 = load i32, ptr %_0, align 4, !range !10, !noundef !4
  %80 = getelementptr inbounds i8, ptr %_0, i64 4
  %81 = load i32, ptr %80, align 4, !noundef !4
  %82 = insertvalue { i32, i32 } poison, i32 %79, 0
  %83 = insertvalue { i32, i32 } %82, i32 %81, 1
  ret { i32, i32 } %83

bb8:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %84 = icmp ne ptr inttoptr (i64 105 to ptr), null
  call void @llvm.assume(i1 %84)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr noundef nonnull inttoptr (i64 105 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_9358981a0abd66965a2745829d6abd34) #15
  unreachable

bb9:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %85 = icmp ne ptr inttoptr (i64 123 to ptr), null
  call void @llvm.assume(i1 %85)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_7adef5546d83b439c7829602020737c6, ptr noundef nonnull inttoptr (i64 123 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_5d2b33ea973198a6afb110fdf3882ee7) #15
  unreachable
}

; core::result::Result<T,E>::unwrap
; Function Attrs: alwaysinline nonlazybind uwtable
define internal { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %e = alloca [16 x i8], align 8
  %_2 = load i64, ptr %self, align 8, !range !11, !noundef !4
  %2 = trunc nuw i64 %_2 to i1
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
  br i1 %3, label %bb2, label %bb3

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e)
  %4 = getelementptr inbounds i8, ptr %self, i64 8
  %5 = load ptr, ptr %4, align 8, !nonnull !4, !align !5, !noundef !4
  %6 = getelementptr inbounds i8, ptr %4, i64 8
  %7 = load i8, ptr %6, align 8, !range !3, !noundef !4
  %8 = trunc nuw i8 %7 to i1
  store ptr %5, ptr %e, align 8
  %9 = getelementptr inbounds i8, ptr %e, i64 8
  %10 = zext i1 %8 to i8
  store i8 %10, ptr %9, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #19
          to label %unreachable unwind label %cleanup

bb3:                                              ; preds = %start
  %11 = getelementptr inbounds i8, ptr %self, i64 8
  %t.0 = load ptr, ptr %11, align 8, !nonnull !4, !align !5, !noundef !4
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load i8, ptr %12, align 8, !range !3, !noundef !4
  %t.1 = trunc nuw i8 %13 to i1
  %14 = insertvalue { ptr, i1 } poison, ptr %t.0, 0
  %15 = insertvalue { ptr, i1 } %14, i1 %t.1, 1
  ret { ptr, i1 } %15

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr noalias noundef align 8 dereferenceable(16) %e) #17
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb2
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %17, ptr %1, align 8
  %19 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #18
  unreachable

bb5:                                              ; preds = %bb4
  %21 = load ptr, ptr %1, align 8, !noundef !4
  %22 = getelementptr inbounds i8, ptr %1, i64 8
  %23 = load i32, ptr %22, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25

bb1:                                              ; No predecessors!
  unreachable
}

; core::result::Result<T,E>::unwrap
; Function Attrs: alwaysinline nonlazybind uwtable
define internal { ptr, i1 } @"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E"(ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(24) %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %e = alloca [16 x i8], align 8
  %_2 = load i64, ptr %self, align 8, !range !11, !noundef !4
  %2 = trunc nuw i64 %_2 to i1
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
  br i1 %3, label %bb2, label %bb3

bb2:                                              ; preds = %start
  call void @llvm.lifetime.start.p0(ptr %e)
  %4 = getelementptr inbounds i8, ptr %self, i64 8
  %5 = load ptr, ptr %4, align 8, !nonnull !4, !align !6, !noundef !4
  %6 = getelementptr inbounds i8, ptr %4, i64 8
  %7 = load i8, ptr %6, align 8, !range !3, !noundef !4
  %8 = trunc nuw i8 %7 to i1
  store ptr %5, ptr %e, align 8
  %9 = getelementptr inbounds i8, ptr %e, i64 8
  %10 = zext i1 %8 to i8
  store i8 %10, ptr %9, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 noundef 43, ptr noundef nonnull align 1 %e, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) @vtable.1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #19
          to label %unreachable unwind label %cleanup

bb3:                                              ; preds = %start
  %11 = getelementptr inbounds i8, ptr %self, i64 8
  %t.0 = load ptr, ptr %11, align 8, !nonnull !4, !align !6, !noundef !4
  %12 = getelementptr inbounds i8, ptr %11, i64 8
  %13 = load i8, ptr %12, align 8, !range !3, !noundef !4
  %t.1 = trunc nuw i8 %13 to i1
  %14 = insertvalue { ptr, i1 } poison, ptr %t.0, 0
  %15 = insertvalue { ptr, i1 } %14, i1 %t.1, 1
  ret { ptr, i1 } %15

bb4:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
  invoke void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr noalias noundef align 8 dereferenceable(16) %e) #17
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb2
  %16 = landingpad { ptr, i32 }
          cleanup
  %17 = extractvalue { ptr, i32 } %16, 0
  %18 = extractvalue { ptr, i32 } %16, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %17, ptr %1, align 8
  %19 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %18, ptr %19, align 8
  br label %bb4

unreachable:                                      ; preds = %bb2
  unreachable

terminate:                                        ; preds = %bb4
  %20 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #18
  unreachable

bb5:                                              ; preds = %bb4
  %21 = load ptr, ptr %1, align 8, !noundef !4
  %22 = getelementptr inbounds i8, ptr %1, i64 8
  %23 = load i32, ptr %22, align 8, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %1)
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25

bb1:                                              ; No predecessors!
  unreachable
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #2 {
start:
  %_4 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_4)
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11)
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16) %_4)
  call void @llvm.lifetime.end.p0(ptr %_4)
  ret i1 %_0
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define internal noundef zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h9bb22b7dc9c446f5E"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, ptr noalias noundef align 8 dereferenceable(24) %f) unnamed_addr #2 {
start:
  %_4 = alloca [16 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %_4)
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr noalias noundef sret([16 x i8]) align 8 captures(address) dereferenceable(16) %_4, ptr noalias noundef align 8 dereferenceable(24) %f, ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) @alloc_8e2410b80645266732854088d21653bc, i64 noundef 11)
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16) %_4)
  call void @llvm.lifetime.end.p0(ptr %_4)
  ret i1 %_0
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  %_6 = load ptr, ptr %self, align 8, !nonnull !4, !align !6, !noundef !4
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
; call <std::sync::poison::Flag>::done
  call void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %_3, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %_4) #13
  %_7 = load ptr, ptr %self, align 8, !nonnull !4, !align !6, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4
  store i32 %1, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %2 = icmp eq i32 %_8, 2
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
  br i1 %3, label %bb3, label %bb4

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_7)
  br label %bb2

bb4:                                              ; preds = %start
  br label %bb2

bb2:                                              ; preds = %bb4, %bb3
  ret void
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  %_6 = load ptr, ptr %self, align 8, !nonnull !4, !align !5, !noundef !4
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
; call <std::sync::poison::Flag>::done
  call void @_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag4done(ptr noundef nonnull align 1 %_3, ptr noalias noundef readonly align 1 captures(address, read_provenance) dereferenceable(1) %_4) #13
  %_7 = load ptr, ptr %self, align 8, !nonnull !4, !align !5, !noundef !4
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4
  store i32 %1, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %2 = icmp eq i32 %_8, 2
  %3 = call i1 @llvm.expect.i1(i1 %2, i1 false)
  br i1 %3, label %bb3, label %bb4

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4 %_7)
  br label %bb2

bb4:                                              ; preds = %start
  br label %bb2

bb2:                                              ; preds = %bb4, %bb3
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #4

; std::panicking::panic_count::is_zero_slow_path
; Function Attrs: cold noinline nonlazybind uwtable
declare noundef zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 noundef, i64 noundef, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #7

; <std::sys::sync::mutex::futex::Mutex>::lock_contended
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr noundef nonnull align 4) unnamed_addr #8

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #9

; <std::sys::sync::condvar::futex::Condvar>::wait
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr noundef nonnull align 4, ptr noundef nonnull align 4) unnamed_addr #2

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #10

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #11

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef, ptr noundef nonnull align 1, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; <core::fmt::Formatter>::debug_struct
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr dead_on_unwind noalias noundef writable sret([16 x i8]) align 8 captures(address) dereferenceable(16), ptr noalias noundef align 8 dereferenceable(24), ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance), i64 noundef) unnamed_addr #2

; <core::fmt::builders::DebugStruct>::finish_non_exhaustive
; Function Attrs: nonlazybind uwtable
declare noundef zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr noalias noundef align 8 dereferenceable(16)) unnamed_addr #2

; <std::sys::sync::mutex::futex::Mutex>::wake
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr noundef nonnull align 4) unnamed_addr #8

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { alwaysinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #5 = { cold noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #12 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { inlinehint }
attributes #14 = { noinline }
attributes #15 = { noinline noreturn }
attributes #16 = { alwaysinline }
attributes #17 = { cold }
attributes #18 = { cold noreturn nounwind }
attributes #19 = { noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i8 0, i8 2}
!4 = !{}
!5 = !{i64 8}
!6 = !{i64 4}
!7 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!8 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!9 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
!10 = !{i32 0, i32 2}
!11 = !{i64 0, i64 2}
