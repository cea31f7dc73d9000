; built with: rustc --edition=2021 --crate-type=lib --crate-name=sharing --emit=llvm-ir -C codegen-units=1 -C metadata=irscope -C panic=unwind --target=x86_64-unknown-linux-gnu -C opt-level=3 -C no-prepopulate-passes -C debuginfo=2 testdata/rust/debuginfo/sharing.rs -o testdata/rust/debuginfo/sharing.O3-noprepop.ll
;   (from the repository root, with --remap-path-prefix=$PWD=. ; see regen)
; ModuleID = 'sharing.bd94ec71f88cb894-cgu.0'
source_filename = "sharing.bd94ec71f88cb894-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@anon.faae8d1745c87cff5912a5adaa74654f.0 = private unnamed_addr constant <{ [8 x i8], [8 x i8] }> <{ [8 x i8] zeroinitializer, [8 x i8] undef }>, align 8
@alloc_9cd20c3e415f4d39f0ceb012cb758628 = private unnamed_addr constant [40 x i8] c"there is no such thing as a release load", align 1
@alloc_e17502e153481471943c37e20438384b = private unnamed_addr constant [80 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/sync/atomic.rs\00", align 1
@alloc_b7d26e4bc52b7f02cc25e37f0bf633e4 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\005\0F\00\00\18\00\00\00" }>, align 8
@alloc_96ab912d0054b46da785b206a96c9a45 = private unnamed_addr constant [49 x i8] c"there is no such thing as an acquire-release load", align 1
@alloc_738c866d826467e54726b360a2118a62 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_e17502e153481471943c37e20438384b, [16 x i8] c"O\00\00\00\00\00\00\006\0F\00\00\17\00\00\00" }>, align 8
@alloc_23f11ce7e8da016da50ab95509e7fa31 = private unnamed_addr constant [35 x i8] c"testdata/rust/debuginfo/sharing.rs\00", align 1
@alloc_51ebbdd38acc1057bcd3542e1e9a36f6 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_23f11ce7e8da016da50ab95509e7fa31, [16 x i8] c"\22\00\00\00\00\00\00\00S\00\00\00\07\00\00\00" }>, align 8
@_ZN7sharing4FLAG17h125a699f812a4294E = global [1 x i8] zeroinitializer, align 1, !dbg !0
@_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE = global <{ [5 x i8], [3 x i8], [8 x i8] }> <{ [5 x i8] zeroinitializer, [3 x i8] undef, [8 x i8] zeroinitializer }>, align 8, !dbg !5
@_ZN7sharing4ONCE17ha1b40ad32e496536E = global <{ [4 x i8], [4 x i8] }> <{ [4 x i8] c"\03\00\00\00", [4 x i8] undef }>, align 4, !dbg !56
@_ZN7sharing5LIMIT17h01b796ebf27fc673E = constant [8 x i8] c"\0A\00\00\00\00\00\00\00", align 8, !dbg !97
@_ZN7sharing5READY17hdd69ef26855f6cbeE = global [1 x i8] zeroinitializer, align 1, !dbg !100
@_ZN7sharing7COUNTER17hbcb64c705c41587fE = global [4 x i8] zeroinitializer, align 4, !dbg !102
@alloc_a931397211c33a1c8fe0d17838460834 = private unnamed_addr constant [60 x i8] c"internal error: entered unreachable code: invalid Once state", align 1
@alloc_d297259cc070aa2602321cadcae1bea9 = private unnamed_addr constant [87 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/sys/sync/once/futex.rs\00", align 1
@alloc_41083d9f9c7083815e5e11964bf770af = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_d297259cc070aa2602321cadcae1bea9, [16 x i8] c"V\00\00\00\00\00\00\00[\00\00\00\12\00\00\00" }>, align 8

; <alloc::alloc::Global>::alloc_impl_runtime
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1, i1 noundef zeroext %zeroed) unnamed_addr #0 !dbg !193 {
start:
  %ptr.dbg.spill11 = alloca [16 x i8], align 8
  %data.dbg.spill10 = alloca [8 x i8], align 8
  %ptr.dbg.spill9 = alloca [8 x i8], align 8
  %v.dbg.spill8 = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [16 x i8], align 8
  %data.dbg.spill6 = alloca [8 x i8], align 8
  %data.dbg.spill = alloca [8 x i8], align 8
  %size.dbg.spill = alloca [8 x i8], align 8
  %t.dbg.spill = alloca [0 x i8], align 1
  %e.dbg.spill4 = alloca [0 x i8], align 1
  %residual.dbg.spill3 = alloca [0 x i8], align 1
  %e.dbg.spill = alloca [0 x i8], align 1
  %err.dbg.spill = alloca [0 x i8], align 1
  %len.dbg.spill2 = alloca [8 x i8], align 8
  %len.dbg.spill = alloca [8 x i8], align 8
  %residual.dbg.spill = alloca [0 x i8], align 1
  %zeroed.dbg.spill = alloca [1 x i8], align 1
  %layout.dbg.spill = alloca [16 x i8], align 8
  %self1 = alloca [8 x i8], align 8
  %self = alloca [8 x i8], align 8
  %_9 = alloca [8 x i8], align 8
  %raw_ptr = alloca [8 x i8], align 8
  %_0 = alloca [16 x i8], align 8
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !238, !DIExpression(), !273)
    #dbg_declare(ptr %layout.dbg.spill, !274, !DIExpression(), !279)
    #dbg_declare(ptr %layout.dbg.spill, !281, !DIExpression(), !284)
  %1 = zext i1 %zeroed to i8
  store i8 %1, ptr %zeroed.dbg.spill, align 1
    #dbg_declare(ptr %zeroed.dbg.spill, !239, !DIExpression(), !286)
    #dbg_declare(ptr %raw_ptr, !242, !DIExpression(), !287)
    #dbg_declare(ptr %raw_ptr, !288, !DIExpression(), !309)
    #dbg_declare(ptr %raw_ptr, !311, !DIExpression(), !319)
    #dbg_declare(ptr %raw_ptr, !321, !DIExpression(), !350)
    #dbg_declare(ptr %self, !352, !DIExpression(), !395)
    #dbg_declare(ptr %self1, !398, !DIExpression(), !408)
    #dbg_declare(ptr %residual.dbg.spill, !251, !DIExpression(), !410)
  store i64 0, ptr %len.dbg.spill, align 8, !dbg !411
    #dbg_declare(ptr %len.dbg.spill, !418, !DIExpression(), !411)
  store i64 0, ptr %len.dbg.spill2, align 8, !dbg !421
    #dbg_declare(ptr %len.dbg.spill2, !432, !DIExpression(), !421)
    #dbg_declare(ptr %err.dbg.spill, !405, !DIExpression(), !435)
    #dbg_declare(ptr %e.dbg.spill, !393, !DIExpression(), !436)
    #dbg_declare(ptr %residual.dbg.spill3, !437, !DIExpression(), !447)
    #dbg_declare(ptr %e.dbg.spill4, !443, !DIExpression(), !450)
    #dbg_declare(ptr %t.dbg.spill, !451, !DIExpression(), !460)
    #dbg_value(ptr poison, !462, !DIExpression(), !470)
  store i64 %layout.1, ptr %size.dbg.spill, align 8, !dbg !472
    #dbg_declare(ptr %size.dbg.spill, !240, !DIExpression(), !473)
    #dbg_declare(ptr %size.dbg.spill, !419, !DIExpression(), !474)
    #dbg_declare(ptr %size.dbg.spill, !433, !DIExpression(), !476)
  %2 = icmp eq i64 %layout.1, 0, !dbg !479
  br i1 %2, label %bb2, label %bb1, !dbg !479

bb2:                                              ; preds = %start
    #dbg_value(ptr poison, !480, !DIExpression(), !486)
  %3 = sub i64 %layout.0, 1, !dbg !488
  %4 = icmp ule i64 %3, 9223372036854775807, !dbg !488
  call void @llvm.assume(i1 %4), !dbg !488
  %data = inttoptr i64 %layout.0 to ptr, !dbg !488
  store ptr %data, ptr %data.dbg.spill, align 8, !dbg !488
    #dbg_declare(ptr %data.dbg.spill, !417, !DIExpression(), !505)
    #dbg_declare(ptr %data.dbg.spill, !506, !DIExpression(), !512)
  %5 = sub i64 %layout.0, 1, !dbg !514
  %6 = icmp ule i64 %5, 9223372036854775807, !dbg !514
  call void @llvm.assume(i1 %6), !dbg !514
  %data5 = inttoptr i64 %layout.0 to ptr, !dbg !514
  store ptr %data5, ptr %data.dbg.spill6, align 8, !dbg !514
    #dbg_declare(ptr %data.dbg.spill6, !431, !DIExpression(), !515)
  store ptr %data5, ptr %ptr.dbg.spill, align 8, !dbg !516
  %7 = getelementptr inbounds i8, ptr %ptr.dbg.spill, i64 8, !dbg !516
  store i64 0, ptr %7, align 8, !dbg !516
    #dbg_declare(ptr %ptr.dbg.spill, !523, !DIExpression(), !529)
  br label %bb9, !dbg !531

bb1:                                              ; preds = %start
  br i1 %zeroed, label %bb3, label %bb4, !dbg !534

bb9:                                              ; preds = %bb2
  %8 = icmp ne ptr %data5, null, !dbg !535
  call void @llvm.assume(i1 %8), !dbg !535
  store ptr %data5, ptr %_0, align 8, !dbg !536
  %9 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !536
  store i64 0, ptr %9, align 8, !dbg !536
  br label %bb6, !dbg !537

bb6:                                              ; preds = %bb21, %bb14, %bb9
  %10 = load ptr, ptr %_0, align 8, !dbg !538, !noundef !35
  %11 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !538
  %12 = load i64, ptr %11, align 8, !dbg !538
  %13 = insertvalue { ptr, i64 } poison, ptr %10, 0, !dbg !538
  %14 = insertvalue { ptr, i64 } %13, i64 %12, 1, !dbg !538
  ret { ptr, i64 } %14, !dbg !538

bb4:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #15, !dbg !539
    #dbg_value(ptr poison, !462, !DIExpression(), !540)
    #dbg_value(ptr poison, !542, !DIExpression(), !548)
; call __rustc::__rust_alloc
  %15 = call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef %layout.1, i64 noundef %layout.0) #15, !dbg !550
  store ptr %15, ptr %raw_ptr, align 8, !dbg !550
  br label %bb5, !dbg !551

bb3:                                              ; preds = %bb1
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #15, !dbg !552
    #dbg_value(ptr poison, !462, !DIExpression(), !553)
    #dbg_value(ptr poison, !542, !DIExpression(), !555)
; call __rustc::__rust_alloc_zeroed
  %16 = call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 noundef %layout.1, i64 noundef %layout.0) #15, !dbg !557
  store ptr %16, ptr %raw_ptr, align 8, !dbg !557
  br label %bb5, !dbg !551

bb5:                                              ; preds = %bb3, %bb4
  call void @llvm.lifetime.start.p0(ptr %_9), !dbg !310
  call void @llvm.lifetime.start.p0(ptr %self), !dbg !310
  call void @llvm.lifetime.start.p0(ptr %self1), !dbg !310
  %17 = load ptr, ptr %raw_ptr, align 8, !dbg !558, !noundef !35
  %_29 = ptrtoint ptr %17 to i64, !dbg !558
  %18 = icmp eq i64 %_29, 0, !dbg !577
  br i1 %18, label %bb14, label %bb15, !dbg !577

bb14:                                             ; preds = %bb5
  store ptr null, ptr %self1, align 8, !dbg !578
  store ptr null, ptr %self, align 8, !dbg !579
  call void @llvm.lifetime.end.p0(ptr %self1), !dbg !580
  call void @llvm.lifetime.end.p0(ptr %self), !dbg !581
  call void @llvm.assume(i1 true), !dbg !582
  %19 = load ptr, ptr @anon.faae8d1745c87cff5912a5adaa74654f.0, align 8, !dbg !583, !noundef !35
  %20 = load i64, ptr getelementptr inbounds (i8, ptr @anon.faae8d1745c87cff5912a5adaa74654f.0, i64 8), align 8, !dbg !583
  store ptr %19, ptr %_0, align 8, !dbg !583
  %21 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !583
  store i64 %20, ptr %21, align 8, !dbg !583
  call void @llvm.lifetime.end.p0(ptr %_9), !dbg !584
  br label %bb6, !dbg !538

bb15:                                             ; preds = %bb5
  br label %bb18, !dbg !585

bb18:                                             ; preds = %bb15
  %_28 = load ptr, ptr %raw_ptr, align 8, !dbg !587, !noundef !35
  %22 = icmp ne ptr %_28, null, !dbg !587
  call void @llvm.assume(i1 %22), !dbg !587
  store ptr %_28, ptr %self1, align 8, !dbg !588
  %v = load ptr, ptr %self1, align 8, !dbg !589, !nonnull !35, !noundef !35
  store ptr %v, ptr %v.dbg.spill, align 8, !dbg !589
    #dbg_declare(ptr %v.dbg.spill, !406, !DIExpression(), !590)
  store ptr %v, ptr %self, align 8, !dbg !591
  call void @llvm.lifetime.end.p0(ptr %self1), !dbg !580
  %v7 = load ptr, ptr %self, align 8, !dbg !592, !nonnull !35, !noundef !35
  store ptr %v7, ptr %v.dbg.spill8, align 8, !dbg !592
    #dbg_declare(ptr %v.dbg.spill8, !391, !DIExpression(), !593)
  store ptr %v7, ptr %_9, align 8, !dbg !594
  call void @llvm.lifetime.end.p0(ptr %self), !dbg !581
  %ptr = load ptr, ptr %_9, align 8, !dbg !310, !nonnull !35, !noundef !35
  store ptr %ptr, ptr %ptr.dbg.spill9, align 8, !dbg !310
    #dbg_declare(ptr %ptr.dbg.spill9, !245, !DIExpression(), !595)
    #dbg_declare(ptr %ptr.dbg.spill9, !271, !DIExpression(), !596)
    #dbg_declare(ptr %ptr.dbg.spill9, !417, !DIExpression(), !597)
    #dbg_declare(ptr %ptr.dbg.spill9, !506, !DIExpression(), !598)
  call void @llvm.lifetime.end.p0(ptr %_9), !dbg !584
  %23 = icmp ne ptr %ptr, null, !dbg !600
  call void @llvm.assume(i1 %23), !dbg !600
  store ptr %ptr, ptr %data.dbg.spill10, align 8, !dbg !600
    #dbg_declare(ptr %data.dbg.spill10, !431, !DIExpression(), !601)
  store ptr %ptr, ptr %ptr.dbg.spill11, align 8, !dbg !602
  %24 = getelementptr inbounds i8, ptr %ptr.dbg.spill11, i64 8, !dbg !602
  store i64 %layout.1, ptr %24, align 8, !dbg !602
    #dbg_declare(ptr %ptr.dbg.spill11, !523, !DIExpression(), !605)
  br label %bb21, !dbg !607

bb21:                                             ; preds = %bb18
  %25 = icmp ne ptr %ptr, null, !dbg !608
  call void @llvm.assume(i1 %25), !dbg !608
  store ptr %ptr, ptr %_0, align 8, !dbg !609
  %26 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !609
  store i64 %layout.1, ptr %26, align 8, !dbg !609
  br label %bb6, !dbg !610

bb7:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable

bb16:                                             ; No predecessors!
  unreachable

bb17:                                             ; No predecessors!
  unreachable

bb19:                                             ; No predecessors!
  unreachable

bb20:                                             ; No predecessors!
  unreachable
}

; alloc::boxed::box_new_uninit
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #0 !dbg !611 {
start:
  %ptr.dbg.spill = alloca [16 x i8], align 8
  %zeroed.dbg.spill = alloca [1 x i8], align 1
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !615, !DIExpression(), !618)
    #dbg_declare(ptr %layout.dbg.spill, !619, !DIExpression(), !627)
    #dbg_declare(ptr %layout.dbg.spill, !629, !DIExpression(), !637)
  store ptr inttoptr (i64 1 to ptr), ptr %self.dbg.spill, align 8, !dbg !639
    #dbg_declare(ptr %self.dbg.spill, !626, !DIExpression(), !639)
  store ptr inttoptr (i64 1 to ptr), ptr %self.dbg.spill1, align 8, !dbg !640
    #dbg_declare(ptr %self.dbg.spill1, !635, !DIExpression(), !640)
  store i8 0, ptr %zeroed.dbg.spill, align 1, !dbg !641
    #dbg_declare(ptr %zeroed.dbg.spill, !636, !DIExpression(), !641)
  call void @llvm.lifetime.start.p0(ptr %_2), !dbg !642
; call <alloc::alloc::Global>::alloc_impl_runtime
  %1 = call { ptr, i64 } @_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime(i64 noundef %layout.0, i64 noundef %layout.1, i1 noundef zeroext false) #16, !dbg !643
  %2 = extractvalue { ptr, i64 } %1, 0, !dbg !643
  %3 = extractvalue { ptr, i64 } %1, 1, !dbg !643
  store ptr %2, ptr %_2, align 8, !dbg !643
  %4 = getelementptr inbounds i8, ptr %_2, i64 8, !dbg !643
  store i64 %3, ptr %4, align 8, !dbg !643
  %5 = load ptr, ptr %_2, align 8, !dbg !642, !noundef !35
  %6 = getelementptr inbounds i8, ptr %_2, i64 8, !dbg !642
  %7 = load i64, ptr %6, align 8, !dbg !642
  %8 = ptrtoint ptr %5 to i64, !dbg !642
  %9 = icmp eq i64 %8, 0, !dbg !642
  %_3 = select i1 %9, i64 1, i64 0, !dbg !642
  %10 = trunc nuw i64 %_3 to i1, !dbg !644
  %11 = call i1 @llvm.expect.i1(i1 %10, i1 false), !dbg !644
  br i1 %11, label %bb2, label %bb3, !dbg !644

bb2:                                              ; preds = %start
; call alloc::alloc::handle_alloc_error
  call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef %layout.0, i64 noundef %layout.1) #17, !dbg !645
  unreachable, !dbg !645

bb3:                                              ; preds = %start
  %ptr.0 = load ptr, ptr %_2, align 8, !dbg !646, !nonnull !35, !noundef !35
  %12 = getelementptr inbounds i8, ptr %_2, i64 8, !dbg !646
  %ptr.1 = load i64, ptr %12, align 8, !dbg !646, !noundef !35
  store ptr %ptr.0, ptr %ptr.dbg.spill, align 8, !dbg !646
  %13 = getelementptr inbounds i8, ptr %ptr.dbg.spill, i64 8, !dbg !646
  store i64 %ptr.1, ptr %13, align 8, !dbg !646
    #dbg_declare(ptr %ptr.dbg.spill, !616, !DIExpression(), !647)
    #dbg_declare(ptr %ptr.dbg.spill, !648, !DIExpression(), !654)
  %14 = icmp ne ptr %ptr.0, null, !dbg !656
  call void @llvm.assume(i1 %14), !dbg !656
  %15 = icmp ne ptr %ptr.0, null, !dbg !672
  call void @llvm.assume(i1 %15), !dbg !672
  %16 = icmp ne ptr %ptr.0, null, !dbg !673
  call void @llvm.assume(i1 %16), !dbg !673
  call void @llvm.lifetime.end.p0(ptr %_2), !dbg !676
  ret ptr %ptr.0, !dbg !677

bb1:                                              ; No predecessors!
  unreachable, !dbg !642
}

; <core::cell::BorrowRef as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXsG_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRefNtNtNtB7_3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %self) unnamed_addr #0 !dbg !678 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !698, !DIExpression(), !699)
  %_4 = load ptr, ptr %self, align 8, !dbg !700, !nonnull !35, !align !701, !noundef !35
  %_2 = load i64, ptr %_4, align 8, !dbg !702, !noundef !35
  %_5 = load ptr, ptr %self, align 8, !dbg !708, !nonnull !35, !align !701, !noundef !35
  %_3 = sub i64 %_2, 1, !dbg !709
  store i64 %_3, ptr %_5, align 8, !dbg !710
  ret void, !dbg !722
}

; <alloc::alloc::Global as core::alloc::Allocator>::deallocate
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %self, ptr noundef nonnull %ptr, i64 noundef range(i64 1, -9223372036854775807) %layout.0, i64 noundef %layout.1) unnamed_addr #0 !dbg !723 {
start:
  %ptr.dbg.spill1 = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !727, !DIExpression(), !730)
    #dbg_declare(ptr %self.dbg.spill, !731, !DIExpression(), !737)
  store ptr %ptr, ptr %ptr.dbg.spill, align 8
    #dbg_declare(ptr %ptr.dbg.spill, !728, !DIExpression(), !739)
    #dbg_declare(ptr %ptr.dbg.spill, !735, !DIExpression(), !740)
    #dbg_declare(ptr %ptr.dbg.spill, !741, !DIExpression(), !748)
    #dbg_declare(ptr %ptr.dbg.spill, !750, !DIExpression(), !753)
  store i64 %layout.0, ptr %layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8
  store i64 %layout.1, ptr %0, align 8
    #dbg_declare(ptr %layout.dbg.spill, !729, !DIExpression(), !755)
    #dbg_declare(ptr %layout.dbg.spill, !736, !DIExpression(), !756)
    #dbg_declare(ptr %layout.dbg.spill, !747, !DIExpression(), !757)
    #dbg_declare(ptr %layout.dbg.spill, !758, !DIExpression(), !764)
    #dbg_value(ptr poison, !766, !DIExpression(), !769)
  %1 = icmp eq i64 %layout.1, 0, !dbg !771
  br i1 %1, label %bb2, label %bb1, !dbg !771

bb2:                                              ; preds = %bb1, %start
  ret void, !dbg !772

bb1:                                              ; preds = %start
  %2 = icmp ne ptr %ptr, null, !dbg !773
  call void @llvm.assume(i1 %2), !dbg !773
  store ptr %ptr, ptr %ptr.dbg.spill1, align 8, !dbg !773
    #dbg_declare(ptr %ptr.dbg.spill1, !763, !DIExpression(), !774)
    #dbg_value(ptr poison, !766, !DIExpression(), !775)
    #dbg_value(ptr poison, !777, !DIExpression(), !780)
; call __rustc::__rust_dealloc
  call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef %ptr, i64 noundef %layout.1, i64 noundef %layout.0) #15, !dbg !782
  br label %bb2, !dbg !783
}

; core::ptr::drop_in_place<sharing::Shared>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE"(ptr noalias noundef align 8 dereferenceable(64) %_1) unnamed_addr #1 !dbg !784 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !859, !DIExpression(), !862)
; call core::ptr::drop_in_place<std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr85drop_in_place$LT$std..sync..poison..mutex..Mutex$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h5ed43dbe1486393bE"(ptr noalias noundef align 8 dereferenceable(32) %_1), !dbg !862
  ret void, !dbg !862
}

; core::ptr::drop_in_place<core::cell::BorrowRef>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr42drop_in_place$LT$core..cell..BorrowRef$GT$17he0437f011ca58733E"(ptr noalias noundef align 8 dereferenceable(8) %_1) unnamed_addr #1 !dbg !863 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !868, !DIExpression(), !871)
; call <core::cell::BorrowRef as core::ops::drop::Drop>::drop
  call void @_RNvXsG_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRefNtNtNtB7_3ops4drop4Drop4drop(ptr noalias noundef align 8 dereferenceable(8) %_1) #16, !dbg !871
  ret void, !dbg !871
}

; core::ptr::drop_in_place<alloc::vec::Vec<u8>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h474f9a9cbc8bc022E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !872 {
start:
  %0 = alloca [16 x i8], align 8
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !877, !DIExpression(), !878)
; invoke <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
  invoke void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc4d3d3bca8af03eaE"(ptr noalias noundef align 8 dereferenceable(24) %_1)
          to label %bb4 unwind label %cleanup, !dbg !878

bb3:                                              ; preds = %cleanup
; invoke core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
  invoke void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) #18
          to label %bb1 unwind label %terminate, !dbg !878

cleanup:                                          ; preds = %start
  %1 = landingpad { ptr, i32 }
          cleanup
  %2 = extractvalue { ptr, i32 } %1, 0
  %3 = extractvalue { ptr, i32 } %1, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %2, ptr %0, align 8
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %3, ptr %4, align 8
  br label %bb3

bb4:                                              ; preds = %start
; call core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
  call void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE"(ptr noalias noundef align 8 dereferenceable(16) %_1), !dbg !878
  ret void, !dbg !878

terminate:                                        ; preds = %bb3
  %5 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #19, !dbg !878
  unreachable, !dbg !878

bb1:                                              ; preds = %bb3
  %6 = load ptr, ptr %0, align 8, !dbg !878, !noundef !35
  %7 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !878
  %8 = load i32, ptr %7, align 8, !dbg !878, !noundef !35
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !878
  %9 = insertvalue { ptr, i32 } poison, ptr %6, 0, !dbg !878
  %10 = insertvalue { ptr, i32 } %9, i32 %8, 1, !dbg !878
  resume { ptr, i32 } %10, !dbg !878
}

; core::ptr::drop_in_place<alloc::raw_vec::RawVec<u8>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #1 !dbg !879 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !884, !DIExpression(), !887)
; call <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
  call void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h64da87b6aedb7f8fE"(ptr noalias noundef align 8 dereferenceable(16) %_1), !dbg !887
  ret void, !dbg !887
}

; core::ptr::drop_in_place<std::sync::once_lock::OnceLock<u32>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr62drop_in_place$LT$std..sync..once_lock..OnceLock$LT$u32$GT$$GT$17ha9d8d4044aa0f402E"(ptr noalias noundef align 4 dereferenceable(8) %_1) unnamed_addr #1 !dbg !888 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !893, !DIExpression(), !896)
; call <std::sync::once_lock::OnceLock<T> as core::ops::drop::Drop>::drop
  call void @"_ZN81_$LT$std..sync..once_lock..OnceLock$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefd3c09bce5c108E"(ptr noalias noundef align 4 dereferenceable(8) %_1) #16, !dbg !896
  ret void, !dbg !896
}

; core::ptr::drop_in_place<core::cell::Ref<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr69drop_in_place$LT$core..cell..Ref$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h292ac4e8a724eb75E"(ptr noalias noundef align 8 dereferenceable(16) %_1) unnamed_addr #1 !dbg !897 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !910, !DIExpression(), !913)
  %0 = getelementptr inbounds i8, ptr %_1, i64 8, !dbg !913
; call core::ptr::drop_in_place<core::cell::BorrowRef>
  call void @"_ZN4core3ptr42drop_in_place$LT$core..cell..BorrowRef$GT$17he0437f011ca58733E"(ptr noalias noundef align 8 dereferenceable(8) %0), !dbg !913
  ret void, !dbg !913
}

; core::ptr::drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE"(ptr noalias noundef align 8 dereferenceable(32) %_1) unnamed_addr #1 !dbg !914 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !923, !DIExpression(), !926)
  %0 = getelementptr inbounds i8, ptr %_1, i64 8, !dbg !926
; call core::ptr::drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E"(ptr noalias noundef align 8 dereferenceable(24) %0), !dbg !926
  ret void, !dbg !926
}

; core::ptr::drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E"(ptr noalias noundef align 8 dereferenceable(24) %_1) unnamed_addr #1 !dbg !927 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !932, !DIExpression(), !935)
; call core::ptr::drop_in_place<alloc::vec::Vec<u8>>
  call void @"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h474f9a9cbc8bc022E"(ptr noalias noundef align 8 dereferenceable(24) %_1), !dbg !935
  ret void, !dbg !935
}

; core::ptr::drop_in_place<std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8>>>
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN4core3ptr85drop_in_place$LT$std..sync..poison..mutex..Mutex$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h5ed43dbe1486393bE"(ptr noalias noundef align 8 dereferenceable(32) %_1) unnamed_addr #1 !dbg !936 {
start:
  %_1.dbg.spill = alloca [8 x i8], align 8
  store ptr %_1, ptr %_1.dbg.spill, align 8
    #dbg_declare(ptr %_1.dbg.spill, !941, !DIExpression(), !944)
  %0 = getelementptr inbounds i8, ptr %_1, i64 8, !dbg !944
; call core::ptr::drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E"(ptr noalias noundef align 8 dereferenceable(24) %0), !dbg !944
  ret void, !dbg !944
}

; core::cell::RefCell<T>::borrow
; Function Attrs: inlinehint nonlazybind uwtable
define internal { ptr, ptr } @"_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE"(ptr noundef nonnull align 8 %self, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) unnamed_addr #0 !dbg !945 {
start:
  %b.dbg.spill4 = alloca [16 x i8], align 8
  %value.dbg.spill = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %b.dbg.spill3 = alloca [8 x i8], align 8
  %b.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill2 = alloca [8 x i8], align 8
  %borrow.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %err.dbg.spill = alloca [0 x i8], align 1
  %self.dbg.spill = alloca [8 x i8], align 8
  %_2 = alloca [16 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !951, !DIExpression(), !957)
    #dbg_declare(ptr %self.dbg.spill, !958, !DIExpression(), !983)
    #dbg_declare(ptr %err.dbg.spill, !954, !DIExpression(), !985)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !986
    #dbg_declare(ptr %rhs.dbg.spill, !994, !DIExpression(), !986)
  call void @llvm.lifetime.start.p0(ptr %_2), !dbg !1016
  store ptr %self, ptr %borrow.dbg.spill, align 8, !dbg !1017
    #dbg_declare(ptr %borrow.dbg.spill, !1012, !DIExpression(), !1018)
    #dbg_declare(ptr %borrow.dbg.spill, !1019, !DIExpression(), !1022)
    #dbg_declare(ptr %borrow.dbg.spill, !1024, !DIExpression(), !1028)
  %self1 = load i64, ptr %self, align 8, !dbg !1030, !noundef !35
  store i64 %self1, ptr %self.dbg.spill2, align 8, !dbg !1030
    #dbg_declare(ptr %self.dbg.spill2, !993, !DIExpression(), !1031)
  %b = add i64 %self1, 1, !dbg !1032
  store i64 %b, ptr %b.dbg.spill, align 8, !dbg !1032
    #dbg_declare(ptr %b.dbg.spill, !1013, !DIExpression(), !1033)
    #dbg_declare(ptr %b.dbg.spill, !1034, !DIExpression(), !1039)
    #dbg_declare(ptr %b.dbg.spill, !1027, !DIExpression(), !1041)
  %_11 = icmp sgt i64 %b, 0, !dbg !1042
  %1 = call i1 @llvm.expect.i1(i1 %_11, i1 true), !dbg !1040
  br i1 %1, label %bb1, label %bb2, !dbg !1040

bb2:                                              ; preds = %start
; call core::cell::panic_already_mutably_borrowed
  call void @_RNvNtCsgEmfK2I1SDS_4core4cell30panic_already_mutably_borrowed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) %0) #20, !dbg !1043
  unreachable, !dbg !1043

bb1:                                              ; preds = %start
  store i64 %b, ptr %self, align 8, !dbg !1044
  store ptr %self, ptr %b.dbg.spill3, align 8, !dbg !1047
    #dbg_declare(ptr %b.dbg.spill3, !979, !DIExpression(), !1048)
    #dbg_value(ptr %self, !1049, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !1056)
  %_17 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1058
  store ptr %_17, ptr %ptr.dbg.spill, align 8, !dbg !1058
    #dbg_declare(ptr %ptr.dbg.spill, !1059, !DIExpression(), !1065)
  br label %bb5, !dbg !1067

bb5:                                              ; preds = %bb1
  %2 = icmp ne ptr %_17, null, !dbg !1069
  call void @llvm.assume(i1 %2), !dbg !1069
  store ptr %_17, ptr %value.dbg.spill, align 8, !dbg !1069
    #dbg_declare(ptr %value.dbg.spill, !981, !DIExpression(), !1070)
  store ptr %_17, ptr %_2, align 8, !dbg !1071
  %3 = getelementptr inbounds i8, ptr %_2, i64 8, !dbg !1071
  store ptr %self, ptr %3, align 8, !dbg !1071
  %b.0 = load ptr, ptr %_2, align 8, !dbg !1072, !nonnull !35, !noundef !35
  %4 = getelementptr inbounds i8, ptr %_2, i64 8, !dbg !1072
  %b.1 = load ptr, ptr %4, align 8, !dbg !1072, !nonnull !35, !align !701, !noundef !35
  store ptr %b.0, ptr %b.dbg.spill4, align 8, !dbg !1072
  %5 = getelementptr inbounds i8, ptr %b.dbg.spill4, i64 8, !dbg !1072
  store ptr %b.1, ptr %5, align 8, !dbg !1072
    #dbg_declare(ptr %b.dbg.spill4, !952, !DIExpression(), !1073)
  call void @llvm.lifetime.end.p0(ptr %_2), !dbg !1074
  %6 = insertvalue { ptr, ptr } poison, ptr %b.0, 0, !dbg !1075
  %7 = insertvalue { ptr, ptr } %6, ptr %b.1, 1, !dbg !1075
  ret { ptr, ptr } %7, !dbg !1075

bb3:                                              ; No predecessors!
  unreachable

bb4:                                              ; No predecessors!
  unreachable
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17hb41be879e822128aE(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !1076 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !1081, !DIExpression(), !1083)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !1082, !DIExpression(), !1084)
  %_3 = zext i8 %order to i64, !dbg !1085
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !1086, !prof !1087

bb1:                                              ; preds = %start
  unreachable, !dbg !1085

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1, !dbg !1088
  store i8 %0, ptr %_0, align 1, !dbg !1088
  br label %bb7, !dbg !1088

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !1089
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !1089
  store i64 40, ptr %1, align 8, !dbg !1089
    #dbg_declare(ptr %s.dbg.spill, !1090, !DIExpression(), !1177)
    #dbg_declare(ptr %s.dbg.spill, !1178, !DIExpression(), !1186)
    #dbg_declare(ptr %s.dbg.spill, !1189, !DIExpression(), !1194)
    #dbg_declare(ptr %s.dbg.spill, !1196, !DIExpression(), !1205)
  call void @llvm.assume(i1 true), !dbg !1208
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !1209
  call void @llvm.assume(i1 %2), !dbg !1209
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #20, !dbg !1089
  unreachable, !dbg !1089

bb5:                                              ; preds = %start
  %3 = load atomic i8, ptr %dst acquire, align 1, !dbg !1210
  store i8 %3, ptr %_0, align 1, !dbg !1210
  br label %bb7, !dbg !1210

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !1211
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !1211
  store i64 49, ptr %4, align 8, !dbg !1211
    #dbg_declare(ptr %s.dbg.spill1, !1090, !DIExpression(), !1212)
    #dbg_declare(ptr %s.dbg.spill1, !1178, !DIExpression(), !1213)
    #dbg_declare(ptr %s.dbg.spill1, !1189, !DIExpression(), !1215)
    #dbg_declare(ptr %s.dbg.spill1, !1196, !DIExpression(), !1217)
  call void @llvm.assume(i1 true), !dbg !1219
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !1220
  call void @llvm.assume(i1 %5), !dbg !1220
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #20, !dbg !1211
  unreachable, !dbg !1211

bb4:                                              ; preds = %start
  %6 = load atomic i8, ptr %dst seq_cst, align 1, !dbg !1221
  store i8 %6, ptr %_0, align 1, !dbg !1221
  br label %bb7, !dbg !1221

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i8, ptr %_0, align 1, !dbg !1222, !noundef !35
  ret i8 %7, !dbg !1222
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i64 @_ZN4core4sync6atomic11atomic_load17hf11592dee2300186E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #0 !dbg !1223 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !1228, !DIExpression(), !1230)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !1229, !DIExpression(), !1231)
  %_3 = zext i8 %order to i64, !dbg !1232
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !1233, !prof !1087

bb1:                                              ; preds = %start
  unreachable, !dbg !1232

