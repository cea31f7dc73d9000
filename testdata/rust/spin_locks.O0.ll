; ModuleID = 'spin_locks.5d6486d550a0c547-cgu.0'
source_filename = "spin_locks.5d6486d550a0c547-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN10spin_locks10PLAIN_LOCK17h490cadecfb33ba5dE = global [1 x i8] zeroinitializer, align 1
@_ZN10spin_locks11ATOMIC_LOCK17hacf2caae461ace7eE = global [1 x i8] zeroinitializer, align 1
@alloc_94c3a2a3b53e4dd42858dbca0b774dad = private unnamed_addr constant [32 x i8] c"testdata/rust/src/spin_locks.rs\00", align 1
@alloc_35136135b42e16a5f203d00d35aec1fe = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94c3a2a3b53e4dd42858dbca0b774dad, [16 x i8] c"\1F\00\00\00\00\00\00\00\17\00\00\00\13\00\00\00" }>, align 8
@alloc_147f163ac94196f2d34fd3afa817dc4c = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94c3a2a3b53e4dd42858dbca0b774dad, [16 x i8] c"\1F\00\00\00\00\00\00\00\18\00\00\00\0D\00\00\00" }>, align 8
@alloc_d7149ac56c486407f6965a3fd0d1084e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_94c3a2a3b53e4dd42858dbca0b774dad, [16 x i8] c"\1F\00\00\00\00\00\00\00\1E\00\00\00\12\00\00\00" }>, align 8
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
@alloc_1dbbdb33ce56ab0f629d5d081745ad16 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\EC\0F\00\00\1D\00\00\00" }>, align 8
@alloc_7adef5546d83b439c7829602020737c6 = private unnamed_addr constant [61 x i8] c"there is no such thing as an acquire-release failure ordering", align 1
@alloc_11a7b6bb3417a8fba26ae9c100d23a1b = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\EB\0F\00\00\1C\00\00\00" }>, align 8

; spin_locks::PlainSpinLock::new
; Function Attrs: nonlazybind uwtable
define i8 @_ZN10spin_locks13PlainSpinLock3new17h2446930da8d75b6eE() unnamed_addr #0 {
start:
  ret i8 0
}

; spin_locks::PlainSpinLock::lock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE(ptr align 1 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb6, %start
  %_14 = ptrtoint ptr %self to i64
  %_16 = icmp eq i64 %_14, 0
  %_17 = and i1 %_16, true
  %_18 = xor i1 %_17, true
  br i1 %_18, label %bb6, label %panic

bb6:                                              ; preds = %bb1
  %0 = load i8, ptr %self, align 1
  %_2 = trunc nuw i8 %0 to i1
  br i1 %_2, label %bb1, label %bb3

panic:                                            ; preds = %bb1
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_35136135b42e16a5f203d00d35aec1fe) #7
  unreachable

bb3:                                              ; preds = %bb6
  %_8 = ptrtoint ptr %self to i64
  %_10 = icmp eq i64 %_8, 0
  %_11 = and i1 %_10, true
  %_12 = xor i1 %_11, true
  br i1 %_12, label %bb5, label %panic1

bb5:                                              ; preds = %bb3
  store i8 1, ptr %self, align 1
  ret void

panic1:                                           ; preds = %bb3
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_147f163ac94196f2d34fd3afa817dc4c) #7
  unreachable
}

; spin_locks::PlainSpinLock::unlock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E(ptr align 1 %self) unnamed_addr #1 {
start:
  %_5 = ptrtoint ptr %self to i64
  %_7 = icmp eq i64 %_5, 0
  %_8 = and i1 %_7, true
  %_9 = xor i1 %_8, true
  br i1 %_9, label %bb2, label %panic

bb2:                                              ; preds = %start
  store i8 0, ptr %self, align 1
  ret void

panic:                                            ; preds = %start
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_d7149ac56c486407f6965a3fd0d1084e) #7
  unreachable
}

; spin_locks::AtomicSpinLock::new
; Function Attrs: nonlazybind uwtable
define i8 @_ZN10spin_locks14AtomicSpinLock3new17h916081d19063b7aaE() unnamed_addr #0 {
start:
  %0 = alloca [1 x i8], align 1
  %_1 = alloca [1 x i8], align 1
  %_0 = alloca [1 x i8], align 1
