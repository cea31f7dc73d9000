; ModuleID = 'publish.823e05c2ecf19a11-cgu.0'
source_filename = "publish.823e05c2ecf19a11-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_bf39103a6db665396aab4632362d9353 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@alloc_a574beff59ab58cf5ed2d6bc163e2302 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00&\0F\00\00\18\00\00\00" }>, align 8
@alloc_00c0bce0fa6327f8ec8e69d6d765d508 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@alloc_aec0388915b72a4f610ad656c35be884 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00'\0F\00\00\17\00\00\00" }>, align 8
@alloc_929e9b2e7b7429614ca4fc017efff666 = private unnamed_addr constant [41 x i8] c"there is no such thing as a relaxed fence", align 1
@alloc_ea5b21d5fc560c6358071a0315535da4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\19\11\00\00\18\00\00\00" }>, align 8
@_ZN7publish7MAILBOX17h5dbdcce5be4bbbbaE = global <{ [33 x i8], [7 x i8] }> <{ [33 x i8] zeroinitializer, [7 x i8] undef }>, align 8
@alloc_291b304c00dbf293f632c21085d238f0 = private unnamed_addr constant [29 x i8] c"testdata/rust/src/publish.rs\00", align 1
@alloc_57e705cedddb7cdbe6618d670cc48dfb = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\00,\00\00\00\1A\00\00\00" }>, align 8
@alloc_091312442117ab29fd3db5cbf53b7691 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\00-\00\00\00\09\00\00\00" }>, align 8
@alloc_8d9867539fa94d8f1fd9f099d1e123be = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\00!\00\00\00\1A\00\00\00" }>, align 8
@alloc_3b4f0e5e6d89d8e75210fe8bcbb4923d = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\00\22\00\00\00\09\00\00\00" }>, align 8
@alloc_982298526006ddca7ff1d52665e89f1f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\008\00\00\00\1A\00\00\00" }>, align 8
@alloc_a0119b8f4e3f6e24d425d49bb760a47a = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\009\00\00\00\09\00\00\00" }>, align 8
@alloc_a30e18f500208010288528b02e6eaf4b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_291b304c00dbf293f632c21085d238f0, [16 x i8] c"\1C\00\00\00\00\00\00\00\16\00\00\00\12\00\00\00" }>, align 8

; core::sync::atomic::AtomicBool::new
; Function Attrs: inlinehint nonlazybind uwtable
define internal i8 @_ZN4core4sync6atomic10AtomicBool3new17h78d2a8e74cd64b6dE(i1 zeroext %v) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i1 %v to i8
  store i8 %_3, ptr %_0, align 1
  %0 = load i8, ptr %_0, align 1
  ret i8 %0
}

; core::sync::atomic::AtomicBool::load
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h688622cc00108afaE(ptr align 1 %self, i8 %order) unnamed_addr #0 {
start:
; call core::sync::atomic::atomic_load
  %_3 = call i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr %self, i8 %order) #8
  %_0 = icmp ne i8 %_3, 0
  ret i1 %_0
}

; core::sync::atomic::AtomicBool::store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic10AtomicBool5store17hc3e2de9547f5b841E(ptr align 1 %self, i1 zeroext %val, i8 %order) unnamed_addr #0 {
start:
  %_7 = zext i1 %val to i8
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E(ptr %self, i8 %_7, i8 %order) #8
  ret void
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr %dst, i8 %order) unnamed_addr #0 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr inttoptr (i64 81 to ptr), ptr align 8 @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #9
  unreachable

bb5:                                              ; preds = %start
  %1 = load atomic i8, ptr %dst acquire, align 1
  store i8 %1, ptr %_0, align 1
  br label %bb7

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr inttoptr (i64 99 to ptr), ptr align 8 @alloc_738c866d826467e54726b360a2118a62) #9
  unreachable

