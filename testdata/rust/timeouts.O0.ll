; ModuleID = 'timeouts.640ffda03050a7e6-cgu.0'
source_filename = "timeouts.640ffda03050a7e6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_59149eeb649f39d9180425e3764054a3 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs\00", align 1
@alloc_8a7813f1a038cd71090e4a0dcbf8eae3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_59149eeb649f39d9180425e3764054a3, [16 x i8] c"N\00\00\00\00\00\00\00\B2\01\00\00\01\00\00\00" }>, align 8
@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c848f501c9a24e1e115677405b6cf8e4 = private unnamed_addr constant [215 x i8] c"unsafe precondition(s) violated: ptr::write_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_fad0cd83b7d1858a846a172eb260e593 = private unnamed_addr constant [42 x i8] c"is_aligned_to: align is not a power-of-two", align 1
@alloc_3d063512bd2a283debbda10df8c730ad = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/const_ptr.rs\00", align 1
@alloc_180ab55c3ad9891a0d81c48ca2ae33fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3d063512bd2a283debbda10df8c730ad, [16 x i8] c"Q\00\00\00\00\00\00\00^\05\00\00\0D\00\00\00" }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_01eb4077cb830418297f2f8a56cfbe0c = private unnamed_addr constant [30 x i8] c"testdata/rust/src/timeouts.rs\00", align 1
@alloc_5647cda4d9832835ad53b74b68425b25 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_01eb4077cb830418297f2f8a56cfbe0c, [16 x i8] c"\1D\00\00\00\00\00\00\00,\00\00\00\09\00\00\00" }>, align 8
@alloc_3131b9105ac79cde8a99de9c1dd426ac = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_01eb4077cb830418297f2f8a56cfbe0c, [16 x i8] c"\1D\00\00\00\00\00\00\00;\00\00\00\12\00\00\00" }>, align 8
@alloc_3b22933b21f769a23697490622814d38 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_01eb4077cb830418297f2f8a56cfbe0c, [16 x i8] c"\1D\00\00\00\00\00\00\00\12\00\00\00\12\00\00\00" }>, align 8
@_ZN8timeouts6SHARED17hf82de7a573eae094E = global [8 x i8] zeroinitializer, align 8

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h8c6611b49281e880E"(i64 %start1, i64 %n) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %start
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h723d72814043add4E"(i64 %start1, i64 %n, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #10
  br label %bb2

bb2:                                              ; preds = %bb1
  %_0 = add nuw i64 %start1, %n
  ret i64 %_0
}

; core::num::<impl usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h723d72814043add4E"(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #1 {
start:
  %_7.0 = add i64 %lhs, %rhs
  %_7.1 = icmp ult i64 %_7.0, %lhs
  br i1 %_7.1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #11
  unreachable
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core3ptr14write_volatile17h13737168e7d719f5E(ptr %dst, i64 %src, ptr align 8 %0) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %start
; call core::ptr::write_volatile::precondition_check
  call void @_ZN4core3ptr14write_volatile18precondition_check17h9a5a5a4105ad9763E(ptr %dst, i64 8, ptr align 8 %0) #10
  br label %bb3

bb3:                                              ; preds = %bb1
  store volatile i64 %src, ptr %dst, align 8
  ret void
}

; core::ptr::write_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile18precondition_check17h9a5a5a4105ad9763E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
; invoke core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = invoke zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17he033e6ef3f1f19f3E"(ptr %addr, i64 %align)
          to label %bb3 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #12
  unreachable

bb3:                                              ; preds = %start
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %bb3
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr inttoptr (i64 431 to ptr), i1 zeroext false, ptr align 8 %0) #11
  unreachable

bb1:                                              ; preds = %bb3
  ret void
}

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17he033e6ef3f1f19f3E"(ptr %self, i64 %align) unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = call i64 @llvm.ctpop.i64(i64 %align)
  %2 = trunc i64 %1 to i32
  store i32 %2, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4
  %3 = icmp eq i32 %_8, 1
  br i1 %3, label %bb1, label %bb2

bb1:                                              ; preds = %start
  %_6 = ptrtoint ptr %self to i64
  %_7 = sub i64 %align, 1
  %_5 = and i64 %_6, %_7
  %_0 = icmp eq i64 %_5, 0
  ret i1 %_0

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_180ab55c3ad9891a0d81c48ca2ae33fa) #13
  unreachable
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE"(ptr align 8 %self) unnamed_addr #0 {
start:
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E"(ptr align 8 %self) #14
  %_0.0 = extractvalue { i64, i64 } %0, 0
  %_0.1 = extractvalue { i64, i64 } %0, 1
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1
  ret { i64, i64 } %2
}