; call core::sync::atomic::AtomicBool::new
  %1 = call i8 @_ZN4core4sync6atomic10AtomicBool3new17he8221f73f093c5faE(i1 zeroext false) #8
  store i8 %1, ptr %0, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_1, ptr align 1 %0, i64 1, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_0, ptr align 1 %_1, i64 1, i1 false)
  %2 = load i8, ptr %_0, align 1
  ret i8 %2
}

; spin_locks::AtomicSpinLock::lock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E(ptr align 1 %self) unnamed_addr #1 {
start:
  %_4 = alloca [2 x i8], align 1
  br label %bb1

bb1:                                              ; preds = %bb4, %start
; call core::sync::atomic::AtomicBool::compare_exchange_weak
  %0 = call { i1, i8 } @_ZN4core4sync6atomic10AtomicBool21compare_exchange_weak17h5e88e21c65c5e5a6E(ptr align 1 %self, i1 zeroext false, i1 zeroext true, i8 2, i8 0) #8
  %1 = extractvalue { i1, i8 } %0, 0
  %2 = extractvalue { i1, i8 } %0, 1
  %3 = zext i1 %1 to i8
  store i8 %3, ptr %_4, align 1
  %4 = getelementptr inbounds i8, ptr %_4, i64 1
  store i8 %2, ptr %4, align 1
; call core::result::Result<T,E>::is_err
  %_2 = call zeroext i1 @"_ZN4core6result19Result$LT$T$C$E$GT$6is_err17hb54c6a625348cd09E"(ptr align 1 %_4) #8
  br i1 %_2, label %bb4, label %bb7

bb7:                                              ; preds = %bb1
  ret void

bb4:                                              ; preds = %bb6, %bb1
; call core::sync::atomic::AtomicBool::load
  %_8 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17ha2dc43ef3312e4ccE(ptr align 1 %self, i8 0) #8
  br i1 %_8, label %bb6, label %bb1

bb6:                                              ; preds = %bb4
  call void @llvm.x86.sse2.pause()
  br label %bb4
}

; spin_locks::AtomicSpinLock::unlock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE(ptr align 1 %self) unnamed_addr #1 {
start:
; call core::sync::atomic::AtomicBool::store
  call void @_ZN4core4sync6atomic10AtomicBool5store17h4a89041907d7b033E(ptr align 1 %self, i1 zeroext false, i8 1) #8
  ret void
}

; spin_locks::AtomicSpinLock::lock_swap
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E(ptr align 1 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::sync::atomic::AtomicBool::swap
  %_2 = call zeroext i1 @_ZN4core4sync6atomic10AtomicBool4swap17hb986e0e98e29ddaaE(ptr align 1 %self, i1 zeroext true, i8 2) #8
  br i1 %_2, label %bb1, label %bb3

bb3:                                              ; preds = %bb1
  ret void
}

; core::sync::atomic::AtomicBool::compare_exchange_weak
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_ZN4core4sync6atomic10AtomicBool21compare_exchange_weak17h5e88e21c65c5e5a6E(ptr align 1 %self, i1 zeroext %current, i1 zeroext %new, i8 %success, i8 %failure) unnamed_addr #2 {
start:
  %_11 = alloca [2 x i8], align 1
  %_0 = alloca [2 x i8], align 1
  %_14 = zext i1 %current to i8
  %_15 = zext i1 %new to i8
