; ModuleID = 'spin_locks.5d6486d550a0c547-cgu.0'
source_filename = "spin_locks.5d6486d550a0c547-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN10spin_locks10PLAIN_LOCK17h490cadecfb33ba5dE = global [1 x i8] zeroinitializer, align 1, !dbg !0
@_ZN10spin_locks11ATOMIC_LOCK17hacf2caae461ace7eE = global [1 x i8] zeroinitializer, align 1, !dbg !17
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
define void @_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE(ptr noundef nonnull align 1 %self) unnamed_addr #0 !dbg !49 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !55, !DIExpression(), !56)
  br label %bb1, !dbg !57

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %self, !58, !DIExpression(), !67)
  %0 = load i8, ptr %self, align 1, !dbg !69, !range !70, !noundef !16
  %_2 = trunc nuw i8 %0 to i1, !dbg !69
  br i1 %_2, label %bb2, label %bb3, !dbg !69

bb3:                                              ; preds = %bb1
    #dbg_value(ptr %self, !58, !DIExpression(), !71)
  store i8 1, ptr %self, align 1, !dbg !73
  ret void, !dbg !74

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !57
}

; spin_locks::PlainSpinLock::unlock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E(ptr noundef nonnull align 1 %self) unnamed_addr #0 !dbg !75 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !78, !DIExpression(), !79)
    #dbg_value(ptr %self, !80, !DIExpression(), !83)
  store i8 0, ptr %self, align 1, !dbg !85
  ret void, !dbg !86
}

; spin_locks::AtomicSpinLock::lock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E(ptr noundef nonnull align 1 %self) unnamed_addr #0 !dbg !87 {
start:
  %x.dbg.spill3 = alloca [1 x i8], align 1
  %x.dbg.spill = alloca [1 x i8], align 1
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill1 = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %failure.dbg.spill = alloca [1 x i8], align 1
  %success.dbg.spill = alloca [1 x i8], align 1
  %new.dbg.spill = alloca [1 x i8], align 1
  %current.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  %_11 = alloca [2 x i8], align 1
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !93, !DIExpression(), !94)
  store i8 0, ptr %current.dbg.spill, align 1, !dbg !95
    #dbg_declare(ptr %current.dbg.spill, !120, !DIExpression(), !95)
  store i8 1, ptr %new.dbg.spill, align 1, !dbg !129
    #dbg_declare(ptr %new.dbg.spill, !121, !DIExpression(), !129)
  store i8 2, ptr %success.dbg.spill, align 1, !dbg !130
    #dbg_declare(ptr %success.dbg.spill, !122, !DIExpression(), !130)
  store i8 0, ptr %failure.dbg.spill, align 1, !dbg !131
    #dbg_declare(ptr %failure.dbg.spill, !123, !DIExpression(), !131)
  store i8 1, ptr %val.dbg.spill, align 1, !dbg !132
    #dbg_declare(ptr %val.dbg.spill, !141, !DIExpression(), !132)
  store i8 0, ptr %val.dbg.spill1, align 1, !dbg !167
    #dbg_declare(ptr %val.dbg.spill1, !172, !DIExpression(), !167)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !175
    #dbg_declare(ptr %order.dbg.spill, !182, !DIExpression(), !175)
  br label %bb1, !dbg !184

bb1:                                              ; preds = %bb4, %start
    #dbg_value(ptr %self, !119, !DIExpression(), !185)
  call void @llvm.lifetime.start.p0(ptr %_11), !dbg !186
    #dbg_value(ptr %self, !187, !DIExpression(), !195)
; call core::sync::atomic::atomic_compare_exchange_weak
  %0 = call { i1, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E(ptr noundef %self, i8 noundef 0, i8 noundef 1, i8 noundef 2, i8 noundef 0) #6, !dbg !197
  %1 = extractvalue { i1, i8 } %0, 0, !dbg !197
  %2 = extractvalue { i1, i8 } %0, 1, !dbg !197
  %3 = zext i1 %1 to i8, !dbg !197
  store i8 %3, ptr %_11, align 1, !dbg !197
  %4 = getelementptr inbounds i8, ptr %_11, i64 1, !dbg !197
  store i8 %2, ptr %4, align 1, !dbg !197
  %5 = load i8, ptr %_11, align 1, !dbg !186, !range !70, !noundef !16
  %6 = trunc nuw i8 %5 to i1, !dbg !186
  %7 = getelementptr inbounds i8, ptr %_11, i64 1, !dbg !186
  %8 = load i8, ptr %7, align 1, !dbg !186, !noundef !16
  %_14 = zext i1 %6 to i64, !dbg !186
  %9 = trunc nuw i64 %_14 to i1, !dbg !198
  br i1 %9, label %bb7, label %bb8, !dbg !198

bb7:                                              ; preds = %bb1
  %10 = getelementptr inbounds i8, ptr %_11, i64 1, !dbg !199
  %x2 = load i8, ptr %10, align 1, !dbg !199, !noundef !16
  store i8 %x2, ptr %x.dbg.spill3, align 1, !dbg !199
    #dbg_declare(ptr %x.dbg.spill3, !126, !DIExpression(), !200)
  call void @llvm.lifetime.end.p0(ptr %_11), !dbg !201
    #dbg_value(ptr poison, !202, !DIExpression(), !210)
    #dbg_value(ptr poison, !212, !DIExpression(), !216)
  br label %bb2, !dbg !218

bb8:                                              ; preds = %bb1
  %11 = getelementptr inbounds i8, ptr %_11, i64 1, !dbg !219
  %x = load i8, ptr %11, align 1, !dbg !219, !noundef !16
  store i8 %x, ptr %x.dbg.spill, align 1, !dbg !219
    #dbg_declare(ptr %x.dbg.spill, !124, !DIExpression(), !220)
  call void @llvm.lifetime.end.p0(ptr %_11), !dbg !201
    #dbg_value(ptr poison, !202, !DIExpression(), !210)
    #dbg_value(ptr poison, !212, !DIExpression(), !216)
  ret void, !dbg !221

bb2:                                              ; preds = %bb3, %bb7
    #dbg_value(ptr %self, !181, !DIExpression(), !222)
    #dbg_value(ptr %self, !187, !DIExpression(), !223)
; call core::sync::atomic::atomic_load
  %_47 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E(ptr noundef %self, i8 noundef 0) #6, !dbg !225
  %12 = icmp eq i8 %_47, 0, !dbg !226
  br i1 %12, label %bb4, label %bb3, !dbg !226

bb4:                                              ; preds = %bb2
  br label %bb1, !dbg !184

bb3:                                              ; preds = %bb2
  call void @llvm.x86.sse2.pause(), !dbg !227
  br label %bb2, !dbg !218

bb6:                                              ; No predecessors!
  unreachable, !dbg !240
}

; spin_locks::AtomicSpinLock::unlock
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE(ptr noundef nonnull align 1 %self) unnamed_addr #0 !dbg !242 {
start:
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !245, !DIExpression(), !246)
  store i8 0, ptr %val.dbg.spill, align 1, !dbg !247
    #dbg_declare(ptr %val.dbg.spill, !254, !DIExpression(), !247)
  store i8 1, ptr %order.dbg.spill, align 1, !dbg !257
    #dbg_declare(ptr %order.dbg.spill, !255, !DIExpression(), !257)
    #dbg_value(ptr %self, !253, !DIExpression(), !258)
    #dbg_value(ptr %self, !259, !DIExpression(), !262)
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E(ptr noundef %self, i8 noundef 0, i8 noundef 1) #6, !dbg !264
  ret void, !dbg !265
}

; spin_locks::AtomicSpinLock::lock_swap
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E(ptr noundef nonnull align 1 %self) unnamed_addr #0 !dbg !266 {
start:
  %0 = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill4 = alloca [1 x i8], align 1
  %val.dbg.spill3 = alloca [1 x i8], align 1
  %val.dbg.spill2 = alloca [1 x i8], align 1
  %val.dbg.spill1 = alloca [1 x i8], align 1
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !269, !DIExpression(), !270)
  store i8 1, ptr %val.dbg.spill, align 1, !dbg !271
    #dbg_declare(ptr %val.dbg.spill, !275, !DIExpression(), !271)
  store i8 2, ptr %order.dbg.spill, align 1, !dbg !278
    #dbg_declare(ptr %order.dbg.spill, !276, !DIExpression(), !278)
  store i8 1, ptr %val.dbg.spill1, align 1, !dbg !279
    #dbg_declare(ptr %val.dbg.spill1, !283, !DIExpression(), !279)
  store i8 0, ptr %val.dbg.spill2, align 1, !dbg !286
    #dbg_declare(ptr %val.dbg.spill2, !290, !DIExpression(), !286)
  store i8 1, ptr %val.dbg.spill3, align 1, !dbg !293
    #dbg_declare(ptr %val.dbg.spill3, !299, !DIExpression(), !293)
  store i8 2, ptr %order.dbg.spill4, align 1, !dbg !302
    #dbg_declare(ptr %order.dbg.spill4, !300, !DIExpression(), !302)
  br label %bb1, !dbg !303

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %self, !274, !DIExpression(), !304)
    #dbg_value(ptr %self, !305, !DIExpression(), !308)
  store ptr %self, ptr %dst.dbg.spill, align 8, !dbg !310
    #dbg_declare(ptr %dst.dbg.spill, !298, !DIExpression(), !311)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !312
  %1 = atomicrmw xchg ptr %self, i8 1 acquire, align 1, !dbg !312
  store i8 %1, ptr %0, align 1, !dbg !312
  %_7 = load i8, ptr %0, align 1, !dbg !312, !noundef !16
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !312
  %2 = icmp eq i8 %_7, 0, !dbg !313
  br i1 %2, label %bb3, label %bb2, !dbg !313

bb3:                                              ; preds = %bb1
  ret void, !dbg !314

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !303
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 !dbg !315 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !320, !DIExpression(), !322)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !321, !DIExpression(), !323)
  %_3 = zext i8 %order to i64, !dbg !324
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !325, !prof !326

