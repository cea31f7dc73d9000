; ModuleID = 'spin_locks.5d6486d550a0c547-cgu.0'
source_filename = "spin_locks.5d6486d550a0c547-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN10spin_locks10PLAIN_LOCK17h490cadecfb33ba5dE = global [1 x i8] zeroinitializer, align 1
@_ZN10spin_locks11ATOMIC_LOCK17hacf2caae461ace7eE = global [1 x i8] zeroinitializer, align 1
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

; spin_locks::PlainSpinLock::lock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %0 = load i8, ptr %self, align 1, !range !3, !noundef !4
  %_2 = trunc nuw i8 %0 to i1
  br i1 %_2, label %bb2, label %bb3

bb3:                                              ; preds = %bb1
  store i8 1, ptr %self, align 1
  ret void

bb2:                                              ; preds = %bb1
  br label %bb1
}

; spin_locks::PlainSpinLock::unlock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
  store i8 0, ptr %self, align 1
  ret void
}

; spin_locks::AtomicSpinLock::lock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
; call core::sync::atomic::atomic_compare_exchange_weak
  %0 = call { i1, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E(ptr noundef %self, i8 noundef 0, i8 noundef 1, i8 noundef 2, i8 noundef 0) #6
  %_3.0 = extractvalue { i1, i8 } %0, 0
  %_3.1 = extractvalue { i1, i8 } %0, 1
  %_5 = zext i1 %_3.0 to i64
  %1 = trunc nuw i64 %_5 to i1
  br i1 %1, label %bb7, label %bb8

bb7:                                              ; preds = %bb1
  br label %bb2

bb8:                                              ; preds = %bb1
  ret void

bb2:                                              ; preds = %bb3, %bb7
; call core::sync::atomic::atomic_load
  %_7 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E(ptr noundef %self, i8 noundef 0) #6
  %2 = icmp eq i8 %_7, 0
  br i1 %2, label %bb4, label %bb3

bb4:                                              ; preds = %bb2
  br label %bb1

bb3:                                              ; preds = %bb2
  call void @llvm.x86.sse2.pause()
  br label %bb2

bb6:                                              ; No predecessors!
  unreachable
}

; spin_locks::AtomicSpinLock::unlock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E(ptr noundef %self, i8 noundef 0, i8 noundef 1) #6
  ret void
}

; spin_locks::AtomicSpinLock::lock_swap
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E(ptr noundef nonnull align 1 %self) unnamed_addr #0 {
start:
  %0 = alloca [1 x i8], align 1
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = atomicrmw xchg ptr %self, i8 1 acquire, align 1
  store i8 %1, ptr %0, align 1
  %_2 = load i8, ptr %0, align 1, !noundef !4
  call void @llvm.lifetime.end.p0(ptr %0)
  %2 = icmp eq i8 %_2, 0
  br i1 %2, label %bb3, label %bb2

bb3:                                              ; preds = %bb1
  ret void

bb2:                                              ; preds = %bb1
  br label %bb1
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !5

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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #7
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #7
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %4, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i8, ptr %_0, align 1, !noundef !4
  ret i8 %5
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 {
start:
  %_4 = zext i8 %order to i64
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !6

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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #7
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #7
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; core::sync::atomic::atomic_compare_exchange_weak
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E(ptr noundef %dst, i8 noundef %old, i8 noundef %new, i8 noundef range(i8 0, 5) %success, i8 noundef range(i8 0, 5) %failure) unnamed_addr #1 {
start:
  %_8 = alloca [2 x i8], align 1
  %_0 = alloca [2 x i8], align 1
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
  ], !prof !7

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ], !prof !7

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ], !prof !7

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ], !prof !7

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ], !prof !7

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64
  switch i64 %_15, label %bb7 [
    i64 1, label %bb8
    i64 3, label %bb9
  ]

bb24:                                             ; preds = %bb2
  %0 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic monotonic, align 1
  %1 = extractvalue { i8, i1 } %0, 0
  %2 = extractvalue { i8, i1 } %0, 1
  %3 = zext i1 %2 to i8
  store i8 %1, ptr %_8, align 1
  %4 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %3, ptr %4, align 1
  br label %bb25

bb23:                                             ; preds = %bb2
  %5 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic acquire, align 1
  %6 = extractvalue { i8, i1 } %5, 0
  %7 = extractvalue { i8, i1 } %5, 1
  %8 = zext i1 %7 to i8
  store i8 %6, ptr %_8, align 1
  %9 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %8, ptr %9, align 1
  br label %bb25

bb22:                                             ; preds = %bb2
  %10 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic seq_cst, align 1
  %11 = extractvalue { i8, i1 } %10, 0
  %12 = extractvalue { i8, i1 } %10, 1
  %13 = zext i1 %12 to i8
  store i8 %11, ptr %_8, align 1
  %14 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %13, ptr %14, align 1
  br label %bb25

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i8, ptr %_8, align 1, !noundef !4
  %15 = getelementptr inbounds i8, ptr %_8, i64 1
  %16 = load i8, ptr %15, align 1, !range !3, !noundef !4
  %ok = trunc nuw i8 %16 to i1
  call void @llvm.lifetime.end.p0(ptr %_8)
  br i1 %ok, label %bb26, label %bb27

bb18:                                             ; preds = %bb4
  %17 = cmpxchg weak ptr %dst, i8 %old, i8 %new release monotonic, align 1
  %18 = extractvalue { i8, i1 } %17, 0
  %19 = extractvalue { i8, i1 } %17, 1
  %20 = zext i1 %19 to i8
  store i8 %18, ptr %_8, align 1
  %21 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %20, ptr %21, align 1
  br label %bb25

