; ModuleID = 'timeouts.640ffda03050a7e6-cgu.0'
source_filename = "timeouts.640ffda03050a7e6-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@_ZN8timeouts6SHARED17hf82de7a573eae094E = global [8 x i8] zeroinitializer, align 8, !dbg !0

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !36 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !42, !DIExpression(), !46)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !43, !DIExpression(), !47)
  %_3 = zext i8 %order to i64, !dbg !48
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !49, !prof !50

bb1:                                              ; preds = %start
  unreachable, !dbg !48

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1, !dbg !51
  store i8 %0, ptr %_0, align 1, !dbg !51
  br label %bb7, !dbg !51

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !52
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !52
  store i64 40, ptr %1, align 8, !dbg !52
    #dbg_declare(ptr %s.dbg.spill, !53, !DIExpression(), !155)
    #dbg_declare(ptr %s.dbg.spill, !156, !DIExpression(), !164)
    #dbg_declare(ptr %s.dbg.spill, !167, !DIExpression(), !172)
    #dbg_declare(ptr %s.dbg.spill, !174, !DIExpression(), !183)
  call void @llvm.assume(i1 true), !dbg !186
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !187
  call void @llvm.assume(i1 %2), !dbg !187
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #6, !dbg !52
  unreachable, !dbg !52

bb5:                                              ; preds = %start
  %3 = load atomic i8, ptr %dst acquire, align 1, !dbg !188
  store i8 %3, ptr %_0, align 1, !dbg !188
  br label %bb7, !dbg !188

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !189
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !189
  store i64 49, ptr %4, align 8, !dbg !189
    #dbg_declare(ptr %s.dbg.spill1, !53, !DIExpression(), !190)
    #dbg_declare(ptr %s.dbg.spill1, !156, !DIExpression(), !191)
    #dbg_declare(ptr %s.dbg.spill1, !167, !DIExpression(), !193)
    #dbg_declare(ptr %s.dbg.spill1, !174, !DIExpression(), !195)
  call void @llvm.assume(i1 true), !dbg !197
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !198
  call void @llvm.assume(i1 %5), !dbg !198
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #6, !dbg !189
  unreachable, !dbg !189

bb4:                                              ; preds = %start
  %6 = load atomic i8, ptr %dst seq_cst, align 1, !dbg !199
  store i8 %6, ptr %_0, align 1, !dbg !199
  br label %bb7, !dbg !199

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i8, ptr %_0, align 1, !dbg !200, !noundef !16
  ret i8 %7, !dbg !200
}

; timeouts::wait_countdown
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts14wait_countdown17h69dc545faa083395E(ptr noundef nonnull align 8 %f, i32 noundef %0) unnamed_addr #1 !dbg !201 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  %n = alloca [4 x i8], align 4
  store i32 %0, ptr %n, align 4
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !207, !DIExpression(), !209)
    #dbg_declare(ptr %f.dbg.spill, !210, !DIExpression(), !216)
    #dbg_declare(ptr %n, !208, !DIExpression(), !218)
  br label %bb1, !dbg !219

bb1:                                              ; preds = %bb4, %start
    #dbg_value(ptr %f, !220, !DIExpression(), !229)
  %_3 = load i64, ptr %f, align 8, !dbg !231, !noundef !16
  %1 = icmp eq i64 %_3, 0, !dbg !232
  br i1 %1, label %bb2, label %bb5, !dbg !232

bb2:                                              ; preds = %bb1
  %_4 = load i32, ptr %n, align 4, !dbg !233, !noundef !16
  %2 = icmp eq i32 %_4, 0, !dbg !233
  br i1 %2, label %bb3, label %bb4, !dbg !233

bb5:                                              ; preds = %bb1
  store i8 1, ptr %_0, align 1, !dbg !234
  br label %bb6, !dbg !235

bb3:                                              ; preds = %bb2
  store i8 0, ptr %_0, align 1, !dbg !236
  br label %bb6, !dbg !235

bb4:                                              ; preds = %bb2
  %3 = load i32, ptr %n, align 4, !dbg !237, !noundef !16
  %4 = sub i32 %3, 1, !dbg !237
  store i32 %4, ptr %n, align 4, !dbg !237
  br label %bb1, !dbg !219

bb6:                                              ; preds = %bb5, %bb3
  %5 = load i8, ptr %_0, align 1, !dbg !235, !range !238, !noundef !16
  %6 = trunc nuw i8 %5 to i1, !dbg !235
  ret i1 %6, !dbg !235
}

; timeouts::wait_with_delay
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts15wait_with_delay17hf8e5441f1b025aedE(ptr noundef nonnull align 8 %f, i64 noundef %max) unnamed_addr #1 !dbg !239 {
start:
  %dst.dbg.spill = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %old.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %max.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  %_5 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %sink = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !243, !DIExpression(), !259)
    #dbg_declare(ptr %f.dbg.spill, !260, !DIExpression(), !263)
  store i64 %max, ptr %max.dbg.spill, align 8
    #dbg_declare(ptr %max.dbg.spill, !244, !DIExpression(), !265)
    #dbg_declare(ptr %sink, !245, !DIExpression(), !266)
    #dbg_declare(ptr %iter, !247, !DIExpression(), !267)
    #dbg_declare(ptr %iter, !268, !DIExpression(), !280)
  store i64 1, ptr %n.dbg.spill, align 8, !dbg !282
    #dbg_declare(ptr %n.dbg.spill, !291, !DIExpression(), !282)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !323
    #dbg_declare(ptr %rhs.dbg.spill, !351, !DIExpression(), !323)
  call void @llvm.lifetime.start.p0(ptr %sink), !dbg !353
  store i64 0, ptr %sink, align 8, !dbg !354
  store i64 0, ptr %iter, align 8, !dbg !281
  %0 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !281
  store i64 %max, ptr %0, align 8, !dbg !281
  br label %bb1, !dbg !355

bb1:                                              ; preds = %bb3, %start
  call void @llvm.lifetime.start.p0(ptr %_5), !dbg !267
    #dbg_value(ptr %iter, !318, !DIExpression(), !356)
    #dbg_value(ptr %iter, !312, !DIExpression(), !357)
    #dbg_value(ptr %iter, !358, !DIExpression(), !369)
    #dbg_value(ptr %iter, !368, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !371)
  %_15 = load i64, ptr %iter, align 8, !dbg !372, !noundef !16
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !373
  %_16 = load i64, ptr %1, align 8, !dbg !373, !noundef !16
  %_10 = icmp ult i64 %_15, %_16, !dbg !372
  br i1 %_10, label %bb5, label %bb6, !dbg !370

bb6:                                              ; preds = %bb1
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !374
  store i8 0, ptr %_0, align 1, !dbg !375
  call void @llvm.lifetime.end.p0(ptr %sink), !dbg !376
  br label %bb4, !dbg !377

bb5:                                              ; preds = %bb1
  %old = load i64, ptr %iter, align 8, !dbg !378, !noundef !16
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !378
    #dbg_declare(ptr %old.dbg.spill, !313, !DIExpression(), !379)
    #dbg_declare(ptr %old.dbg.spill, !290, !DIExpression(), !380)
    #dbg_declare(ptr %old.dbg.spill, !350, !DIExpression(), !381)
  %_14 = add nuw i64 %old, 1, !dbg !382
  store i64 %_14, ptr %iter, align 8, !dbg !383
  %2 = getelementptr inbounds i8, ptr %_5, i64 8, !dbg !384
  store i64 %old, ptr %2, align 8, !dbg !384
  store i64 1, ptr %_5, align 8, !dbg !384
  %3 = getelementptr inbounds i8, ptr %_5, i64 8, !dbg !385
  %i = load i64, ptr %3, align 8, !dbg !385, !noundef !16
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !385
    #dbg_declare(ptr %i.dbg.spill, !257, !DIExpression(), !386)
    #dbg_declare(ptr %i.dbg.spill, !387, !DIExpression(), !394)
    #dbg_value(ptr %f, !396, !DIExpression(), !399)
  %_8 = load i64, ptr %f, align 8, !dbg !401, !noundef !16
  %4 = icmp eq i64 %_8, 0, !dbg !402
  br i1 %4, label %bb3, label %bb2, !dbg !402

