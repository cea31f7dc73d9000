; ModuleID = 'correct_patterns.c273fbea4211a853-cgu.0'
source_filename = "correct_patterns.c273fbea4211a853-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"core::sync::atomic::AtomicUsize" = type { i64 }

@alloc_3f8dd0355d8c2a58fa22e00f5dab6816 = private unnamed_addr constant [38 x i8] c"testdata/rust/src/correct_patterns.rs\00", align 1
@alloc_a118d99237904fc82651c08d31960d54 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\000\00\00\00\09\00\00\00" }>, align 8
@alloc_afc8cfb2e98a4d3aa37880a774e4415b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\001\00\00\00\0F\00\00\00" }>, align 8
@alloc_ba4829a07a1f311f695f9a9ba3423ec5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00\1D\00\00\00\15\00\00\00" }>, align 8
@alloc_5ae1d1a7918e3e2802895d5acb83a568 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00$\00\00\00#\00\00\00" }>, align 8
@alloc_4bc5bec9d702a9ff30830a413aed93b3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00&\00\00\00$\00\00\00" }>, align 8
@alloc_c4d91f2ece2aad74587546bca313b56f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00A\00\00\00\12\00\00\00" }>, align 8
@alloc_4f4561b12cbab504dab08f3dc73e8086 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00A\00\00\00\09\00\00\00" }>, align 8
@alloc_bb04a3b23e81211e456ced0850f768ad = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3f8dd0355d8c2a58fa22e00f5dab6816, [16 x i8] c"%\00\00\00\00\00\00\00B\00\00\00\09\00\00\00" }>, align 8
@_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT = external global %"core::sync::atomic::AtomicUsize"
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

; correct_patterns::drain_cell
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10drain_cell17h378b267bd2b00d04E(ptr align 4 %c, ptr align 4 %out) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb8, %start
; call core::cell::Cell<T>::get
  %_4 = call i32 @"_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E"(ptr align 4 %c) #10
  %_3 = icmp ugt i32 %_4, 0
  br i1 %_3, label %bb3, label %bb9

bb9:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
; call core::cell::Cell<T>::get
  %n = call i32 @"_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E"(ptr align 4 %c) #10
  %_7 = urem i32 %n, 8
  %_6 = zext i32 %_7 to i64
  %_9 = icmp ult i64 %_6, 8
  br i1 %_9, label %bb6, label %panic

bb6:                                              ; preds = %bb3
  %0 = getelementptr inbounds nuw i32, ptr %out, i64 %_6
  %1 = load i32, ptr %0, align 4
  %_10.0 = add i32 %1, %n
  %_10.1 = icmp ult i32 %_10.0, %1
  br i1 %_10.1, label %panic1, label %bb7

panic:                                            ; preds = %bb3
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_6, i64 8, ptr align 8 @alloc_a118d99237904fc82651c08d31960d54) #11
  unreachable

bb7:                                              ; preds = %bb6
  %2 = getelementptr inbounds nuw i32, ptr %out, i64 %_6
  store i32 %_10.0, ptr %2, align 4
  %_13.0 = sub i32 %n, 1
  %_13.1 = icmp ult i32 %n, 1
  br i1 %_13.1, label %panic2, label %bb8

panic1:                                           ; preds = %bb6
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a118d99237904fc82651c08d31960d54) #11
  unreachable

bb8:                                              ; preds = %bb7
; call core::cell::Cell<T>::set
  call void @"_ZN4core4cell13Cell$LT$T$GT$3set17h20a5863ac7e6cc4aE"(ptr align 4 %c, i32 %_13.0) #10
  br label %bb1

panic2:                                           ; preds = %bb7
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_afc8cfb2e98a4d3aa37880a774e4415b) #11
  unreachable
}

; correct_patterns::wait_mutex
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns10wait_mutex17h72115450b6a18e8bE(ptr align 8 %m) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %e.i = alloca [16 x i8], align 8
  %1 = alloca [16 x i8], align 8
  %_7 = alloca [24 x i8], align 8
  %_6 = alloca [16 x i8], align 8
  br label %bb1

bb1:                                              ; preds = %bb5, %start
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"(ptr sret([24 x i8]) align 8 %_7, ptr align 8 %m)
  %_2.i = load i64, ptr %_7, align 8
  %2 = trunc nuw i64 %_2.i to i1
  br i1 %2, label %bb2.i, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit"

bb2.i:                                            ; preds = %bb1
  %3 = getelementptr inbounds i8, ptr %_7, i64 8
  %4 = load ptr, ptr %3, align 8
  %5 = getelementptr inbounds i8, ptr %3, i64 8
  %6 = load i8, ptr %5, align 8
  %7 = trunc nuw i8 %6 to i1
  store ptr %4, ptr %e.i, align 8
  %8 = getelementptr inbounds i8, ptr %e.i, i64 8
  %9 = zext i1 %7 to i8
  store i8 %9, ptr %8, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr align 1 @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 43, ptr align 1 %e.i, ptr align 8 @vtable.0, ptr align 8 @alloc_ba4829a07a1f311f695f9a9ba3423ec5) #12
          to label %unreachable.i unwind label %cleanup.i

cleanup.i:                                        ; preds = %bb2.i
  %10 = landingpad { ptr, i32 }
          cleanup
  %11 = extractvalue { ptr, i32 } %10, 0
  %12 = extractvalue { ptr, i32 } %10, 1
  store ptr %11, ptr %0, align 8
  %13 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %12, ptr %13, align 8
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
  invoke void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr align 8 %e.i) #13
          to label %bb5.i unwind label %terminate.i

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %14 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #14
  unreachable

bb5.i:                                            ; preds = %cleanup.i
  %15 = load ptr, ptr %0, align 8
  %16 = getelementptr inbounds i8, ptr %0, i64 8
  %17 = load i32, ptr %16, align 8
  %18 = insertvalue { ptr, i32 } poison, ptr %15, 0
  %19 = insertvalue { ptr, i32 } %18, i32 %17, 1
  resume { ptr, i32 } %19

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit": ; preds = %bb1
  %20 = getelementptr inbounds i8, ptr %_7, i64 8
  %t.0.i = load ptr, ptr %20, align 8
  %21 = getelementptr inbounds i8, ptr %20, i64 8
  %22 = load i8, ptr %21, align 8
  %t.1.i = trunc nuw i8 %22 to i1
  %23 = insertvalue { ptr, i1 } poison, ptr %t.0.i, 0
  %24 = insertvalue { ptr, i1 } %23, i1 %t.1.i, 1
  %25 = extractvalue { ptr, i1 } %24, 0
  %26 = extractvalue { ptr, i1 } %24, 1
  store ptr %25, ptr %_6, align 8
  %27 = getelementptr inbounds i8, ptr %_6, i64 8
  %28 = zext i1 %26 to i8
  store i8 %28, ptr %27, align 8
