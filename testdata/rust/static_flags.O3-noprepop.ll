; ModuleID = 'static_flags.e543df073df09b5d-cgu.0'
source_filename = "static_flags.e543df073df09b5d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE = global [8 x i8] zeroinitializer, align 8, !dbg !0
@_ZN12static_flags4DONE17hce52d96284a6a012E = global [1 x i8] zeroinitializer, align 1, !dbg !17
@_ZN12static_flags5READY17h161e297f0f569c43E = global [1 x i8] zeroinitializer, align 1, !dbg !30
@_ZN12static_flags5TICKS17h6d0470ece0fe81d4E = global [4 x i8] zeroinitializer, align 4, !dbg !33
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
define void @_ZN12static_flags10signal_all17h19df6628c84ebab3E() unnamed_addr #0 !dbg !52 {
start:
  %self.dbg.spill1 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %v.dbg.spill = alloca [8 x i8], align 8
  store i64 1, ptr %v.dbg.spill, align 8, !dbg !55
    #dbg_declare(ptr %v.dbg.spill, !63, !DIExpression(), !55)
  store i8 1, ptr %val.dbg.spill, align 1, !dbg !65
    #dbg_declare(ptr %val.dbg.spill, !74, !DIExpression(), !65)
  store i8 1, ptr %order.dbg.spill, align 1, !dbg !77
    #dbg_declare(ptr %order.dbg.spill, !75, !DIExpression(), !77)
  store i8 1, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !dbg !78
  %0 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !dbg !79, !noundef !16
  %1 = add i32 %0, 1, !dbg !79
  store i32 %1, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !dbg !79
  store ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, ptr %self.dbg.spill, align 8, !dbg !80
    #dbg_declare(ptr %self.dbg.spill, !62, !DIExpression(), !81)
    #dbg_value(ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, !82, !DIExpression(), !91)
  store i64 1, ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, align 8, !dbg !93
  store ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, ptr %self.dbg.spill1, align 8, !dbg !94
    #dbg_declare(ptr %self.dbg.spill1, !73, !DIExpression(), !95)
    #dbg_value(ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, !96, !DIExpression(), !104)
; call core::sync::atomic::atomic_store
  call void @_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE(ptr noundef @_ZN12static_flags4DONE17hce52d96284a6a012E, i8 noundef 1, i8 noundef 1) #4, !dbg !106
  ret void, !dbg !107
}

; static_flags::wait_ready
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10wait_ready17h21400d3def6d9b5cE() unnamed_addr #0 !dbg !108 {
start:
  br label %bb1, !dbg !109

bb1:                                              ; preds = %bb2, %start
  %0 = load i8, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !dbg !110, !range !111, !noundef !16
  %_1 = trunc nuw i8 %0 to i1, !dbg !110
  br i1 %_1, label %bb3, label %bb2, !dbg !110

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !109

bb3:                                              ; preds = %bb1
  ret void, !dbg !112
}

; static_flags::wait_ticks
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags10wait_ticks17h3dcd6f9457b59bb2E(i32 noundef %target) unnamed_addr #0 !dbg !113 {
start:
  %target.dbg.spill = alloca [4 x i8], align 4
  store i32 %target, ptr %target.dbg.spill, align 4
    #dbg_declare(ptr %target.dbg.spill, !117, !DIExpression(), !118)
  br label %bb1, !dbg !119

bb1:                                              ; preds = %bb2, %start
  %_3 = load i32, ptr @_ZN12static_flags5TICKS17h6d0470ece0fe81d4E, align 4, !dbg !120, !noundef !16
  %_2 = icmp ult i32 %_3, %target, !dbg !120
  br i1 %_2, label %bb2, label %bb3, !dbg !120

bb3:                                              ; preds = %bb1
  ret void, !dbg !121

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !119
}

; static_flags::wait_global_flag
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags16wait_global_flag17h4cd5232255b683f6E() unnamed_addr #0 !dbg !122 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8, !dbg !123
  br label %bb1, !dbg !123

bb1:                                              ; preds = %bb2, %start
  store ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, ptr %self.dbg.spill, align 8, !dbg !124
    #dbg_declare(ptr %self.dbg.spill, !125, !DIExpression(), !131)
    #dbg_value(ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, !133, !DIExpression(), !136)
  %_1 = load i64, ptr @_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE, align 8, !dbg !138, !noundef !16
  %0 = icmp eq i64 %_1, 0, !dbg !124
  br i1 %0, label %bb2, label %bb3, !dbg !124

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !123

bb3:                                              ; preds = %bb1
  ret void, !dbg !139
}

; static_flags::wait_ready_addr_of
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags18wait_ready_addr_of17h321107ee224861f2E() unnamed_addr #0 !dbg !140 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8, !dbg !141
  br label %bb1, !dbg !141

bb1:                                              ; preds = %bb2, %start
  store ptr @_ZN12static_flags5READY17h161e297f0f569c43E, ptr %self.dbg.spill, align 8, !dbg !142
    #dbg_declare(ptr %self.dbg.spill, !143, !DIExpression(), !182)
    #dbg_declare(ptr %self.dbg.spill, !184, !DIExpression(), !188)
  %0 = load i8, ptr @_ZN12static_flags5READY17h161e297f0f569c43E, align 1, !dbg !190, !range !111, !noundef !16
  %_1 = trunc nuw i8 %0 to i1, !dbg !190
  br i1 %_1, label %bb3, label %bb2, !dbg !191

bb2:                                              ; preds = %bb1
  br label %bb1, !dbg !141

bb3:                                              ; preds = %bb1
  ret void, !dbg !192
}

; static_flags::wait_done
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12static_flags9wait_done17h255f7dcfb4d72e14E() unnamed_addr #0 !dbg !193 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  store i8 2, ptr %order.dbg.spill, align 1, !dbg !194
    #dbg_declare(ptr %order.dbg.spill, !201, !DIExpression(), !194)
  br label %bb1, !dbg !203

bb1:                                              ; preds = %bb3, %start
  store ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, ptr %self.dbg.spill, align 8, !dbg !204
    #dbg_declare(ptr %self.dbg.spill, !200, !DIExpression(), !205)
    #dbg_value(ptr @_ZN12static_flags4DONE17hce52d96284a6a012E, !206, !DIExpression(), !209)
