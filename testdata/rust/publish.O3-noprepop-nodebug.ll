; ModuleID = 'publish.823e05c2ecf19a11-cgu.0'
source_filename = "publish.823e05c2ecf19a11-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_929e9b2e7b7429614ca4fc017efff666 = private unnamed_addr constant [41 x i8] c"there is no such thing as a relaxed fence", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_ea5b21d5fc560c6358071a0315535da4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00\19\11\00\00\18\00\00\00" }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_bf39103a6db665396aab4632362d9353 = private unnamed_addr constant [42 x i8] c"there is no such thing as an acquire store", align 1
@alloc_a574beff59ab58cf5ed2d6bc163e2302 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00&\0F\00\00\18\00\00\00" }>, align 8
@alloc_00c0bce0fa6327f8ec8e69d6d765d508 = private unnamed_addr constant [50 x i8] c"there is no such thing as an acquire-release store", align 1
@alloc_aec0388915b72a4f610ad656c35be884 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\00'\0F\00\00\17\00\00\00" }>, align 8
@_ZN7publish7MAILBOX17h5dbdcce5be4bbbbaE = global <{ [33 x i8], [7 x i8] }> <{ [33 x i8] zeroinitializer, [7 x i8] undef }>, align 8

; core::sync::atomic::fence
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_2 = zext i8 %order to i64
  switch i64 %_2, label %bb1 [
    i64 0, label %bb2
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ], !prof !3

bb1:                                              ; preds = %start
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %0 = icmp ne ptr inttoptr (i64 83 to ptr), null
  call void @llvm.assume(i1 %0)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_929e9b2e7b7429614ca4fc017efff666, ptr noundef nonnull inttoptr (i64 83 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_ea5b21d5fc560c6358071a0315535da4) #6
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

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
start:
  %_0 = alloca [1 x i8], align 1
  %_3 = zext i8 %order to i64
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !prof !4

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
  %5 = load i8, ptr %_0, align 1, !noundef !5
  ret i8 %5
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 {
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
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #6
  unreachable

bb2:                                              ; preds = %start
  call void @llvm.assume(i1 true)
  %1 = icmp ne ptr inttoptr (i64 101 to ptr), null
  call void @llvm.assume(i1 %1)
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #6
  unreachable

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1
  br label %bb7

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void
}

; publish::Mailbox::consume_acquire
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E(ptr noundef nonnull align 8 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_12 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::atomic_load
  %_10 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %_12, i8 noundef 2) #7
  %0 = icmp eq i8 %_10, 0
  br i1 %0, label %bb3, label %bb2

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb2:                                              ; preds = %bb1
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 0
  %_6 = load i64, ptr %1, align 8, !noundef !5
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %_7 = load i64, ptr %2, align 8, !noundef !5
  %_5 = add i64 %_6, %_7
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 2
  %_8 = load i64, ptr %3, align 8, !noundef !5
  %_4 = add i64 %_5, %_8
  %4 = getelementptr inbounds nuw i64, ptr %self, i64 3
  %_9 = load i64, ptr %4, align 8, !noundef !5
  %_0 = add i64 %_4, %_9
  ret i64 %_0
}

; publish::Mailbox::consume_relaxed
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E(ptr noundef nonnull align 8 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_12 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::atomic_load
  %_10 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %_12, i8 noundef 0) #7
  %0 = icmp eq i8 %_10, 0
  br i1 %0, label %bb3, label %bb2

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb2:                                              ; preds = %bb1
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 0
  %_6 = load i64, ptr %1, align 8, !noundef !5
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %_7 = load i64, ptr %2, align 8, !noundef !5
  %_5 = add i64 %_6, %_7
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 2
  %_8 = load i64, ptr %3, align 8, !noundef !5
  %_4 = add i64 %_5, %_8
  %4 = getelementptr inbounds nuw i64, ptr %self, i64 3
  %_9 = load i64, ptr %4, align 8, !noundef !5
  %_0 = add i64 %_4, %_9
  ret i64 %_0
}

; publish::Mailbox::consume_relaxed_fence
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E(ptr noundef nonnull align 8 %self) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %bb3, %start
  %_13 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::atomic_load
  %_11 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %_13, i8 noundef 0) #7
  %0 = icmp eq i8 %_11, 0
  br i1 %0, label %bb3, label %bb2

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb2:                                              ; preds = %bb1
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #7
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 0
  %_7 = load i64, ptr %1, align 8, !noundef !5
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 1
  %_8 = load i64, ptr %2, align 8, !noundef !5
  %_6 = add i64 %_7, %_8
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 2
  %_9 = load i64, ptr %3, align 8, !noundef !5
  %_5 = add i64 %_6, %_9
  %4 = getelementptr inbounds nuw i64, ptr %self, i64 3
  %_10 = load i64, ptr %4, align 8, !noundef !5
  %_0 = add i64 %_5, %_10
  ret i64 %_0
}

; publish::Mailbox::publish
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E(ptr noundef nonnull align 8 %self, ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(32) %v) unnamed_addr #1 {
start:
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self, ptr align 8 %v, i64 32, i1 false)
  %_7 = getelementptr inbounds i8, ptr %self, i64 32
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E(ptr noundef %_7, i8 noundef 1, i8 noundef 1) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #3

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #3 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { noinline noreturn }
attributes #7 = { inlinehint }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{!"branch_weights", i32 1, i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!4 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!5 = !{}
!6 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
