; ModuleID = 'timeouts.640ffda03050a7e6-cgu.0'
source_filename = "timeouts.640ffda03050a7e6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@_ZN8timeouts6SHARED17hf82de7a573eae094E = global [8 x i8] zeroinitializer, align 8

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !3

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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #6
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #6
  unreachable

bb4:                                              ; preds = %start
  %4 = load atomic i8, ptr %dst seq_cst, align 1
  store i8 %4, ptr %_0, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %5 = load i8, ptr %_0, align 1, !noundef !4
  ret i8 %5
}

; timeouts::wait_countdown
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts14wait_countdown17h69dc545faa083395E(ptr noundef nonnull align 8 %f, i32 noundef %0) unnamed_addr #1 {
start:
  %_0 = alloca [1 x i8], align 1
  %n = alloca [4 x i8], align 4
  store i32 %0, ptr %n, align 4
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_3 = load i64, ptr %f, align 8, !noundef !4
  %1 = icmp eq i64 %_3, 0
  br i1 %1, label %bb2, label %bb5

bb2:                                              ; preds = %bb1
  %_4 = load i32, ptr %n, align 4, !noundef !4
  %2 = icmp eq i32 %_4, 0
  br i1 %2, label %bb3, label %bb4

bb5:                                              ; preds = %bb1
  store i8 1, ptr %_0, align 1
  br label %bb6

bb3:                                              ; preds = %bb2
  store i8 0, ptr %_0, align 1
  br label %bb6

bb4:                                              ; preds = %bb2
  %3 = load i32, ptr %n, align 4, !noundef !4
  %4 = sub i32 %3, 1
  store i32 %4, ptr %n, align 4
  br label %bb1

bb6:                                              ; preds = %bb5, %bb3
  %5 = load i8, ptr %_0, align 1, !range !5, !noundef !4
  %6 = trunc nuw i8 %5 to i1
  ret i1 %6
}

; timeouts::wait_with_delay
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts15wait_with_delay17hf8e5441f1b025aedE(ptr noundef nonnull align 8 %f, i64 noundef %max) unnamed_addr #1 {
start:
  %iter = alloca [8 x i8], align 8
  %_4 = alloca [16 x i8], align 8
  %sink = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr %sink)
  store i64 0, ptr %sink, align 8
  store i64 0, ptr %iter, align 8
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  call void @llvm.lifetime.start.p0(ptr %_4)
  %_11 = load i64, ptr %iter, align 8, !noundef !4
  %_8 = icmp ult i64 %_11, %max
  br i1 %_8, label %bb5, label %bb6

bb6:                                              ; preds = %bb1
  call void @llvm.lifetime.end.p0(ptr %_4)
  store i8 0, ptr %_0, align 1
  call void @llvm.lifetime.end.p0(ptr %sink)
  br label %bb4

bb5:                                              ; preds = %bb1
  %_9 = load i64, ptr %iter, align 8, !noundef !4
  %0 = add nuw i64 %_9, 1
  store i64 %0, ptr %iter, align 8
  %1 = getelementptr inbounds i8, ptr %_4, i64 8
  store i64 %_9, ptr %1, align 8
  store i64 1, ptr %_4, align 8
  %2 = getelementptr inbounds i8, ptr %_4, i64 8
  %i = load i64, ptr %2, align 8, !noundef !4
  %_6 = load i64, ptr %f, align 8, !noundef !4
  %3 = icmp eq i64 %_6, 0
  br i1 %3, label %bb3, label %bb2

bb4:                                              ; preds = %bb2, %bb6
  %4 = load i8, ptr %_0, align 1, !range !5, !noundef !4
  %5 = trunc nuw i8 %4 to i1
  ret i1 %5

bb3:                                              ; preds = %bb5
  store volatile i64 %i, ptr %sink, align 8
  call void @llvm.lifetime.end.p0(ptr %_4)
  br label %bb1

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  call void @llvm.lifetime.end.p0(ptr %_4)
  call void @llvm.lifetime.end.p0(ptr %sink)
  br label %bb4
}

