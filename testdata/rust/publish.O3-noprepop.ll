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
@_ZN7publish7MAILBOX17h5dbdcce5be4bbbbaE = global <{ [33 x i8], [7 x i8] }> <{ [33 x i8] zeroinitializer, [7 x i8] undef }>, align 8, !dbg !0

; core::sync::atomic::fence
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !48 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !53, !DIExpression(), !54)
  %_2 = zext i8 %order to i64, !dbg !55
  switch i64 %_2, label %bb1 [
    i64 0, label %bb2
    i64 1, label %bb5
    i64 2, label %bb6
    i64 3, label %bb4
    i64 4, label %bb3
  ], !dbg !56, !prof !57

bb1:                                              ; preds = %start
  unreachable, !dbg !55

bb2:                                              ; preds = %start
  store ptr @alloc_929e9b2e7b7429614ca4fc017efff666, ptr %s.dbg.spill, align 8, !dbg !58
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !58
  store i64 41, ptr %0, align 8, !dbg !58
    #dbg_declare(ptr %s.dbg.spill, !59, !DIExpression(), !162)
    #dbg_declare(ptr %s.dbg.spill, !163, !DIExpression(), !171)
    #dbg_declare(ptr %s.dbg.spill, !173, !DIExpression(), !178)
    #dbg_declare(ptr %s.dbg.spill, !180, !DIExpression(), !189)
  call void @llvm.assume(i1 true), !dbg !191
  %1 = icmp ne ptr inttoptr (i64 83 to ptr), null, !dbg !192
  call void @llvm.assume(i1 %1), !dbg !192
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_929e9b2e7b7429614ca4fc017efff666, ptr noundef nonnull inttoptr (i64 83 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_ea5b21d5fc560c6358071a0315535da4) #6, !dbg !58
  unreachable, !dbg !58

bb5:                                              ; preds = %start
  fence release, !dbg !193
  br label %bb7, !dbg !193

bb6:                                              ; preds = %start
  fence acquire, !dbg !194
  br label %bb7, !dbg !194

bb4:                                              ; preds = %start
  fence acq_rel, !dbg !195
  br label %bb7, !dbg !195

bb3:                                              ; preds = %start
  fence seq_cst, !dbg !196
  br label %bb7, !dbg !196

bb7:                                              ; preds = %bb3, %bb4, %bb6, %bb5
  ret void, !dbg !197
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !198 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !202, !DIExpression(), !204)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !203, !DIExpression(), !205)
  %_3 = zext i8 %order to i64, !dbg !206
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !207, !prof !208

bb1:                                              ; preds = %start
  unreachable, !dbg !206

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1, !dbg !209
  store i8 %0, ptr %_0, align 1, !dbg !209
  br label %bb7, !dbg !209

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !210
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !210
  store i64 40, ptr %1, align 8, !dbg !210
    #dbg_declare(ptr %s.dbg.spill, !211, !DIExpression(), !214)
    #dbg_declare(ptr %s.dbg.spill, !215, !DIExpression(), !218)
    #dbg_declare(ptr %s.dbg.spill, !221, !DIExpression(), !224)
    #dbg_declare(ptr %s.dbg.spill, !226, !DIExpression(), !229)
  call void @llvm.assume(i1 true), !dbg !232
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !233
  call void @llvm.assume(i1 %2), !dbg !233
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #6, !dbg !210
  unreachable, !dbg !210

bb5:                                              ; preds = %start
  %3 = load atomic i8, ptr %dst acquire, align 1, !dbg !234
  store i8 %3, ptr %_0, align 1, !dbg !234
  br label %bb7, !dbg !234

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !235
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !235
  store i64 49, ptr %4, align 8, !dbg !235
    #dbg_declare(ptr %s.dbg.spill1, !211, !DIExpression(), !236)
    #dbg_declare(ptr %s.dbg.spill1, !215, !DIExpression(), !237)
    #dbg_declare(ptr %s.dbg.spill1, !221, !DIExpression(), !239)
    #dbg_declare(ptr %s.dbg.spill1, !226, !DIExpression(), !241)
  call void @llvm.assume(i1 true), !dbg !243
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !244
  call void @llvm.assume(i1 %5), !dbg !244
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #6, !dbg !235
  unreachable, !dbg !235

bb4:                                              ; preds = %start
  %6 = load atomic i8, ptr %dst seq_cst, align 1, !dbg !245
  store i8 %6, ptr %_0, align 1, !dbg !245
  br label %bb7, !dbg !245

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i8, ptr %_0, align 1, !dbg !246, !noundef !21
  ret i8 %7, !dbg !246
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !247 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !252, !DIExpression(), !255)
  store i8 %val, ptr %val.dbg.spill, align 1
    #dbg_declare(ptr %val.dbg.spill, !253, !DIExpression(), !256)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !254, !DIExpression(), !257)
  %_4 = zext i8 %order to i64, !dbg !258
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !259, !prof !260

bb1:                                              ; preds = %start
  unreachable, !dbg !258

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1, !dbg !261
  br label %bb7, !dbg !261

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1, !dbg !262
  br label %bb7, !dbg !262

bb3:                                              ; preds = %start
  store ptr @alloc_bf39103a6db665396aab4632362d9353, ptr %s.dbg.spill, align 8, !dbg !263
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !263
  store i64 42, ptr %0, align 8, !dbg !263
    #dbg_declare(ptr %s.dbg.spill, !264, !DIExpression(), !267)
    #dbg_declare(ptr %s.dbg.spill, !268, !DIExpression(), !271)
    #dbg_declare(ptr %s.dbg.spill, !274, !DIExpression(), !277)
    #dbg_declare(ptr %s.dbg.spill, !279, !DIExpression(), !282)
  call void @llvm.assume(i1 true), !dbg !285
  %1 = icmp ne ptr inttoptr (i64 85 to ptr), null, !dbg !286
  call void @llvm.assume(i1 %1), !dbg !286
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #6, !dbg !263
  unreachable, !dbg !263