bb6:                                              ; preds = %start
  %0 = load atomic i64, ptr %dst monotonic, align 8, !dbg !1234
  store i64 %0, ptr %_0, align 8, !dbg !1234
  br label %bb7, !dbg !1234

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !1235
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !1235
  store i64 40, ptr %1, align 8, !dbg !1235
    #dbg_declare(ptr %s.dbg.spill, !1236, !DIExpression(), !1239)
    #dbg_declare(ptr %s.dbg.spill, !1240, !DIExpression(), !1243)
    #dbg_declare(ptr %s.dbg.spill, !1246, !DIExpression(), !1249)
    #dbg_declare(ptr %s.dbg.spill, !1251, !DIExpression(), !1254)
  call void @llvm.assume(i1 true), !dbg !1257
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !1258
  call void @llvm.assume(i1 %2), !dbg !1258
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #20, !dbg !1235
  unreachable, !dbg !1235

bb5:                                              ; preds = %start
  %3 = load atomic i64, ptr %dst acquire, align 8, !dbg !1259
  store i64 %3, ptr %_0, align 8, !dbg !1259
  br label %bb7, !dbg !1259

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !1260
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !1260
  store i64 49, ptr %4, align 8, !dbg !1260
    #dbg_declare(ptr %s.dbg.spill1, !1236, !DIExpression(), !1261)
    #dbg_declare(ptr %s.dbg.spill1, !1240, !DIExpression(), !1262)
    #dbg_declare(ptr %s.dbg.spill1, !1246, !DIExpression(), !1264)
    #dbg_declare(ptr %s.dbg.spill1, !1251, !DIExpression(), !1266)
  call void @llvm.assume(i1 true), !dbg !1268
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !1269
  call void @llvm.assume(i1 %5), !dbg !1269
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #20, !dbg !1260
  unreachable, !dbg !1260

bb4:                                              ; preds = %start
  %6 = load atomic i64, ptr %dst seq_cst, align 8, !dbg !1270
  store i64 %6, ptr %_0, align 8, !dbg !1270
  br label %bb7, !dbg !1270

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i64, ptr %_0, align 8, !dbg !1271, !noundef !35
  ret i64 %7, !dbg !1271
}

; alloc::raw_vec::RawVecInner<A>::deallocate
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef range(i64 1, -9223372036854775807) %elem_layout.0, i64 noundef %elem_layout.1) unnamed_addr #1 !dbg !1272 {
start:
  %layout.dbg.spill = alloca [16 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %elem_layout.dbg.spill = alloca [16 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_3 = alloca [24 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1279, !DIExpression(), !1284)
  store i64 %elem_layout.0, ptr %elem_layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %elem_layout.dbg.spill, i64 8
  store i64 %elem_layout.1, ptr %0, align 8
    #dbg_declare(ptr %elem_layout.dbg.spill, !1280, !DIExpression(), !1285)
  call void @llvm.lifetime.start.p0(ptr %_3), !dbg !1286
; call alloc::raw_vec::RawVecInner<A>::current_memory
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd03e2e46594c532aE"(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_3, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, i64 noundef %elem_layout.0, i64 noundef %elem_layout.1) #16, !dbg !1287
  %1 = getelementptr inbounds i8, ptr %_3, i64 8, !dbg !1286
  %2 = load i64, ptr %1, align 8, !dbg !1286, !range !1288, !noundef !35
  %3 = icmp eq i64 %2, 0, !dbg !1286
  %_5 = select i1 %3, i64 0, i64 1, !dbg !1286
  %4 = trunc nuw i64 %_5 to i1, !dbg !1289
  br i1 %4, label %bb2, label %bb4, !dbg !1289

bb2:                                              ; preds = %start
  %ptr = load ptr, ptr %_3, align 8, !dbg !1290, !nonnull !35, !noundef !35
  store ptr %ptr, ptr %ptr.dbg.spill, align 8, !dbg !1290
    #dbg_declare(ptr %ptr.dbg.spill, !1281, !DIExpression(), !1290)
  %5 = getelementptr inbounds i8, ptr %_3, i64 8, !dbg !1291
  %layout.0 = load i64, ptr %5, align 8, !dbg !1291, !range !1292, !noundef !35
  %6 = getelementptr inbounds i8, ptr %5, i64 8, !dbg !1291
  %layout.1 = load i64, ptr %6, align 8, !dbg !1291, !noundef !35
  store i64 %layout.0, ptr %layout.dbg.spill, align 8, !dbg !1291
  %7 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8, !dbg !1291
  store i64 %layout.1, ptr %7, align 8, !dbg !1291
    #dbg_declare(ptr %layout.dbg.spill, !1283, !DIExpression(), !1291)
  %_9 = getelementptr inbounds i8, ptr %self, i64 16, !dbg !1293
; call <alloc::alloc::Global as core::alloc::Allocator>::deallocate
  call void @_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %_9, ptr noundef nonnull %ptr, i64 noundef %layout.0, i64 noundef %layout.1) #16, !dbg !1294
  call void @llvm.lifetime.end.p0(ptr %_3), !dbg !1295
  br label %bb5, !dbg !1296

bb4:                                              ; preds = %start
  call void @llvm.lifetime.end.p0(ptr %_3), !dbg !1295
  br label %bb5, !dbg !1296

bb5:                                              ; preds = %bb4, %bb2
  ret void, !dbg !1297

bb6:                                              ; No predecessors!
  unreachable, !dbg !1298
}

; alloc::raw_vec::RawVecInner<A>::current_memory
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd03e2e46594c532aE"(ptr dead_on_unwind noalias noundef writable sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %self, i64 noundef range(i64 1, -9223372036854775807) %elem_layout.0, i64 noundef %elem_layout.1) unnamed_addr #0 !dbg !1299 {
start:
  %self.dbg.spill7 = alloca [8 x i8], align 8
  %layout.dbg.spill = alloca [16 x i8], align 8
  %align.dbg.spill = alloca [8 x i8], align 8
  %alloc_size.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill5 = alloca [8 x i8], align 8
  %self.dbg.spill3 = alloca [8 x i8], align 8
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %elem_layout.dbg.spill = alloca [16 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %_14 = alloca [24 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1322, !DIExpression(), !1328)
  store i64 %elem_layout.0, ptr %elem_layout.dbg.spill, align 8
  %0 = getelementptr inbounds i8, ptr %elem_layout.dbg.spill, i64 8
  store i64 %elem_layout.1, ptr %0, align 8
    #dbg_declare(ptr %elem_layout.dbg.spill, !1323, !DIExpression(), !1329)
    #dbg_value(ptr poison, !1330, !DIExpression(), !1333)
  store i64 %elem_layout.1, ptr %self.dbg.spill1, align 8, !dbg !1335
    #dbg_declare(ptr %self.dbg.spill1, !1336, !DIExpression(), !1344)
  %1 = icmp eq i64 %elem_layout.1, 0, !dbg !1346
  br i1 %1, label %bb3, label %bb1, !dbg !1346

bb3:                                              ; preds = %bb2, %start
  %2 = getelementptr inbounds i8, ptr %_0, i64 8, !dbg !1347
  store i64 0, ptr %2, align 8, !dbg !1347
  br label %bb5, !dbg !1348

bb1:                                              ; preds = %start
  %self2 = load i64, ptr %self, align 8, !dbg !1349, !range !1350, !noundef !35
  store i64 %self2, ptr %self.dbg.spill3, align 8, !dbg !1349
    #dbg_declare(ptr %self.dbg.spill3, !1351, !DIExpression(), !1358)
  %3 = icmp ule i64 %self2, 9223372036854775807, !dbg !1360
  call void @llvm.assume(i1 %3), !dbg !1360
  %4 = icmp eq i64 %self2, 0, !dbg !1349
  br i1 %4, label %bb2, label %bb4, !dbg !1349

bb2:                                              ; preds = %bb1
  br label %bb3, !dbg !1361

bb4:                                              ; preds = %bb1
    #dbg_value(ptr poison, !1330, !DIExpression(), !1362)
  %self4 = load i64, ptr %self, align 8, !dbg !1364, !range !1350, !noundef !35
  store i64 %self4, ptr %self.dbg.spill5, align 8, !dbg !1364
    #dbg_declare(ptr %self.dbg.spill5, !1351, !DIExpression(), !1365)
  %5 = icmp ule i64 %self4, 9223372036854775807, !dbg !1367
  call void @llvm.assume(i1 %5), !dbg !1367
  store i64 %self4, ptr %rhs.dbg.spill, align 8, !dbg !1367
    #dbg_declare(ptr %rhs.dbg.spill, !1343, !DIExpression(), !1368)
  br label %bb7, !dbg !1369

bb5:                                              ; preds = %bb9, %bb3
  ret void, !dbg !1371

bb7:                                              ; preds = %bb4
  %alloc_size = mul nuw i64 %elem_layout.1, %self4, !dbg !1372
  store i64 %alloc_size, ptr %alloc_size.dbg.spill, align 8, !dbg !1372
    #dbg_declare(ptr %alloc_size.dbg.spill, !1324, !DIExpression(), !1373)
    #dbg_declare(ptr %alloc_size.dbg.spill, !1374, !DIExpression(), !1381)
    #dbg_value(ptr poison, !1383, !DIExpression(), !1387)
  %6 = sub i64 %elem_layout.0, 1, !dbg !1389
  %7 = icmp ule i64 %6, 9223372036854775807, !dbg !1389
  call void @llvm.assume(i1 %7), !dbg !1389
  store i64 %elem_layout.0, ptr %align.dbg.spill, align 8, !dbg !1389
    #dbg_declare(ptr %align.dbg.spill, !1380, !DIExpression(), !1402)
  br label %bb9, !dbg !1403

bb9:                                              ; preds = %bb7
  store i64 %elem_layout.0, ptr %layout.dbg.spill, align 8, !dbg !1405
  %8 = getelementptr inbounds i8, ptr %layout.dbg.spill, i64 8, !dbg !1405
  store i64 %alloc_size, ptr %8, align 8, !dbg !1405
    #dbg_declare(ptr %layout.dbg.spill, !1326, !DIExpression(), !1406)
  call void @llvm.lifetime.start.p0(ptr %_14), !dbg !1407
  %9 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1408
  %self6 = load ptr, ptr %9, align 8, !dbg !1408, !nonnull !35, !noundef !35
  store ptr %self6, ptr %self.dbg.spill7, align 8, !dbg !1408
    #dbg_declare(ptr %self.dbg.spill7, !1409, !DIExpression(), !1418)
    #dbg_declare(ptr %self.dbg.spill7, !1420, !DIExpression(), !1426)
  store ptr %self6, ptr %_14, align 8, !dbg !1407
  %10 = getelementptr inbounds i8, ptr %_14, i64 8, !dbg !1407
  store i64 %elem_layout.0, ptr %10, align 8, !dbg !1407
  %11 = getelementptr inbounds i8, ptr %10, i64 8, !dbg !1407
  store i64 %alloc_size, ptr %11, align 8, !dbg !1407
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_0, ptr align 8 %_14, i64 24, i1 false), !dbg !1428
  call void @llvm.lifetime.end.p0(ptr %_14), !dbg !1429
  br label %bb5, !dbg !1348

bb6:                                              ; No predecessors!
  unreachable

bb8:                                              ; No predecessors!
  unreachable
}

; <alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc4d3d3bca8af03eaE"(ptr noalias noundef align 8 dereferenceable(24) %self) unnamed_addr #1 !dbg !1430 {
start:
  %len.dbg.spill = alloca [8 x i8], align 8
  %data.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1437, !DIExpression(), !1438)
    #dbg_declare(ptr %self.dbg.spill, !1439, !DIExpression(), !1445)
  %0 = getelementptr inbounds i8, ptr %self, i64 8, !dbg !1447
  %_5 = load ptr, ptr %0, align 8, !dbg !1447, !nonnull !35, !noundef !35
  %1 = icmp ne ptr %_5, null, !dbg !1465
  call void @llvm.assume(i1 %1), !dbg !1465
  store ptr %_5, ptr %data.dbg.spill, align 8, !dbg !1465
    #dbg_declare(ptr %data.dbg.spill, !1468, !DIExpression(), !1472)
  %2 = getelementptr inbounds i8, ptr %self, i64 16, !dbg !1474
  %len = load i64, ptr %2, align 8, !dbg !1474, !noundef !35
  store i64 %len, ptr %len.dbg.spill, align 8, !dbg !1474
    #dbg_declare(ptr %len.dbg.spill, !1471, !DIExpression(), !1475)
  ret void, !dbg !1476
}

; <alloc::raw_vec::RawVec<T,A> as core::ops::drop::Drop>::drop
; Function Attrs: nonlazybind uwtable
define internal void @"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h64da87b6aedb7f8fE"(ptr noalias noundef align 8 dereferenceable(16) %self) unnamed_addr #1 !dbg !1477 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !1483, !DIExpression(), !1484)
; call alloc::raw_vec::RawVecInner<A>::deallocate
  call void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E"(ptr noalias noundef align 8 dereferenceable(16) %self, i64 noundef 1, i64 noundef 1), !dbg !1485
  ret void, !dbg !1486
}

; sharing::read_limit
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing10read_limit17hddf03bff8c886229E() unnamed_addr #2 !dbg !1487 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  store i8 2, ptr %order.dbg.spill, align 1, !dbg !1490
    #dbg_declare(ptr %order.dbg.spill, !1498, !DIExpression(), !1490)
  store ptr @_ZN7sharing5READY17hdd69ef26855f6cbeE, ptr %self.dbg.spill, align 8, !dbg !1500
    #dbg_declare(ptr %self.dbg.spill, !1497, !DIExpression(), !1501)
    #dbg_value(ptr @_ZN7sharing5READY17hdd69ef26855f6cbeE, !1502, !DIExpression(), !1509)
; call core::sync::atomic::atomic_load
  %_4 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17hb41be879e822128aE(ptr noundef @_ZN7sharing5READY17hdd69ef26855f6cbeE, i8 noundef 2) #16, !dbg !1511
  %_2 = icmp ne i8 %_4, 0, !dbg !1511
  %0 = icmp ule i1 %_2, true, !dbg !1500
  call void @llvm.assume(i1 %0), !dbg !1500
  %_1 = zext i1 %_2 to i64, !dbg !1500
  %_0 = add i64 10, %_1, !dbg !1512
  ret i64 %_0, !dbg !1513
}

; sharing::poll_status
; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN7sharing11poll_status17h7cd82e4aecca71bfE(ptr noundef %regs) unnamed_addr #2 !dbg !1514 {
start:
  %regs.dbg.spill = alloca [8 x i8], align 8
  store ptr %regs, ptr %regs.dbg.spill, align 8
    #dbg_declare(ptr %regs.dbg.spill, !1523, !DIExpression(), !1524)
  br label %bb1, !dbg !1525

bb1:                                              ; preds = %bb2, %start
  %_2 = load i32, ptr %regs, align 4, !dbg !1526, !noundef !35
  %0 = icmp eq i32 %_2, 0, !dbg !1526
  br i1 %0, label %bb2, label %bb3, !dbg !1526

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !1525

bb3:                                              ; preds = %bb1
  %1 = getelementptr inbounds i8, ptr %regs, i64 4, !dbg !1527
  %_0 = load i32, ptr %1, align 4, !dbg !1527, !noundef !35
  ret i32 %_0, !dbg !1528
}

; sharing::refcell_len
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing11refcell_len17h18b45be876b278a7E(ptr noundef nonnull align 8 %r) unnamed_addr #2 !dbg !1529 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  %r.dbg.spill = alloca [8 x i8], align 8
  %_3 = alloca [16 x i8], align 8
  store ptr %r, ptr %r.dbg.spill, align 8
    #dbg_declare(ptr %r.dbg.spill, !1533, !DIExpression(), !1534)
  call void @llvm.lifetime.start.p0(ptr %_3), !dbg !1535
; call core::cell::RefCell<T>::borrow
  %0 = call { ptr, ptr } @"_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE"(ptr noundef nonnull align 8 %r, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_51ebbdd38acc1057bcd3542e1e9a36f6) #16, !dbg !1536
  %1 = extractvalue { ptr, ptr } %0, 0, !dbg !1536
  %2 = extractvalue { ptr, ptr } %0, 1, !dbg !1536
  store ptr %1, ptr %_3, align 8, !dbg !1536
  %3 = getelementptr inbounds i8, ptr %_3, i64 8, !dbg !1536
  store ptr %2, ptr %3, align 8, !dbg !1536
    #dbg_value(ptr %_3, !1537, !DIExpression(), !1545)
  %_5 = load ptr, ptr %_3, align 8, !dbg !1546, !nonnull !35, !noundef !35
  %4 = icmp ne ptr %_5, null, !dbg !1553
  call void @llvm.assume(i1 %4), !dbg !1553
  store ptr %_5, ptr %self.dbg.spill, align 8, !dbg !1553
    #dbg_declare(ptr %self.dbg.spill, !1558, !DIExpression(), !1564)
  %5 = getelementptr inbounds i8, ptr %_5, i64 16, !dbg !1566
  %_0 = load i64, ptr %5, align 8, !dbg !1566, !noundef !35
  %_6 = icmp ule i64 %_0, 9223372036854775807, !dbg !1567
  call void @llvm.assume(i1 %_6), !dbg !1568
; call core::ptr::drop_in_place<core::cell::Ref<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr69drop_in_place$LT$core..cell..Ref$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h292ac4e8a724eb75E"(ptr noalias noundef align 8 dereferenceable(16) %_3), !dbg !1569
  call void @llvm.lifetime.end.p0(ptr %_3), !dbg !1569
  ret i64 %_0, !dbg !1570
}

; sharing::shared_hits
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing11shared_hits17he8f9a557f6385c62E(ptr noundef nonnull align 8 %s) unnamed_addr #2 !dbg !1571 {
start:
  %order.dbg.spill = alloca [1 x i8], align 1
  %s.dbg.spill = alloca [8 x i8], align 8
  store ptr %s, ptr %s.dbg.spill, align 8
    #dbg_declare(ptr %s.dbg.spill, !1576, !DIExpression(), !1577)
  store i8 0, ptr %order.dbg.spill, align 1, !dbg !1578
    #dbg_declare(ptr %order.dbg.spill, !1586, !DIExpression(), !1578)
    #dbg_value(ptr %s, !1585, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !1588)
    #dbg_value(ptr %s, !1589, !DIExpression(DW_OP_plus_uconst, 48, DW_OP_stack_value), !1597)
  %_5 = getelementptr inbounds i8, ptr %s, i64 48, !dbg !1599
; call core::sync::atomic::atomic_load
  %_0 = call noundef i64 @_ZN4core4sync6atomic11atomic_load17hf11592dee2300186E(ptr noundef %_5, i8 noundef 0) #16, !dbg !1600
  ret i64 %_0, !dbg !1601
}

; sharing::run
; Function Attrs: nonlazybind uwtable
define noundef i64 @_ZN7sharing3run17h690fdd3efc0cbda0E() unnamed_addr #1 personality ptr @rust_eh_personality !dbg !1602 {
start:
  %total.dbg.spill = alloca [8 x i8], align 8
  %0 = alloca [16 x i8], align 8
  %capacity.dbg.spill = alloca [8 x i8], align 8
  %ptr.dbg.spill = alloca [8 x i8], align 8
  %b.dbg.spill6 = alloca [16 x i8], align 8
  %b.dbg.spill5 = alloca [16 x i8], align 8
  %len.dbg.spill = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [16 x i8], align 8
  %b.dbg.spill = alloca [8 x i8], align 8
  %t.dbg.spill = alloca [4 x i8], align 4
  %v.dbg.spill = alloca [8 x i8], align 8
  %alloc.dbg.spill4 = alloca [0 x i8], align 1
  %alloc.dbg.spill3 = alloca [0 x i8], align 1
  %alloc.dbg.spill2 = alloca [0 x i8], align 1
  %alloc.dbg.spill = alloca [0 x i8], align 1
  %value.dbg.spill1 = alloca [4 x i8], align 4
  %value.dbg.spill = alloca [8 x i8], align 8
  %_73 = alloca [4 x i8], align 4
  %_72 = alloca [8 x i8], align 4
  %_71 = alloca [1 x i8], align 1
  %_70 = alloca [4 x i8], align 4
  %_69 = alloca [24 x i8], align 8
  %_68 = alloca [1 x i8], align 1
  %_67 = alloca [4 x i8], align 4
  %_66 = alloca [24 x i8], align 8
  %_15 = alloca [4 x i8], align 4
  %_14 = alloca [16 x i8], align 4
  %t = alloca [24 x i8], align 8
  %_12 = alloca [32 x i8], align 8
  %_11 = alloca [8 x i8], align 8
  %s = alloca [64 x i8], align 8
  %word = alloca [4 x i8], align 4
  %regs = alloca [8 x i8], align 4
  %value = alloca [24 x i8], align 8
  %r = alloca [32 x i8], align 8
  %c = alloca [4 x i8], align 4
  %_3 = alloca [8 x i8], align 2
  %o = alloca [32 x i8], align 8
  %shared = alloca [8 x i8], align 8
    #dbg_declare(ptr %shared, !1606, !DIExpression(), !1640)
    #dbg_declare(ptr %o, !1611, !DIExpression(), !1641)
    #dbg_declare(ptr %c, !1625, !DIExpression(), !1642)
    #dbg_declare(ptr %r, !1630, !DIExpression(), !1643)
    #dbg_declare(ptr %value, !1644, !DIExpression(), !1650)
    #dbg_declare(ptr %regs, !1632, !DIExpression(), !1652)
    #dbg_declare(ptr %word, !1634, !DIExpression(), !1653)
    #dbg_declare(ptr %s, !1636, !DIExpression(), !1654)
    #dbg_declare(ptr %t, !1655, !DIExpression(), !1662)
  store i64 0, ptr %value.dbg.spill, align 8, !dbg !1664
    #dbg_declare(ptr %value.dbg.spill, !1670, !DIExpression(), !1664)
  store i32 5, ptr %value.dbg.spill1, align 4, !dbg !1672
    #dbg_declare(ptr %value.dbg.spill1, !1678, !DIExpression(), !1672)
    #dbg_declare(ptr %alloc.dbg.spill, !1680, !DIExpression(), !1697)
    #dbg_declare(ptr %alloc.dbg.spill2, !1724, !DIExpression(), !1733)
    #dbg_declare(ptr %alloc.dbg.spill3, !1735, !DIExpression(), !1747)
    #dbg_declare(ptr %alloc.dbg.spill4, !1749, !DIExpression(), !1757)
  store i64 0, ptr %v.dbg.spill, align 8, !dbg !1759
    #dbg_declare(ptr %v.dbg.spill, !1765, !DIExpression(), !1759)
  store i32 0, ptr %t.dbg.spill, align 4, !dbg !1767
    #dbg_declare(ptr %t.dbg.spill, !1774, !DIExpression(), !1767)
  call void @llvm.lifetime.start.p0(ptr %shared), !dbg !1776
  store i64 0, ptr %shared, align 8, !dbg !1777
  call void @llvm.lifetime.start.p0(ptr %o), !dbg !1778
  call void @llvm.lifetime.start.p0(ptr %_3), !dbg !1779
  call void @llvm.memset.p0.i64(ptr align 2 %_3, i8 0, i64 8, i1 false), !dbg !1779
  %1 = getelementptr inbounds i8, ptr %o, i64 24, !dbg !1780
  store i8 1, ptr %1, align 8, !dbg !1780
  store i64 3, ptr %o, align 8, !dbg !1780
  %2 = getelementptr inbounds i8, ptr %o, i64 8, !dbg !1780
  store i32 2, ptr %2, align 8, !dbg !1780
  %3 = getelementptr inbounds i8, ptr %o, i64 16, !dbg !1780
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 2 %_3, i64 8, i1 false), !dbg !1780
  call void @llvm.lifetime.end.p0(ptr %_3), !dbg !1781
  call void @llvm.lifetime.start.p0(ptr %c), !dbg !1782
  store i32 5, ptr %c, align 4, !dbg !1783
  call void @llvm.lifetime.start.p0(ptr %r), !dbg !1784
  call void @llvm.lifetime.start.p0(ptr %value), !dbg !1785
; call alloc::boxed::box_new_uninit
  %_52 = call noundef ptr @_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit(i64 noundef 1, i64 noundef 1) #16, !dbg !1786
  %4 = icmp ne ptr %_52, null, !dbg !1791
  call void @llvm.assume(i1 %4), !dbg !1791
  store ptr %_52, ptr %b.dbg.spill, align 8, !dbg !1791
    #dbg_declare(ptr %b.dbg.spill, !1721, !DIExpression(), !1792)
    #dbg_declare(ptr %b.dbg.spill, !1793, !DIExpression(), !1801)
  %5 = icmp ne ptr %_52, null, !dbg !1785
  call void @llvm.assume(i1 %5), !dbg !1785
  %6 = getelementptr inbounds nuw i8, ptr %_52, i64 0, !dbg !1785
  store i8 1, ptr %6, align 1, !dbg !1785
  %7 = icmp ne ptr %_52, null, !dbg !1803
  call void @llvm.assume(i1 %7), !dbg !1803
  store ptr %_52, ptr %self.dbg.spill, align 8, !dbg !1804
  %8 = getelementptr inbounds i8, ptr %self.dbg.spill, i64 8, !dbg !1804
  store i64 1, ptr %8, align 8, !dbg !1804
    #dbg_declare(ptr %self.dbg.spill, !1694, !DIExpression(), !1805)
  %9 = icmp ne ptr %_52, null, !dbg !1806
  call void @llvm.assume(i1 %9), !dbg !1806
  store i64 1, ptr %len.dbg.spill, align 8, !dbg !1806
    #dbg_declare(ptr %len.dbg.spill, !1695, !DIExpression(), !1807)
    #dbg_declare(ptr %len.dbg.spill, !1731, !DIExpression(), !1808)
    #dbg_declare(ptr %len.dbg.spill, !1732, !DIExpression(), !1809)
    #dbg_declare(ptr %len.dbg.spill, !1742, !DIExpression(), !1810)
    #dbg_declare(ptr %len.dbg.spill, !1811, !DIExpression(), !1816)
    #dbg_declare(ptr %len.dbg.spill, !1818, !DIExpression(), !1822)
  %10 = icmp ne ptr %_52, null, !dbg !1824
  call void @llvm.assume(i1 %10), !dbg !1824
  store ptr %_52, ptr %b.dbg.spill5, align 8, !dbg !1824
  %11 = getelementptr inbounds i8, ptr %b.dbg.spill5, i64 8, !dbg !1824
  store i64 1, ptr %11, align 8, !dbg !1824
    #dbg_declare(ptr %b.dbg.spill5, !1825, !DIExpression(), !1835)
  store ptr %_52, ptr %b.dbg.spill6, align 8, !dbg !1837
  %12 = getelementptr inbounds i8, ptr %b.dbg.spill6, i64 8, !dbg !1837
  store i64 1, ptr %12, align 8, !dbg !1837
    #dbg_declare(ptr %b.dbg.spill6, !1696, !DIExpression(), !1838)
  store ptr %_52, ptr %ptr.dbg.spill, align 8, !dbg !1839
    #dbg_declare(ptr %ptr.dbg.spill, !1730, !DIExpression(), !1840)
    #dbg_declare(ptr %ptr.dbg.spill, !1741, !DIExpression(), !1841)
    #dbg_declare(ptr %ptr.dbg.spill, !1743, !DIExpression(), !1842)
    #dbg_declare(ptr %ptr.dbg.spill, !1843, !DIExpression(), !1848)
    #dbg_declare(ptr %ptr.dbg.spill, !1755, !DIExpression(), !1850)
    #dbg_declare(ptr %ptr.dbg.spill, !1851, !DIExpression(), !1858)
    #dbg_declare(ptr %ptr.dbg.spill, !1860, !DIExpression(), !1863)
  call void @llvm.assume(i1 true), !dbg !1865
  store i64 1, ptr %capacity.dbg.spill, align 8, !dbg !1865
    #dbg_declare(ptr %capacity.dbg.spill, !1745, !DIExpression(), !1866)
    #dbg_declare(ptr %capacity.dbg.spill, !1756, !DIExpression(), !1867)
  %13 = icmp ne ptr %_52, null, !dbg !1868
  call void @llvm.assume(i1 %13), !dbg !1868
  store i64 1, ptr %value, align 8, !dbg !1869
  %14 = getelementptr inbounds i8, ptr %value, i64 8, !dbg !1869
  store ptr %_52, ptr %14, align 8, !dbg !1869
  %15 = getelementptr inbounds i8, ptr %value, i64 16, !dbg !1869
  store i64 1, ptr %15, align 8, !dbg !1869
  call void @llvm.lifetime.start.p0(ptr %_66), !dbg !1870
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_66, ptr align 8 %value, i64 24, i1 false), !dbg !1871
  store i64 0, ptr %r, align 8, !dbg !1876
  %16 = getelementptr inbounds i8, ptr %r, i64 8, !dbg !1876
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 %_66, i64 24, i1 false), !dbg !1876
  call void @llvm.lifetime.end.p0(ptr %_66), !dbg !1877
  call void @llvm.lifetime.end.p0(ptr %value), !dbg !1878
  call void @llvm.lifetime.start.p0(ptr %regs), !dbg !1879
  store i32 1, ptr %regs, align 4, !dbg !1880
  %17 = getelementptr inbounds i8, ptr %regs, i64 4, !dbg !1880
  store i32 2, ptr %17, align 4, !dbg !1880
  call void @llvm.lifetime.start.p0(ptr %word), !dbg !1881
  store i32 1, ptr %word, align 4, !dbg !1882
  call void @llvm.lifetime.start.p0(ptr %s), !dbg !1883
  call void @llvm.lifetime.start.p0(ptr %_11), !dbg !1766
  store i64 0, ptr %_11, align 8, !dbg !1884
  call void @llvm.lifetime.start.p0(ptr %_12), !dbg !1663
  call void @llvm.lifetime.start.p0(ptr %t), !dbg !1885
  store i64 0, ptr %t, align 8, !dbg !1886
  %18 = getelementptr inbounds i8, ptr %t, i64 8, !dbg !1886
  store ptr inttoptr (i64 1 to ptr), ptr %18, align 8, !dbg !1886
  %19 = getelementptr inbounds i8, ptr %t, i64 16, !dbg !1886
  store i64 0, ptr %19, align 8, !dbg !1886
  call void @llvm.lifetime.start.p0(ptr %_67), !dbg !1891
  store i32 0, ptr %_70, align 4, !dbg !1892
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_67, ptr align 4 %_70, i64 4, i1 false), !dbg !1903
  store i8 0, ptr %_71, align 1, !dbg !1904
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %_68, ptr align 1 %_71, i64 1, i1 false), !dbg !1916
  call void @llvm.lifetime.start.p0(ptr %_69), !dbg !1917
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_69, ptr align 8 %t, i64 24, i1 false), !dbg !1918
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %_12, ptr align 4 %_67, i64 4, i1 false), !dbg !1919
  %20 = getelementptr inbounds i8, ptr %_12, i64 4, !dbg !1919
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %20, ptr align 1 %_68, i64 1, i1 false), !dbg !1919
  %21 = getelementptr inbounds i8, ptr %_12, i64 8, !dbg !1919
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 %_69, i64 24, i1 false), !dbg !1919
  call void @llvm.lifetime.end.p0(ptr %_69), !dbg !1920
  call void @llvm.lifetime.end.p0(ptr %_67), !dbg !1920
  call void @llvm.lifetime.end.p0(ptr %t), !dbg !1921
  call void @llvm.lifetime.start.p0(ptr %_14), !dbg !1775
  call void @llvm.lifetime.start.p0(ptr %_72), !dbg !1922
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_72, ptr align 4 %_70, i64 4, i1 false), !dbg !1923
  %22 = getelementptr inbounds i8, ptr %_72, i64 4, !dbg !1923
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %22, ptr align 4 %_70, i64 4, i1 false), !dbg !1923
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_14, ptr align 4 %_72, i64 8, i1 false), !dbg !1929
  %23 = getelementptr inbounds i8, ptr %_14, i64 8, !dbg !1929
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %23, ptr align 1 %_68, i64 1, i1 false), !dbg !1929
  %24 = getelementptr inbounds i8, ptr %_14, i64 12, !dbg !1929
  store i32 0, ptr %24, align 4, !dbg !1929
  call void @llvm.lifetime.end.p0(ptr %_72), !dbg !1930
  call void @llvm.lifetime.start.p0(ptr %_15), !dbg !1931
  call void @llvm.lifetime.start.p0(ptr %_73), !dbg !1932
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_73, ptr align 4 %_70, i64 4, i1 false), !dbg !1938
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %_15, ptr align 4 %_73, i64 4, i1 false), !dbg !1944
  call void @llvm.lifetime.end.p0(ptr %_73), !dbg !1945
  %25 = getelementptr inbounds i8, ptr %s, i64 48, !dbg !1946
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %25, ptr align 8 %_11, i64 8, i1 false), !dbg !1946
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %s, ptr align 8 %_12, i64 32, i1 false), !dbg !1946
  %26 = getelementptr inbounds i8, ptr %s, i64 32, !dbg !1946
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %26, ptr align 4 %_14, i64 16, i1 false), !dbg !1946
  %27 = getelementptr inbounds i8, ptr %s, i64 56, !dbg !1946
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %27, ptr align 4 %_15, i64 4, i1 false), !dbg !1946
  call void @llvm.lifetime.end.p0(ptr %_15), !dbg !1947
  call void @llvm.lifetime.end.p0(ptr %_14), !dbg !1947
  call void @llvm.lifetime.end.p0(ptr %_12), !dbg !1947
  call void @llvm.lifetime.end.p0(ptr %_11), !dbg !1947
  store i8 1, ptr @_ZN7sharing4FLAG17h125a699f812a4294E, align 1, !dbg !1948
; invoke sharing::wait_flag
  invoke void @_ZN7sharing9wait_flag17hf94bd1f785e54155E()
          to label %bb1 unwind label %cleanup, !dbg !1949

bb15:                                             ; preds = %cleanup
; invoke core::ptr::drop_in_place<sharing::Shared>
  invoke void @"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE"(ptr noalias noundef align 8 dereferenceable(64) %s) #18
          to label %bb16 unwind label %terminate, !dbg !1950

cleanup:                                          ; preds = %bb11, %bb10, %bb9, %bb8, %bb7, %bb6, %bb5, %bb4, %bb3, %bb2, %bb1, %start
  %28 = landingpad { ptr, i32 }
          cleanup
  %29 = extractvalue { ptr, i32 } %28, 0
  %30 = extractvalue { ptr, i32 } %28, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %29, ptr %0, align 8
  %31 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %30, ptr %31, align 8
  br label %bb15

bb1:                                              ; preds = %start
; invoke sharing::bump
  invoke void @_ZN7sharing4bump17hfa3d0c27c09d0ab0E()
          to label %bb2 unwind label %cleanup, !dbg !1951

bb2:                                              ; preds = %bb1
; invoke sharing::read_limit
  %_27 = invoke noundef i64 @_ZN7sharing10read_limit17hddf03bff8c886229E()
          to label %bb3 unwind label %cleanup, !dbg !1952

bb3:                                              ; preds = %bb2
; invoke sharing::nested_b
  %_28 = invoke noundef i64 @_ZN7sharing8nested_b17h77e41f91ddd90e91E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %o)
          to label %bb4 unwind label %cleanup, !dbg !1953

bb4:                                              ; preds = %bb3
  %_25 = add i64 %_27, %_28, !dbg !1952
; invoke sharing::cell_get
  %_31 = invoke noundef i32 @_ZN7sharing8cell_get17h8be7071736d6c258E(ptr noundef nonnull align 4 %c)
          to label %bb5 unwind label %cleanup, !dbg !1954

bb5:                                              ; preds = %bb4
  %_30 = zext i32 %_31 to i64, !dbg !1954
  %_24 = add i64 %_25, %_30, !dbg !1952
; invoke sharing::refcell_len
  %_34 = invoke noundef i64 @_ZN7sharing11refcell_len17h18b45be876b278a7E(ptr noundef nonnull align 8 %r)
          to label %bb6 unwind label %cleanup, !dbg !1955

bb6:                                              ; preds = %bb5
  %_23 = add i64 %_24, %_34, !dbg !1952
; invoke sharing::poll_status
  %_37 = invoke noundef i32 @_ZN7sharing11poll_status17h7cd82e4aecca71bfE(ptr noundef %regs)
          to label %bb7 unwind label %cleanup, !dbg !1956