; call core::sync::atomic::atomic_compare_exchange_weak
  %0 = call { i1, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E(ptr %self, i8 %_14, i8 %_15, i8 %success, i8 %failure) #8
  %1 = extractvalue { i1, i8 } %0, 0
  %2 = extractvalue { i1, i8 } %0, 1
  %3 = zext i1 %1 to i8
  store i8 %3, ptr %_11, align 1
  %4 = getelementptr inbounds i8, ptr %_11, i64 1
  store i8 %2, ptr %4, align 1
  %5 = load i8, ptr %_11, align 1
  %6 = trunc nuw i8 %5 to i1
  %7 = getelementptr inbounds i8, ptr %_11, i64 1
  %8 = load i8, ptr %7, align 1
  %_16 = zext i1 %6 to i64
  %9 = trunc nuw i64 %_16 to i1
  br i1 %9, label %bb3, label %bb4

bb3:                                              ; preds = %start
  %10 = getelementptr inbounds i8, ptr %_11, i64 1
  %x1 = load i8, ptr %10, align 1
  %_20 = icmp ne i8 %x1, 0
  %11 = getelementptr inbounds i8, ptr %_0, i64 1
  %12 = zext i1 %_20 to i8
  store i8 %12, ptr %11, align 1
  store i8 1, ptr %_0, align 1
  br label %bb5

bb4:                                              ; preds = %start
  %13 = getelementptr inbounds i8, ptr %_11, i64 1
  %x = load i8, ptr %13, align 1
  %_18 = icmp ne i8 %x, 0
  %14 = getelementptr inbounds i8, ptr %_0, i64 1
  %15 = zext i1 %_18 to i8
  store i8 %15, ptr %14, align 1
  store i8 0, ptr %_0, align 1
  br label %bb5

bb5:                                              ; preds = %bb3, %bb4
  %16 = load i8, ptr %_0, align 1
  %17 = trunc nuw i8 %16 to i1
  %18 = getelementptr inbounds i8, ptr %_0, i64 1
  %19 = load i8, ptr %18, align 1
  %20 = insertvalue { i1, i8 } poison, i1 %17, 0
  %21 = insertvalue { i1, i8 } %20, i8 %19, 1
  ret { i1, i8 } %21

bb2:                                              ; No predecessors!
  unreachable
}

; core::sync::atomic::AtomicBool::new
; Function Attrs: inlinehint nonlazybind uwtable
define internal i8 @_ZN4core4sync6atomic10AtomicBool3new17he8221f73f093c5faE(i1 zeroext %v) unnamed_addr #2 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i1 %v to i8
  store i8 %_3, ptr %_0, align 1
  %0 = load i8, ptr %_0, align 1
  ret i8 %0
}

; core::sync::atomic::AtomicBool::load
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_ZN4core4sync6atomic10AtomicBool4load17ha2dc43ef3312e4ccE(ptr align 1 %self, i8 %order) unnamed_addr #2 {
start:
; call core::sync::atomic::atomic_load
  %_3 = call i8 @_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E(ptr %self, i8 %order) #8
  %_0 = icmp ne i8 %_3, 0
  ret i1 %_0
}

; core::sync::atomic::AtomicBool::swap
; Function Attrs: inlinehint nonlazybind uwtable
define internal zeroext i1 @_ZN4core4sync6atomic10AtomicBool4swap17hb986e0e98e29ddaaE(ptr align 1 %self, i1 zeroext %val, i8 %order) unnamed_addr #2 {
start:
  %_8 = alloca [1 x i8], align 1
  %val1 = zext i1 %val to i8
  %_19 = zext i8 %order to i64
  switch i64 %_19, label %bb1 [
    i64 0, label %bb7
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ]

bb1:                                              ; preds = %start
  unreachable

bb7:                                              ; preds = %start
  %0 = atomicrmw xchg ptr %self, i8 %val1 monotonic, align 1
  store i8 %0, ptr %_8, align 1
  br label %bb2

bb5:                                              ; preds = %start
  %1 = atomicrmw xchg ptr %self, i8 %val1 release, align 1
  store i8 %1, ptr %_8, align 1
  br label %bb2

bb6:                                              ; preds = %start
  %2 = atomicrmw xchg ptr %self, i8 %val1 acquire, align 1
  store i8 %2, ptr %_8, align 1
  br label %bb2

bb4:                                              ; preds = %start
  %3 = atomicrmw xchg ptr %self, i8 %val1 acq_rel, align 1
  store i8 %3, ptr %_8, align 1
  br label %bb2

bb3:                                              ; preds = %start
  %4 = atomicrmw xchg ptr %self, i8 %val1 seq_cst, align 1
  store i8 %4, ptr %_8, align 1
  br label %bb2

bb2:                                              ; preds = %bb3, %bb4, %bb6, %bb5, %bb7
  %5 = load i8, ptr %_8, align 1
  %_0 = icmp ne i8 %5, 0
  ret i1 %_0
}