bb4:                                              ; preds = %bb2, %bb6
  %5 = load i8, ptr %_0, align 1, !dbg !377, !range !238, !noundef !16
  %6 = trunc nuw i8 %5 to i1, !dbg !377
  ret i1 %6, !dbg !377

bb3:                                              ; preds = %bb5
  store ptr %sink, ptr %dst.dbg.spill, align 8, !dbg !403
    #dbg_declare(ptr %dst.dbg.spill, !393, !DIExpression(), !404)
  store volatile i64 %i, ptr %sink, align 8, !dbg !405
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !374
  br label %bb1, !dbg !355

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1, !dbg !406
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !374
  call void @llvm.lifetime.end.p0(ptr %sink), !dbg !376
  br label %bb4, !dbg !377
}

; timeouts::wait_with_timeout
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts17wait_with_timeout17h1f20a74d2fd67a7cE(ptr noundef nonnull align 8 %f, i64 noundef %max) unnamed_addr #1 !dbg !407 {
start:
  %old.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %max.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !409, !DIExpression(), !413)
    #dbg_declare(ptr %f.dbg.spill, !414, !DIExpression(), !417)
  store i64 %max, ptr %max.dbg.spill, align 8
    #dbg_declare(ptr %max.dbg.spill, !410, !DIExpression(), !419)
    #dbg_declare(ptr %iter, !411, !DIExpression(), !420)
    #dbg_declare(ptr %iter, !421, !DIExpression(), !424)
  store i64 1, ptr %n.dbg.spill, align 8, !dbg !426
    #dbg_declare(ptr %n.dbg.spill, !430, !DIExpression(), !426)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !443
    #dbg_declare(ptr %rhs.dbg.spill, !447, !DIExpression(), !443)
  store i64 0, ptr %iter, align 8, !dbg !425
  %0 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !425
  store i64 %max, ptr %0, align 8, !dbg !425
  br label %bb1, !dbg !449

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %iter, !440, !DIExpression(), !450)
    #dbg_value(ptr %iter, !435, !DIExpression(), !451)
    #dbg_value(ptr %iter, !452, !DIExpression(), !456)
    #dbg_value(ptr %iter, !455, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !458)
  %_11 = load i64, ptr %iter, align 8, !dbg !459, !noundef !16
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !460
  %_12 = load i64, ptr %1, align 8, !dbg !460, !noundef !16
  %_6 = icmp ult i64 %_11, %_12, !dbg !459
  br i1 %_6, label %bb5, label %bb6, !dbg !457

bb6:                                              ; preds = %bb1
  store i8 0, ptr %_0, align 1, !dbg !461
  br label %bb4, !dbg !462

bb5:                                              ; preds = %bb1
  %old = load i64, ptr %iter, align 8, !dbg !463, !noundef !16
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !463
    #dbg_declare(ptr %old.dbg.spill, !436, !DIExpression(), !464)
    #dbg_declare(ptr %old.dbg.spill, !429, !DIExpression(), !465)
    #dbg_declare(ptr %old.dbg.spill, !446, !DIExpression(), !466)
  %_10 = add nuw i64 %old, 1, !dbg !467
  store i64 %_10, ptr %iter, align 8, !dbg !468
    #dbg_value(ptr %f, !469, !DIExpression(), !472)
  %_5 = load i64, ptr %f, align 8, !dbg !474, !noundef !16
  %2 = icmp eq i64 %_5, 0, !dbg !475
  br i1 %2, label %bb3, label %bb2, !dbg !475

bb4:                                              ; preds = %bb2, %bb6
  %3 = load i8, ptr %_0, align 1, !dbg !462, !range !238, !noundef !16
  %4 = trunc nuw i8 %3 to i1, !dbg !462
  ret i1 %4, !dbg !462

bb3:                                              ; preds = %bb5
  br label %bb1, !dbg !449

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1, !dbg !476
  br label %bb4, !dbg !462
}

; timeouts::wait_with_timeout_spin
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts22wait_with_timeout_spin17h2df15ec5d600cf6fE(ptr noundef nonnull align 8 %f, i64 noundef %max) unnamed_addr #1 !dbg !477 {
start:
  %old.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %max.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !479, !DIExpression(), !483)
    #dbg_declare(ptr %f.dbg.spill, !484, !DIExpression(), !487)
  store i64 %max, ptr %max.dbg.spill, align 8
    #dbg_declare(ptr %max.dbg.spill, !480, !DIExpression(), !489)
    #dbg_declare(ptr %iter, !481, !DIExpression(), !490)
    #dbg_declare(ptr %iter, !491, !DIExpression(), !494)
  store i64 1, ptr %n.dbg.spill, align 8, !dbg !496
    #dbg_declare(ptr %n.dbg.spill, !500, !DIExpression(), !496)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !513
    #dbg_declare(ptr %rhs.dbg.spill, !517, !DIExpression(), !513)
  store i64 0, ptr %iter, align 8, !dbg !495
  %0 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !495
  store i64 %max, ptr %0, align 8, !dbg !495
  br label %bb1, !dbg !519

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %iter, !510, !DIExpression(), !520)
    #dbg_value(ptr %iter, !505, !DIExpression(), !521)
    #dbg_value(ptr %iter, !522, !DIExpression(), !526)
    #dbg_value(ptr %iter, !525, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !528)
  %_12 = load i64, ptr %iter, align 8, !dbg !529, !noundef !16
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !530
  %_13 = load i64, ptr %1, align 8, !dbg !530, !noundef !16
  %_7 = icmp ult i64 %_12, %_13, !dbg !529
  br i1 %_7, label %bb5, label %bb6, !dbg !527

bb6:                                              ; preds = %bb1
  store i8 0, ptr %_0, align 1, !dbg !531
  br label %bb4, !dbg !532

bb5:                                              ; preds = %bb1
  %old = load i64, ptr %iter, align 8, !dbg !533, !noundef !16
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !533
    #dbg_declare(ptr %old.dbg.spill, !506, !DIExpression(), !534)
    #dbg_declare(ptr %old.dbg.spill, !499, !DIExpression(), !535)
    #dbg_declare(ptr %old.dbg.spill, !516, !DIExpression(), !536)
  %_11 = add nuw i64 %old, 1, !dbg !537
  store i64 %_11, ptr %iter, align 8, !dbg !538
    #dbg_value(ptr %f, !539, !DIExpression(), !542)
  %_5 = load i64, ptr %f, align 8, !dbg !544, !noundef !16
  %2 = icmp eq i64 %_5, 0, !dbg !545
  br i1 %2, label %bb3, label %bb2, !dbg !545

bb4:                                              ; preds = %bb2, %bb6
  %3 = load i8, ptr %_0, align 1, !dbg !532, !range !238, !noundef !16
  %4 = trunc nuw i8 %3 to i1, !dbg !532
  ret i1 %4, !dbg !532

bb3:                                              ; preds = %bb5
  call void @llvm.x86.sse2.pause(), !dbg !546
  br label %bb1, !dbg !519

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1, !dbg !559
  br label %bb4, !dbg !532
}

; timeouts::wait_atomic_with_timeout
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN8timeouts24wait_atomic_with_timeout17h40c3d26ebaa6da42E(ptr noundef nonnull align 1 %f, i64 noundef %max) unnamed_addr #1 !dbg !560 {
start:
  %old.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %max.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !571, !DIExpression(), !575)
    #dbg_declare(ptr %f.dbg.spill, !576, !DIExpression(), !583)
  store i64 %max, ptr %max.dbg.spill, align 8
    #dbg_declare(ptr %max.dbg.spill, !572, !DIExpression(), !585)
    #dbg_declare(ptr %iter, !573, !DIExpression(), !586)
    #dbg_declare(ptr %iter, !587, !DIExpression(), !590)
  store i64 1, ptr %n.dbg.spill, align 8, !dbg !592
    #dbg_declare(ptr %n.dbg.spill, !596, !DIExpression(), !592)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !609
    #dbg_declare(ptr %rhs.dbg.spill, !613, !DIExpression(), !609)
  store i8 2, ptr %order.dbg.spill, align 1, !dbg !615
    #dbg_declare(ptr %order.dbg.spill, !582, !DIExpression(), !615)
  store i64 0, ptr %iter, align 8, !dbg !591
  %0 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !591
  store i64 %max, ptr %0, align 8, !dbg !591
  br label %bb1, !dbg !616