bb1:                                              ; preds = %start
  unreachable, !dbg !324

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1, !dbg !327
  store i8 %0, ptr %_0, align 1, !dbg !327
  br label %bb7, !dbg !327

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !328
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !328
  store i64 40, ptr %1, align 8, !dbg !328
    #dbg_declare(ptr %s.dbg.spill, !329, !DIExpression(), !431)
    #dbg_declare(ptr %s.dbg.spill, !432, !DIExpression(), !440)
    #dbg_declare(ptr %s.dbg.spill, !443, !DIExpression(), !448)
    #dbg_declare(ptr %s.dbg.spill, !450, !DIExpression(), !459)
  call void @llvm.assume(i1 true), !dbg !462
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !463
  call void @llvm.assume(i1 %2), !dbg !463
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #7, !dbg !328
  unreachable, !dbg !328

bb5:                                              ; preds = %start
  %3 = load atomic i8, ptr %dst acquire, align 1, !dbg !464
  store i8 %3, ptr %_0, align 1, !dbg !464
  br label %bb7, !dbg !464

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !465
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !465
  store i64 49, ptr %4, align 8, !dbg !465
    #dbg_declare(ptr %s.dbg.spill1, !329, !DIExpression(), !466)
    #dbg_declare(ptr %s.dbg.spill1, !432, !DIExpression(), !467)
    #dbg_declare(ptr %s.dbg.spill1, !443, !DIExpression(), !469)
    #dbg_declare(ptr %s.dbg.spill1, !450, !DIExpression(), !471)
  call void @llvm.assume(i1 true), !dbg !473
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !474
  call void @llvm.assume(i1 %5), !dbg !474
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #7, !dbg !465
  unreachable, !dbg !465

bb4:                                              ; preds = %start
  %6 = load atomic i8, ptr %dst seq_cst, align 1, !dbg !475
  store i8 %6, ptr %_0, align 1, !dbg !475
  br label %bb7, !dbg !475

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i8, ptr %_0, align 1, !dbg !476, !noundef !16
  ret i8 %7, !dbg !476
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 !dbg !477 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !481, !DIExpression(), !484)
  store i8 %val, ptr %val.dbg.spill, align 1
    #dbg_declare(ptr %val.dbg.spill, !482, !DIExpression(), !485)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !483, !DIExpression(), !486)
  %_4 = zext i8 %order to i64, !dbg !487
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !488, !prof !489

bb1:                                              ; preds = %start
  unreachable, !dbg !487

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1, !dbg !490
  br label %bb7, !dbg !490

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1, !dbg !491
  br label %bb7, !dbg !491

bb3:                                              ; preds = %start
  store ptr @alloc_bf39103a6db665396aab4632362d9353, ptr %s.dbg.spill, align 8, !dbg !492
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !492
  store i64 42, ptr %0, align 8, !dbg !492
    #dbg_declare(ptr %s.dbg.spill, !493, !DIExpression(), !496)
    #dbg_declare(ptr %s.dbg.spill, !497, !DIExpression(), !500)
    #dbg_declare(ptr %s.dbg.spill, !503, !DIExpression(), !506)
    #dbg_declare(ptr %s.dbg.spill, !508, !DIExpression(), !511)
  call void @llvm.assume(i1 true), !dbg !514
  %1 = icmp ne ptr inttoptr (i64 85 to ptr), null, !dbg !515
  call void @llvm.assume(i1 %1), !dbg !515
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #7, !dbg !492
  unreachable, !dbg !492

bb2:                                              ; preds = %start
  store ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr %s.dbg.spill1, align 8, !dbg !516
  %2 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !516
  store i64 50, ptr %2, align 8, !dbg !516
    #dbg_declare(ptr %s.dbg.spill1, !493, !DIExpression(), !517)
    #dbg_declare(ptr %s.dbg.spill1, !497, !DIExpression(), !518)
    #dbg_declare(ptr %s.dbg.spill1, !503, !DIExpression(), !520)
    #dbg_declare(ptr %s.dbg.spill1, !508, !DIExpression(), !522)
  call void @llvm.assume(i1 true), !dbg !524
  %3 = icmp ne ptr inttoptr (i64 101 to ptr), null, !dbg !525
  call void @llvm.assume(i1 %3), !dbg !525
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #7, !dbg !516
  unreachable, !dbg !516

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1, !dbg !526
  br label %bb7, !dbg !526

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void, !dbg !527
}

; core::sync::atomic::atomic_compare_exchange_weak
; Function Attrs: inlinehint nonlazybind uwtable
define internal { i1, i8 } @_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E(ptr noundef %dst, i8 noundef %old, i8 noundef %new, i8 noundef range(i8 0, 5) %success, i8 noundef range(i8 0, 5) %failure) unnamed_addr #1 !dbg !528 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %ok.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %failure.dbg.spill = alloca [1 x i8], align 1
  %success.dbg.spill = alloca [1 x i8], align 1
  %new.dbg.spill = alloca [1 x i8], align 1
  %old.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_8 = alloca [2 x i8], align 1
  %_0 = alloca [2 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !547, !DIExpression(), !555)
  store i8 %old, ptr %old.dbg.spill, align 1
    #dbg_declare(ptr %old.dbg.spill, !548, !DIExpression(), !556)
  store i8 %new, ptr %new.dbg.spill, align 1
    #dbg_declare(ptr %new.dbg.spill, !549, !DIExpression(), !557)
  store i8 %success, ptr %success.dbg.spill, align 1
    #dbg_declare(ptr %success.dbg.spill, !550, !DIExpression(), !558)
  store i8 %failure, ptr %failure.dbg.spill, align 1
    #dbg_declare(ptr %failure.dbg.spill, !551, !DIExpression(), !559)
  call void @llvm.lifetime.start.p0(ptr %_8), !dbg !560
  %_14 = zext i8 %success to i64, !dbg !561
  switch i64 %_14, label %bb7 [
    i64 0, label %bb2
    i64 1, label %bb4
    i64 2, label %bb3
    i64 3, label %bb5
    i64 4, label %bb6
  ], !dbg !562

bb7:                                              ; preds = %bb1, %start
  unreachable, !dbg !561

bb2:                                              ; preds = %start
  %_9 = zext i8 %failure to i64, !dbg !561
  switch i64 %_9, label %bb1 [
    i64 0, label %bb24
    i64 2, label %bb23
    i64 4, label %bb22
  ], !dbg !562, !prof !563

bb4:                                              ; preds = %start
  %_11 = zext i8 %failure to i64, !dbg !561
  switch i64 %_11, label %bb1 [
    i64 0, label %bb18
    i64 2, label %bb17
    i64 4, label %bb16
  ], !dbg !562, !prof !563

bb3:                                              ; preds = %start
  %_10 = zext i8 %failure to i64, !dbg !561
  switch i64 %_10, label %bb1 [
    i64 0, label %bb21
    i64 2, label %bb20
    i64 4, label %bb19
  ], !dbg !562, !prof !563

bb5:                                              ; preds = %start
  %_12 = zext i8 %failure to i64, !dbg !561
  switch i64 %_12, label %bb1 [
    i64 0, label %bb15
    i64 2, label %bb14
    i64 4, label %bb13
  ], !dbg !562, !prof !563

bb6:                                              ; preds = %start
  %_13 = zext i8 %failure to i64, !dbg !561
  switch i64 %_13, label %bb1 [
    i64 0, label %bb12
    i64 2, label %bb11
    i64 4, label %bb10
  ], !dbg !562, !prof !563

bb1:                                              ; preds = %bb6, %bb5, %bb3, %bb4, %bb2
  %_15 = zext i8 %failure to i64, !dbg !561
  switch i64 %_15, label %bb7 [
    i64 1, label %bb8
    i64 3, label %bb9
  ], !dbg !562

bb24:                                             ; preds = %bb2
  %0 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic monotonic, align 1, !dbg !564
  %1 = extractvalue { i8, i1 } %0, 0, !dbg !564
  %2 = extractvalue { i8, i1 } %0, 1, !dbg !564
  %3 = zext i1 %2 to i8, !dbg !564
  store i8 %1, ptr %_8, align 1, !dbg !564
  %4 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !564
  store i8 %3, ptr %4, align 1, !dbg !564
  br label %bb25, !dbg !564

bb23:                                             ; preds = %bb2
  %5 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic acquire, align 1, !dbg !565
  %6 = extractvalue { i8, i1 } %5, 0, !dbg !565
  %7 = extractvalue { i8, i1 } %5, 1, !dbg !565
  %8 = zext i1 %7 to i8, !dbg !565
  store i8 %6, ptr %_8, align 1, !dbg !565
  %9 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !565
  store i8 %8, ptr %9, align 1, !dbg !565
  br label %bb25, !dbg !565

bb22:                                             ; preds = %bb2
  %10 = cmpxchg weak ptr %dst, i8 %old, i8 %new monotonic seq_cst, align 1, !dbg !566
  %11 = extractvalue { i8, i1 } %10, 0, !dbg !566
  %12 = extractvalue { i8, i1 } %10, 1, !dbg !566
  %13 = zext i1 %12 to i8, !dbg !566
  store i8 %11, ptr %_8, align 1, !dbg !566
  %14 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !566
  store i8 %13, ptr %14, align 1, !dbg !566
  br label %bb25, !dbg !566

bb25:                                             ; preds = %bb10, %bb11, %bb12, %bb13, %bb14, %bb15, %bb19, %bb20, %bb21, %bb16, %bb17, %bb18, %bb22, %bb23, %bb24
  %val = load i8, ptr %_8, align 1, !dbg !567, !noundef !16
  store i8 %val, ptr %val.dbg.spill, align 1, !dbg !567
    #dbg_declare(ptr %val.dbg.spill, !552, !DIExpression(), !568)
  %15 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !569
  %16 = load i8, ptr %15, align 1, !dbg !569, !range !70, !noundef !16
  %ok = trunc nuw i8 %16 to i1, !dbg !569
  %17 = zext i1 %ok to i8, !dbg !569
  store i8 %17, ptr %ok.dbg.spill, align 1, !dbg !569
    #dbg_declare(ptr %ok.dbg.spill, !554, !DIExpression(), !570)
  call void @llvm.lifetime.end.p0(ptr %_8), !dbg !571
  br i1 %ok, label %bb26, label %bb27, !dbg !572