bb4:                                              ; preds = %start
  %2 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %2, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %3 = load i8, ptr %_0, align 1
  ret i8 %3
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E(ptr %dst, i8 %val, i8 %order) unnamed_addr #0 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_bf39103a6db665396aab4632362d9353, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_a574beff59ab58cf5ed2d6bc163e2302) #9
  unreachable

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr inttoptr (i64 101 to ptr), ptr align 8 @alloc_aec0388915b72a4f610ad656c35be884) #9
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::sync::atomic::fence
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic5fence17h989e6a9fa313ebdfE(i8 %order) unnamed_addr #0 {
start:
  %_2 = zext i8 %order to i64
  switch i64 %_2, label %bb1 [
    i64 0, label %bb2
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ]

bb1:                                              ; preds = %start
  unreachable

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_929e9b2e7b7429614ca4fc017efff666, ptr inttoptr (i64 83 to ptr), ptr align 8 @alloc_ea5b21d5fc560c6358071a0315535da4) #9
  unreachable

bb5:                                              ; preds = %start
  fence release
  br label %bb7

bb6:                                              ; preds = %start
  fence acquire
  br label %bb7

bb4:                                              ; preds = %start
  fence acq_rel
  br label %bb7

bb3:                                              ; preds = %start
  fence seq_cst
  br label %bb7

bb7:                                              ; preds = %bb3, %bb4, %bb6, %bb5
  ret void
}

; publish::Mailbox::consume_acquire
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E(ptr align 8 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_3 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::AtomicBool::load
  %_2 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h688622cc00108afaE(ptr align 1 %_3, i8 2) #8
  br i1 %_2, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb3:                                              ; preds = %bb1
  %_27 = ptrtoint ptr %self to i64
  %_29 = and i64 %_27, 7
  %_30 = icmp eq i64 %_29, 0
  br i1 %_30, label %bb13, label %panic

bb13:                                             ; preds = %bb3
  %_32 = ptrtoint ptr %self to i64
  %_33 = icmp eq i64 %_32, 0
  %_34 = and i1 %_33, true
  %_35 = xor i1 %_34, true
  br i1 %_35, label %bb14, label %panic1

panic:                                            ; preds = %bb3
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_27, ptr align 8 @alloc_57e705cedddb7cdbe6618d670cc48dfb) #10
  unreachable

bb14:                                             ; preds = %bb13
  %0 = getelementptr inbounds nuw i64, ptr %self, i64 0
  %_11 = load i64, ptr %0, align 8
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %_14 = load i64, ptr %1, align 8
  %_17.0 = add i64 %_11, %_14
  %_17.1 = icmp ult i64 %_17.0, %_11
  br i1 %_17.1, label %panic2, label %bb8

panic1:                                           ; preds = %bb13
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_57e705cedddb7cdbe6618d670cc48dfb) #10
  unreachable

bb8:                                              ; preds = %bb14
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 2
  %_18 = load i64, ptr %2, align 8
  %_21.0 = add i64 %_17.0, %_18
  %_21.1 = icmp ult i64 %_21.0, %_17.0
  br i1 %_21.1, label %panic3, label %bb10

panic2:                                           ; preds = %bb14
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_091312442117ab29fd3db5cbf53b7691) #9
  unreachable

bb10:                                             ; preds = %bb8
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 3
  %_22 = load i64, ptr %3, align 8
  %_25.0 = add i64 %_21.0, %_22
  %_25.1 = icmp ult i64 %_25.0, %_21.0
  br i1 %_25.1, label %panic4, label %bb12

panic3:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_091312442117ab29fd3db5cbf53b7691) #9
  unreachable

bb12:                                             ; preds = %bb10
  ret i64 %_25.0

panic4:                                           ; preds = %bb10
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_091312442117ab29fd3db5cbf53b7691) #9
  unreachable
}