bb2:                                              ; preds = %start
  store ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr %s.dbg.spill1, align 8, !dbg !287
  %2 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !287
  store i64 50, ptr %2, align 8, !dbg !287
    #dbg_declare(ptr %s.dbg.spill1, !264, !DIExpression(), !288)
    #dbg_declare(ptr %s.dbg.spill1, !268, !DIExpression(), !289)
    #dbg_declare(ptr %s.dbg.spill1, !274, !DIExpression(), !291)
    #dbg_declare(ptr %s.dbg.spill1, !279, !DIExpression(), !293)
  call void @llvm.assume(i1 true), !dbg !295
  %3 = icmp ne ptr inttoptr (i64 101 to ptr), null, !dbg !296
  call void @llvm.assume(i1 %3), !dbg !296
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #6, !dbg !287
  unreachable, !dbg !287

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1, !dbg !297
  br label %bb7, !dbg !297

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void, !dbg !298
}

; publish::Mailbox::consume_acquire
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E(ptr noundef nonnull align 8 %self) unnamed_addr #1 !dbg !299 {
start:
  %d.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !305, !DIExpression(), !309)
  store i8 2, ptr %order.dbg.spill, align 1, !dbg !310
    #dbg_declare(ptr %order.dbg.spill, !319, !DIExpression(), !310)
  br label %bb1, !dbg !321

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %self, !318, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !322)
    #dbg_value(ptr %self, !323, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !331)
  %_15 = getelementptr inbounds i8, ptr %self, i64 32, !dbg !333
; call core::sync::atomic::atomic_load
  %_12 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %_15, i8 noundef 2) #7, !dbg !334
  %0 = icmp eq i8 %_12, 0, !dbg !335
  br i1 %0, label %bb3, label %bb2, !dbg !335

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause(), !dbg !336
  br label %bb1, !dbg !321

bb2:                                              ; preds = %bb1
    #dbg_value(ptr %self, !349, !DIExpression(), !356)
  store ptr %self, ptr %d.dbg.spill, align 8, !dbg !358
    #dbg_declare(ptr %d.dbg.spill, !306, !DIExpression(), !359)
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 0, !dbg !360
  %_8 = load i64, ptr %1, align 8, !dbg !360, !noundef !21
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 1, !dbg !361
  %_9 = load i64, ptr %2, align 8, !dbg !361, !noundef !21
  %_7 = add i64 %_8, %_9, !dbg !360
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 2, !dbg !362
  %_10 = load i64, ptr %3, align 8, !dbg !362, !noundef !21
  %_6 = add i64 %_7, %_10, !dbg !360
  %4 = getelementptr inbounds nuw i64, ptr %self, i64 3, !dbg !363
  %_11 = load i64, ptr %4, align 8, !dbg !363, !noundef !21
  %_0 = add i64 %_6, %_11, !dbg !360
  ret i64 %_0, !dbg !364
}

; publish::Mailbox::consume_relaxed
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E(ptr noundef nonnull align 8 %self) unnamed_addr #1 !dbg !365 {
start:
  %d.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !368, !DIExpression(), !371)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !372
    #dbg_declare(ptr %order.dbg.spill, !376, !DIExpression(), !372)
  br label %bb1, !dbg !378

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %self, !375, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !379)
    #dbg_value(ptr %self, !380, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !383)
  %_15 = getelementptr inbounds i8, ptr %self, i64 32, !dbg !385
; call core::sync::atomic::atomic_load
  %_12 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %_15, i8 noundef 0) #7, !dbg !386
  %0 = icmp eq i8 %_12, 0, !dbg !387
  br i1 %0, label %bb3, label %bb2, !dbg !387

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause(), !dbg !388
  br label %bb1, !dbg !378

bb2:                                              ; preds = %bb1
    #dbg_value(ptr %self, !393, !DIExpression(), !396)
  store ptr %self, ptr %d.dbg.spill, align 8, !dbg !398
    #dbg_declare(ptr %d.dbg.spill, !369, !DIExpression(), !399)
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 0, !dbg !400
  %_8 = load i64, ptr %1, align 8, !dbg !400, !noundef !21
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 1, !dbg !401
  %_9 = load i64, ptr %2, align 8, !dbg !401, !noundef !21
  %_7 = add i64 %_8, %_9, !dbg !400
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 2, !dbg !402
  %_10 = load i64, ptr %3, align 8, !dbg !402, !noundef !21
  %_6 = add i64 %_7, %_10, !dbg !400
  %4 = getelementptr inbounds nuw i64, ptr %self, i64 3, !dbg !403
  %_11 = load i64, ptr %4, align 8, !dbg !403, !noundef !21
  %_0 = add i64 %_6, %_11, !dbg !400
  ret i64 %_0, !dbg !404
}

; publish::Mailbox::consume_relaxed_fence
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E(ptr noundef nonnull align 8 %self) unnamed_addr #1 !dbg !405 {
start:
  %d.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !408, !DIExpression(), !411)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !412
    #dbg_declare(ptr %order.dbg.spill, !416, !DIExpression(), !412)
  br label %bb1, !dbg !418

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %self, !415, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !419)
    #dbg_value(ptr %self, !420, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !423)
  %_16 = getelementptr inbounds i8, ptr %self, i64 32, !dbg !425
; call core::sync::atomic::atomic_load
  %_13 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E(ptr noundef %_16, i8 noundef 0) #7, !dbg !426
  %0 = icmp eq i8 %_13, 0, !dbg !427
  br i1 %0, label %bb3, label %bb2, !dbg !427

bb3:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause(), !dbg !428
  br label %bb1, !dbg !418

bb2:                                              ; preds = %bb1
; call core::sync::atomic::fence
  call void @_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence(i8 noundef 2) #7, !dbg !433
    #dbg_value(ptr %self, !434, !DIExpression(), !437)
  store ptr %self, ptr %d.dbg.spill, align 8, !dbg !439
    #dbg_declare(ptr %d.dbg.spill, !409, !DIExpression(), !440)
  %1 = getelementptr inbounds nuw i64, ptr %self, i64 0, !dbg !441
  %_9 = load i64, ptr %1, align 8, !dbg !441, !noundef !21
  %2 = getelementptr inbounds nuw i64, ptr %self, i64 1, !dbg !442
  %_10 = load i64, ptr %2, align 8, !dbg !442, !noundef !21
  %_8 = add i64 %_9, %_10, !dbg !441
  %3 = getelementptr inbounds nuw i64, ptr %self, i64 2, !dbg !443
  %_11 = load i64, ptr %3, align 8, !dbg !443, !noundef !21
  %_7 = add i64 %_8, %_11, !dbg !441
  %4 = getelementptr inbounds nuw i64, ptr %self, i64 3, !dbg !444
  %_12 = load i64, ptr %4, align 8, !dbg !444, !noundef !21
  %_0 = add i64 %_7, %_12, !dbg !441
  ret i64 %_0, !dbg !445
}