; call core::sync::atomic::atomic_load
  %_2 = call noundef i8 @_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E(ptr noundef @_ZN12static_flags4DONE17hce52d96284a6a012E, i8 noundef 2) #4, !dbg !211
  %0 = icmp eq i8 %_2, 0, !dbg !204
  br i1 %0, label %bb3, label %bb2, !dbg !204

bb3:                                              ; preds = %bb1
  br label %bb1, !dbg !203

bb2:                                              ; preds = %bb1
  ret void, !dbg !212
}

; core::sync::atomic::atomic_load
; Function Attrs: inlinehint nonlazybind uwtable
define internal noundef i8 @_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E(ptr noundef %dst, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 !dbg !213 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  %_0 = alloca [1 x i8], align 1
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !218, !DIExpression(), !220)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !219, !DIExpression(), !221)
  %_3 = zext i8 %order to i64, !dbg !222
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb3
    i64 2, label %bb5
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !223, !prof !224

bb1:                                              ; preds = %start
  unreachable, !dbg !222

bb6:                                              ; preds = %start
  %0 = load atomic i8, ptr %dst monotonic, align 1, !dbg !225
  store i8 %0, ptr %_0, align 1, !dbg !225
  br label %bb7, !dbg !225

bb3:                                              ; preds = %start
  store ptr @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr %s.dbg.spill, align 8, !dbg !226
  %1 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !226
  store i64 40, ptr %1, align 8, !dbg !226
    #dbg_declare(ptr %s.dbg.spill, !227, !DIExpression(), !320)
    #dbg_declare(ptr %s.dbg.spill, !321, !DIExpression(), !329)
    #dbg_declare(ptr %s.dbg.spill, !332, !DIExpression(), !337)
    #dbg_declare(ptr %s.dbg.spill, !339, !DIExpression(), !348)
  call void @llvm.assume(i1 true), !dbg !351
  %2 = icmp ne ptr inttoptr (i64 81 to ptr), null, !dbg !352
  call void @llvm.assume(i1 %2), !dbg !352
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_9cd20c3e415f4d39f0ceb012cb758628, ptr noundef nonnull inttoptr (i64 81 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_b7d26e4bc52b7f02cc25e37f0bf633e4) #5, !dbg !226
  unreachable, !dbg !226

bb5:                                              ; preds = %start
  %3 = load atomic i8, ptr %dst acquire, align 1, !dbg !353
  store i8 %3, ptr %_0, align 1, !dbg !353
  br label %bb7, !dbg !353

bb2:                                              ; preds = %start
  store ptr @alloc_96ab912d0054b46da785b206a96c9a45, ptr %s.dbg.spill1, align 8, !dbg !354
  %4 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !354
  store i64 49, ptr %4, align 8, !dbg !354
    #dbg_declare(ptr %s.dbg.spill1, !227, !DIExpression(), !355)
    #dbg_declare(ptr %s.dbg.spill1, !321, !DIExpression(), !356)
    #dbg_declare(ptr %s.dbg.spill1, !332, !DIExpression(), !358)
    #dbg_declare(ptr %s.dbg.spill1, !339, !DIExpression(), !360)
  call void @llvm.assume(i1 true), !dbg !362
  %5 = icmp ne ptr inttoptr (i64 99 to ptr), null, !dbg !363
  call void @llvm.assume(i1 %5), !dbg !363
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_96ab912d0054b46da785b206a96c9a45, ptr noundef nonnull inttoptr (i64 99 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_738c866d826467e54726b360a2118a62) #5, !dbg !354
  unreachable, !dbg !354

bb4:                                              ; preds = %start
  %6 = load atomic i8, ptr %dst seq_cst, align 1, !dbg !364
  store i8 %6, ptr %_0, align 1, !dbg !364
  br label %bb7, !dbg !364

bb7:                                              ; preds = %bb4, %bb5, %bb6
  %7 = load i8, ptr %_0, align 1, !dbg !365, !noundef !16
  ret i8 %7, !dbg !365
}

; core::sync::atomic::atomic_store
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE(ptr noundef %dst, i8 noundef %val, i8 noundef range(i8 0, 5) %order) unnamed_addr #1 !dbg !366 {
start:
  %s.dbg.spill1 = alloca [16 x i8], align 8
  %s.dbg.spill = alloca [16 x i8], align 8
  %order.dbg.spill = alloca [1 x i8], align 1
  %val.dbg.spill = alloca [1 x i8], align 1
  %dst.dbg.spill = alloca [8 x i8], align 8
  store ptr %dst, ptr %dst.dbg.spill, align 8
    #dbg_declare(ptr %dst.dbg.spill, !370, !DIExpression(), !373)
  store i8 %val, ptr %val.dbg.spill, align 1
    #dbg_declare(ptr %val.dbg.spill, !371, !DIExpression(), !374)
  store i8 %order, ptr %order.dbg.spill, align 1
    #dbg_declare(ptr %order.dbg.spill, !372, !DIExpression(), !375)
  %_4 = zext i8 %order to i64, !dbg !376
  switch i64 %_4, label %bb1 [
    i64 0, label %bb6
    i64 1, label %bb5
    i64 2, label %bb3
    i64 3, label %bb2
    i64 4, label %bb4
  ], !dbg !377, !prof !378

bb1:                                              ; preds = %start
  unreachable, !dbg !376

bb6:                                              ; preds = %start
  store atomic i8 %val, ptr %dst monotonic, align 1, !dbg !379
  br label %bb7, !dbg !379

bb5:                                              ; preds = %start
  store atomic i8 %val, ptr %dst release, align 1, !dbg !380
  br label %bb7, !dbg !380

bb3:                                              ; preds = %start
  store ptr @alloc_bf39103a6db665396aab4632362d9353, ptr %s.dbg.spill, align 8, !dbg !381
  %0 = getelementptr inbounds i8, ptr %s.dbg.spill, i64 8, !dbg !381
  store i64 42, ptr %0, align 8, !dbg !381
    #dbg_declare(ptr %s.dbg.spill, !382, !DIExpression(), !385)
    #dbg_declare(ptr %s.dbg.spill, !386, !DIExpression(), !389)
    #dbg_declare(ptr %s.dbg.spill, !392, !DIExpression(), !395)
    #dbg_declare(ptr %s.dbg.spill, !397, !DIExpression(), !400)
  call void @llvm.assume(i1 true), !dbg !403
  %1 = icmp ne ptr inttoptr (i64 85 to ptr), null, !dbg !404
  call void @llvm.assume(i1 %1), !dbg !404
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_bf39103a6db665396aab4632362d9353, ptr noundef nonnull inttoptr (i64 85 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_a574beff59ab58cf5ed2d6bc163e2302) #5, !dbg !381
  unreachable, !dbg !381