; publish::Mailbox::consume_relaxed
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E(ptr align 8 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_3 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::AtomicBool::load
  %_2 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h688622cc00108afaE(ptr align 1 %_3, i8 0) #8
  br i1 %_2, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb3:                                              ; preds = %bb1
  %_27 = ptrtoint ptr %self to i64
  %_29 = and i64 %_27, 7
  %_30 = icmp eq i64 %_29, 0
  br i1 %_30, label %bb13, label %panic

bb13:                                             ; preds = %bb3
  %_32 = ptrtoint ptr %self to i64
  %_33 = icmp eq i64 %_32, 0
  %_34 = and i1 %_33, true
  %_35 = xor i1 %_34, true
  br i1 %_35, label %bb14, label %panic1

panic:                                            ; preds = %bb3
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_27, ptr align 8 @alloc_8d9867539fa94d8f1fd9f099d1e123be) #10
  unreachable

bb14:                                             ; preds = %bb13
  %0 = getelementptr inbounds nuw i64, ptr %self, i64 0
  %_11 = load i64, ptr %0, align 8
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %_14 = load i64, ptr %1, align 8
  %_17.0 = add i64 %_11, %_14
  %_17.1 = icmp ult i64 %_17.0, %_11
  br i1 %_17.1, label %panic2, label %bb8

panic1:                                           ; preds = %bb13
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_8d9867539fa94d8f1fd9f099d1e123be) #10
  unreachable

bb8:                                              ; preds = %bb14
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 2
  %_18 = load i64, ptr %2, align 8
  %_21.0 = add i64 %_17.0, %_18
  %_21.1 = icmp ult i64 %_21.0, %_17.0
  br i1 %_21.1, label %panic3, label %bb10

panic2:                                           ; preds = %bb14
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_3b4f0e5e6d89d8e75210fe8bcbb4923d) #9
  unreachable

bb10:                                             ; preds = %bb8
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 3
  %_22 = load i64, ptr %3, align 8
  %_25.0 = add i64 %_21.0, %_22
  %_25.1 = icmp ult i64 %_25.0, %_21.0
  br i1 %_25.1, label %panic4, label %bb12

panic3:                                           ; preds = %bb8
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_3b4f0e5e6d89d8e75210fe8bcbb4923d) #9
  unreachable

bb12:                                             ; preds = %bb10
  ret i64 %_25.0

panic4:                                           ; preds = %bb10
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_3b4f0e5e6d89d8e75210fe8bcbb4923d) #9
  unreachable
}

; publish::Mailbox::consume_relaxed_fence
; Function Attrs: noinline nonlazybind uwtable
define i64 @_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E(ptr align 8 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_3 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::AtomicBool::load
  %_2 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17h688622cc00108afaE(ptr align 1 %_3, i8 0) #8
  br i1 %_2, label %bb3, label %bb4

bb4:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb3:                                              ; preds = %bb1
; call core::sync::atomic::fence
  call void @_ZN4core4sync6atomic5fence17h989e6a9fa313ebdfE(i8 2) #8
  %_29 = ptrtoint ptr %self to i64
  %_31 = and i64 %_29, 7
  %_32 = icmp eq i64 %_31, 0
  br i1 %_32, label %bb14, label %panic

bb14:                                             ; preds = %bb3
  %_34 = ptrtoint ptr %self to i64
  %_35 = icmp eq i64 %_34, 0
  %_36 = and i1 %_35, true
  %_37 = xor i1 %_36, true
  br i1 %_37, label %bb15, label %panic1

panic:                                            ; preds = %bb3
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_29, ptr align 8 @alloc_982298526006ddca7ff1d52665e89f1f) #10
  unreachable

bb15:                                             ; preds = %bb14
  %0 = getelementptr inbounds nuw i64, ptr %self, i64 0
  %_13 = load i64, ptr %0, align 8
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %_16 = load i64, ptr %1, align 8
  %_19.0 = add i64 %_13, %_16
  %_19.1 = icmp ult i64 %_19.0, %_13
  br i1 %_19.1, label %panic2, label %bb9