; core::sync::atomic::AtomicBool::store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic10AtomicBool5store17h4a89041907d7b033E(ptr align 1 %self, i1 zeroext %val, i8 %order) unnamed_addr #2 {
start:
  %_7 = zext i1 %val to i8
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E(ptr %self, i8 %_7, i8 %order) #8
  ret void
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define i8 @_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E(ptr %dst, i8 %order) unnamed_addr #2 {
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
define void @_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E(ptr %dst, i8 %val, i8 %order) unnamed_addr #2 {
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

; core::sync::atomic::atomic_compare_exchange_weak
; Function Attrs: inlinehint nonlazybind uwtable
define { i1, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E(ptr %dst, i8 %old, i8 %new, i8 %success, i8 %failure) unnamed_addr #2 {
start:
  %_8 = alloca [2 x i8], align 1
  %_0 = alloca [2 x i8], align 1
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
  %1 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic monotonic, align 1
  %2 = extractvalue { i8, i1 } %1, 0
  %3 = extractvalue { i8, i1 } %1, 1
  %4 = zext i1 %3 to i8
  store i8 %2, ptr %_8, align 1
  %5 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %4, ptr %5, align 1
  br label %bb25

bb23:                                             ; preds = %bb2
  %6 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic acquire, align 1
  %7 = extractvalue { i8, i1 } %6, 0
  %8 = extractvalue { i8, i1 } %6, 1
  %9 = zext i1 %8 to i8
  store i8 %7, ptr %_8, align 1
  %10 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %9, ptr %10, align 1
  br label %bb25

bb22:                                             ; preds = %bb2
  %11 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic seq_cst, align 1
  %12 = extractvalue { i8, i1 } %11, 0
  %13 = extractvalue { i8, i1 } %11, 1
  %14 = zext i1 %13 to i8
  store i8 %12, ptr %_8, align 1
  %15 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %14, ptr %15, align 1
  br label %bb25

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i8, ptr %_8, align 1
  %16 = getelementptr inbounds i8, ptr %_8, i64 1
  %17 = load i8, ptr %16, align 1
  %ok = trunc nuw i8 %17 to i1
  br i1 %ok, label %bb26, label %bb27

bb18:                                             ; preds = %bb4
  %18 = cmpxchg weak ptr %dst, i8 %old, i8 %new release monotonic, align 1
  %19 = extractvalue { i8, i1 } %18, 0
  %20 = extractvalue { i8, i1 } %18, 1
  %21 = zext i1 %20 to i8
  store i8 %19, ptr %_8, align 1
  %22 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %21, ptr %22, align 1
  br label %bb25

bb17:                                             ; preds = %bb4
  %23 = cmpxchg weak ptr %dst, i8 %old, i8 %new release acquire, align 1
  %24 = extractvalue { i8, i1 } %23, 0
  %25 = extractvalue { i8, i1 } %23, 1
  %26 = zext i1 %25 to i8
  store i8 %24, ptr %_8, align 1
  %27 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %26, ptr %27, align 1
  br label %bb25

bb16:                                             ; preds = %bb4
  %28 = cmpxchg weak ptr %dst, i8 %old, i8 %new release seq_cst, align 1
  %29 = extractvalue { i8, i1 } %28, 0
  %30 = extractvalue { i8, i1 } %28, 1
  %31 = zext i1 %30 to i8
  store i8 %29, ptr %_8, align 1
  %32 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %31, ptr %32, align 1
  br label %bb25

bb21:                                             ; preds = %bb3
  %33 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire monotonic, align 1
  %34 = extractvalue { i8, i1 } %33, 0
  %35 = extractvalue { i8, i1 } %33, 1
  %36 = zext i1 %35 to i8
  store i8 %34, ptr %_8, align 1
  %37 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %36, ptr %37, align 1
  br label %bb25

bb20:                                             ; preds = %bb3
  %38 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire acquire, align 1
  %39 = extractvalue { i8, i1 } %38, 0
  %40 = extractvalue { i8, i1 } %38, 1
  %41 = zext i1 %40 to i8
  store i8 %39, ptr %_8, align 1
  %42 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %41, ptr %42, align 1
  br label %bb25

bb19:                                             ; preds = %bb3
  %43 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire seq_cst, align 1
  %44 = extractvalue { i8, i1 } %43, 0
  %45 = extractvalue { i8, i1 } %43, 1
  %46 = zext i1 %45 to i8
  store i8 %44, ptr %_8, align 1
  %47 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %46, ptr %47, align 1
  br label %bb25

bb15:                                             ; preds = %bb5
  %48 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel monotonic, align 1
  %49 = extractvalue { i8, i1 } %48, 0
  %50 = extractvalue { i8, i1 } %48, 1
  %51 = zext i1 %50 to i8
  store i8 %49, ptr %_8, align 1
  %52 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %51, ptr %52, align 1
  br label %bb25

bb14:                                             ; preds = %bb5
  %53 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel acquire, align 1
  %54 = extractvalue { i8, i1 } %53, 0
  %55 = extractvalue { i8, i1 } %53, 1
  %56 = zext i1 %55 to i8
  store i8 %54, ptr %_8, align 1
  %57 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %56, ptr %57, align 1
  br label %bb25

bb13:                                             ; preds = %bb5
  %58 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel seq_cst, align 1
  %59 = extractvalue { i8, i1 } %58, 0
  %60 = extractvalue { i8, i1 } %58, 1
  %61 = zext i1 %60 to i8
  store i8 %59, ptr %_8, align 1
  %62 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %61, ptr %62, align 1
  br label %bb25

bb12:                                             ; preds = %bb6
  %63 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst monotonic, align 1
  %64 = extractvalue { i8, i1 } %63, 0
  %65 = extractvalue { i8, i1 } %63, 1
  %66 = zext i1 %65 to i8
  store i8 %64, ptr %_8, align 1
  %67 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %66, ptr %67, align 1
  br label %bb25

bb11:                                             ; preds = %bb6
  %68 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst acquire, align 1
  %69 = extractvalue { i8, i1 } %68, 0
  %70 = extractvalue { i8, i1 } %68, 1
  %71 = zext i1 %70 to i8
  store i8 %69, ptr %_8, align 1
  %72 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %71, ptr %72, align 1
  br label %bb25

bb10:                                             ; preds = %bb6
  %73 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst seq_cst, align 1
  %74 = extractvalue { i8, i1 } %73, 0
  %75 = extractvalue { i8, i1 } %73, 1
  %76 = zext i1 %75 to i8
  store i8 %74, ptr %_8, align 1
  %77 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %76, ptr %77, align 1
  br label %bb25

bb27:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %val, ptr %78, align 1
  store i8 1, ptr %_0, align 1
  br label %bb28

bb26:                                             ; preds = %bb25
  %79 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %val, ptr %79, align 1
  store i8 0, ptr %_0, align 1
  br label %bb28

bb28:                                             ; preds = %bb26, %bb27
  %80 = load i8, ptr %_0, align 1
  %81 = trunc nuw i8 %80 to i1
  %82 = getelementptr inbounds i8, ptr %_0, i64 1
  %83 = load i8, ptr %82, align 1
  %84 = insertvalue { i1, i8 } poison, i1 %81, 0
  %85 = insertvalue { i1, i8 } %84, i8 %83, 1
  ret { i1, i8 } %85

bb8:                                              ; preds = %bb1
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr inttoptr (i64 105 to ptr), ptr align 8 @alloc_1dbbdb33ce56ab0f629d5d081745ad16) #9
  unreachable

bb9:                                              ; preds = %bb1
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_7adef5546d83b439c7829602020737c6, ptr inttoptr (i64 123 to ptr), ptr align 8 @alloc_11a7b6bb3417a8fba26ae9c100d23a1b) #9
  unreachable
}

; core::result::Result<T,E>::is_err
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @"_ZN4core6result19Result$LT$T$C$E$GT$6is_err17hb54c6a625348cd09E"(ptr align 1 %self) unnamed_addr #2 {
start:
  %0 = load i8, ptr %self, align 1
  %1 = trunc nuw i8 %0 to i1
  %2 = getelementptr inbounds i8, ptr %self, i64 1
  %3 = load i8, ptr %2, align 1
  %_3 = zext i1 %1 to i64
  %_2 = icmp eq i64 %_3, 0
  %_0 = xor i1 %_2, true
  ret i1 %_0
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #3

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #6

attributes #0 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind }
attributes #4 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { noinline noreturn nounwind }
attributes #8 = { inlinehint }
attributes #9 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