; invoke <std::sync::poison::mutex::MutexGuard<T> as core::ops::deref::Deref>::deref
  %_4 = invoke align 8 ptr @"_ZN89_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h0c105a65487d1214E"(ptr align 8 %_6)
          to label %bb4 unwind label %cleanup

bb8:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  invoke void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr align 8 %_6) #13
          to label %bb9 unwind label %terminate

cleanup:                                          ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit"
  %29 = landingpad { ptr, i32 }
          cleanup
  %30 = extractvalue { ptr, i32 } %29, 0
  %31 = extractvalue { ptr, i32 } %29, 1
  store ptr %30, ptr %1, align 8
  %32 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %31, ptr %32, align 8
  br label %bb8

bb4:                                              ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h6872f974f6b90b66E.exit"
  %_3 = load i64, ptr %_4, align 8
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb5, label %bb6

bb6:                                              ; preds = %bb4
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr align 8 %_6)
  ret void

bb5:                                              ; preds = %bb4
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr align 8 %_6)
  br label %bb1

terminate:                                        ; preds = %bb8
  %33 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #14
  unreachable

bb9:                                              ; preds = %bb8
  %34 = load ptr, ptr %1, align 8
  %35 = getelementptr inbounds i8, ptr %1, i64 8
  %36 = load i32, ptr %35, align 8
  %37 = insertvalue { ptr, i32 } poison, ptr %34, 0
  %38 = insertvalue { ptr, i32 } %37, i32 %36, 1
  resume { ptr, i32 } %38
}

; correct_patterns::wait_seqcst
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN16correct_patterns11wait_seqcst17he1a7c667aa78c44aE(ptr align 8 %a) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::sync::atomic::AtomicUsize::load
  %v = call i64 @_ZN4core4sync6atomic11AtomicUsize4load17hc68f84d423ff17a0E(ptr align 8 %a, i8 4) #10
  %_3 = icmp ne i64 %v, 0
  br i1 %_3, label %bb3, label %bb1

bb3:                                              ; preds = %bb1
  ret i64 %v
}

; correct_patterns::wait_acquire
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_acquire17hda0eb442c0b24f93E(ptr align 8 %a) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::sync::atomic::AtomicUsize::load
  %_3 = call i64 @_ZN4core4sync6atomic11AtomicUsize4load17hc68f84d423ff17a0E(ptr align 8 %a, i8 2) #10
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb1, label %bb3

bb3:                                              ; preds = %bb1
  ret void
}

; correct_patterns::wait_condvar
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN16correct_patterns12wait_condvar17h4e2b7770cc7b84d1E(ptr align 4 %pair) unnamed_addr #0 personality ptr @rust_eh_personality {
start:
  %0 = alloca [16 x i8], align 8
  %e.i1 = alloca [16 x i8], align 8
  %1 = alloca [16 x i8], align 8
  %e.i = alloca [16 x i8], align 8
  %2 = alloca [16 x i8], align 8
  %_12 = alloca [1 x i8], align 1
  %_9 = alloca [24 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  %ready = alloca [16 x i8], align 8
  store i8 0, ptr %_12, align 1
; call std::sync::poison::mutex::Mutex<T>::lock
  call void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"(ptr sret([24 x i8]) align 8 %_3, ptr align 4 %pair)
  %_2.i2 = load i64, ptr %_3, align 8
  %3 = trunc nuw i64 %_2.i2 to i1
  br i1 %3, label %bb2.i5, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit10"

bb2.i5:                                           ; preds = %start
  %4 = getelementptr inbounds i8, ptr %_3, i64 8
  %5 = load ptr, ptr %4, align 8
  %6 = getelementptr inbounds i8, ptr %4, i64 8
  %7 = load i8, ptr %6, align 8
  %8 = trunc nuw i8 %7 to i1
  store ptr %5, ptr %e.i1, align 8
  %9 = getelementptr inbounds i8, ptr %e.i1, i64 8
  %10 = zext i1 %8 to i8
  store i8 %10, ptr %9, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr align 1 @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 43, ptr align 1 %e.i1, ptr align 8 @vtable.1, ptr align 8 @alloc_5ae1d1a7918e3e2802895d5acb83a568) #12
          to label %unreachable.i9 unwind label %cleanup.i6

cleanup.i6:                                       ; preds = %bb2.i5
  %11 = landingpad { ptr, i32 }
          cleanup
  %12 = extractvalue { ptr, i32 } %11, 0
  %13 = extractvalue { ptr, i32 } %11, 1
  store ptr %12, ptr %0, align 8
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %13, ptr %14, align 8
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
  invoke void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr align 8 %e.i1) #13
          to label %bb5.i8 unwind label %terminate.i7

unreachable.i9:                                   ; preds = %bb2.i5
  unreachable

terminate.i7:                                     ; preds = %cleanup.i6
  %15 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #14
  unreachable

bb5.i8:                                           ; preds = %cleanup.i6
  %16 = load ptr, ptr %0, align 8
  %17 = getelementptr inbounds i8, ptr %0, i64 8
  %18 = load i32, ptr %17, align 8
  %19 = insertvalue { ptr, i32 } poison, ptr %16, 0
  %20 = insertvalue { ptr, i32 } %19, i32 %18, 1
  resume { ptr, i32 } %20

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit10": ; preds = %start
  %21 = getelementptr inbounds i8, ptr %_3, i64 8
  %t.0.i3 = load ptr, ptr %21, align 8
  %22 = getelementptr inbounds i8, ptr %21, i64 8
  %23 = load i8, ptr %22, align 8
  %t.1.i4 = trunc nuw i8 %23 to i1
  %24 = insertvalue { ptr, i1 } poison, ptr %t.0.i3, 0
  %25 = insertvalue { ptr, i1 } %24, i1 %t.1.i4, 1
  %26 = extractvalue { ptr, i1 } %25, 0
  %27 = extractvalue { ptr, i1 } %25, 1
  store ptr %26, ptr %ready, align 8
  %28 = getelementptr inbounds i8, ptr %ready, i64 8
  %29 = zext i1 %27 to i8
  store i8 %29, ptr %28, align 8
  store i8 1, ptr %_12, align 1
  br label %bb3

bb3:                                              ; preds = %bb8, %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit10"
; invoke <std::sync::poison::mutex::MutexGuard<T> as core::ops::deref::Deref>::deref
  %_6 = invoke align 1 ptr @"_ZN89_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17ha778aec2a8ab68ddE"(ptr align 8 %ready)
          to label %bb4 unwind label %cleanup