; timeouts::wait_with_timeout
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts17wait_with_timeout17h1f20a74d2fd67a7cE(ptr noundef nonnull align 8 %f, i64 noundef %max) unnamed_addr #1 {
start:
  %iter = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store i64 0, ptr %iter, align 8
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_6 = load i64, ptr %iter, align 8, !noundef !4
  %_4 = icmp ult i64 %_6, %max
  br i1 %_4, label %bb5, label %bb6

bb6:                                              ; preds = %bb1
  store i8 0, ptr %_0, align 1
  br label %bb4

bb5:                                              ; preds = %bb1
  %0 = load i64, ptr %iter, align 8, !noundef !4
  %_5 = add nuw i64 %0, 1
  store i64 %_5, ptr %iter, align 8
  %_3 = load i64, ptr %f, align 8, !noundef !4
  %1 = icmp eq i64 %_3, 0
  br i1 %1, label %bb3, label %bb2

bb4:                                              ; preds = %bb2, %bb6
  %2 = load i8, ptr %_0, align 1, !range !5, !noundef !4
  %3 = trunc nuw i8 %2 to i1
  ret i1 %3

bb3:                                              ; preds = %bb5
  br label %bb1

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb4
}

; timeouts::wait_with_timeout_spin
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts22wait_with_timeout_spin17h2df15ec5d600cf6fE(ptr noundef nonnull align 8 %f, i64 noundef %max) unnamed_addr #1 {
start:
  %iter = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store i64 0, ptr %iter, align 8
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_7 = load i64, ptr %iter, align 8, !noundef !4
  %_5 = icmp ult i64 %_7, %max
  br i1 %_5, label %bb5, label %bb6

bb6:                                              ; preds = %bb1
  store i8 0, ptr %_0, align 1
  br label %bb4

bb5:                                              ; preds = %bb1
  %0 = load i64, ptr %iter, align 8, !noundef !4
  %_6 = add nuw i64 %0, 1
  store i64 %_6, ptr %iter, align 8
  %_3 = load i64, ptr %f, align 8, !noundef !4
  %1 = icmp eq i64 %_3, 0
  br i1 %1, label %bb3, label %bb2

bb4:                                              ; preds = %bb2, %bb6
  %2 = load i8, ptr %_0, align 1, !range !5, !noundef !4
  %3 = trunc nuw i8 %2 to i1
  ret i1 %3

bb3:                                              ; preds = %bb5
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb4
}

; timeouts::wait_atomic_with_timeout
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts24wait_atomic_with_timeout17h40c3d26ebaa6da42E(ptr noundef nonnull align 1 %f, i64 noundef %max) unnamed_addr #1 {
start:
  %iter = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store i64 0, ptr %iter, align 8
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_5 = load i64, ptr %iter, align 8, !noundef !4
  %_3 = icmp ult i64 %_5, %max
  br i1 %_3, label %bb5, label %bb6

bb6:                                              ; preds = %bb1
  store i8 0, ptr %_0, align 1
  br label %bb4

bb5:                                              ; preds = %bb1
  %0 = load i64, ptr %iter, align 8, !noundef !4
  %_4 = add nuw i64 %0, 1
  store i64 %_4, ptr %iter, align 8
; call core::sync::atomic::atomic_load
  %_6 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E(ptr noundef %f, i8 noundef 2) #7
  %1 = icmp eq i8 %_6, 0
  br i1 %1, label %bb3, label %bb2

bb4:                                              ; preds = %bb2, %bb6
  %2 = load i8, ptr %_0, align 1, !range !5, !noundef !4
  %3 = trunc nuw i8 %2 to i1
  ret i1 %3

bb3:                                              ; preds = %bb5
  br label %bb1

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1
  br label %bb4
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #5

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #3 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }
attributes #6 = { noinline noreturn }
attributes #7 = { inlinehint }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!4 = !{}
!5 = !{i8 0, i8 2}
