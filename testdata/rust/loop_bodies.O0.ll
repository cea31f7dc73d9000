; ModuleID = 'loop_bodies.a9cc09ba377a73bb-cgu.0'
source_filename = "loop_bodies.a9cc09ba377a73bb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_2ee28c22f8b5711def09bb6ffe1d2870 = private unnamed_addr constant [33 x i8] c"testdata/rust/src/loop_bodies.rs\00", align 1
@alloc_2eb2b474832ef88f0172544d10511235 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_2ee28c22f8b5711def09bb6ffe1d2870, [16 x i8] c" \00\00\00\00\00\00\00|\00\00\00\09\00\00\00" }>, align 8
@alloc_f1a66af8aef4849775a0a3b11b2510bd = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_2ee28c22f8b5711def09bb6ffe1d2870, [16 x i8] c" \00\00\00\00\00\00\00o\00\00\00$\00\00\00" }>, align 8
@alloc_6f910f14f139223180d88573ea6541ba = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_2ee28c22f8b5711def09bb6ffe1d2870, [16 x i8] c" \00\00\00\00\00\00\00d\00\00\00\09\00\00\00" }>, align 8
@alloc_8f4b66449016ea608cdbe87889be9611 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_2ee28c22f8b5711def09bb6ffe1d2870, [16 x i8] c" \00\00\00\00\00\00\00[\00\00\00\09\00\00\00" }>, align 8
@alloc_7c2eb827a4ab4dbd1acd781c559f98c5 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_2ee28c22f8b5711def09bb6ffe1d2870, [16 x i8] c" \00\00\00\00\00\00\00\14\00\00\00\12\00\00\00" }>, align 8
@alloc_6a082a5fbeef1f3585f1c6df6c4fd5e3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_2ee28c22f8b5711def09bb6ffe1d2870, [16 x i8] c" \00\00\00\00\00\00\00\17\00\00\00\12\00\00\00" }>, align 8
@_ZN11loop_bodies6SHARED17hed38fa89b2656185E = global [8 x i8] zeroinitializer, align 8
@alloc_59149eeb649f39d9180425e3764054a3 = private unnamed_addr constant [79 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs\00", align 1
@alloc_8a7813f1a038cd71090e4a0dcbf8eae3 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_59149eeb649f39d9180425e3764054a3, [16 x i8] c"N\00\00\00\00\00\00\00\B2\01\00\00\01\00\00\00" }>, align 8
@alloc_3e1ebac14318b612ab4efabc52799932 = private unnamed_addr constant [186 x i8] c"unsafe precondition(s) violated: usize::unchecked_add cannot overflow\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1

; loop_bodies::wait_black_box
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_black_box17hfe368fb6e4de3bfeE(ptr align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call loop_bodies::Flag::get
  %_3 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
; call core::hint::black_box
  call void @_ZN4core4hint9black_box17h43fad694634364e7E() #10
  br label %bb1
}

; loop_bodies::wait_spin_loop
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_spin_loop17h9cc4f1c87ce75065E(ptr align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call loop_bodies::Flag::get
  %_3 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1
}

; loop_bodies::wait_yield_now
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_yield_now17hd34ffd2e0a5099daE(ptr align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call loop_bodies::Flag::get
  %_3 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
; call std::thread::functions::yield_now
  call void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now()
  br label %bb1
}

; loop_bodies::wait_local_call
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN11loop_bodies15wait_local_call17h9c0d181b0e1de896E(ptr align 8 %f) unnamed_addr #0 {
start:
  %h = alloca [8 x i8], align 8
  store i64 1, ptr %h, align 8
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call loop_bodies::Flag::get
  %_4 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_3 = icmp eq i64 %_4, 0
  br i1 %_3, label %bb3, label %bb5

bb5:                                              ; preds = %bb1
  %_0 = load i64, ptr %h, align 8
  ret i64 %_0

bb3:                                              ; preds = %bb1
  %_6 = load i64, ptr %h, align 8
; call loop_bodies::mix
  %_5 = call i64 @_ZN11loop_bodies3mix17hc08a59c1b91d17f0E(i64 %_6) #11
  store i64 %_5, ptr %h, align 8
  br label %bb1
}

; loop_bodies::wait_extern_call
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies16wait_extern_call17hf4d24350c318a777E(ptr align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call loop_bodies::Flag::get
  %_4 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_3 = icmp eq i64 %_4, 0
  br i1 %_3, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
  call void @irscope_external_tick() #5
  br label %bb1
}

; loop_bodies::nested_inner_poll
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN11loop_bodies17nested_inner_poll17hcfe084a9dc26d5c4E(ptr align 8 %done, ptr align 8 %step) unnamed_addr #0 {
start:
  %rounds = alloca [8 x i8], align 8
  store i64 0, ptr %rounds, align 8
  br label %bb1