bb1:                                              ; preds = %bb3, %start
    #dbg_value(ptr %iter, !606, !DIExpression(), !617)
    #dbg_value(ptr %iter, !601, !DIExpression(), !618)
    #dbg_value(ptr %iter, !619, !DIExpression(), !623)
    #dbg_value(ptr %iter, !622, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !625)
  %_10 = load i64, ptr %iter, align 8, !dbg !626, !noundef !16
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !627
  %_11 = load i64, ptr %1, align 8, !dbg !627, !noundef !16
  %_5 = icmp ult i64 %_10, %_11, !dbg !626
  br i1 %_5, label %bb5, label %bb6, !dbg !624

bb6:                                              ; preds = %bb1
  store i8 0, ptr %_0, align 1, !dbg !628
  br label %bb4, !dbg !629

bb5:                                              ; preds = %bb1
  %old = load i64, ptr %iter, align 8, !dbg !630, !noundef !16
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !630
    #dbg_declare(ptr %old.dbg.spill, !602, !DIExpression(), !631)
    #dbg_declare(ptr %old.dbg.spill, !595, !DIExpression(), !632)
    #dbg_declare(ptr %old.dbg.spill, !612, !DIExpression(), !633)
  %_9 = add nuw i64 %old, 1, !dbg !634
  store i64 %_9, ptr %iter, align 8, !dbg !635
    #dbg_value(ptr %f, !636, !DIExpression(), !644)
; call core::sync::atomic::atomic_load
  %_12 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E(ptr noundef %f, i8 noundef 2) #7, !dbg !646
  %2 = icmp eq i8 %_12, 0, !dbg !647
  br i1 %2, label %bb3, label %bb2, !dbg !647

bb4:                                              ; preds = %bb2, %bb6
  %3 = load i8, ptr %_0, align 1, !dbg !629, !range !238, !noundef !16
  %4 = trunc nuw i8 %3 to i1, !dbg !629
  ret i1 %4, !dbg !629

bb3:                                              ; preds = %bb5
  br label %bb1, !dbg !616

bb2:                                              ; preds = %bb5
  store i8 1, ptr %_0, align 1, !dbg !648
  br label %bb4, !dbg !629
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