panic1:                                           ; preds = %bb14
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_982298526006ddca7ff1d52665e89f1f) #10
  unreachable

bb9:                                              ; preds = %bb15
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 2
  %_20 = load i64, ptr %2, align 8
  %_23.0 = add i64 %_19.0, %_20
  %_23.1 = icmp ult i64 %_23.0, %_19.0
  br i1 %_23.1, label %panic3, label %bb11

panic2:                                           ; preds = %bb15
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a0119b8f4e3f6e24d425d49bb760a47a) #9
  unreachable

bb11:                                             ; preds = %bb9
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 3
  %_24 = load i64, ptr %3, align 8
  %_27.0 = add i64 %_23.0, %_24
  %_27.1 = icmp ult i64 %_27.0, %_23.0
  br i1 %_27.1, label %panic4, label %bb13

panic3:                                           ; preds = %bb9
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a0119b8f4e3f6e24d425d49bb760a47a) #9
  unreachable

bb13:                                             ; preds = %bb11
  ret i64 %_27.0

panic4:                                           ; preds = %bb11
; call core::panicking::panic_const::panic_const_add_overflow
  call void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8 @alloc_a0119b8f4e3f6e24d425d49bb760a47a) #9
  unreachable
}

; publish::Mailbox::new
; Function Attrs: nonlazybind uwtable
define void @_ZN7publish7Mailbox3new17h89506ae94f22ed71E(ptr sret([40 x i8]) align 8 %_0) unnamed_addr #2 {
start:
  %0 = alloca [1 x i8], align 1
  %_3 = alloca [32 x i8], align 8
  %_2 = alloca [32 x i8], align 8
  %_1 = alloca [1 x i8], align 1
; call core::sync::atomic::AtomicBool::new
  %1 = call i8 @_ZN4core4sync6atomic10AtomicBool3new17h78d2a8e74cd64b6dE(i1 zeroext false) #8
  store i8 %1, ptr %0, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_1, ptr align 1 %0, i64 1, i1 false)
  call void @llvm.memset.p0.i64(ptr align 8 %_3, i8 0, i64 32, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_2, ptr align 8 %_3, i64 32, i1 false)
  %2 = getelementptr inbounds i8, ptr %_0, i64 32
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 1 %_1, i64 1, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_2, i64 32, i1 false)
  ret void
}

; publish::Mailbox::publish
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E(ptr align 8 %self, ptr align 8 %v) unnamed_addr #1 {
start:
  %_9 = ptrtoint ptr %self to i64
  %_11 = and i64 %_9, 7
  %_12 = icmp eq i64 %_11, 0
  br i1 %_12, label %bb3, label %panic

bb3:                                              ; preds = %start
  %_14 = ptrtoint ptr %self to i64
  %_16 = icmp eq i64 %_14, 0
  %_17 = and i1 %_16, true
  %_18 = xor i1 %_17, true
  br i1 %_18, label %bb4, label %panic1

panic:                                            ; preds = %start
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_9, ptr align 8 @alloc_a30e18f500208010288528b02e6eaf4b) #10
  unreachable

bb4:                                              ; preds = %bb3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self, ptr align 8 %v, i64 32, i1 false)
  %_6 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::AtomicBool::store
  call void @_ZN4core4sync6atomic10AtomicBool5store17hc3e2de9547f5b841E(ptr align 1 %_6, i1 zeroext true, i8 1) #8
  ret void

panic1:                                           ; preds = %bb3
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_a30e18f500208010288528b02e6eaf4b) #10
  unreachable
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #5

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #6

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #6

; core::panicking::panic_const::panic_const_add_overflow
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtNtCsgEmfK2I1SDS_4core9panicking11panic_const24panic_const_add_overflow(ptr align 8) unnamed_addr #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { inlinehint }
attributes #9 = { noinline noreturn }
attributes #10 = { noinline noreturn nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