bb1:                                              ; preds = %bb6, %start
; call loop_bodies::Flag::get
  %_5 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %done)
  %_4 = icmp eq i64 %_5, 0
  br i1 %_4, label %bb3, label %bb7

bb7:                                              ; preds = %bb1
  %_0 = load i64, ptr %rounds, align 8
  ret i64 %_0

bb3:                                              ; preds = %bb3, %bb1
; call loop_bodies::Flag::get
  %_7 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %step)
  %_6 = icmp eq i64 %_7, 0
  br i1 %_6, label %bb3, label %bb5

bb5:                                              ; preds = %bb3
  %0 = load i64, ptr %rounds, align 8
  %_8.0 = add i64 %0, 1
  %_8.1 = icmp ult i64 %_8.0, %0
  br i1 %_8.1, label %panic, label %bb6

bb6:                                              ; preds = %bb5
  store i64 %_8.0, ptr %rounds, align 8
  br label %bb1

panic:                                            ; preds = %bb5
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_2eb2b474832ef88f0172544d10511235) #12
  unreachable
}

; loop_bodies::nested_outer_poll
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN11loop_bodies17nested_outer_poll17hb1fd2c294aa02647E(ptr align 8 %f, i64 %n) unnamed_addr #0 {
start:
  %_9 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %acc = alloca [8 x i8], align 8
  store i64 0, ptr %acc, align 8
  br label %bb1

bb1:                                              ; preds = %bb5, %start
; call loop_bodies::Flag::get
  %_5 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_4 = icmp eq i64 %_5, 0
  br i1 %_4, label %bb3, label %bb11

bb11:                                             ; preds = %bb1
  %_0 = load i64, ptr %acc, align 8
  ret i64 %_0

bb3:                                              ; preds = %bb1
; call <I as core::iter::traits::collect::IntoIterator>::into_iter
  %0 = call { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h1a1c66b5d67c69f5E"(i64 0, i64 %n) #10
  %_6.0 = extractvalue { i64, i64 } %0, 0
  %_6.1 = extractvalue { i64, i64 } %0, 1
  store i64 %_6.0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %iter, i64 8
  store i64 %_6.1, ptr %1, align 8
  br label %bb5

bb5:                                              ; preds = %bb9, %bb3
; call core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
  %2 = call { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hf6f7688f32a441e2E"(ptr align 8 %iter) #10
  %3 = extractvalue { i64, i64 } %2, 0
  %4 = extractvalue { i64, i64 } %2, 1
  store i64 %3, ptr %_9, align 8
  %5 = getelementptr inbounds i8, ptr %_9, i64 8
  store i64 %4, ptr %5, align 8
  %_11 = load i64, ptr %_9, align 8
  %6 = getelementptr inbounds i8, ptr %_9, i64 8
  %7 = load i64, ptr %6, align 8
  %8 = trunc nuw i64 %_11 to i1
  br i1 %8, label %bb8, label %bb1

bb8:                                              ; preds = %bb5
  %9 = getelementptr inbounds i8, ptr %_9, i64 8
  %i = load i64, ptr %9, align 8
  %_14 = load i64, ptr %acc, align 8
  %10 = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %i, i64 %i)
  %_16.0 = extractvalue { i64, i1 } %10, 0
  %_16.1 = extractvalue { i64, i1 } %10, 1
  br i1 %_16.1, label %panic, label %bb9

bb9:                                              ; preds = %bb8
  %_0.i = add i64 %_14, %_16.0
  store i64 %_0.i, ptr %acc, align 8
  br label %bb5

panic:                                            ; preds = %bb8
; call core::panicking::panic_const::panic_const_mul_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8 @alloc_f1a66af8aef4849775a0a3b11b2510bd) #12
  unreachable

bb7:                                              ; No predecessors!
  unreachable
}

; loop_bodies::wait_counting_mut
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies17wait_counting_mut17h0ee72bdd0e6bd4bdE(ptr align 8 %f, ptr align 8 %spins) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
; call loop_bodies::Flag::get
  %_4 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_3 = icmp eq i64 %_4, 0
  br i1 %_3, label %bb3, label %bb5

bb5:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
  %0 = load i64, ptr %spins, align 8
  %_5.0 = add i64 %0, 1
  %_5.1 = icmp ult i64 %_5.0, %0
  br i1 %_5.1, label %panic, label %bb4

bb4:                                              ; preds = %bb3
  store i64 %_5.0, ptr %spins, align 8
  br label %bb1

panic:                                            ; preds = %bb3
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_6f910f14f139223180d88573ea6541ba) #12
  unreachable
}