; core::sync::atomic::AtomicBool::load
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h23fe384d2538d290E(ptr align 1 %self, i8 %order) unnamed_addr #0 {
start:
; call core::sync::atomic::atomic_load
  %_3 = call i8 @_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E(ptr %self, i8 %order) #14
  %_0 = icmp ne i8 %_3, 0
  ret i1 %_0
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E(ptr %dst, i8 %order) unnamed_addr #0 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr inttoptr (i64 81 to ptr), ptr align 8 @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #13
  unreachable

bb5:                                              ; preds = %start
  %1 = load atomic i8, ptr %dst acquire, align 1
  store i8 %1, ptr %_0, align 1
  br label %bb7

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr inttoptr (i64 99 to ptr), ptr align 8 @alloc_738c866d826467e54726b360a2118a62) #13
  unreachable

bb4:                                              ; preds = %start
  %2 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %2, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %3 = load i8, ptr %_0, align 1
  ret i8 %3
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE"(i64 %self.0, i64 %self.1) unnamed_addr #0 {
start:
  %0 = insertvalue { i64, i64 } poison, i64 %self.0, 0
  %1 = insertvalue { i64, i64 } %0, i64 %self.1, 1
  ret { i64, i64 } %1
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E"(ptr align 8 %self) unnamed_addr #0 {
start:
  %_0 = alloca [16 x i8], align 8
  %_4 = getelementptr inbounds i8, ptr %self, i64 8
  %_3.i = load i64, ptr %self, align 8
  %_4.i = load i64, ptr %_4, align 8
  %_0.i = icmp ult i64 %_3.i, %_4.i
  br i1 %_0.i, label %bb2, label %bb4

bb4:                                              ; preds = %start
  store i64 0, ptr %_0, align 8
  br label %bb5

bb2:                                              ; preds = %start
  %old = load i64, ptr %self, align 8
; call <usize as core::iter::range::Step>::forward_unchecked
  %_6 = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17h8c6611b49281e880E"(i64 %old, i64 1) #14
  store i64 %_6, ptr %self, align 8
  %0 = getelementptr inbounds i8, ptr %_0, i64 8
  store i64 %old, ptr %0, align 8
  store i64 1, ptr %_0, align 8
  br label %bb5

bb5:                                              ; preds = %bb2, %bb4
  %1 = load i64, ptr %_0, align 8
  %2 = getelementptr inbounds i8, ptr %_0, i64 8
  %3 = load i64, ptr %2, align 8
  %4 = insertvalue { i64, i64 } poison, i64 %1, 0
  %5 = insertvalue { i64, i64 } %4, i64 %3, 1
  ret { i64, i64 } %5
}

; timeouts::wait_countdown
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN8timeouts14wait_countdown17h69dc545faa083395E(ptr align 8 %f, i32 %0) unnamed_addr #2 {
start:
  %_0 = alloca [1 x i8], align 1
  %n = alloca [4 x i8], align 4
  store i32 %0, ptr %n, align 4
  br label %bb1

bb1:                                              ; preds = %bb6, %start
; call timeouts::Flag::get
  %_4 = call i64 @_ZN8timeouts4Flag3get17hd0464cb31d06c767E(ptr align 8 %f)
  %_3 = icmp eq i64 %_4, 0
  br i1 %_3, label %bb3, label %bb7

bb7:                                              ; preds = %bb1
  store i8 1, ptr %_0, align 1
  br label %bb8

bb3:                                              ; preds = %bb1
  %_6 = load i32, ptr %n, align 4
  %_5 = icmp eq i32 %_6, 0
  br i1 %_5, label %bb4, label %bb5

bb8:                                              ; preds = %bb4, %bb7
  %1 = load i8, ptr %_0, align 1
  %2 = trunc nuw i8 %1 to i1
  ret i1 %2

bb5:                                              ; preds = %bb3
  %3 = load i32, ptr %n, align 4
  %_7.0 = sub i32 %3, 1
  %_7.1 = icmp ult i32 %3, 1
  br i1 %_7.1, label %panic, label %bb6