bb18:                                             ; preds = %bb4
  %18 = cmpxchg weak ptr %dst, i8 %old, i8 %new release monotonic, align 1, !dbg !573
  %19 = extractvalue { i8, i1 } %18, 0, !dbg !573
  %20 = extractvalue { i8, i1 } %18, 1, !dbg !573
  %21 = zext i1 %20 to i8, !dbg !573
  store i8 %19, ptr %_8, align 1, !dbg !573
  %22 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !573
  store i8 %21, ptr %22, align 1, !dbg !573
  br label %bb25, !dbg !573

bb17:                                             ; preds = %bb4
  %23 = cmpxchg weak ptr %dst, i8 %old, i8 %new release acquire, align 1, !dbg !574
  %24 = extractvalue { i8, i1 } %23, 0, !dbg !574
  %25 = extractvalue { i8, i1 } %23, 1, !dbg !574
  %26 = zext i1 %25 to i8, !dbg !574
  store i8 %24, ptr %_8, align 1, !dbg !574
  %27 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !574
  store i8 %26, ptr %27, align 1, !dbg !574
  br label %bb25, !dbg !574

bb16:                                             ; preds = %bb4
  %28 = cmpxchg weak ptr %dst, i8 %old, i8 %new release seq_cst, align 1, !dbg !575
  %29 = extractvalue { i8, i1 } %28, 0, !dbg !575
  %30 = extractvalue { i8, i1 } %28, 1, !dbg !575
  %31 = zext i1 %30 to i8, !dbg !575
  store i8 %29, ptr %_8, align 1, !dbg !575
  %32 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !575
  store i8 %31, ptr %32, align 1, !dbg !575
  br label %bb25, !dbg !575

bb21:                                             ; preds = %bb3
  %33 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire monotonic, align 1, !dbg !576
  %34 = extractvalue { i8, i1 } %33, 0, !dbg !576
  %35 = extractvalue { i8, i1 } %33, 1, !dbg !576
  %36 = zext i1 %35 to i8, !dbg !576
  store i8 %34, ptr %_8, align 1, !dbg !576
  %37 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !576
  store i8 %36, ptr %37, align 1, !dbg !576
  br label %bb25, !dbg !576

bb20:                                             ; preds = %bb3
  %38 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire acquire, align 1, !dbg !577
  %39 = extractvalue { i8, i1 } %38, 0, !dbg !577
  %40 = extractvalue { i8, i1 } %38, 1, !dbg !577
  %41 = zext i1 %40 to i8, !dbg !577
  store i8 %39, ptr %_8, align 1, !dbg !577
  %42 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !577
  store i8 %41, ptr %42, align 1, !dbg !577
  br label %bb25, !dbg !577

bb19:                                             ; preds = %bb3
  %43 = cmpxchg weak ptr %dst, i8 %old, i8 %new acquire seq_cst, align 1, !dbg !578
  %44 = extractvalue { i8, i1 } %43, 0, !dbg !578
  %45 = extractvalue { i8, i1 } %43, 1, !dbg !578
  %46 = zext i1 %45 to i8, !dbg !578
  store i8 %44, ptr %_8, align 1, !dbg !578
  %47 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !578
  store i8 %46, ptr %47, align 1, !dbg !578
  br label %bb25, !dbg !578

bb15:                                             ; preds = %bb5
  %48 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel monotonic, align 1, !dbg !579
  %49 = extractvalue { i8, i1 } %48, 0, !dbg !579
  %50 = extractvalue { i8, i1 } %48, 1, !dbg !579
  %51 = zext i1 %50 to i8, !dbg !579
  store i8 %49, ptr %_8, align 1, !dbg !579
  %52 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !579
  store i8 %51, ptr %52, align 1, !dbg !579
  br label %bb25, !dbg !579

bb14:                                             ; preds = %bb5
  %53 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel acquire, align 1, !dbg !580
  %54 = extractvalue { i8, i1 } %53, 0, !dbg !580
  %55 = extractvalue { i8, i1 } %53, 1, !dbg !580
  %56 = zext i1 %55 to i8, !dbg !580
  store i8 %54, ptr %_8, align 1, !dbg !580
  %57 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !580
  store i8 %56, ptr %57, align 1, !dbg !580
  br label %bb25, !dbg !580

bb13:                                             ; preds = %bb5
  %58 = cmpxchg weak ptr %dst, i8 %old, i8 %new acq_rel seq_cst, align 1, !dbg !581
  %59 = extractvalue { i8, i1 } %58, 0, !dbg !581
  %60 = extractvalue { i8, i1 } %58, 1, !dbg !581
  %61 = zext i1 %60 to i8, !dbg !581
  store i8 %59, ptr %_8, align 1, !dbg !581
  %62 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !581
  store i8 %61, ptr %62, align 1, !dbg !581
  br label %bb25, !dbg !581

bb12:                                             ; preds = %bb6
  %63 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst monotonic, align 1, !dbg !582
  %64 = extractvalue { i8, i1 } %63, 0, !dbg !582
  %65 = extractvalue { i8, i1 } %63, 1, !dbg !582
  %66 = zext i1 %65 to i8, !dbg !582
  store i8 %64, ptr %_8, align 1, !dbg !582
  %67 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !582
  store i8 %66, ptr %67, align 1, !dbg !582
  br label %bb25, !dbg !582

bb11:                                             ; preds = %bb6
  %68 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst acquire, align 1, !dbg !583
  %69 = extractvalue { i8, i1 } %68, 0, !dbg !583
  %70 = extractvalue { i8, i1 } %68, 1, !dbg !583
  %71 = zext i1 %70 to i8, !dbg !583
  store i8 %69, ptr %_8, align 1, !dbg !583
  %72 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !583
  store i8 %71, ptr %72, align 1, !dbg !583
  br label %bb25, !dbg !583

bb10:                                             ; preds = %bb6
  %73 = cmpxchg weak ptr %dst, i8 %old, i8 %new seq_cst seq_cst, align 1, !dbg !584
  %74 = extractvalue { i8, i1 } %73, 0, !dbg !584
  %75 = extractvalue { i8, i1 } %73, 1, !dbg !584
  %76 = zext i1 %75 to i8, !dbg !584
  store i8 %74, ptr %_8, align 1, !dbg !584
  %77 = getelementptr inbounds i8, ptr %_8, i64 1, !dbg !584
  store i8 %76, ptr %77, align 1, !dbg !584
  br label %bb25, !dbg !584

bb27:                                             ; preds = %bb25
  %78 = getelementptr inbounds i8, ptr %_0, i64 1, !dbg !585
  store i8 %val, ptr %78, align 1, !dbg !585
  store i8 1, ptr %_0, align 1, !dbg !585
  br label %bb28, !dbg !586

bb26:                                             ; preds = %bb25
  %79 = getelementptr inbounds i8, ptr %_0, i64 1, !dbg !587
  store i8 %val, ptr %79, align 1, !dbg !587
  store i8 0, ptr %_0, align 1, !dbg !587
  br label %bb28, !dbg !586

bb28:                                             ; preds = %bb26, %bb27
  %80 = load i8, ptr %_0, align 1, !dbg !588, !range !70, !noundef !16
  %81 = trunc nuw i8 %80 to i1, !dbg !588
  %82 = getelementptr inbounds i8, ptr %_0, i64 1, !dbg !588
  %83 = load i8, ptr %82, align 1, !dbg !588, !noundef !16
  %84 = insertvalue { i1, i8 } poison, i1 %81, 0, !dbg !588
  %85 = insertvalue { i1, i8 } %84, i8 %83, 1, !dbg !588
  ret { i1, i8 } %85, !dbg !588

bb8:                                              ; preds = %bb1
  store ptr @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr %s.dbg.spill, align 8, !dbg !589
  %86 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !589
  store i64 52, ptr %86, align 8, !dbg !589
    #dbg_declare(ptr %s.dbg.spill, !590, !DIExpression(), !593)
    #dbg_declare(ptr %s.dbg.spill, !594, !DIExpression(), !597)
    #dbg_declare(ptr %s.dbg.spill, !599, !DIExpression(), !602)
    #dbg_declare(ptr %s.dbg.spill, !604, !DIExpression(), !607)
  call void @llvm.assume(i1 true), !dbg !609
  %87 = icmp ne ptr inttoptr (i64 105 to ptr), null, !dbg !610
  call void @llvm.assume(i1 %87), !dbg !610
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_5a43f8d94dd4505c1dba43832ce73af8, ptr noundef nonnull inttoptr (i64 105 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_1dbbdb33ce56ab0f629d5d081745ad16) #7, !dbg !589
  unreachable, !dbg !589

bb9:                                              ; preds = %bb1
  store ptr @alloc_7adef5546d83b439c7829602020737c6, ptr %s.dbg.spill1, align 8, !dbg !611
  %88 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !611
  store i64 61, ptr %88, align 8, !dbg !611
    #dbg_declare(ptr %s.dbg.spill1, !590, !DIExpression(), !612)
    #dbg_declare(ptr %s.dbg.spill1, !594, !DIExpression(), !613)
    #dbg_declare(ptr %s.dbg.spill1, !599, !DIExpression(), !616)
    #dbg_declare(ptr %s.dbg.spill1, !604, !DIExpression(), !618)
  call void @llvm.assume(i1 true), !dbg !621
  %89 = icmp ne ptr inttoptr (i64 123 to ptr), null, !dbg !622
  call void @llvm.assume(i1 %89), !dbg !622
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_7adef5546d83b439c7829602020737c6, ptr noundef nonnull inttoptr (i64 123 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_11a7b6bb3417a8fba26ae9c100d23a1b) #7, !dbg !611
  unreachable, !dbg !611
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #4

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #5

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #5 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { inlinehint }
attributes #7 = { noinline noreturn }