; publish::Mailbox::publish
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E(ptr noundef nonnull align 8 %self, ptr dead_on_return noalias noundef readonly align 8 captures(none) dereferenceable(32) %v) unnamed_addr #1 !dbg !446 {
start:
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !451, !DIExpression(), !453)
    #dbg_declare(ptr %v, !452, !DIExpression(), !454)
  store i8 1, ptr %val.dbg.spill, align 1, !dbg !455
    #dbg_declare(ptr %val.dbg.spill, !462, !DIExpression(), !455)
  store i8 1, ptr %order.dbg.spill, align 1, !dbg !465
    #dbg_declare(ptr %order.dbg.spill, !463, !DIExpression(), !465)
    #dbg_value(ptr %self, !466, !DIExpression(), !469)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %self, ptr align 8 %v, i64 32, i1 false), !dbg !471
    #dbg_value(ptr %self, !461, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !472)
    #dbg_value(ptr %self, !473, !DIExpression(DW_OP_plus_uconst, 32, DW_OP_stack_value), !476)
  %_10 = getelementptr inbounds i8, ptr %self, i64 32, !dbg !478
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E(ptr noundef %_10, i8 noundef 1, i8 noundef 1) #7, !dbg !479
  ret void, !dbg !480
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

!llvm.module.flags = !{!32, !33, !34, !35}
!llvm.ident = !{!36}
!llvm.dbg.cu = !{!37}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "MAILBOX", linkageName: "_ZN7publish7MAILBOX17h5dbdcce5be4bbbbaE", scope: !2, file: !3, line: 61, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "publish", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/publish.rs", directory: ".", checksumkind: CSK_MD5, checksum: "19d9d904b31677ef09595b5fbc6fc790")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mailbox", scope: !2, file: !5, size: 320, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !21, identifier: "73578c99a77f276e938308bd120dbcf9")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7, !22}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "ready", scope: !4, file: !5, baseType: !8, size: 8, align: 8, offset: 256, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !12, templateParams: !21, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!9 = !DINamespace(name: "atomic", scope: !10)
!10 = !DINamespace(name: "sync", scope: !11)
!11 = !DINamespace(name: "core", scope: null)
!12 = !{!13}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !8, file: !5, baseType: !14, size: 8, align: 8, flags: DIFlagPrivate)
!14 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !15, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !19, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!15 = !DINamespace(name: "cell", scope: !11)
!16 = !{!17}
!17 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !14, file: !5, baseType: !18, size: 8, align: 8, flags: DIFlagPrivate)
!18 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!19 = !{!20}
!20 = !DITemplateTypeParameter(name: "T", type: !18)
!21 = !{}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !4, file: !5, baseType: !23, size: 256, align: 64, flags: DIFlagPrivate)
!23 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<[u64; 4]>", scope: !15, file: !5, size: 256, align: 64, flags: DIFlagPublic, elements: !24, templateParams: !30, identifier: "870f5e87cbd4e8eb60ee235e6706df56")
!24 = !{!25}
!25 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !23, file: !5, baseType: !26, size: 256, align: 64, flags: DIFlagPrivate)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !27, size: 256, align: 64, elements: !28)
!27 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!28 = !{!29}
!29 = !DISubrange(count: 4, lowerBound: 0)
!30 = !{!31}
!31 = !DITemplateTypeParameter(name: "T", type: !26)
!32 = !{i32 8, !"PIC Level", i32 2}
!33 = !{i32 2, !"RtLibUseGOT", i32 1}
!34 = !{i32 7, !"Dwarf Version", i32 4}
!35 = !{i32 2, !"Debug Info Version", i32 3}
!36 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!37 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !38, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !39, globals: !47, splitDebugInlining: false, nameTableKind: None)
!38 = !DIFile(filename: "testdata/rust/src/publish.rs/@/publish.823e05c2ecf19a11-cgu.0", directory: ".")
!39 = !{!40}
!40 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !9, file: !5, baseType: !18, size: 8, align: 8, flags: DIFlagEnumClass, elements: !41)
!41 = !{!42, !43, !44, !45, !46}
!42 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!43 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!44 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!45 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!46 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!47 = !{!0}
!48 = distinct !DISubprogram(name: "fence", linkageName: "_RNvNtNtCsgEmfK2I1SDS_4core4sync6atomic5fence", scope: !9, file: !49, line: 4369, type: !50, scopeLine: 4369, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !52)
!49 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!50 = !DISubroutineType(types: !51)
!51 = !{null, !40}
!52 = !{!53}
!53 = !DILocalVariable(name: "order", arg: 1, scope: !48, file: !49, line: 4369, type: !40)
!54 = !DILocation(line: 4369, column: 14, scope: !48)
!55 = !DILocation(line: 4372, column: 15, scope: !48)
!56 = !DILocation(line: 4372, column: 9, scope: !48)
!57 = !{!"branch_weights", i32 1, i32 1, i32 2000, i32 2000, i32 2000, i32 2000}
!58 = !DILocation(line: 4377, column: 24, scope: !48)
!59 = !DILocalVariable(name: "s", arg: 1, scope: !60, file: !61, line: 815, type: !155)
!60 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !62, file: !61, line: 815, type: !153, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !160, retainedNodes: !161)
!61 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!62 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !63, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !64, templateParams: !21, identifier: "e5c67bbe046da39973c72077c7f66185")
!63 = !DINamespace(name: "fmt", scope: !11)
!64 = !{!65, !72}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !62, file: !5, baseType: !66, size: 64, align: 64, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !67, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !69, templateParams: !19, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!67 = !DINamespace(name: "non_null", scope: !68)
!68 = !DINamespace(name: "ptr", scope: !11)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !66, file: !5, baseType: !71, size: 64, align: 64, flags: DIFlagPrivate)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !62, file: !5, baseType: !73, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!73 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !67, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !74, templateParams: !151, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!74 = !{!75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !73, file: !5, baseType: !76, size: 64, align: 64, flags: DIFlagPrivate)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !78, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !79, templateParams: !21, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!78 = !DINamespace(name: "rt", scope: !63)
!79 = !{!80}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !77, file: !5, baseType: !81, size: 128, align: 64, flags: DIFlagPrivate)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !78, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !82, templateParams: !21, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!82 = !{!83}
!83 = !DICompositeType(tag: DW_TAG_variant_part, scope: !81, file: !5, size: 128, align: 64, elements: !84, templateParams: !21, identifier: "fbd384083752b747f8b252853b979154", discriminator: !150)
!84 = !{!85, !146}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !83, file: !5, baseType: !86, size: 128, align: 64)
!86 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !81, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !87, templateParams: !21, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!87 = !{!88, !96, !140}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !86, file: !5, baseType: !89, size: 64, align: 64, flags: DIFlagPrivate)
!89 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !67, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !90, templateParams: !94, identifier: "f4e496144210c619b96aa08326287b92")
!90 = !{!91}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !89, file: !5, baseType: !92, size: 64, align: 64, flags: DIFlagPrivate)
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !93, size: 64, align: 64, dwarfAddressSpace: 0)
!93 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!94 = !{!95}
!95 = !DITemplateTypeParameter(name: "T", type: !93)
!96 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !86, file: !5, baseType: !97, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !98, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !DISubroutineType(types: !99)
!99 = !{!100, !89, !117}
!100 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !101, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !102, templateParams: !21, identifier: "1c6752419820cdc3961061cc58b31873")
!101 = !DINamespace(name: "result", scope: !11)
!102 = !{!103}
!103 = !DICompositeType(tag: DW_TAG_variant_part, scope: !100, file: !5, size: 8, align: 8, elements: !104, templateParams: !21, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !116)
!104 = !{!105, !112}
!105 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !103, file: !5, baseType: !106, size: 8, align: 8, extraData: i8 0)
!106 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !100, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !107, templateParams: !109, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!107 = !{!108}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !106, file: !5, baseType: !93, align: 8, offset: 8, flags: DIFlagPublic)
!109 = !{!95, !110}
!110 = !DITemplateTypeParameter(name: "E", type: !111)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !63, file: !5, align: 8, flags: DIFlagPublic, elements: !21, identifier: "5a24300cdda31093f5fe20c939b4885")
!112 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !103, file: !5, baseType: !113, size: 8, align: 8, extraData: i8 1)
!113 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !100, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !114, templateParams: !109, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!114 = !{!115}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !113, file: !5, baseType: !111, align: 8, offset: 8, flags: DIFlagPublic)
!116 = !DIDerivedType(tag: DW_TAG_member, scope: !100, file: !5, baseType: !18, size: 8, align: 8, flags: DIFlagArtificial)
!117 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !118, size: 64, align: 64, dwarfAddressSpace: 0)
!118 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !63, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !119, templateParams: !21, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!119 = !{!120, !128}
!120 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !118, file: !5, baseType: !121, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!121 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !63, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !122, templateParams: !21, identifier: "ca2f5547247cd95c514a47d5800e09e")
!122 = !{!123, !125, !127}
!123 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !121, file: !5, baseType: !124, size: 32, align: 32, flags: DIFlagPrivate)
!124 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!125 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !121, file: !5, baseType: !126, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!126 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!127 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !121, file: !5, baseType: !126, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !118, file: !5, baseType: !129, size: 128, align: 64, flags: DIFlagPrivate)
!129 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !130, templateParams: !21, identifier: "effe97114690fc58a8e246cb04e37234")
!130 = !{!131, !134}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !129, file: !5, baseType: !132, size: 64, align: 64)
!132 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !133, size: 64, align: 64, dwarfAddressSpace: 0)
!133 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !21, identifier: "64328679825f9c73b507edbfd5b86b47")
!134 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !129, file: !5, baseType: !135, size: 64, align: 64, offset: 64)
!135 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !136, size: 64, align: 64, dwarfAddressSpace: 0)
!136 = !DICompositeType(tag: DW_TAG_array_type, baseType: !137, size: 384, align: 64, elements: !138)
!137 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!138 = !{!139}
!139 = !DISubrange(count: 6, lowerBound: 0)
!140 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !86, file: !5, baseType: !141, align: 8, offset: 128, flags: DIFlagPrivate)
!141 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !142, file: !5, align: 8, flags: DIFlagPublic, elements: !21, templateParams: !143, identifier: "efa596960370766459fc018866dc4048")
!142 = !DINamespace(name: "marker", scope: !11)
!143 = !{!144}
!144 = !DITemplateTypeParameter(name: "T", type: !145)
!145 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !93, size: 64, align: 64, dwarfAddressSpace: 0)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !83, file: !5, baseType: !147, size: 128, align: 64, extraData: i64 0)
!147 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !81, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !148, templateParams: !21, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!148 = !{!149}
!149 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !147, file: !5, baseType: !126, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!150 = !DIDerivedType(tag: DW_TAG_member, scope: !81, file: !5, baseType: !27, size: 64, align: 64, flags: DIFlagArtificial)
!151 = !{!152}
!152 = !DITemplateTypeParameter(name: "T", type: !77)
!153 = !DISubroutineType(types: !154)
!154 = !{!62, !155}
!155 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !156, templateParams: !21, identifier: "9277eecd40495f85161460476aacc992")
!156 = !{!157, !159}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !155, file: !5, baseType: !158, size: 64, align: 64)
!158 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !155, file: !5, baseType: !137, size: 64, align: 64, offset: 64)
!160 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !62, file: !61, line: 815, type: !153, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !21)
!161 = !{!59}
!162 = !DILocation(line: 815, column: 27, scope: !60, inlinedAt: !58)
!163 = !DILocalVariable(name: "self", arg: 1, scope: !164, file: !165, line: 578, type: !155)
!164 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !166, file: !165, line: 578, type: !168, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !170)
!165 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!166 = !DINamespace(name: "{impl#0}", scope: !167)
!167 = !DINamespace(name: "str", scope: !11)
!168 = !DISubroutineType(types: !169)
!169 = !{!71, !155}
!170 = !{!163}
!171 = !DILocation(line: 578, column: 25, scope: !164, inlinedAt: !172)
!172 = !DILocation(line: 819, column: 44, scope: !60, inlinedAt: !58)
!173 = !DILocalVariable(name: "self", arg: 1, scope: !174, file: !165, line: 157, type: !155)
!174 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !166, file: !165, line: 157, type: !175, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !177)
!175 = !DISubroutineType(types: !176)
!176 = !{!137, !155}
!177 = !{!173}
!178 = !DILocation(line: 157, column: 22, scope: !174, inlinedAt: !179)
!179 = !DILocation(line: 820, column: 40, scope: !60, inlinedAt: !58)
!180 = !DILocalVariable(name: "self", arg: 1, scope: !181, file: !165, line: 502, type: !155)
!181 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !166, file: !165, line: 502, type: !182, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !188)
!182 = !DISubroutineType(types: !183)
!183 = !{!184, !155}
!184 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !185, templateParams: !21, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!185 = !{!186, !187}
!186 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !184, file: !5, baseType: !158, size: 64, align: 64)
!187 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !184, file: !5, baseType: !137, size: 64, align: 64, offset: 64)
!188 = !{!180}
!189 = !DILocation(line: 502, column: 27, scope: !181, inlinedAt: !190)
!190 = !DILocation(line: 158, column: 14, scope: !174, inlinedAt: !179)
!191 = !DILocation(line: 819, column: 27, scope: !60, inlinedAt: !58)
!192 = !DILocation(line: 820, column: 23, scope: !60, inlinedAt: !58)
!193 = !DILocation(line: 4374, column: 24, scope: !48)
!194 = !DILocation(line: 4373, column: 24, scope: !48)
!195 = !DILocation(line: 4375, column: 23, scope: !48)
!196 = !DILocation(line: 4376, column: 23, scope: !48)
!197 = !DILocation(line: 4380, column: 2, scope: !48)
!198 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h69d905dd92de8537E", scope: !9, file: !49, line: 3886, type: !199, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, retainedNodes: !201)
!199 = !DISubroutineType(types: !200)
!200 = !{!18, !71, !40}
!201 = !{!202, !203}
!202 = !DILocalVariable(name: "dst", arg: 1, scope: !198, file: !49, line: 3886, type: !71)
!203 = !DILocalVariable(name: "order", arg: 2, scope: !198, file: !49, line: 3886, type: !40)
!204 = !DILocation(line: 3886, column: 32, scope: !198)
!205 = !DILocation(line: 3886, column: 47, scope: !198)
!206 = !DILocation(line: 3889, column: 15, scope: !198)
!207 = !DILocation(line: 3889, column: 9, scope: !198)
!208 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!209 = !DILocation(line: 3890, column: 24, scope: !198)
!210 = !DILocation(line: 3893, column: 24, scope: !198)
!211 = !DILocalVariable(name: "s", arg: 1, scope: !212, file: !61, line: 815, type: !155)
!212 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !62, file: !61, line: 815, type: !153, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !160, retainedNodes: !213)
!213 = !{!211}
!214 = !DILocation(line: 815, column: 27, scope: !212, inlinedAt: !210)
!215 = !DILocalVariable(name: "self", arg: 1, scope: !216, file: !165, line: 578, type: !155)
!216 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !166, file: !165, line: 578, type: !168, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !217)
!217 = !{!215}
!218 = !DILocation(line: 578, column: 25, scope: !216, inlinedAt: !219)
!219 = !DILocation(line: 819, column: 44, scope: !220, inlinedAt: !210)
!220 = !DILexicalBlockFile(scope: !212, file: !61, discriminator: 2)
!221 = !DILocalVariable(name: "self", arg: 1, scope: !222, file: !165, line: 157, type: !155)
!222 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !166, file: !165, line: 157, type: !175, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !223)
!223 = !{!221}
!224 = !DILocation(line: 157, column: 22, scope: !222, inlinedAt: !225)
!225 = !DILocation(line: 820, column: 40, scope: !220, inlinedAt: !210)
!226 = !DILocalVariable(name: "self", arg: 1, scope: !227, file: !165, line: 502, type: !155)
!227 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !166, file: !165, line: 502, type: !182, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !228)
!228 = !{!226}
!229 = !DILocation(line: 502, column: 27, scope: !227, inlinedAt: !230)
!230 = !DILocation(line: 158, column: 14, scope: !231, inlinedAt: !225)
!231 = !DILexicalBlockFile(scope: !222, file: !165, discriminator: 2)
!232 = !DILocation(line: 819, column: 27, scope: !212, inlinedAt: !210)
!233 = !DILocation(line: 820, column: 23, scope: !212, inlinedAt: !210)
!234 = !DILocation(line: 3891, column: 24, scope: !198)
!235 = !DILocation(line: 3894, column: 23, scope: !198)
!236 = !DILocation(line: 815, column: 27, scope: !212, inlinedAt: !235)
!237 = !DILocation(line: 578, column: 25, scope: !216, inlinedAt: !238)
!238 = !DILocation(line: 819, column: 44, scope: !212, inlinedAt: !235)
!239 = !DILocation(line: 157, column: 22, scope: !222, inlinedAt: !240)
!240 = !DILocation(line: 820, column: 40, scope: !212, inlinedAt: !235)
!241 = !DILocation(line: 502, column: 27, scope: !227, inlinedAt: !242)
!242 = !DILocation(line: 158, column: 14, scope: !222, inlinedAt: !240)
!243 = !DILocation(line: 819, column: 27, scope: !212, inlinedAt: !235)
!244 = !DILocation(line: 820, column: 23, scope: !212, inlinedAt: !235)
!245 = !DILocation(line: 3892, column: 23, scope: !198)
!246 = !DILocation(line: 3897, column: 2, scope: !198)
!247 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17h1c0cfaa4a21ef2d1E", scope: !9, file: !49, line: 3871, type: !248, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, retainedNodes: !251)
!248 = !DISubroutineType(types: !249)
!249 = !{null, !250, !18, !40}
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !18, size: 64, align: 64, dwarfAddressSpace: 0)
!251 = !{!252, !253, !254}
!252 = !DILocalVariable(name: "dst", arg: 1, scope: !247, file: !49, line: 3871, type: !250)
!253 = !DILocalVariable(name: "val", arg: 2, scope: !247, file: !49, line: 3871, type: !18)
!254 = !DILocalVariable(name: "order", arg: 3, scope: !247, file: !49, line: 3871, type: !40)
!255 = !DILocation(line: 3871, column: 33, scope: !247)
!256 = !DILocation(line: 3871, column: 46, scope: !247)
!257 = !DILocation(line: 3871, column: 54, scope: !247)
!258 = !DILocation(line: 3874, column: 15, scope: !247)
!259 = !DILocation(line: 3874, column: 9, scope: !247)
!260 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!261 = !DILocation(line: 3875, column: 24, scope: !247)
!262 = !DILocation(line: 3876, column: 24, scope: !247)
!263 = !DILocation(line: 3878, column: 24, scope: !247)
!264 = !DILocalVariable(name: "s", arg: 1, scope: !265, file: !61, line: 815, type: !155)
!265 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !62, file: !61, line: 815, type: !153, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !160, retainedNodes: !266)
!266 = !{!264}
!267 = !DILocation(line: 815, column: 27, scope: !265, inlinedAt: !263)
!268 = !DILocalVariable(name: "self", arg: 1, scope: !269, file: !165, line: 578, type: !155)
!269 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !166, file: !165, line: 578, type: !168, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !270)
!270 = !{!268}
!271 = !DILocation(line: 578, column: 25, scope: !269, inlinedAt: !272)
!272 = !DILocation(line: 819, column: 44, scope: !273, inlinedAt: !263)
!273 = !DILexicalBlockFile(scope: !265, file: !61, discriminator: 2)
!274 = !DILocalVariable(name: "self", arg: 1, scope: !275, file: !165, line: 157, type: !155)
!275 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !166, file: !165, line: 157, type: !175, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !276)
!276 = !{!274}
!277 = !DILocation(line: 157, column: 22, scope: !275, inlinedAt: !278)
!278 = !DILocation(line: 820, column: 40, scope: !273, inlinedAt: !263)
!279 = !DILocalVariable(name: "self", arg: 1, scope: !280, file: !165, line: 502, type: !155)
!280 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !166, file: !165, line: 502, type: !182, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, retainedNodes: !281)
!281 = !{!279}
!282 = !DILocation(line: 502, column: 27, scope: !280, inlinedAt: !283)
!283 = !DILocation(line: 158, column: 14, scope: !284, inlinedAt: !278)
!284 = !DILexicalBlockFile(scope: !275, file: !165, discriminator: 2)
!285 = !DILocation(line: 819, column: 27, scope: !265, inlinedAt: !263)
!286 = !DILocation(line: 820, column: 23, scope: !265, inlinedAt: !263)
!287 = !DILocation(line: 3879, column: 23, scope: !247)
!288 = !DILocation(line: 815, column: 27, scope: !265, inlinedAt: !287)
!289 = !DILocation(line: 578, column: 25, scope: !269, inlinedAt: !290)
!290 = !DILocation(line: 819, column: 44, scope: !265, inlinedAt: !287)
!291 = !DILocation(line: 157, column: 22, scope: !275, inlinedAt: !292)
!292 = !DILocation(line: 820, column: 40, scope: !265, inlinedAt: !287)
!293 = !DILocation(line: 502, column: 27, scope: !280, inlinedAt: !294)
!294 = !DILocation(line: 158, column: 14, scope: !275, inlinedAt: !292)
!295 = !DILocation(line: 819, column: 27, scope: !265, inlinedAt: !287)
!296 = !DILocation(line: 820, column: 23, scope: !265, inlinedAt: !287)
!297 = !DILocation(line: 3877, column: 23, scope: !247)
!298 = !DILocation(line: 3882, column: 2, scope: !247)
!299 = distinct !DISubprogram(name: "consume_acquire", linkageName: "_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E", scope: !4, file: !3, line: 40, type: !300, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !303, retainedNodes: !304)
!300 = !DISubroutineType(types: !301)
!301 = !{!27, !302}
!302 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&publish::Mailbox", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!303 = !DISubprogram(name: "consume_acquire", linkageName: "_ZN7publish7Mailbox15consume_acquire17hfb2f373edfd4b7b1E", scope: !4, file: !3, line: 40, type: !300, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!304 = !{!305, !306}
!305 = !DILocalVariable(name: "self", arg: 1, scope: !299, file: !3, line: 40, type: !302)
!306 = !DILocalVariable(name: "d", scope: !307, file: !3, line: 44, type: !308, align: 64)
!307 = distinct !DILexicalBlock(scope: !299, file: !3, line: 44, column: 9)
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut [u64; 4]", baseType: !26, size: 64, align: 64, dwarfAddressSpace: 0)
!309 = !DILocation(line: 40, column: 28, scope: !299)
!310 = !DILocation(line: 726, column: 24, scope: !311, inlinedAt: !320)
!311 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !49, line: 726, type: !312, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !316, retainedNodes: !317)
!312 = !DISubroutineType(types: !313)
!313 = !{!314, !315, !40}
!314 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!315 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!316 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !49, line: 726, type: !312, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !21)
!317 = !{!318, !319}
!318 = !DILocalVariable(name: "self", arg: 1, scope: !311, file: !49, line: 726, type: !315)
!319 = !DILocalVariable(name: "order", scope: !311, file: !49, line: 726, type: !40, align: 8)
!320 = !DILocation(line: 41, column: 27, scope: !299)
!321 = !DILocation(line: 41, column: 9, scope: !299)
!322 = !DILocation(line: 726, column: 17, scope: !311, inlinedAt: !320)
!323 = !DILocalVariable(name: "self", arg: 1, scope: !324, file: !325, line: 2443, type: !328)
!324 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !325, line: 2443, type: !326, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, declaration: !329, retainedNodes: !330)
!325 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!326 = !DISubroutineType(types: !327)
!327 = !{!250, !328}
!328 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !14, size: 64, align: 64, dwarfAddressSpace: 0)
!329 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !325, line: 2443, type: !326, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !19)
!330 = !{!323}
!331 = !DILocation(line: 2443, column: 22, scope: !324, inlinedAt: !332)
!332 = !DILocation(line: 729, column: 37, scope: !311, inlinedAt: !320)
!333 = !DILocation(line: 2447, column: 9, scope: !324, inlinedAt: !332)
!334 = !DILocation(line: 729, column: 18, scope: !311, inlinedAt: !320)
!335 = !DILocation(line: 41, column: 16, scope: !299)
!336 = !DILocation(line: 25, column: 14, scope: !337, inlinedAt: !344)
!337 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !339, file: !338, line: 22, type: !342, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!338 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!339 = !DINamespace(name: "sse2", scope: !340)
!340 = !DINamespace(name: "x86", scope: !341)
!341 = !DINamespace(name: "core_arch", scope: !11)
!342 = !DISubroutineType(types: !343)
!343 = !{null}
!344 = !DILocation(line: 287, column: 13, scope: !345, inlinedAt: !348)
!345 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !347, file: !346, line: 270, type: !342, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!346 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!347 = !DINamespace(name: "hint", scope: !11)
!348 = !DILocation(line: 42, column: 13, scope: !299)
!349 = !DILocalVariable(name: "self", arg: 1, scope: !350, file: !325, line: 2443, type: !353)
!350 = distinct !DISubprogram(name: "get<[u64; 4]>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8894c94de25694d1E", scope: !23, file: !325, line: 2443, type: !351, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !30, declaration: !354, retainedNodes: !355)
!351 = !DISubroutineType(types: !352)
!352 = !{!308, !353}
!353 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<[u64; 4]>", baseType: !23, size: 64, align: 64, dwarfAddressSpace: 0)
!354 = !DISubprogram(name: "get<[u64; 4]>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8894c94de25694d1E", scope: !23, file: !325, line: 2443, type: !351, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !30)
!355 = !{!349}
!356 = !DILocation(line: 2443, column: 22, scope: !350, inlinedAt: !357)
!357 = !DILocation(line: 44, column: 38, scope: !299)
!358 = !DILocation(line: 2447, column: 9, scope: !350, inlinedAt: !357)
!359 = !DILocation(line: 44, column: 13, scope: !307)
!360 = !DILocation(line: 45, column: 9, scope: !307)
!361 = !DILocation(line: 45, column: 16, scope: !307)
!362 = !DILocation(line: 45, column: 23, scope: !307)
!363 = !DILocation(line: 45, column: 30, scope: !307)
!364 = !DILocation(line: 46, column: 6, scope: !299)
!365 = distinct !DISubprogram(name: "consume_relaxed", linkageName: "_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E", scope: !4, file: !3, line: 29, type: !300, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !366, retainedNodes: !367)
!366 = !DISubprogram(name: "consume_relaxed", linkageName: "_ZN7publish7Mailbox15consume_relaxed17h08420a9d56005323E", scope: !4, file: !3, line: 29, type: !300, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!367 = !{!368, !369}
!368 = !DILocalVariable(name: "self", arg: 1, scope: !365, file: !3, line: 29, type: !302)
!369 = !DILocalVariable(name: "d", scope: !370, file: !3, line: 33, type: !308, align: 64)
!370 = distinct !DILexicalBlock(scope: !365, file: !3, line: 33, column: 9)
!371 = !DILocation(line: 29, column: 28, scope: !365)
!372 = !DILocation(line: 726, column: 24, scope: !373, inlinedAt: !377)
!373 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !49, line: 726, type: !312, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !316, retainedNodes: !374)
!374 = !{!375, !376}
!375 = !DILocalVariable(name: "self", arg: 1, scope: !373, file: !49, line: 726, type: !315)
!376 = !DILocalVariable(name: "order", scope: !373, file: !49, line: 726, type: !40, align: 8)
!377 = !DILocation(line: 30, column: 27, scope: !365)
!378 = !DILocation(line: 30, column: 9, scope: !365)
!379 = !DILocation(line: 726, column: 17, scope: !373, inlinedAt: !377)
!380 = !DILocalVariable(name: "self", arg: 1, scope: !381, file: !325, line: 2443, type: !328)
!381 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !325, line: 2443, type: !326, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, declaration: !329, retainedNodes: !382)
!382 = !{!380}
!383 = !DILocation(line: 2443, column: 22, scope: !381, inlinedAt: !384)
!384 = !DILocation(line: 729, column: 37, scope: !373, inlinedAt: !377)
!385 = !DILocation(line: 2447, column: 9, scope: !381, inlinedAt: !384)
!386 = !DILocation(line: 729, column: 18, scope: !373, inlinedAt: !377)
!387 = !DILocation(line: 30, column: 16, scope: !365)
!388 = !DILocation(line: 25, column: 14, scope: !389, inlinedAt: !390)
!389 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !339, file: !338, line: 22, type: !342, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!390 = !DILocation(line: 287, column: 13, scope: !391, inlinedAt: !392)
!391 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !347, file: !346, line: 270, type: !342, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!392 = !DILocation(line: 31, column: 13, scope: !365)
!393 = !DILocalVariable(name: "self", arg: 1, scope: !394, file: !325, line: 2443, type: !353)
!394 = distinct !DISubprogram(name: "get<[u64; 4]>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8894c94de25694d1E", scope: !23, file: !325, line: 2443, type: !351, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !30, declaration: !354, retainedNodes: !395)
!395 = !{!393}
!396 = !DILocation(line: 2443, column: 22, scope: !394, inlinedAt: !397)
!397 = !DILocation(line: 33, column: 38, scope: !365)
!398 = !DILocation(line: 2447, column: 9, scope: !394, inlinedAt: !397)
!399 = !DILocation(line: 33, column: 13, scope: !370)
!400 = !DILocation(line: 34, column: 9, scope: !370)
!401 = !DILocation(line: 34, column: 16, scope: !370)
!402 = !DILocation(line: 34, column: 23, scope: !370)
!403 = !DILocation(line: 34, column: 30, scope: !370)
!404 = !DILocation(line: 35, column: 6, scope: !365)
!405 = distinct !DISubprogram(name: "consume_relaxed_fence", linkageName: "_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E", scope: !4, file: !3, line: 51, type: !300, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !406, retainedNodes: !407)
!406 = !DISubprogram(name: "consume_relaxed_fence", linkageName: "_ZN7publish7Mailbox21consume_relaxed_fence17hf0ba1a4d61a79df5E", scope: !4, file: !3, line: 51, type: !300, scopeLine: 51, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!407 = !{!408, !409}
!408 = !DILocalVariable(name: "self", arg: 1, scope: !405, file: !3, line: 51, type: !302)
!409 = !DILocalVariable(name: "d", scope: !410, file: !3, line: 56, type: !308, align: 64)
!410 = distinct !DILexicalBlock(scope: !405, file: !3, line: 56, column: 9)
!411 = !DILocation(line: 51, column: 34, scope: !405)
!412 = !DILocation(line: 726, column: 24, scope: !413, inlinedAt: !417)
!413 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !8, file: !49, line: 726, type: !312, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !316, retainedNodes: !414)
!414 = !{!415, !416}
!415 = !DILocalVariable(name: "self", arg: 1, scope: !413, file: !49, line: 726, type: !315)
!416 = !DILocalVariable(name: "order", scope: !413, file: !49, line: 726, type: !40, align: 8)
!417 = !DILocation(line: 52, column: 27, scope: !405)
!418 = !DILocation(line: 52, column: 9, scope: !405)
!419 = !DILocation(line: 726, column: 17, scope: !413, inlinedAt: !417)
!420 = !DILocalVariable(name: "self", arg: 1, scope: !421, file: !325, line: 2443, type: !328)
!421 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !325, line: 2443, type: !326, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, declaration: !329, retainedNodes: !422)
!422 = !{!420}
!423 = !DILocation(line: 2443, column: 22, scope: !421, inlinedAt: !424)
!424 = !DILocation(line: 729, column: 37, scope: !413, inlinedAt: !417)
!425 = !DILocation(line: 2447, column: 9, scope: !421, inlinedAt: !424)
!426 = !DILocation(line: 729, column: 18, scope: !413, inlinedAt: !417)
!427 = !DILocation(line: 52, column: 16, scope: !405)
!428 = !DILocation(line: 25, column: 14, scope: !429, inlinedAt: !430)
!429 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !339, file: !338, line: 22, type: !342, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!430 = !DILocation(line: 287, column: 13, scope: !431, inlinedAt: !432)
!431 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !347, file: !346, line: 270, type: !342, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21)
!432 = !DILocation(line: 53, column: 13, scope: !405)
!433 = !DILocation(line: 55, column: 9, scope: !405)
!434 = !DILocalVariable(name: "self", arg: 1, scope: !435, file: !325, line: 2443, type: !353)
!435 = distinct !DISubprogram(name: "get<[u64; 4]>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8894c94de25694d1E", scope: !23, file: !325, line: 2443, type: !351, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !30, declaration: !354, retainedNodes: !436)
!436 = !{!434}
!437 = !DILocation(line: 2443, column: 22, scope: !435, inlinedAt: !438)
!438 = !DILocation(line: 56, column: 38, scope: !405)
!439 = !DILocation(line: 2447, column: 9, scope: !435, inlinedAt: !438)
!440 = !DILocation(line: 56, column: 13, scope: !410)
!441 = !DILocation(line: 57, column: 9, scope: !410)
!442 = !DILocation(line: 57, column: 16, scope: !410)
!443 = !DILocation(line: 57, column: 23, scope: !410)
!444 = !DILocation(line: 57, column: 30, scope: !410)
!445 = !DILocation(line: 58, column: 6, scope: !405)
!446 = distinct !DISubprogram(name: "publish", linkageName: "_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E", scope: !4, file: !3, line: 21, type: !447, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !449, retainedNodes: !450)
!447 = !DISubroutineType(types: !448)
!448 = !{null, !302, !26}
!449 = !DISubprogram(name: "publish", linkageName: "_ZN7publish7Mailbox7publish17hfb7e8b5c9e951d39E", scope: !4, file: !3, line: 21, type: !447, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, templateParams: !21)
!450 = !{!451, !452}
!451 = !DILocalVariable(name: "self", arg: 1, scope: !446, file: !3, line: 21, type: !302)
!452 = !DILocalVariable(name: "v", arg: 2, scope: !446, file: !3, line: 21, type: !26)
!453 = !DILocation(line: 21, column: 20, scope: !446)
!454 = !DILocation(line: 21, column: 27, scope: !446)
!455 = !DILocation(line: 755, column: 25, scope: !456, inlinedAt: !464)
!456 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !8, file: !49, line: 755, type: !457, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !21, declaration: !459, retainedNodes: !460)
!457 = !DISubroutineType(types: !458)
!458 = !{null, !315, !314, !40}
!459 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !8, file: !49, line: 755, type: !457, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !21)
!460 = !{!461, !462, !463}
!461 = !DILocalVariable(name: "self", arg: 1, scope: !456, file: !49, line: 755, type: !315)
!462 = !DILocalVariable(name: "val", scope: !456, file: !49, line: 755, type: !314, align: 8)
!463 = !DILocalVariable(name: "order", scope: !456, file: !49, line: 755, type: !40, align: 8)
!464 = !DILocation(line: 23, column: 20, scope: !446)
!465 = !DILocation(line: 755, column: 36, scope: !456, inlinedAt: !464)
!466 = !DILocalVariable(name: "self", arg: 1, scope: !467, file: !325, line: 2443, type: !353)
!467 = distinct !DISubprogram(name: "get<[u64; 4]>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8894c94de25694d1E", scope: !23, file: !325, line: 2443, type: !351, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !30, declaration: !354, retainedNodes: !468)
!468 = !{!466}
!469 = !DILocation(line: 2443, column: 22, scope: !467, inlinedAt: !470)
!470 = !DILocation(line: 22, column: 29, scope: !446)
!471 = !DILocation(line: 22, column: 18, scope: !446)
!472 = !DILocation(line: 755, column: 18, scope: !456, inlinedAt: !464)
!473 = !DILocalVariable(name: "self", arg: 1, scope: !474, file: !325, line: 2443, type: !328)
!474 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h5ba9309d3073c20eE", scope: !14, file: !325, line: 2443, type: !326, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !37, templateParams: !19, declaration: !329, retainedNodes: !475)
!475 = !{!473}
!476 = !DILocation(line: 2443, column: 22, scope: !474, inlinedAt: !477)
!477 = !DILocation(line: 759, column: 33, scope: !456, inlinedAt: !464)
!478 = !DILocation(line: 2447, column: 9, scope: !474, inlinedAt: !477)
!479 = !DILocation(line: 759, column: 13, scope: !456, inlinedAt: !464)
!480 = !DILocation(line: 24, column: 6, scope: !446)