bb7:                                              ; preds = %bb6
  %_36 = zext i32 %_37 to i64, !dbg !1956
  %_22 = add i64 %_23, %_36, !dbg !1952
; invoke sharing::shared_hits
  %_40 = invoke noundef i64 @_ZN7sharing11shared_hits17he8f9a557f6385c62E(ptr noundef nonnull align 8 %s)
          to label %bb8 unwind label %cleanup, !dbg !1957

bb8:                                              ; preds = %bb7
  %_21 = add i64 %_22, %_40, !dbg !1952
; invoke sharing::plain_sum
  %_42 = invoke noundef i64 @_ZN7sharing9plain_sum17hc3d779fe67b4c073E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %o)
          to label %bb9 unwind label %cleanup, !dbg !1958

bb9:                                              ; preds = %bb8
  %_20 = add i64 %_21, %_42, !dbg !1952
; invoke sharing::statics
  %_45 = invoke noundef i64 @_ZN7sharing7statics17hc9c8e9360af66e42E()
          to label %bb10 unwind label %cleanup, !dbg !1959

bb10:                                             ; preds = %bb9
  %_19 = add i64 %_20, %_45, !dbg !1952
; invoke sharing::my_load
  %_47 = invoke noundef i64 @_ZN7sharing7my_load17hcb6ee0933feb2a4dE(ptr noundef nonnull align 8 %shared)
          to label %bb11 unwind label %cleanup, !dbg !1960

bb11:                                             ; preds = %bb10
  %total = add i64 %_19, %_47, !dbg !1952
  store i64 %total, ptr %total.dbg.spill, align 8, !dbg !1952
    #dbg_declare(ptr %total.dbg.spill, !1638, !DIExpression(), !1961)
; invoke sharing::poll_mut
  invoke void @_ZN7sharing8poll_mut17h339096898aafa4d5E(ptr noundef %word)
          to label %bb12 unwind label %cleanup, !dbg !1962

bb12:                                             ; preds = %bb11
; invoke core::ptr::drop_in_place<sharing::Shared>
  invoke void @"_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE"(ptr noalias noundef align 8 dereferenceable(64) %s)
          to label %bb13 unwind label %cleanup7, !dbg !1950

bb16:                                             ; preds = %bb15, %cleanup7
; invoke core::ptr::drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8>>>
  invoke void @"_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE"(ptr noalias noundef align 8 dereferenceable(32) %r) #18
          to label %bb17 unwind label %terminate, !dbg !1963

cleanup7:                                         ; preds = %bb12
  %32 = landingpad { ptr, i32 }
          cleanup
  %33 = extractvalue { ptr, i32 } %32, 0
  %34 = extractvalue { ptr, i32 } %32, 1
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %33, ptr %0, align 8
  %35 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %34, ptr %35, align 8
  br label %bb16

bb13:                                             ; preds = %bb12
  call void @llvm.lifetime.end.p0(ptr %s), !dbg !1950
  call void @llvm.lifetime.end.p0(ptr %word), !dbg !1964
  call void @llvm.lifetime.end.p0(ptr %regs), !dbg !1965
; call core::ptr::drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8>>>
  call void @"_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE"(ptr noalias noundef align 8 dereferenceable(32) %r), !dbg !1963
  call void @llvm.lifetime.end.p0(ptr %r), !dbg !1963
  call void @llvm.lifetime.end.p0(ptr %c), !dbg !1966
  call void @llvm.lifetime.end.p0(ptr %o), !dbg !1967
  call void @llvm.lifetime.end.p0(ptr %shared), !dbg !1968
  ret i64 %total, !dbg !1969

terminate:                                        ; preds = %bb16, %bb15
  %36 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #19, !dbg !1970
  unreachable, !dbg !1970

bb17:                                             ; preds = %bb16
  %37 = load ptr, ptr %0, align 8, !dbg !1970, !noundef !35
  %38 = getelementptr inbounds i8, ptr %0, i64 8, !dbg !1970
  %39 = load i32, ptr %38, align 8, !dbg !1970, !noundef !35
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !1970
  %40 = insertvalue { ptr, i32 } poison, ptr %37, 0, !dbg !1970
  %41 = insertvalue { ptr, i32 } %40, i32 %39, 1, !dbg !1970
  resume { ptr, i32 } %41, !dbg !1970
}

; sharing::bump
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7sharing4bump17hfa3d0c27c09d0ab0E() unnamed_addr #2 !dbg !1971 {
start:
  %0 = load i32, ptr @_ZN7sharing7COUNTER17hbcb64c705c41587fE, align 4, !dbg !1974, !noundef !35
  %1 = add i32 %0, 1, !dbg !1974
  store i32 %1, ptr @_ZN7sharing7COUNTER17hbcb64c705c41587fE, align 4, !dbg !1974
  ret void, !dbg !1975
}

; sharing::my_load
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing7my_load17hcb6ee0933feb2a4dE(ptr noundef nonnull align 8 %a) unnamed_addr #2 !dbg !1976 {
start:
  %a.dbg.spill = alloca [8 x i8], align 8
  store ptr %a, ptr %a.dbg.spill, align 8
    #dbg_declare(ptr %a.dbg.spill, !1981, !DIExpression(), !1982)
    #dbg_value(ptr %a, !1983, !DIExpression(), !1986)
  %_0 = load i64, ptr %a, align 8, !dbg !1988, !noundef !35
  ret i64 %_0, !dbg !1989
}

; sharing::statics
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing7statics17hc9c8e9360af66e42E() unnamed_addr #2 !dbg !1990 {
start:
  ret i64 add (i64 ptrtoint (ptr @_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE to i64), i64 ptrtoint (ptr @_ZN7sharing4ONCE17ha1b40ad32e496536E to i64)), !dbg !1991
}

; sharing::cell_get
; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN7sharing8cell_get17h8be7071736d6c258E(ptr noundef nonnull align 4 %c) unnamed_addr #2 !dbg !1992 {
start:
  %c.dbg.spill = alloca [8 x i8], align 8
  store ptr %c, ptr %c.dbg.spill, align 8
    #dbg_declare(ptr %c.dbg.spill, !1997, !DIExpression(), !1998)
    #dbg_declare(ptr %c.dbg.spill, !1999, !DIExpression(), !2003)
  %_0 = load i32, ptr %c, align 4, !dbg !2005, !noundef !35
  ret i32 %_0, !dbg !2006
}

; sharing::nested_b
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing8nested_b17h77e41f91ddd90e91E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(32) %o) unnamed_addr #2 !dbg !2007 {
start:
  %o.dbg.spill = alloca [8 x i8], align 8
  store ptr %o, ptr %o.dbg.spill, align 8
    #dbg_declare(ptr %o.dbg.spill, !2012, !DIExpression(), !2013)
  %_2 = load i64, ptr %o, align 8, !dbg !2014, !noundef !35
  %0 = getelementptr inbounds i8, ptr %o, i64 16, !dbg !2015
  %1 = getelementptr inbounds nuw i16, ptr %0, i64 2, !dbg !2015
  %_4 = load i16, ptr %1, align 4, !dbg !2015, !noundef !35
  %_3 = zext i16 %_4 to i64, !dbg !2015
  %_0 = add i64 %_2, %_3, !dbg !2014
  ret i64 %_0, !dbg !2016
}

; sharing::poll_mut
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7sharing8poll_mut17h339096898aafa4d5E(ptr noundef %p) unnamed_addr #2 !dbg !2017 {
start:
  %p.dbg.spill = alloca [8 x i8], align 8
  store ptr %p, ptr %p.dbg.spill, align 8
    #dbg_declare(ptr %p.dbg.spill, !2022, !DIExpression(), !2023)
  br label %bb1, !dbg !2024

bb1:                                              ; preds = %bb2, %start
  %_2 = load i32, ptr %p, align 4, !dbg !2025, !noundef !35
  %0 = icmp eq i32 %_2, 0, !dbg !2025
  br i1 %0, label %bb2, label %bb3, !dbg !2025

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !2024

bb3:                                              ; preds = %bb1
  ret void, !dbg !2026
}

; sharing::plain_sum
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN7sharing9plain_sum17hc3d779fe67b4c073E(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(16) %v) unnamed_addr #2 !dbg !2027 {
start:
  %v.dbg.spill = alloca [8 x i8], align 8
  store ptr %v, ptr %v.dbg.spill, align 8
    #dbg_declare(ptr %v.dbg.spill, !2032, !DIExpression(), !2033)
  %0 = getelementptr inbounds i8, ptr %v, i64 8, !dbg !2034
  %_3 = load i32, ptr %0, align 8, !dbg !2034, !noundef !35
  %_2 = zext i32 %_3 to i64, !dbg !2034
  %_4 = load i64, ptr %v, align 8, !dbg !2035, !noundef !35
  %_0 = add i64 %_2, %_4, !dbg !2034
  ret i64 %_0, !dbg !2036
}

; sharing::wait_flag
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN7sharing9wait_flag17hf94bd1f785e54155E() unnamed_addr #2 !dbg !2037 {
start:
  br label %bb1, !dbg !2038

bb1:                                              ; preds = %bb2, %start
  %0 = load i8, ptr @_ZN7sharing4FLAG17h125a699f812a4294E, align 1, !dbg !2039, !range !2040, !noundef !35
  %_1 = trunc nuw i8 %0 to i1, !dbg !2039
  br i1 %_1, label %bb3, label %bb2, !dbg !2039

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !2038

bb3:                                              ; preds = %bb1
  ret void, !dbg !2041
}

; <std::sync::once_lock::OnceLock<T> as core::ops::drop::Drop>::drop
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN81_$LT$std..sync..once_lock..OnceLock$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefd3c09bce5c108E"(ptr noalias noundef align 4 dereferenceable(8) %self) unnamed_addr #0 !dbg !2042 {
start:
  %s.dbg.spill = alloca [16 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %state = alloca [1 x i8], align 1
  store ptr %self, ptr %self.dbg.spill, align 8
    #dbg_declare(ptr %self.dbg.spill, !2049, !DIExpression(), !2050)
    #dbg_declare(ptr %self.dbg.spill, !2051, !DIExpression(), !2059)
    #dbg_declare(ptr %state, !2057, !DIExpression(), !2061)
  call void @llvm.lifetime.start.p0(ptr %state), !dbg !2062
    #dbg_value(ptr %self, !2063, !DIExpression(), !2071)
    #dbg_value(ptr %self, !2073, !DIExpression(), !2081)
    #dbg_value(ptr %self, !2083, !DIExpression(), !2091)
  %0 = load i32, ptr %self, align 4, !dbg !2093, !noundef !35
  switch i32 %0, label %bb2 [
    i32 3, label %bb5
    i32 2, label %bb4
    i32 0, label %bb3
  ], !dbg !2093, !prof !2094

bb2:                                              ; preds = %start
  store ptr @alloc_a931397211c33a1c8fe0d17838460834, ptr %s.dbg.spill, align 8, !dbg !2095
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !2095
  store i64 60, ptr %1, align 8, !dbg !2095
    #dbg_declare(ptr %s.dbg.spill, !2096, !DIExpression(), !2100)
    #dbg_declare(ptr %s.dbg.spill, !2101, !DIExpression(), !2104)
    #dbg_declare(ptr %s.dbg.spill, !2106, !DIExpression(), !2109)
    #dbg_declare(ptr %s.dbg.spill, !2111, !DIExpression(), !2114)
    #dbg_declare(ptr %s.dbg.spill, !2116, !DIExpression(), !2119)
  call void @llvm.assume(i1 true), !dbg !2121
  %2 = icmp ne ptr inttoptr (i64 121 to ptr), null, !dbg !2122
  call void @llvm.assume(i1 %2), !dbg !2122
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_a931397211c33a1c8fe0d17838460834, ptr noundef nonnull inttoptr (i64 121 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_41083d9f9c7083815e5e11964bf770af) #20, !dbg !2095
  unreachable, !dbg !2095

bb5:                                              ; preds = %start
  store i8 0, ptr %state, align 1, !dbg !2123
  br label %bb7, !dbg !2123

bb4:                                              ; preds = %start
  store i8 1, ptr %state, align 1, !dbg !2124
  br label %bb7, !dbg !2124

bb3:                                              ; preds = %start
  store i8 2, ptr %state, align 1, !dbg !2125
  call void @llvm.lifetime.end.p0(ptr %state), !dbg !2126
    #dbg_value(ptr %self, !2127, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !2135)
    #dbg_value(ptr %self, !2137, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !2144)
    #dbg_value(ptr %self, !2146, !DIExpression(DW_OP_plus_uconst, 4, DW_OP_stack_value), !2152)
  %_21 = getelementptr inbounds i8, ptr %self, i64 4, !dbg !2154
  br label %bb1, !dbg !2155

bb7:                                              ; preds = %bb4, %bb5
  call void @llvm.lifetime.end.p0(ptr %state), !dbg !2126
  br label %bb1, !dbg !2156

bb1:                                              ; preds = %bb3, %bb7
  ret void, !dbg !2157
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #3

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #4

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #5

; __rustc::__rust_alloc_zeroed
; Function Attrs: nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #8

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #9

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #10

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #4

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #11

; core::cell::panic_already_mutably_borrowed
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core4cell30panic_already_mutably_borrowed(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull, ptr noundef nonnull, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24)) unnamed_addr #12

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #13

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #14

attributes #0 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nounwind nonlazybind allockind("alloc,zeroed,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #9 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #10 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #11 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #12 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #14 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #15 = { nounwind }
attributes #16 = { inlinehint }
attributes #17 = { noreturn }
attributes #18 = { cold }
attributes #19 = { cold noreturn nounwind }
attributes #20 = { noinline noreturn }