bb4:                                              ; preds = %bb3
  store i8 0, ptr %_0, align 1
  br label %bb8

bb6:                                              ; preds = %bb5
  store i32 %_7.0, ptr %n, align 4
  br label %bb1

panic:                                            ; preds = %bb5
; call core::panicking::panic_const::panic_const_sub_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8 @alloc_5647cda4d9832835ad53b74b68425b25) #13
  unreachable
}

; timeouts::wait_with_delay
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN8timeouts15wait_with_delay17hf8e5441f1b025aedE(ptr align 8 %f, i64 %max) unnamed_addr #2 {
start:
  %_7 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %sink = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store i64 0, ptr %sink, align 8
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE"(i64 0, i64 %max) #14
  %_4.0 = extractvalue { i64, i64 } %0, 0
  %_4.1 = extractvalue { i64, i64 } %0, 1
  store i64 %_4.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %_4.1, ptr %1, align 8
  br label %bb2

bb2:                                              ; preds = %bb9, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE"(ptr align 8 %iter) #14
  %3 = extractvalue { i64, i64 } %2, 0
  %4 = extractvalue { i64, i64 } %2, 1
  store i64 %3, ptr %_7, align 8
  %5 = getelementptr inbounds i8, ptr %_7, i64 8
  store i64 %4, ptr %5, align 8
  %_9 = load i64, ptr %_7, align 8
  %6 = getelementptr inbounds i8, ptr %_7, i64 8
  %7 = load i64, ptr %6, align 8
  %8 = trunc nuw i64 %_9 to i1
  br i1 %8, label %bb5, label %bb6

bb5:                                              ; preds = %bb2
  %9 = getelementptr inbounds i8, ptr %_7, i64 8
  %i = load i64, ptr %9, align 8
; call timeouts::Flag::get
  %_12 = call i64 @_ZN8timeouts4Flag3get17hd0464cb31d06c767E(ptr align 8 %f)
  %_11 = icmp ne i64 %_12, 0
  br i1 %_11, label %bb8, label %bb9

bb6:                                              ; preds = %bb2
  store i8 0, ptr %_0, align 1
  br label %bb10

bb10:                                             ; preds = %bb8, %bb6
  %10 = load i8, ptr %_0, align 1
  %11 = trunc nuw i8 %10 to i1
  ret i1 %11

bb9:                                              ; preds = %bb5
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17h13737168e7d719f5E(ptr %sink, i64 %i, ptr align 8 @alloc_3131b9105ac79cde8a99de9c1dd426ac) #14
  br label %bb2

bb8:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb10

bb4:                                              ; No predecessors!
  unreachable
}

; timeouts::wait_with_timeout
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN8timeouts17wait_with_timeout17h1f20a74d2fd67a7cE(ptr align 8 %f, i64 %max) unnamed_addr #2 {
start:
  %iter = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE"(i64 0, i64 %max) #14
  %_3.0 = extractvalue { i64, i64 } %0, 0
  %_3.1 = extractvalue { i64, i64 } %0, 1
  store i64 %_3.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %_3.1, ptr %1, align 8
  br label %bb2

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE"(ptr align 8 %iter) #14
  %_6.0 = extractvalue { i64, i64 } %2, 0
  %_6.1 = extractvalue { i64, i64 } %2, 1
  %3 = trunc nuw i64 %_6.0 to i1
  br i1 %3, label %bb5, label %bb6

bb5:                                              ; preds = %bb2
; call timeouts::Flag::get
  %_10 = call i64 @_ZN8timeouts4Flag3get17hd0464cb31d06c767E(ptr align 8 %f)
  %_9 = icmp ne i64 %_10, 0
  br i1 %_9, label %bb8, label %bb2

bb6:                                              ; preds = %bb2
  store i8 0, ptr %_0, align 1
  br label %bb9

bb9:                                              ; preds = %bb8, %bb6
  %4 = load i8, ptr %_0, align 1
  %5 = trunc nuw i8 %4 to i1
  ret i1 %5

bb8:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb9

bb4:                                              ; No predecessors!
  unreachable
}

; timeouts::wait_with_timeout_spin
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN8timeouts22wait_with_timeout_spin17h2df15ec5d600cf6fE(ptr align 8 %f, i64 %max) unnamed_addr #2 {
start:
  %iter = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE"(i64 0, i64 %max) #14
  %_3.0 = extractvalue { i64, i64 } %0, 0
  %_3.1 = extractvalue { i64, i64 } %0, 1
  store i64 %_3.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %_3.1, ptr %1, align 8
  br label %bb2