; loop_bodies::wait_counting_raw
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies17wait_counting_raw17hfb0fc94618254f4aE(ptr align 8 %f, ptr %spins) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb9, %start
; call loop_bodies::Flag::get
  %_4 = call i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %f)
  %_3 = icmp eq i64 %_4, 0
  br i1 %_3, label %bb3, label %bb5

bb5:                                              ; preds = %bb1
  ret void

bb3:                                              ; preds = %bb1
  %_12 = ptrtoint ptr %spins to i64
  %_14 = and i64 %_12, 7
  %_15 = icmp eq i64 %_14, 0
  br i1 %_15, label %bb7, label %panic

bb7:                                              ; preds = %bb3
  %_17 = ptrtoint ptr %spins to i64
  %_19 = icmp eq i64 %_17, 0
  %_20 = and i1 %_19, true
  %_21 = xor i1 %_20, true
  br i1 %_21, label %bb8, label %panic1

panic:                                            ; preds = %bb3
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_12, ptr align 8 @alloc_8f4b66449016ea608cdbe87889be9611) #13
  unreachable

bb8:                                              ; preds = %bb7
  %0 = load i64, ptr %spins, align 8
  %_5.0 = add i64 %0, 1
  %_5.1 = icmp ult i64 %_5.0, %0
  br i1 %_5.1, label %panic2, label %bb4

panic1:                                           ; preds = %bb7
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_8f4b66449016ea608cdbe87889be9611) #13
  unreachable

bb4:                                              ; preds = %bb8
  %_7 = ptrtoint ptr %spins to i64
  %_9 = and i64 %_7, 7
  %_10 = icmp eq i64 %_9, 0
  br i1 %_10, label %bb6, label %panic3

panic2:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_8f4b66449016ea608cdbe87889be9611) #12
  unreachable

bb6:                                              ; preds = %bb4
  %_23 = ptrtoint ptr %spins to i64
  %_25 = icmp eq i64 %_23, 0
  %_26 = and i1 %_25, true
  %_27 = xor i1 %_26, true
  br i1 %_27, label %bb9, label %panic4

panic3:                                           ; preds = %bb4
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_7, ptr align 8 @alloc_8f4b66449016ea608cdbe87889be9611) #13
  unreachable

bb9:                                              ; preds = %bb6
  store i64 %_5.0, ptr %spins, align 8
  br label %bb1

panic4:                                           ; preds = %bb6
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_8f4b66449016ea608cdbe87889be9611) #13
  unreachable
}

; loop_bodies::mix
; Function Attrs: noinline nonlazybind uwtable
define internal i64 @_ZN11loop_bodies3mix17hc08a59c1b91d17f0E(i64 %x) unnamed_addr #0 {
start:
  %_0.i1 = mul i64 %x, -7046029254386353131
; call core::intrinsics::rotate_left
  %_0.i = call i64 @_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE(i64 %_0.i1, i32 7) #5
  ret i64 %_0.i
}

; loop_bodies::Flag::get
; Function Attrs: nonlazybind uwtable
define i64 @_ZN11loop_bodies4Flag3get17hd35180625a04abbfE(ptr align 8 %self) unnamed_addr #1 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_5, ptr align 8 @alloc_7c2eb827a4ab4dbd1acd781c559f98c5) #13
  unreachable

bb3:                                              ; preds = %bb2
  %_0 = load i64, ptr %self, align 8
  ret i64 %_0

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_7c2eb827a4ab4dbd1acd781c559f98c5) #13
  unreachable
}

; loop_bodies::Flag::new
; Function Attrs: nonlazybind uwtable
define i64 @_ZN11loop_bodies4Flag3new17ha6b43b324d3c1495E(i64 %v) unnamed_addr #1 {
start:
  ret i64 %v
}

; loop_bodies::Flag::set
; Function Attrs: nonlazybind uwtable
define void @_ZN11loop_bodies4Flag3set17h75e4514395ad90d3E(ptr align 8 %self, i64 %v) unnamed_addr #1 {
start:
  %_6 = ptrtoint ptr %self to i64
  %_8 = and i64 %_6, 7
  %_9 = icmp eq i64 %_8, 0
  br i1 %_9, label %bb2, label %panic

bb2:                                              ; preds = %start
  %_11 = ptrtoint ptr %self to i64
  %_13 = icmp eq i64 %_11, 0
  %_14 = and i1 %_13, true
  %_15 = xor i1 %_14, true
  br i1 %_15, label %bb3, label %panic1

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_6, ptr align 8 @alloc_6a082a5fbeef1f3585f1c6df6c4fd5e3) #13
  unreachable