bb2:                                              ; preds = %start
  store ptr @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr %s.dbg.spill1, align 8, !dbg !405
  %2 = getelementptr inbounds i8, ptr %s.dbg.spill1, i64 8, !dbg !405
  store i64 50, ptr %2, align 8, !dbg !405
    #dbg_declare(ptr %s.dbg.spill1, !382, !DIExpression(), !406)
    #dbg_declare(ptr %s.dbg.spill1, !386, !DIExpression(), !407)
    #dbg_declare(ptr %s.dbg.spill1, !392, !DIExpression(), !409)
    #dbg_declare(ptr %s.dbg.spill1, !397, !DIExpression(), !411)
  call void @llvm.assume(i1 true), !dbg !413
  %3 = icmp ne ptr inttoptr (i64 101 to ptr), null, !dbg !414
  call void @llvm.assume(i1 %3), !dbg !414
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr noundef nonnull @alloc_00c0bce0fa6327f8ec8e69d6d765d508, ptr noundef nonnull inttoptr (i64 101 to ptr), ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(24) @alloc_aec0388915b72a4f610ad656c35be884) #5, !dbg !405
  unreachable, !dbg !405

bb4:                                              ; preds = %start
  store atomic i8 %val, ptr %dst seq_cst, align 1, !dbg !415
  br label %bb7, !dbg !415

bb7:                                              ; preds = %bb4, %bb5, %bb6
  ret void, !dbg !416
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