bb12:                                             ; preds = %cleanup.body
  %30 = load i8, ptr %_12, align 1
  %31 = trunc nuw i8 %30 to i1
  br i1 %31, label %bb11, label %bb10

cleanup:                                          ; preds = %bb6, %bb3
  %32 = landingpad { ptr, i32 }
          cleanup
  br label %cleanup.body

cleanup.body:                                     ; preds = %bb5.i, %cleanup
  %eh.lpad-body = phi { ptr, i32 } [ %32, %cleanup ], [ %56, %bb5.i ]
  %33 = extractvalue { ptr, i32 } %eh.lpad-body, 0
  %34 = extractvalue { ptr, i32 } %eh.lpad-body, 1
  store ptr %33, ptr %2, align 8
  %35 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %34, ptr %35, align 8
  br label %bb12

bb4:                                              ; preds = %bb3
  %36 = load i8, ptr %_6, align 1
  %_5 = trunc nuw i8 %36 to i1
  br i1 %_5, label %bb5, label %bb6

bb6:                                              ; preds = %bb4
  %_10 = getelementptr inbounds i8, ptr %pair, i64 8
  store i8 0, ptr %_12, align 1
  %_11.0 = load ptr, ptr %ready, align 8
  %37 = getelementptr inbounds i8, ptr %ready, i64 8
  %38 = load i8, ptr %37, align 8
  %_11.1 = trunc nuw i8 %38 to i1
; invoke std::sync::poison::condvar::Condvar::wait
  invoke void @_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E(ptr sret([24 x i8]) align 8 %_9, ptr align 4 %_10, ptr align 4 %_11.0, i1 zeroext %_11.1)
          to label %bb7 unwind label %cleanup

bb5:                                              ; preds = %bb4
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  call void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr align 8 %ready)
  store i8 0, ptr %_12, align 1
  ret void

bb7:                                              ; preds = %bb6
  %_2.i = load i64, ptr %_9, align 8
  %39 = trunc nuw i64 %_2.i to i1
  br i1 %39, label %bb2.i, label %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit"

bb2.i:                                            ; preds = %bb7
  %40 = getelementptr inbounds i8, ptr %_9, i64 8
  %41 = load ptr, ptr %40, align 8
  %42 = getelementptr inbounds i8, ptr %40, i64 8
  %43 = load i8, ptr %42, align 8
  %44 = trunc nuw i8 %43 to i1
  store ptr %41, ptr %e.i, align 8
  %45 = getelementptr inbounds i8, ptr %e.i, i64 8
  %46 = zext i1 %44 to i8
  store i8 %46, ptr %45, align 8
; invoke core::result::unwrap_failed
  invoke void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr align 1 @alloc_00ae4b301f7fab8ac9617c03fcbd7274, i64 43, ptr align 1 %e.i, ptr align 8 @vtable.1, ptr align 8 @alloc_4bc5bec9d702a9ff30830a413aed93b3) #12
          to label %unreachable.i unwind label %cleanup.i

cleanup.i:                                        ; preds = %bb2.i
  %47 = landingpad { ptr, i32 }
          cleanup
  %48 = extractvalue { ptr, i32 } %47, 0
  %49 = extractvalue { ptr, i32 } %47, 1
  store ptr %48, ptr %1, align 8
  %50 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %49, ptr %50, align 8
; invoke core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
  invoke void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr align 8 %e.i) #13
          to label %bb5.i unwind label %terminate.i

unreachable.i:                                    ; preds = %bb2.i
  unreachable

terminate.i:                                      ; preds = %cleanup.i
  %51 = landingpad { ptr, i32 }
          cleanup
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #14
  unreachable

bb5.i:                                            ; preds = %cleanup.i
  %52 = load ptr, ptr %1, align 8
  %53 = getelementptr inbounds i8, ptr %1, i64 8
  %54 = load i32, ptr %53, align 8
  %55 = insertvalue { ptr, i32 } poison, ptr %52, 0
  %56 = insertvalue { ptr, i32 } %55, i32 %54, 1
  br label %cleanup.body

"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit": ; preds = %bb7
  %57 = getelementptr inbounds i8, ptr %_9, i64 8
  %t.0.i = load ptr, ptr %57, align 8
  %58 = getelementptr inbounds i8, ptr %57, i64 8
  %59 = load i8, ptr %58, align 8
  %t.1.i = trunc nuw i8 %59 to i1
  %60 = insertvalue { ptr, i1 } poison, ptr %t.0.i, 0
  %61 = insertvalue { ptr, i1 } %60, i1 %t.1.i, 1
  br label %bb8

bb8:                                              ; preds = %"_ZN4core6result19Result$LT$T$C$E$GT$6unwrap17h7a615bfc2661d108E.exit"
  %_8.0 = extractvalue { ptr, i1 } %61, 0
  %_8.1 = extractvalue { ptr, i1 } %61, 1
  store i8 1, ptr %_12, align 1
  store ptr %_8.0, ptr %ready, align 8
  %62 = getelementptr inbounds i8, ptr %ready, i64 8
  %63 = zext i1 %_8.1 to i8
  store i8 %63, ptr %62, align 8
  br label %bb3

bb10:                                             ; preds = %bb11, %bb12
  %64 = load ptr, ptr %2, align 8
  %65 = getelementptr inbounds i8, ptr %2, i64 8
  %66 = load i32, ptr %65, align 8
  %67 = insertvalue { ptr, i32 } poison, ptr %64, 0
  %68 = insertvalue { ptr, i32 } %67, i32 %66, 1
  resume { ptr, i32 } %68

bb11:                                             ; preds = %bb12
; invoke core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  invoke void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr align 8 %ready) #13
          to label %bb10 unwind label %terminate

terminate:                                        ; preds = %bb11
  %69 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #14
  unreachable
}

; correct_patterns::fill_to_limit
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN16correct_patterns13fill_to_limit17haa25a45297f71732E(ptr align 8 %cfg, ptr align 8 %out.0, i64 %out.1) unnamed_addr #0 {
start:
  %i = alloca [8 x i8], align 8
  store i64 0, ptr %i, align 8
  br label %bb1

bb1:                                              ; preds = %bb6, %start
  %_5 = load i64, ptr %i, align 8
  %_6 = load i64, ptr %cfg, align 8
  %_4 = icmp ult i64 %_5, %_6
  br i1 %_4, label %bb2, label %bb7

bb7:                                              ; preds = %bb2, %bb1
  %_0 = load i64, ptr %i, align 8
  ret i64 %_0