!llvm.module.flags = !{!104, !105, !106, !107}
!llvm.ident = !{!108}
!llvm.dbg.cu = !{!109}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "FLAG", linkageName: "_ZN7sharing4FLAG17h125a699f812a4294E", scope: !2, file: !3, line: 11, type: !4, isLocal: false, isDefinition: true, align: 8)
!2 = !DINamespace(name: "sharing", scope: null)
!3 = !DIFile(filename: "testdata/rust/debuginfo/sharing.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ad69eb2b0a0caed6d6acdb727b74be09")
!4 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "LOCK", linkageName: "_ZN7sharing4LOCK17h9b1a4f1729c8ba1aE", scope: !2, file: !3, line: 15, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<u64>", scope: !9, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !13, templateParams: !54, identifier: "2e5a399a1afa983133419fb8da039849")
!8 = !DIFile(filename: "<unknown>", directory: "")
!9 = !DINamespace(name: "mutex", scope: !10)
!10 = !DINamespace(name: "poison", scope: !11)
!11 = !DINamespace(name: "sync", scope: !12)
!12 = !DINamespace(name: "std", scope: null)
!13 = !{!14, !36, !49}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !7, file: !8, baseType: !15, size: 32, align: 32, flags: DIFlagPrivate)
!15 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex", scope: !16, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !20, templateParams: !35, identifier: "afdb334321a21a732e97844e1c645ae5")
!16 = !DINamespace(name: "futex", scope: !17)
!17 = !DINamespace(name: "mutex", scope: !18)
!18 = !DINamespace(name: "sync", scope: !19)
!19 = !DINamespace(name: "sys", scope: !12)
!20 = !{!21}
!21 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !15, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!22 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicU32", scope: !23, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !26, templateParams: !35, identifier: "c7c2c74a85904bd0c8528b4e15d5ce44")
!23 = !DINamespace(name: "atomic", scope: !24)
!24 = !DINamespace(name: "sync", scope: !25)
!25 = !DINamespace(name: "core", scope: null)
!26 = !{!27}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !22, file: !8, baseType: !28, size: 32, align: 32, flags: DIFlagPrivate)
!28 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u32>", scope: !29, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !30, templateParams: !33, identifier: "276fcd5afdff990e3d83fbd36936145c")
!29 = !DINamespace(name: "cell", scope: !25)
!30 = !{!31}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !28, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPrivate)
!32 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!33 = !{!34}
!34 = !DITemplateTypeParameter(name: "T", type: !32)
!35 = !{}
!36 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !7, file: !8, baseType: !37, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!37 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !10, file: !8, size: 8, align: 8, flags: DIFlagProtected, elements: !38, templateParams: !35, identifier: "c629961d27193e407b292c3b513ca7dc")
!38 = !{!39}
!39 = !DIDerivedType(tag: DW_TAG_member, name: "failed", scope: !37, file: !8, baseType: !40, size: 8, align: 8, flags: DIFlagPrivate)
!40 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !23, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !41, templateParams: !35, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !40, file: !8, baseType: !43, size: 8, align: 8, flags: DIFlagPrivate)
!43 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !29, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !44, templateParams: !47, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!44 = !{!45}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !43, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagPrivate)
!46 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!47 = !{!48}
!48 = !DITemplateTypeParameter(name: "T", type: !46)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !7, file: !8, baseType: !50, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!50 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u64>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !51, templateParams: !54, identifier: "64f44ac7e328f13f7383038d475fd20c")
!51 = !{!52}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !50, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagPrivate)
!53 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!54 = !{!55}
!55 = !DITemplateTypeParameter(name: "T", type: !53)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "ONCE", linkageName: "_ZN7sharing4ONCE17ha1b40ad32e496536E", scope: !2, file: !3, line: 16, type: !58, isLocal: false, isDefinition: true, align: 32)
!58 = !DICompositeType(tag: DW_TAG_structure_type, name: "OnceLock<u32>", scope: !59, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !60, templateParams: !33, identifier: "e5d7af7fce3e89aded9e640a4cfabcf4")
!59 = !DINamespace(name: "once_lock", scope: !11)
!60 = !{!61, !71, !94}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "once", scope: !58, file: !8, baseType: !62, size: 32, align: 32, flags: DIFlagPrivate)
!62 = !DICompositeType(tag: DW_TAG_structure_type, name: "Once", scope: !63, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !64, templateParams: !35, identifier: "925d9ac80a5262a67b0708f407f80871")
!63 = !DINamespace(name: "once", scope: !11)
!64 = !{!65}
!65 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !62, file: !8, baseType: !66, size: 32, align: 32, flags: DIFlagPrivate)
!66 = !DICompositeType(tag: DW_TAG_structure_type, name: "Once", scope: !67, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !69, templateParams: !35, identifier: "5de27e0b42137f6d5399751fe797597a")
!67 = !DINamespace(name: "futex", scope: !68)
!68 = !DINamespace(name: "once", scope: !18)
!69 = !{!70}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "state_and_queued", scope: !66, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !58, file: !8, baseType: !72, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!72 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<core::mem::maybe_uninit::MaybeUninit<u32>>", scope: !29, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !73, templateParams: !92, identifier: "295b8cd4d9b4e2c57c02ce9c0553e68")
!73 = !{!74}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !72, file: !8, baseType: !75, size: 32, align: 32, flags: DIFlagPrivate)
!75 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<u32>", scope: !76, file: !8, size: 32, align: 32, elements: !78, templateParams: !33, identifier: "3d9de54cf5eeaec4b7ab0003dcc5068e")
!76 = !DINamespace(name: "maybe_uninit", scope: !77)
!77 = !DINamespace(name: "mem", scope: !25)
!78 = !{!79, !81}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !75, file: !8, baseType: !80, align: 8)
!80 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !75, file: !8, baseType: !82, size: 32, align: 32)
!82 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<u32>", scope: !83, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !84, templateParams: !33, identifier: "b4d6f6f13a221cfe673b9b629b19b0d2")
!83 = !DINamespace(name: "manually_drop", scope: !77)
!84 = !{!85}
!85 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !82, file: !8, baseType: !86, size: 32, align: 32, flags: DIFlagPrivate)
!86 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<u32>", scope: !87, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !88, templateParams: !90, identifier: "7f8d010d178e6c639bb9e3d8fc9d98c0")
!87 = !DINamespace(name: "maybe_dangling", scope: !77)
!88 = !{!89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !86, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPrivate)
!90 = !{!91}
!91 = !DITemplateTypeParameter(name: "P", type: !32)
!92 = !{!93}
!93 = !DITemplateTypeParameter(name: "T", type: !75)
!94 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !58, file: !8, baseType: !95, align: 8, offset: 64, flags: DIFlagPrivate)
!95 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u32>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !33, identifier: "22b38a2374285c7c4395d66812ec9371")
!96 = !DINamespace(name: "marker", scope: !25)
!97 = !DIGlobalVariableExpression(var: !98, expr: !DIExpression())
!98 = distinct !DIGlobalVariable(name: "LIMIT", linkageName: "_ZN7sharing5LIMIT17h01b796ebf27fc673E", scope: !2, file: !3, line: 14, type: !99, isLocal: false, isDefinition: true, align: 64)
!99 = !DIBasicType(name: "usize", size: 64, encoding: DW_ATE_unsigned)
!100 = !DIGlobalVariableExpression(var: !101, expr: !DIExpression())
!101 = distinct !DIGlobalVariable(name: "READY", linkageName: "_ZN7sharing5READY17hdd69ef26855f6cbeE", scope: !2, file: !3, line: 13, type: !40, isLocal: false, isDefinition: true, align: 8)
!102 = !DIGlobalVariableExpression(var: !103, expr: !DIExpression())
!103 = distinct !DIGlobalVariable(name: "COUNTER", linkageName: "_ZN7sharing7COUNTER17hbcb64c705c41587fE", scope: !2, file: !3, line: 12, type: !32, isLocal: false, isDefinition: true, align: 32)
!104 = !{i32 8, !"PIC Level", i32 2}
!105 = !{i32 2, !"RtLibUseGOT", i32 1}
!106 = !{i32 7, !"Dwarf Version", i32 4}
!107 = !{i32 2, !"Debug Info Version", i32 3}
!108 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!109 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !110, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !111, globals: !192, splitDebugInlining: false, nameTableKind: None)
!110 = !DIFile(filename: "testdata/rust/debuginfo/sharing.rs/@/sharing.bd94ec71f88cb894-cgu.0", directory: ".")
!111 = !{!112, !180, !187}
!112 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "AlignmentEnum", scope: !113, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagEnumClass, elements: !115)
!113 = !DINamespace(name: "alignment", scope: !114)
!114 = !DINamespace(name: "ptr", scope: !25)
!115 = !{!116, !117, !118, !119, !120, !121, !122, !123, !124, !125, !126, !127, !128, !129, !130, !131, !132, !133, !134, !135, !136, !137, !138, !139, !140, !141, !142, !143, !144, !145, !146, !147, !148, !149, !150, !151, !152, !153, !154, !155, !156, !157, !158, !159, !160, !161, !162, !163, !164, !165, !166, !167, !168, !169, !170, !171, !172, !173, !174, !175, !176, !177, !178, !179}
!116 = !DIEnumerator(name: "_Align1Shl0", value: 1, isUnsigned: true)
!117 = !DIEnumerator(name: "_Align1Shl1", value: 2, isUnsigned: true)
!118 = !DIEnumerator(name: "_Align1Shl2", value: 4, isUnsigned: true)
!119 = !DIEnumerator(name: "_Align1Shl3", value: 8, isUnsigned: true)
!120 = !DIEnumerator(name: "_Align1Shl4", value: 16, isUnsigned: true)
!121 = !DIEnumerator(name: "_Align1Shl5", value: 32, isUnsigned: true)
!122 = !DIEnumerator(name: "_Align1Shl6", value: 64, isUnsigned: true)
!123 = !DIEnumerator(name: "_Align1Shl7", value: 128, isUnsigned: true)
!124 = !DIEnumerator(name: "_Align1Shl8", value: 256, isUnsigned: true)
!125 = !DIEnumerator(name: "_Align1Shl9", value: 512, isUnsigned: true)
!126 = !DIEnumerator(name: "_Align1Shl10", value: 1024, isUnsigned: true)
!127 = !DIEnumerator(name: "_Align1Shl11", value: 2048, isUnsigned: true)
!128 = !DIEnumerator(name: "_Align1Shl12", value: 4096, isUnsigned: true)
!129 = !DIEnumerator(name: "_Align1Shl13", value: 8192, isUnsigned: true)
!130 = !DIEnumerator(name: "_Align1Shl14", value: 16384, isUnsigned: true)
!131 = !DIEnumerator(name: "_Align1Shl15", value: 32768, isUnsigned: true)
!132 = !DIEnumerator(name: "_Align1Shl16", value: 65536, isUnsigned: true)
!133 = !DIEnumerator(name: "_Align1Shl17", value: 131072, isUnsigned: true)
!134 = !DIEnumerator(name: "_Align1Shl18", value: 262144, isUnsigned: true)
!135 = !DIEnumerator(name: "_Align1Shl19", value: 524288, isUnsigned: true)
!136 = !DIEnumerator(name: "_Align1Shl20", value: 1048576, isUnsigned: true)
!137 = !DIEnumerator(name: "_Align1Shl21", value: 2097152, isUnsigned: true)
!138 = !DIEnumerator(name: "_Align1Shl22", value: 4194304, isUnsigned: true)
!139 = !DIEnumerator(name: "_Align1Shl23", value: 8388608, isUnsigned: true)
!140 = !DIEnumerator(name: "_Align1Shl24", value: 16777216, isUnsigned: true)
!141 = !DIEnumerator(name: "_Align1Shl25", value: 33554432, isUnsigned: true)
!142 = !DIEnumerator(name: "_Align1Shl26", value: 67108864, isUnsigned: true)
!143 = !DIEnumerator(name: "_Align1Shl27", value: 134217728, isUnsigned: true)
!144 = !DIEnumerator(name: "_Align1Shl28", value: 268435456, isUnsigned: true)
!145 = !DIEnumerator(name: "_Align1Shl29", value: 536870912, isUnsigned: true)
!146 = !DIEnumerator(name: "_Align1Shl30", value: 1073741824, isUnsigned: true)
!147 = !DIEnumerator(name: "_Align1Shl31", value: 2147483648, isUnsigned: true)
!148 = !DIEnumerator(name: "_Align1Shl32", value: 4294967296, isUnsigned: true)
!149 = !DIEnumerator(name: "_Align1Shl33", value: 8589934592, isUnsigned: true)
!150 = !DIEnumerator(name: "_Align1Shl34", value: 17179869184, isUnsigned: true)
!151 = !DIEnumerator(name: "_Align1Shl35", value: 34359738368, isUnsigned: true)
!152 = !DIEnumerator(name: "_Align1Shl36", value: 68719476736, isUnsigned: true)
!153 = !DIEnumerator(name: "_Align1Shl37", value: 137438953472, isUnsigned: true)
!154 = !DIEnumerator(name: "_Align1Shl38", value: 274877906944, isUnsigned: true)
!155 = !DIEnumerator(name: "_Align1Shl39", value: 549755813888, isUnsigned: true)
!156 = !DIEnumerator(name: "_Align1Shl40", value: 1099511627776, isUnsigned: true)
!157 = !DIEnumerator(name: "_Align1Shl41", value: 2199023255552, isUnsigned: true)
!158 = !DIEnumerator(name: "_Align1Shl42", value: 4398046511104, isUnsigned: true)
!159 = !DIEnumerator(name: "_Align1Shl43", value: 8796093022208, isUnsigned: true)
!160 = !DIEnumerator(name: "_Align1Shl44", value: 17592186044416, isUnsigned: true)
!161 = !DIEnumerator(name: "_Align1Shl45", value: 35184372088832, isUnsigned: true)
!162 = !DIEnumerator(name: "_Align1Shl46", value: 70368744177664, isUnsigned: true)
!163 = !DIEnumerator(name: "_Align1Shl47", value: 140737488355328, isUnsigned: true)
!164 = !DIEnumerator(name: "_Align1Shl48", value: 281474976710656, isUnsigned: true)
!165 = !DIEnumerator(name: "_Align1Shl49", value: 562949953421312, isUnsigned: true)
!166 = !DIEnumerator(name: "_Align1Shl50", value: 1125899906842624, isUnsigned: true)
!167 = !DIEnumerator(name: "_Align1Shl51", value: 2251799813685248, isUnsigned: true)
!168 = !DIEnumerator(name: "_Align1Shl52", value: 4503599627370496, isUnsigned: true)
!169 = !DIEnumerator(name: "_Align1Shl53", value: 9007199254740992, isUnsigned: true)
!170 = !DIEnumerator(name: "_Align1Shl54", value: 18014398509481984, isUnsigned: true)
!171 = !DIEnumerator(name: "_Align1Shl55", value: 36028797018963968, isUnsigned: true)
!172 = !DIEnumerator(name: "_Align1Shl56", value: 72057594037927936, isUnsigned: true)
!173 = !DIEnumerator(name: "_Align1Shl57", value: 144115188075855872, isUnsigned: true)
!174 = !DIEnumerator(name: "_Align1Shl58", value: 288230376151711744, isUnsigned: true)
!175 = !DIEnumerator(name: "_Align1Shl59", value: 576460752303423488, isUnsigned: true)
!176 = !DIEnumerator(name: "_Align1Shl60", value: 1152921504606846976, isUnsigned: true)
!177 = !DIEnumerator(name: "_Align1Shl61", value: 2305843009213693952, isUnsigned: true)
!178 = !DIEnumerator(name: "_Align1Shl62", value: 4611686018427387904, isUnsigned: true)
!179 = !DIEnumerator(name: "_Align1Shl63", value: 9223372036854775808, isUnsigned: true)
!180 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !23, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagEnumClass, elements: !181)
!181 = !{!182, !183, !184, !185, !186}
!182 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!183 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!184 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!185 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!186 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!187 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "OnceExclusiveState", scope: !63, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagEnumClass, elements: !188)
!188 = !{!189, !190, !191}
!189 = !DIEnumerator(name: "Incomplete", value: 0, isUnsigned: true)
!190 = !DIEnumerator(name: "Poisoned", value: 1, isUnsigned: true)
!191 = !DIEnumerator(name: "Complete", value: 2, isUnsigned: true)
!192 = !{!0, !5, !56, !97, !100, !102}
!193 = distinct !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !195, file: !194, line: 185, type: !198, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !236, retainedNodes: !237)
!194 = !DIFile(filename: "library/alloc/src/alloc.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "57066d22da38e4b1f3bfd29f3d5ff5ae")
!195 = !DICompositeType(tag: DW_TAG_structure_type, name: "Global", scope: !196, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "8471efeafbd677a88d306f08d1a0eeb")
!196 = !DINamespace(name: "alloc", scope: !197)
!197 = !DINamespace(name: "alloc", scope: null)
!198 = !DISubroutineType(types: !199)
!199 = !{!200, !228, !4}
!200 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::ptr::non_null::NonNull<[u8]>, core::alloc::AllocError>", scope: !201, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !202, templateParams: !35, identifier: "519a674418a5b51cf8bee27a967aa54e")
!201 = !DINamespace(name: "result", scope: !25)
!202 = !{!203}
!203 = !DICompositeType(tag: DW_TAG_variant_part, scope: !200, file: !8, size: 128, align: 64, elements: !204, templateParams: !35, identifier: "3b104dde0538164c272d7f6e9ec8806f", discriminator: !227)
!204 = !{!205, !223}
!205 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !203, file: !8, baseType: !206, size: 128, align: 64)
!206 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !200, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !207, templateParams: !218, identifier: "30b736d771929d0b7715388dfe942406")
!207 = !{!208}
!208 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !206, file: !8, baseType: !209, size: 128, align: 64, flags: DIFlagPublic)
!209 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<[u8]>", scope: !210, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !211, templateParams: !47, identifier: "efe3e6a52bef0fc2baf8e9a8d6a6c8ea")
!210 = !DINamespace(name: "non_null", scope: !114)
!211 = !{!212}
!212 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !209, file: !8, baseType: !213, size: 128, align: 64, flags: DIFlagPrivate)
!213 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const [u8]", file: !8, size: 128, align: 64, elements: !214, templateParams: !35, identifier: "a10360edaf335c418dbc95bccd0cb05d")
!214 = !{!215, !217}
!215 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !213, file: !8, baseType: !216, size: 64, align: 64)
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!217 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !213, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!218 = !{!219, !220}
!219 = !DITemplateTypeParameter(name: "T", type: !209)
!220 = !DITemplateTypeParameter(name: "E", type: !221)
!221 = !DICompositeType(tag: DW_TAG_structure_type, name: "AllocError", scope: !222, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "111d797cdc779cf5e7833a8ef17b26ec")
!222 = !DINamespace(name: "alloc", scope: !25)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !203, file: !8, baseType: !224, size: 128, align: 64, extraData: i64 0)
!224 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !200, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !225, templateParams: !218, identifier: "1f90ad7cc2064f8f568100f50e75d1fb")
!225 = !{!226}
!226 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !224, file: !8, baseType: !221, align: 8, flags: DIFlagPublic)
!227 = !DIDerivedType(tag: DW_TAG_member, scope: !200, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!228 = !DICompositeType(tag: DW_TAG_structure_type, name: "Layout", scope: !229, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !230, templateParams: !35, identifier: "ae6bead0f2b6a034e04e04a9846a76e3")
!229 = !DINamespace(name: "layout", scope: !222)
!230 = !{!231, !232}
!231 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !228, file: !8, baseType: !99, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!232 = !DIDerivedType(tag: DW_TAG_member, name: "align", scope: !228, file: !8, baseType: !233, size: 64, align: 64, flags: DIFlagPrivate)
!233 = !DICompositeType(tag: DW_TAG_structure_type, name: "Alignment", scope: !113, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !234, templateParams: !35, identifier: "5099570874743123f8e757e4da3ea37b")
!234 = !{!235}
!235 = !DIDerivedType(tag: DW_TAG_member, name: "_inner_repr_trick", scope: !233, file: !8, baseType: !112, size: 64, align: 64, flags: DIFlagPrivate)
!236 = !DISubprogram(name: "alloc_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global18alloc_impl_runtime", scope: !195, file: !194, line: 185, type: !198, scopeLine: 185, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!237 = !{!238, !239, !240, !242, !245, !251, !271}
!238 = !DILocalVariable(name: "layout", arg: 1, scope: !193, file: !194, line: 185, type: !228)
!239 = !DILocalVariable(name: "zeroed", arg: 2, scope: !193, file: !194, line: 185, type: !4)
!240 = !DILocalVariable(name: "size", scope: !241, file: !194, line: 189, type: !99, align: 64)
!241 = distinct !DILexicalBlock(scope: !193, file: !194, line: 189, column: 13)
!242 = !DILocalVariable(name: "raw_ptr", scope: !243, file: !194, line: 190, type: !244, align: 64)
!243 = distinct !DILexicalBlock(scope: !241, file: !194, line: 190, column: 17)
!244 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!245 = !DILocalVariable(name: "ptr", scope: !246, file: !194, line: 191, type: !247, align: 64)
!246 = distinct !DILexicalBlock(scope: !243, file: !194, line: 191, column: 17)
!247 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !210, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !248, templateParams: !47, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!248 = !{!249}
!249 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !247, file: !8, baseType: !250, size: 64, align: 64, flags: DIFlagPrivate)
!250 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!251 = !DILocalVariable(name: "residual", scope: !252, file: !194, line: 191, type: !253, align: 8)
!252 = distinct !DILexicalBlock(scope: !243, file: !194, line: 191, column: 66)
!253 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::convert::Infallible, core::alloc::AllocError>", scope: !201, file: !8, align: 8, flags: DIFlagPublic, elements: !254, templateParams: !35, identifier: "e93516a9a4d4ff61ba16dc75632d6fe")
!254 = !{!255}
!255 = !DICompositeType(tag: DW_TAG_variant_part, scope: !253, file: !8, align: 8, elements: !256, templateParams: !35, identifier: "f5e162db303eef1e33f578c71ec0a693")
!256 = !{!257, !267}
!257 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !255, file: !8, baseType: !258, align: 8)
!258 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !253, file: !8, align: 8, flags: DIFlagPublic, elements: !259, templateParams: !265, identifier: "f1d8e5af3a1dffc68ba77da64f0701a9")
!259 = !{!260}
!260 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !258, file: !8, baseType: !261, align: 8, flags: DIFlagPublic)
!261 = !DICompositeType(tag: DW_TAG_structure_type, name: "Infallible", scope: !262, file: !8, align: 8, flags: DIFlagPublic, elements: !263, templateParams: !35, identifier: "78cfd968ca0619bc6721ef3bf8e03805")
!262 = !DINamespace(name: "convert", scope: !25)
!263 = !{!264}
!264 = !DICompositeType(tag: DW_TAG_variant_part, scope: !261, file: !8, align: 8, elements: !35, identifier: "820520e070d3f01e1d1c030b6bcc9c0e")
!265 = !{!266, !220}
!266 = !DITemplateTypeParameter(name: "T", type: !261)
!267 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !255, file: !8, baseType: !268, align: 8)
!268 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !253, file: !8, align: 8, flags: DIFlagPublic, elements: !269, templateParams: !265, identifier: "e8d1b6dff9322dfb94e83992955f462f")
!269 = !{!270}
!270 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !268, file: !8, baseType: !221, align: 8, flags: DIFlagPublic)
!271 = !DILocalVariable(name: "val", scope: !272, file: !194, line: 191, type: !247, align: 64)
!272 = distinct !DILexicalBlock(scope: !243, file: !194, line: 191, column: 66)
!273 = !DILocation(line: 185, column: 27, scope: !193)
!274 = !DILocalVariable(name: "layout", arg: 1, scope: !275, file: !194, line: 172, type: !228)
!275 = distinct !DISubprogram(name: "alloc_zeroed", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc12alloc_zeroed", scope: !196, file: !194, line: 172, type: !276, scopeLine: 172, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !278)
!276 = !DISubroutineType(types: !277)
!277 = !{!244, !228}
!278 = !{!274}
!279 = !DILocation(line: 172, column: 28, scope: !275, inlinedAt: !280)
!280 = !DILocation(line: 190, column: 43, scope: !241)
!281 = !DILocalVariable(name: "layout", arg: 1, scope: !282, file: !194, line: 89, type: !228)
!282 = distinct !DISubprogram(name: "alloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc5alloc", scope: !196, file: !194, line: 89, type: !276, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !283)
!283 = !{!281}
!284 = !DILocation(line: 89, column: 21, scope: !282, inlinedAt: !285)
!285 = !DILocation(line: 190, column: 73, scope: !241)
!286 = !DILocation(line: 185, column: 43, scope: !193)
!287 = !DILocation(line: 190, column: 21, scope: !243)
!288 = !DILocalVariable(name: "ptr", arg: 1, scope: !289, file: !290, line: 269, type: !244)
!289 = distinct !DISubprogram(name: "new<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3new17h930ab8185a304504E", scope: !247, file: !290, line: 269, type: !291, scopeLine: 269, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !307, retainedNodes: !308)
!290 = !DIFile(filename: "library/core/src/ptr/non_null.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e5222a5160165ba1cd09076ad7a11733")
!291 = !DISubroutineType(types: !292)
!292 = !{!293, !244}
!293 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<core::ptr::non_null::NonNull<u8>>", scope: !294, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !295, templateParams: !35, identifier: "1c2f5ede12c5cc8dc3cb6d5149cdb63d")
!294 = !DINamespace(name: "option", scope: !25)
!295 = !{!296}
!296 = !DICompositeType(tag: DW_TAG_variant_part, scope: !293, file: !8, size: 64, align: 64, elements: !297, templateParams: !35, identifier: "4f2088bb8646394c7dfe10324c704100", discriminator: !306)
!297 = !{!298, !302}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !296, file: !8, baseType: !299, size: 64, align: 64, extraData: i64 0)
!299 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !293, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !35, templateParams: !300, identifier: "dad5724574518fd4604ed98c22fc07a9")
!300 = !{!301}
!301 = !DITemplateTypeParameter(name: "T", type: !247)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !296, file: !8, baseType: !303, size: 64, align: 64)
!303 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !293, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !304, templateParams: !300, identifier: "9697c4c24786271790f6148692230b16")
!304 = !{!305}
!305 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !303, file: !8, baseType: !247, size: 64, align: 64, flags: DIFlagPublic)
!306 = !DIDerivedType(tag: DW_TAG_member, scope: !293, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!307 = !DISubprogram(name: "new<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$3new17h930ab8185a304504E", scope: !247, file: !290, line: 269, type: !291, scopeLine: 269, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!308 = !{!288}
!309 = !DILocation(line: 269, column: 22, scope: !289, inlinedAt: !310)
!310 = !DILocation(line: 191, column: 27, scope: !243)
!311 = !DILocalVariable(name: "self", arg: 1, scope: !312, file: !313, line: 22, type: !244)
!312 = distinct !DISubprogram(name: "is_null<u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$7is_null17h91b6cb195e3ec1d5E", scope: !314, file: !313, line: 22, type: !316, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !318)
!313 = !DIFile(filename: "library/core/src/ptr/mut_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7c03c8e0ae695174f7f10881dc49d2cb")
!314 = !DINamespace(name: "{impl#0}", scope: !315)
!315 = !DINamespace(name: "mut_ptr", scope: !114)
!316 = !DISubroutineType(types: !317)
!317 = !{!4, !244}
!318 = !{!311}
!319 = !DILocation(line: 22, column: 26, scope: !312, inlinedAt: !320)
!320 = !DILocation(line: 270, column: 17, scope: !289, inlinedAt: !310)
!321 = !DILocalVariable(name: "ptr", arg: 1, scope: !322, file: !290, line: 233, type: !244)
!322 = distinct !DISubprogram(name: "new_unchecked<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17h0f93a0f15876fe64E", scope: !247, file: !290, line: 233, type: !323, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !348, retainedNodes: !349)
!323 = !DISubroutineType(types: !324)
!324 = !{!247, !244, !325}
!325 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !326, size: 64, align: 64, dwarfAddressSpace: 0)
!326 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !327, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !329, templateParams: !35, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!327 = !DINamespace(name: "location", scope: !328)
!328 = !DINamespace(name: "panic", scope: !25)
!329 = !{!330, !338, !339, !340}
!330 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !326, file: !8, baseType: !331, size: 128, align: 64, flags: DIFlagPrivate)
!331 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !210, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !332, templateParams: !47, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!332 = !{!333}
!333 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !331, file: !8, baseType: !334, size: 128, align: 64, flags: DIFlagPrivate)
!334 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !8, size: 128, align: 64, elements: !335, templateParams: !35, identifier: "238a44609877474087c05adf26cd41fa")
!335 = !{!336, !337}
!336 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !334, file: !8, baseType: !216, size: 64, align: 64)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !334, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !326, file: !8, baseType: !32, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!339 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !326, file: !8, baseType: !32, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!340 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !326, file: !8, baseType: !341, align: 8, offset: 192, flags: DIFlagPrivate)
!341 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !342, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!342 = !{!343}
!343 = !DITemplateTypeParameter(name: "T", type: !344)
!344 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !8, size: 128, align: 64, elements: !345, templateParams: !35, identifier: "9277eecd40495f85161460476aacc992")
!345 = !{!346, !347}
!346 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !344, file: !8, baseType: !216, size: 64, align: 64)
!347 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !344, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!348 = !DISubprogram(name: "new_unchecked<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17h0f93a0f15876fe64E", scope: !247, file: !290, line: 233, type: !323, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!349 = !{!321}
!350 = !DILocation(line: 233, column: 39, scope: !322, inlinedAt: !351)
!351 = !DILocation(line: 272, column: 27, scope: !289, inlinedAt: !310)
!352 = !DILocalVariable(name: "self", arg: 1, scope: !353, file: !354, line: 2172, type: !376)
!353 = distinct !DISubprogram(name: "branch<core::ptr::non_null::NonNull<u8>, core::alloc::AllocError>", linkageName: "_ZN79_$LT$core..result..Result$LT$T$C$E$GT$$u20$as$u20$core..ops..try_trait..Try$GT$6branch17h8b2c13c19c12159dE", scope: !355, file: !354, line: 2172, type: !356, scopeLine: 2172, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !384, retainedNodes: !390)
!354 = !DIFile(filename: "library/core/src/result.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "7ebc974a4b69a504d7e902d792c422dd")
!355 = !DINamespace(name: "{impl#27}", scope: !201)
!356 = !DISubroutineType(types: !357)
!357 = !{!358, !376}
!358 = !DICompositeType(tag: DW_TAG_structure_type, name: "ControlFlow<core::result::Result<core::convert::Infallible, core::alloc::AllocError>, core::ptr::non_null::NonNull<u8>>", scope: !359, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !361, templateParams: !35, identifier: "aa606b96d421fa5c92e58946891d4a5d")
!359 = !DINamespace(name: "control_flow", scope: !360)
!360 = !DINamespace(name: "ops", scope: !25)
!361 = !{!362}
!362 = !DICompositeType(tag: DW_TAG_variant_part, scope: !358, file: !8, size: 64, align: 64, elements: !363, templateParams: !35, identifier: "4cdcaacbb9f17f589405f0c31bc6d4a2", discriminator: !375)
!363 = !{!364, !371}
!364 = !DIDerivedType(tag: DW_TAG_member, name: "Continue", scope: !362, file: !8, baseType: !365, size: 64, align: 64)
!365 = !DICompositeType(tag: DW_TAG_structure_type, name: "Continue", scope: !358, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !366, templateParams: !368, identifier: "8b89e262f18fd2091a95b2d2322864ac")
!366 = !{!367}
!367 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !365, file: !8, baseType: !247, size: 64, align: 64, flags: DIFlagPublic)
!368 = !{!369, !370}
!369 = !DITemplateTypeParameter(name: "B", type: !253)
!370 = !DITemplateTypeParameter(name: "C", type: !247)
!371 = !DIDerivedType(tag: DW_TAG_member, name: "Break", scope: !362, file: !8, baseType: !372, size: 64, align: 64, extraData: i64 0)
!372 = !DICompositeType(tag: DW_TAG_structure_type, name: "Break", scope: !358, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !373, templateParams: !368, identifier: "f6f3f17bfd2b71f774d5e723f84f9670")
!373 = !{!374}
!374 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !372, file: !8, baseType: !253, align: 8, flags: DIFlagPublic)
!375 = !DIDerivedType(tag: DW_TAG_member, scope: !358, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!376 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::ptr::non_null::NonNull<u8>, core::alloc::AllocError>", scope: !201, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !377, templateParams: !35, identifier: "785fa7e4032bf6c831384fb47333c1cd")
!377 = !{!378}
!378 = !DICompositeType(tag: DW_TAG_variant_part, scope: !376, file: !8, size: 64, align: 64, elements: !379, templateParams: !35, identifier: "ba6de07dd9f41ce17341df7967fb54f6", discriminator: !389)
!379 = !{!380, !385}
!380 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !378, file: !8, baseType: !381, size: 64, align: 64)
!381 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !376, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !382, templateParams: !384, identifier: "796121e357aea3ae31479ed1493b2533")
!382 = !{!383}
!383 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !381, file: !8, baseType: !247, size: 64, align: 64, flags: DIFlagPublic)
!384 = !{!301, !220}
!385 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !378, file: !8, baseType: !386, size: 64, align: 64, extraData: i64 0)
!386 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !376, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !387, templateParams: !384, identifier: "5b6246b1d1d9328a14a39a070826cbaf")
!387 = !{!388}
!388 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !386, file: !8, baseType: !221, align: 8, flags: DIFlagPublic)
!389 = !DIDerivedType(tag: DW_TAG_member, scope: !376, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!390 = !{!352, !391, !393}
!391 = !DILocalVariable(name: "v", scope: !392, file: !354, line: 2174, type: !247, align: 64)
!392 = distinct !DILexicalBlock(scope: !353, file: !354, line: 2174, column: 13)
!393 = !DILocalVariable(name: "e", scope: !394, file: !354, line: 2175, type: !221, align: 8)
!394 = distinct !DILexicalBlock(scope: !353, file: !354, line: 2175, column: 13)
!395 = !DILocation(line: 2172, column: 15, scope: !353, inlinedAt: !396)
!396 = !DILocation(line: 191, column: 27, scope: !397)
!397 = !DILexicalBlockFile(scope: !243, file: !194, discriminator: 2)
!398 = !DILocalVariable(name: "self", arg: 1, scope: !399, file: !400, line: 1337, type: !293)
!399 = distinct !DISubprogram(name: "ok_or<core::ptr::non_null::NonNull<u8>, core::alloc::AllocError>", linkageName: "_ZN4core6option15Option$LT$T$GT$5ok_or17h0422e89d5fb2c77fE", scope: !293, file: !400, line: 1337, type: !401, scopeLine: 1337, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !384, declaration: !403, retainedNodes: !404)
!400 = !DIFile(filename: "library/core/src/option.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "3f12dd837a95e960b90752f70f5ddc0e")
!401 = !DISubroutineType(types: !402)
!402 = !{!376, !293, !221}
!403 = !DISubprogram(name: "ok_or<core::ptr::non_null::NonNull<u8>, core::alloc::AllocError>", linkageName: "_ZN4core6option15Option$LT$T$GT$5ok_or17h0422e89d5fb2c77fE", scope: !293, file: !400, line: 1337, type: !401, scopeLine: 1337, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !384)
!404 = !{!398, !405, !406}
!405 = !DILocalVariable(name: "err", scope: !399, file: !400, line: 1337, type: !221, align: 8)
!406 = !DILocalVariable(name: "v", scope: !407, file: !400, line: 1339, type: !247, align: 64)
!407 = distinct !DILexicalBlock(scope: !399, file: !400, line: 1339, column: 13)
!408 = !DILocation(line: 1337, column: 45, scope: !399, inlinedAt: !409)
!409 = !DILocation(line: 191, column: 49, scope: !243)
!410 = !DILocation(line: 191, column: 66, scope: !252)
!411 = !DILocation(line: 1448, column: 57, scope: !412, inlinedAt: !420)
!412 = distinct !DISubprogram(name: "slice_from_raw_parts<u8>", linkageName: "_ZN4core3ptr8non_null26NonNull$LT$$u5b$T$u5d$$GT$20slice_from_raw_parts17hd6d4b19b3f0353e1E", scope: !209, file: !290, line: 1448, type: !413, scopeLine: 1448, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !415, retainedNodes: !416)
!413 = !DISubroutineType(types: !414)
!414 = !{!209, !247, !99}
!415 = !DISubprogram(name: "slice_from_raw_parts<u8>", linkageName: "_ZN4core3ptr8non_null26NonNull$LT$$u5b$T$u5d$$GT$20slice_from_raw_parts17hd6d4b19b3f0353e1E", scope: !209, file: !290, line: 1448, type: !413, scopeLine: 1448, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!416 = !{!417, !418, !419}
!417 = !DILocalVariable(name: "data", arg: 1, scope: !412, file: !290, line: 1448, type: !247)
!418 = !DILocalVariable(name: "len", scope: !412, file: !290, line: 1448, type: !99, align: 64)
!419 = !DILocalVariable(name: "len", arg: 2, scope: !412, file: !290, line: 1448, type: !99)
!420 = !DILocation(line: 187, column: 21, scope: !193)
!421 = !DILocation(line: 1220, column: 56, scope: !422, inlinedAt: !434)
!422 = distinct !DISubprogram(name: "slice_from_raw_parts_mut<u8>", linkageName: "_ZN4core3ptr24slice_from_raw_parts_mut17h689624374ffc28ebE", scope: !114, file: !423, line: 1220, type: !424, scopeLine: 1220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !430)
!423 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!424 = !DISubroutineType(types: !425)
!425 = !{!426, !244, !99}
!426 = !DICompositeType(tag: DW_TAG_structure_type, name: "*mut [u8]", file: !8, size: 128, align: 64, elements: !427, templateParams: !35, identifier: "eb80752d8dc9079cf56e9f0de61d8d5f")
!427 = !{!428, !429}
!428 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !426, file: !8, baseType: !216, size: 64, align: 64)
!429 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !426, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!430 = !{!431, !432, !433}
!431 = !DILocalVariable(name: "data", arg: 1, scope: !422, file: !423, line: 1220, type: !244)
!432 = !DILocalVariable(name: "len", scope: !422, file: !423, line: 1220, type: !99, align: 64)
!433 = !DILocalVariable(name: "len", arg: 2, scope: !422, file: !423, line: 1220, type: !99)
!434 = !DILocation(line: 1450, column: 38, scope: !412, inlinedAt: !420)
!435 = !DILocation(line: 1337, column: 51, scope: !399, inlinedAt: !409)
!436 = !DILocation(line: 2175, column: 17, scope: !394, inlinedAt: !396)
!437 = !DILocalVariable(name: "residual", scope: !438, file: !354, line: 2187, type: !253, align: 8)
!438 = distinct !DISubprogram(name: "from_residual<core::ptr::non_null::NonNull<[u8]>, core::alloc::AllocError, core::alloc::AllocError>", linkageName: "_ZN153_$LT$core..result..Result$LT$T$C$F$GT$$u20$as$u20$core..ops..try_trait..FromResidual$LT$core..result..Result$LT$core..convert..Infallible$C$E$GT$$GT$$GT$13from_residual17h2816bb4ba274eaecE", scope: !439, file: !354, line: 2187, type: !440, scopeLine: 2187, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !445, retainedNodes: !442)
!439 = !DINamespace(name: "{impl#28}", scope: !201)
!440 = !DISubroutineType(types: !441)
!441 = !{!200, !253, !325}
!442 = !{!437, !443}
!443 = !DILocalVariable(name: "e", scope: !444, file: !354, line: 2189, type: !221, align: 8)
!444 = distinct !DILexicalBlock(scope: !438, file: !354, line: 2189, column: 13)
!445 = !{!219, !220, !446}
!446 = !DITemplateTypeParameter(name: "F", type: !221)
!447 = !DILocation(line: 2187, column: 22, scope: !438, inlinedAt: !448)
!448 = !DILocation(line: 191, column: 27, scope: !449)
!449 = !DILexicalBlockFile(scope: !252, file: !194, discriminator: 4)
!450 = !DILocation(line: 2189, column: 17, scope: !444, inlinedAt: !448)
!451 = !DILocalVariable(name: "t", scope: !452, file: !453, line: 788, type: !221, align: 8)
!452 = distinct !DISubprogram(name: "from<core::alloc::AllocError>", linkageName: "_ZN50_$LT$T$u20$as$u20$core..convert..From$LT$T$GT$$GT$4from17h3440a2a8a56eb589E", scope: !454, file: !453, line: 788, type: !455, scopeLine: 788, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !458, retainedNodes: !457)
!453 = !DIFile(filename: "library/core/src/convert/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "895b07ad419949eb0829369911de237b")
!454 = !DINamespace(name: "{impl#4}", scope: !262)
!455 = !DISubroutineType(types: !456)
!456 = !{null, !221}
!457 = !{!451}
!458 = !{!459}
!459 = !DITemplateTypeParameter(name: "T", type: !221)
!460 = !DILocation(line: 788, column: 13, scope: !452, inlinedAt: !461)
!461 = !DILocation(line: 2189, column: 27, scope: !444, inlinedAt: !448)
!462 = !DILocalVariable(name: "self", arg: 1, scope: !463, file: !464, line: 175, type: !467)
!463 = distinct !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !228, file: !464, line: 175, type: !465, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !468, retainedNodes: !469)
!464 = !DIFile(filename: "library/core/src/alloc/layout.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "742dc9b469eb35aa4fa4088d8f093c03")
!465 = !DISubroutineType(types: !466)
!466 = !{!99, !467}
!467 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::alloc::layout::Layout", baseType: !228, size: 64, align: 64, dwarfAddressSpace: 0)
!468 = !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !228, file: !464, line: 175, type: !465, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!469 = !{!462}
!470 = !DILocation(line: 175, column: 23, scope: !463, inlinedAt: !471)
!471 = !DILocation(line: 186, column: 22, scope: !193)
!472 = !DILocation(line: 176, column: 9, scope: !463, inlinedAt: !471)
!473 = !DILocation(line: 189, column: 13, scope: !241)
!474 = !DILocation(line: 1448, column: 57, scope: !412, inlinedAt: !475)
!475 = !DILocation(line: 192, column: 20, scope: !246)
!476 = !DILocation(line: 1220, column: 56, scope: !422, inlinedAt: !477)
!477 = !DILocation(line: 1450, column: 38, scope: !478, inlinedAt: !475)
!478 = !DILexicalBlockFile(scope: !412, file: !290, discriminator: 2)
!479 = !DILocation(line: 186, column: 9, scope: !193)
!480 = !DILocalVariable(name: "self", arg: 1, scope: !481, file: !464, line: 270, type: !467)
!481 = distinct !DISubprogram(name: "dangling_ptr", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout12dangling_ptr", scope: !228, file: !464, line: 270, type: !482, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !484, retainedNodes: !485)
!482 = !DISubroutineType(types: !483)
!483 = !{!247, !467}
!484 = !DISubprogram(name: "dangling_ptr", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout12dangling_ptr", scope: !228, file: !464, line: 270, type: !482, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!485 = !{!480}
!486 = !DILocation(line: 270, column: 31, scope: !481, inlinedAt: !487)
!487 = !DILocation(line: 187, column: 58, scope: !193)
!488 = !DILocation(line: 104, column: 18, scope: !489, inlinedAt: !504)
!489 = distinct !DISubprogram(name: "without_provenance<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$18without_provenance17h8d4552917c5e0acfE", scope: !247, file: !290, line: 102, type: !490, scopeLine: 102, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !503)
!490 = !DISubroutineType(types: !491)
!491 = !{!247, !492}
!492 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZero<usize>", scope: !493, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !495, templateParams: !501, identifier: "44b3255484829a0f48397ba71910d976")
!493 = !DINamespace(name: "nonzero", scope: !494)
!494 = !DINamespace(name: "num", scope: !25)
!495 = !{!496}
!496 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !492, file: !8, baseType: !497, size: 64, align: 64, flags: DIFlagPrivate)
!497 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonZeroUsizeInner", scope: !498, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !499, templateParams: !35, identifier: "3fd2e83a31e4fa746278d8fcd4d42ef")
!498 = !DINamespace(name: "niche_types", scope: !494)
!499 = !{!500}
!500 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !497, file: !8, baseType: !99, size: 64, align: 64, flags: DIFlagPrivate)
!501 = !{!502}
!502 = !DITemplateTypeParameter(name: "T", type: !99)
!503 = !DISubprogram(name: "without_provenance<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$18without_provenance17h8d4552917c5e0acfE", scope: !247, file: !290, line: 102, type: !490, scopeLine: 102, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!504 = !DILocation(line: 271, column: 9, scope: !481, inlinedAt: !487)
!505 = !DILocation(line: 1448, column: 39, scope: !412, inlinedAt: !420)
!506 = !DILocalVariable(name: "self", arg: 1, scope: !507, file: !290, line: 401, type: !247)
!507 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hb68701d92900abddE", scope: !247, file: !290, line: 401, type: !508, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !510, retainedNodes: !511)
!508 = !DISubroutineType(types: !509)
!509 = !{!244, !247}
!510 = !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hb68701d92900abddE", scope: !247, file: !290, line: 401, type: !508, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!511 = !{!506}
!512 = !DILocation(line: 401, column: 25, scope: !507, inlinedAt: !513)
!513 = !DILocation(line: 1450, column: 75, scope: !412, inlinedAt: !420)
!514 = !DILocation(line: 407, column: 18, scope: !507, inlinedAt: !513)
!515 = !DILocation(line: 1220, column: 42, scope: !422, inlinedAt: !434)
!516 = !DILocation(line: 133, column: 5, scope: !517, inlinedAt: !522)
!517 = distinct !DISubprogram(name: "from_raw_parts_mut<[u8], u8>", linkageName: "_ZN4core3ptr8metadata18from_raw_parts_mut17h85a451554ade5b50E", scope: !519, file: !518, line: 129, type: !424, scopeLine: 129, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !520)
!518 = !DIFile(filename: "library/core/src/ptr/metadata.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c85ba1a096992da0f69a2c5ff0eac593")
!519 = !DINamespace(name: "metadata", scope: !114)
!520 = !{!48, !521}
!521 = !DITemplateTypeParameter(name: "impl Thin", type: !46)
!522 = !DILocation(line: 1221, column: 5, scope: !422, inlinedAt: !434)
!523 = !DILocalVariable(name: "ptr", arg: 1, scope: !524, file: !290, line: 233, type: !426)
!524 = distinct !DISubprogram(name: "new_unchecked<[u8]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17hc3dd79ad468ca378E", scope: !209, file: !290, line: 233, type: !525, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !527, retainedNodes: !528)
!525 = !DISubroutineType(types: !526)
!526 = !{!209, !426, !325}
!527 = !DISubprogram(name: "new_unchecked<[u8]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17hc3dd79ad468ca378E", scope: !209, file: !290, line: 233, type: !525, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!528 = !{!523}
!529 = !DILocation(line: 233, column: 39, scope: !524, inlinedAt: !530)
!530 = !DILocation(line: 1450, column: 18, scope: !412, inlinedAt: !420)
!531 = !DILocation(line: 77, column: 35, scope: !532, inlinedAt: !530)
!532 = !DILexicalBlockFile(scope: !524, file: !533, discriminator: 0)
!533 = !DIFile(filename: "library/core/src/ub_checks.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8a26eb599fa825194a3e796d4688d4db")
!534 = !DILocation(line: 190, column: 34, scope: !241)
!535 = !DILocation(line: 241, column: 13, scope: !524, inlinedAt: !530)
!536 = !DILocation(line: 187, column: 18, scope: !193)
!537 = !DILocation(line: 187, column: 76, scope: !193)
!538 = !DILocation(line: 195, column: 6, scope: !193)
!539 = !DILocation(line: 93, column: 9, scope: !282, inlinedAt: !285)
!540 = !DILocation(line: 175, column: 23, scope: !463, inlinedAt: !541)
!541 = !DILocation(line: 95, column: 29, scope: !282, inlinedAt: !285)
!542 = !DILocalVariable(name: "self", arg: 1, scope: !543, file: !464, line: 197, type: !467)
!543 = distinct !DISubprogram(name: "alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout9alignment", scope: !228, file: !464, line: 197, type: !544, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !546, retainedNodes: !547)
!544 = !DISubroutineType(types: !545)
!545 = !{!233, !467}
!546 = !DISubprogram(name: "alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout9alignment", scope: !228, file: !464, line: 197, type: !544, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!547 = !{!542}
!548 = !DILocation(line: 197, column: 28, scope: !543, inlinedAt: !549)
!549 = !DILocation(line: 95, column: 44, scope: !282, inlinedAt: !285)
!550 = !DILocation(line: 95, column: 9, scope: !282, inlinedAt: !285)
!551 = !DILocation(line: 190, column: 31, scope: !241)
!552 = !DILocation(line: 176, column: 9, scope: !275, inlinedAt: !280)
!553 = !DILocation(line: 175, column: 23, scope: !463, inlinedAt: !554)
!554 = !DILocation(line: 178, column: 36, scope: !275, inlinedAt: !280)
!555 = !DILocation(line: 197, column: 28, scope: !543, inlinedAt: !556)
!556 = !DILocation(line: 178, column: 51, scope: !275, inlinedAt: !280)
!557 = !DILocation(line: 178, column: 9, scope: !275, inlinedAt: !280)
!558 = !DILocation(line: 159, column: 18, scope: !559, inlinedAt: !565)
!559 = distinct !DISubprogram(name: "addr<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4addr17ha391e3a53d44aa26E", scope: !561, file: !560, line: 153, type: !563, scopeLine: 153, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47)
!560 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!561 = !DINamespace(name: "{impl#0}", scope: !562)
!562 = !DINamespace(name: "const_ptr", scope: !114)
!563 = !DISubroutineType(types: !564)
!564 = !{!99, !250}
!565 = !DILocation(line: 38, column: 21, scope: !566, inlinedAt: !572)
!566 = !DILexicalBlockFile(scope: !567, file: !560, discriminator: 0)
!567 = distinct !DISubprogram(name: "runtime", linkageName: "_RNvNvMNtNtCsgEmfK2I1SDS_4core3ptr9const_ptrPp7is_null7runtime", scope: !569, file: !568, line: 2434, type: !570, scopeLine: 2434, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!568 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!569 = !DINamespace(name: "is_null", scope: !561)
!570 = !DISubroutineType(types: !571)
!571 = !{!4, !250}
!572 = !DILocation(line: 2447, column: 9, scope: !573, inlinedAt: !576)
!573 = !DILexicalBlockFile(scope: !574, file: !568, discriminator: 2)
!574 = !DILexicalBlockFile(scope: !575, file: !568, discriminator: 0)
!575 = distinct !DISubprogram(name: "is_null<u8>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$7is_null17hfa7e40820e63fafeE", scope: !561, file: !560, line: 22, type: !570, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47)
!576 = !DILocation(line: 23, column: 27, scope: !312, inlinedAt: !320)
!577 = !DILocation(line: 270, column: 13, scope: !289, inlinedAt: !310)
!578 = !DILocation(line: 274, column: 13, scope: !289, inlinedAt: !310)
!579 = !DILocation(line: 1340, column: 21, scope: !399, inlinedAt: !409)
!580 = !DILocation(line: 191, column: 65, scope: !243)
!581 = !DILocation(line: 191, column: 66, scope: !243)
!582 = !DILocation(line: 2188, column: 9, scope: !438, inlinedAt: !448)
!583 = !DILocation(line: 2189, column: 23, scope: !444, inlinedAt: !448)
!584 = !DILocation(line: 191, column: 67, scope: !243)
!585 = !DILocation(line: 77, column: 35, scope: !586, inlinedAt: !351)
!586 = !DILexicalBlockFile(scope: !322, file: !533, discriminator: 0)
!587 = !DILocation(line: 241, column: 13, scope: !322, inlinedAt: !351)
!588 = !DILocation(line: 272, column: 13, scope: !289, inlinedAt: !310)
!589 = !DILocation(line: 1339, column: 18, scope: !399, inlinedAt: !409)
!590 = !DILocation(line: 1339, column: 18, scope: !407, inlinedAt: !409)
!591 = !DILocation(line: 1339, column: 24, scope: !407, inlinedAt: !409)
!592 = !DILocation(line: 2174, column: 16, scope: !353, inlinedAt: !396)
!593 = !DILocation(line: 2174, column: 16, scope: !392, inlinedAt: !396)
!594 = !DILocation(line: 2174, column: 22, scope: !392, inlinedAt: !396)
!595 = !DILocation(line: 191, column: 21, scope: !246)
!596 = !DILocation(line: 191, column: 27, scope: !272)
!597 = !DILocation(line: 1448, column: 39, scope: !412, inlinedAt: !475)
!598 = !DILocation(line: 401, column: 25, scope: !507, inlinedAt: !599)
!599 = !DILocation(line: 1450, column: 75, scope: !478, inlinedAt: !475)
!600 = !DILocation(line: 407, column: 18, scope: !507, inlinedAt: !599)
!601 = !DILocation(line: 1220, column: 42, scope: !422, inlinedAt: !477)
!602 = !DILocation(line: 133, column: 5, scope: !517, inlinedAt: !603)
!603 = !DILocation(line: 1221, column: 5, scope: !604, inlinedAt: !477)
!604 = !DILexicalBlockFile(scope: !422, file: !423, discriminator: 2)
!605 = !DILocation(line: 233, column: 39, scope: !524, inlinedAt: !606)
!606 = !DILocation(line: 1450, column: 18, scope: !478, inlinedAt: !475)
!607 = !DILocation(line: 77, column: 35, scope: !532, inlinedAt: !606)
!608 = !DILocation(line: 241, column: 13, scope: !524, inlinedAt: !606)
!609 = !DILocation(line: 192, column: 17, scope: !246)
!610 = !DILocation(line: 193, column: 13, scope: !193)
!611 = distinct !DISubprogram(name: "box_new_uninit", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit", scope: !613, file: !612, line: 247, type: !276, scopeLine: 247, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !614)
!612 = !DIFile(filename: "library/alloc/src/boxed.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c2c961396e00891ae9e97f5dc112a35a")
!613 = !DINamespace(name: "boxed", scope: !197)
!614 = !{!615, !616}
!615 = !DILocalVariable(name: "layout", arg: 1, scope: !611, file: !612, line: 247, type: !228)
!616 = !DILocalVariable(name: "ptr", scope: !617, file: !612, line: 249, type: !209, align: 64)
!617 = distinct !DILexicalBlock(scope: !611, file: !612, line: 249, column: 9)
!618 = !DILocation(line: 247, column: 19, scope: !611)
!619 = !DILocalVariable(name: "layout", arg: 2, scope: !620, file: !194, line: 428, type: !228)
!620 = distinct !DISubprogram(name: "allocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate", scope: !621, file: !194, line: 428, type: !622, scopeLine: 428, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !625)
!621 = !DINamespace(name: "{impl#1}", scope: !196)
!622 = !DISubroutineType(types: !623)
!623 = !{!200, !624, !228}
!624 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::alloc::Global", baseType: !195, size: 64, align: 64, dwarfAddressSpace: 0)
!625 = !{!626, !619}
!626 = !DILocalVariable(name: "self", scope: !620, file: !194, line: 428, type: !624, align: 64)
!627 = !DILocation(line: 428, column: 24, scope: !620, inlinedAt: !628)
!628 = !DILocation(line: 248, column: 18, scope: !611)
!629 = !DILocalVariable(name: "layout", arg: 2, scope: !630, file: !194, line: 311, type: !228)
!630 = distinct !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !195, file: !194, line: 311, type: !631, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !633, retainedNodes: !634)
!631 = !DISubroutineType(types: !632)
!632 = !{!200, !624, !228, !4}
!633 = !DISubprogram(name: "alloc_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global10alloc_impl", scope: !195, file: !194, line: 311, type: !631, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!634 = !{!635, !629, !636}
!635 = !DILocalVariable(name: "self", scope: !630, file: !194, line: 311, type: !624, align: 64)
!636 = !DILocalVariable(name: "zeroed", scope: !630, file: !194, line: 311, type: !4, align: 8)
!637 = !DILocation(line: 311, column: 32, scope: !630, inlinedAt: !638)
!638 = !DILocation(line: 429, column: 14, scope: !620, inlinedAt: !628)
!639 = !DILocation(line: 428, column: 17, scope: !620, inlinedAt: !628)
!640 = !DILocation(line: 311, column: 25, scope: !630, inlinedAt: !638)
!641 = !DILocation(line: 311, column: 48, scope: !630, inlinedAt: !638)
!642 = !DILocation(line: 248, column: 11, scope: !611)
!643 = !DILocation(line: 312, column: 9, scope: !630, inlinedAt: !638)
!644 = !DILocation(line: 248, column: 5, scope: !611)
!645 = !DILocation(line: 250, column: 19, scope: !611)
!646 = !DILocation(line: 249, column: 12, scope: !611)
!647 = !DILocation(line: 249, column: 12, scope: !617)
!648 = !DILocalVariable(name: "self", arg: 1, scope: !649, file: !290, line: 1527, type: !209)
!649 = distinct !DISubprogram(name: "as_mut_ptr<u8>", linkageName: "_ZN4core3ptr8non_null26NonNull$LT$$u5b$T$u5d$$GT$10as_mut_ptr17hc99693b1416edb59E", scope: !209, file: !290, line: 1527, type: !650, scopeLine: 1527, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !652, retainedNodes: !653)
!650 = !DISubroutineType(types: !651)
!651 = !{!244, !209}
!652 = !DISubprogram(name: "as_mut_ptr<u8>", linkageName: "_ZN4core3ptr8non_null26NonNull$LT$$u5b$T$u5d$$GT$10as_mut_ptr17hc99693b1416edb59E", scope: !209, file: !290, line: 1527, type: !650, scopeLine: 1527, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!653 = !{!648}
!654 = !DILocation(line: 1527, column: 29, scope: !649, inlinedAt: !655)
!655 = !DILocation(line: 249, column: 24, scope: !617)
!656 = !DILocation(line: 407, column: 18, scope: !657, inlinedAt: !661)
!657 = distinct !DISubprogram(name: "as_ptr<[u8]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h8b4f43eb40ae99a6E", scope: !209, file: !290, line: 401, type: !658, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !660)
!658 = !DISubroutineType(types: !659)
!659 = !{!426, !209}
!660 = !DISubprogram(name: "as_ptr<[u8]>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17h8b4f43eb40ae99a6E", scope: !209, file: !290, line: 401, type: !658, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!661 = !DILocation(line: 504, column: 33, scope: !662, inlinedAt: !668)
!662 = distinct !DISubprogram(name: "cast<[u8], u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h726d5b6f1f1e5f6fE", scope: !209, file: !290, line: 502, type: !663, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !666, declaration: !665)
!663 = !DISubroutineType(types: !664)
!664 = !{!247, !209}
!665 = !DISubprogram(name: "cast<[u8], u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$4cast17h726d5b6f1f1e5f6fE", scope: !209, file: !290, line: 502, type: !663, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !666)
!666 = !{!48, !667}
!667 = !DITemplateTypeParameter(name: "U", type: !46)
!668 = !DILocation(line: 1509, column: 14, scope: !669, inlinedAt: !671)
!669 = distinct !DISubprogram(name: "as_non_null_ptr<u8>", linkageName: "_ZN4core3ptr8non_null26NonNull$LT$$u5b$T$u5d$$GT$15as_non_null_ptr17h996090445475b1a3E", scope: !209, file: !290, line: 1508, type: !663, scopeLine: 1508, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !670)
!670 = !DISubprogram(name: "as_non_null_ptr<u8>", linkageName: "_ZN4core3ptr8non_null26NonNull$LT$$u5b$T$u5d$$GT$15as_non_null_ptr17h996090445475b1a3E", scope: !209, file: !290, line: 1508, type: !663, scopeLine: 1508, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!671 = !DILocation(line: 1528, column: 14, scope: !649, inlinedAt: !655)
!672 = !DILocation(line: 504, column: 18, scope: !662, inlinedAt: !668)
!673 = !DILocation(line: 407, column: 18, scope: !674, inlinedAt: !675)
!674 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hb68701d92900abddE", scope: !247, file: !290, line: 401, type: !508, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !510)
!675 = !DILocation(line: 1528, column: 32, scope: !649, inlinedAt: !655)
!676 = !DILocation(line: 251, column: 5, scope: !611)
!677 = !DILocation(line: 252, column: 2, scope: !611)
!678 = distinct !DISubprogram(name: "drop", linkageName: "_RNvXsG_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRefNtNtNtB7_3ops4drop4Drop4drop", scope: !680, file: !679, line: 1584, type: !681, scopeLine: 1584, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !697)
!679 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!680 = !DINamespace(name: "{impl#44}", scope: !29)
!681 = !DISubroutineType(types: !682)
!682 = !{null, !683}
!683 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::cell::BorrowRef", baseType: !684, size: 64, align: 64, dwarfAddressSpace: 0)
!684 = !DICompositeType(tag: DW_TAG_structure_type, name: "BorrowRef", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPrivate, elements: !685, templateParams: !35, identifier: "5c67cb0c46371f1ce98ae124c62ccf22")
!685 = !{!686}
!686 = !DIDerivedType(tag: DW_TAG_member, name: "borrow", scope: !684, file: !8, baseType: !687, size: 64, align: 64, flags: DIFlagPrivate)
!687 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<isize>", baseType: !688, size: 64, align: 64, dwarfAddressSpace: 0)
!688 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<isize>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !689, templateParams: !695, identifier: "46c73408fa31de3fa9c394ab9bbb6b22")
!689 = !{!690}
!690 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !688, file: !8, baseType: !691, size: 64, align: 64, flags: DIFlagPrivate)
!691 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<isize>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !692, templateParams: !695, identifier: "be40bb947038fdf3aed7449e86446835")
!692 = !{!693}
!693 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !691, file: !8, baseType: !694, size: 64, align: 64, flags: DIFlagPrivate)
!694 = !DIBasicType(name: "isize", size: 64, encoding: DW_ATE_signed)
!695 = !{!696}
!696 = !DITemplateTypeParameter(name: "T", type: !694)
!697 = !{!698}
!698 = !DILocalVariable(name: "self", arg: 1, scope: !678, file: !679, line: 1584, type: !683)
!699 = !DILocation(line: 1584, column: 13, scope: !678)
!700 = !DILocation(line: 1585, column: 22, scope: !678)
!701 = !{i64 8}
!702 = !DILocation(line: 555, column: 18, scope: !703, inlinedAt: !707)
!703 = distinct !DISubprogram(name: "get<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hb785421dcf9889b6E", scope: !688, file: !679, line: 552, type: !704, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !695, declaration: !706)
!704 = !DISubroutineType(types: !705)
!705 = !{!694, !687}
!706 = !DISubprogram(name: "get<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hb785421dcf9889b6E", scope: !688, file: !679, line: 552, type: !704, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !695)
!707 = !DILocation(line: 1585, column: 34, scope: !678)
!708 = !DILocation(line: 1587, column: 9, scope: !678)
!709 = !DILocation(line: 1587, column: 29, scope: !678)
!710 = !DILocation(line: 902, column: 49, scope: !711, inlinedAt: !716)
!711 = distinct !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core3mem7replace17h8c3a45fb6b326825E", scope: !77, file: !712, line: 887, type: !713, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !695)
!712 = !DIFile(filename: "library/core/src/mem/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "6bca88b164013e73def192dcdbc80502")
!713 = !DISubroutineType(types: !714)
!714 = !{!694, !715, !694}
!715 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut isize", baseType: !694, size: 64, align: 64, dwarfAddressSpace: 0)
!716 = !DILocation(line: 513, column: 9, scope: !717, inlinedAt: !721)
!717 = distinct !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h88a1cd12980fc456E", scope: !688, file: !679, line: 510, type: !718, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !695, declaration: !720)
!718 = !DISubroutineType(types: !719)
!719 = !{!694, !687, !694}
!720 = !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h88a1cd12980fc456E", scope: !688, file: !679, line: 510, type: !718, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !695)
!721 = !DILocation(line: 1587, column: 21, scope: !678)
!722 = !DILocation(line: 1588, column: 6, scope: !678)
!723 = distinct !DISubprogram(name: "deallocate", linkageName: "_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate", scope: !621, file: !194, line: 440, type: !724, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !726)
!724 = !DISubroutineType(types: !725)
!725 = !{null, !624, !247, !228}
!726 = !{!727, !728, !729}
!727 = !DILocalVariable(name: "self", arg: 1, scope: !723, file: !194, line: 440, type: !624)
!728 = !DILocalVariable(name: "ptr", arg: 2, scope: !723, file: !194, line: 440, type: !247)
!729 = !DILocalVariable(name: "layout", arg: 3, scope: !723, file: !194, line: 440, type: !228)
!730 = !DILocation(line: 440, column: 26, scope: !723)
!731 = !DILocalVariable(name: "self", arg: 1, scope: !732, file: !194, line: 323, type: !624)
!732 = distinct !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !195, file: !194, line: 323, type: !724, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !733, retainedNodes: !734)
!733 = !DISubprogram(name: "deallocate_impl", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global15deallocate_impl", scope: !195, file: !194, line: 323, type: !724, scopeLine: 323, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!734 = !{!731, !735, !736}
!735 = !DILocalVariable(name: "ptr", arg: 2, scope: !732, file: !194, line: 323, type: !247)
!736 = !DILocalVariable(name: "layout", arg: 3, scope: !732, file: !194, line: 323, type: !228)
!737 = !DILocation(line: 323, column: 37, scope: !732, inlinedAt: !738)
!738 = !DILocation(line: 442, column: 23, scope: !723)
!739 = !DILocation(line: 440, column: 33, scope: !723)
!740 = !DILocation(line: 323, column: 44, scope: !732, inlinedAt: !738)
!741 = !DILocalVariable(name: "ptr", arg: 1, scope: !742, file: !194, line: 199, type: !247)
!742 = distinct !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !195, file: !194, line: 199, type: !743, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !745, retainedNodes: !746)
!743 = !DISubroutineType(types: !744)
!744 = !{null, !247, !228}
!745 = !DISubprogram(name: "deallocate_impl_runtime", linkageName: "_RNvMNtCslNYArtu3iFV_5alloc5allocNtB2_6Global23deallocate_impl_runtime", scope: !195, file: !194, line: 199, type: !743, scopeLine: 199, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!746 = !{!741, !747}
!747 = !DILocalVariable(name: "layout", arg: 2, scope: !742, file: !194, line: 199, type: !228)
!748 = !DILocation(line: 199, column: 32, scope: !742, inlinedAt: !749)
!749 = !DILocation(line: 324, column: 9, scope: !732, inlinedAt: !738)
!750 = !DILocalVariable(name: "self", arg: 1, scope: !751, file: !290, line: 401, type: !247)
!751 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hb68701d92900abddE", scope: !247, file: !290, line: 401, type: !508, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !510, retainedNodes: !752)
!752 = !{!750}
!753 = !DILocation(line: 401, column: 25, scope: !751, inlinedAt: !754)
!754 = !DILocation(line: 209, column: 34, scope: !742, inlinedAt: !749)
!755 = !DILocation(line: 440, column: 51, scope: !723)
!756 = !DILocation(line: 323, column: 62, scope: !732, inlinedAt: !738)
!757 = !DILocation(line: 199, column: 50, scope: !742, inlinedAt: !749)
!758 = !DILocalVariable(name: "layout", arg: 2, scope: !759, file: !194, line: 114, type: !228)
!759 = distinct !DISubprogram(name: "dealloc", linkageName: "_RNvNtCslNYArtu3iFV_5alloc5alloc7dealloc", scope: !196, file: !194, line: 114, type: !760, scopeLine: 114, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !762)
!760 = !DISubroutineType(types: !761)
!761 = !{null, !244, !228}
!762 = !{!763, !758}
!763 = !DILocalVariable(name: "ptr", arg: 1, scope: !759, file: !194, line: 114, type: !244)
!764 = !DILocation(line: 114, column: 37, scope: !759, inlinedAt: !765)
!765 = !DILocation(line: 209, column: 22, scope: !742, inlinedAt: !749)
!766 = !DILocalVariable(name: "self", arg: 1, scope: !767, file: !464, line: 175, type: !467)
!767 = distinct !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !228, file: !464, line: 175, type: !465, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !468, retainedNodes: !768)
!768 = !{!766}
!769 = !DILocation(line: 175, column: 23, scope: !767, inlinedAt: !770)
!770 = !DILocation(line: 200, column: 19, scope: !742, inlinedAt: !749)
!771 = !DILocation(line: 200, column: 12, scope: !742, inlinedAt: !749)
!772 = !DILocation(line: 443, column: 6, scope: !723)
!773 = !DILocation(line: 407, column: 18, scope: !751, inlinedAt: !754)
!774 = !DILocation(line: 114, column: 23, scope: !759, inlinedAt: !765)
!775 = !DILocation(line: 175, column: 23, scope: !767, inlinedAt: !776)
!776 = !DILocation(line: 115, column: 41, scope: !759, inlinedAt: !765)
!777 = !DILocalVariable(name: "self", arg: 1, scope: !778, file: !464, line: 197, type: !467)
!778 = distinct !DISubprogram(name: "alignment", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout9alignment", scope: !228, file: !464, line: 197, type: !544, scopeLine: 197, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !546, retainedNodes: !779)
!779 = !{!777}
!780 = !DILocation(line: 197, column: 28, scope: !778, inlinedAt: !781)
!781 = !DILocation(line: 115, column: 56, scope: !759, inlinedAt: !765)
!782 = !DILocation(line: 115, column: 14, scope: !759, inlinedAt: !765)
!783 = !DILocation(line: 200, column: 9, scope: !742, inlinedAt: !749)
!784 = distinct !DISubprogram(name: "drop_in_place<sharing::Shared>", linkageName: "_ZN4core3ptr36drop_in_place$LT$sharing..Shared$GT$17hf73556dd3b65f71eE", scope: !114, file: !423, line: 805, type: !785, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !860, retainedNodes: !858)
!785 = !DISubroutineType(types: !786)
!786 = !{null, !787}
!787 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut sharing::Shared", baseType: !788, size: 64, align: 64, dwarfAddressSpace: 0)
!788 = !DICompositeType(tag: DW_TAG_structure_type, name: "Shared", scope: !2, file: !8, size: 512, align: 64, flags: DIFlagPublic, elements: !789, templateParams: !35, identifier: "553a60204111a4a74159ce4b6eef7ab3")
!789 = !{!790, !797, !835, !848}
!790 = !DIDerivedType(tag: DW_TAG_member, name: "hits", scope: !788, file: !8, baseType: !791, size: 64, align: 64, offset: 384, flags: DIFlagPublic)
!791 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicUsize", scope: !23, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !792, templateParams: !35, identifier: "4d473d2171783819ad804082894a3856")
!792 = !{!793}
!793 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !791, file: !8, baseType: !794, size: 64, align: 64, flags: DIFlagPrivate)
!794 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<usize>", scope: !29, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !795, templateParams: !501, identifier: "39a99da3e6158f476ae51abf051b55a8")
!795 = !{!796}
!796 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !794, file: !8, baseType: !99, size: 64, align: 64, flags: DIFlagPrivate)
!797 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !788, file: !8, baseType: !798, size: 256, align: 64, flags: DIFlagPublic)
!798 = !DICompositeType(tag: DW_TAG_structure_type, name: "Mutex<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !9, file: !8, size: 256, align: 64, flags: DIFlagPublic, elements: !799, templateParams: !833, identifier: "e089c189938796361eb96f26846f8dfc")
!799 = !{!800, !801, !802}
!800 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !798, file: !8, baseType: !15, size: 32, align: 32, flags: DIFlagPrivate)
!801 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !798, file: !8, baseType: !37, size: 8, align: 8, offset: 32, flags: DIFlagPrivate)
!802 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !798, file: !8, baseType: !803, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!803 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !29, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !804, templateParams: !833, identifier: "565979e978082fbe4565fdc0327ddf24")
!804 = !{!805}
!805 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !803, file: !8, baseType: !806, size: 192, align: 64, flags: DIFlagPrivate)
!806 = !DICompositeType(tag: DW_TAG_structure_type, name: "Vec<u8, alloc::alloc::Global>", scope: !807, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !808, templateParams: !831, identifier: "4743da188a3d7e8b8ad6d3218734496a")
!807 = !DINamespace(name: "vec", scope: !197)
!808 = !{!809, !832}
!809 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !806, file: !8, baseType: !810, size: 128, align: 64, flags: DIFlagPrivate)
!810 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVec<u8, alloc::alloc::Global>", scope: !811, file: !8, size: 128, align: 64, flags: DIFlagProtected, elements: !812, templateParams: !831, identifier: "1786a941d613205182510ae0fe838410")
!811 = !DINamespace(name: "raw_vec", scope: !197)
!812 = !{!813, !830}
!813 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !810, file: !8, baseType: !814, size: 128, align: 64, flags: DIFlagPrivate)
!814 = !DICompositeType(tag: DW_TAG_structure_type, name: "RawVecInner<alloc::alloc::Global>", scope: !811, file: !8, size: 128, align: 64, flags: DIFlagPrivate, elements: !815, templateParams: !828, identifier: "45ea25bc7f42e606fa74c731a5e7f80c")
!815 = !{!816, !823, !827}
!816 = !DIDerivedType(tag: DW_TAG_member, name: "ptr", scope: !814, file: !8, baseType: !817, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!817 = !DICompositeType(tag: DW_TAG_structure_type, name: "Unique<u8>", scope: !818, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !819, templateParams: !47, identifier: "3c59e741c9569c78cbe381fa3cbee4e5")
!818 = !DINamespace(name: "unique", scope: !114)
!819 = !{!820, !821}
!820 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !817, file: !8, baseType: !247, size: 64, align: 64, flags: DIFlagPrivate)
!821 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !817, file: !8, baseType: !822, align: 8, offset: 64, flags: DIFlagPrivate)
!822 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<u8>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !47, identifier: "15bae875c56c7c0f828edf19d836075e")
!823 = !DIDerivedType(tag: DW_TAG_member, name: "cap", scope: !814, file: !8, baseType: !824, size: 64, align: 64, flags: DIFlagPrivate)
!824 = !DICompositeType(tag: DW_TAG_structure_type, name: "UsizeNoHighBit", scope: !498, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !825, templateParams: !35, identifier: "cad7375c0c871c072d809328de25b44")
!825 = !{!826}
!826 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !824, file: !8, baseType: !99, size: 64, align: 64, flags: DIFlagPrivate)
!827 = !DIDerivedType(tag: DW_TAG_member, name: "alloc", scope: !814, file: !8, baseType: !195, align: 8, offset: 128, flags: DIFlagPrivate)
!828 = !{!829}
!829 = !DITemplateTypeParameter(name: "A", type: !195)
!830 = !DIDerivedType(tag: DW_TAG_member, name: "_marker", scope: !810, file: !8, baseType: !822, align: 8, offset: 128, flags: DIFlagPrivate)
!831 = !{!48, !829}
!832 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !806, file: !8, baseType: !99, size: 64, align: 64, offset: 128, flags: DIFlagPrivate)
!833 = !{!834}
!834 = !DITemplateTypeParameter(name: "T", type: !806)
!835 = !DIDerivedType(tag: DW_TAG_member, name: "rw", scope: !788, file: !8, baseType: !836, size: 128, align: 32, offset: 256, flags: DIFlagPublic)
!836 = !DICompositeType(tag: DW_TAG_structure_type, name: "RwLock<u32>", scope: !837, file: !8, size: 128, align: 32, flags: DIFlagPublic, elements: !838, templateParams: !33, identifier: "b94b6d63fadd8a03b959d9b1220bee3a")
!837 = !DINamespace(name: "rwlock", scope: !10)
!838 = !{!839, !846, !847}
!839 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !836, file: !8, baseType: !840, size: 64, align: 32, flags: DIFlagPrivate)
!840 = !DICompositeType(tag: DW_TAG_structure_type, name: "RwLock", scope: !841, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !843, templateParams: !35, identifier: "1d41e1fb41fd8cd2b0ea40ebe0a2b098")
!841 = !DINamespace(name: "futex", scope: !842)
!842 = !DINamespace(name: "rwlock", scope: !18)
!843 = !{!844, !845}
!844 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !840, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!845 = !DIDerivedType(tag: DW_TAG_member, name: "writer_notify", scope: !840, file: !8, baseType: !22, size: 32, align: 32, offset: 32, flags: DIFlagPrivate)
!846 = !DIDerivedType(tag: DW_TAG_member, name: "poison", scope: !836, file: !8, baseType: !37, size: 8, align: 8, offset: 64, flags: DIFlagPrivate)
!847 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !836, file: !8, baseType: !28, size: 32, align: 32, offset: 96, flags: DIFlagPrivate)
!848 = !DIDerivedType(tag: DW_TAG_member, name: "cv", scope: !788, file: !8, baseType: !849, size: 32, align: 32, offset: 448, flags: DIFlagPublic)
!849 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !850, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !851, templateParams: !35, identifier: "8ea232f427728da899edf0a41f050ccc")
!850 = !DINamespace(name: "condvar", scope: !10)
!851 = !{!852}
!852 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !849, file: !8, baseType: !853, size: 32, align: 32, flags: DIFlagPrivate)
!853 = !DICompositeType(tag: DW_TAG_structure_type, name: "Condvar", scope: !854, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !856, templateParams: !35, identifier: "7126af1b3f743adc8bb7816e9697da14")
!854 = !DINamespace(name: "futex", scope: !855)
!855 = !DINamespace(name: "condvar", scope: !18)
!856 = !{!857}
!857 = !DIDerivedType(tag: DW_TAG_member, name: "futex", scope: !853, file: !8, baseType: !22, size: 32, align: 32, flags: DIFlagPrivate)
!858 = !{!859}
!859 = !DILocalVariable(arg: 1, scope: !784, file: !423, line: 805, type: !787)
!860 = !{!861}
!861 = !DITemplateTypeParameter(name: "T", type: !788)
!862 = !DILocation(line: 805, column: 1, scope: !784)
!863 = distinct !DISubprogram(name: "drop_in_place<core::cell::BorrowRef>", linkageName: "_ZN4core3ptr42drop_in_place$LT$core..cell..BorrowRef$GT$17he0437f011ca58733E", scope: !114, file: !423, line: 805, type: !864, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !869, retainedNodes: !867)
!864 = !DISubroutineType(types: !865)
!865 = !{null, !866}
!866 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::BorrowRef", baseType: !684, size: 64, align: 64, dwarfAddressSpace: 0)
!867 = !{!868}
!868 = !DILocalVariable(arg: 1, scope: !863, file: !423, line: 805, type: !866)
!869 = !{!870}
!870 = !DITemplateTypeParameter(name: "T", type: !684)
!871 = !DILocation(line: 805, column: 1, scope: !863)
!872 = distinct !DISubprogram(name: "drop_in_place<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17h474f9a9cbc8bc022E", scope: !114, file: !423, line: 805, type: !873, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, retainedNodes: !876)
!873 = !DISubroutineType(types: !874)
!874 = !{null, !875}
!875 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !806, size: 64, align: 64, dwarfAddressSpace: 0)
!876 = !{!877}
!877 = !DILocalVariable(arg: 1, scope: !872, file: !423, line: 805, type: !875)
!878 = !DILocation(line: 805, column: 1, scope: !872)
!879 = distinct !DISubprogram(name: "drop_in_place<alloc::raw_vec::RawVec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17he02803ea70653b3fE", scope: !114, file: !423, line: 805, type: !880, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !885, retainedNodes: !883)
!880 = !DISubroutineType(types: !881)
!881 = !{null, !882}
!882 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !810, size: 64, align: 64, dwarfAddressSpace: 0)
!883 = !{!884}
!884 = !DILocalVariable(arg: 1, scope: !879, file: !423, line: 805, type: !882)
!885 = !{!886}
!886 = !DITemplateTypeParameter(name: "T", type: !810)
!887 = !DILocation(line: 805, column: 1, scope: !879)
!888 = distinct !DISubprogram(name: "drop_in_place<std::sync::once_lock::OnceLock<u32>>", linkageName: "_ZN4core3ptr62drop_in_place$LT$std..sync..once_lock..OnceLock$LT$u32$GT$$GT$17ha9d8d4044aa0f402E", scope: !114, file: !423, line: 805, type: !889, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !894, retainedNodes: !892)
!889 = !DISubroutineType(types: !890)
!890 = !{null, !891}
!891 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::once_lock::OnceLock<u32>", baseType: !58, size: 64, align: 64, dwarfAddressSpace: 0)
!892 = !{!893}
!893 = !DILocalVariable(arg: 1, scope: !888, file: !423, line: 805, type: !891)
!894 = !{!895}
!895 = !DITemplateTypeParameter(name: "T", type: !58)
!896 = !DILocation(line: 805, column: 1, scope: !888)
!897 = distinct !DISubprogram(name: "drop_in_place<core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr69drop_in_place$LT$core..cell..Ref$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h292ac4e8a724eb75E", scope: !114, file: !423, line: 805, type: !898, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !911, retainedNodes: !909)
!898 = !DISubroutineType(types: !899)
!899 = !{null, !900}
!900 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !901, size: 64, align: 64, dwarfAddressSpace: 0)
!901 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !29, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !902, templateParams: !833, identifier: "ee62f5f17cac6d0261a140ee9cb2bf65")
!902 = !{!903, !908}
!903 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !901, file: !8, baseType: !904, size: 64, align: 64, flags: DIFlagPrivate)
!904 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !210, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !905, templateParams: !833, identifier: "2a67c9c6d6bc2e3d588bd77d83ba5d5c")
!905 = !{!906}
!906 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !904, file: !8, baseType: !907, size: 64, align: 64, flags: DIFlagPrivate)
!907 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !806, size: 64, align: 64, dwarfAddressSpace: 0)
!908 = !DIDerivedType(tag: DW_TAG_member, name: "borrow", scope: !901, file: !8, baseType: !684, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!909 = !{!910}
!910 = !DILocalVariable(arg: 1, scope: !897, file: !423, line: 805, type: !900)
!911 = !{!912}
!912 = !DITemplateTypeParameter(name: "T", type: !901)
!913 = !DILocation(line: 805, column: 1, scope: !897)
!914 = distinct !DISubprogram(name: "drop_in_place<core::cell::RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr73drop_in_place$LT$core..cell..RefCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h27773335d01e6feeE", scope: !114, file: !423, line: 805, type: !915, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !924, retainedNodes: !922)
!915 = !DISubroutineType(types: !916)
!916 = !{null, !917}
!917 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !918, size: 64, align: 64, dwarfAddressSpace: 0)
!918 = !DICompositeType(tag: DW_TAG_structure_type, name: "RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", scope: !29, file: !8, size: 256, align: 64, flags: DIFlagPublic, elements: !919, templateParams: !833, identifier: "c795a3c8b676c0cb6e5aeda0b4b58d4f")
!919 = !{!920, !921}
!920 = !DIDerivedType(tag: DW_TAG_member, name: "borrow", scope: !918, file: !8, baseType: !688, size: 64, align: 64, flags: DIFlagPrivate)
!921 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !918, file: !8, baseType: !803, size: 192, align: 64, offset: 64, flags: DIFlagPrivate)
!922 = !{!923}
!923 = !DILocalVariable(arg: 1, scope: !914, file: !423, line: 805, type: !917)
!924 = !{!925}
!925 = !DITemplateTypeParameter(name: "T", type: !918)
!926 = !DILocation(line: 805, column: 1, scope: !914)
!927 = distinct !DISubprogram(name: "drop_in_place<core::cell::UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr76drop_in_place$LT$core..cell..UnsafeCell$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h4c027f700e8edba1E", scope: !114, file: !423, line: 805, type: !928, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !933, retainedNodes: !931)
!928 = !DISubroutineType(types: !929)
!929 = !{null, !930}
!930 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut core::cell::UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !803, size: 64, align: 64, dwarfAddressSpace: 0)
!931 = !{!932}
!932 = !DILocalVariable(arg: 1, scope: !927, file: !423, line: 805, type: !930)
!933 = !{!934}
!934 = !DITemplateTypeParameter(name: "T", type: !803)
!935 = !DILocation(line: 805, column: 1, scope: !927)
!936 = distinct !DISubprogram(name: "drop_in_place<std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8, alloc::alloc::Global>>>", linkageName: "_ZN4core3ptr85drop_in_place$LT$std..sync..poison..mutex..Mutex$LT$alloc..vec..Vec$LT$u8$GT$$GT$$GT$17h5ed43dbe1486393bE", scope: !114, file: !423, line: 805, type: !937, scopeLine: 805, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !942, retainedNodes: !940)
!937 = !DISubroutineType(types: !938)
!938 = !{null, !939}
!939 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut std::sync::poison::mutex::Mutex<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !798, size: 64, align: 64, dwarfAddressSpace: 0)
!940 = !{!941}
!941 = !DILocalVariable(arg: 1, scope: !936, file: !423, line: 805, type: !939)
!942 = !{!943}
!943 = !DITemplateTypeParameter(name: "T", type: !798)
!944 = !DILocation(line: 805, column: 1, scope: !936)
!945 = distinct !DISubprogram(name: "borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE", scope: !918, file: !679, line: 1121, type: !946, scopeLine: 1121, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !949, retainedNodes: !950)
!946 = !DISubroutineType(types: !947)
!947 = !{!901, !948, !325}
!948 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::RefCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !918, size: 64, align: 64, dwarfAddressSpace: 0)
!949 = !DISubprogram(name: "borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$6borrow17h92e3942cf60e2bacE", scope: !918, file: !679, line: 1121, type: !946, scopeLine: 1121, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!950 = !{!951, !952, !954}
!951 = !DILocalVariable(name: "self", arg: 1, scope: !945, file: !679, line: 1121, type: !948)
!952 = !DILocalVariable(name: "b", scope: !953, file: !679, line: 1123, type: !901, align: 64)
!953 = distinct !DILexicalBlock(scope: !945, file: !679, line: 1123, column: 13)
!954 = !DILocalVariable(name: "err", scope: !955, file: !679, line: 1124, type: !956, align: 8)
!955 = distinct !DILexicalBlock(scope: !945, file: !679, line: 1124, column: 13)
!956 = !DICompositeType(tag: DW_TAG_structure_type, name: "BorrowError", scope: !29, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "ee5a987578672a959569655eeef1c225")
!957 = !DILocation(line: 1121, column: 25, scope: !945)
!958 = !DILocalVariable(name: "self", arg: 1, scope: !959, file: !679, line: 1158, type: !948)
!959 = distinct !DISubprogram(name: "try_borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$10try_borrow17h35ef26dd62d4e07aE", scope: !918, file: !679, line: 1158, type: !960, scopeLine: 1158, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !977, retainedNodes: !978)
!960 = !DISubroutineType(types: !961)
!961 = !{!962, !948}
!962 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>, core::cell::BorrowError>", scope: !201, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !963, templateParams: !35, identifier: "3fcdf6b26a4635dc671158753fdf7255")
!963 = !{!964}
!964 = !DICompositeType(tag: DW_TAG_variant_part, scope: !962, file: !8, size: 128, align: 64, elements: !965, templateParams: !35, identifier: "6f62d166eed7ceb166a2f9359236ce1", discriminator: !976)
!965 = !{!966, !972}
!966 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !964, file: !8, baseType: !967, size: 128, align: 64)
!967 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !962, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !968, templateParams: !970, identifier: "480c08c93c8bbb5be3c82303f5563243")
!968 = !{!969}
!969 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !967, file: !8, baseType: !901, size: 128, align: 64, flags: DIFlagPublic)
!970 = !{!912, !971}
!971 = !DITemplateTypeParameter(name: "E", type: !956)
!972 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !964, file: !8, baseType: !973, size: 128, align: 64, extraData: i64 0)
!973 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !962, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !974, templateParams: !970, identifier: "d391a9e23b2e4e9fe7088d3ac9475afd")
!974 = !{!975}
!975 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !973, file: !8, baseType: !956, align: 8, flags: DIFlagPublic)
!976 = !DIDerivedType(tag: DW_TAG_member, scope: !962, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!977 = !DISubprogram(name: "try_borrow<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$10try_borrow17h35ef26dd62d4e07aE", scope: !918, file: !679, line: 1158, type: !960, scopeLine: 1158, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!978 = !{!958, !979, !981}
!979 = !DILocalVariable(name: "b", scope: !980, file: !679, line: 1160, type: !684, align: 64)
!980 = distinct !DILexicalBlock(scope: !959, file: !679, line: 1160, column: 13)
!981 = !DILocalVariable(name: "value", scope: !982, file: !679, line: 1171, type: !904, align: 64)
!982 = distinct !DILexicalBlock(scope: !980, file: !679, line: 1171, column: 17)
!983 = !DILocation(line: 1158, column: 29, scope: !959, inlinedAt: !984)
!984 = !DILocation(line: 1122, column: 20, scope: !945)
!985 = !DILocation(line: 1124, column: 17, scope: !955)
!986 = !DILocation(line: 2100, column: 41, scope: !987, inlinedAt: !995)
!987 = distinct !DISubprogram(name: "wrapping_add", linkageName: "_RNvMs3_NtCsgEmfK2I1SDS_4core3numi12wrapping_add", scope: !989, file: !988, line: 2100, type: !990, scopeLine: 2100, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !992)
!988 = !DIFile(filename: "library/core/src/num/int_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "25372f0d2fb76edc2f95599cb5b8df1b")
!989 = !DINamespace(name: "{impl#5}", scope: !494)
!990 = !DISubroutineType(types: !991)
!991 = !{!694, !694, !694}
!992 = !{!993, !994}
!993 = !DILocalVariable(name: "self", arg: 1, scope: !987, file: !988, line: 2100, type: !694)
!994 = !DILocalVariable(name: "rhs", scope: !987, file: !988, line: 2100, type: !694, align: 64)
!995 = !DILocation(line: 1559, column: 30, scope: !996, inlinedAt: !1015)
!996 = distinct !DISubprogram(name: "new", linkageName: "_RNvMsF_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRef3new", scope: !684, file: !679, line: 1558, type: !997, scopeLine: 1558, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1010, retainedNodes: !1011)
!997 = !DISubroutineType(types: !998)
!998 = !{!999, !687}
!999 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<core::cell::BorrowRef>", scope: !294, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !1000, templateParams: !35, identifier: "7abbf9dd065c6f9c936f5e6d1f98e654")
!1000 = !{!1001}
!1001 = !DICompositeType(tag: DW_TAG_variant_part, scope: !999, file: !8, size: 64, align: 64, elements: !1002, templateParams: !35, identifier: "fb4ad2295bde807bdfbd12cdd012c38c", discriminator: !1009)
!1002 = !{!1003, !1005}
!1003 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1001, file: !8, baseType: !1004, size: 64, align: 64, extraData: i64 0)
!1004 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !999, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !35, templateParams: !869, identifier: "52c86527a228f3741c0c06dfa97c8125")
!1005 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1001, file: !8, baseType: !1006, size: 64, align: 64)
!1006 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !999, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !1007, templateParams: !869, identifier: "618d935772300260d3bb092317265b35")
!1007 = !{!1008}
!1008 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1006, file: !8, baseType: !684, size: 64, align: 64, flags: DIFlagPublic)
!1009 = !DIDerivedType(tag: DW_TAG_member, scope: !999, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!1010 = !DISubprogram(name: "new", linkageName: "_RNvMsF_NtCsgEmfK2I1SDS_4core4cellNtB5_9BorrowRef3new", scope: !684, file: !679, line: 1558, type: !997, scopeLine: 1558, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1011 = !{!1012, !1013}
!1012 = !DILocalVariable(name: "borrow", arg: 1, scope: !996, file: !679, line: 1558, type: !687)
!1013 = !DILocalVariable(name: "b", scope: !1014, file: !679, line: 1559, type: !694, align: 64)
!1014 = distinct !DILexicalBlock(scope: !996, file: !679, line: 1559, column: 9)
!1015 = !DILocation(line: 1159, column: 15, scope: !959, inlinedAt: !984)
!1016 = !DILocation(line: 1122, column: 15, scope: !945)
!1017 = !DILocation(line: 1159, column: 30, scope: !959, inlinedAt: !984)
!1018 = !DILocation(line: 1558, column: 18, scope: !996, inlinedAt: !1015)
!1019 = !DILocalVariable(name: "self", arg: 1, scope: !1020, file: !679, line: 552, type: !687)
!1020 = distinct !DISubprogram(name: "get<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17hb785421dcf9889b6E", scope: !688, file: !679, line: 552, type: !704, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !695, declaration: !706, retainedNodes: !1021)
!1021 = !{!1019}
!1022 = !DILocation(line: 552, column: 22, scope: !1020, inlinedAt: !1023)
!1023 = !DILocation(line: 1559, column: 24, scope: !996, inlinedAt: !1015)
!1024 = !DILocalVariable(name: "self", arg: 1, scope: !1025, file: !679, line: 510, type: !687)
!1025 = distinct !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$7replace17h88a1cd12980fc456E", scope: !688, file: !679, line: 510, type: !718, scopeLine: 510, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !695, declaration: !720, retainedNodes: !1026)
!1026 = !{!1024, !1027}
!1027 = !DILocalVariable(name: "val", arg: 2, scope: !1025, file: !679, line: 510, type: !694)
!1028 = !DILocation(line: 510, column: 26, scope: !1025, inlinedAt: !1029)
!1029 = !DILocation(line: 1575, column: 20, scope: !1014, inlinedAt: !1015)
!1030 = !DILocation(line: 555, column: 18, scope: !1020, inlinedAt: !1023)
!1031 = !DILocation(line: 2100, column: 35, scope: !987, inlinedAt: !995)
!1032 = !DILocation(line: 2101, column: 13, scope: !987, inlinedAt: !995)
!1033 = !DILocation(line: 1559, column: 13, scope: !1014, inlinedAt: !1015)
!1034 = !DILocalVariable(name: "x", arg: 1, scope: !1035, file: !679, line: 954, type: !694)
!1035 = distinct !DISubprogram(name: "is_reading", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4cell10is_reading", scope: !29, file: !679, line: 954, type: !1036, scopeLine: 954, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1038)
!1036 = !DISubroutineType(types: !1037)
!1037 = !{!4, !694}
!1038 = !{!1034}
!1039 = !DILocation(line: 954, column: 21, scope: !1035, inlinedAt: !1040)
!1040 = !DILocation(line: 1560, column: 13, scope: !1014, inlinedAt: !1015)
!1041 = !DILocation(line: 510, column: 33, scope: !1025, inlinedAt: !1029)
!1042 = !DILocation(line: 955, column: 5, scope: !1035, inlinedAt: !1040)
!1043 = !DILocation(line: 1124, column: 25, scope: !955)
!1044 = !DILocation(line: 902, column: 49, scope: !1045, inlinedAt: !1046)
!1045 = distinct !DISubprogram(name: "replace<isize>", linkageName: "_ZN4core3mem7replace17h8c3a45fb6b326825E", scope: !77, file: !712, line: 887, type: !713, scopeLine: 887, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !695)
!1046 = !DILocation(line: 513, column: 9, scope: !1025, inlinedAt: !1029)
!1047 = !DILocation(line: 1576, column: 18, scope: !1014, inlinedAt: !1015)
!1048 = !DILocation(line: 1160, column: 18, scope: !980, inlinedAt: !984)
!1049 = !DILocalVariable(name: "self", arg: 1, scope: !1050, file: !679, line: 2443, type: !1053)
!1050 = distinct !DISubprogram(name: "get<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hbfe4d815ee6a33adE", scope: !803, file: !679, line: 2443, type: !1051, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !1054, retainedNodes: !1055)
!1051 = !DISubroutineType(types: !1052)
!1052 = !{!875, !1053}
!1053 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !803, size: 64, align: 64, dwarfAddressSpace: 0)
!1054 = !DISubprogram(name: "get<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hbfe4d815ee6a33adE", scope: !803, file: !679, line: 2443, type: !1051, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!1055 = !{!1049}
!1056 = !DILocation(line: 2443, column: 22, scope: !1050, inlinedAt: !1057)
!1057 = !DILocation(line: 1171, column: 72, scope: !980, inlinedAt: !984)
!1058 = !DILocation(line: 2447, column: 9, scope: !1050, inlinedAt: !1057)
!1059 = !DILocalVariable(name: "ptr", arg: 1, scope: !1060, file: !290, line: 233, type: !875)
!1060 = distinct !DISubprogram(name: "new_unchecked<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17h7ddeed0fa2393137E", scope: !904, file: !290, line: 233, type: !1061, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !1063, retainedNodes: !1064)
!1061 = !DISubroutineType(types: !1062)
!1062 = !{!904, !875, !325}
!1063 = !DISubprogram(name: "new_unchecked<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17h7ddeed0fa2393137E", scope: !904, file: !290, line: 233, type: !1061, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!1064 = !{!1059}
!1065 = !DILocation(line: 233, column: 39, scope: !1060, inlinedAt: !1066)
!1066 = !DILocation(line: 1171, column: 38, scope: !980, inlinedAt: !984)
!1067 = !DILocation(line: 77, column: 35, scope: !1068, inlinedAt: !1066)
!1068 = !DILexicalBlockFile(scope: !1060, file: !533, discriminator: 0)
!1069 = !DILocation(line: 241, column: 13, scope: !1060, inlinedAt: !1066)
!1070 = !DILocation(line: 1171, column: 21, scope: !982, inlinedAt: !984)
!1071 = !DILocation(line: 1172, column: 17, scope: !982, inlinedAt: !984)
!1072 = !DILocation(line: 1123, column: 16, scope: !945)
!1073 = !DILocation(line: 1123, column: 16, scope: !953)
!1074 = !DILocation(line: 1125, column: 9, scope: !945)
!1075 = !DILocation(line: 1126, column: 6, scope: !945)
!1076 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17hb41be879e822128aE", scope: !23, file: !1077, line: 3886, type: !1078, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !1080)
!1077 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!1078 = !DISubroutineType(types: !1079)
!1079 = !{!46, !250, !180}
!1080 = !{!1081, !1082}
!1081 = !DILocalVariable(name: "dst", arg: 1, scope: !1076, file: !1077, line: 3886, type: !250)
!1082 = !DILocalVariable(name: "order", arg: 2, scope: !1076, file: !1077, line: 3886, type: !180)
!1083 = !DILocation(line: 3886, column: 32, scope: !1076)
!1084 = !DILocation(line: 3886, column: 47, scope: !1076)
!1085 = !DILocation(line: 3889, column: 15, scope: !1076)
!1086 = !DILocation(line: 3889, column: 9, scope: !1076)
!1087 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!1088 = !DILocation(line: 3890, column: 24, scope: !1076)
!1089 = !DILocation(line: 3893, column: 24, scope: !1076)
!1090 = !DILocalVariable(name: "s", arg: 1, scope: !1091, file: !1092, line: 815, type: !344)
!1091 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !1093, file: !1092, line: 815, type: !1173, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1175, retainedNodes: !1176)
!1092 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!1093 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !1094, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !1095, templateParams: !35, identifier: "e5c67bbe046da39973c72077c7f66185")
!1094 = !DINamespace(name: "fmt", scope: !25)
!1095 = !{!1096, !1097}
!1096 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !1093, file: !8, baseType: !247, size: 64, align: 64, flags: DIFlagPrivate)
!1097 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !1093, file: !8, baseType: !1098, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!1098 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !210, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !1099, templateParams: !1171, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!1099 = !{!1100}
!1100 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1098, file: !8, baseType: !1101, size: 64, align: 64, flags: DIFlagPrivate)
!1101 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !1102, size: 64, align: 64, dwarfAddressSpace: 0)
!1102 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !1103, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !1104, templateParams: !35, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!1103 = !DINamespace(name: "rt", scope: !1094)
!1104 = !{!1105}
!1105 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !1102, file: !8, baseType: !1106, size: 128, align: 64, flags: DIFlagPrivate)
!1106 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !1103, file: !8, size: 128, align: 64, flags: DIFlagPrivate, elements: !1107, templateParams: !35, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!1107 = !{!1108}
!1108 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1106, file: !8, size: 128, align: 64, elements: !1109, templateParams: !35, identifier: "fbd384083752b747f8b252853b979154", discriminator: !1170)
!1109 = !{!1110, !1166}
!1110 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !1108, file: !8, baseType: !1111, size: 128, align: 64)
!1111 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !1106, file: !8, size: 128, align: 64, flags: DIFlagPrivate, elements: !1112, templateParams: !35, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!1112 = !{!1113, !1120, !1161}
!1113 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1111, file: !8, baseType: !1114, size: 64, align: 64, flags: DIFlagPrivate)
!1114 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !210, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !1115, templateParams: !1118, identifier: "f4e496144210c619b96aa08326287b92")
!1115 = !{!1116}
!1116 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1114, file: !8, baseType: !1117, size: 64, align: 64, flags: DIFlagPrivate)
!1117 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!1118 = !{!1119}
!1119 = !DITemplateTypeParameter(name: "T", type: !80)
!1120 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !1111, file: !8, baseType: !1121, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!1121 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !1122, size: 64, align: 64, dwarfAddressSpace: 0)
!1122 = !DISubroutineType(types: !1123)
!1123 = !{!1124, !1114, !1140}
!1124 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !201, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !1125, templateParams: !35, identifier: "1c6752419820cdc3961061cc58b31873")
!1125 = !{!1126}
!1126 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1124, file: !8, size: 8, align: 8, elements: !1127, templateParams: !35, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !1139)
!1127 = !{!1128, !1135}
!1128 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !1126, file: !8, baseType: !1129, size: 8, align: 8, extraData: i8 0)
!1129 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !1124, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !1130, templateParams: !1132, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!1130 = !{!1131}
!1131 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1129, file: !8, baseType: !80, align: 8, offset: 8, flags: DIFlagPublic)
!1132 = !{!1119, !1133}
!1133 = !DITemplateTypeParameter(name: "E", type: !1134)
!1134 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !1094, file: !8, align: 8, flags: DIFlagPublic, elements: !35, identifier: "5a24300cdda31093f5fe20c939b4885")
!1135 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !1126, file: !8, baseType: !1136, size: 8, align: 8, extraData: i8 1)
!1136 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !1124, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !1137, templateParams: !1132, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!1137 = !{!1138}
!1138 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1136, file: !8, baseType: !1134, align: 8, offset: 8, flags: DIFlagPublic)
!1139 = !DIDerivedType(tag: DW_TAG_member, scope: !1124, file: !8, baseType: !46, size: 8, align: 8, flags: DIFlagArtificial)
!1140 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !1141, size: 64, align: 64, dwarfAddressSpace: 0)
!1141 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !1094, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !1142, templateParams: !35, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!1142 = !{!1143, !1150}
!1143 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !1141, file: !8, baseType: !1144, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!1144 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !1094, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !1145, templateParams: !35, identifier: "ca2f5547247cd95c514a47d5800e09e")
!1145 = !{!1146, !1147, !1149}
!1146 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !1144, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPrivate)
!1147 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !1144, file: !8, baseType: !1148, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!1148 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!1149 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !1144, file: !8, baseType: !1148, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!1150 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !1141, file: !8, baseType: !1151, size: 128, align: 64, flags: DIFlagPrivate)
!1151 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !8, size: 128, align: 64, elements: !1152, templateParams: !35, identifier: "effe97114690fc58a8e246cb04e37234")
!1152 = !{!1153, !1156}
!1153 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !1151, file: !8, baseType: !1154, size: 64, align: 64)
!1154 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !1155, size: 64, align: 64, dwarfAddressSpace: 0)
!1155 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !8, align: 8, elements: !35, identifier: "64328679825f9c73b507edbfd5b86b47")
!1156 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !1151, file: !8, baseType: !1157, size: 64, align: 64, offset: 64)
!1157 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !1158, size: 64, align: 64, dwarfAddressSpace: 0)
!1158 = !DICompositeType(tag: DW_TAG_array_type, baseType: !99, size: 384, align: 64, elements: !1159)
!1159 = !{!1160}
!1160 = !DISubrange(count: 6, lowerBound: 0)
!1161 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !1111, file: !8, baseType: !1162, align: 8, offset: 128, flags: DIFlagPrivate)
!1162 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !96, file: !8, align: 8, flags: DIFlagPublic, elements: !35, templateParams: !1163, identifier: "efa596960370766459fc018866dc4048")
!1163 = !{!1164}
!1164 = !DITemplateTypeParameter(name: "T", type: !1165)
!1165 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!1166 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !1108, file: !8, baseType: !1167, size: 128, align: 64, extraData: i64 0)
!1167 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !1106, file: !8, size: 128, align: 64, flags: DIFlagPrivate, elements: !1168, templateParams: !35, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!1168 = !{!1169}
!1169 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1167, file: !8, baseType: !1148, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!1170 = !DIDerivedType(tag: DW_TAG_member, scope: !1106, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagArtificial)
!1171 = !{!1172}
!1172 = !DITemplateTypeParameter(name: "T", type: !1102)
!1173 = !DISubroutineType(types: !1174)
!1174 = !{!1093, !344}
!1175 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !1093, file: !1092, line: 815, type: !1173, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1176 = !{!1090}
!1177 = !DILocation(line: 815, column: 27, scope: !1091, inlinedAt: !1089)
!1178 = !DILocalVariable(name: "self", arg: 1, scope: !1179, file: !1180, line: 578, type: !344)
!1179 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1181, file: !1180, line: 578, type: !1183, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1185)
!1180 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!1181 = !DINamespace(name: "{impl#0}", scope: !1182)
!1182 = !DINamespace(name: "str", scope: !25)
!1183 = !DISubroutineType(types: !1184)
!1184 = !{!250, !344}
!1185 = !{!1178}
!1186 = !DILocation(line: 578, column: 25, scope: !1179, inlinedAt: !1187)
!1187 = !DILocation(line: 819, column: 44, scope: !1188, inlinedAt: !1089)
!1188 = !DILexicalBlockFile(scope: !1091, file: !1092, discriminator: 2)
!1189 = !DILocalVariable(name: "self", arg: 1, scope: !1190, file: !1180, line: 157, type: !344)
!1190 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1181, file: !1180, line: 157, type: !1191, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1193)
!1191 = !DISubroutineType(types: !1192)
!1192 = !{!99, !344}
!1193 = !{!1189}
!1194 = !DILocation(line: 157, column: 22, scope: !1190, inlinedAt: !1195)
!1195 = !DILocation(line: 820, column: 40, scope: !1188, inlinedAt: !1089)
!1196 = !DILocalVariable(name: "self", arg: 1, scope: !1197, file: !1180, line: 502, type: !344)
!1197 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1181, file: !1180, line: 502, type: !1198, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1204)
!1198 = !DISubroutineType(types: !1199)
!1199 = !{!1200, !344}
!1200 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !8, size: 128, align: 64, elements: !1201, templateParams: !35, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!1201 = !{!1202, !1203}
!1202 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1200, file: !8, baseType: !216, size: 64, align: 64)
!1203 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1200, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!1204 = !{!1196}
!1205 = !DILocation(line: 502, column: 27, scope: !1197, inlinedAt: !1206)
!1206 = !DILocation(line: 158, column: 14, scope: !1207, inlinedAt: !1195)
!1207 = !DILexicalBlockFile(scope: !1190, file: !1180, discriminator: 2)
!1208 = !DILocation(line: 819, column: 27, scope: !1091, inlinedAt: !1089)
!1209 = !DILocation(line: 820, column: 23, scope: !1091, inlinedAt: !1089)
!1210 = !DILocation(line: 3891, column: 24, scope: !1076)
!1211 = !DILocation(line: 3894, column: 23, scope: !1076)
!1212 = !DILocation(line: 815, column: 27, scope: !1091, inlinedAt: !1211)
!1213 = !DILocation(line: 578, column: 25, scope: !1179, inlinedAt: !1214)
!1214 = !DILocation(line: 819, column: 44, scope: !1091, inlinedAt: !1211)
!1215 = !DILocation(line: 157, column: 22, scope: !1190, inlinedAt: !1216)
!1216 = !DILocation(line: 820, column: 40, scope: !1091, inlinedAt: !1211)
!1217 = !DILocation(line: 502, column: 27, scope: !1197, inlinedAt: !1218)
!1218 = !DILocation(line: 158, column: 14, scope: !1190, inlinedAt: !1216)
!1219 = !DILocation(line: 819, column: 27, scope: !1091, inlinedAt: !1211)
!1220 = !DILocation(line: 820, column: 23, scope: !1091, inlinedAt: !1211)
!1221 = !DILocation(line: 3892, column: 23, scope: !1076)
!1222 = !DILocation(line: 3897, column: 2, scope: !1076)
!1223 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "_ZN4core4sync6atomic11atomic_load17hf11592dee2300186E", scope: !23, file: !1077, line: 3886, type: !1224, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !501, retainedNodes: !1227)
!1224 = !DISubroutineType(types: !1225)
!1225 = !{!99, !1226, !180}
!1226 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const usize", baseType: !99, size: 64, align: 64, dwarfAddressSpace: 0)
!1227 = !{!1228, !1229}
!1228 = !DILocalVariable(name: "dst", arg: 1, scope: !1223, file: !1077, line: 3886, type: !1226)
!1229 = !DILocalVariable(name: "order", arg: 2, scope: !1223, file: !1077, line: 3886, type: !180)
!1230 = !DILocation(line: 3886, column: 32, scope: !1223)
!1231 = !DILocation(line: 3886, column: 47, scope: !1223)
!1232 = !DILocation(line: 3889, column: 15, scope: !1223)
!1233 = !DILocation(line: 3889, column: 9, scope: !1223)
!1234 = !DILocation(line: 3890, column: 24, scope: !1223)
!1235 = !DILocation(line: 3893, column: 24, scope: !1223)
!1236 = !DILocalVariable(name: "s", arg: 1, scope: !1237, file: !1092, line: 815, type: !344)
!1237 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !1093, file: !1092, line: 815, type: !1173, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1175, retainedNodes: !1238)
!1238 = !{!1236}
!1239 = !DILocation(line: 815, column: 27, scope: !1237, inlinedAt: !1235)
!1240 = !DILocalVariable(name: "self", arg: 1, scope: !1241, file: !1180, line: 578, type: !344)
!1241 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1181, file: !1180, line: 578, type: !1183, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1242)
!1242 = !{!1240}
!1243 = !DILocation(line: 578, column: 25, scope: !1241, inlinedAt: !1244)
!1244 = !DILocation(line: 819, column: 44, scope: !1245, inlinedAt: !1235)
!1245 = !DILexicalBlockFile(scope: !1237, file: !1092, discriminator: 2)
!1246 = !DILocalVariable(name: "self", arg: 1, scope: !1247, file: !1180, line: 157, type: !344)
!1247 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1181, file: !1180, line: 157, type: !1191, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1248)
!1248 = !{!1246}
!1249 = !DILocation(line: 157, column: 22, scope: !1247, inlinedAt: !1250)
!1250 = !DILocation(line: 820, column: 40, scope: !1245, inlinedAt: !1235)
!1251 = !DILocalVariable(name: "self", arg: 1, scope: !1252, file: !1180, line: 502, type: !344)
!1252 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1181, file: !1180, line: 502, type: !1198, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1253)
!1253 = !{!1251}
!1254 = !DILocation(line: 502, column: 27, scope: !1252, inlinedAt: !1255)
!1255 = !DILocation(line: 158, column: 14, scope: !1256, inlinedAt: !1250)
!1256 = !DILexicalBlockFile(scope: !1247, file: !1180, discriminator: 2)
!1257 = !DILocation(line: 819, column: 27, scope: !1237, inlinedAt: !1235)
!1258 = !DILocation(line: 820, column: 23, scope: !1237, inlinedAt: !1235)
!1259 = !DILocation(line: 3891, column: 24, scope: !1223)
!1260 = !DILocation(line: 3894, column: 23, scope: !1223)
!1261 = !DILocation(line: 815, column: 27, scope: !1237, inlinedAt: !1260)
!1262 = !DILocation(line: 578, column: 25, scope: !1241, inlinedAt: !1263)
!1263 = !DILocation(line: 819, column: 44, scope: !1237, inlinedAt: !1260)
!1264 = !DILocation(line: 157, column: 22, scope: !1247, inlinedAt: !1265)
!1265 = !DILocation(line: 820, column: 40, scope: !1237, inlinedAt: !1260)
!1266 = !DILocation(line: 502, column: 27, scope: !1252, inlinedAt: !1267)
!1267 = !DILocation(line: 158, column: 14, scope: !1247, inlinedAt: !1265)
!1268 = !DILocation(line: 819, column: 27, scope: !1237, inlinedAt: !1260)
!1269 = !DILocation(line: 820, column: 23, scope: !1237, inlinedAt: !1260)
!1270 = !DILocation(line: 3892, column: 23, scope: !1223)
!1271 = !DILocation(line: 3897, column: 2, scope: !1223)
!1272 = distinct !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E", scope: !814, file: !1273, line: 870, type: !1274, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !828, declaration: !1277, retainedNodes: !1278)
!1273 = !DIFile(filename: "library/alloc/src/raw_vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78584250230dfe0aae92794a07566ae7")
!1274 = !DISubroutineType(types: !1275)
!1275 = !{null, !1276, !228}
!1276 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !814, size: 64, align: 64, dwarfAddressSpace: 0)
!1277 = !DISubprogram(name: "deallocate<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17h8d83d330ecb41dc6E", scope: !814, file: !1273, line: 870, type: !1274, scopeLine: 870, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !828)
!1278 = !{!1279, !1280, !1281, !1283}
!1279 = !DILocalVariable(name: "self", arg: 1, scope: !1272, file: !1273, line: 870, type: !1276)
!1280 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !1272, file: !1273, line: 870, type: !228)
!1281 = !DILocalVariable(name: "ptr", scope: !1282, file: !1273, line: 872, type: !247, align: 64)
!1282 = distinct !DILexicalBlock(scope: !1272, file: !1273, line: 872, column: 82)
!1283 = !DILocalVariable(name: "layout", scope: !1282, file: !1273, line: 872, type: !228, align: 64)
!1284 = !DILocation(line: 870, column: 26, scope: !1272)
!1285 = !DILocation(line: 870, column: 37, scope: !1272)
!1286 = !DILocation(line: 872, column: 38, scope: !1282)
!1287 = !DILocation(line: 872, column: 52, scope: !1282)
!1288 = !{i64 0, i64 -9223372036854775807}
!1289 = !DILocation(line: 872, column: 16, scope: !1282)
!1290 = !DILocation(line: 872, column: 22, scope: !1282)
!1291 = !DILocation(line: 872, column: 27, scope: !1282)
!1292 = !{i64 1, i64 -9223372036854775807}
!1293 = !DILocation(line: 874, column: 17, scope: !1282)
!1294 = !DILocation(line: 874, column: 28, scope: !1282)
!1295 = !DILocation(line: 876, column: 9, scope: !1272)
!1296 = !DILocation(line: 872, column: 9, scope: !1272)
!1297 = !DILocation(line: 877, column: 6, scope: !1272)
!1298 = !DILocation(line: 870, column: 5, scope: !1272)
!1299 = distinct !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd03e2e46594c532aE", scope: !814, file: !1273, line: 631, type: !1300, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !828, declaration: !1320, retainedNodes: !1321)
!1300 = !DISubroutineType(types: !1301)
!1301 = !{!1302, !1319, !228}
!1302 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)>", scope: !294, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !1303, templateParams: !35, identifier: "ee7541504661f874c2915c0073b72bc1")
!1303 = !{!1304}
!1304 = !DICompositeType(tag: DW_TAG_variant_part, scope: !1302, file: !8, size: 192, align: 64, elements: !1305, templateParams: !35, identifier: "6bc21688c309cf3b1c2f684d384a593e", discriminator: !1318)
!1305 = !{!1306, !1314}
!1306 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !1304, file: !8, baseType: !1307, size: 192, align: 64, extraData: i64 0)
!1307 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !1302, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !35, templateParams: !1308, identifier: "9f716f1b8d4e611e4821e2e1a8274497")
!1308 = !{!1309}
!1309 = !DITemplateTypeParameter(name: "T", type: !1310)
!1310 = !DICompositeType(tag: DW_TAG_structure_type, name: "(core::ptr::non_null::NonNull<u8>, core::alloc::layout::Layout)", file: !8, size: 192, align: 64, elements: !1311, templateParams: !35, identifier: "9addff87e8e60bcd1d6fc027e7ae79a6")
!1311 = !{!1312, !1313}
!1312 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1310, file: !8, baseType: !247, size: 64, align: 64)
!1313 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1310, file: !8, baseType: !228, size: 128, align: 64, offset: 64)
!1314 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !1304, file: !8, baseType: !1315, size: 192, align: 64)
!1315 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !1302, file: !8, size: 192, align: 64, flags: DIFlagPublic, elements: !1316, templateParams: !1308, identifier: "16f684b7aa3449289eb3efb4d54b2d14")
!1316 = !{!1317}
!1317 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1315, file: !8, baseType: !1310, size: 192, align: 64, flags: DIFlagPublic)
!1318 = !DIDerivedType(tag: DW_TAG_member, scope: !1302, file: !8, baseType: !53, size: 64, align: 64, offset: 64, flags: DIFlagArtificial)
!1319 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVecInner<alloc::alloc::Global>", baseType: !814, size: 64, align: 64, dwarfAddressSpace: 0)
!1320 = !DISubprogram(name: "current_memory<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17hd03e2e46594c532aE", scope: !814, file: !1273, line: 631, type: !1300, scopeLine: 631, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !828)
!1321 = !{!1322, !1323, !1324, !1326}
!1322 = !DILocalVariable(name: "self", arg: 1, scope: !1299, file: !1273, line: 631, type: !1319)
!1323 = !DILocalVariable(name: "elem_layout", arg: 2, scope: !1299, file: !1273, line: 631, type: !228)
!1324 = !DILocalVariable(name: "alloc_size", scope: !1325, file: !1273, line: 640, type: !99, align: 64)
!1325 = distinct !DILexicalBlock(scope: !1299, file: !1273, line: 640, column: 17)
!1326 = !DILocalVariable(name: "layout", scope: !1327, file: !1273, line: 641, type: !228, align: 64)
!1327 = distinct !DILexicalBlock(scope: !1325, file: !1273, line: 641, column: 17)
!1328 = !DILocation(line: 631, column: 36, scope: !1299)
!1329 = !DILocation(line: 631, column: 43, scope: !1299)
!1330 = !DILocalVariable(name: "self", arg: 1, scope: !1331, file: !464, line: 175, type: !467)
!1331 = distinct !DISubprogram(name: "size", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout4size", scope: !228, file: !464, line: 175, type: !465, scopeLine: 175, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !468, retainedNodes: !1332)
!1332 = !{!1330}
!1333 = !DILocation(line: 175, column: 23, scope: !1331, inlinedAt: !1334)
!1334 = !DILocation(line: 632, column: 24, scope: !1299)
!1335 = !DILocation(line: 176, column: 9, scope: !1331, inlinedAt: !1334)
!1336 = !DILocalVariable(name: "self", arg: 1, scope: !1337, file: !1338, line: 1220, type: !99)
!1337 = distinct !DISubprogram(name: "unchecked_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_mul", scope: !1339, file: !1338, line: 1220, type: !1340, scopeLine: 1220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1342)
!1338 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!1339 = !DINamespace(name: "{impl#11}", scope: !494)
!1340 = !DISubroutineType(types: !1341)
!1341 = !{!99, !99, !99, !325}
!1342 = !{!1336, !1343}
!1343 = !DILocalVariable(name: "rhs", arg: 2, scope: !1337, file: !1338, line: 1220, type: !99)
!1344 = !DILocation(line: 1220, column: 43, scope: !1337, inlinedAt: !1345)
!1345 = !DILocation(line: 640, column: 53, scope: !1299)
!1346 = !DILocation(line: 632, column: 12, scope: !1299)
!1347 = !DILocation(line: 633, column: 13, scope: !1299)
!1348 = !DILocation(line: 632, column: 9, scope: !1299)
!1349 = !DILocation(line: 632, column: 39, scope: !1299)
!1350 = !{i64 0, i64 -9223372036854775808}
!1351 = !DILocalVariable(name: "self", arg: 1, scope: !1352, file: !1353, line: 46, type: !824)
!1352 = distinct !DISubprogram(name: "as_inner", linkageName: "_RNvMs1z_NtNtCsgEmfK2I1SDS_4core3num11niche_typesNtB6_14UsizeNoHighBit8as_inner", scope: !824, file: !1353, line: 46, type: !1354, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1356, retainedNodes: !1357)
!1353 = !DIFile(filename: "library/core/src/num/niche_types.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b3871eb21e61251a8509e6d07911f9fb")
!1354 = !DISubroutineType(types: !1355)
!1355 = !{!99, !824}
!1356 = !DISubprogram(name: "as_inner", linkageName: "_RNvMs1z_NtNtCsgEmfK2I1SDS_4core3num11niche_typesNtB6_14UsizeNoHighBit8as_inner", scope: !824, file: !1353, line: 46, type: !1354, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1357 = !{!1351}
!1358 = !DILocation(line: 46, column: 35, scope: !1352, inlinedAt: !1359)
!1359 = !DILocation(line: 632, column: 48, scope: !1299)
!1360 = !DILocation(line: 49, column: 26, scope: !1352, inlinedAt: !1359)
!1361 = !DILocation(line: 632, column: 64, scope: !1299)
!1362 = !DILocation(line: 175, column: 23, scope: !1331, inlinedAt: !1363)
!1363 = !DILocation(line: 640, column: 46, scope: !1299)
!1364 = !DILocation(line: 640, column: 67, scope: !1299)
!1365 = !DILocation(line: 46, column: 35, scope: !1352, inlinedAt: !1366)
!1366 = !DILocation(line: 640, column: 76, scope: !1299)
!1367 = !DILocation(line: 49, column: 26, scope: !1352, inlinedAt: !1366)
!1368 = !DILocation(line: 1220, column: 49, scope: !1337, inlinedAt: !1345)
!1369 = !DILocation(line: 77, column: 35, scope: !1370, inlinedAt: !1345)
!1370 = !DILexicalBlockFile(scope: !1337, file: !533, discriminator: 0)
!1371 = !DILocation(line: 645, column: 6, scope: !1299)
!1372 = !DILocation(line: 1232, column: 17, scope: !1337, inlinedAt: !1345)
!1373 = !DILocation(line: 640, column: 21, scope: !1325)
!1374 = !DILocalVariable(name: "size", arg: 1, scope: !1375, file: !464, line: 132, type: !99)
!1375 = distinct !DISubprogram(name: "from_size_align_unchecked", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout25from_size_align_unchecked", scope: !228, file: !464, line: 132, type: !1376, scopeLine: 132, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1378, retainedNodes: !1379)
!1376 = !DISubroutineType(types: !1377)
!1377 = !{!228, !99, !99, !325}
!1378 = !DISubprogram(name: "from_size_align_unchecked", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout25from_size_align_unchecked", scope: !228, file: !464, line: 132, type: !1376, scopeLine: 132, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1379 = !{!1374, !1380}
!1380 = !DILocalVariable(name: "align", arg: 2, scope: !1375, file: !464, line: 132, type: !99)
!1381 = !DILocation(line: 132, column: 51, scope: !1375, inlinedAt: !1382)
!1382 = !DILocation(line: 641, column: 30, scope: !1325)
!1383 = !DILocalVariable(name: "self", arg: 1, scope: !1384, file: !464, line: 187, type: !467)
!1384 = distinct !DISubprogram(name: "align", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout5align", scope: !228, file: !464, line: 187, type: !465, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1385, retainedNodes: !1386)
!1385 = !DISubprogram(name: "align", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core5alloc6layoutNtB2_6Layout5align", scope: !228, file: !464, line: 187, type: !465, scopeLine: 187, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1386 = !{!1383}
!1387 = !DILocation(line: 187, column: 24, scope: !1384, inlinedAt: !1388)
!1388 = !DILocation(line: 641, column: 88, scope: !1325)
!1389 = !DILocation(line: 499, column: 18, scope: !1390, inlinedAt: !1395)
!1390 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core3num7nonzero16NonZero$LT$T$GT$3get17h65bbe289d9860639E", scope: !492, file: !1391, line: 480, type: !1392, scopeLine: 480, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !501, declaration: !1394)
!1391 = !DIFile(filename: "library/core/src/num/nonzero.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "aad4bdcbb1703d04909aa911a1ea2cc8")
!1392 = !DISubroutineType(types: !1393)
!1393 = !{!99, !492}
!1394 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core3num7nonzero16NonZero$LT$T$GT$3get17h65bbe289d9860639E", scope: !492, file: !1391, line: 480, type: !1392, scopeLine: 480, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !501)
!1395 = !DILocation(line: 175, column: 27, scope: !1396, inlinedAt: !1401)
!1396 = distinct !DISubprogram(name: "as_usize", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB2_9Alignment8as_usize", scope: !233, file: !1397, line: 171, type: !1398, scopeLine: 171, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1400)
!1397 = !DIFile(filename: "library/core/src/ptr/alignment.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "cac27ccc0ad4cc4f955f24d91514cdd0")
!1398 = !DISubroutineType(types: !1399)
!1399 = !{!99, !233}
!1400 = !DISubprogram(name: "as_usize", linkageName: "_RNvMNtNtCsgEmfK2I1SDS_4core3ptr9alignmentNtB2_9Alignment8as_usize", scope: !233, file: !1397, line: 171, type: !1398, scopeLine: 171, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1401 = !DILocation(line: 188, column: 20, scope: !1384, inlinedAt: !1388)
!1402 = !DILocation(line: 132, column: 64, scope: !1375, inlinedAt: !1382)
!1403 = !DILocation(line: 77, column: 35, scope: !1404, inlinedAt: !1382)
!1404 = !DILexicalBlockFile(scope: !1375, file: !533, discriminator: 0)
!1405 = !DILocation(line: 143, column: 18, scope: !1375, inlinedAt: !1382)
!1406 = !DILocation(line: 641, column: 21, scope: !1327)
!1407 = !DILocation(line: 642, column: 22, scope: !1327)
!1408 = !DILocation(line: 642, column: 23, scope: !1327)
!1409 = !DILocalVariable(name: "self", scope: !1410, file: !453, line: 777, type: !817, align: 64)
!1410 = distinct !DISubprogram(name: "into<core::ptr::unique::Unique<u8>, core::ptr::non_null::NonNull<u8>>", linkageName: "_ZN50_$LT$T$u20$as$u20$core..convert..Into$LT$U$GT$$GT$4into17h2c10a2f990419996E", scope: !1411, file: !453, line: 777, type: !1412, scopeLine: 777, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !1415, retainedNodes: !1414)
!1411 = !DINamespace(name: "{impl#3}", scope: !262)
!1412 = !DISubroutineType(types: !1413)
!1413 = !{!247, !817, !325}
!1414 = !{!1409, !1409}
!1415 = !{!1416, !1417}
!1416 = !DITemplateTypeParameter(name: "T", type: !817)
!1417 = !DITemplateTypeParameter(name: "U", type: !247)
!1418 = !DILocation(line: 777, column: 13, scope: !1410, inlinedAt: !1419)
!1419 = !DILocation(line: 642, column: 32, scope: !1327)
!1420 = !DILocalVariable(name: "unique", scope: !1421, file: !290, line: 1754, type: !817, align: 64)
!1421 = distinct !DISubprogram(name: "from<u8>", linkageName: "_ZN119_$LT$core..ptr..non_null..NonNull$LT$T$GT$$u20$as$u20$core..convert..From$LT$core..ptr..unique..Unique$LT$T$GT$$GT$$GT$4from17h208f8eb69719baffE", scope: !1422, file: !290, line: 1754, type: !1423, scopeLine: 1754, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !1425)
!1422 = !DINamespace(name: "{impl#20}", scope: !210)
!1423 = !DISubroutineType(types: !1424)
!1424 = !{!247, !817}
!1425 = !{!1420, !1420}
!1426 = !DILocation(line: 1754, column: 13, scope: !1421, inlinedAt: !1427)
!1427 = !DILocation(line: 778, column: 9, scope: !1410, inlinedAt: !1419)
!1428 = !DILocation(line: 642, column: 17, scope: !1327)
!1429 = !DILocation(line: 642, column: 47, scope: !1327)
!1430 = distinct !DISubprogram(name: "drop<u8, alloc::alloc::Global>", linkageName: "_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hc4d3d3bca8af03eaE", scope: !1432, file: !1431, line: 4219, type: !1433, scopeLine: 4219, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, retainedNodes: !1436)
!1431 = !DIFile(filename: "library/alloc/src/vec/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "561105229399139e451a3aa6309b761e")
!1432 = !DINamespace(name: "{impl#26}", scope: !807)
!1433 = !DISubroutineType(types: !1434)
!1434 = !{null, !1435}
!1435 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !806, size: 64, align: 64, dwarfAddressSpace: 0)
!1436 = !{!1437}
!1437 = !DILocalVariable(name: "self", arg: 1, scope: !1430, file: !1431, line: 4219, type: !1435)
!1438 = !DILocation(line: 4219, column: 13, scope: !1430)
!1439 = !DILocalVariable(name: "self", arg: 1, scope: !1440, file: !1431, line: 1997, type: !1435)
!1440 = distinct !DISubprogram(name: "as_mut_ptr<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$10as_mut_ptr17h444cd34d274e1f8dE", scope: !806, file: !1431, line: 1997, type: !1441, scopeLine: 1997, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, declaration: !1443, retainedNodes: !1444)
!1441 = !DISubroutineType(types: !1442)
!1442 = !{!244, !1435}
!1443 = !DISubprogram(name: "as_mut_ptr<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$10as_mut_ptr17h444cd34d274e1f8dE", scope: !806, file: !1431, line: 1997, type: !1441, scopeLine: 1997, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !831)
!1444 = !{!1439}
!1445 = !DILocation(line: 1997, column: 29, scope: !1440, inlinedAt: !1446)
!1446 = !DILocation(line: 4224, column: 67, scope: !1430)
!1447 = !DILocation(line: 612, column: 9, scope: !1448, inlinedAt: !1453)
!1448 = distinct !DISubprogram(name: "non_null<alloc::alloc::Global, u8>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$8non_null17h077a80f4c0cdc005E", scope: !814, file: !1273, line: 611, type: !1449, scopeLine: 611, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !1452, declaration: !1451)
!1449 = !DISubroutineType(types: !1450)
!1450 = !{!247, !1319}
!1451 = !DISubprogram(name: "non_null<alloc::alloc::Global, u8>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$8non_null17h077a80f4c0cdc005E", scope: !814, file: !1273, line: 611, type: !1449, scopeLine: 611, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1452)
!1452 = !{!829, !48}
!1453 = !DILocation(line: 607, column: 14, scope: !1454, inlinedAt: !1458)
!1454 = distinct !DISubprogram(name: "ptr<alloc::alloc::Global, u8>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$3ptr17hb5e8dd2e045fdd47E", scope: !814, file: !1273, line: 606, type: !1455, scopeLine: 606, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !1452, declaration: !1457)
!1455 = !DISubroutineType(types: !1456)
!1456 = !{!244, !1319}
!1457 = !DISubprogram(name: "ptr<alloc::alloc::Global, u8>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$3ptr17hb5e8dd2e045fdd47E", scope: !814, file: !1273, line: 606, type: !1455, scopeLine: 606, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !1452)
!1458 = !DILocation(line: 295, column: 20, scope: !1459, inlinedAt: !1464)
!1459 = distinct !DISubprogram(name: "ptr<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$3ptr17h5c453f48fdca1b70E", scope: !810, file: !1273, line: 294, type: !1460, scopeLine: 294, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, declaration: !1463)
!1460 = !DISubroutineType(types: !1461)
!1461 = !{!244, !1462}
!1462 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !810, size: 64, align: 64, dwarfAddressSpace: 0)
!1463 = !DISubprogram(name: "ptr<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$3ptr17h5c453f48fdca1b70E", scope: !810, file: !1273, line: 294, type: !1460, scopeLine: 294, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !831)
!1464 = !DILocation(line: 2000, column: 18, scope: !1440, inlinedAt: !1446)
!1465 = !DILocation(line: 407, column: 18, scope: !1466, inlinedAt: !1467)
!1466 = distinct !DISubprogram(name: "as_ptr<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ptr17hb68701d92900abddE", scope: !247, file: !290, line: 401, type: !508, scopeLine: 401, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !510)
!1467 = !DILocation(line: 607, column: 30, scope: !1454, inlinedAt: !1458)
!1468 = !DILocalVariable(name: "data", arg: 1, scope: !1469, file: !423, line: 1220, type: !244)
!1469 = distinct !DISubprogram(name: "slice_from_raw_parts_mut<u8>", linkageName: "_ZN4core3ptr24slice_from_raw_parts_mut17h689624374ffc28ebE", scope: !114, file: !423, line: 1220, type: !424, scopeLine: 1220, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !1470)
!1470 = !{!1468, !1471}
!1471 = !DILocalVariable(name: "len", arg: 2, scope: !1469, file: !423, line: 1220, type: !99)
!1472 = !DILocation(line: 1220, column: 42, scope: !1469, inlinedAt: !1473)
!1473 = !DILocation(line: 4224, column: 32, scope: !1430)
!1474 = !DILocation(line: 4224, column: 81, scope: !1430)
!1475 = !DILocation(line: 1220, column: 56, scope: !1469, inlinedAt: !1473)
!1476 = !DILocation(line: 4227, column: 6, scope: !1430)
!1477 = distinct !DISubprogram(name: "drop<u8, alloc::alloc::Global>", linkageName: "_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h64da87b6aedb7f8fE", scope: !1478, file: !1273, line: 421, type: !1479, scopeLine: 421, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, retainedNodes: !1482)
!1478 = !DINamespace(name: "{impl#3}", scope: !811)
!1479 = !DISubroutineType(types: !1480)
!1480 = !{null, !1481}
!1481 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut alloc::raw_vec::RawVec<u8, alloc::alloc::Global>", baseType: !810, size: 64, align: 64, dwarfAddressSpace: 0)
!1482 = !{!1483}
!1483 = !DILocalVariable(name: "self", arg: 1, scope: !1477, file: !1273, line: 421, type: !1481)
!1484 = !DILocation(line: 421, column: 13, scope: !1477)
!1485 = !DILocation(line: 423, column: 29, scope: !1477)
!1486 = !DILocation(line: 424, column: 6, scope: !1477)
!1487 = distinct !DISubprogram(name: "read_limit", linkageName: "_ZN7sharing10read_limit17hddf03bff8c886229E", scope: !2, file: !3, line: 62, type: !1488, scopeLine: 62, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!1488 = !DISubroutineType(types: !1489)
!1489 = !{!99}
!1490 = !DILocation(line: 726, column: 24, scope: !1491, inlinedAt: !1499)
!1491 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !40, file: !1077, line: 726, type: !1492, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1495, retainedNodes: !1496)
!1492 = !DISubroutineType(types: !1493)
!1493 = !{!4, !1494, !180}
!1494 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!1495 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !40, file: !1077, line: 726, type: !1492, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1496 = !{!1497, !1498}
!1497 = !DILocalVariable(name: "self", arg: 1, scope: !1491, file: !1077, line: 726, type: !1494)
!1498 = !DILocalVariable(name: "order", scope: !1491, file: !1077, line: 726, type: !180, align: 8)
!1499 = !DILocation(line: 63, column: 19, scope: !1487)
!1500 = !DILocation(line: 63, column: 13, scope: !1487)
!1501 = !DILocation(line: 726, column: 17, scope: !1491, inlinedAt: !1499)
!1502 = !DILocalVariable(name: "self", arg: 1, scope: !1503, file: !679, line: 2443, type: !1506)
!1503 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hf6462e028851f3d4E", scope: !43, file: !679, line: 2443, type: !1504, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !1507, retainedNodes: !1508)
!1504 = !DISubroutineType(types: !1505)
!1505 = !{!244, !1506}
!1506 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!1507 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17hf6462e028851f3d4E", scope: !43, file: !679, line: 2443, type: !1504, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!1508 = !{!1502}
!1509 = !DILocation(line: 2443, column: 22, scope: !1503, inlinedAt: !1510)
!1510 = !DILocation(line: 729, column: 37, scope: !1491, inlinedAt: !1499)
!1511 = !DILocation(line: 729, column: 18, scope: !1491, inlinedAt: !1499)
!1512 = !DILocation(line: 63, column: 5, scope: !1487)
!1513 = !DILocation(line: 64, column: 2, scope: !1487)
!1514 = distinct !DISubprogram(name: "poll_status", linkageName: "_ZN7sharing11poll_status17h7cd82e4aecca71bfE", scope: !2, file: !3, line: 87, type: !1515, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1522)
!1515 = !DISubroutineType(types: !1516)
!1516 = !{!32, !1517}
!1517 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const sharing::Registers", baseType: !1518, size: 64, align: 64, dwarfAddressSpace: 0)
!1518 = !DICompositeType(tag: DW_TAG_structure_type, name: "Registers", scope: !2, file: !8, size: 64, align: 32, flags: DIFlagPublic, elements: !1519, templateParams: !35, identifier: "f20342fcea0a41a87e326a57277c68c")
!1519 = !{!1520, !1521}
!1520 = !DIDerivedType(tag: DW_TAG_member, name: "status", scope: !1518, file: !8, baseType: !32, size: 32, align: 32, flags: DIFlagPublic)
!1521 = !DIDerivedType(tag: DW_TAG_member, name: "data", scope: !1518, file: !8, baseType: !32, size: 32, align: 32, offset: 32, flags: DIFlagPublic)
!1522 = !{!1523}
!1523 = !DILocalVariable(name: "regs", arg: 1, scope: !1514, file: !3, line: 87, type: !1517)
!1524 = !DILocation(line: 87, column: 20, scope: !1514)
!1525 = !DILocation(line: 89, column: 9, scope: !1514)
!1526 = !DILocation(line: 89, column: 15, scope: !1514)
!1527 = !DILocation(line: 90, column: 9, scope: !1514)
!1528 = !DILocation(line: 92, column: 2, scope: !1514)
!1529 = distinct !DISubprogram(name: "refcell_len", linkageName: "_ZN7sharing11refcell_len17h18b45be876b278a7E", scope: !2, file: !3, line: 82, type: !1530, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1532)
!1530 = !DISubroutineType(types: !1531)
!1531 = !{!99, !948}
!1532 = !{!1533}
!1533 = !DILocalVariable(name: "r", arg: 1, scope: !1529, file: !3, line: 82, type: !948)
!1534 = !DILocation(line: 82, column: 20, scope: !1529)
!1535 = !DILocation(line: 83, column: 5, scope: !1529)
!1536 = !DILocation(line: 83, column: 7, scope: !1529)
!1537 = !DILocalVariable(name: "self", arg: 1, scope: !1538, file: !679, line: 1628, type: !1543)
!1538 = distinct !DISubprogram(name: "deref<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN68_$LT$core..cell..Ref$LT$T$GT$$u20$as$u20$core..ops..deref..Deref$GT$5deref17hdd15c19b828cadd4E", scope: !1539, file: !679, line: 1628, type: !1540, scopeLine: 1628, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, retainedNodes: !1544)
!1539 = !DINamespace(name: "{impl#46}", scope: !29)
!1540 = !DISubroutineType(types: !1541)
!1541 = !{!1542, !1543}
!1542 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&alloc::vec::Vec<u8, alloc::alloc::Global>", baseType: !806, size: 64, align: 64, dwarfAddressSpace: 0)
!1543 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !901, size: 64, align: 64, dwarfAddressSpace: 0)
!1544 = !{!1537}
!1545 = !DILocation(line: 1628, column: 14, scope: !1538, inlinedAt: !1535)
!1546 = !DILocation(line: 444, column: 20, scope: !1547, inlinedAt: !1552)
!1547 = distinct !DISubprogram(name: "as_ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h9fbc0f329bad1dd5E", scope: !904, file: !290, line: 440, type: !1548, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !1551)
!1548 = !DISubroutineType(types: !1549)
!1549 = !{!1542, !1550}
!1550 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::ptr::non_null::NonNull<alloc::vec::Vec<u8, alloc::alloc::Global>>", baseType: !904, size: 64, align: 64, dwarfAddressSpace: 0)
!1551 = !DISubprogram(name: "as_ref<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$6as_ref17h9fbc0f329bad1dd5E", scope: !904, file: !290, line: 440, type: !1548, scopeLine: 440, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!1552 = !DILocation(line: 1630, column: 29, scope: !1538, inlinedAt: !1535)
!1553 = !DILocation(line: 135, column: 9, scope: !1554, inlinedAt: !1557)
!1554 = distinct !DISubprogram(name: "cast_const<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$10cast_const17h61c6574242e87fb8E", scope: !314, file: !313, line: 134, type: !1555, scopeLine: 134, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833)
!1555 = !DISubroutineType(types: !1556)
!1556 = !{!907, !875}
!1557 = !DILocation(line: 444, column: 34, scope: !1547, inlinedAt: !1552)
!1558 = !DILocalVariable(name: "self", arg: 1, scope: !1559, file: !1431, line: 2996, type: !907)
!1559 = distinct !DISubprogram(name: "len<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$3len17hac1e5a8129f668c0E", scope: !806, file: !1431, line: 2996, type: !1560, scopeLine: 2996, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, declaration: !1562, retainedNodes: !1563)
!1560 = !DISubroutineType(types: !1561)
!1561 = !{!99, !1542}
!1562 = !DISubprogram(name: "len<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$3len17hac1e5a8129f668c0E", scope: !806, file: !1431, line: 2996, type: !1560, scopeLine: 2996, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !831)
!1563 = !{!1558}
!1564 = !DILocation(line: 2996, column: 22, scope: !1559, inlinedAt: !1565)
!1565 = !DILocation(line: 83, column: 16, scope: !1529)
!1566 = !DILocation(line: 2997, column: 19, scope: !1559, inlinedAt: !1565)
!1567 = !DILocation(line: 3002, column: 37, scope: !1559, inlinedAt: !1565)
!1568 = !DILocation(line: 3002, column: 18, scope: !1559, inlinedAt: !1565)
!1569 = !DILocation(line: 84, column: 1, scope: !1529)
!1570 = !DILocation(line: 84, column: 2, scope: !1529)
!1571 = distinct !DISubprogram(name: "shared_hits", linkageName: "_ZN7sharing11shared_hits17he8f9a557f6385c62E", scope: !2, file: !3, line: 102, type: !1572, scopeLine: 102, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1575)
!1572 = !DISubroutineType(types: !1573)
!1573 = !{!99, !1574}
!1574 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::Shared", baseType: !788, size: 64, align: 64, dwarfAddressSpace: 0)
!1575 = !{!1576}
!1576 = !DILocalVariable(name: "s", arg: 1, scope: !1571, file: !3, line: 102, type: !1574)
!1577 = !DILocation(line: 102, column: 20, scope: !1571)
!1578 = !DILocation(line: 2842, column: 32, scope: !1579, inlinedAt: !1587)
!1579 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !791, file: !1077, line: 2842, type: !1580, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1583, retainedNodes: !1584)
!1580 = !DISubroutineType(types: !1581)
!1581 = !{!99, !1582, !180}
!1582 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicUsize", baseType: !791, size: 64, align: 64, dwarfAddressSpace: 0)
!1583 = !DISubprogram(name: "load", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize4load", scope: !791, file: !1077, line: 2842, type: !1580, scopeLine: 2842, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1584 = !{!1585, !1586}
!1585 = !DILocalVariable(name: "self", arg: 1, scope: !1579, file: !1077, line: 2842, type: !1582)
!1586 = !DILocalVariable(name: "order", scope: !1579, file: !1077, line: 2842, type: !180, align: 8)
!1587 = !DILocation(line: 103, column: 12, scope: !1571)
!1588 = !DILocation(line: 2842, column: 25, scope: !1579, inlinedAt: !1587)
!1589 = !DILocalVariable(name: "self", arg: 1, scope: !1590, file: !679, line: 2443, type: !1594)
!1590 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h04b1b191975c171fE", scope: !794, file: !679, line: 2443, type: !1591, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !501, declaration: !1595, retainedNodes: !1596)
!1591 = !DISubroutineType(types: !1592)
!1592 = !{!1593, !1594}
!1593 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !99, size: 64, align: 64, dwarfAddressSpace: 0)
!1594 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !794, size: 64, align: 64, dwarfAddressSpace: 0)
!1595 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h04b1b191975c171fE", scope: !794, file: !679, line: 2443, type: !1591, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !501)
!1596 = !{!1589}
!1597 = !DILocation(line: 2443, column: 22, scope: !1590, inlinedAt: !1598)
!1598 = !DILocation(line: 2844, column: 45, scope: !1579, inlinedAt: !1587)
!1599 = !DILocation(line: 2447, column: 9, scope: !1590, inlinedAt: !1598)
!1600 = !DILocation(line: 2844, column: 26, scope: !1579, inlinedAt: !1587)
!1601 = !DILocation(line: 104, column: 2, scope: !1571)
!1602 = distinct !DISubprogram(name: "run", linkageName: "_ZN7sharing3run17h690fdd3efc0cbda0E", scope: !2, file: !3, line: 116, type: !1603, scopeLine: 116, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1605)
!1603 = !DISubroutineType(types: !1604)
!1604 = !{!53}
!1605 = !{!1606, !1611, !1625, !1630, !1632, !1634, !1636, !1638}
!1606 = !DILocalVariable(name: "shared", scope: !1607, file: !3, line: 117, type: !1608, align: 64)
!1607 = distinct !DILexicalBlock(scope: !1602, file: !3, line: 117, column: 5)
!1608 = !DICompositeType(tag: DW_TAG_structure_type, name: "MyAtomic", scope: !2, file: !8, size: 64, align: 64, flags: DIFlagPublic, elements: !1609, templateParams: !35, identifier: "8552357db5ae3e459bec0fe72d56fa6a")
!1609 = !{!1610}
!1610 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1608, file: !8, baseType: !794, size: 64, align: 64, flags: DIFlagPrivate)
!1611 = !DILocalVariable(name: "o", scope: !1612, file: !3, line: 118, type: !1613, align: 64)
!1612 = distinct !DILexicalBlock(scope: !1607, file: !3, line: 118, column: 5)
!1613 = !DICompositeType(tag: DW_TAG_structure_type, name: "Outer", scope: !2, file: !8, size: 256, align: 64, flags: DIFlagPublic, elements: !1614, templateParams: !35, identifier: "964c9aa9c809d13b73bef329a7942c5a")
!1614 = !{!1615, !1616, !1621}
!1615 = !DIDerivedType(tag: DW_TAG_member, name: "tag", scope: !1613, file: !8, baseType: !46, size: 8, align: 8, offset: 192, flags: DIFlagPublic)
!1616 = !DIDerivedType(tag: DW_TAG_member, name: "inner", scope: !1613, file: !8, baseType: !1617, size: 128, align: 64, flags: DIFlagPublic)
!1617 = !DICompositeType(tag: DW_TAG_structure_type, name: "Inner", scope: !2, file: !8, size: 128, align: 64, flags: DIFlagPublic, elements: !1618, templateParams: !35, identifier: "7a08b07cf2c05ae3ce8dd9b03fe30bbe")
!1618 = !{!1619, !1620}
!1619 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !1617, file: !8, baseType: !32, size: 32, align: 32, offset: 64, flags: DIFlagPublic)
!1620 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !1617, file: !8, baseType: !53, size: 64, align: 64, flags: DIFlagPublic)
!1621 = !DIDerivedType(tag: DW_TAG_member, name: "cells", scope: !1613, file: !8, baseType: !1622, size: 64, align: 16, offset: 128, flags: DIFlagPublic)
!1622 = !DICompositeType(tag: DW_TAG_array_type, baseType: !1148, size: 64, align: 16, elements: !1623)
!1623 = !{!1624}
!1624 = !DISubrange(count: 4, lowerBound: 0)
!1625 = !DILocalVariable(name: "c", scope: !1626, file: !3, line: 119, type: !1627, align: 32)
!1626 = distinct !DILexicalBlock(scope: !1612, file: !3, line: 119, column: 5)
!1627 = !DICompositeType(tag: DW_TAG_structure_type, name: "Cell<u32>", scope: !29, file: !8, size: 32, align: 32, flags: DIFlagPublic, elements: !1628, templateParams: !33, identifier: "f999d15df0d8f93d8c40b7ff1ea8692b")
!1628 = !{!1629}
!1629 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1627, file: !8, baseType: !28, size: 32, align: 32, flags: DIFlagPrivate)
!1630 = !DILocalVariable(name: "r", scope: !1631, file: !3, line: 120, type: !918, align: 64)
!1631 = distinct !DILexicalBlock(scope: !1626, file: !3, line: 120, column: 5)
!1632 = !DILocalVariable(name: "regs", scope: !1633, file: !3, line: 121, type: !1518, align: 32)
!1633 = distinct !DILexicalBlock(scope: !1631, file: !3, line: 121, column: 5)
!1634 = !DILocalVariable(name: "word", scope: !1635, file: !3, line: 122, type: !32, align: 32)
!1635 = distinct !DILexicalBlock(scope: !1633, file: !3, line: 122, column: 5)
!1636 = !DILocalVariable(name: "s", scope: !1637, file: !3, line: 123, type: !788, align: 64)
!1637 = distinct !DILexicalBlock(scope: !1635, file: !3, line: 123, column: 5)
!1638 = !DILocalVariable(name: "total", scope: !1639, file: !3, line: 128, type: !53, align: 64)
!1639 = distinct !DILexicalBlock(scope: !1637, file: !3, line: 128, column: 5)
!1640 = !DILocation(line: 117, column: 9, scope: !1607)
!1641 = !DILocation(line: 118, column: 9, scope: !1612)
!1642 = !DILocation(line: 119, column: 9, scope: !1626)
!1643 = !DILocation(line: 120, column: 9, scope: !1631)
!1644 = !DILocalVariable(name: "value", arg: 1, scope: !1645, file: !679, line: 971, type: !806)
!1645 = distinct !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$3new17h137b5182219d7328E", scope: !918, file: !679, line: 971, type: !1646, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !1648, retainedNodes: !1649)
!1646 = !DISubroutineType(types: !1647)
!1647 = !{!918, !806}
!1648 = !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell16RefCell$LT$T$GT$3new17h137b5182219d7328E", scope: !918, file: !679, line: 971, type: !1646, scopeLine: 971, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!1649 = !{!1644}
!1650 = !DILocation(line: 971, column: 22, scope: !1645, inlinedAt: !1651)
!1651 = !DILocation(line: 120, column: 13, scope: !1626)
!1652 = !DILocation(line: 121, column: 9, scope: !1633)
!1653 = !DILocation(line: 122, column: 9, scope: !1635)
!1654 = !DILocation(line: 123, column: 9, scope: !1637)
!1655 = !DILocalVariable(name: "t", arg: 1, scope: !1656, file: !1657, line: 350, type: !806)
!1656 = distinct !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$3new17ha55f6271d9a4cd3fE", scope: !798, file: !1657, line: 350, type: !1658, scopeLine: 350, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !1660, retainedNodes: !1661)
!1657 = !DIFile(filename: "library/std/src/sync/poison/mutex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "78bfced6bc07033bbd081e9ae0e8ed7e")
!1658 = !DISubroutineType(types: !1659)
!1659 = !{!798, !806}
!1660 = !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN3std4sync6poison5mutex14Mutex$LT$T$GT$3new17ha55f6271d9a4cd3fE", scope: !798, file: !1657, line: 350, type: !1658, scopeLine: 350, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!1661 = !{!1655}
!1662 = !DILocation(line: 350, column: 22, scope: !1656, inlinedAt: !1663)
!1663 = !DILocation(line: 123, column: 56, scope: !1635)
!1664 = !DILocation(line: 2346, column: 22, scope: !1665, inlinedAt: !1671)
!1665 = distinct !DISubprogram(name: "new<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3new17h75421143c0aa514dE", scope: !794, file: !679, line: 2346, type: !1666, scopeLine: 2346, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !501, declaration: !1668, retainedNodes: !1669)
!1666 = !DISubroutineType(types: !1667)
!1667 = !{!794, !99}
!1668 = !DISubprogram(name: "new<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3new17h75421143c0aa514dE", scope: !794, file: !679, line: 2346, type: !1666, scopeLine: 2346, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !501)
!1669 = !{!1670}
!1670 = !DILocalVariable(name: "value", scope: !1665, file: !679, line: 2346, type: !99, align: 64)
!1671 = !DILocation(line: 117, column: 36, scope: !1602)
!1672 = !DILocation(line: 414, column: 22, scope: !1673, inlinedAt: !1679)
!1673 = distinct !DISubprogram(name: "new<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17h01c977daa68b72adE", scope: !1627, file: !679, line: 414, type: !1674, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !1676, retainedNodes: !1677)
!1674 = !DISubroutineType(types: !1675)
!1675 = !{!1627, !32}
!1676 = !DISubprogram(name: "new<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3new17h01c977daa68b72adE", scope: !1627, file: !679, line: 414, type: !1674, scopeLine: 414, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!1677 = !{!1678}
!1678 = !DILocalVariable(name: "value", scope: !1673, file: !679, line: 414, type: !32, align: 32)
!1679 = !DILocation(line: 119, column: 13, scope: !1612)
!1680 = !DILocalVariable(name: "alloc", scope: !1681, file: !1682, line: 483, type: !195, align: 8)
!1681 = distinct !DILexicalBlock(scope: !1683, file: !1682, line: 483, column: 13)
!1682 = !DIFile(filename: "library/alloc/src/slice.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c354101fc648df7ae7a06556360deeb9")
!1683 = distinct !DILexicalBlock(scope: !1684, file: !1682, line: 482, column: 13)
!1684 = distinct !DISubprogram(name: "into_vec<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc5slice29_$LT$impl$u20$$u5b$T$u5d$$GT$8into_vec17hfe48cf323f185c5cE", scope: !1685, file: !1682, line: 480, type: !1687, scopeLine: 480, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, retainedNodes: !1693)
!1685 = !DINamespace(name: "{impl#0}", scope: !1686)
!1686 = !DINamespace(name: "slice", scope: !197)
!1687 = !DISubroutineType(types: !1688)
!1688 = !{!806, !1689}
!1689 = !DICompositeType(tag: DW_TAG_structure_type, name: "alloc::boxed::Box<[u8], alloc::alloc::Global>", file: !8, size: 128, align: 64, elements: !1690, templateParams: !35, identifier: "921886ecc911f281d55f77903c5973b8")
!1690 = !{!1691, !1692}
!1691 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !1689, file: !8, baseType: !216, size: 64, align: 64)
!1692 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !1689, file: !8, baseType: !99, size: 64, align: 64, offset: 64)
!1693 = !{!1694, !1694, !1694, !1695, !1696, !1680}
!1694 = !DILocalVariable(name: "self", scope: !1684, file: !1682, line: 480, type: !1689, align: 64)
!1695 = !DILocalVariable(name: "len", scope: !1683, file: !1682, line: 482, type: !99, align: 64)
!1696 = !DILocalVariable(name: "b", scope: !1681, file: !1682, line: 483, type: !426, align: 64)
!1697 = !DILocation(line: 483, column: 21, scope: !1681, inlinedAt: !1698)
!1698 = !DILocation(line: 265, column: 44, scope: !1699, inlinedAt: !1722)
!1699 = distinct !DISubprogram(name: "box_assume_init_into_vec_unsafe<u8, 1>", linkageName: "_ZN5alloc5boxed31box_assume_init_into_vec_unsafe17h7841d4e5b1dd5b28E", scope: !613, file: !612, line: 262, type: !1700, scopeLine: 262, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !1720)
!1700 = !DISubroutineType(types: !1701)
!1701 = !{!806, !1702}
!1702 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<core::mem::maybe_uninit::MaybeUninit<[u8; 1]>, alloc::alloc::Global>", baseType: !1703, size: 64, align: 64, dwarfAddressSpace: 0)
!1703 = !DICompositeType(tag: DW_TAG_union_type, name: "MaybeUninit<[u8; 1]>", scope: !76, file: !8, size: 8, align: 8, elements: !1704, templateParams: !1718, identifier: "763aab2685abdd2865928cc58ef72f4f")
!1704 = !{!1705, !1706}
!1705 = !DIDerivedType(tag: DW_TAG_member, name: "uninit", scope: !1703, file: !8, baseType: !80, align: 8)
!1706 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1703, file: !8, baseType: !1707, size: 8, align: 8)
!1707 = !DICompositeType(tag: DW_TAG_structure_type, name: "ManuallyDrop<[u8; 1]>", scope: !83, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !1708, templateParams: !1718, identifier: "9a6fa98899829520b23186b00c579ffa")
!1708 = !{!1709}
!1709 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !1707, file: !8, baseType: !1710, size: 8, align: 8, flags: DIFlagPrivate)
!1710 = !DICompositeType(tag: DW_TAG_structure_type, name: "MaybeDangling<[u8; 1]>", scope: !87, file: !8, size: 8, align: 8, flags: DIFlagPublic, elements: !1711, templateParams: !1716, identifier: "3c74d7a89430ba5c8618c2c2921f1d2e")
!1711 = !{!1712}
!1712 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1710, file: !8, baseType: !1713, size: 8, align: 8, flags: DIFlagPrivate)
!1713 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 8, align: 8, elements: !1714)
!1714 = !{!1715}
!1715 = !DISubrange(count: 1, lowerBound: 0)
!1716 = !{!1717}
!1717 = !DITemplateTypeParameter(name: "P", type: !1713)
!1718 = !{!1719}
!1719 = !DITemplateTypeParameter(name: "T", type: !1713)
!1720 = !{!1721}
!1721 = !DILocalVariable(name: "b", arg: 1, scope: !1699, file: !612, line: 263, type: !1702)
!1722 = !DILocation(line: 120, column: 26, scope: !1723)
!1723 = !DILexicalBlockFile(scope: !1626, file: !3, discriminator: 2)
!1724 = !DILocalVariable(name: "alloc", scope: !1725, file: !1431, line: 1181, type: !195, align: 8)
!1725 = distinct !DISubprogram(name: "from_raw_parts_in<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$17from_raw_parts_in17h0ca44bfd17b694ecE", scope: !806, file: !1431, line: 1181, type: !1726, scopeLine: 1181, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, declaration: !1728, retainedNodes: !1729)
!1726 = !DISubroutineType(types: !1727)
!1727 = !{!806, !244, !99, !99, !195}
!1728 = !DISubprogram(name: "from_raw_parts_in<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc3vec16Vec$LT$T$C$A$GT$17from_raw_parts_in17h0ca44bfd17b694ecE", scope: !806, file: !1431, line: 1181, type: !1726, scopeLine: 1181, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !831)
!1729 = !{!1730, !1731, !1732, !1724}
!1730 = !DILocalVariable(name: "ptr", arg: 1, scope: !1725, file: !1431, line: 1181, type: !244)
!1731 = !DILocalVariable(name: "length", arg: 2, scope: !1725, file: !1431, line: 1181, type: !99)
!1732 = !DILocalVariable(name: "capacity", arg: 3, scope: !1725, file: !1431, line: 1181, type: !99)
!1733 = !DILocation(line: 1181, column: 82, scope: !1725, inlinedAt: !1734)
!1734 = !DILocation(line: 484, column: 13, scope: !1681, inlinedAt: !1698)
!1735 = !DILocalVariable(name: "alloc", scope: !1736, file: !1273, line: 263, type: !195, align: 8)
!1736 = distinct !DISubprogram(name: "from_raw_parts_in<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$17from_raw_parts_in17h2f8c466c8e8b6b6cE", scope: !810, file: !1273, line: 263, type: !1737, scopeLine: 263, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, declaration: !1739, retainedNodes: !1740)
!1737 = !DISubroutineType(types: !1738)
!1738 = !{!810, !244, !99, !195}
!1739 = !DISubprogram(name: "from_raw_parts_in<u8, alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec19RawVec$LT$T$C$A$GT$17from_raw_parts_in17h2f8c466c8e8b6b6cE", scope: !810, file: !1273, line: 263, type: !1737, scopeLine: 263, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !831)
!1740 = !{!1741, !1742, !1735, !1743, !1745}
!1741 = !DILocalVariable(name: "ptr", arg: 1, scope: !1736, file: !1273, line: 263, type: !244)
!1742 = !DILocalVariable(name: "capacity", arg: 2, scope: !1736, file: !1273, line: 263, type: !99)
!1743 = !DILocalVariable(name: "ptr", scope: !1744, file: !1273, line: 266, type: !244, align: 64)
!1744 = distinct !DILexicalBlock(scope: !1736, file: !1273, line: 266, column: 13)
!1745 = !DILocalVariable(name: "capacity", scope: !1746, file: !1273, line: 267, type: !824, align: 64)
!1746 = distinct !DILexicalBlock(scope: !1744, file: !1273, line: 267, column: 13)
!1747 = !DILocation(line: 263, column: 74, scope: !1736, inlinedAt: !1748)
!1748 = !DILocation(line: 1187, column: 29, scope: !1725, inlinedAt: !1734)
!1749 = !DILocalVariable(name: "alloc", scope: !1750, file: !1273, line: 596, type: !195, align: 8)
!1750 = distinct !DISubprogram(name: "from_raw_parts_in<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$17from_raw_parts_in17h49278b42fbc63b84E", scope: !814, file: !1273, line: 596, type: !1751, scopeLine: 596, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !828, declaration: !1753, retainedNodes: !1754)
!1751 = !DISubroutineType(types: !1752)
!1752 = !{!814, !244, !824, !195}
!1753 = !DISubprogram(name: "from_raw_parts_in<alloc::alloc::Global>", linkageName: "_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$17from_raw_parts_in17h49278b42fbc63b84E", scope: !814, file: !1273, line: 596, type: !1751, scopeLine: 596, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !828)
!1754 = !{!1755, !1756, !1749}
!1755 = !DILocalVariable(name: "ptr", arg: 1, scope: !1750, file: !1273, line: 596, type: !244)
!1756 = !DILocalVariable(name: "cap", arg: 2, scope: !1750, file: !1273, line: 596, type: !824)
!1757 = !DILocation(line: 596, column: 57, scope: !1750, inlinedAt: !1758)
!1758 = !DILocation(line: 269, column: 24, scope: !1746, inlinedAt: !1748)
!1759 = !DILocation(line: 2607, column: 30, scope: !1760, inlinedAt: !1766)
!1760 = distinct !DISubprogram(name: "new", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize3new", scope: !791, file: !1077, line: 2607, type: !1761, scopeLine: 2607, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1763, retainedNodes: !1764)
!1761 = !DISubroutineType(types: !1762)
!1762 = !{!791, !99}
!1763 = !DISubprogram(name: "new", linkageName: "_RNvMs1v_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_11AtomicUsize3new", scope: !791, file: !1077, line: 2607, type: !1761, scopeLine: 2607, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1764 = !{!1765}
!1765 = !DILocalVariable(name: "v", scope: !1760, file: !1077, line: 2607, type: !99, align: 64)
!1766 = !DILocation(line: 123, column: 28, scope: !1635)
!1767 = !DILocation(line: 258, column: 22, scope: !1768, inlinedAt: !1775)
!1768 = distinct !DISubprogram(name: "new<u32>", linkageName: "_ZN3std4sync6poison6rwlock15RwLock$LT$T$GT$3new17h2001640e7217193fE", scope: !836, file: !1769, line: 258, type: !1770, scopeLine: 258, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !1772, retainedNodes: !1773)
!1769 = !DIFile(filename: "library/std/src/sync/poison/rwlock.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "98af8bcc57550f2be648a27b5aa88b47")
!1770 = !DISubroutineType(types: !1771)
!1771 = !{!836, !32}
!1772 = !DISubprogram(name: "new<u32>", linkageName: "_ZN3std4sync6poison6rwlock15RwLock$LT$T$GT$3new17h2001640e7217193fE", scope: !836, file: !1769, line: 258, type: !1770, scopeLine: 258, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!1773 = !{!1774}
!1774 = !DILocalVariable(name: "t", scope: !1768, file: !1769, line: 258, type: !32, align: 32)
!1775 = !DILocation(line: 123, column: 80, scope: !1635)
!1776 = !DILocation(line: 117, column: 9, scope: !1602)
!1777 = !DILocation(line: 117, column: 18, scope: !1602)
!1778 = !DILocation(line: 118, column: 9, scope: !1607)
!1779 = !DILocation(line: 118, column: 65, scope: !1607)
!1780 = !DILocation(line: 118, column: 13, scope: !1607)
!1781 = !DILocation(line: 118, column: 72, scope: !1607)
!1782 = !DILocation(line: 119, column: 9, scope: !1612)
!1783 = !DILocation(line: 415, column: 9, scope: !1673, inlinedAt: !1679)
!1784 = !DILocation(line: 120, column: 9, scope: !1626)
!1785 = !DILocation(line: 120, column: 26, scope: !1626)
!1786 = !DILocation(line: 317, column: 33, scope: !1787, inlinedAt: !1785)
!1787 = distinct !DISubprogram(name: "new_uninit<[u8; 1]>", linkageName: "_ZN5alloc5boxed12Box$LT$T$GT$10new_uninit17hc19f13f6840585f4E", scope: !1788, file: !612, line: 311, type: !1789, scopeLine: 311, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !1718)
!1788 = !DINamespace(name: "{impl#0}", scope: !613)
!1789 = !DISubroutineType(types: !1790)
!1790 = !{!1702}
!1791 = !DILocation(line: 317, column: 18, scope: !1787, inlinedAt: !1785)
!1792 = !DILocation(line: 263, column: 5, scope: !1699, inlinedAt: !1722)
!1793 = !DILocalVariable(name: "self", arg: 1, scope: !1794, file: !612, line: 1178, type: !1702)
!1794 = distinct !DISubprogram(name: "assume_init<[u8; 1], alloc::alloc::Global>", linkageName: "_ZN5alloc5boxed60Box$LT$core..mem..maybe_uninit..MaybeUninit$LT$T$GT$$C$A$GT$11assume_init17hbc45cafc72a2f57aE", scope: !1795, file: !612, line: 1178, type: !1796, scopeLine: 1178, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !1800, retainedNodes: !1799)
!1795 = !DINamespace(name: "{impl#6}", scope: !613)
!1796 = !DISubroutineType(types: !1797)
!1797 = !{!1798, !1702}
!1798 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "alloc::boxed::Box<[u8; 1], alloc::alloc::Global>", baseType: !1713, size: 64, align: 64, dwarfAddressSpace: 0)
!1799 = !{!1793}
!1800 = !{!1719, !829}
!1801 = !DILocation(line: 1178, column: 31, scope: !1794, inlinedAt: !1802)
!1802 = !DILocation(line: 265, column: 17, scope: !1699, inlinedAt: !1722)
!1803 = !DILocation(line: 1182, column: 18, scope: !1794, inlinedAt: !1802)
!1804 = !DILocation(line: 265, column: 14, scope: !1699, inlinedAt: !1722)
!1805 = !DILocation(line: 480, column: 35, scope: !1684, inlinedAt: !1698)
!1806 = !DILocation(line: 482, column: 23, scope: !1684, inlinedAt: !1698)
!1807 = !DILocation(line: 482, column: 17, scope: !1683, inlinedAt: !1698)
!1808 = !DILocation(line: 1181, column: 50, scope: !1725, inlinedAt: !1734)
!1809 = !DILocation(line: 1181, column: 65, scope: !1725, inlinedAt: !1734)
!1810 = !DILocation(line: 263, column: 57, scope: !1736, inlinedAt: !1748)
!1811 = !DILocalVariable(name: "cap", arg: 1, scope: !1812, file: !1273, line: 46, type: !99)
!1812 = distinct !DISubprogram(name: "new_cap<u8>", linkageName: "_ZN5alloc7raw_vec7new_cap17h2aa52b38d2260121E", scope: !811, file: !1273, line: 46, type: !1813, scopeLine: 46, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, retainedNodes: !1815)
!1813 = !DISubroutineType(types: !1814)
!1814 = !{!824, !99}
!1815 = !{!1811}
!1816 = !DILocation(line: 46, column: 22, scope: !1812, inlinedAt: !1817)
!1817 = !DILocation(line: 267, column: 28, scope: !1744, inlinedAt: !1748)
!1818 = !DILocalVariable(name: "val", arg: 1, scope: !1819, file: !1353, line: 40, type: !99)
!1819 = distinct !DISubprogram(name: "new_unchecked", linkageName: "_RNvMs1z_NtNtCsgEmfK2I1SDS_4core3num11niche_typesNtB6_14UsizeNoHighBit13new_unchecked", scope: !824, file: !1353, line: 40, type: !1813, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1820, retainedNodes: !1821)
!1820 = !DISubprogram(name: "new_unchecked", linkageName: "_RNvMs1z_NtNtCsgEmfK2I1SDS_4core3num11niche_typesNtB6_14UsizeNoHighBit13new_unchecked", scope: !824, file: !1353, line: 40, type: !1813, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1821 = !{!1818}
!1822 = !DILocation(line: 40, column: 47, scope: !1819, inlinedAt: !1823)
!1823 = !DILocation(line: 47, column: 47, scope: !1812, inlinedAt: !1817)
!1824 = !DILocation(line: 483, column: 59, scope: !1683, inlinedAt: !1698)
!1825 = !DILocalVariable(name: "b", scope: !1826, file: !612, line: 1633, type: !1689, align: 64)
!1826 = distinct !DISubprogram(name: "into_raw_with_allocator<[u8], alloc::alloc::Global>", linkageName: "_ZN5alloc5boxed16Box$LT$T$C$A$GT$23into_raw_with_allocator17hc7800db552517f66E", scope: !1827, file: !612, line: 1633, type: !1828, scopeLine: 1633, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !831, retainedNodes: !1834)
!1827 = !DINamespace(name: "{impl#9}", scope: !613)
!1828 = !DISubroutineType(types: !1829)
!1829 = !{!1830, !1689}
!1830 = !DICompositeType(tag: DW_TAG_structure_type, name: "(*mut [u8], alloc::alloc::Global)", file: !8, size: 128, align: 64, elements: !1831, templateParams: !35, identifier: "e394d810775258347b440782cbdda607")
!1831 = !{!1832, !1833}
!1832 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !1830, file: !8, baseType: !426, size: 128, align: 64)
!1833 = !DIDerivedType(tag: DW_TAG_member, name: "__1", scope: !1830, file: !8, baseType: !195, align: 8, offset: 128)
!1834 = !{!1825, !1825, !1825}
!1835 = !DILocation(line: 1633, column: 36, scope: !1826, inlinedAt: !1836)
!1836 = !DILocation(line: 483, column: 30, scope: !1683, inlinedAt: !1698)
!1837 = !DILocation(line: 1640, column: 19, scope: !1826, inlinedAt: !1836)
!1838 = !DILocation(line: 483, column: 18, scope: !1681, inlinedAt: !1698)
!1839 = !DILocation(line: 484, column: 36, scope: !1681, inlinedAt: !1698)
!1840 = !DILocation(line: 1181, column: 37, scope: !1725, inlinedAt: !1734)
!1841 = !DILocation(line: 263, column: 44, scope: !1736, inlinedAt: !1748)
!1842 = !DILocation(line: 266, column: 17, scope: !1744, inlinedAt: !1748)
!1843 = !DILocalVariable(name: "self", arg: 1, scope: !1844, file: !313, line: 31, type: !244)
!1844 = distinct !DISubprogram(name: "cast<u8, u8>", linkageName: "_ZN4core3ptr7mut_ptr31_$LT$impl$u20$$BP$mut$u20$T$GT$4cast17hcc6637c9b50a2278E", scope: !314, file: !313, line: 31, type: !1845, scopeLine: 31, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !666, retainedNodes: !1847)
!1845 = !DISubroutineType(types: !1846)
!1846 = !{!244, !244}
!1847 = !{!1843}
!1848 = !DILocation(line: 31, column: 26, scope: !1844, inlinedAt: !1849)
!1849 = !DILocation(line: 266, column: 27, scope: !1736, inlinedAt: !1748)
!1850 = !DILocation(line: 596, column: 33, scope: !1750, inlinedAt: !1758)
!1851 = !DILocalVariable(name: "ptr", arg: 1, scope: !1852, file: !1853, line: 87, type: !244)
!1852 = distinct !DISubprogram(name: "new_unchecked<u8>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$13new_unchecked17h17e5afb38cd493b0E", scope: !817, file: !1853, line: 87, type: !1854, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !1856, retainedNodes: !1857)
!1853 = !DIFile(filename: "library/core/src/ptr/unique.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "0c883d1b87b1db3c71f2415930363405")
!1854 = !DISubroutineType(types: !1855)
!1855 = !{!817, !244}
!1856 = !DISubprogram(name: "new_unchecked<u8>", linkageName: "_ZN4core3ptr6unique15Unique$LT$T$GT$13new_unchecked17h17e5afb38cd493b0E", scope: !817, file: !1853, line: 87, type: !1854, scopeLine: 87, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!1857 = !{!1851}
!1858 = !DILocation(line: 87, column: 39, scope: !1852, inlinedAt: !1859)
!1859 = !DILocation(line: 597, column: 30, scope: !1750, inlinedAt: !1758)
!1860 = !DILocalVariable(name: "ptr", arg: 1, scope: !1861, file: !290, line: 233, type: !244)
!1861 = distinct !DISubprogram(name: "new_unchecked<u8>", linkageName: "_ZN4core3ptr8non_null16NonNull$LT$T$GT$13new_unchecked17h0f93a0f15876fe64E", scope: !247, file: !290, line: 233, type: !323, scopeLine: 233, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !348, retainedNodes: !1862)
!1862 = !{!1860}
!1863 = !DILocation(line: 233, column: 39, scope: !1861, inlinedAt: !1864)
!1864 = !DILocation(line: 89, column: 36, scope: !1852, inlinedAt: !1859)
!1865 = !DILocation(line: 42, column: 26, scope: !1819, inlinedAt: !1823)
!1866 = !DILocation(line: 267, column: 17, scope: !1746, inlinedAt: !1748)
!1867 = !DILocation(line: 596, column: 47, scope: !1750, inlinedAt: !1758)
!1868 = !DILocation(line: 241, column: 13, scope: !1861, inlinedAt: !1864)
!1869 = !DILocation(line: 1187, column: 18, scope: !1725, inlinedAt: !1734)
!1870 = !DILocation(line: 973, column: 20, scope: !1645, inlinedAt: !1651)
!1871 = !DILocation(line: 2347, column: 9, scope: !1872, inlinedAt: !1870)
!1872 = distinct !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3new17hc91efce0eefe005cE", scope: !803, file: !679, line: 2346, type: !1873, scopeLine: 2346, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !833, declaration: !1875)
!1873 = !DISubroutineType(types: !1874)
!1874 = !{!803, !806}
!1875 = !DISubprogram(name: "new<alloc::vec::Vec<u8, alloc::alloc::Global>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3new17hc91efce0eefe005cE", scope: !803, file: !679, line: 2346, type: !1873, scopeLine: 2346, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !833)
!1876 = !DILocation(line: 972, column: 9, scope: !1645, inlinedAt: !1651)
!1877 = !DILocation(line: 977, column: 9, scope: !1645, inlinedAt: !1651)
!1878 = !DILocation(line: 120, column: 35, scope: !1626)
!1879 = !DILocation(line: 121, column: 9, scope: !1631)
!1880 = !DILocation(line: 121, column: 16, scope: !1631)
!1881 = !DILocation(line: 122, column: 9, scope: !1633)
!1882 = !DILocation(line: 122, column: 20, scope: !1633)
!1883 = !DILocation(line: 123, column: 9, scope: !1635)
!1884 = !DILocation(line: 2608, column: 17, scope: !1760, inlinedAt: !1766)
!1885 = !DILocation(line: 123, column: 67, scope: !1635)
!1886 = !DILocation(line: 464, column: 9, scope: !1887, inlinedAt: !1885)
!1887 = distinct !DISubprogram(name: "new<u8>", linkageName: "_ZN5alloc3vec12Vec$LT$T$GT$3new17hba54e4c44cd08ed3E", scope: !806, file: !1431, line: 463, type: !1888, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !47, declaration: !1890)
!1888 = !DISubroutineType(types: !1889)
!1889 = !{!806}
!1890 = !DISubprogram(name: "new<u8>", linkageName: "_ZN5alloc3vec12Vec$LT$T$GT$3new17hba54e4c44cd08ed3E", scope: !806, file: !1431, line: 463, type: !1888, scopeLine: 463, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !47)
!1891 = !DILocation(line: 351, column: 24, scope: !1656, inlinedAt: !1663)
!1892 = !DILocation(line: 2608, column: 17, scope: !1893, inlinedAt: !1897)
!1893 = distinct !DISubprogram(name: "new", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU323new", scope: !22, file: !1077, line: 2607, type: !1894, scopeLine: 2607, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1896)
!1894 = !DISubroutineType(types: !1895)
!1895 = !{!22, !32}
!1896 = !DISubprogram(name: "new", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU323new", scope: !22, file: !1077, line: 2607, type: !1894, scopeLine: 2607, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1897 = !DILocation(line: 18, column: 23, scope: !1898, inlinedAt: !1891)
!1898 = distinct !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex3new", scope: !15, file: !1899, line: 17, type: !1900, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1902)
!1899 = !DIFile(filename: "library/std/src/sys/sync/mutex/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "28fe35bad6ff340af707b997fcc6da8c")
!1900 = !DISubroutineType(types: !1901)
!1901 = !{!15}
!1902 = !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync5mutex5futexNtB2_5Mutex3new", scope: !15, file: !1899, line: 17, type: !1900, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1903 = !DILocation(line: 18, column: 9, scope: !1898, inlinedAt: !1891)
!1904 = !DILocation(line: 531, column: 9, scope: !1905, inlinedAt: !1909)
!1905 = distinct !DISubprogram(name: "new", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool3new", scope: !40, file: !1077, line: 530, type: !1906, scopeLine: 530, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1908)
!1906 = !DISubroutineType(types: !1907)
!1907 = !{!40, !4}
!1908 = !DISubprogram(name: "new", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool3new", scope: !40, file: !1077, line: 530, type: !1906, scopeLine: 530, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1909 = !DILocation(line: 106, column: 21, scope: !1910, inlinedAt: !1915)
!1910 = distinct !DISubprogram(name: "new", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3new", scope: !37, file: !1911, line: 103, type: !1912, scopeLine: 103, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1914)
!1911 = !DIFile(filename: "library/std/src/sync/poison.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2e3c11b46f6d3701d7040e42c871708c")
!1912 = !DISubroutineType(types: !1913)
!1913 = !{!37}
!1914 = !DISubprogram(name: "new", linkageName: "_RNvMNtNtCsjrHSEGnQ3l9_3std4sync6poisonNtB2_4Flag3new", scope: !37, file: !1911, line: 103, type: !1912, scopeLine: 103, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1915 = !DILocation(line: 351, column: 51, scope: !1656, inlinedAt: !1663)
!1916 = !DILocation(line: 104, column: 9, scope: !1910, inlinedAt: !1915)
!1917 = !DILocation(line: 351, column: 78, scope: !1656, inlinedAt: !1663)
!1918 = !DILocation(line: 2347, column: 9, scope: !1872, inlinedAt: !1917)
!1919 = !DILocation(line: 351, column: 9, scope: !1656, inlinedAt: !1663)
!1920 = !DILocation(line: 351, column: 97, scope: !1656, inlinedAt: !1663)
!1921 = !DILocation(line: 123, column: 73, scope: !1635)
!1922 = !DILocation(line: 259, column: 25, scope: !1768, inlinedAt: !1775)
!1923 = !DILocation(line: 83, column: 9, scope: !1924, inlinedAt: !1922)
!1924 = distinct !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync6rwlock5futexNtB2_6RwLock3new", scope: !840, file: !1925, line: 82, type: !1926, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1928)
!1925 = !DIFile(filename: "library/std/src/sys/sync/rwlock/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "ab11c8d27daeca4d873584327128465c")
!1926 = !DISubroutineType(types: !1927)
!1927 = !{!840}
!1928 = !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync6rwlock5futexNtB2_6RwLock3new", scope: !840, file: !1925, line: 82, type: !1926, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1929 = !DILocation(line: 259, column: 9, scope: !1768, inlinedAt: !1775)
!1930 = !DILocation(line: 259, column: 99, scope: !1768, inlinedAt: !1775)
!1931 = !DILocation(line: 124, column: 26, scope: !1635)
!1932 = !DILocation(line: 65, column: 26, scope: !1933, inlinedAt: !1931)
!1933 = distinct !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtCsjrHSEGnQ3l9_3std4sync6poison7condvarNtB2_7Condvar3new", scope: !849, file: !1934, line: 64, type: !1935, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1937)
!1934 = !DIFile(filename: "library/std/src/sync/poison/condvar.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8e0c3c5053fcb9b055be1a36ccbef343")
!1935 = !DISubroutineType(types: !1936)
!1936 = !{!849}
!1937 = !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtCsjrHSEGnQ3l9_3std4sync6poison7condvarNtB2_7Condvar3new", scope: !849, file: !1934, line: 64, type: !1935, scopeLine: 64, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1938 = !DILocation(line: 16, column: 9, scope: !1939, inlinedAt: !1932)
!1939 = distinct !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar3new", scope: !853, file: !1940, line: 15, type: !1941, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1943)
!1940 = !DIFile(filename: "library/std/src/sys/sync/condvar/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48ccccf106e24ac69b0e68421845ce55")
!1941 = !DISubroutineType(types: !1942)
!1942 = !{!853}
!1943 = !DISubprogram(name: "new", linkageName: "_RNvMNtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync7condvar5futexNtB2_7Condvar3new", scope: !853, file: !1940, line: 15, type: !1941, scopeLine: 15, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!1944 = !DILocation(line: 65, column: 9, scope: !1933, inlinedAt: !1931)
!1945 = !DILocation(line: 65, column: 46, scope: !1933, inlinedAt: !1931)
!1946 = !DILocation(line: 123, column: 13, scope: !1635)
!1947 = !DILocation(line: 124, column: 41, scope: !1635)
!1948 = !DILocation(line: 125, column: 14, scope: !1637)
!1949 = !DILocation(line: 126, column: 5, scope: !1637)
!1950 = !DILocation(line: 133, column: 1, scope: !1635)
!1951 = !DILocation(line: 127, column: 5, scope: !1637)
!1952 = !DILocation(line: 128, column: 17, scope: !1637)
!1953 = !DILocation(line: 128, column: 39, scope: !1637)
!1954 = !DILocation(line: 128, column: 54, scope: !1637)
!1955 = !DILocation(line: 128, column: 76, scope: !1637)
!1956 = !DILocation(line: 129, column: 11, scope: !1637)
!1957 = !DILocation(line: 129, column: 39, scope: !1637)
!1958 = !DILocation(line: 129, column: 64, scope: !1637)
!1959 = !DILocation(line: 129, column: 86, scope: !1637)
!1960 = !DILocation(line: 130, column: 11, scope: !1637)
!1961 = !DILocation(line: 128, column: 9, scope: !1639)
!1962 = !DILocation(line: 131, column: 5, scope: !1639)
!1963 = !DILocation(line: 133, column: 1, scope: !1626)
!1964 = !DILocation(line: 133, column: 1, scope: !1633)
!1965 = !DILocation(line: 133, column: 1, scope: !1631)
!1966 = !DILocation(line: 133, column: 1, scope: !1612)
!1967 = !DILocation(line: 133, column: 1, scope: !1607)
!1968 = !DILocation(line: 133, column: 1, scope: !1602)
!1969 = !DILocation(line: 133, column: 2, scope: !1602)
!1970 = !DILocation(line: 116, column: 1, scope: !1602)
!1971 = distinct !DISubprogram(name: "bump", linkageName: "_ZN7sharing4bump17hfa3d0c27c09d0ab0E", scope: !2, file: !3, line: 55, type: !1972, scopeLine: 55, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!1972 = !DISubroutineType(types: !1973)
!1973 = !{null}
!1974 = !DILocation(line: 57, column: 9, scope: !1971)
!1975 = !DILocation(line: 59, column: 2, scope: !1971)
!1976 = distinct !DISubprogram(name: "my_load", linkageName: "_ZN7sharing7my_load17hcb6ee0933feb2a4dE", scope: !2, file: !3, line: 72, type: !1977, scopeLine: 72, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1980)
!1977 = !DISubroutineType(types: !1978)
!1978 = !{!99, !1979}
!1979 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::MyAtomic", baseType: !1608, size: 64, align: 64, dwarfAddressSpace: 0)
!1980 = !{!1981}
!1981 = !DILocalVariable(name: "a", arg: 1, scope: !1976, file: !3, line: 72, type: !1979)
!1982 = !DILocation(line: 72, column: 16, scope: !1976)
!1983 = !DILocalVariable(name: "self", arg: 1, scope: !1984, file: !679, line: 2443, type: !1594)
!1984 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h04b1b191975c171fE", scope: !794, file: !679, line: 2443, type: !1591, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !501, declaration: !1595, retainedNodes: !1985)
!1985 = !{!1983}
!1986 = !DILocation(line: 2443, column: 22, scope: !1984, inlinedAt: !1987)
!1987 = !DILocation(line: 73, column: 23, scope: !1976)
!1988 = !DILocation(line: 73, column: 14, scope: !1976)
!1989 = !DILocation(line: 74, column: 2, scope: !1976)
!1990 = distinct !DISubprogram(name: "statics", linkageName: "_ZN7sharing7statics17hc9c8e9360af66e42E", scope: !2, file: !3, line: 112, type: !1488, scopeLine: 112, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!1991 = !DILocation(line: 114, column: 2, scope: !1990)
!1992 = distinct !DISubprogram(name: "cell_get", linkageName: "_ZN7sharing8cell_get17h8be7071736d6c258E", scope: !2, file: !3, line: 77, type: !1993, scopeLine: 77, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !1996)
!1993 = !DISubroutineType(types: !1994)
!1994 = !{!32, !1995}
!1995 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::Cell<u32>", baseType: !1627, size: 64, align: 64, dwarfAddressSpace: 0)
!1996 = !{!1997}
!1997 = !DILocalVariable(name: "c", arg: 1, scope: !1992, file: !3, line: 77, type: !1995)
!1998 = !DILocation(line: 77, column: 17, scope: !1992)
!1999 = !DILocalVariable(name: "self", arg: 1, scope: !2000, file: !679, line: 552, type: !1995)
!2000 = distinct !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h2e795790fb52da5eE", scope: !1627, file: !679, line: 552, type: !1993, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !2001, retainedNodes: !2002)
!2001 = !DISubprogram(name: "get<u32>", linkageName: "_ZN4core4cell13Cell$LT$T$GT$3get17h2e795790fb52da5eE", scope: !1627, file: !679, line: 552, type: !1993, scopeLine: 552, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!2002 = !{!1999}
!2003 = !DILocation(line: 552, column: 22, scope: !2000, inlinedAt: !2004)
!2004 = !DILocation(line: 78, column: 7, scope: !1992)
!2005 = !DILocation(line: 555, column: 18, scope: !2000, inlinedAt: !2004)
!2006 = !DILocation(line: 79, column: 2, scope: !1992)
!2007 = distinct !DISubprogram(name: "nested_b", linkageName: "_ZN7sharing8nested_b17h77e41f91ddd90e91E", scope: !2, file: !3, line: 67, type: !2008, scopeLine: 67, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !2011)
!2008 = !DISubroutineType(types: !2009)
!2009 = !{!53, !2010}
!2010 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::Outer", baseType: !1613, size: 64, align: 64, dwarfAddressSpace: 0)
!2011 = !{!2012}
!2012 = !DILocalVariable(name: "o", arg: 1, scope: !2007, file: !3, line: 67, type: !2010)
!2013 = !DILocation(line: 67, column: 17, scope: !2007)
!2014 = !DILocation(line: 68, column: 5, scope: !2007)
!2015 = !DILocation(line: 68, column: 17, scope: !2007)
!2016 = !DILocation(line: 69, column: 2, scope: !2007)
!2017 = distinct !DISubprogram(name: "poll_mut", linkageName: "_ZN7sharing8poll_mut17h339096898aafa4d5E", scope: !2, file: !3, line: 95, type: !2018, scopeLine: 95, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !2021)
!2018 = !DISubroutineType(types: !2019)
!2019 = !{null, !2020}
!2020 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u32", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!2021 = !{!2022}
!2022 = !DILocalVariable(name: "p", arg: 1, scope: !2017, file: !3, line: 95, type: !2020)
!2023 = !DILocation(line: 95, column: 17, scope: !2017)
!2024 = !DILocation(line: 97, column: 9, scope: !2017)
!2025 = !DILocation(line: 97, column: 15, scope: !2017)
!2026 = !DILocation(line: 99, column: 2, scope: !2017)
!2027 = distinct !DISubprogram(name: "plain_sum", linkageName: "_ZN7sharing9plain_sum17hc3d779fe67b4c073E", scope: !2, file: !3, line: 107, type: !2028, scopeLine: 107, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !2031)
!2028 = !DISubroutineType(types: !2029)
!2029 = !{!53, !2030}
!2030 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&sharing::Inner", baseType: !1617, size: 64, align: 64, dwarfAddressSpace: 0)
!2031 = !{!2032}
!2032 = !DILocalVariable(name: "v", arg: 1, scope: !2027, file: !3, line: 107, type: !2030)
!2033 = !DILocation(line: 107, column: 18, scope: !2027)
!2034 = !DILocation(line: 108, column: 5, scope: !2027)
!2035 = !DILocation(line: 108, column: 18, scope: !2027)
!2036 = !DILocation(line: 109, column: 2, scope: !2027)
!2037 = distinct !DISubprogram(name: "wait_flag", linkageName: "_ZN7sharing9wait_flag17hf94bd1f785e54155E", scope: !2, file: !3, line: 48, type: !1972, scopeLine: 48, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35)
!2038 = !DILocation(line: 50, column: 9, scope: !2037)
!2039 = !DILocation(line: 50, column: 16, scope: !2037)
!2040 = !{i8 0, i8 2}
!2041 = !DILocation(line: 52, column: 2, scope: !2037)
!2042 = distinct !DISubprogram(name: "drop<u32>", linkageName: "_ZN81_$LT$std..sync..once_lock..OnceLock$LT$T$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17haefd3c09bce5c108E", scope: !2044, file: !2043, line: 701, type: !2045, scopeLine: 701, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, retainedNodes: !2048)
!2043 = !DIFile(filename: "library/std/src/sync/once_lock.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "a7ada43c0ea10197a16b7c330683672e")
!2044 = !DINamespace(name: "{impl#11}", scope: !59)
!2045 = !DISubroutineType(types: !2046)
!2046 = !{null, !2047}
!2047 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::once_lock::OnceLock<u32>", baseType: !58, size: 64, align: 64, dwarfAddressSpace: 0)
!2048 = !{!2049}
!2049 = !DILocalVariable(name: "self", arg: 1, scope: !2042, file: !2043, line: 701, type: !2047)
!2050 = !DILocation(line: 701, column: 13, scope: !2042)
!2051 = !DILocalVariable(name: "self", arg: 1, scope: !2052, file: !2043, line: 522, type: !2047)
!2052 = distinct !DISubprogram(name: "initialized_mut<u32>", linkageName: "_ZN3std4sync9once_lock17OnceLock$LT$T$GT$15initialized_mut17h973c23165524da33E", scope: !58, file: !2043, line: 522, type: !2053, scopeLine: 522, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !2055, retainedNodes: !2056)
!2053 = !DISubroutineType(types: !2054)
!2054 = !{!4, !2047}
!2055 = !DISubprogram(name: "initialized_mut<u32>", linkageName: "_ZN3std4sync9once_lock17OnceLock$LT$T$GT$15initialized_mut17h973c23165524da33E", scope: !58, file: !2043, line: 522, type: !2053, scopeLine: 522, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!2056 = !{!2051, !2057}
!2057 = !DILocalVariable(name: "state", scope: !2058, file: !2043, line: 524, type: !187, align: 8)
!2058 = distinct !DILexicalBlock(scope: !2052, file: !2043, line: 524, column: 9)
!2059 = !DILocation(line: 522, column: 24, scope: !2052, inlinedAt: !2060)
!2060 = !DILocation(line: 702, column: 17, scope: !2042)
!2061 = !DILocation(line: 524, column: 13, scope: !2058, inlinedAt: !2060)
!2062 = !DILocation(line: 524, column: 13, scope: !2052, inlinedAt: !2060)
!2063 = !DILocalVariable(name: "self", arg: 1, scope: !2064, file: !2065, line: 319, type: !2068)
!2064 = distinct !DISubprogram(name: "state", linkageName: "_RNvMs0_NtNtCsjrHSEGnQ3l9_3std4sync4onceNtB5_4Once5state", scope: !62, file: !2065, line: 319, type: !2066, scopeLine: 319, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !2069, retainedNodes: !2070)
!2065 = !DIFile(filename: "library/std/src/sync/once.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "c990f8f8e91a9e7466748901b2bf1d92")
!2066 = !DISubroutineType(types: !2067)
!2067 = !{!187, !2068}
!2068 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sync::once::Once", baseType: !62, size: 64, align: 64, dwarfAddressSpace: 0)
!2069 = !DISubprogram(name: "state", linkageName: "_RNvMs0_NtNtCsjrHSEGnQ3l9_3std4sync4onceNtB5_4Once5state", scope: !62, file: !2065, line: 319, type: !2066, scopeLine: 319, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!2070 = !{!2063}
!2071 = !DILocation(line: 319, column: 25, scope: !2064, inlinedAt: !2072)
!2072 = !DILocation(line: 524, column: 31, scope: !2052, inlinedAt: !2060)
!2073 = !DILocalVariable(name: "self", arg: 1, scope: !2074, file: !2075, line: 86, type: !2078)
!2074 = distinct !DISubprogram(name: "state", linkageName: "_RNvMs0_NtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync4once5futexNtB5_4Once5state", scope: !66, file: !2075, line: 86, type: !2076, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !2079, retainedNodes: !2080)
!2075 = !DIFile(filename: "library/std/src/sys/sync/once/futex.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2aa4f7f4b233369cfc0e8b93e9c4f847")
!2076 = !DISubroutineType(types: !2077)
!2077 = !{!187, !2078}
!2078 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut std::sys::sync::once::futex::Once", baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!2079 = !DISubprogram(name: "state", linkageName: "_RNvMs0_NtNtNtNtCsjrHSEGnQ3l9_3std3sys4sync4once5futexNtB5_4Once5state", scope: !66, file: !2075, line: 86, type: !2076, scopeLine: 86, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!2080 = !{!2073}
!2081 = !DILocation(line: 86, column: 25, scope: !2074, inlinedAt: !2082)
!2082 = !DILocation(line: 320, column: 20, scope: !2064, inlinedAt: !2072)
!2083 = !DILocalVariable(name: "self", arg: 1, scope: !2084, file: !1077, line: 2688, type: !2088)
!2084 = distinct !DISubprogram(name: "get_mut", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU327get_mut", scope: !22, file: !1077, line: 2688, type: !2085, scopeLine: 2688, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !2089, retainedNodes: !2090)
!2085 = !DISubroutineType(types: !2086)
!2086 = !{!2087, !2088}
!2087 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut u32", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!2088 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::sync::atomic::AtomicU32", baseType: !22, size: 64, align: 64, dwarfAddressSpace: 0)
!2089 = !DISubprogram(name: "get_mut", linkageName: "_RNvMs1b_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB6_9AtomicU327get_mut", scope: !22, file: !1077, line: 2688, type: !2085, scopeLine: 2688, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!2090 = !{!2083}
!2091 = !DILocation(line: 2688, column: 28, scope: !2084, inlinedAt: !2092)
!2092 = !DILocation(line: 87, column: 38, scope: !2074, inlinedAt: !2082)
!2093 = !DILocation(line: 87, column: 9, scope: !2074, inlinedAt: !2082)
!2094 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 2000}
!2095 = !DILocation(line: 91, column: 18, scope: !2074, inlinedAt: !2082)
!2096 = !DILocalVariable(name: "s", arg: 1, scope: !2097, file: !1092, line: 741, type: !344)
!2097 = distinct !DISubprogram(name: "from_str_nonconst", linkageName: "_RNvMs2_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments17from_str_nonconst", scope: !1093, file: !1092, line: 741, type: !1173, scopeLine: 741, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !2098, retainedNodes: !2099)
!2098 = !DISubprogram(name: "from_str_nonconst", linkageName: "_RNvMs2_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments17from_str_nonconst", scope: !1093, file: !1092, line: 741, type: !1173, scopeLine: 741, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !35)
!2099 = !{!2096}
!2100 = !DILocation(line: 741, column: 30, scope: !2097, inlinedAt: !2095)
!2101 = !DILocalVariable(name: "s", arg: 1, scope: !2102, file: !1092, line: 815, type: !344)
!2102 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !1093, file: !1092, line: 815, type: !1173, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, declaration: !1175, retainedNodes: !2103)
!2103 = !{!2101}
!2104 = !DILocation(line: 815, column: 27, scope: !2102, inlinedAt: !2105)
!2105 = !DILocation(line: 742, column: 9, scope: !2097, inlinedAt: !2095)
!2106 = !DILocalVariable(name: "self", arg: 1, scope: !2107, file: !1180, line: 578, type: !344)
!2107 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !1181, file: !1180, line: 578, type: !1183, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !2108)
!2108 = !{!2106}
!2109 = !DILocation(line: 578, column: 25, scope: !2107, inlinedAt: !2110)
!2110 = !DILocation(line: 819, column: 44, scope: !2102, inlinedAt: !2105)
!2111 = !DILocalVariable(name: "self", arg: 1, scope: !2112, file: !1180, line: 157, type: !344)
!2112 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !1181, file: !1180, line: 157, type: !1191, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !2113)
!2113 = !{!2111}
!2114 = !DILocation(line: 157, column: 22, scope: !2112, inlinedAt: !2115)
!2115 = !DILocation(line: 820, column: 40, scope: !2102, inlinedAt: !2105)
!2116 = !DILocalVariable(name: "self", arg: 1, scope: !2117, file: !1180, line: 502, type: !344)
!2117 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !1181, file: !1180, line: 502, type: !1198, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !35, retainedNodes: !2118)
!2118 = !{!2116}
!2119 = !DILocation(line: 502, column: 27, scope: !2117, inlinedAt: !2120)
!2120 = !DILocation(line: 158, column: 14, scope: !2112, inlinedAt: !2115)
!2121 = !DILocation(line: 819, column: 27, scope: !2102, inlinedAt: !2105)
!2122 = !DILocation(line: 820, column: 23, scope: !2102, inlinedAt: !2105)
!2123 = !DILocation(line: 88, column: 27, scope: !2074, inlinedAt: !2082)
!2124 = !DILocation(line: 89, column: 25, scope: !2074, inlinedAt: !2082)
!2125 = !DILocation(line: 90, column: 25, scope: !2074, inlinedAt: !2082)
!2126 = !DILocation(line: 529, column: 5, scope: !2052, inlinedAt: !2060)
!2127 = !DILocalVariable(name: "self", arg: 1, scope: !2128, file: !679, line: 2468, type: !2132)
!2128 = distinct !DISubprogram(name: "get_mut<core::mem::maybe_uninit::MaybeUninit<u32>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$7get_mut17h088704643c0fe29aE", scope: !72, file: !679, line: 2468, type: !2129, scopeLine: 2468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !92, declaration: !2133, retainedNodes: !2134)
!2129 = !DISubroutineType(types: !2130)
!2130 = !{!2131, !2132}
!2131 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::mem::maybe_uninit::MaybeUninit<u32>", baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!2132 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::cell::UnsafeCell<core::mem::maybe_uninit::MaybeUninit<u32>>", baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!2133 = !DISubprogram(name: "get_mut<core::mem::maybe_uninit::MaybeUninit<u32>>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$7get_mut17h088704643c0fe29aE", scope: !72, file: !679, line: 2468, type: !2129, scopeLine: 2468, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !92)
!2134 = !{!2127}
!2135 = !DILocation(line: 2468, column: 26, scope: !2128, inlinedAt: !2136)
!2136 = !DILocation(line: 706, column: 33, scope: !2042)
!2137 = !DILocalVariable(name: "self", arg: 1, scope: !2138, file: !2139, line: 807, type: !2131)
!2138 = distinct !DISubprogram(name: "assume_init_drop<u32>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17hdfded481ddbb82d8E", scope: !75, file: !2139, line: 807, type: !2140, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !2142, retainedNodes: !2143)
!2139 = !DIFile(filename: "library/core/src/mem/maybe_uninit.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "89f2894609c73ba2762e84773a0bc293")
!2140 = !DISubroutineType(types: !2141)
!2141 = !{null, !2131}
!2142 = !DISubprogram(name: "assume_init_drop<u32>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$16assume_init_drop17hdfded481ddbb82d8E", scope: !75, file: !2139, line: 807, type: !2140, scopeLine: 807, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!2143 = !{!2137}
!2144 = !DILocation(line: 807, column: 42, scope: !2138, inlinedAt: !2145)
!2145 = !DILocation(line: 706, column: 43, scope: !2042)
!2146 = !DILocalVariable(name: "self", arg: 1, scope: !2147, file: !2139, line: 648, type: !2131)
!2147 = distinct !DISubprogram(name: "as_mut_ptr<u32>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$10as_mut_ptr17hc32b73b322c42d9fE", scope: !75, file: !2139, line: 648, type: !2148, scopeLine: 648, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !109, templateParams: !33, declaration: !2150, retainedNodes: !2151)
!2148 = !DISubroutineType(types: !2149)
!2149 = !{!2020, !2131}
!2150 = !DISubprogram(name: "as_mut_ptr<u32>", linkageName: "_ZN4core3mem12maybe_uninit20MaybeUninit$LT$T$GT$10as_mut_ptr17hc32b73b322c42d9fE", scope: !75, file: !2139, line: 648, type: !2148, scopeLine: 648, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !33)
!2151 = !{!2146}
!2152 = !DILocation(line: 648, column: 29, scope: !2147, inlinedAt: !2153)
!2153 = !DILocation(line: 814, column: 42, scope: !2138, inlinedAt: !2145)
!2154 = !DILocation(line: 650, column: 9, scope: !2147, inlinedAt: !2153)
!2155 = !DILocation(line: 702, column: 9, scope: !2042)
!2156 = !DILocation(line: 702, column: 12, scope: !2042)
!2157 = !DILocation(line: 708, column: 6, scope: !2042)