!llvm.module.flags = !{!36, !37, !38, !39}
!llvm.ident = !{!40}
!llvm.dbg.cu = !{!41}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "GLOBAL_FLAG", linkageName: "_ZN12static_flags11GLOBAL_FLAG17hbfe7b80c474d41ccE", scope: !2, file: !3, line: 30, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "static_flags", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/static_flags.rs", directory: ".", checksumkind: CSK_MD5, checksum: "ea6a39639d3b287863b69539276e1328")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "1ee67a40e082938d6780912774f28f9a")
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
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "DONE", linkageName: "_ZN12static_flags4DONE17hce52d96284a6a012E", scope: !2, file: !3, line: 10, type: !19, isLocal: false, isDefinition: true, align: 8)
!19 = !DICompositeType(tag: DW_TAG_structure_type, name: "AtomicBool", scope: !20, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !22, templateParams: !16, identifier: "60f0e70b153cf109f3b1ce7e34993661")
!20 = !DINamespace(name: "atomic", scope: !21)
!21 = !DINamespace(name: "sync", scope: !10)
!22 = !{!23}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !19, file: !5, baseType: !24, size: 8, align: 8, flags: DIFlagPrivate)
!24 = !DICompositeType(tag: DW_TAG_structure_type, name: "UnsafeCell<u8>", scope: !9, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !25, templateParams: !28, identifier: "df3fe7d204cf9645c1e0417088da45bf")
!25 = !{!26}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !24, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagPrivate)
!27 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!28 = !{!29}
!29 = !DITemplateTypeParameter(name: "T", type: !27)
!30 = !DIGlobalVariableExpression(var: !31, expr: !DIExpression())
!31 = distinct !DIGlobalVariable(name: "READY", linkageName: "_ZN12static_flags5READY17h161e297f0f569c43E", scope: !2, file: !3, line: 8, type: !32, isLocal: false, isDefinition: true, align: 8)
!32 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "TICKS", linkageName: "_ZN12static_flags5TICKS17h6d0470ece0fe81d4E", scope: !2, file: !3, line: 9, type: !35, isLocal: false, isDefinition: true, align: 32)
!35 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!36 = !{i32 8, !"PIC Level", i32 2}
!37 = !{i32 2, !"RtLibUseGOT", i32 1}
!38 = !{i32 7, !"Dwarf Version", i32 4}
!39 = !{i32 2, !"Debug Info Version", i32 3}
!40 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!41 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !42, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !43, globals: !51, splitDebugInlining: false, nameTableKind: None)
!42 = !DIFile(filename: "testdata/rust/src/static_flags.rs/@/static_flags.e543df073df09b5d-cgu.0", directory: ".")
!43 = !{!44}
!44 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "Ordering", scope: !20, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagEnumClass, elements: !45)
!45 = !{!46, !47, !48, !49, !50}
!46 = !DIEnumerator(name: "Relaxed", value: 0, isUnsigned: true)
!47 = !DIEnumerator(name: "Release", value: 1, isUnsigned: true)
!48 = !DIEnumerator(name: "Acquire", value: 2, isUnsigned: true)
!49 = !DIEnumerator(name: "AcqRel", value: 3, isUnsigned: true)
!50 = !DIEnumerator(name: "SeqCst", value: 4, isUnsigned: true)
!51 = !{!0, !17, !30, !33}
!52 = distinct !DISubprogram(name: "signal_all", linkageName: "_ZN12static_flags10signal_all17h19df6628c84ebab3E", scope: !2, file: !3, line: 70, type: !53, scopeLine: 70, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!53 = !DISubroutineType(types: !54)
!54 = !{null}
!55 = !DILocation(line: 25, column: 23, scope: !56, inlinedAt: !64)
!56 = distinct !DISubprogram(name: "set", linkageName: "_ZN12static_flags4Flag3set17h997dd14a8af490dbE", scope: !4, file: !3, line: 25, type: !57, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !60, retainedNodes: !61)
!57 = !DISubroutineType(types: !58)
!58 = !{null, !59, !13}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&static_flags::Flag", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DISubprogram(name: "set", linkageName: "_ZN12static_flags4Flag3set17h997dd14a8af490dbE", scope: !4, file: !3, line: 25, type: !57, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!61 = !{!62, !63}
!62 = !DILocalVariable(name: "self", arg: 1, scope: !56, file: !3, line: 25, type: !59)
!63 = !DILocalVariable(name: "v", scope: !56, file: !3, line: 25, type: !13, align: 64)
!64 = !DILocation(line: 75, column: 17, scope: !52)
!65 = !DILocation(line: 755, column: 25, scope: !66, inlinedAt: !76)
!66 = distinct !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !19, file: !67, line: 755, type: !68, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !71, retainedNodes: !72)
!67 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "efd884d336fd52cdd46abf1cb836765b")
!68 = !DISubroutineType(types: !69)
!69 = !{null, !70, !32, !44}
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::sync::atomic::AtomicBool", baseType: !19, size: 64, align: 64, dwarfAddressSpace: 0)
!71 = !DISubprogram(name: "store", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool5store", scope: !19, file: !67, line: 755, type: !68, scopeLine: 755, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!72 = !{!73, !74, !75}
!73 = !DILocalVariable(name: "self", arg: 1, scope: !66, file: !67, line: 755, type: !70)
!74 = !DILocalVariable(name: "val", scope: !66, file: !67, line: 755, type: !32, align: 8)
!75 = !DILocalVariable(name: "order", scope: !66, file: !67, line: 755, type: !44, align: 8)
!76 = !DILocation(line: 76, column: 10, scope: !52)
!77 = !DILocation(line: 755, column: 36, scope: !66, inlinedAt: !76)
!78 = !DILocation(line: 72, column: 9, scope: !52)
!79 = !DILocation(line: 73, column: 9, scope: !52)
!80 = !DILocation(line: 75, column: 5, scope: !52)
!81 = !DILocation(line: 25, column: 16, scope: !56, inlinedAt: !64)
!82 = !DILocalVariable(name: "self", arg: 1, scope: !83, file: !84, line: 2443, type: !88)
!83 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8b4c2b03b3e8ecd6E", scope: !8, file: !84, line: 2443, type: !85, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !14, declaration: !89, retainedNodes: !90)
!84 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!85 = !DISubroutineType(types: !86)
!86 = !{!87, !88}
!87 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!89 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8b4c2b03b3e8ecd6E", scope: !8, file: !84, line: 2443, type: !85, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !14)
!90 = !{!82}
!91 = !DILocation(line: 2443, column: 22, scope: !83, inlinedAt: !92)
!92 = !DILocation(line: 26, column: 30, scope: !56, inlinedAt: !64)
!93 = !DILocation(line: 26, column: 18, scope: !56, inlinedAt: !64)
!94 = !DILocation(line: 76, column: 5, scope: !52)
!95 = !DILocation(line: 755, column: 18, scope: !66, inlinedAt: !76)
!96 = !DILocalVariable(name: "self", arg: 1, scope: !97, file: !84, line: 2443, type: !101)
!97 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0ca424400c7b6359E", scope: !24, file: !84, line: 2443, type: !98, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !28, declaration: !102, retainedNodes: !103)
!98 = !DISubroutineType(types: !99)
!99 = !{!100, !101}
!100 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut u8", baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<u8>", baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!102 = !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0ca424400c7b6359E", scope: !24, file: !84, line: 2443, type: !98, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !28)
!103 = !{!96}
!104 = !DILocation(line: 2443, column: 22, scope: !97, inlinedAt: !105)
!105 = !DILocation(line: 759, column: 33, scope: !66, inlinedAt: !76)
!106 = !DILocation(line: 759, column: 13, scope: !66, inlinedAt: !76)
!107 = !DILocation(line: 77, column: 2, scope: !52)
!108 = distinct !DISubprogram(name: "wait_ready", linkageName: "_ZN12static_flags10wait_ready17h21400d3def6d9b5cE", scope: !2, file: !3, line: 35, type: !53, scopeLine: 35, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!109 = !DILocation(line: 36, column: 14, scope: !108)
!110 = !DILocation(line: 36, column: 21, scope: !108)
!111 = !{i8 0, i8 2}
!112 = !DILocation(line: 37, column: 2, scope: !108)
!113 = distinct !DISubprogram(name: "wait_ticks", linkageName: "_ZN12static_flags10wait_ticks17h3dcd6f9457b59bb2E", scope: !2, file: !3, line: 50, type: !114, scopeLine: 50, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !116)
!114 = !DISubroutineType(types: !115)
!115 = !{null, !35}
!116 = !{!117}
!117 = !DILocalVariable(name: "target", arg: 1, scope: !113, file: !3, line: 50, type: !35)
!118 = !DILocation(line: 50, column: 19, scope: !113)
!119 = !DILocation(line: 51, column: 14, scope: !113)
!120 = !DILocation(line: 51, column: 20, scope: !113)
!121 = !DILocation(line: 52, column: 2, scope: !113)
!122 = distinct !DISubprogram(name: "wait_global_flag", linkageName: "_ZN12static_flags16wait_global_flag17h4cd5232255b683f6E", scope: !2, file: !3, line: 58, type: !53, scopeLine: 58, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!123 = !DILocation(line: 59, column: 5, scope: !122)
!124 = !DILocation(line: 59, column: 11, scope: !122)
!125 = !DILocalVariable(name: "self", arg: 1, scope: !126, file: !3, line: 22, type: !59)
!126 = distinct !DISubprogram(name: "get", linkageName: "_ZN12static_flags4Flag3get17h597cd111249b62faE", scope: !4, file: !3, line: 22, type: !127, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !129, retainedNodes: !130)
!127 = !DISubroutineType(types: !128)
!128 = !{!13, !59}
!129 = !DISubprogram(name: "get", linkageName: "_ZN12static_flags4Flag3get17h597cd111249b62faE", scope: !4, file: !3, line: 22, type: !127, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!130 = !{!125}
!131 = !DILocation(line: 22, column: 16, scope: !126, inlinedAt: !132)
!132 = !DILocation(line: 59, column: 23, scope: !122)
!133 = !DILocalVariable(name: "self", arg: 1, scope: !134, file: !84, line: 2443, type: !88)
!134 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h8b4c2b03b3e8ecd6E", scope: !8, file: !84, line: 2443, type: !85, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !14, declaration: !89, retainedNodes: !135)
!135 = !{!133}
!136 = !DILocation(line: 2443, column: 22, scope: !134, inlinedAt: !137)
!137 = !DILocation(line: 23, column: 30, scope: !126, inlinedAt: !132)
!138 = !DILocation(line: 23, column: 18, scope: !126, inlinedAt: !132)
!139 = !DILocation(line: 60, column: 2, scope: !122)
!140 = distinct !DISubprogram(name: "wait_ready_addr_of", linkageName: "_ZN12static_flags18wait_ready_addr_of17h321107ee224861f2E", scope: !2, file: !3, line: 43, type: !53, scopeLine: 43, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!141 = !DILocation(line: 44, column: 5, scope: !140)
!142 = !DILocation(line: 44, column: 41, scope: !140)
!143 = !DILocalVariable(name: "self", arg: 1, scope: !144, file: !145, line: 1166, type: !181)
!144 = distinct !DISubprogram(name: "read<bool>", linkageName: "_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$4read17h1541333d36748679E", scope: !146, file: !145, line: 1166, type: !149, scopeLine: 1166, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !179, retainedNodes: !178)
!145 = !DIFile(filename: "library/core/src/ptr/const_ptr.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "48638a38fe414ca30cde797e4a40b3a9")
!146 = !DINamespace(name: "{impl#0}", scope: !147)
!147 = !DINamespace(name: "const_ptr", scope: !148)
!148 = !DINamespace(name: "ptr", scope: !10)
!149 = !DISubroutineType(types: !150)
!150 = !{!32, !151, !152}
!151 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const bool", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!152 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !153, size: 64, align: 64, dwarfAddressSpace: 0)
!153 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !154, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !156, templateParams: !16, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!154 = !DINamespace(name: "location", scope: !155)
!155 = !DINamespace(name: "panic", scope: !10)
!156 = !{!157, !167, !168, !169}
!157 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !153, file: !5, baseType: !158, size: 128, align: 64, flags: DIFlagPrivate)
!158 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !159, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !160, templateParams: !28, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!159 = !DINamespace(name: "non_null", scope: !148)
!160 = !{!161}
!161 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !158, file: !5, baseType: !162, size: 128, align: 64, flags: DIFlagPrivate)
!162 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !163, templateParams: !16, identifier: "238a44609877474087c05adf26cd41fa")
!163 = !{!164, !166}
!164 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !162, file: !5, baseType: !165, size: 64, align: 64)
!165 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!166 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !162, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!167 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !153, file: !5, baseType: !35, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!168 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !153, file: !5, baseType: !35, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!169 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !153, file: !5, baseType: !170, align: 8, offset: 192, flags: DIFlagPrivate)
!170 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !171, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !172, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!171 = !DINamespace(name: "marker", scope: !10)
!172 = !{!173}
!173 = !DITemplateTypeParameter(name: "T", type: !174)
!174 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !175, templateParams: !16, identifier: "9277eecd40495f85161460476aacc992")
!175 = !{!176, !177}
!176 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !174, file: !5, baseType: !165, size: 64, align: 64)
!177 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !174, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!178 = !{!143}
!179 = !{!180}
!180 = !DITemplateTypeParameter(name: "T", type: !32)
!181 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut bool", baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!182 = !DILocation(line: 1166, column: 30, scope: !144, inlinedAt: !183)
!183 = !DILocation(line: 44, column: 48, scope: !140)
!184 = !DILocalVariable(name: "src", arg: 1, scope: !185, file: !186, line: 1678, type: !181)
!185 = distinct !DISubprogram(name: "read<bool>", linkageName: "_ZN4core3ptr4read17h9eaf4ec914caa565E", scope: !148, file: !186, line: 1678, type: !149, scopeLine: 1678, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !179, retainedNodes: !187)
!186 = !DIFile(filename: "library/core/src/ptr/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "8f706ae0a0620120e6e931983ef127f1")
!187 = !{!184}
!188 = !DILocation(line: 1678, column: 29, scope: !185, inlinedAt: !189)
!189 = !DILocation(line: 1171, column: 18, scope: !144, inlinedAt: !183)
!190 = !DILocation(line: 1717, column: 9, scope: !185, inlinedAt: !189)
!191 = !DILocation(line: 44, column: 12, scope: !140)
!192 = !DILocation(line: 45, column: 2, scope: !140)
!193 = distinct !DISubprogram(name: "wait_done", linkageName: "_ZN12static_flags9wait_done17h255f7dcfb4d72e14E", scope: !2, file: !3, line: 65, type: !53, scopeLine: 65, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16)
!194 = !DILocation(line: 726, column: 24, scope: !195, inlinedAt: !202)
!195 = distinct !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !19, file: !67, line: 726, type: !196, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !198, retainedNodes: !199)
!196 = !DISubroutineType(types: !197)
!197 = !{!32, !70, !44}
!198 = !DISubprogram(name: "load", linkageName: "_RNvMs3_NtNtCsgEmfK2I1SDS_4core4sync6atomicNtB5_10AtomicBool4load", scope: !19, file: !67, line: 726, type: !196, scopeLine: 726, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!199 = !{!200, !201}
!200 = !DILocalVariable(name: "self", arg: 1, scope: !195, file: !67, line: 726, type: !70)
!201 = !DILocalVariable(name: "order", scope: !195, file: !67, line: 726, type: !44, align: 8)
!202 = !DILocation(line: 66, column: 17, scope: !193)
!203 = !DILocation(line: 66, column: 5, scope: !193)
!204 = !DILocation(line: 66, column: 12, scope: !193)
!205 = !DILocation(line: 726, column: 17, scope: !195, inlinedAt: !202)
!206 = !DILocalVariable(name: "self", arg: 1, scope: !207, file: !84, line: 2443, type: !101)
!207 = distinct !DISubprogram(name: "get<u8>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0ca424400c7b6359E", scope: !24, file: !84, line: 2443, type: !98, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !28, declaration: !102, retainedNodes: !208)
!208 = !{!206}
!209 = !DILocation(line: 2443, column: 22, scope: !207, inlinedAt: !210)
!210 = !DILocation(line: 729, column: 37, scope: !195, inlinedAt: !202)
!211 = !DILocation(line: 729, column: 18, scope: !195, inlinedAt: !202)
!212 = !DILocation(line: 67, column: 2, scope: !193)
!213 = distinct !DISubprogram(name: "atomic_load<u8>", linkageName: "_ZN4core4sync6atomic11atomic_load17h7f8265b1914cf609E", scope: !20, file: !67, line: 3886, type: !214, scopeLine: 3886, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !28, retainedNodes: !217)
!214 = !DISubroutineType(types: !215)
!215 = !{!27, !216, !44}
!216 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const u8", baseType: !27, size: 64, align: 64, dwarfAddressSpace: 0)
!217 = !{!218, !219}
!218 = !DILocalVariable(name: "dst", arg: 1, scope: !213, file: !67, line: 3886, type: !216)
!219 = !DILocalVariable(name: "order", arg: 2, scope: !213, file: !67, line: 3886, type: !44)
!220 = !DILocation(line: 3886, column: 32, scope: !213)
!221 = !DILocation(line: 3886, column: 47, scope: !213)
!222 = !DILocation(line: 3889, column: 15, scope: !213)
!223 = !DILocation(line: 3889, column: 9, scope: !213)
!224 = !{!"branch_weights", i32 1, i32 2000, i32 1, i32 2000, i32 1, i32 2000}
!225 = !DILocation(line: 3890, column: 24, scope: !213)
!226 = !DILocation(line: 3893, column: 24, scope: !213)
!227 = !DILocalVariable(name: "s", arg: 1, scope: !228, file: !229, line: 815, type: !174)
!228 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !230, file: !229, line: 815, type: !316, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !318, retainedNodes: !319)
!229 = !DIFile(filename: "library/core/src/fmt/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "66c54229528687a22c80807f245fa4df")
!230 = !DICompositeType(tag: DW_TAG_structure_type, name: "Arguments", scope: !231, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !232, templateParams: !16, identifier: "e5c67bbe046da39973c72077c7f66185")
!231 = !DINamespace(name: "fmt", scope: !10)
!232 = !{!233, !237}
!233 = !DIDerivedType(tag: DW_TAG_member, name: "template", scope: !230, file: !5, baseType: !234, size: 64, align: 64, flags: DIFlagPrivate)
!234 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<u8>", scope: !159, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !235, templateParams: !28, identifier: "ff3cb4cecc4ed13dfb833309b96ea529")
!235 = !{!236}
!236 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !234, file: !5, baseType: !216, size: 64, align: 64, flags: DIFlagPrivate)
!237 = !DIDerivedType(tag: DW_TAG_member, name: "args", scope: !230, file: !5, baseType: !238, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!238 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<core::fmt::rt::Argument>", scope: !159, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !239, templateParams: !314, identifier: "2e7cb7ba6db6aae8a5c20264d17cea0a")
!239 = !{!240}
!240 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !238, file: !5, baseType: !241, size: 64, align: 64, flags: DIFlagPrivate)
!241 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const core::fmt::rt::Argument", baseType: !242, size: 64, align: 64, dwarfAddressSpace: 0)
!242 = !DICompositeType(tag: DW_TAG_structure_type, name: "Argument", scope: !243, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !244, templateParams: !16, identifier: "1d5f7550f7e7e04cbc4d2cf57c27606b")
!243 = !DINamespace(name: "rt", scope: !231)
!244 = !{!245}
!245 = !DIDerivedType(tag: DW_TAG_member, name: "ty", scope: !242, file: !5, baseType: !246, size: 128, align: 64, flags: DIFlagPrivate)
!246 = !DICompositeType(tag: DW_TAG_structure_type, name: "ArgumentType", scope: !243, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !247, templateParams: !16, identifier: "b1cfb4618f1c38c3f96eab6c02edf448")
!247 = !{!248}
!248 = !DICompositeType(tag: DW_TAG_variant_part, scope: !246, file: !5, size: 128, align: 64, elements: !249, templateParams: !16, identifier: "fbd384083752b747f8b252853b979154", discriminator: !312)
!249 = !{!250, !308}
!250 = !DIDerivedType(tag: DW_TAG_member, name: "Placeholder", scope: !248, file: !5, baseType: !251, size: 128, align: 64)
!251 = !DICompositeType(tag: DW_TAG_structure_type, name: "Placeholder", scope: !246, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !252, templateParams: !16, identifier: "91d44a8fdafb90acd8f4961dbde4212b")
!252 = !{!253, !261, !303}
!253 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !251, file: !5, baseType: !254, size: 64, align: 64, flags: DIFlagPrivate)
!254 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<()>", scope: !159, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !255, templateParams: !259, identifier: "f4e496144210c619b96aa08326287b92")
!255 = !{!256}
!256 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !254, file: !5, baseType: !257, size: 64, align: 64, flags: DIFlagPrivate)
!257 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*const ()", baseType: !258, size: 64, align: 64, dwarfAddressSpace: 0)
!258 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!259 = !{!260}
!260 = !DITemplateTypeParameter(name: "T", type: !258)
!261 = !DIDerivedType(tag: DW_TAG_member, name: "formatter", scope: !251, file: !5, baseType: !262, size: 64, align: 64, offset: 64, flags: DIFlagPrivate)
!262 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "unsafe fn(core::ptr::non_null::NonNull<()>, &mut core::fmt::Formatter) -> core::result::Result<(), core::fmt::Error>", baseType: !263, size: 64, align: 64, dwarfAddressSpace: 0)
!263 = !DISubroutineType(types: !264)
!264 = !{!265, !254, !282}
!265 = !DICompositeType(tag: DW_TAG_structure_type, name: "Result<(), core::fmt::Error>", scope: !266, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !267, templateParams: !16, identifier: "1c6752419820cdc3961061cc58b31873")
!266 = !DINamespace(name: "result", scope: !10)
!267 = !{!268}
!268 = !DICompositeType(tag: DW_TAG_variant_part, scope: !265, file: !5, size: 8, align: 8, elements: !269, templateParams: !16, identifier: "92c1f85eaa1d7dab2e3165ee2fc4946", discriminator: !281)
!269 = !{!270, !277}
!270 = !DIDerivedType(tag: DW_TAG_member, name: "Ok", scope: !268, file: !5, baseType: !271, size: 8, align: 8, extraData: i8 0)
!271 = !DICompositeType(tag: DW_TAG_structure_type, name: "Ok", scope: !265, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !272, templateParams: !274, identifier: "1d7115f6c7f9f62c2100933bba0c76f9")
!272 = !{!273}
!273 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !271, file: !5, baseType: !258, align: 8, offset: 8, flags: DIFlagPublic)
!274 = !{!260, !275}
!275 = !DITemplateTypeParameter(name: "E", type: !276)
!276 = !DICompositeType(tag: DW_TAG_structure_type, name: "Error", scope: !231, file: !5, align: 8, flags: DIFlagPublic, elements: !16, identifier: "5a24300cdda31093f5fe20c939b4885")
!277 = !DIDerivedType(tag: DW_TAG_member, name: "Err", scope: !268, file: !5, baseType: !278, size: 8, align: 8, extraData: i8 1)
!278 = !DICompositeType(tag: DW_TAG_structure_type, name: "Err", scope: !265, file: !5, size: 8, align: 8, flags: DIFlagPublic, elements: !279, templateParams: !274, identifier: "27094aa3bc4c448bf12b8530386fdeb2")
!279 = !{!280}
!280 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !278, file: !5, baseType: !276, align: 8, offset: 8, flags: DIFlagPublic)
!281 = !DIDerivedType(tag: DW_TAG_member, scope: !265, file: !5, baseType: !27, size: 8, align: 8, flags: DIFlagArtificial)
!282 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::fmt::Formatter", baseType: !283, size: 64, align: 64, dwarfAddressSpace: 0)
!283 = !DICompositeType(tag: DW_TAG_structure_type, name: "Formatter", scope: !231, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !284, templateParams: !16, identifier: "c45a1f7f7c29ecbbdbd29c835fac516c")
!284 = !{!285, !292}
!285 = !DIDerivedType(tag: DW_TAG_member, name: "options", scope: !283, file: !5, baseType: !286, size: 64, align: 32, offset: 128, flags: DIFlagPrivate)
!286 = !DICompositeType(tag: DW_TAG_structure_type, name: "FormattingOptions", scope: !231, file: !5, size: 64, align: 32, flags: DIFlagPublic, elements: !287, templateParams: !16, identifier: "ca2f5547247cd95c514a47d5800e09e")
!287 = !{!288, !289, !291}
!288 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !286, file: !5, baseType: !35, size: 32, align: 32, flags: DIFlagPrivate)
!289 = !DIDerivedType(tag: DW_TAG_member, name: "width", scope: !286, file: !5, baseType: !290, size: 16, align: 16, offset: 32, flags: DIFlagPrivate)
!290 = !DIBasicType(name: "u16", size: 16, encoding: DW_ATE_unsigned)
!291 = !DIDerivedType(tag: DW_TAG_member, name: "precision", scope: !286, file: !5, baseType: !290, size: 16, align: 16, offset: 48, flags: DIFlagPrivate)
!292 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !283, file: !5, baseType: !293, size: 128, align: 64, flags: DIFlagPrivate)
!293 = !DICompositeType(tag: DW_TAG_structure_type, name: "&mut dyn core::fmt::Write", file: !5, size: 128, align: 64, elements: !294, templateParams: !16, identifier: "effe97114690fc58a8e246cb04e37234")
!294 = !{!295, !298}
!295 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !293, file: !5, baseType: !296, size: 64, align: 64)
!296 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !297, size: 64, align: 64, dwarfAddressSpace: 0)
!297 = !DICompositeType(tag: DW_TAG_structure_type, name: "dyn core::fmt::Write", file: !5, align: 8, elements: !16, identifier: "64328679825f9c73b507edbfd5b86b47")
!298 = !DIDerivedType(tag: DW_TAG_member, name: "vtable", scope: !293, file: !5, baseType: !299, size: 64, align: 64, offset: 64)
!299 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&[usize; 6]", baseType: !300, size: 64, align: 64, dwarfAddressSpace: 0)
!300 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 384, align: 64, elements: !301)
!301 = !{!302}
!302 = !DISubrange(count: 6, lowerBound: 0)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "_lifetime", scope: !251, file: !5, baseType: !304, align: 8, offset: 128, flags: DIFlagPrivate)
!304 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&()>", scope: !171, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !305, identifier: "efa596960370766459fc018866dc4048")
!305 = !{!306}
!306 = !DITemplateTypeParameter(name: "T", type: !307)
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&()", baseType: !258, size: 64, align: 64, dwarfAddressSpace: 0)
!308 = !DIDerivedType(tag: DW_TAG_member, name: "Count", scope: !248, file: !5, baseType: !309, size: 128, align: 64, extraData: i64 0)
!309 = !DICompositeType(tag: DW_TAG_structure_type, name: "Count", scope: !246, file: !5, size: 128, align: 64, flags: DIFlagPrivate, elements: !310, templateParams: !16, identifier: "1d9161ed3114ac1c26d36137fc96704d")
!310 = !{!311}
!311 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !309, file: !5, baseType: !290, size: 16, align: 16, offset: 64, flags: DIFlagPrivate)
!312 = !DIDerivedType(tag: DW_TAG_member, scope: !246, file: !5, baseType: !313, size: 64, align: 64, flags: DIFlagArtificial)
!313 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!314 = !{!315}
!315 = !DITemplateTypeParameter(name: "T", type: !242)
!316 = !DISubroutineType(types: !317)
!317 = !{!230, !174}
!318 = !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !230, file: !229, line: 815, type: !316, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!319 = !{!227}
!320 = !DILocation(line: 815, column: 27, scope: !228, inlinedAt: !226)
!321 = !DILocalVariable(name: "self", arg: 1, scope: !322, file: !323, line: 578, type: !174)
!322 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !324, file: !323, line: 578, type: !326, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !328)
!323 = !DIFile(filename: "library/core/src/str/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b67baab1b9aefdbe1feb84767953c83d")
!324 = !DINamespace(name: "{impl#0}", scope: !325)
!325 = !DINamespace(name: "str", scope: !10)
!326 = !DISubroutineType(types: !327)
!327 = !{!216, !174}
!328 = !{!321}
!329 = !DILocation(line: 578, column: 25, scope: !322, inlinedAt: !330)
!330 = !DILocation(line: 819, column: 44, scope: !331, inlinedAt: !226)
!331 = !DILexicalBlockFile(scope: !228, file: !229, discriminator: 2)
!332 = !DILocalVariable(name: "self", arg: 1, scope: !333, file: !323, line: 157, type: !174)
!333 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !324, file: !323, line: 157, type: !334, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !336)
!334 = !DISubroutineType(types: !335)
!335 = !{!13, !174}
!336 = !{!332}
!337 = !DILocation(line: 157, column: 22, scope: !333, inlinedAt: !338)
!338 = !DILocation(line: 820, column: 40, scope: !331, inlinedAt: !226)
!339 = !DILocalVariable(name: "self", arg: 1, scope: !340, file: !323, line: 502, type: !174)
!340 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !324, file: !323, line: 502, type: !341, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !347)
!341 = !DISubroutineType(types: !342)
!342 = !{!343, !174}
!343 = !DICompositeType(tag: DW_TAG_structure_type, name: "&[u8]", file: !5, size: 128, align: 64, elements: !344, templateParams: !16, identifier: "31681e0c10b314f1f33e38b2779acbb4")
!344 = !{!345, !346}
!345 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !343, file: !5, baseType: !165, size: 64, align: 64)
!346 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !343, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!347 = !{!339}
!348 = !DILocation(line: 502, column: 27, scope: !340, inlinedAt: !349)
!349 = !DILocation(line: 158, column: 14, scope: !350, inlinedAt: !338)
!350 = !DILexicalBlockFile(scope: !333, file: !323, discriminator: 2)
!351 = !DILocation(line: 819, column: 27, scope: !228, inlinedAt: !226)
!352 = !DILocation(line: 820, column: 23, scope: !228, inlinedAt: !226)
!353 = !DILocation(line: 3891, column: 24, scope: !213)
!354 = !DILocation(line: 3894, column: 23, scope: !213)
!355 = !DILocation(line: 815, column: 27, scope: !228, inlinedAt: !354)
!356 = !DILocation(line: 578, column: 25, scope: !322, inlinedAt: !357)
!357 = !DILocation(line: 819, column: 44, scope: !228, inlinedAt: !354)
!358 = !DILocation(line: 157, column: 22, scope: !333, inlinedAt: !359)
!359 = !DILocation(line: 820, column: 40, scope: !228, inlinedAt: !354)
!360 = !DILocation(line: 502, column: 27, scope: !340, inlinedAt: !361)
!361 = !DILocation(line: 158, column: 14, scope: !333, inlinedAt: !359)
!362 = !DILocation(line: 819, column: 27, scope: !228, inlinedAt: !354)
!363 = !DILocation(line: 820, column: 23, scope: !228, inlinedAt: !354)
!364 = !DILocation(line: 3892, column: 23, scope: !213)
!365 = !DILocation(line: 3897, column: 2, scope: !213)
!366 = distinct !DISubprogram(name: "atomic_store<u8>", linkageName: "_ZN4core4sync6atomic12atomic_store17h3855c0c63de6268fE", scope: !20, file: !67, line: 3871, type: !367, scopeLine: 3871, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !28, retainedNodes: !369)
!367 = !DISubroutineType(types: !368)
!368 = !{null, !100, !27, !44}
!369 = !{!370, !371, !372}
!370 = !DILocalVariable(name: "dst", arg: 1, scope: !366, file: !67, line: 3871, type: !100)
!371 = !DILocalVariable(name: "val", arg: 2, scope: !366, file: !67, line: 3871, type: !27)
!372 = !DILocalVariable(name: "order", arg: 3, scope: !366, file: !67, line: 3871, type: !44)
!373 = !DILocation(line: 3871, column: 33, scope: !366)
!374 = !DILocation(line: 3871, column: 46, scope: !366)
!375 = !DILocation(line: 3871, column: 54, scope: !366)
!376 = !DILocation(line: 3874, column: 15, scope: !366)
!377 = !DILocation(line: 3874, column: 9, scope: !366)
!378 = !{!"branch_weights", i32 1, i32 2000, i32 2000, i32 1, i32 1, i32 2000}
!379 = !DILocation(line: 3875, column: 24, scope: !366)
!380 = !DILocation(line: 3876, column: 24, scope: !366)
!381 = !DILocation(line: 3878, column: 24, scope: !366)
!382 = !DILocalVariable(name: "s", arg: 1, scope: !383, file: !229, line: 815, type: !174)
!383 = distinct !DISubprogram(name: "from_str", linkageName: "_RNvMs4_NtCsgEmfK2I1SDS_4core3fmtNtB5_9Arguments8from_str", scope: !230, file: !229, line: 815, type: !316, scopeLine: 815, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, declaration: !318, retainedNodes: !384)
!384 = !{!382}
!385 = !DILocation(line: 815, column: 27, scope: !383, inlinedAt: !381)
!386 = !DILocalVariable(name: "self", arg: 1, scope: !387, file: !323, line: 578, type: !174)
!387 = distinct !DISubprogram(name: "as_ptr", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre6as_ptr", scope: !324, file: !323, line: 578, type: !326, scopeLine: 578, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !388)
!388 = !{!386}
!389 = !DILocation(line: 578, column: 25, scope: !387, inlinedAt: !390)
!390 = !DILocation(line: 819, column: 44, scope: !391, inlinedAt: !381)
!391 = !DILexicalBlockFile(scope: !383, file: !229, discriminator: 2)
!392 = !DILocalVariable(name: "self", arg: 1, scope: !393, file: !323, line: 157, type: !174)
!393 = distinct !DISubprogram(name: "len", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre3len", scope: !324, file: !323, line: 157, type: !334, scopeLine: 157, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !394)
!394 = !{!392}
!395 = !DILocation(line: 157, column: 22, scope: !393, inlinedAt: !396)
!396 = !DILocation(line: 820, column: 40, scope: !391, inlinedAt: !381)
!397 = !DILocalVariable(name: "self", arg: 1, scope: !398, file: !323, line: 502, type: !174)
!398 = distinct !DISubprogram(name: "as_bytes", linkageName: "_RNvMNtCsgEmfK2I1SDS_4core3stre8as_bytes", scope: !324, file: !323, line: 502, type: !341, scopeLine: 502, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !41, templateParams: !16, retainedNodes: !399)
!399 = !{!397}
!400 = !DILocation(line: 502, column: 27, scope: !398, inlinedAt: !401)
!401 = !DILocation(line: 158, column: 14, scope: !402, inlinedAt: !396)
!402 = !DILexicalBlockFile(scope: !393, file: !323, discriminator: 2)
!403 = !DILocation(line: 819, column: 27, scope: !383, inlinedAt: !381)
!404 = !DILocation(line: 820, column: 23, scope: !383, inlinedAt: !381)
!405 = !DILocation(line: 3879, column: 23, scope: !366)
!406 = !DILocation(line: 815, column: 27, scope: !383, inlinedAt: !405)
!407 = !DILocation(line: 578, column: 25, scope: !387, inlinedAt: !408)
!408 = !DILocation(line: 819, column: 44, scope: !383, inlinedAt: !405)
!409 = !DILocation(line: 157, column: 22, scope: !393, inlinedAt: !410)
!410 = !DILocation(line: 820, column: 40, scope: !383, inlinedAt: !405)
!411 = !DILocation(line: 502, column: 27, scope: !398, inlinedAt: !412)
!412 = !DILocation(line: 158, column: 14, scope: !393, inlinedAt: !410)
!413 = !DILocation(line: 819, column: 27, scope: !383, inlinedAt: !405)
!414 = !DILocation(line: 820, column: 23, scope: !383, inlinedAt: !405)
!415 = !DILocation(line: 3877, column: 23, scope: !366)
!416 = !DILocation(line: 3882, column: 2, scope: !366)