bb3:                                              ; preds = %bb2
  store i64 %v, ptr %self, align 8
  ret void

panic1:                                           ; preds = %bb2
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_6a082a5fbeef1f3585f1c6df6c4fd5e3) #13
  unreachable
}

; loop_bodies::raise
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies5raise17h58fc6af23f46e1cfE() unnamed_addr #0 {
start:
; call loop_bodies::Flag::set
  call void @_ZN11loop_bodies4Flag3set17h75e4514395ad90d3E(ptr align 8 @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, i64 1)
  ret void
}

; <usize as core::iter::range::Step>::forward_unchecked
; Function Attrs: inlinehint nonlazybind uwtable
define internal i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17heae91ed5f4f5c561E"(i64 %start1, i64 %n) unnamed_addr #2 {
start:
  br label %bb1

bb1:                                              ; preds = %start
; call core::num::<impl usize>::unchecked_add::precondition_check
  call void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h2694d724791339cbE"(i64 %start1, i64 %n, ptr align 8 @alloc_8a7813f1a038cd71090e4a0dcbf8eae3) #14
  br label %bb2

bb2:                                              ; preds = %bb1
  %_0 = add nuw i64 %start1, %n
  ret i64 %_0
}

; core::intrinsics::rotate_left
; Function Attrs: nounwind nonlazybind uwtable
define i64 @_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE(i64 %x, i32 %shift) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %_3 = urem i32 %shift, 64
  %1 = zext i32 %_3 to i64
  %2 = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 %1)
  store i64 %2, ptr %0, align 8
  %_0 = load i64, ptr %0, align 8
  ret i64 %_0
}

; core::num::<impl usize>::unchecked_add::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @"_ZN4core3num23_$LT$impl$u20$usize$GT$13unchecked_add18precondition_check17h2694d724791339cbE"(i64 %lhs, i64 %rhs, ptr align 8 %0) unnamed_addr #4 {
start:
  %_7.0 = add i64 %lhs, %rhs
  %_7.1 = icmp ult i64 %_7.0, %lhs
  br i1 %_7.1, label %bb1, label %bb2

bb2:                                              ; preds = %start
  ret void

bb1:                                              ; preds = %start
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_3e1ebac14318b612ab4efabc52799932, ptr inttoptr (i64 373 to ptr), i1 zeroext false, ptr align 8 %0) #13
  unreachable
}

; core::hint::black_box
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4hint9black_box17h43fad694634364e7E() unnamed_addr #2 {
start:
  call void asm sideeffect "", "~{memory}"(), !srcloc !3
  ret void
}

; core::iter::range::<impl core::iter::traits::iterator::Iterator for core::ops::range::Range<A>>::next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hf6f7688f32a441e2E"(ptr align 8 %self) unnamed_addr #2 {
start:
; call <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
  %0 = call { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h5624b380452fd093E"(ptr align 8 %self) #10
  %_0.0 = extractvalue { i64, i64 } %0, 0
  %_0.1 = extractvalue { i64, i64 } %0, 1
  %1 = insertvalue { i64, i64 } poison, i64 %_0.0, 0
  %2 = insertvalue { i64, i64 } %1, i64 %_0.1, 1
  ret { i64, i64 } %2
}

; <I as core::iter::traits::collect::IntoIterator>::into_iter
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h1a1c66b5d67c69f5E"(i64 %self.0, i64 %self.1) unnamed_addr #2 {
start:
  %0 = insertvalue { i64, i64 } poison, i64 %self.0, 0
  %1 = insertvalue { i64, i64 } %0, i64 %self.1, 1
  ret { i64, i64 } %1
}

; <core::ops::range::Range<T> as core::iter::range::RangeIteratorImpl>::spec_next
; Function Attrs: inlinehint nonlazybind uwtable
define { i64, i64 } @"_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h5624b380452fd093E"(ptr align 8 %self) unnamed_addr #2 {
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
  %_6 = call i64 @"_ZN49_$LT$usize$u20$as$u20$core..iter..range..Step$GT$17forward_unchecked17heae91ed5f4f5c561E"(i64 %old, i64 1) #10
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

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #5

; std::thread::functions::yield_now
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now() unnamed_addr #1

; Function Attrs: nounwind nonlazybind uwtable
declare void @irscope_external_tick() unnamed_addr #3

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #7

; core::panicking::panic_const::panic_const_mul_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_mul_overflow(ptr align 8) unnamed_addr #6

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #8

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #8

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #7

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #9

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind }
attributes #6 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { inlinehint }
attributes #11 = { noinline }
attributes #12 = { noinline noreturn }
attributes #13 = { noinline noreturn nounwind }
attributes #14 = { inlinehint nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i64 4151614173527996}