bb2:                                              ; preds = %bb1
  %_8 = load i64, ptr %i, align 8
  %_7 = icmp ult i64 %_8, %out.1
  br i1 %_7, label %bb3, label %bb7

bb3:                                              ; preds = %bb2
  %_11 = load i64, ptr %i, align 8
  %0 = getelementptr inbounds i8, ptr %cfg, i64 8
  %_12 = load i64, ptr %0, align 8
  %1 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %_11, i64 %_12)
  %_13.0 = extractvalue { i64, i1 } %1, 0
  %_13.1 = extractvalue { i64, i1 } %1, 1
  br i1 %_13.1, label %panic, label %bb4

bb4:                                              ; preds = %bb3
  %_14 = load i64, ptr %i, align 8
  %_17 = icmp ult i64 %_14, %out.1
  br i1 %_17, label %bb5, label %panic1

panic:                                            ; preds = %bb3
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_c4d91f2ece2aad74587546bca313b56f) #11
  unreachable

bb5:                                              ; preds = %bb4
  %2 = getelementptr inbounds nuw i64, ptr %out.0, i64 %_14
  store i64 %_13.0, ptr %2, align 8
  %3 = load i64, ptr %i, align 8
  %_18.0 = add i64 %3, 1
  %_18.1 = icmp ult i64 %_18.0, %3
  br i1 %_18.1, label %panic2, label %bb6

panic1:                                           ; preds = %bb4
; call core::panicking::panic_bounds_check
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64 %_14, i64 %out.1, ptr align 8 @alloc_4f4561b12cbab504dab08f3dc73e8086) #11
  unreachable

bb6:                                              ; preds = %bb5
  store i64 %_18.0, ptr %i, align 8
  br label %bb1

panic2:                                           ; preds = %bb5
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_bb04a3b23e81211e456ced0850f768ad) #11
  unreachable
}

; std::sync::poison::map_result
; Function Attrs: nonlazybind uwtable
define void @_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E(ptr sret([24 x i8]) align 8 %_0, i1 zeroext %0, i8 %1, ptr align 4 %f) unnamed_addr #1 {
start:
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
  %4 = load i8, ptr %result, align 1
  %5 = trunc nuw i8 %4 to i1
  %6 = getelementptr inbounds i8, ptr %result, i64 1
  %7 = load i8, ptr %6, align 1
  %_3 = zext i1 %5 to i64
  %8 = trunc nuw i64 %_3 to i1
  br i1 %8, label %bb2, label %bb3

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1
  %10 = load i8, ptr %9, align 1
  %data = trunc nuw i8 %10 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %11 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr align 4 %f, i1 zeroext %data) #10
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
  %16 = load i8, ptr %15, align 1
  %t = trunc nuw i8 %16 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %17 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr align 4 %f, i1 zeroext %t) #10
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
define void @_ZN3std4sync6poison10map_result17h8d53b020aae59b42E(ptr sret([24 x i8]) align 8 %_0, i1 zeroext %0, i8 %1, ptr align 8 %f) unnamed_addr #1 {
start:
  %result = alloca [2 x i8], align 1
  %2 = zext i1 %0 to i8
  store i8 %2, ptr %result, align 1
  %3 = getelementptr inbounds i8, ptr %result, i64 1
  store i8 %1, ptr %3, align 1
  %4 = load i8, ptr %result, align 1
  %5 = trunc nuw i8 %4 to i1
  %6 = getelementptr inbounds i8, ptr %result, i64 1
  %7 = load i8, ptr %6, align 1
  %_3 = zext i1 %5 to i64
  %8 = trunc nuw i64 %_3 to i1
  br i1 %8, label %bb2, label %bb3

bb2:                                              ; preds = %start
  %9 = getelementptr inbounds i8, ptr %result, i64 1
  %10 = load i8, ptr %9, align 1
  %data = trunc nuw i8 %10 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %11 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr align 8 %f, i1 zeroext %data) #10
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
  %16 = load i8, ptr %15, align 1
  %t = trunc nuw i8 %16 to i1
; call std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
  %17 = call { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr align 8 %f, i1 zeroext %t) #10
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

; std::sync::poison::Flag::done
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN3std4sync6poison4Flag4done17h7ce3ee8497203df7E(ptr align 1 %self, ptr align 1 %guard) unnamed_addr #2 {
start:
  %0 = load i8, ptr %guard, align 1
  %_3 = trunc nuw i8 %0 to i1
  br i1 %_3, label %bb3, label %bb1

bb1:                                              ; preds = %start
; call core::sync::atomic::atomic_load
  %_8 = call i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 0) #10
  %_7 = and i64 %_8, 9223372036854775807
  %1 = icmp eq i64 %_7, 0
  br i1 %1, label %bb5, label %bb6

bb3:                                              ; preds = %bb2, %bb6, %bb5, %start
  ret void

bb5:                                              ; preds = %bb1
  br label %bb3

bb6:                                              ; preds = %bb1
; call std::panicking::panic_count::is_zero_slow_path
  %_6 = call zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #15
  %_4 = xor i1 %_6, true
  br i1 %_4, label %bb2, label %bb3

bb2:                                              ; preds = %bb6
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E(ptr %self, i8 1, i8 0) #10
  br label %bb3
}

; std::sync::poison::Flag::guard
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_ZN3std4sync6poison4Flag5guard17hc95cb98ecca843a4E(ptr align 1 %self) unnamed_addr #2 {
start:
  %_5 = alloca [1 x i8], align 1
  %_0 = alloca [2 x i8], align 1
; call core::sync::atomic::atomic_load
  %_7 = call i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count18GLOBAL_PANIC_COUNT, i8 0) #10
  %_6 = and i64 %_7, 9223372036854775807
  %0 = icmp eq i64 %_6, 0
  br i1 %0, label %bb5, label %bb6

bb5:                                              ; preds = %start
  store i8 1, ptr %_5, align 1
  br label %bb4

bb6:                                              ; preds = %start
; call std::panicking::panic_count::is_zero_slow_path
  %1 = call zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() #15
  %2 = zext i1 %1 to i8
  store i8 %2, ptr %_5, align 1
  br label %bb4

bb4:                                              ; preds = %bb6, %bb5
  %3 = load i8, ptr %_5, align 1
  %4 = trunc nuw i8 %3 to i1
  %_3 = xor i1 %4, true
; call core::sync::atomic::atomic_load
  %_13 = call i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr %self, i8 0) #10
  %5 = icmp eq i8 %_13, 0
  br i1 %5, label %bb2, label %bb1

