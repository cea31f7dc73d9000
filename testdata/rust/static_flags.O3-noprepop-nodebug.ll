; ModuleID = 'static_flags.e543df073df09b5d-cgu.0'
source_filename = "static_flags.e543df073df09b5d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE = global [8 x i8] zeroinitializer, align 8
@_ZN12static_flags4DONE17hce52d96284a6a012E = global [1 x i8] zeroinitializer, align 1
@_ZN12static_flags5READY17h161e297f0f569c43E = global [1 x i8] zeroinitializer, align 1
@_ZN12static_flags5TICKS17h6d0470ece0fe81d4E = global [4 x i8] zeroinitializer, align 4
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_bf39103a6db665396aab4632362d9353 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@alloc_a574beff59ab58cf5ed2d6bc163e2302 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00&\0F\00\00\18\00\00\00" }>, align 8
@alloc_00c0bce0fa6327f8ec8e69d6d765d508 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@alloc_aec0388915b72a4f610ad656c35be884 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00'\0F\00\00\17\00\00\00" }>, align 8

; static_flags::signal_all
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10signal_all17h19df6628c84ebab3E() unnamed_addr #0 {
start:
  store i8 1, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1
  %0 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !noundef !3
  %1 = add i32 %0, 1
  store i32 %1, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4
  store i64 1, ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, align 8
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE(ptr noundef @_ZN12static_flags4DONE17hce52d96284a6a012E, i8 noundef 1, i8 noundef 1) #4
  ret void
}

; static_flags::wait_ready
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10wait_ready17h21400d3def6d9b5cE() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %0 = load i8, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !range !4, !noundef !3
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb3, label %bb2

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; static_flags::wait_ticks
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10wait_ticks17h3dcd6f9457b59bb2E(i32 noundef %target) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_3 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !noundef !3
  %_2 = icmp ult i32 %_3, %target
  br i1 %_2, label %bb2, label %bb3

bb3:                                              ; preds = %bb1
  ret void

bb2:                                              ; preds = %bb1
  br label %bb1
}

; static_flags::wait_global_flag
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags16wait_global_flag17h4cd5232255b683f6E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_1 = load i64, ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, align 8, !noundef !3
  %0 = icmp eq i64 %_1, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; static_flags::wait_ready_addr_of
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags18wait_ready_addr_of17h321107ee224861f2E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %0 = load i8, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !range !4, !noundef !3
  %_1 = trunc nuw i8 %0 to i1
  br i1 %_1, label %bb3, label %bb2

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; static_flags::wait_done
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags9wait_done17h255f7dcfb4d72e14E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
; call core::sync::atomic::atomic_load
  %_2 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E(ptr noundef @_ZN12static_flags4DONE17hce52d96284a6a012E, i8 noundef 2) #4
  %0 = icmp eq i8 %_2, 0
  br i1 %0, label %bb3, label %bb2

bb3:                                              ; preds = %bb1
  br label %bb1

bb2:                                              ; preds = %bb1
  ret void
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #5
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #5
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %4, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i8, ptr %_0, align 1, !noundef !3
  ret i8 %5
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #5
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #5
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #3

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #3 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint }
attributes #5 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i8 0, i8 2}
!5 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!6 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