!llvm.module.flags = !{!17, !18, !19, !20}
!llvm.ident = !{!21}
!llvm.dbg.cu = !{!22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "SHARED", linkageName: "_ZN8timeouts6SHARED17hf82de7a573eae094E", scope: !2, file: !3, line: 22, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "timeouts", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/timeouts.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ceb59b98ccdd5e96aa47042381515937")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "9826c57a586983cd468c419da982be3b")
!5 = !DIFile(filename: "<unknown>", directory: "")
!6 = !{!7}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !4, file: !5, baseType: !8, size: 64, align: 64, flags: DIFlagPrivate)
!8 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !9, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !11, templateParams: !14, identifier: "39a99da3e6158f476ae51abf051b55a8")
!9 = !DINamespace(name: "cell", scope: !10)
!10 = !DINamespace(name: "core", scope: null)
!11 = !{!12}
!12 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !8, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPrivate)
!13 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!14 = !{!15}
!15 = !DITemplateTypeParameter(name: "T", type: !13)
!16 = !{}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 2, !"RtLibUseGOT", i32 1}
!19 = !{i32 7, !"Dwarf Version", i32 4}
!20 = !{i32 2, !"Debug Info Version", i32 3}
!21 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!22 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !23, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !24, globals: !35, splitDebugInlining: false, nameTableKind: None)
!23 = !DIFile(filename: "testdata/rust/src/timeouts.rs/@/timeouts.640ffda03050a7e6-cgu.0", directory: ".")
!24 = !{!25}
!25 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !26, file: !5, baseType: !28, size: 8, align: 8, flags: DIFlagEnumClass, elements: !29)
!26 = !DINamespace(name: "atomic", scope: !27)
!27 = !DINamespace(name: "sync", scope: !10)
!28 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!29 = !{!30, !31, !32, !33, !34}
!30 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!31 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!32 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!33 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!34 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!35 = !{!0}
!36 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17hc4a675a19c8c4db2E", scope: !26, file: !37, line: 3886, type: !38, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !44, retainedNodes: !41)
!37 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!38 = !DISubroutineType(types: !39)
!39 = !{!28, !40, !25}
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !28, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !{!42, !43}
!42 = !DILocalVariable(name: "dst", arg: 1, scope: !36, file: !37, line: 3886, type: !40)
!43 = !DILocalVariable(name: "order", arg: 2, scope: !36, file: !37, line: 3886, type: !25)
!44 = !{!45}
!45 = !DITemplateTypeParameter(name: "T", type: !28)
!46 = !DILocation(line: 3886, column: 32, scope: !36)
!47 = !DILocation(line: 3886, column: 47, scope: !36)
!48 = !DILocation(line: 3889, column: 15, scope: !36)
!49 = !DILocation(line: 3889, column: 9, scope: !36)
!50 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!51 = !DILocation(line: 3890, column: 24, scope: !36)
!52 = !DILocation(line: 3893, column: 24, scope: !36)
!53 = !DILocalVariable(name: "s", arg: 1, scope: !54, file: !55, line: 815, type: !148)
!54 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !56, file: !55, line: 815, type: !146, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !153, retainedNodes: !154)
!55 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!56 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !57, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !58, templateParams: !16, identifier: "e5c67bbe046da39973c72077c7f66185")
!57 = !DINamespace(name: "fmt", scope: !10)
!58 = !{!59, !65}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !56, file: !5, baseType: !60, size: 64, align: 64, flags: DIFlagPrivate)
!60 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !61, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !63, templateParams: !44, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!61 = !DINamespace(name: "non_null", scope: !62)
!62 = !DINamespace(name: "ptr", scope: !10)
!63 = !{!64}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !60, file: !5, baseType: !40, size: 64, align: 64, flags: DIFlagPrivate)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !56, file: !5, baseType: !66, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !61, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !67, templateParams: !144, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!67 = !{!68}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !66, file: !5, baseType: !69, size: 64, align: 64, flags: DIFlagPrivate)
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!70 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !71, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !72, templateParams: !16, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!71 = !DINamespace(name: "rt", scope: !57)
!72 = !{!73}
!73 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !70, file: !5, baseType: !74, size: 128, align: 64, flags: DIFlagPrivate)
!74 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !71, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !75, templateParams: !16, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!75 = !{!76}
!76 = !DICompositeType(tag: DW_TAG_variant_part, scope: !74, file: !5, size: 128, align: 64, elements: !77, templateParams: !16, identifier: "fbd384083752b747f8b252853b979154", discriminator: !142)
!77 = !{!78, !138}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !76, file: !5, baseType: !79, size: 128, align: 64)
!79 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !74, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !80, templateParams: !16, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!80 = !{!81, !89, !132}
!81 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !79, file: !5, baseType: !82, size: 64, align: 64, flags: DIFlagPrivate)
!82 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !61, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !83, templateParams: !87, identifier: "f4e496144210c619b96aa08326287b92")
!83 = !{!84}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !82, file: !5, baseType: !85, size: 64, align: 64, flags: DIFlagPrivate)
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !86, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!87 = !{!88}
!88 = !DITemplateTypeParameter(name: "T", type: !86)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !79, file: !5, baseType: !90, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !91, size: 64, align: 64, dwarfAddressSpace: 0)
!91 = !DISubroutineType(types: !92)
!92 = !{!93, !82, !110}
!93 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !94, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !95, templateParams: !16, identifier: "1c6752419820cdc3961061cc58b31873")
!94 = !DINamespace(name: "result", scope: !10)
!95 = !{!96}
!96 = !DICompositeType(tag: DW_TAG_variant_part, scope: !93, file: !5, size: 8, align: 8, elements: !97, templateParams: !16, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !109)
!97 = !{!98, !105}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !96, file: !5, baseType: !99, size: 8, align: 8, extraData: i8 0)
!99 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !93, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !100, templateParams: !102, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!100 = !{!101}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !99, file: !5, baseType: !86, align: 8, offset: 8, flags: DIFlagPublic)
!102 = !{!88, !103}
!103 = !DITemplateTypeParameter(name: "E", type: !104)
!104 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !57, file: !5, align: 8, flags: DIFlagPublic, elements: !16, identifier: "5a24300cdda31093f5fe20c939b4885")
!105 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !96, file: !5, baseType: !106, size: 8, align: 8, extraData: i8 1)
!106 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !93, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !107, templateParams: !102, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!107 = !{!108}
!108 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !106, file: !5, baseType: !104, align: 8, offset: 8, flags: DIFlagPublic)
!109 = !DIDerivedType(tag: DW_TAG_member, scope: !93, file: !5, baseType: !28, size: 8, align: 8, flags: DIFlagArtificial)
!110 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !111, size: 64, align: 64, dwarfAddressSpace: 0)
!111 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !57, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !112, templateParams: !16, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!112 = !{!113, !121}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !111, file: !5, baseType: !114, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!114 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !57, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !115, templateParams: !16, identifier: "ca2f5547247cd95c514a47d5800e09e")
!115 = !{!116, !118, !120}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !114, file: !5, baseType: !117, size: 32, align: 32, flags: DIFlagPrivate)
!117 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !114, file: !5, baseType: !119, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!119 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !114, file: !5, baseType: !119, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!121 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !111, file: !5, baseType: !122, size: 128, align: 64, flags: DIFlagPrivate)
!122 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !123, templateParams: !16, identifier: "effe97114690fc58a8e246cb04e37234")
!123 = !{!124, !127}
!124 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !122, file: !5, baseType: !125, size: 64, align: 64)
!125 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !126, size: 64, align: 64, dwarfAddressSpace: 0)
!126 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !16, identifier: "64328679825f9c73b507edbfd5b86b47")
!127 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !122, file: !5, baseType: !128, size: 64, align: 64, offset: 64)
!128 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !129, size: 64, align: 64, dwarfAddressSpace: 0)
!129 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 384, align: 64, elements: !130)
!130 = !{!131}
!131 = !DISubrange(count: 6, lowerBound: 0)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !79, file: !5, baseType: !133, align: 8, offset: 128, flags: DIFlagPrivate)
!133 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !134, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !135, identifier: "efa596960370766459fc018866dc4048")
!134 = !DINamespace(name: "marker", scope: !10)
!135 = !{!136}
!136 = !DITemplateTypeParameter(name: "T", type: !137)
!137 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !86, size: 64, align: 64, dwarfAddressSpace: 0)
!138 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !76, file: !5, baseType: !139, size: 128, align: 64, extraData: i64 0)
!139 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !74, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !140, templateParams: !16, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!140 = !{!141}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !139, file: !5, baseType: !119, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!142 = !DIDerivedType(tag: DW_TAG_member, scope: !74, file: !5, baseType: !143, size: 64, align: 64, flags: DIFlagArtificial)
!143 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!144 = !{!145}
!145 = !DITemplateTypeParameter(name: "T", type: !70)
!146 = !DISubroutineType(types: !147)
!147 = !{!56, !148}
!148 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !149, templateParams: !16, identifier: "9277eecd40495f85161460476aacc992")
!149 = !{!150, !152}
!150 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !148, file: !5, baseType: !151, size: 64, align: 64)
!151 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64, align: 64, dwarfAddressSpace: 0)
!152 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !148, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!153 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !56, file: !55, line: 815, type: !146, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!154 = !{!53}
!155 = !DILocation(line: 815, column: 27, scope: !54, inlinedAt: !52)
!156 = !DILocalVariable(name: "self", arg: 1, scope: !157, file: !158, line: 578, type: !148)
!157 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !159, file: !158, line: 578, type: !161, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !163)
!158 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!159 = !DINamespace(name: "{impl#0}", scope: !160)
!160 = !DINamespace(name: "str", scope: !10)
!161 = !DISubroutineType(types: !162)
!162 = !{!40, !148}
!163 = !{!156}
!164 = !DILocation(line: 578, column: 25, scope: !157, inlinedAt: !165)
!165 = !DILocation(line: 819, column: 44, scope: !166, inlinedAt: !52)
!166 = !DILexicalBlockFile(scope: !54, file: !55, discriminator: 2)
!167 = !DILocalVariable(name: "self", arg: 1, scope: !168, file: !158, line: 157, type: !148)
!168 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !159, file: !158, line: 157, type: !169, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !171)
!169 = !DISubroutineType(types: !170)
!170 = !{!13, !148}
!171 = !{!167}
!172 = !DILocation(line: 157, column: 22, scope: !168, inlinedAt: !173)
!173 = !DILocation(line: 820, column: 40, scope: !166, inlinedAt: !52)
!174 = !DILocalVariable(name: "self", arg: 1, scope: !175, file: !158, line: 502, type: !148)
!175 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !159, file: !158, line: 502, type: !176, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !182)
!176 = !DISubroutineType(types: !177)
!177 = !{!178, !148}
!178 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !179, templateParams: !16, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!179 = !{!180, !181}
!180 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !178, file: !5, baseType: !151, size: 64, align: 64)
!181 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !178, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!182 = !{!174}
!183 = !DILocation(line: 502, column: 27, scope: !175, inlinedAt: !184)
!184 = !DILocation(line: 158, column: 14, scope: !185, inlinedAt: !173)
!185 = !DILexicalBlockFile(scope: !168, file: !158, discriminator: 2)
!186 = !DILocation(line: 819, column: 27, scope: !54, inlinedAt: !52)
!187 = !DILocation(line: 820, column: 23, scope: !54, inlinedAt: !52)
!188 = !DILocation(line: 3891, column: 24, scope: !36)
!189 = !DILocation(line: 3894, column: 23, scope: !36)
!190 = !DILocation(line: 815, column: 27, scope: !54, inlinedAt: !189)
!191 = !DILocation(line: 578, column: 25, scope: !157, inlinedAt: !192)
!192 = !DILocation(line: 819, column: 44, scope: !54, inlinedAt: !189)
!193 = !DILocation(line: 157, column: 22, scope: !168, inlinedAt: !194)
!194 = !DILocation(line: 820, column: 40, scope: !54, inlinedAt: !189)
!195 = !DILocation(line: 502, column: 27, scope: !175, inlinedAt: !196)
!196 = !DILocation(line: 158, column: 14, scope: !168, inlinedAt: !194)
!197 = !DILocation(line: 819, column: 27, scope: !54, inlinedAt: !189)
!198 = !DILocation(line: 820, column: 23, scope: !54, inlinedAt: !189)
!199 = !DILocation(line: 3892, column: 23, scope: !36)
!200 = !DILocation(line: 3897, column: 2, scope: !36)
!201 = distinct !DISubprogram(name: "wait_countdown", linkageName: "_ZN8timeouts14wait_countdown17h69dc545faa083395E", scope: !2, file: !3, line: 39, type: !202, scopeLine: 39, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !206)
!202 = !DISubroutineType(types: !203)
!203 = !{!204, !205, !117}
!204 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!205 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&timeouts::Flag", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!206 = !{!207, !208}
!207 = !DILocalVariable(name: "f", arg: 1, scope: !201, file: !3, line: 39, type: !205)
!208 = !DILocalVariable(name: "n", arg: 2, scope: !201, file: !3, line: 39, type: !117)
!209 = !DILocation(line: 39, column: 23, scope: !201)
!210 = !DILocalVariable(name: "self", arg: 1, scope: !211, file: !3, line: 17, type: !205)
!211 = distinct !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !212, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !214, retainedNodes: !215)
!212 = !DISubroutineType(types: !213)
!213 = !{!13, !205}
!214 = !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !212, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!215 = !{!210}
!216 = !DILocation(line: 17, column: 16, scope: !211, inlinedAt: !217)
!217 = !DILocation(line: 40, column: 13, scope: !201)
!218 = !DILocation(line: 39, column: 33, scope: !201)
!219 = !DILocation(line: 40, column: 5, scope: !201)
!220 = !DILocalVariable(name: "self", arg: 1, scope: !221, file: !222, line: 2443, type: !226)
!221 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0c57e7cdc52d23b1E", scope: !8, file: !222, line: 2443, type: !223, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !227, retainedNodes: !228)
!222 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!223 = !DISubroutineType(types: !224)
!224 = !{!225, !226}
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!226 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!227 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0c57e7cdc52d23b1E", scope: !8, file: !222, line: 2443, type: !223, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !14)
!228 = !{!220}
!229 = !DILocation(line: 2443, column: 22, scope: !221, inlinedAt: !230)
!230 = !DILocation(line: 18, column: 30, scope: !211, inlinedAt: !217)
!231 = !DILocation(line: 18, column: 18, scope: !211, inlinedAt: !217)
!232 = !DILocation(line: 40, column: 11, scope: !201)
!233 = !DILocation(line: 41, column: 12, scope: !201)
!234 = !DILocation(line: 46, column: 5, scope: !201)
!235 = !DILocation(line: 47, column: 2, scope: !201)
!236 = !DILocation(line: 42, column: 20, scope: !201)
!237 = !DILocation(line: 44, column: 9, scope: !201)
!238 = !{i8 0, i8 2}
!239 = distinct !DISubprogram(name: "wait_with_delay", linkageName: "_ZN8timeouts15wait_with_delay17hf8e5441f1b025aedE", scope: !2, file: !3, line: 53, type: !240, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !242)
!240 = !DISubroutineType(types: !241)
!241 = !{!204, !205, !13}
!242 = !{!243, !244, !245, !247, !257}
!243 = !DILocalVariable(name: "f", arg: 1, scope: !239, file: !3, line: 53, type: !205)
!244 = !DILocalVariable(name: "max", arg: 2, scope: !239, file: !3, line: 53, type: !13)
!245 = !DILocalVariable(name: "sink", scope: !246, file: !3, line: 54, type: !13, align: 64)
!246 = distinct !DILexicalBlock(scope: !239, file: !3, line: 54, column: 5)
!247 = !DILocalVariable(name: "iter", scope: !248, file: !3, line: 55, type: !249, align: 64)
!248 = distinct !DILexicalBlock(scope: !246, file: !3, line: 55, column: 5)
!249 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !250, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !252, templateParams: !255, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!250 = !DINamespace(name: "range", scope: !251)
!251 = !DINamespace(name: "ops", scope: !10)
!252 = !{!253, !254}
!253 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !249, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPublic)
!254 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !249, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!255 = !{!256}
!256 = !DITemplateTypeParameter(name: "Idx", type: !13)
!257 = !DILocalVariable(name: "i", scope: !258, file: !3, line: 55, type: !13, align: 64)
!258 = distinct !DILexicalBlock(scope: !248, file: !3, line: 55, column: 5)
!259 = !DILocation(line: 53, column: 24, scope: !239)
!260 = !DILocalVariable(name: "self", arg: 1, scope: !261, file: !3, line: 17, type: !205)
!261 = distinct !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !212, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !214, retainedNodes: !262)
!262 = !{!260}
!263 = !DILocation(line: 17, column: 16, scope: !261, inlinedAt: !264)
!264 = !DILocation(line: 56, column: 14, scope: !258)
!265 = !DILocation(line: 53, column: 34, scope: !239)
!266 = !DILocation(line: 54, column: 9, scope: !246)
!267 = !DILocation(line: 55, column: 14, scope: !248)
!268 = !DILocalVariable(name: "self", arg: 1, scope: !269, file: !270, line: 322, type: !249)
!269 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE", scope: !271, file: !270, line: 322, type: !275, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !278, retainedNodes: !277)
!270 = !DIFile(filename: "library/core/src/iter/traits/collect.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35d2b5f35e8dd294396f20d1a263fa6f")
!271 = !DINamespace(name: "{impl#0}", scope: !272)
!272 = !DINamespace(name: "collect", scope: !273)
!273 = !DINamespace(name: "traits", scope: !274)
!274 = !DINamespace(name: "iter", scope: !10)
!275 = !DISubroutineType(types: !276)
!276 = !{!249, !249}
!277 = !{!268}
!278 = !{!279}
!279 = !DITemplateTypeParameter(name: "I", type: !249)
!280 = !DILocation(line: 322, column: 18, scope: !269, inlinedAt: !281)
!281 = !DILocation(line: 55, column: 14, scope: !246)
!282 = !DILocation(line: 211, column: 50, scope: !283, inlinedAt: !292)
!283 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !285, file: !284, line: 211, type: !287, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !289)
!284 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e302cc3146df1591d87c4742d277fd2d")
!285 = !DINamespace(name: "{impl#43}", scope: !286)
!286 = !DINamespace(name: "range", scope: !274)
!287 = !DISubroutineType(types: !288)
!288 = !{!13, !13, !13}
!289 = !{!290, !291}
!290 = !DILocalVariable(name: "start", arg: 1, scope: !283, file: !284, line: 211, type: !13)
!291 = !DILocalVariable(name: "n", scope: !283, file: !284, line: 211, type: !13, align: 64)
!292 = !DILocation(line: 775, column: 35, scope: !293, inlinedAt: !314)
!293 = distinct !DILexicalBlock(scope: !294, file: !284, line: 773, column: 13)
!294 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !295, file: !284, line: 771, type: !296, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !311)
!295 = !DINamespace(name: "{impl#5}", scope: !286)
!296 = !DISubroutineType(types: !297)
!297 = !{!298, !310}
!298 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !299, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !300, templateParams: !16, identifier: "6f59025219977f466509bd4ae79a2945")
!299 = !DINamespace(name: "option", scope: !10)
!300 = !{!301}
!301 = !DICompositeType(tag: DW_TAG_variant_part, scope: !298, file: !5, size: 128, align: 64, elements: !302, templateParams: !16, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !309)
!302 = !{!303, !305}
!303 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !301, file: !5, baseType: !304, size: 128, align: 64, extraData: i64 0)
!304 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !298, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !14, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!305 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !301, file: !5, baseType: !306, size: 128, align: 64, extraData: i64 1)
!306 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !298, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !307, templateParams: !14, identifier: "c70f2dfad93186ce146b7e80830727")
!307 = !{!308}
!308 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !306, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!309 = !DIDerivedType(tag: DW_TAG_member, scope: !298, file: !5, baseType: !143, size: 64, align: 64, flags: DIFlagArtificial)
!310 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !249, size: 64, align: 64, dwarfAddressSpace: 0)
!311 = !{!312, !313}
!312 = !DILocalVariable(name: "self", arg: 1, scope: !294, file: !284, line: 771, type: !310)
!313 = !DILocalVariable(name: "old", scope: !293, file: !284, line: 773, type: !13, align: 64)
!314 = !DILocation(line: 857, column: 14, scope: !315, inlinedAt: !321)
!315 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !316, file: !284, line: 856, type: !296, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !319, retainedNodes: !317)
!316 = !DINamespace(name: "{impl#6}", scope: !286)
!317 = !{!318}
!318 = !DILocalVariable(name: "self", arg: 1, scope: !315, file: !284, line: 856, type: !310)
!319 = !{!320}
!320 = !DITemplateTypeParameter(name: "A", type: !13)
!321 = !DILocation(line: 55, column: 14, scope: !322)
!322 = !DILexicalBlockFile(scope: !248, file: !3, discriminator: 2)
!323 = !DILocation(line: 832, column: 49, scope: !324, inlinedAt: !352)
!324 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !326, file: !325, line: 832, type: !328, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !349)
!325 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!326 = !DINamespace(name: "{impl#11}", scope: !327)
!327 = !DINamespace(name: "num", scope: !10)
!328 = !DISubroutineType(types: !329)
!329 = !{!13, !13, !13, !330}
!330 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !331, size: 64, align: 64, dwarfAddressSpace: 0)
!331 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !332, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !334, templateParams: !16, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!332 = !DINamespace(name: "location", scope: !333)
!333 = !DINamespace(name: "panic", scope: !10)
!334 = !{!335, !343, !344, !345}
!335 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !331, file: !5, baseType: !336, size: 128, align: 64, flags: DIFlagPrivate)
!336 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !61, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !337, templateParams: !44, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!337 = !{!338}
!338 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !336, file: !5, baseType: !339, size: 128, align: 64, flags: DIFlagPrivate)
!339 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !340, templateParams: !16, identifier: "238a44609877474087c05adf26cd41fa")
!340 = !{!341, !342}
!341 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !339, file: !5, baseType: !151, size: 64, align: 64)
!342 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !339, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!343 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !331, file: !5, baseType: !117, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!344 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !331, file: !5, baseType: !117, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!345 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !331, file: !5, baseType: !346, align: 8, offset: 192, flags: DIFlagPrivate)
!346 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !134, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !347, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!347 = !{!348}
!348 = !DITemplateTypeParameter(name: "T", type: !148)
!349 = !{!350, !351}
!350 = !DILocalVariable(name: "self", arg: 1, scope: !324, file: !325, line: 832, type: !13)
!351 = !DILocalVariable(name: "rhs", scope: !324, file: !325, line: 832, type: !13, align: 64)
!352 = !DILocation(line: 213, column: 28, scope: !283, inlinedAt: !292)
!353 = !DILocation(line: 54, column: 9, scope: !239)
!354 = !DILocation(line: 54, column: 20, scope: !239)
!355 = !DILocation(line: 55, column: 5, scope: !248)
!356 = !DILocation(line: 856, column: 13, scope: !315, inlinedAt: !321)
!357 = !DILocation(line: 771, column: 18, scope: !294, inlinedAt: !314)
!358 = !DILocalVariable(name: "self", arg: 1, scope: !359, file: !360, line: 1916, type: !366)
!359 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !361, file: !360, line: 1916, type: !364, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !367)
!360 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!361 = !DINamespace(name: "{impl#58}", scope: !362)
!362 = !DINamespace(name: "impls", scope: !363)
!363 = !DINamespace(name: "cmp", scope: !10)
!364 = !DISubroutineType(types: !365)
!365 = !{!204, !366, !366}
!366 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!367 = !{!358, !368}
!368 = !DILocalVariable(name: "other", arg: 2, scope: !359, file: !360, line: 1916, type: !366)
!369 = !DILocation(line: 1916, column: 19, scope: !359, inlinedAt: !370)
!370 = !DILocation(line: 772, column: 12, scope: !294, inlinedAt: !314)
!371 = !DILocation(line: 1916, column: 26, scope: !359, inlinedAt: !370)
!372 = !DILocation(line: 1916, column: 50, scope: !359, inlinedAt: !370)
!373 = !DILocation(line: 1916, column: 59, scope: !359, inlinedAt: !370)
!374 = !DILocation(line: 60, column: 5, scope: !248)
!375 = !DILocation(line: 61, column: 5, scope: !246)
!376 = !DILocation(line: 62, column: 1, scope: !239)
!377 = !DILocation(line: 62, column: 2, scope: !239)
!378 = !DILocation(line: 773, column: 23, scope: !294, inlinedAt: !314)
!379 = !DILocation(line: 773, column: 17, scope: !293, inlinedAt: !314)
!380 = !DILocation(line: 211, column: 37, scope: !283, inlinedAt: !292)
!381 = !DILocation(line: 832, column: 43, scope: !324, inlinedAt: !352)
!382 = !DILocation(line: 844, column: 17, scope: !324, inlinedAt: !352)
!383 = !DILocation(line: 775, column: 13, scope: !293, inlinedAt: !314)
!384 = !DILocation(line: 776, column: 13, scope: !293, inlinedAt: !314)
!385 = !DILocation(line: 55, column: 9, scope: !248)
!386 = !DILocation(line: 55, column: 9, scope: !258)
!387 = !DILocalVariable(name: "src", arg: 2, scope: !388, file: !389, line: 2167, type: !13)
!388 = distinct !DISubprogram(name: "write_volatile<usize>", linkageName: "_ZN4core3ptr14write_volatile17h13737168e7d719f5E", scope: !62, file: !389, line: 2167, type: !390, scopeLine: 2167, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !392)
!389 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!390 = !DISubroutineType(types: !391)
!391 = !{null, !225, !13, !330}
!392 = !{!393, !387}
!393 = !DILocalVariable(name: "dst", arg: 1, scope: !388, file: !389, line: 2167, type: !225)
!394 = !DILocation(line: 2167, column: 46, scope: !388, inlinedAt: !395)
!395 = !DILocation(line: 59, column: 18, scope: !258)
!396 = !DILocalVariable(name: "self", arg: 1, scope: !397, file: !222, line: 2443, type: !226)
!397 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0c57e7cdc52d23b1E", scope: !8, file: !222, line: 2443, type: !223, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !227, retainedNodes: !398)
!398 = !{!396}
!399 = !DILocation(line: 2443, column: 22, scope: !397, inlinedAt: !400)
!400 = !DILocation(line: 18, column: 30, scope: !261, inlinedAt: !264)
!401 = !DILocation(line: 18, column: 18, scope: !261, inlinedAt: !264)
!402 = !DILocation(line: 56, column: 12, scope: !258)
!403 = !DILocation(line: 59, column: 44, scope: !258)
!404 = !DILocation(line: 2167, column: 33, scope: !388, inlinedAt: !395)
!405 = !DILocation(line: 2178, column: 9, scope: !388, inlinedAt: !395)
!406 = !DILocation(line: 57, column: 20, scope: !258)
!407 = distinct !DISubprogram(name: "wait_with_timeout", linkageName: "_ZN8timeouts17wait_with_timeout17h1f20a74d2fd67a7cE", scope: !2, file: !3, line: 27, type: !240, scopeLine: 27, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !408)
!408 = !{!409, !410, !411}
!409 = !DILocalVariable(name: "f", arg: 1, scope: !407, file: !3, line: 27, type: !205)
!410 = !DILocalVariable(name: "max", arg: 2, scope: !407, file: !3, line: 27, type: !13)
!411 = !DILocalVariable(name: "iter", scope: !412, file: !3, line: 28, type: !249, align: 64)
!412 = distinct !DILexicalBlock(scope: !407, file: !3, line: 28, column: 5)
!413 = !DILocation(line: 27, column: 26, scope: !407)
!414 = !DILocalVariable(name: "self", arg: 1, scope: !415, file: !3, line: 17, type: !205)
!415 = distinct !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !212, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !214, retainedNodes: !416)
!416 = !{!414}
!417 = !DILocation(line: 17, column: 16, scope: !415, inlinedAt: !418)
!418 = !DILocation(line: 29, column: 14, scope: !412)
!419 = !DILocation(line: 27, column: 36, scope: !407)
!420 = !DILocation(line: 28, column: 14, scope: !412)
!421 = !DILocalVariable(name: "self", arg: 1, scope: !422, file: !270, line: 322, type: !249)
!422 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE", scope: !271, file: !270, line: 322, type: !275, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !278, retainedNodes: !423)
!423 = !{!421}
!424 = !DILocation(line: 322, column: 18, scope: !422, inlinedAt: !425)
!425 = !DILocation(line: 28, column: 14, scope: !407)
!426 = !DILocation(line: 211, column: 50, scope: !427, inlinedAt: !431)
!427 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !285, file: !284, line: 211, type: !287, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !428)
!428 = !{!429, !430}
!429 = !DILocalVariable(name: "start", arg: 1, scope: !427, file: !284, line: 211, type: !13)
!430 = !DILocalVariable(name: "n", scope: !427, file: !284, line: 211, type: !13, align: 64)
!431 = !DILocation(line: 775, column: 35, scope: !432, inlinedAt: !437)
!432 = distinct !DILexicalBlock(scope: !433, file: !284, line: 773, column: 13)
!433 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !295, file: !284, line: 771, type: !296, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !434)
!434 = !{!435, !436}
!435 = !DILocalVariable(name: "self", arg: 1, scope: !433, file: !284, line: 771, type: !310)
!436 = !DILocalVariable(name: "old", scope: !432, file: !284, line: 773, type: !13, align: 64)
!437 = !DILocation(line: 857, column: 14, scope: !438, inlinedAt: !441)
!438 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !316, file: !284, line: 856, type: !296, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !319, retainedNodes: !439)
!439 = !{!440}
!440 = !DILocalVariable(name: "self", arg: 1, scope: !438, file: !284, line: 856, type: !310)
!441 = !DILocation(line: 28, column: 14, scope: !442)
!442 = !DILexicalBlockFile(scope: !412, file: !3, discriminator: 2)
!443 = !DILocation(line: 832, column: 49, scope: !444, inlinedAt: !448)
!444 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !326, file: !325, line: 832, type: !328, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !445)
!445 = !{!446, !447}
!446 = !DILocalVariable(name: "self", arg: 1, scope: !444, file: !325, line: 832, type: !13)
!447 = !DILocalVariable(name: "rhs", scope: !444, file: !325, line: 832, type: !13, align: 64)
!448 = !DILocation(line: 213, column: 28, scope: !427, inlinedAt: !431)
!449 = !DILocation(line: 28, column: 5, scope: !412)
!450 = !DILocation(line: 856, column: 13, scope: !438, inlinedAt: !441)
!451 = !DILocation(line: 771, column: 18, scope: !433, inlinedAt: !437)
!452 = !DILocalVariable(name: "self", arg: 1, scope: !453, file: !360, line: 1916, type: !366)
!453 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !361, file: !360, line: 1916, type: !364, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !454)
!454 = !{!452, !455}
!455 = !DILocalVariable(name: "other", arg: 2, scope: !453, file: !360, line: 1916, type: !366)
!456 = !DILocation(line: 1916, column: 19, scope: !453, inlinedAt: !457)
!457 = !DILocation(line: 772, column: 12, scope: !433, inlinedAt: !437)
!458 = !DILocation(line: 1916, column: 26, scope: !453, inlinedAt: !457)
!459 = !DILocation(line: 1916, column: 50, scope: !453, inlinedAt: !457)
!460 = !DILocation(line: 1916, column: 59, scope: !453, inlinedAt: !457)
!461 = !DILocation(line: 33, column: 5, scope: !407)
!462 = !DILocation(line: 34, column: 2, scope: !407)
!463 = !DILocation(line: 773, column: 23, scope: !433, inlinedAt: !437)
!464 = !DILocation(line: 773, column: 17, scope: !432, inlinedAt: !437)
!465 = !DILocation(line: 211, column: 37, scope: !427, inlinedAt: !431)
!466 = !DILocation(line: 832, column: 43, scope: !444, inlinedAt: !448)
!467 = !DILocation(line: 844, column: 17, scope: !444, inlinedAt: !448)
!468 = !DILocation(line: 775, column: 13, scope: !432, inlinedAt: !437)
!469 = !DILocalVariable(name: "self", arg: 1, scope: !470, file: !222, line: 2443, type: !226)
!470 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0c57e7cdc52d23b1E", scope: !8, file: !222, line: 2443, type: !223, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !227, retainedNodes: !471)
!471 = !{!469}
!472 = !DILocation(line: 2443, column: 22, scope: !470, inlinedAt: !473)
!473 = !DILocation(line: 18, column: 30, scope: !415, inlinedAt: !418)
!474 = !DILocation(line: 18, column: 18, scope: !415, inlinedAt: !418)
!475 = !DILocation(line: 29, column: 12, scope: !412)
!476 = !DILocation(line: 30, column: 20, scope: !412)
!477 = distinct !DISubprogram(name: "wait_with_timeout_spin", linkageName: "_ZN8timeouts22wait_with_timeout_spin17h2df15ec5d600cf6fE", scope: !2, file: !3, line: 67, type: !240, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !478)
!478 = !{!479, !480, !481}
!479 = !DILocalVariable(name: "f", arg: 1, scope: !477, file: !3, line: 67, type: !205)
!480 = !DILocalVariable(name: "max", arg: 2, scope: !477, file: !3, line: 67, type: !13)
!481 = !DILocalVariable(name: "iter", scope: !482, file: !3, line: 68, type: !249, align: 64)
!482 = distinct !DILexicalBlock(scope: !477, file: !3, line: 68, column: 5)
!483 = !DILocation(line: 67, column: 31, scope: !477)
!484 = !DILocalVariable(name: "self", arg: 1, scope: !485, file: !3, line: 17, type: !205)
!485 = distinct !DISubprogram(name: "get", linkageName: "_ZN8timeouts4Flag3get17hd0464cb31d06c767E", scope: !4, file: !3, line: 17, type: !212, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !214, retainedNodes: !486)
!486 = !{!484}
!487 = !DILocation(line: 17, column: 16, scope: !485, inlinedAt: !488)
!488 = !DILocation(line: 69, column: 14, scope: !482)
!489 = !DILocation(line: 67, column: 41, scope: !477)
!490 = !DILocation(line: 68, column: 14, scope: !482)
!491 = !DILocalVariable(name: "self", arg: 1, scope: !492, file: !270, line: 322, type: !249)
!492 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE", scope: !271, file: !270, line: 322, type: !275, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !278, retainedNodes: !493)
!493 = !{!491}
!494 = !DILocation(line: 322, column: 18, scope: !492, inlinedAt: !495)
!495 = !DILocation(line: 68, column: 14, scope: !477)
!496 = !DILocation(line: 211, column: 50, scope: !497, inlinedAt: !501)
!497 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !285, file: !284, line: 211, type: !287, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !498)
!498 = !{!499, !500}
!499 = !DILocalVariable(name: "start", arg: 1, scope: !497, file: !284, line: 211, type: !13)
!500 = !DILocalVariable(name: "n", scope: !497, file: !284, line: 211, type: !13, align: 64)
!501 = !DILocation(line: 775, column: 35, scope: !502, inlinedAt: !507)
!502 = distinct !DILexicalBlock(scope: !503, file: !284, line: 773, column: 13)
!503 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !295, file: !284, line: 771, type: !296, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !504)
!504 = !{!505, !506}
!505 = !DILocalVariable(name: "self", arg: 1, scope: !503, file: !284, line: 771, type: !310)
!506 = !DILocalVariable(name: "old", scope: !502, file: !284, line: 773, type: !13, align: 64)
!507 = !DILocation(line: 857, column: 14, scope: !508, inlinedAt: !511)
!508 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !316, file: !284, line: 856, type: !296, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !319, retainedNodes: !509)
!509 = !{!510}
!510 = !DILocalVariable(name: "self", arg: 1, scope: !508, file: !284, line: 856, type: !310)
!511 = !DILocation(line: 68, column: 14, scope: !512)
!512 = !DILexicalBlockFile(scope: !482, file: !3, discriminator: 2)
!513 = !DILocation(line: 832, column: 49, scope: !514, inlinedAt: !518)
!514 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !326, file: !325, line: 832, type: !328, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !515)
!515 = !{!516, !517}
!516 = !DILocalVariable(name: "self", arg: 1, scope: !514, file: !325, line: 832, type: !13)
!517 = !DILocalVariable(name: "rhs", scope: !514, file: !325, line: 832, type: !13, align: 64)
!518 = !DILocation(line: 213, column: 28, scope: !497, inlinedAt: !501)
!519 = !DILocation(line: 68, column: 5, scope: !482)
!520 = !DILocation(line: 856, column: 13, scope: !508, inlinedAt: !511)
!521 = !DILocation(line: 771, column: 18, scope: !503, inlinedAt: !507)
!522 = !DILocalVariable(name: "self", arg: 1, scope: !523, file: !360, line: 1916, type: !366)
!523 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !361, file: !360, line: 1916, type: !364, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !524)
!524 = !{!522, !525}
!525 = !DILocalVariable(name: "other", arg: 2, scope: !523, file: !360, line: 1916, type: !366)
!526 = !DILocation(line: 1916, column: 19, scope: !523, inlinedAt: !527)
!527 = !DILocation(line: 772, column: 12, scope: !503, inlinedAt: !507)
!528 = !DILocation(line: 1916, column: 26, scope: !523, inlinedAt: !527)
!529 = !DILocation(line: 1916, column: 50, scope: !523, inlinedAt: !527)
!530 = !DILocation(line: 1916, column: 59, scope: !523, inlinedAt: !527)
!531 = !DILocation(line: 74, column: 5, scope: !477)
!532 = !DILocation(line: 75, column: 2, scope: !477)
!533 = !DILocation(line: 773, column: 23, scope: !503, inlinedAt: !507)
!534 = !DILocation(line: 773, column: 17, scope: !502, inlinedAt: !507)
!535 = !DILocation(line: 211, column: 37, scope: !497, inlinedAt: !501)
!536 = !DILocation(line: 832, column: 43, scope: !514, inlinedAt: !518)
!537 = !DILocation(line: 844, column: 17, scope: !514, inlinedAt: !518)
!538 = !DILocation(line: 775, column: 13, scope: !502, inlinedAt: !507)
!539 = !DILocalVariable(name: "self", arg: 1, scope: !540, file: !222, line: 2443, type: !226)
!540 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0c57e7cdc52d23b1E", scope: !8, file: !222, line: 2443, type: !223, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !227, retainedNodes: !541)
!541 = !{!539}
!542 = !DILocation(line: 2443, column: 22, scope: !540, inlinedAt: !543)
!543 = !DILocation(line: 18, column: 30, scope: !485, inlinedAt: !488)
!544 = !DILocation(line: 18, column: 18, scope: !485, inlinedAt: !488)
!545 = !DILocation(line: 69, column: 12, scope: !482)
!546 = !DILocation(line: 25, column: 14, scope: !547, inlinedAt: !554)
!547 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !549, file: !548, line: 22, type: !552, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!548 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!549 = !DINamespace(name: "sse2", scope: !550)
!550 = !DINamespace(name: "x86", scope: !551)
!551 = !DINamespace(name: "core_arch", scope: !10)
!552 = !DISubroutineType(types: !553)
!553 = !{null}
!554 = !DILocation(line: 287, column: 13, scope: !555, inlinedAt: !558)
!555 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !557, file: !556, line: 270, type: !552, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!556 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!557 = !DINamespace(name: "hint", scope: !10)
!558 = !DILocation(line: 72, column: 9, scope: !482)
!559 = !DILocation(line: 70, column: 20, scope: !482)
!560 = distinct !DISubprogram(name: "wait_atomic_with_timeout", linkageName: "_ZN8timeouts24wait_atomic_with_timeout17h40c3d26ebaa6da42E", scope: !2, file: !3, line: 80, type: !561, scopeLine: 80, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !570)
!561 = !DISubroutineType(types: !562)
!562 = !{!204, !563, !13}
!563 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !564, size: 64, align: 64, dwarfAddressSpace: 0)
!564 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !26, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !565, templateParams: !16, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!565 = !{!566}
!566 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !564, file: !5, baseType: !567, size: 8, align: 8, flags: DIFlagPrivate)
!567 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !568, templateParams: !44, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!568 = !{!569}
!569 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !567, file: !5, baseType: !28, size: 8, align: 8, flags: DIFlagPrivate)
!570 = !{!571, !572, !573}
!571 = !DILocalVariable(name: "f", arg: 1, scope: !560, file: !3, line: 80, type: !563)
!572 = !DILocalVariable(name: "max", arg: 2, scope: !560, file: !3, line: 80, type: !13)
!573 = !DILocalVariable(name: "iter", scope: !574, file: !3, line: 81, type: !249, align: 64)
!574 = distinct !DILexicalBlock(scope: !560, file: !3, line: 81, column: 5)
!575 = !DILocation(line: 80, column: 33, scope: !560)
!576 = !DILocalVariable(name: "self", arg: 1, scope: !577, file: !37, line: 726, type: !563)
!577 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !564, file: !37, line: 726, type: !578, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !580, retainedNodes: !581)
!578 = !DISubroutineType(types: !579)
!579 = !{!204, !563, !25}
!580 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !564, file: !37, line: 726, type: !578, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!581 = !{!576, !582}
!582 = !DILocalVariable(name: "order", scope: !577, file: !37, line: 726, type: !25, align: 8)
!583 = !DILocation(line: 726, column: 17, scope: !577, inlinedAt: !584)
!584 = !DILocation(line: 82, column: 14, scope: !574)
!585 = !DILocation(line: 80, column: 49, scope: !560)
!586 = !DILocation(line: 81, column: 14, scope: !574)
!587 = !DILocalVariable(name: "self", arg: 1, scope: !588, file: !270, line: 322, type: !249)
!588 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h143c13dafb7ba0fdE", scope: !271, file: !270, line: 322, type: !275, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !278, retainedNodes: !589)
!589 = !{!587}
!590 = !DILocation(line: 322, column: 18, scope: !588, inlinedAt: !591)
!591 = !DILocation(line: 81, column: 14, scope: !560)
!592 = !DILocation(line: 211, column: 50, scope: !593, inlinedAt: !597)
!593 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !285, file: !284, line: 211, type: !287, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !594)
!594 = !{!595, !596}
!595 = !DILocalVariable(name: "start", arg: 1, scope: !593, file: !284, line: 211, type: !13)
!596 = !DILocalVariable(name: "n", scope: !593, file: !284, line: 211, type: !13, align: 64)
!597 = !DILocation(line: 775, column: 35, scope: !598, inlinedAt: !603)
!598 = distinct !DILexicalBlock(scope: !599, file: !284, line: 773, column: 13)
!599 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h1b37e3742f1cfe91E", scope: !295, file: !284, line: 771, type: !296, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !600)
!600 = !{!601, !602}
!601 = !DILocalVariable(name: "self", arg: 1, scope: !599, file: !284, line: 771, type: !310)
!602 = !DILocalVariable(name: "old", scope: !598, file: !284, line: 773, type: !13, align: 64)
!603 = !DILocation(line: 857, column: 14, scope: !604, inlinedAt: !607)
!604 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17h65772276df24176aE", scope: !316, file: !284, line: 856, type: !296, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !319, retainedNodes: !605)
!605 = !{!606}
!606 = !DILocalVariable(name: "self", arg: 1, scope: !604, file: !284, line: 856, type: !310)
!607 = !DILocation(line: 81, column: 14, scope: !608)
!608 = !DILexicalBlockFile(scope: !574, file: !3, discriminator: 2)
!609 = !DILocation(line: 832, column: 49, scope: !610, inlinedAt: !614)
!610 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !326, file: !325, line: 832, type: !328, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !611)
!611 = !{!612, !613}
!612 = !DILocalVariable(name: "self", arg: 1, scope: !610, file: !325, line: 832, type: !13)
!613 = !DILocalVariable(name: "rhs", scope: !610, file: !325, line: 832, type: !13, align: 64)
!614 = !DILocation(line: 213, column: 28, scope: !593, inlinedAt: !597)
!615 = !DILocation(line: 726, column: 24, scope: !577, inlinedAt: !584)
!616 = !DILocation(line: 81, column: 5, scope: !574)
!617 = !DILocation(line: 856, column: 13, scope: !604, inlinedAt: !607)
!618 = !DILocation(line: 771, column: 18, scope: !599, inlinedAt: !603)
!619 = !DILocalVariable(name: "self", arg: 1, scope: !620, file: !360, line: 1916, type: !366)
!620 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !361, file: !360, line: 1916, type: !364, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !621)
!621 = !{!619, !622}
!622 = !DILocalVariable(name: "other", arg: 2, scope: !620, file: !360, line: 1916, type: !366)
!623 = !DILocation(line: 1916, column: 19, scope: !620, inlinedAt: !624)
!624 = !DILocation(line: 772, column: 12, scope: !599, inlinedAt: !603)
!625 = !DILocation(line: 1916, column: 26, scope: !620, inlinedAt: !624)
!626 = !DILocation(line: 1916, column: 50, scope: !620, inlinedAt: !624)
!627 = !DILocation(line: 1916, column: 59, scope: !620, inlinedAt: !624)
!628 = !DILocation(line: 86, column: 5, scope: !560)
!629 = !DILocation(line: 87, column: 2, scope: !560)
!630 = !DILocation(line: 773, column: 23, scope: !599, inlinedAt: !603)
!631 = !DILocation(line: 773, column: 17, scope: !598, inlinedAt: !603)
!632 = !DILocation(line: 211, column: 37, scope: !593, inlinedAt: !597)
!633 = !DILocation(line: 832, column: 43, scope: !610, inlinedAt: !614)
!634 = !DILocation(line: 844, column: 17, scope: !610, inlinedAt: !614)
!635 = !DILocation(line: 775, column: 13, scope: !598, inlinedAt: !603)
!636 = !DILocalVariable(name: "self", arg: 1, scope: !637, file: !222, line: 2443, type: !641)
!637 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hcdb44e725cccbfedE", scope: !567, file: !222, line: 2443, type: !638, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !44, declaration: !642, retainedNodes: !643)
!638 = !DISubroutineType(types: !639)
!639 = !{!640, !641}
!640 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !28, size: 64, align: 64, dwarfAddressSpace: 0)
!641 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !567, size: 64, align: 64, dwarfAddressSpace: 0)
!642 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hcdb44e725cccbfedE", scope: !567, file: !222, line: 2443, type: !638, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !44)
!643 = !{!636}
!644 = !DILocation(line: 2443, column: 22, scope: !637, inlinedAt: !645)
!645 = !DILocation(line: 729, column: 37, scope: !577, inlinedAt: !584)
!646 = !DILocation(line: 729, column: 18, scope: !577, inlinedAt: !584)
!647 = !DILocation(line: 82, column: 12, scope: !574)
!648 = !DILocation(line: 83, column: 20, scope: !574)