bb2:                                              ; preds = %bb4
  %6 = getelementptr inbounds i8, ptr %_0, i64 1
  %7 = zext i1 %_3 to i8
  store i8 %7, ptr %6, align 1
  store i8 0, ptr %_0, align 1
  br label %bb3

bb1:                                              ; preds = %bb4
  %8 = getelementptr inbounds i8, ptr %_0, i64 1
  %9 = zext i1 %_3 to i8
  store i8 %9, ptr %8, align 1
  store i8 1, ptr %_0, align 1
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %10 = load i8, ptr %_0, align 1
  %11 = trunc nuw i8 %10 to i1
  %12 = getelementptr inbounds i8, ptr %_0, i64 1
  %13 = load i8, ptr %12, align 1
  %14 = insertvalue { i1, i8 } poison, i1 %11, 0
  %15 = insertvalue { i1, i8 } %14, i8 %13, 1
  ret { i1, i8 } %15
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17h54756325404edb38E"(ptr sret([24 x i8]) align 8 %_0, ptr align 4 %self) unnamed_addr #1 {
start:
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr %self, i32 0, i32 1, i8 2, i8 0) #10
  %_5.0 = extractvalue { i32, i32 } %0, 0
  %_5.1 = extractvalue { i32, i32 } %0, 1
  %_12 = zext i32 %_5.0 to i64
  %_11 = icmp eq i64 %_12, 0
  %_3 = xor i1 %_11, true
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
  br label %bb3

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr align 4 %self)
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4
; call std::sync::poison::Flag::guard
  %1 = call { i1, i8 } @_ZN3std4sync6poison4Flag5guard17hc95cb98ecca843a4E(ptr align 1 %_14) #10
  %_13.0 = extractvalue { i1, i8 } %1, 0
  %_13.1 = extractvalue { i1, i8 } %1, 1
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17h1eddc9e20070c7e7E(ptr sret([24 x i8]) align 8 %_0, i1 zeroext %_13.0, i8 %_13.1, ptr align 4 %self)
  ret void
}

; std::sync::poison::mutex::Mutex<T>::lock
; Function Attrs: nonlazybind uwtable
define void @"_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$4lock17haa5a047334c7139aE"(ptr sret([24 x i8]) align 8 %_0, ptr align 8 %self) unnamed_addr #1 {
start:
; call core::sync::atomic::atomic_compare_exchange
  %0 = call { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr %self, i32 0, i32 1, i8 2, i8 0) #10
  %_5.0 = extractvalue { i32, i32 } %0, 0
  %_5.1 = extractvalue { i32, i32 } %0, 1
  %_12 = zext i32 %_5.0 to i64
  %_11 = icmp eq i64 %_12, 0
  %_3 = xor i1 %_11, true
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %start
  br label %bb3

bb1:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::lock_contended
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr align 4 %self)
  br label %bb3

bb3:                                              ; preds = %bb1, %bb2
  %_14 = getelementptr inbounds i8, ptr %self, i64 4
; call std::sync::poison::Flag::guard
  %1 = call { i1, i8 } @_ZN3std4sync6poison4Flag5guard17hc95cb98ecca843a4E(ptr align 1 %_14) #10
  %_13.0 = extractvalue { i1, i8 } %1, 0
  %_13.1 = extractvalue { i1, i8 } %1, 1
; call std::sync::poison::map_result
  call void @_ZN3std4sync6poison10map_result17h8d53b020aae59b42E(ptr sret([24 x i8]) align 8 %_0, i1 zeroext %_13.0, i8 %_13.1, ptr align 8 %self)
  ret void
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17h2e5babffa25f96c7E"(ptr align 4 %_1, i1 zeroext %guard) unnamed_addr #2 {
start:
  %0 = insertvalue { ptr, i1 } poison, ptr %_1, 0
  %1 = insertvalue { ptr, i1 } %0, i1 %guard, 1
  ret { ptr, i1 } %1
}

; std::sync::poison::mutex::MutexGuard<T>::new::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define { ptr, i1 } @"_ZN3std4sync6poison5mutex19MutexGuard$LT$T$GT$3new28_$u7b$$u7b$closure$u7d$$u7d$17hacafe11781bf981bE"(ptr align 8 %_1, i1 zeroext %guard) unnamed_addr #2 {
start:
  %0 = insertvalue { ptr, i1 } poison, ptr %_1, 0
  %1 = insertvalue { ptr, i1 } %0, i1 %guard, 1
  ret { ptr, i1 } %1
}

; std::sync::poison::condvar::Condvar::wait
; Function Attrs: nonlazybind uwtable
define void @_ZN3std4sync6poison7condvar7Condvar4wait17haa38cc0deb1b3ab7E(ptr sret([24 x i8]) align 8 %_0, ptr align 4 %self, ptr align 4 %0, i1 zeroext %1) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %2 = alloca [16 x i8], align 8
  %guard = alloca [16 x i8], align 8
  store ptr %0, ptr %guard, align 8
  %3 = getelementptr inbounds i8, ptr %guard, i64 8
  %4 = zext i1 %1 to i8
  store i8 %4, ptr %3, align 8
  %_13 = load ptr, ptr %guard, align 8
; invoke <std::sys::sync::condvar::futex::Condvar>::wait
  invoke void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr align 4 %self, ptr align 4 %_13)
          to label %bb1 unwind label %cleanup

bb6:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  invoke void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr align 8 %guard) #13
          to label %bb5 unwind label %terminate

cleanup:                                          ; preds = %bb1, %start
  %5 = landingpad { ptr, i32 }
          cleanup
  %6 = extractvalue { ptr, i32 } %5, 0
  %7 = extractvalue { ptr, i32 } %5, 1
  store ptr %6, ptr %2, align 8
  %8 = getelementptr inbounds i8, ptr %2, i64 8
  store i32 %7, ptr %8, align 8
  br label %bb6

bb1:                                              ; preds = %start
  %_14 = load ptr, ptr %guard, align 8
  %_19 = getelementptr inbounds i8, ptr %_14, i64 4
; invoke core::sync::atomic::atomic_load
  %_16 = invoke i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr %_19, i8 0)
          to label %bb7 unwind label %cleanup

bb7:                                              ; preds = %bb1
  %poisoned = icmp ne i8 %_16, 0
  %9 = icmp eq i8 %_16, 0
  br i1 %9, label %bb3, label %bb2

bb3:                                              ; preds = %bb7
  %_12.0 = load ptr, ptr %guard, align 8
  %10 = getelementptr inbounds i8, ptr %guard, i64 8
  %11 = load i8, ptr %10, align 8
  %_12.1 = trunc nuw i8 %11 to i1
  %12 = getelementptr inbounds i8, ptr %_0, i64 8
  store ptr %_12.0, ptr %12, align 8
  %13 = getelementptr inbounds i8, ptr %12, i64 8
  %14 = zext i1 %_12.1 to i8
  store i8 %14, ptr %13, align 8
  store i64 0, ptr %_0, align 8
  br label %bb4