bb2:                                              ; preds = %bb9, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE"(ptr align 8 %iter) #14
  %_6.0 = extractvalue { i64, i64 } %2, 0
  %_6.1 = extractvalue { i64, i64 } %2, 1
  %3 = trunc nuw i64 %_6.0 to i1
  br i1 %3, label %bb5, label %bb6

bb5:                                              ; preds = %bb2
; call timeouts::Flag::get
  %_10 = call i64 @_ZN8timeouts4Flag3get17hd0464cb31d06c767E(ptr align 8 %f)
  %_9 = icmp ne i64 %_10, 0
  br i1 %_9, label %bb8, label %bb9

bb6:                                              ; preds = %bb2
  store i8 0, ptr %_0, align 1
  br label %bb10

bb10:                                             ; preds = %bb8, %bb6
  %4 = load i8, ptr %_0, align 1
  %5 = trunc nuw i8 %4 to i1
  ret i1 %5

bb9:                                              ; preds = %bb5
  call void @llvm.x86.sse2.pause()
  br label %bb2

bb8:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb10

bb4:                                              ; No predecessors!
  unreachable
}

; timeouts::wait_atomic_with_timeout
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN8timeouts24wait_atomic_with_timeout17h40c3d26ebaa6da42E(ptr align 1 %f, i64 %max) unnamed_addr #2 {
start:
  %iter = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE"(i64 0, i64 %max) #14
  %_3.0 = extractvalue { i64, i64 } %0, 0
  %_3.1 = extractvalue { i64, i64 } %0, 1
  store i64 %_3.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %_3.1, ptr %1, align 8
  br label %bb2

bb2:                                              ; preds = %bb5, %start
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE"(ptr align 8 %iter) #14
  %_6.0 = extractvalue { i64, i64 } %2, 0
  %_6.1 = extractvalue { i64, i64 } %2, 1
  %3 = trunc nuw i64 %_6.0 to i1
  br i1 %3, label %bb5, label %bb6

bb5:                                              ; preds = %bb2
; call core::sync::atomic::AtomicBool::load
  %_9 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h23fe384d2538d290E(ptr align 1 %f, i8 2) #14
  br i1 %_9, label %bb8, label %bb2

bb6:                                              ; preds = %bb2
  store i8 0, ptr %_0, align 1
  br label %bb9

bb9:                                              ; preds = %bb8, %bb6
  %4 = load i8, ptr %_0, align 1
  %5 = trunc nuw i8 %4 to i1
  ret i1 %5

bb8:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb9

bb4:                                              ; No predecessors!
  unreachable
}

; timeouts::Flag::get
; Function Attrs: nonlazybind uwtable
define i64 @_ZN8timeouts4Flag3get17hd0464cb31d06c767E(ptr align 8 %self) unnamed_addr #3 {
start:
  %_5 = ptrtoint ptr %self to i64
  %_7 = and i64 %_5, 7
  %_8 = icmp eq i64 %_7, 0
  br i1 %_8, label %bb2, label %panic

bb2:                                              ; preds = %start
  %_10 = ptrtoint ptr %self to i64
  %_12 = icmp eq i64 %_10, 0
  %_13 = and i1 %_12, true
  %_14 = xor i1 %_13, true
  br i1 %_14, label %bb3, label %panic1

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_5, ptr align 8 @alloc_3b22933b21f769a23697490622814d38) #11
  unreachable

bb3:                                              ; preds = %bb2
  %_0 = load i64, ptr %self, align 8
  ret i64 %_0

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_3b22933b21f769a23697490622814d38) #11
  unreachable
}

; timeouts::Flag::new
; Function Attrs: nonlazybind uwtable
define i64 @_ZN8timeouts4Flag3new17hcb9efd5c3257e9e1E(i64 %v) unnamed_addr #3 {
start:
  ret i64 %v
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #4

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #5

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #6

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #8

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #9

; core::panicking::panic_const::panic_const_sub_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_sub_overflow(ptr align 8) unnamed_addr #9

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #7

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #7

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind }
attributes #5 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { inlinehint nounwind }
attributes #11 = { noinline noreturn nounwind }
attributes #12 = { cold noreturn nounwind }
attributes #13 = { noinline noreturn }
attributes #14 = { inlinehint }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