bb17:                                             ; preds = %bb4
  %22 = cmpxchg weak ptr %dst, i8 %old, i8 %new release acquire, align 1
  %23 = extractvalue { i8, i1 } %22, 0
  %24 = extractvalue { i8, i1 } %22, 1
  %25 = zext i1 %24 to i8
  store i8 %23, ptr %_8, align 1
  %26 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %25, ptr %26, align 1
  br label %bb25

bb16:                                             ; preds = %bb4
  %27 = cmpxchg weak ptr %dst, i8 %old, i8 %new release seq_cst, align 1
  %28 = extractvalue { i8, i1 } %27, 0
  %29 = extractvalue { i8, i1 } %27, 1
  %30 = zext i1 %29 to i8
  store i8 %28, ptr %_8, align 1
  %31 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %30, ptr %31, align 1
  br label %bb25

bb21:                                             ; preds = %bb3
  %32 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire monotonic, align 1
  %33 = extractvalue { i8, i1 } %32, 0
  %34 = extractvalue { i8, i1 } %32, 1
  %35 = zext i1 %34 to i8
  store i8 %33, ptr %_8, align 1
  %36 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %35, ptr %36, align 1
  br label %bb25

bb20:                                             ; preds = %bb3
  %37 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire acquire, align 1
  %38 = extractvalue { i8, i1 } %37, 0
  %39 = extractvalue { i8, i1 } %37, 1
  %40 = zext i1 %39 to i8
  store i8 %38, ptr %_8, align 1
  %41 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %40, ptr %41, align 1
  br label %bb25

bb19:                                             ; preds = %bb3
  %42 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire seq_cst, align 1
  %43 = extractvalue { i8, i1 } %42, 0
  %44 = extractvalue { i8, i1 } %42, 1
  %45 = zext i1 %44 to i8
  store i8 %43, ptr %_8, align 1
  %46 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %45, ptr %46, align 1
  br label %bb25

bb15:                                             ; preds = %bb5
  %47 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel monotonic, align 1
  %48 = extractvalue { i8, i1 } %47, 0
  %49 = extractvalue { i8, i1 } %47, 1
  %50 = zext i1 %49 to i8
  store i8 %48, ptr %_8, align 1
  %51 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %50, ptr %51, align 1
  br label %bb25

bb14:                                             ; preds = %bb5
  %52 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel acquire, align 1
  %53 = extractvalue { i8, i1 } %52, 0
  %54 = extractvalue { i8, i1 } %52, 1
  %55 = zext i1 %54 to i8
  store i8 %53, ptr %_8, align 1
  %56 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %55, ptr %56, align 1
  br label %bb25

bb13:                                             ; preds = %bb5
  %57 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel seq_cst, align 1
  %58 = extractvalue { i8, i1 } %57, 0
  %59 = extractvalue { i8, i1 } %57, 1
  %60 = zext i1 %59 to i8
  store i8 %58, ptr %_8, align 1
  %61 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %60, ptr %61, align 1
  br label %bb25

bb12:                                             ; preds = %bb6
  %62 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst monotonic, align 1
  %63 = extractvalue { i8, i1 } %62, 0
  %64 = extractvalue { i8, i1 } %62, 1
  %65 = zext i1 %64 to i8
  store i8 %63, ptr %_8, align 1
  %66 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %65, ptr %66, align 1
  br label %bb25

bb11:                                             ; preds = %bb6
  %67 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst acquire, align 1
  %68 = extractvalue { i8, i1 } %67, 0
  %69 = extractvalue { i8, i1 } %67, 1
  %70 = zext i1 %69 to i8
  store i8 %68, ptr %_8, align 1
  %71 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %70, ptr %71, align 1
  br label %bb25

bb10:                                             ; preds = %bb6
  %72 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst seq_cst, align 1
  %73 = extractvalue { i8, i1 } %72, 0
  %74 = extractvalue { i8, i1 } %72, 1
  %75 = zext i1 %74 to i8
  store i8 %73, ptr %_8, align 1
  %76 = getelementptr inbounds i8, ptr %_8, i64 1
  store i8 %75, ptr %76, align 1
  br label %bb25

bb27:                                             ; preds = %bb25
  %77 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %val, ptr %77, align 1
  store i8 1, ptr %_0, align 1
  br label %bb28

bb26:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 1
  store i8 %val, ptr %78, align 1
  store i8 0, ptr %_0, align 1
  br label %bb28

bb28:                                             ; preds = %bb26, %bb27
  %79 = load i8, ptr %_0, align 1, !range !3, !noundef !4
  %80 = trunc nuw i8 %79 to i1
  %81 = getelementptr inbounds i8, ptr %_0, i64 1
  %82 = load i8, ptr %81, align 1, !noundef !4
  %83 = insertvalue { i1, i8 } poison, i1 %80, 0
  %84 = insertvalue { i1, i8 } %83, i8 %82, 1
  ret { i1, i8 } %84

bb8:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %85 = icmp ne ptr inttoptr (i64 105 to ptr), null
  call void @llvm.assume(i1 %85)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr noundef nonnull inttoptr (i64 105 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_1dbbdb33ce56ab0f629d5d081745ad16) #7
  unreachable

bb9:                                              ; preds = %bb1
  call void @llvm.assume(i1 true)
  %86 = icmp ne ptr inttoptr (i64 123 to ptr), null
  call void @llvm.assume(i1 %86)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_7adef5546d83b439c7829602020737c6, ptr noundef nonnull inttoptr (i64 123 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_11a7b6bb3417a8fba26ae9c100d23a1b) #7
  unreachable
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #5

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }
attributes #7 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{i8 0, i8 2}
!4 = !{}
!5 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!6 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!7 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