bb2:                                              ; preds = %bb7
  %data.0 = load ptr, ptr %guard, align 8
  %15 = getelementptr inbounds i8, ptr %guard, i64 8
  %16 = load i8, ptr %15, align 8
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #14
  unreachable

bb5:                                              ; preds = %bb6
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds i8, ptr %2, i64 8
  %23 = load i32, ptr %22, align 8
  %24 = insertvalue { ptr, i32 } poison, ptr %21, 0
  %25 = insertvalue { ptr, i32 } %24, i32 %23, 1
  resume { ptr, i32 } %25
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<bool>>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr107drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$$GT$17h5cf78ebf5754000bE"(ptr align 8 %_1) unnamed_addr #1 {
start:
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
  call void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr align 8 %_1)
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::PoisonError<std::sync::poison::mutex::MutexGuard<usize>>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr108drop_in_place$LT$std..sync..poison..PoisonError$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$$GT$17hfcc5d16b43b49c4eE"(ptr align 8 %_1) unnamed_addr #1 {
start:
; call core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
  call void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr align 8 %_1)
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<bool>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr69drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$bool$GT$$GT$17h062076d9cd2f1531E"(ptr align 8 %_1) unnamed_addr #1 {
start:
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE"(ptr align 8 %_1) #10
  ret void
}

; core::ptr::drop_in_place<std::sync::poison::mutex::MutexGuard<usize>>
; Function Attrs: nonlazybind uwtable
define void @"_ZN4core3ptr70drop_in_place$LT$std..sync..poison..mutex..MutexGuard$LT$usize$GT$$GT$17h4364d2ef1ec7517fE"(ptr align 8 %_1) unnamed_addr #1 {
start:
; call <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
  call void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE"(ptr align 8 %_1) #10
  ret void
}

; core::cell::Cell<T>::get
; Function Attrs: inlinehint nonlazybind uwtable
define i32 @"_ZN4core4cell13Cell$LT$T$GT$3get17ha085fb2c1ef4c243E"(ptr align 4 %self) unnamed_addr #2 {
start:
  %_0 = load i32, ptr %self, align 4
  ret i32 %_0
}

; core::cell::Cell<T>::set
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN4core4cell13Cell$LT$T$GT$3set17h20a5863ac7e6cc4aE"(ptr align 4 %self, i32 %val) unnamed_addr #2 {
start:
  %_3 = load i32, ptr %self, align 4
  store i32 %val, ptr %self, align 4
  ret void
}

; core::sync::atomic::AtomicUsize::load
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @_ZN4core4sync6atomic11AtomicUsize4load17hc68f84d423ff17a0E(ptr align 8 %self, i8 %order) unnamed_addr #2 {
start:
; call core::sync::atomic::atomic_load
  %_0 = call i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr %self, i8 %order) #10
  ret i64 %_0
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_ZN4core4sync6atomic11atomic_load17h475057e54b558db5E(ptr %dst, i8 %order) unnamed_addr #2 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ]

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1
  store i8 %0, ptr %_0, align 1
  br label %bb7

bb3:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr inttoptr (i64 81 to ptr), ptr align 8 @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #11
  unreachable

bb5:                                              ; preds = %start
  %1 = load atomic i8, ptr %dst acquire, align 1
  store i8 %1, ptr %_0, align 1
  br label %bb7

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr inttoptr (i64 99 to ptr), ptr align 8 @alloc_738c866d826467e54726b360a2118a62) #11
  unreachable

bb4:                                              ; preds = %start
  %2 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %2, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %3 = load i8, ptr %_0, align 1
  ret i8 %3
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_ZN4core4sync6atomic11atomic_load17hf8b61078290fd624E(ptr %dst, i8 %order) unnamed_addr #2 {
start:
  %_0 = alloca [8 x i8], align 8
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ]

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  %0 = load atomic i64, ptr %dst monotonic, align 8
  store i64 %0, ptr %_0, align 8
  br label %bb7

bb3:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr inttoptr (i64 81 to ptr), ptr align 8 @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #11
  unreachable

bb5:                                              ; preds = %start
  %1 = load atomic i64, ptr %dst acquire, align 8
  store i64 %1, ptr %_0, align 8
  br label %bb7

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr inttoptr (i64 99 to ptr), ptr align 8 @alloc_738c866d826467e54726b360a2118a62) #11
  unreachable

bb4:                                              ; preds = %start
  %2 = load atomic i64, ptr %dst seq_cst, align 8
  store i64 %2, ptr %_0, align 8
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %3 = load i64, ptr %_0, align 8
  ret i64 %3
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4sync6atomic12atomic_store17h3f562e17ea20bfe1E(ptr %dst, i8 %val, i8 %order) unnamed_addr #2 {
start:
  %_4 = zext i8 %order to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ]

bb1:                                              ; preds = %start
  unreachable

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1
  br label %bb7

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1
  br label %bb7

bb3:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_bf39103a6db665396aab4632362d9353, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_a574beff59ab58cf5ed2d6bc163e2302) #11
  unreachable

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr inttoptr (i64 101 to ptr), ptr align 8 @alloc_aec0388915b72a4f610ad656c35be884) #11
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::sync::atomic::atomic_compare_exchange
; Function Attrs: inlinehint nonlazybind uwtable
define { i32, i32 } @_ZN4core4sync6atomic23atomic_compare_exchange17h63cb14bc636a1995E(ptr %dst, i32 %old, i32 %new, i8 %success, i8 %failure) unnamed_addr #2 {
start:
  %_8 = alloca [8 x i8], align 4
  %_0 = alloca [8 x i8], align 4
  %_14 = zext i8 %success to i64
  switch i64 %_14, label %bb7 [
    i64 0, label %bb2
    i64 1, label %bb4
    i64 2, label %bb3
    i64 3, label %bb5
    i64 4, label %bb6
  ]

bb7:                                              ; preds = %start
  unreachable

bb2:                                              ; preds = %start
  %_9 = zext i8 %failure to i64
  switch i64 %_9, label %bb1 [
    i64 0, label %bb24
    i64 2, label %bb23
    i64 4, label %bb22
  ]

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ]

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ]

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ]

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ]

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64
  %0 = icmp eq i64 %_15, 1
  br i1 %0, label %bb8, label %bb9