!llvm.module.flags = !{!33, !34, !35, !36}
!llvm.ident = !{!37}
!llvm.dbg.cu = !{!38}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "PLAIN_LOCK", linkageName: "_ZN10spin_locks10PLAIN_LOCK17h490cadecfb33ba5dE", scope: !2, file: !3, line: 71, type: !4, isLocal: false, isDefinition: true, align: 8)
!2 = !DINamespace(name: "spin_locks", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/spin_locks.rs", directory: ".", checksumkind: CSK_MD5, checksum: "4cd100ff9845b7815b10b3bc568adb8f")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "PlainSpinLock", scope: !2, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "25e90c0b1f00af4adacdf3e12cd40aa9")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "locked", scope: !4, file: !5, baseType: !8, size: 8, align: 8, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<bool>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !11, templateParams: !14, identifier: "38de065f1e2d4f56ed1838d129d13323")
!9 = !DINamespace(name: "cell", scope: !10)
!10 = !DINamespace(name: "core", scope: null)
!11 = !{!12}
!12 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !8, file: !5, baseType: !13, size: 8, align: 8, flags: DIFlagPrivate)
!13 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!14 = !{!15}
!15 = !DITemplateTypeParameter(name: "T", type: !13)
!16 = !{}
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "ATOMIC_LOCK", linkageName: "_ZN10spin_locks11ATOMIC_LOCK17hacf2caae461ace7eE", scope: !2, file: !3, line: 72, type: !19, isLocal: false, isDefinition: true, align: 8)
!19 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicSpinLock", scope: !2, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !20, templateParams: !16, identifier: "455afaa3bcc4f0c9ad0bb5ce3c640af2")
!20 = !{!21}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "locked", scope: !19, file: !5, baseType: !22, size: 8, align: 8, flags: DIFlagPrivate)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !23, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !25, templateParams: !16, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!23 = !DINamespace(name: "atomic", scope: !24)
!24 = !DINamespace(name: "sync", scope: !10)
!25 = !{!26}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !22, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagPrivate)
!27 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !28, templateParams: !31, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!28 = !{!29}
!29 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !27, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagPrivate)
!30 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!31 = !{!32}
!32 = !DITemplateTypeParameter(name: "T", type: !30)
!33 = !{i32 8, !"PIC Level", i32 2}
!34 = !{i32 2, !"RtLibUseGOT", i32 1}
!35 = !{i32 7, !"Dwarf Version", i32 4}
!36 = !{i32 2, !"Debug Info Version", i32 3}
!37 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!38 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !39, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !40, globals: !48, splitDebugInlining: false, nameTableKind: None)
!39 = !DIFile(filename: "testdata/rust/src/spin_locks.rs/@/spin_locks.5d6486d550a0c547-cgu.0", directory: ".")
!40 = !{!41}
!41 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !23, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagEnumClass, elements: !42)
!42 = !{!43, !44, !45, !46, !47}
!43 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!44 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!45 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!46 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!47 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!48 = !{!0, !17}
!49 = distinct !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE", scope: !4, file: !3, line: 21, type: !50, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !53, retainedNodes: !54)
!50 = !DISubroutineType(types: !51)
!51 = !{null, !52}
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&spin_locks::PlainSpinLock", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks13PlainSpinLock4lock17h7d7bcccbaac7dd1fE", scope: !4, file: !3, line: 21, type: !50, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!54 = !{!55}
!55 = !DILocalVariable(name: "self", arg: 1, scope: !49, file: !3, line: 21, type: !52)
!56 = !DILocation(line: 21, column: 17, scope: !49)
!57 = !DILocation(line: 23, column: 13, scope: !49)
!58 = !DILocalVariable(name: "self", arg: 1, scope: !59, file: !60, line: 2443, type: !64)
!59 = distinct !DISubprogram(name: "get<bool>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17he8271c60e9987465E", scope: !8, file: !60, line: 2443, type: !61, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !14, declaration: !65, retainedNodes: !66)
!60 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!61 = !DISubroutineType(types: !62)
!62 = !{!63, !64}
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut bool", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<bool>", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DISubprogram(name: "get<bool>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17he8271c60e9987465E", scope: !8, file: !60, line: 2443, type: !61, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !14)
!66 = !{!58}
!67 = !DILocation(line: 2443, column: 22, scope: !59, inlinedAt: !68)
!68 = !DILocation(line: 23, column: 32, scope: !49)
!69 = !DILocation(line: 23, column: 19, scope: !49)
!70 = !{i8 0, i8 2}
!71 = !DILocation(line: 2443, column: 22, scope: !59, inlinedAt: !72)
!72 = !DILocation(line: 24, column: 26, scope: !49)
!73 = !DILocation(line: 24, column: 13, scope: !49)
!74 = !DILocation(line: 26, column: 6, scope: !49)
!75 = distinct !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E", scope: !4, file: !3, line: 29, type: !50, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !76, retainedNodes: !77)
!76 = !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks13PlainSpinLock6unlock17h9466b753eb948100E", scope: !4, file: !3, line: 29, type: !50, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!77 = !{!78}
!78 = !DILocalVariable(name: "self", arg: 1, scope: !75, file: !3, line: 29, type: !52)
!79 = !DILocation(line: 29, column: 19, scope: !75)
!80 = !DILocalVariable(name: "self", arg: 1, scope: !81, file: !60, line: 2443, type: !64)
!81 = distinct !DISubprogram(name: "get<bool>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17he8271c60e9987465E", scope: !8, file: !60, line: 2443, type: !61, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !14, declaration: !65, retainedNodes: !82)
!82 = !{!80}
!83 = !DILocation(line: 2443, column: 22, scope: !81, inlinedAt: !84)
!84 = !DILocation(line: 30, column: 31, scope: !75)
!85 = !DILocation(line: 30, column: 18, scope: !75)
!86 = !DILocation(line: 31, column: 6, scope: !75)
!87 = distinct !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E", scope: !19, file: !3, line: 46, type: !88, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !91, retainedNodes: !92)
!88 = !DISubroutineType(types: !89)
!89 = !{null, !90}
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&spin_locks::AtomicSpinLock", baseType: !19, size: 64, align: 64, dwarfAddressSpace: 0)
!91 = !DISubprogram(name: "lock", linkageName: "_ZN10spin_locks14AtomicSpinLock4lock17h2ace376dd5a70bd6E", scope: !19, file: !3, line: 46, type: !88, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!92 = !{!93}
!93 = !DILocalVariable(name: "self", arg: 1, scope: !87, file: !3, line: 46, type: !90)
!94 = !DILocation(line: 46, column: 17, scope: !87)
!95 = !DILocation(line: 1016, column: 9, scope: !96, inlinedAt: !128)
!96 = distinct !DISubprogram(name: "compare_exchange_weak", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool21compare_exchange_weak", scope: !22, file: !97, line: 1014, type: !98, scopeLine: 1014, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !117, retainedNodes: !118)
!97 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!98 = !DISubroutineType(types: !99)
!99 = !{!100, !116, !13, !13, !41, !41}
!100 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<bool, bool>", scope: !101, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !102, templateParams: !16, identifier: "d4425db346ebe2118b3e26aabe3748f")
!101 = !DINamespace(name: "result", scope: !10)
!102 = !{!103}
!103 = !DICompositeType(tag: DW_TAG_variant_part, scope: !100, file: !5, size: 16, align: 8, elements: !104, templateParams: !16, identifier: "346eb33569436f6bfe2f68671f18ec0b", discriminator: !115)
!104 = !{!105, !111}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !103, file: !5, baseType: !106, size: 16, align: 8, extraData: i8 0)
!106 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !100, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !107, templateParams: !109, identifier: "96372b6775fdc17ab33a37100ebfddc4")
!107 = !{!108}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !106, file: !5, baseType: !13, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!109 = !{!15, !110}
!110 = !DITemplateTypeParameter(name: "E", type: !13)
!111 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !103, file: !5, baseType: !112, size: 16, align: 8, extraData: i8 1)
!112 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !100, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !113, templateParams: !109, identifier: "ea13cb425df6b0f410ca48f9099fd909")
!113 = !{!114}
!114 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !112, file: !5, baseType: !13, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!115 = !DIDerivedType(tag: DW_TAG_member, scope: !100, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagArtificial)
!116 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !22, size: 64, align: 64, dwarfAddressSpace: 0)
!117 = !DISubprogram(name: "compare_exchange_weak", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool21compare_exchange_weak", scope: !22, file: !97, line: 1014, type: !98, scopeLine: 1014, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!118 = !{!119, !120, !121, !122, !123, !124, !126}
!119 = !DILocalVariable(name: "self", arg: 1, scope: !96, file: !97, line: 1015, type: !116)
!120 = !DILocalVariable(name: "current", scope: !96, file: !97, line: 1016, type: !13, align: 8)
!121 = !DILocalVariable(name: "new", scope: !96, file: !97, line: 1017, type: !13, align: 8)
!122 = !DILocalVariable(name: "success", scope: !96, file: !97, line: 1018, type: !41, align: 8)
!123 = !DILocalVariable(name: "failure", scope: !96, file: !97, line: 1019, type: !41, align: 8)
!124 = !DILocalVariable(name: "x", scope: !125, file: !97, line: 1029, type: !30, align: 8)
!125 = distinct !DILexicalBlock(scope: !96, file: !97, line: 1029, column: 13)
!126 = !DILocalVariable(name: "x", scope: !127, file: !97, line: 1030, type: !30, align: 8)
!127 = distinct !DILexicalBlock(scope: !96, file: !97, line: 1030, column: 13)
!128 = !DILocation(line: 49, column: 14, scope: !87)
!129 = !DILocation(line: 1017, column: 9, scope: !96, inlinedAt: !128)
!130 = !DILocation(line: 1018, column: 9, scope: !96, inlinedAt: !128)
!131 = !DILocation(line: 1019, column: 9, scope: !96, inlinedAt: !128)
!132 = !DILocation(line: 1167, column: 28, scope: !133, inlinedAt: !142)
!133 = distinct !DISubprogram(name: "fetch_or", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool8fetch_or", scope: !22, file: !97, line: 1167, type: !134, scopeLine: 1167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !136, retainedNodes: !137)
!134 = !DISubroutineType(types: !135)
!135 = !{!13, !116, !13, !41}
!136 = !DISubprogram(name: "fetch_or", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool8fetch_or", scope: !22, file: !97, line: 1167, type: !134, scopeLine: 1167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!137 = !{!138, !139, !140, !141}
!138 = !DILocalVariable(name: "self", arg: 1, scope: !133, file: !97, line: 1167, type: !116)
!139 = !DILocalVariable(name: "val", arg: 2, scope: !133, file: !97, line: 1167, type: !13)
!140 = !DILocalVariable(name: "order", arg: 3, scope: !133, file: !97, line: 1167, type: !41)
!141 = !DILocalVariable(name: "val", scope: !133, file: !97, line: 1167, type: !13, align: 8)
!142 = !DILocation(line: 790, column: 27, scope: !143, inlinedAt: !149)
!143 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4swap", scope: !22, file: !97, line: 788, type: !134, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !144, retainedNodes: !145)
!144 = !DISubprogram(name: "swap", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4swap", scope: !22, file: !97, line: 788, type: !134, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!145 = !{!146, !147, !148}
!146 = !DILocalVariable(name: "self", arg: 1, scope: !143, file: !97, line: 788, type: !116)
!147 = !DILocalVariable(name: "val", arg: 2, scope: !143, file: !97, line: 788, type: !13)
!148 = !DILocalVariable(name: "order", arg: 3, scope: !143, file: !97, line: 788, type: !41)
!149 = !DILocation(line: 947, column: 22, scope: !150, inlinedAt: !166)
!150 = distinct !DILexicalBlock(scope: !151, file: !97, line: 927, column: 13)
!151 = distinct !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool16compare_exchange", scope: !22, file: !97, line: 918, type: !98, scopeLine: 918, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !152, retainedNodes: !153)
!152 = !DISubprogram(name: "compare_exchange", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool16compare_exchange", scope: !22, file: !97, line: 918, type: !98, scopeLine: 918, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!153 = !{!154, !155, !156, !157, !158, !159, !160, !162, !164}
!154 = !DILocalVariable(name: "self", arg: 1, scope: !151, file: !97, line: 919, type: !116)
!155 = !DILocalVariable(name: "current", arg: 2, scope: !151, file: !97, line: 920, type: !13)
!156 = !DILocalVariable(name: "new", arg: 3, scope: !151, file: !97, line: 921, type: !13)
!157 = !DILocalVariable(name: "success", arg: 4, scope: !151, file: !97, line: 922, type: !41)
!158 = !DILocalVariable(name: "failure", arg: 5, scope: !151, file: !97, line: 923, type: !41)
!159 = !DILocalVariable(name: "order", scope: !150, file: !97, line: 927, type: !41, align: 8)
!160 = !DILocalVariable(name: "old", scope: !161, file: !97, line: 941, type: !13, align: 8)
!161 = distinct !DILexicalBlock(scope: !150, file: !97, line: 941, column: 13)
!162 = !DILocalVariable(name: "x", scope: !163, file: !97, line: 955, type: !30, align: 8)
!163 = distinct !DILexicalBlock(scope: !151, file: !97, line: 955, column: 17)
!164 = !DILocalVariable(name: "x", scope: !165, file: !97, line: 956, type: !30, align: 8)
!165 = distinct !DILexicalBlock(scope: !151, file: !97, line: 956, column: 17)
!166 = !DILocation(line: 1022, column: 25, scope: !96, inlinedAt: !128)
!167 = !DILocation(line: 1071, column: 29, scope: !168, inlinedAt: !174)
!168 = distinct !DISubprogram(name: "fetch_and", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool9fetch_and", scope: !22, file: !97, line: 1071, type: !134, scopeLine: 1071, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !169, retainedNodes: !170)
!169 = !DISubprogram(name: "fetch_and", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool9fetch_and", scope: !22, file: !97, line: 1071, type: !134, scopeLine: 1071, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!170 = !{!171, !172, !173}
!171 = !DILocalVariable(name: "self", arg: 1, scope: !168, file: !97, line: 1071, type: !116)
!172 = !DILocalVariable(name: "val", scope: !168, file: !97, line: 1071, type: !13, align: 8)
!173 = !DILocalVariable(name: "order", arg: 3, scope: !168, file: !97, line: 1071, type: !41)
!174 = !DILocation(line: 790, column: 63, scope: !143, inlinedAt: !149)
!175 = !DILocation(line: 726, column: 24, scope: !176, inlinedAt: !183)
!176 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !22, file: !97, line: 726, type: !177, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !179, retainedNodes: !180)
!177 = !DISubroutineType(types: !178)
!178 = !{!13, !116, !41}
!179 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !22, file: !97, line: 726, type: !177, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!180 = !{!181, !182}
!181 = !DILocalVariable(name: "self", arg: 1, scope: !176, file: !97, line: 726, type: !116)
!182 = !DILocalVariable(name: "order", scope: !176, file: !97, line: 726, type: !41, align: 8)
!183 = !DILocation(line: 52, column: 31, scope: !87)
!184 = !DILocation(line: 47, column: 9, scope: !87)
!185 = !DILocation(line: 1015, column: 9, scope: !96, inlinedAt: !128)
!186 = !DILocation(line: 1026, column: 15, scope: !96, inlinedAt: !128)
!187 = !DILocalVariable(name: "self", arg: 1, scope: !188, file: !60, line: 2443, type: !192)
!188 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h011cbc0eff6df2dfE", scope: !27, file: !60, line: 2443, type: !189, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, declaration: !193, retainedNodes: !194)
!189 = !DISubroutineType(types: !190)
!190 = !{!191, !192}
!191 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!192 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!193 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h011cbc0eff6df2dfE", scope: !27, file: !60, line: 2443, type: !189, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !31)
!194 = !{!187}
!195 = !DILocation(line: 2443, column: 22, scope: !188, inlinedAt: !196)
!196 = !DILocation(line: 1027, column: 49, scope: !96, inlinedAt: !128)
!197 = !DILocation(line: 1027, column: 13, scope: !96, inlinedAt: !128)
!198 = !DILocation(line: 1026, column: 9, scope: !96, inlinedAt: !128)
!199 = !DILocation(line: 1030, column: 17, scope: !96, inlinedAt: !128)
!200 = !DILocation(line: 1030, column: 17, scope: !127, inlinedAt: !128)
!201 = !DILocation(line: 1031, column: 9, scope: !96, inlinedAt: !128)
!202 = !DILocalVariable(name: "self", arg: 1, scope: !203, file: !204, line: 646, type: !207)
!203 = distinct !DISubprogram(name: "is_err<bool, bool>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6is_err17hb54c6a625348cd09E", scope: !100, file: !204, line: 646, type: !205, scopeLine: 646, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !109, declaration: !208, retainedNodes: !209)
!204 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!205 = !DISubroutineType(types: !206)
!206 = !{!13, !207}
!207 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::result::Result<bool, bool>", baseType: !100, size: 64, align: 64, dwarfAddressSpace: 0)
!208 = !DISubprogram(name: "is_err<bool, bool>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$6is_err17hb54c6a625348cd09E", scope: !100, file: !204, line: 646, type: !205, scopeLine: 646, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !109)
!209 = !{!202}
!210 = !DILocation(line: 646, column: 25, scope: !203, inlinedAt: !211)
!211 = !DILocation(line: 50, column: 14, scope: !87)
!212 = !DILocalVariable(name: "self", arg: 1, scope: !213, file: !204, line: 593, type: !207)
!213 = distinct !DISubprogram(name: "is_ok<bool, bool>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17hd94820c45e1f7147E", scope: !100, file: !204, line: 593, type: !205, scopeLine: 593, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !109, declaration: !214, retainedNodes: !215)
!214 = !DISubprogram(name: "is_ok<bool, bool>", linkageName: "_ZN4core6result19Result$LT$T$C$E$GT$5is_ok17hd94820c45e1f7147E", scope: !100, file: !204, line: 593, type: !205, scopeLine: 593, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !109)
!215 = !{!212}
!216 = !DILocation(line: 593, column: 24, scope: !213, inlinedAt: !217)
!217 = !DILocation(line: 647, column: 15, scope: !203, inlinedAt: !211)
!218 = !DILocation(line: 52, column: 13, scope: !87)
!219 = !DILocation(line: 1029, column: 16, scope: !96, inlinedAt: !128)
!220 = !DILocation(line: 1029, column: 16, scope: !125, inlinedAt: !128)
!221 = !DILocation(line: 56, column: 6, scope: !87)
!222 = !DILocation(line: 726, column: 17, scope: !176, inlinedAt: !183)
!223 = !DILocation(line: 2443, column: 22, scope: !188, inlinedAt: !224)
!224 = !DILocation(line: 729, column: 37, scope: !176, inlinedAt: !183)
!225 = !DILocation(line: 729, column: 18, scope: !176, inlinedAt: !183)
!226 = !DILocation(line: 52, column: 19, scope: !87)
!227 = !DILocation(line: 25, column: 14, scope: !228, inlinedAt: !235)
!228 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !230, file: !229, line: 22, type: !233, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16)
!229 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!230 = !DINamespace(name: "sse2", scope: !231)
!231 = !DINamespace(name: "x86", scope: !232)
!232 = !DINamespace(name: "core_arch", scope: !10)
!233 = !DISubroutineType(types: !234)
!234 = !{null}
!235 = !DILocation(line: 287, column: 13, scope: !236, inlinedAt: !239)
!236 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !238, file: !237, line: 270, type: !233, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16)
!237 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!238 = !DINamespace(name: "hint", scope: !10)
!239 = !DILocation(line: 53, column: 17, scope: !87)
!240 = !DILocation(line: 0, scope: !241, inlinedAt: !128)
!241 = !DILexicalBlockFile(scope: !96, file: !3, discriminator: 0)
!242 = distinct !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE", scope: !19, file: !3, line: 66, type: !88, scopeLine: 66, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !243, retainedNodes: !244)
!243 = !DISubprogram(name: "unlock", linkageName: "_ZN10spin_locks14AtomicSpinLock6unlock17he45e66fc0d44310cE", scope: !19, file: !3, line: 66, type: !88, scopeLine: 66, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!244 = !{!245}
!245 = !DILocalVariable(name: "self", arg: 1, scope: !242, file: !3, line: 66, type: !90)
!246 = !DILocation(line: 66, column: 19, scope: !242)
!247 = !DILocation(line: 755, column: 25, scope: !248, inlinedAt: !256)
!248 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !22, file: !97, line: 755, type: !249, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !251, retainedNodes: !252)
!249 = !DISubroutineType(types: !250)
!250 = !{null, !116, !13, !41}
!251 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !22, file: !97, line: 755, type: !249, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!252 = !{!253, !254, !255}
!253 = !DILocalVariable(name: "self", arg: 1, scope: !248, file: !97, line: 755, type: !116)
!254 = !DILocalVariable(name: "val", scope: !248, file: !97, line: 755, type: !13, align: 8)
!255 = !DILocalVariable(name: "order", scope: !248, file: !97, line: 755, type: !41, align: 8)
!256 = !DILocation(line: 67, column: 21, scope: !242)
!257 = !DILocation(line: 755, column: 36, scope: !248, inlinedAt: !256)
!258 = !DILocation(line: 755, column: 18, scope: !248, inlinedAt: !256)
!259 = !DILocalVariable(name: "self", arg: 1, scope: !260, file: !60, line: 2443, type: !192)
!260 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h011cbc0eff6df2dfE", scope: !27, file: !60, line: 2443, type: !189, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, declaration: !193, retainedNodes: !261)
!261 = !{!259}
!262 = !DILocation(line: 2443, column: 22, scope: !260, inlinedAt: !263)
!263 = !DILocation(line: 759, column: 33, scope: !248, inlinedAt: !256)
!264 = !DILocation(line: 759, column: 13, scope: !248, inlinedAt: !256)
!265 = !DILocation(line: 68, column: 6, scope: !242)
!266 = distinct !DISubprogram(name: "lock_swap", linkageName: "_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E", scope: !19, file: !3, line: 61, type: !88, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !267, retainedNodes: !268)
!267 = !DISubprogram(name: "lock_swap", linkageName: "_ZN10spin_locks14AtomicSpinLock9lock_swap17h9b41c5762b9eeb95E", scope: !19, file: !3, line: 61, type: !88, scopeLine: 61, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !16)
!268 = !{!269}
!269 = !DILocalVariable(name: "self", arg: 1, scope: !266, file: !3, line: 61, type: !90)
!270 = !DILocation(line: 61, column: 22, scope: !266)
!271 = !DILocation(line: 788, column: 24, scope: !272, inlinedAt: !277)
!272 = distinct !DISubprogram(name: "swap", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4swap", scope: !22, file: !97, line: 788, type: !134, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !144, retainedNodes: !273)
!273 = !{!274, !275, !276}
!274 = !DILocalVariable(name: "self", arg: 1, scope: !272, file: !97, line: 788, type: !116)
!275 = !DILocalVariable(name: "val", scope: !272, file: !97, line: 788, type: !13, align: 8)
!276 = !DILocalVariable(name: "order", scope: !272, file: !97, line: 788, type: !41, align: 8)
!277 = !DILocation(line: 62, column: 27, scope: !266)
!278 = !DILocation(line: 788, column: 35, scope: !272, inlinedAt: !277)
!279 = !DILocation(line: 1167, column: 28, scope: !280, inlinedAt: !285)
!280 = distinct !DISubprogram(name: "fetch_or", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool8fetch_or", scope: !22, file: !97, line: 1167, type: !134, scopeLine: 1167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !136, retainedNodes: !281)
!281 = !{!282, !283, !284}
!282 = !DILocalVariable(name: "self", arg: 1, scope: !280, file: !97, line: 1167, type: !116)
!283 = !DILocalVariable(name: "val", scope: !280, file: !97, line: 1167, type: !13, align: 8)
!284 = !DILocalVariable(name: "order", arg: 3, scope: !280, file: !97, line: 1167, type: !41)
!285 = !DILocation(line: 790, column: 27, scope: !272, inlinedAt: !277)
!286 = !DILocation(line: 1071, column: 29, scope: !287, inlinedAt: !292)
!287 = distinct !DISubprogram(name: "fetch_and", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool9fetch_and", scope: !22, file: !97, line: 1071, type: !134, scopeLine: 1071, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !169, retainedNodes: !288)
!288 = !{!289, !290, !291}
!289 = !DILocalVariable(name: "self", arg: 1, scope: !287, file: !97, line: 1071, type: !116)
!290 = !DILocalVariable(name: "val", scope: !287, file: !97, line: 1071, type: !13, align: 8)
!291 = !DILocalVariable(name: "order", arg: 3, scope: !287, file: !97, line: 1071, type: !41)
!292 = !DILocation(line: 790, column: 63, scope: !272, inlinedAt: !277)
!293 = !DILocation(line: 3902, column: 45, scope: !294, inlinedAt: !301)
!294 = distinct !DISubprogram(name: "atomic_swap<u8>", linkageName: "_ZN4core4sync6atomic11atomic_swap17hfee808964503aa82E", scope: !23, file: !97, line: 3902, type: !295, scopeLine: 3902, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !297)
!295 = !DISubroutineType(types: !296)
!296 = !{!30, !191, !30, !41}
!297 = !{!298, !299, !300}
!298 = !DILocalVariable(name: "dst", arg: 1, scope: !294, file: !97, line: 3902, type: !191)
!299 = !DILocalVariable(name: "val", scope: !294, file: !97, line: 3902, type: !30, align: 8)
!300 = !DILocalVariable(name: "order", scope: !294, file: !97, line: 3902, type: !41, align: 8)
!301 = !DILocation(line: 793, column: 22, scope: !272, inlinedAt: !277)
!302 = !DILocation(line: 3902, column: 53, scope: !294, inlinedAt: !301)
!303 = !DILocation(line: 62, column: 9, scope: !266)
!304 = !DILocation(line: 788, column: 17, scope: !272, inlinedAt: !277)
!305 = !DILocalVariable(name: "self", arg: 1, scope: !306, file: !60, line: 2443, type: !192)
!306 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h011cbc0eff6df2dfE", scope: !27, file: !60, line: 2443, type: !189, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, declaration: !193, retainedNodes: !307)
!307 = !{!305}
!308 = !DILocation(line: 2443, column: 22, scope: !306, inlinedAt: !309)
!309 = !DILocation(line: 793, column: 41, scope: !272, inlinedAt: !277)
!310 = !DILocation(line: 2447, column: 9, scope: !306, inlinedAt: !309)
!311 = !DILocation(line: 3902, column: 32, scope: !294, inlinedAt: !301)
!312 = !DILocation(line: 3907, column: 24, scope: !294, inlinedAt: !301)
!313 = !DILocation(line: 62, column: 15, scope: !266)
!314 = !DILocation(line: 63, column: 6, scope: !266)
!315 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h8d04ccfc27858463E", scope: !23, file: !97, line: 3886, type: !316, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !319)
!316 = !DISubroutineType(types: !317)
!317 = !{!30, !318, !41}
!318 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!319 = !{!320, !321}
!320 = !DILocalVariable(name: "dst", arg: 1, scope: !315, file: !97, line: 3886, type: !318)
!321 = !DILocalVariable(name: "order", arg: 2, scope: !315, file: !97, line: 3886, type: !41)
!322 = !DILocation(line: 3886, column: 32, scope: !315)
!323 = !DILocation(line: 3886, column: 47, scope: !315)
!324 = !DILocation(line: 3889, column: 15, scope: !315)
!325 = !DILocation(line: 3889, column: 9, scope: !315)
!326 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!327 = !DILocation(line: 3890, column: 24, scope: !315)
!328 = !DILocation(line: 3893, column: 24, scope: !315)
!329 = !DILocalVariable(name: "s", arg: 1, scope: !330, file: !331, line: 815, type: !424)
!330 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !332, file: !331, line: 815, type: !422, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !429, retainedNodes: !430)
!331 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!332 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !333, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !334, templateParams: !16, identifier: "e5c67bbe046da39973c72077c7f66185")
!333 = !DINamespace(name: "fmt", scope: !10)
!334 = !{!335, !341}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !332, file: !5, baseType: !336, size: 64, align: 64, flags: DIFlagPrivate)
!336 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !337, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !339, templateParams: !31, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!337 = !DINamespace(name: "non_null", scope: !338)
!338 = !DINamespace(name: "ptr", scope: !10)
!339 = !{!340}
!340 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !336, file: !5, baseType: !318, size: 64, align: 64, flags: DIFlagPrivate)
!341 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !332, file: !5, baseType: !342, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!342 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !337, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !343, templateParams: !420, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!343 = !{!344}
!344 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !342, file: !5, baseType: !345, size: 64, align: 64, flags: DIFlagPrivate)
!345 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !346, size: 64, align: 64, dwarfAddressSpace: 0)
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !347, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !348, templateParams: !16, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!347 = !DINamespace(name: "rt", scope: !333)
!348 = !{!349}
!349 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !346, file: !5, baseType: !350, size: 128, align: 64, flags: DIFlagPrivate)
!350 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !347, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !351, templateParams: !16, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!351 = !{!352}
!352 = !DICompositeType(tag: DW_TAG_variant_part, scope: !350, file: !5, size: 128, align: 64, elements: !353, templateParams: !16, identifier: "fbd384083752b747f8b252853b979154", discriminator: !418)
!353 = !{!354, !414}
!354 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !352, file: !5, baseType: !355, size: 128, align: 64)
!355 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !350, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !356, templateParams: !16, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!356 = !{!357, !365, !408}
!357 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !355, file: !5, baseType: !358, size: 64, align: 64, flags: DIFlagPrivate)
!358 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !337, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !359, templateParams: !363, identifier: "f4e496144210c619b96aa08326287b92")
!359 = !{!360}
!360 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !358, file: !5, baseType: !361, size: 64, align: 64, flags: DIFlagPrivate)
!361 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !362, size: 64, align: 64, dwarfAddressSpace: 0)
!362 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!363 = !{!364}
!364 = !DITemplateTypeParameter(name: "T", type: !362)
!365 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !355, file: !5, baseType: !366, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!366 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !367, size: 64, align: 64, dwarfAddressSpace: 0)
!367 = !DISubroutineType(types: !368)
!368 = !{!369, !358, !385}
!369 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !101, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !370, templateParams: !16, identifier: "1c6752419820cdc3961061cc58b31873")
!370 = !{!371}
!371 = !DICompositeType(tag: DW_TAG_variant_part, scope: !369, file: !5, size: 8, align: 8, elements: !372, templateParams: !16, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !384)
!372 = !{!373, !380}
!373 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !371, file: !5, baseType: !374, size: 8, align: 8, extraData: i8 0)
!374 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !369, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !375, templateParams: !377, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!375 = !{!376}
!376 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !374, file: !5, baseType: !362, align: 8, offset: 8, flags: DIFlagPublic)
!377 = !{!364, !378}
!378 = !DITemplateTypeParameter(name: "E", type: !379)
!379 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !333, file: !5, align: 8, flags: DIFlagPublic, elements: !16, identifier: "5a24300cdda31093f5fe20c939b4885")
!380 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !371, file: !5, baseType: !381, size: 8, align: 8, extraData: i8 1)
!381 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !369, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !382, templateParams: !377, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!382 = !{!383}
!383 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !381, file: !5, baseType: !379, align: 8, offset: 8, flags: DIFlagPublic)
!384 = !DIDerivedType(tag: DW_TAG_member, scope: !369, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagArtificial)
!385 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !386, size: 64, align: 64, dwarfAddressSpace: 0)
!386 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !333, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !387, templateParams: !16, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!387 = !{!388, !396}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !386, file: !5, baseType: !389, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!389 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !333, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !390, templateParams: !16, identifier: "ca2f5547247cd95c514a47d5800e09e")
!390 = !{!391, !393, !395}
!391 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !389, file: !5, baseType: !392, size: 32, align: 32, flags: DIFlagPrivate)
!392 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!393 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !389, file: !5, baseType: !394, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!394 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!395 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !389, file: !5, baseType: !394, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!396 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !386, file: !5, baseType: !397, size: 128, align: 64, flags: DIFlagPrivate)
!397 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !398, templateParams: !16, identifier: "effe97114690fc58a8e246cb04e37234")
!398 = !{!399, !402}
!399 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !397, file: !5, baseType: !400, size: 64, align: 64)
!400 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !401, size: 64, align: 64, dwarfAddressSpace: 0)
!401 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !16, identifier: "64328679825f9c73b507edbfd5b86b47")
!402 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !397, file: !5, baseType: !403, size: 64, align: 64, offset: 64)
!403 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !404, size: 64, align: 64, dwarfAddressSpace: 0)
!404 = !DICompositeType(tag: DW_TAG_array_type, baseType: !405, size: 384, align: 64, elements: !406)
!405 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!406 = !{!407}
!407 = !DISubrange(count: 6, lowerBound: 0)
!408 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !355, file: !5, baseType: !409, align: 8, offset: 128, flags: DIFlagPrivate)
!409 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !410, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !411, identifier: "efa596960370766459fc018866dc4048")
!410 = !DINamespace(name: "marker", scope: !10)
!411 = !{!412}
!412 = !DITemplateTypeParameter(name: "T", type: !413)
!413 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !362, size: 64, align: 64, dwarfAddressSpace: 0)
!414 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !352, file: !5, baseType: !415, size: 128, align: 64, extraData: i64 0)
!415 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !350, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !416, templateParams: !16, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!416 = !{!417}
!417 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !415, file: !5, baseType: !394, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!418 = !DIDerivedType(tag: DW_TAG_member, scope: !350, file: !5, baseType: !419, size: 64, align: 64, flags: DIFlagArtificial)
!419 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!420 = !{!421}
!421 = !DITemplateTypeParameter(name: "T", type: !346)
!422 = !DISubroutineType(types: !423)
!423 = !{!332, !424}
!424 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !425, templateParams: !16, identifier: "9277eecd40495f85161460476aacc992")
!425 = !{!426, !428}
!426 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !424, file: !5, baseType: !427, size: 64, align: 64)
!427 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!428 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !424, file: !5, baseType: !405, size: 64, align: 64, offset: 64)
!429 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !332, file: !331, line: 815, type: !422, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!430 = !{!329}
!431 = !DILocation(line: 815, column: 27, scope: !330, inlinedAt: !328)
!432 = !DILocalVariable(name: "self", arg: 1, scope: !433, file: !434, line: 578, type: !424)
!433 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !435, file: !434, line: 578, type: !437, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !439)
!434 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!435 = !DINamespace(name: "{impl#0}", scope: !436)
!436 = !DINamespace(name: "str", scope: !10)
!437 = !DISubroutineType(types: !438)
!438 = !{!318, !424}
!439 = !{!432}
!440 = !DILocation(line: 578, column: 25, scope: !433, inlinedAt: !441)
!441 = !DILocation(line: 819, column: 44, scope: !442, inlinedAt: !328)
!442 = !DILexicalBlockFile(scope: !330, file: !331, discriminator: 2)
!443 = !DILocalVariable(name: "self", arg: 1, scope: !444, file: !434, line: 157, type: !424)
!444 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !435, file: !434, line: 157, type: !445, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !447)
!445 = !DISubroutineType(types: !446)
!446 = !{!405, !424}
!447 = !{!443}
!448 = !DILocation(line: 157, column: 22, scope: !444, inlinedAt: !449)
!449 = !DILocation(line: 820, column: 40, scope: !442, inlinedAt: !328)
!450 = !DILocalVariable(name: "self", arg: 1, scope: !451, file: !434, line: 502, type: !424)
!451 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !435, file: !434, line: 502, type: !452, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !458)
!452 = !DISubroutineType(types: !453)
!453 = !{!454, !424}
!454 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !455, templateParams: !16, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!455 = !{!456, !457}
!456 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !454, file: !5, baseType: !427, size: 64, align: 64)
!457 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !454, file: !5, baseType: !405, size: 64, align: 64, offset: 64)
!458 = !{!450}
!459 = !DILocation(line: 502, column: 27, scope: !451, inlinedAt: !460)
!460 = !DILocation(line: 158, column: 14, scope: !461, inlinedAt: !449)
!461 = !DILexicalBlockFile(scope: !444, file: !434, discriminator: 2)
!462 = !DILocation(line: 819, column: 27, scope: !330, inlinedAt: !328)
!463 = !DILocation(line: 820, column: 23, scope: !330, inlinedAt: !328)
!464 = !DILocation(line: 3891, column: 24, scope: !315)
!465 = !DILocation(line: 3894, column: 23, scope: !315)
!466 = !DILocation(line: 815, column: 27, scope: !330, inlinedAt: !465)
!467 = !DILocation(line: 578, column: 25, scope: !433, inlinedAt: !468)
!468 = !DILocation(line: 819, column: 44, scope: !330, inlinedAt: !465)
!469 = !DILocation(line: 157, column: 22, scope: !444, inlinedAt: !470)
!470 = !DILocation(line: 820, column: 40, scope: !330, inlinedAt: !465)
!471 = !DILocation(line: 502, column: 27, scope: !451, inlinedAt: !472)
!472 = !DILocation(line: 158, column: 14, scope: !444, inlinedAt: !470)
!473 = !DILocation(line: 819, column: 27, scope: !330, inlinedAt: !465)
!474 = !DILocation(line: 820, column: 23, scope: !330, inlinedAt: !465)
!475 = !DILocation(line: 3892, column: 23, scope: !315)
!476 = !DILocation(line: 3897, column: 2, scope: !315)
!477 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17hc3c6871440864522E", scope: !23, file: !97, line: 3871, type: !478, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !480)
!478 = !DISubroutineType(types: !479)
!479 = !{null, !191, !30, !41}
!480 = !{!481, !482, !483}
!481 = !DILocalVariable(name: "dst", arg: 1, scope: !477, file: !97, line: 3871, type: !191)
!482 = !DILocalVariable(name: "val", arg: 2, scope: !477, file: !97, line: 3871, type: !30)
!483 = !DILocalVariable(name: "order", arg: 3, scope: !477, file: !97, line: 3871, type: !41)
!484 = !DILocation(line: 3871, column: 33, scope: !477)
!485 = !DILocation(line: 3871, column: 46, scope: !477)
!486 = !DILocation(line: 3871, column: 54, scope: !477)
!487 = !DILocation(line: 3874, column: 15, scope: !477)
!488 = !DILocation(line: 3874, column: 9, scope: !477)
!489 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!490 = !DILocation(line: 3875, column: 24, scope: !477)
!491 = !DILocation(line: 3876, column: 24, scope: !477)
!492 = !DILocation(line: 3878, column: 24, scope: !477)
!493 = !DILocalVariable(name: "s", arg: 1, scope: !494, file: !331, line: 815, type: !424)
!494 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !332, file: !331, line: 815, type: !422, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !429, retainedNodes: !495)
!495 = !{!493}
!496 = !DILocation(line: 815, column: 27, scope: !494, inlinedAt: !492)
!497 = !DILocalVariable(name: "self", arg: 1, scope: !498, file: !434, line: 578, type: !424)
!498 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !435, file: !434, line: 578, type: !437, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !499)
!499 = !{!497}
!500 = !DILocation(line: 578, column: 25, scope: !498, inlinedAt: !501)
!501 = !DILocation(line: 819, column: 44, scope: !502, inlinedAt: !492)
!502 = !DILexicalBlockFile(scope: !494, file: !331, discriminator: 2)
!503 = !DILocalVariable(name: "self", arg: 1, scope: !504, file: !434, line: 157, type: !424)
!504 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !435, file: !434, line: 157, type: !445, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !505)
!505 = !{!503}
!506 = !DILocation(line: 157, column: 22, scope: !504, inlinedAt: !507)
!507 = !DILocation(line: 820, column: 40, scope: !502, inlinedAt: !492)
!508 = !DILocalVariable(name: "self", arg: 1, scope: !509, file: !434, line: 502, type: !424)
!509 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !435, file: !434, line: 502, type: !452, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !510)
!510 = !{!508}
!511 = !DILocation(line: 502, column: 27, scope: !509, inlinedAt: !512)
!512 = !DILocation(line: 158, column: 14, scope: !513, inlinedAt: !507)
!513 = !DILexicalBlockFile(scope: !504, file: !434, discriminator: 2)
!514 = !DILocation(line: 819, column: 27, scope: !494, inlinedAt: !492)
!515 = !DILocation(line: 820, column: 23, scope: !494, inlinedAt: !492)
!516 = !DILocation(line: 3879, column: 23, scope: !477)
!517 = !DILocation(line: 815, column: 27, scope: !494, inlinedAt: !516)
!518 = !DILocation(line: 578, column: 25, scope: !498, inlinedAt: !519)
!519 = !DILocation(line: 819, column: 44, scope: !494, inlinedAt: !516)
!520 = !DILocation(line: 157, column: 22, scope: !504, inlinedAt: !521)
!521 = !DILocation(line: 820, column: 40, scope: !494, inlinedAt: !516)
!522 = !DILocation(line: 502, column: 27, scope: !509, inlinedAt: !523)
!523 = !DILocation(line: 158, column: 14, scope: !504, inlinedAt: !521)
!524 = !DILocation(line: 819, column: 27, scope: !494, inlinedAt: !516)
!525 = !DILocation(line: 820, column: 23, scope: !494, inlinedAt: !516)
!526 = !DILocation(line: 3877, column: 23, scope: !477)
!527 = !DILocation(line: 3882, column: 2, scope: !477)
!528 = distinct !DISubprogram(name: "atomic_compare_exchange_weak<u8>", linkageName: "_ZN4core4sync6atomic28atomic_compare_exchange_weak17h31c02495227dc472E", scope: !23, file: !97, line: 4020, type: !529, scopeLine: 4020, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !31, retainedNodes: !546)
!529 = !DISubroutineType(types: !530)
!530 = !{!531, !191, !30, !30, !41, !41}
!531 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<u8, u8>", scope: !101, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !532, templateParams: !16, identifier: "3f49ad2ad3ca6e08f7b9fc653cc2383")
!532 = !{!533}
!533 = !DICompositeType(tag: DW_TAG_variant_part, scope: !531, file: !5, size: 16, align: 8, elements: !534, templateParams: !16, identifier: "b34042df202b1279b47f0d50c1696f5", discriminator: !545)
!534 = !{!535, !541}
!535 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !533, file: !5, baseType: !536, size: 16, align: 8, extraData: i8 0)
!536 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !531, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !537, templateParams: !539, identifier: "ec167bdaf0ec5ce6afcec043e500fc90")
!537 = !{!538}
!538 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !536, file: !5, baseType: !30, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!539 = !{!32, !540}
!540 = !DITemplateTypeParameter(name: "E", type: !30)
!541 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !533, file: !5, baseType: !542, size: 16, align: 8, extraData: i8 1)
!542 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !531, file: !5, size: 16, align: 8, flags: DIFlagPublic, elements: !543, templateParams: !539, identifier: "598f99603d7fa8ddcbfb9c68db8da1fb")
!543 = !{!544}
!544 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !542, file: !5, baseType: !30, size: 8, align: 8, offset: 8, flags: DIFlagPublic)
!545 = !DIDerivedType(tag: DW_TAG_member, scope: !531, file: !5, baseType: !30, size: 8, align: 8, flags: DIFlagArtificial)
!546 = !{!547, !548, !549, !550, !551, !552, !554}
!547 = !DILocalVariable(name: "dst", arg: 1, scope: !528, file: !97, line: 4021, type: !191)
!548 = !DILocalVariable(name: "old", arg: 2, scope: !528, file: !97, line: 4022, type: !30)
!549 = !DILocalVariable(name: "new", arg: 3, scope: !528, file: !97, line: 4023, type: !30)
!550 = !DILocalVariable(name: "success", arg: 4, scope: !528, file: !97, line: 4024, type: !41)
!551 = !DILocalVariable(name: "failure", arg: 5, scope: !528, file: !97, line: 4025, type: !41)
!552 = !DILocalVariable(name: "val", scope: !553, file: !97, line: 4028, type: !30, align: 8)
!553 = distinct !DILexicalBlock(scope: !528, file: !97, line: 4028, column: 5)
!554 = !DILocalVariable(name: "ok", scope: !553, file: !97, line: 4028, type: !13, align: 8)
!555 = !DILocation(line: 4021, column: 5, scope: !528)
!556 = !DILocation(line: 4022, column: 5, scope: !528)
!557 = !DILocation(line: 4023, column: 5, scope: !528)
!558 = !DILocation(line: 4024, column: 5, scope: !528)
!559 = !DILocation(line: 4025, column: 5, scope: !528)
!560 = !DILocation(line: 4028, column: 21, scope: !528)
!561 = !DILocation(line: 4029, column: 15, scope: !528)
!562 = !DILocation(line: 4029, column: 9, scope: !528)
!563 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
!564 = !DILocation(line: 4031, column: 17, scope: !528)
!565 = !DILocation(line: 4034, column: 17, scope: !528)
!566 = !DILocation(line: 4037, column: 17, scope: !528)
!567 = !DILocation(line: 4028, column: 10, scope: !528)
!568 = !DILocation(line: 4028, column: 10, scope: !553)
!569 = !DILocation(line: 4028, column: 15, scope: !528)
!570 = !DILocation(line: 4028, column: 15, scope: !553)
!571 = !DILocation(line: 4078, column: 6, scope: !528)
!572 = !DILocation(line: 4079, column: 8, scope: !553)
!573 = !DILocation(line: 4049, column: 17, scope: !528)
!574 = !DILocation(line: 4052, column: 17, scope: !528)
!575 = !DILocation(line: 4055, column: 17, scope: !528)
!576 = !DILocation(line: 4040, column: 17, scope: !528)
!577 = !DILocation(line: 4043, column: 17, scope: !528)
!578 = !DILocation(line: 4046, column: 17, scope: !528)
!579 = !DILocation(line: 4058, column: 17, scope: !528)
!580 = !DILocation(line: 4061, column: 17, scope: !528)
!581 = !DILocation(line: 4064, column: 17, scope: !528)
!582 = !DILocation(line: 4067, column: 17, scope: !528)
!583 = !DILocation(line: 4070, column: 17, scope: !528)
!584 = !DILocation(line: 4073, column: 17, scope: !528)
!585 = !DILocation(line: 4079, column: 30, scope: !553)
!586 = !DILocation(line: 4079, column: 5, scope: !553)
!587 = !DILocation(line: 4079, column: 13, scope: !553)
!588 = !DILocation(line: 4080, column: 2, scope: !528)
!589 = !DILocation(line: 4076, column: 29, scope: !528)
!590 = !DILocalVariable(name: "s", arg: 1, scope: !591, file: !331, line: 815, type: !424)
!591 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !332, file: !331, line: 815, type: !422, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, declaration: !429, retainedNodes: !592)
!592 = !{!590}
!593 = !DILocation(line: 815, column: 27, scope: !591, inlinedAt: !589)
!594 = !DILocalVariable(name: "self", arg: 1, scope: !595, file: !434, line: 578, type: !424)
!595 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !435, file: !434, line: 578, type: !437, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !596)
!596 = !{!594}
!597 = !DILocation(line: 578, column: 25, scope: !595, inlinedAt: !598)
!598 = !DILocation(line: 819, column: 44, scope: !591, inlinedAt: !589)
!599 = !DILocalVariable(name: "self", arg: 1, scope: !600, file: !434, line: 157, type: !424)
!600 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !435, file: !434, line: 157, type: !445, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !601)
!601 = !{!599}
!602 = !DILocation(line: 157, column: 22, scope: !600, inlinedAt: !603)
!603 = !DILocation(line: 820, column: 40, scope: !591, inlinedAt: !589)
!604 = !DILocalVariable(name: "self", arg: 1, scope: !605, file: !434, line: 502, type: !424)
!605 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !435, file: !434, line: 502, type: !452, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !38, templateParams: !16, retainedNodes: !606)
!606 = !{!604}
!607 = !DILocation(line: 502, column: 27, scope: !605, inlinedAt: !608)
!608 = !DILocation(line: 158, column: 14, scope: !600, inlinedAt: !603)
!609 = !DILocation(line: 819, column: 27, scope: !591, inlinedAt: !589)
!610 = !DILocation(line: 820, column: 23, scope: !591, inlinedAt: !589)
!611 = !DILocation(line: 4075, column: 28, scope: !528)
!612 = !DILocation(line: 815, column: 27, scope: !591, inlinedAt: !611)
!613 = !DILocation(line: 578, column: 25, scope: !595, inlinedAt: !614)
!614 = !DILocation(line: 819, column: 44, scope: !615, inlinedAt: !611)
!615 = !DILexicalBlockFile(scope: !591, file: !331, discriminator: 2)
!616 = !DILocation(line: 157, column: 22, scope: !600, inlinedAt: !617)
!617 = !DILocation(line: 820, column: 40, scope: !615, inlinedAt: !611)
!618 = !DILocation(line: 502, column: 27, scope: !605, inlinedAt: !619)
!619 = !DILocation(line: 158, column: 14, scope: !620, inlinedAt: !617)
!620 = !DILexicalBlockFile(scope: !600, file: !434, discriminator: 2)
!621 = !DILocation(line: 819, column: 27, scope: !591, inlinedAt: !611)
!622 = !DILocation(line: 820, column: 23, scope: !591, inlinedAt: !611)