bb24:                                             ; preds = %bb2
  %1 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic monotonic, align 4
  %2 = extractvalue { i32, i1 } %1, 0
  %3 = extractvalue { i32, i1 } %1, 1
  %4 = zext i1 %3 to i8
  store i32 %2, ptr %_8, align 4
  %5 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %4, ptr %5, align 4
  br label %bb25

bb23:                                             ; preds = %bb2
  %6 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic acquire, align 4
  %7 = extractvalue { i32, i1 } %6, 0
  %8 = extractvalue { i32, i1 } %6, 1
  %9 = zext i1 %8 to i8
  store i32 %7, ptr %_8, align 4
  %10 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %9, ptr %10, align 4
  br label %bb25

bb22:                                             ; preds = %bb2
  %11 = cmpxchg ptr %dst, i32 %old, i32 %new monotonic seq_cst, align 4
  %12 = extractvalue { i32, i1 } %11, 0
  %13 = extractvalue { i32, i1 } %11, 1
  %14 = zext i1 %13 to i8
  store i32 %12, ptr %_8, align 4
  %15 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %14, ptr %15, align 4
  br label %bb25

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i32, ptr %_8, align 4
  %16 = getelementptr inbounds i8, ptr %_8, i64 4
  %17 = load i8, ptr %16, align 4
  %ok = trunc nuw i8 %17 to i1
  br i1 %ok, label %bb26, label %bb27

bb18:                                             ; preds = %bb4
  %18 = cmpxchg ptr %dst, i32 %old, i32 %new release monotonic, align 4
  %19 = extractvalue { i32, i1 } %18, 0
  %20 = extractvalue { i32, i1 } %18, 1
  %21 = zext i1 %20 to i8
  store i32 %19, ptr %_8, align 4
  %22 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %21, ptr %22, align 4
  br label %bb25

bb17:                                             ; preds = %bb4
  %23 = cmpxchg ptr %dst, i32 %old, i32 %new release acquire, align 4
  %24 = extractvalue { i32, i1 } %23, 0
  %25 = extractvalue { i32, i1 } %23, 1
  %26 = zext i1 %25 to i8
  store i32 %24, ptr %_8, align 4
  %27 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %26, ptr %27, align 4
  br label %bb25

bb16:                                             ; preds = %bb4
  %28 = cmpxchg ptr %dst, i32 %old, i32 %new release seq_cst, align 4
  %29 = extractvalue { i32, i1 } %28, 0
  %30 = extractvalue { i32, i1 } %28, 1
  %31 = zext i1 %30 to i8
  store i32 %29, ptr %_8, align 4
  %32 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %31, ptr %32, align 4
  br label %bb25

bb21:                                             ; preds = %bb3
  %33 = cmpxchg ptr %dst, i32 %old, i32 %new acquire monotonic, align 4
  %34 = extractvalue { i32, i1 } %33, 0
  %35 = extractvalue { i32, i1 } %33, 1
  %36 = zext i1 %35 to i8
  store i32 %34, ptr %_8, align 4
  %37 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %36, ptr %37, align 4
  br label %bb25

bb20:                                             ; preds = %bb3
  %38 = cmpxchg ptr %dst, i32 %old, i32 %new acquire acquire, align 4
  %39 = extractvalue { i32, i1 } %38, 0
  %40 = extractvalue { i32, i1 } %38, 1
  %41 = zext i1 %40 to i8
  store i32 %39, ptr %_8, align 4
  %42 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %41, ptr %42, align 4
  br label %bb25

bb19:                                             ; preds = %bb3
  %43 = cmpxchg ptr %dst, i32 %old, i32 %new acquire seq_cst, align 4
  %44 = extractvalue { i32, i1 } %43, 0
  %45 = extractvalue { i32, i1 } %43, 1
  %46 = zext i1 %45 to i8
  store i32 %44, ptr %_8, align 4
  %47 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %46, ptr %47, align 4
  br label %bb25

bb15:                                             ; preds = %bb5
  %48 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel monotonic, align 4
  %49 = extractvalue { i32, i1 } %48, 0
  %50 = extractvalue { i32, i1 } %48, 1
  %51 = zext i1 %50 to i8
  store i32 %49, ptr %_8, align 4
  %52 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %51, ptr %52, align 4
  br label %bb25

bb14:                                             ; preds = %bb5
  %53 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel acquire, align 4
  %54 = extractvalue { i32, i1 } %53, 0
  %55 = extractvalue { i32, i1 } %53, 1
  %56 = zext i1 %55 to i8
  store i32 %54, ptr %_8, align 4
  %57 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %56, ptr %57, align 4
  br label %bb25

bb13:                                             ; preds = %bb5
  %58 = cmpxchg ptr %dst, i32 %old, i32 %new acq_rel seq_cst, align 4
  %59 = extractvalue { i32, i1 } %58, 0
  %60 = extractvalue { i32, i1 } %58, 1
  %61 = zext i1 %60 to i8
  store i32 %59, ptr %_8, align 4
  %62 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %61, ptr %62, align 4
  br label %bb25

bb12:                                             ; preds = %bb6
  %63 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst monotonic, align 4
  %64 = extractvalue { i32, i1 } %63, 0
  %65 = extractvalue { i32, i1 } %63, 1
  %66 = zext i1 %65 to i8
  store i32 %64, ptr %_8, align 4
  %67 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %66, ptr %67, align 4
  br label %bb25

bb11:                                             ; preds = %bb6
  %68 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst acquire, align 4
  %69 = extractvalue { i32, i1 } %68, 0
  %70 = extractvalue { i32, i1 } %68, 1
  %71 = zext i1 %70 to i8
  store i32 %69, ptr %_8, align 4
  %72 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %71, ptr %72, align 4
  br label %bb25

bb10:                                             ; preds = %bb6
  %73 = cmpxchg ptr %dst, i32 %old, i32 %new seq_cst seq_cst, align 4
  %74 = extractvalue { i32, i1 } %73, 0
  %75 = extractvalue { i32, i1 } %73, 1
  %76 = zext i1 %75 to i8
  store i32 %74, ptr %_8, align 4
  %77 = getelementptr inbounds i8, ptr %_8, i64 4
  store i8 %76, ptr %77, align 4
  br label %bb25

bb27:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %val, ptr %78, align 4
  store i32 1, ptr %_0, align 4
  br label %bb28

bb26:                                             ; preds = %bb25
  %79 = getelementptr inbounds i8, ptr %_0, i64 4
  store i32 %val, ptr %79, align 4
  store i32 0, ptr %_0, align 4
  br label %bb28

bb28:                                             ; preds = %bb26, %bb27
  %80 = load i32, ptr %_0, align 4
  %81 = getelementptr inbounds i8, ptr %_0, i64 4
  %82 = load i32, ptr %81, align 4
  %83 = insertvalue { i32, i32 } poison, i32 %80, 0
  %84 = insertvalue { i32, i32 } %83, i32 %82, 1
  ret { i32, i32 } %84

bb8:                                              ; preds = %bb1
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr inttoptr (i64 105 to ptr), ptr align 8 @alloc_9358981a0abd66965a2745829d6abd34) #11
  unreachable

bb9:                                              ; preds = %bb1
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_7adef5546d83b439c7829602020737c6, ptr inttoptr (i64 123 to ptr), ptr align 8 @alloc_5d2b33ea973198a6afb110fdf3882ee7) #11
  unreachable
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h523a67052037d976E"(ptr align 8 %self, ptr align 8 %f) unnamed_addr #1 {
start:
  %_4 = alloca [16 x i8], align 8
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr sret([16 x i8]) align 8 %_4, ptr align 8 %f, ptr align 1 @alloc_8e2410b80645266732854088d21653bc, i64 11)
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr align 8 %_4)
  ret i1 %_0
}

; <std::sync::poison::PoisonError<T> as core::fmt::Debug>::fmt
; Function Attrs: nonlazybind uwtable
define zeroext i1 @"_ZN76_$LT$std..sync..poison..PoisonError$LT$T$GT$$u20$as$u20$core..fmt..Debug$GT$3fmt17h9bb22b7dc9c446f5E"(ptr align 8 %self, ptr align 8 %f) unnamed_addr #1 {
start:
  %_4 = alloca [16 x i8], align 8
; call <core::fmt::Formatter>::debug_struct
  call void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr sret([16 x i8]) align 8 %_4, ptr align 8 %f, ptr align 1 @alloc_8e2410b80645266732854088d21653bc, i64 11)
; call <core::fmt::builders::DebugStruct>::finish_non_exhaustive
  %_0 = call zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr align 8 %_4)
  ret i1 %_0
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h3a3a32b612a36a6fE"(ptr align 8 %self) unnamed_addr #2 {
start:
  %0 = alloca [4 x i8], align 4
  %_6 = load ptr, ptr %self, align 8
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
; call std::sync::poison::Flag::done
  call void @_ZN3std4sync6poison4Flag4done17h7ce3ee8497203df7E(ptr align 1 %_3, ptr align 1 %_4) #10
  %_7 = load ptr, ptr %self, align 8
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4
  store i32 %1, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4
  %2 = icmp eq i32 %_8, 2
  br i1 %2, label %bb3, label %bb4

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr align 4 %_7)
  br label %bb2

bb4:                                              ; preds = %start
  br label %bb2

bb2:                                              ; preds = %bb4, %bb3
  ret void
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN87_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hac92b319b95ea92eE"(ptr align 8 %self) unnamed_addr #2 {
start:
  %0 = alloca [4 x i8], align 4
  %_6 = load ptr, ptr %self, align 8
  %_3 = getelementptr inbounds i8, ptr %_6, i64 4
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
; call std::sync::poison::Flag::done
  call void @_ZN3std4sync6poison4Flag4done17h7ce3ee8497203df7E(ptr align 1 %_3, ptr align 1 %_4) #10
  %_7 = load ptr, ptr %self, align 8
  %1 = atomicrmw xchg ptr %_7, i32 0 release, align 4
  store i32 %1, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4
  %2 = icmp eq i32 %_8, 2
  br i1 %2, label %bb3, label %bb4

bb3:                                              ; preds = %start
; call <std::sys::sync::mutex::futex::Mutex>::wake
  call void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr align 4 %_7)
  br label %bb2

bb4:                                              ; preds = %start
  br label %bb2

bb2:                                              ; preds = %bb4, %bb3
  ret void
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::deref::Deref>::deref
; Function Attrs: nonlazybind uwtable
define align 8 ptr @"_ZN89_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17h0c105a65487d1214E"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_3 = load ptr, ptr %self, align 8
  %_4 = getelementptr inbounds i8, ptr %_3, i64 8
  ret ptr %_4
}

; <std::sync::poison::mutex::MutexGuard<T> as core::ops::deref::Deref>::deref
; Function Attrs: nonlazybind uwtable
define align 1 ptr @"_ZN89_$LT$std..sync..poison..mutex..MutexGuard$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17ha778aec2a8ab68ddE"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_3 = load ptr, ptr %self, align 8
  %_4 = getelementptr inbounds i8, ptr %_3, i64 5
  ret ptr %_4
}

; core::panicking::panic_bounds_check
; Function Attrs: cold minsize noinline noreturn nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_bounds_check(i64, i64, ptr align 8) unnamed_addr #3

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #4

; core::panicking::panic_const::panic_const_sub_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8) unnamed_addr #4

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #5

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #7

; core::panicking::panic_const::panic_const_mul_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8) unnamed_addr #4

; std::panicking::panic_count::is_zero_slow_path
; Function Attrs: cold noinline nonlazybind uwtable
declare zeroext i1 @_RNvNtNtCsjrHSEGnQ3l9_3std9panicking11panic_count17is_zero_slow_path() unnamed_addr #8

; <std::sys::sync::mutex::futex::Mutex>::lock_contended
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex14lock_contended(ptr align 4) unnamed_addr #9

; <std::sys::sync::condvar::futex::Condvar>::wait
; Function Attrs: nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar4wait(ptr align 4, ptr align 4) unnamed_addr #1

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #4

; core::result::unwrap_failed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core6result13unwrap_failed(ptr align 1, i64, ptr align 1, ptr align 8, ptr align 8) unnamed_addr #4

; <core::fmt::Formatter>::debug_struct
; Function Attrs: nonlazybind uwtable
declare void @_RNvMsa_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Formatter12debug_struct(ptr sret([16 x i8]) align 8, ptr align 8, ptr align 1, i64) unnamed_addr #1

; <core::fmt::builders::DebugStruct>::finish_non_exhaustive
; Function Attrs: nonlazybind uwtable
declare zeroext i1 @_RNvMs1_NtNtCsgEmfK2I1SDS_4core3fmt8buildersNtB5_11DebugStruct21finish_non_exhaustive(ptr align 8) unnamed_addr #1

; <std::sys::sync::mutex::futex::Mutex>::wake
; Function Attrs: cold nonlazybind uwtable
declare void @_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex4wake(ptr align 4) unnamed_addr #9

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { cold minsize noinline noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { cold noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { inlinehint }
attributes #11 = { noinline noreturn }
attributes #12 = { noreturn }
attributes #13 = { cold }
attributes #14 = { cold noreturn nounwind }
attributes #15 = { noinline }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
