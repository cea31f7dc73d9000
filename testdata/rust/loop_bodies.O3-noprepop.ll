; ModuleID = 'loop_bodies.a9cc09ba377a73bb-cgu.0'
source_filename = "loop_bodies.a9cc09ba377a73bb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN11loop_bodies6SHARED17hed38fa89b2656185E = global [8 x i8] zeroinitializer, align 8, !dbg !0

; loop_bodies::wait_black_box
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_black_box17hfe368fb6e4de3bfeE(ptr noundef nonnull align 8 %f) unnamed_addr #0 !dbg !25 {
start:
  %dummy.dbg.spill = alloca [0 x i8], align 1
  %f.dbg.spill = alloca [8 x i8], align 8
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !30, !DIExpression(), !31)
    #dbg_declare(ptr %f.dbg.spill, !32, !DIExpression(), !38)
    #dbg_declare(ptr %dummy.dbg.spill, !40, !DIExpression(), !50)
  br label %bb1, !dbg !52

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !53, !DIExpression(), !62)
  %_2 = load i64, ptr %f, align 8, !dbg !64, !noundef !16
  %0 = icmp eq i64 %_2, 0, !dbg !65
  br i1 %0, label %bb2, label %bb3, !dbg !65

bb2:                                              ; preds = %bb1
  call void asm sideeffect "", "~{memory}"(), !dbg !66, !srcloc !67
  br label %bb1, !dbg !52

bb3:                                              ; preds = %bb1
  ret void, !dbg !68
}

; loop_bodies::wait_spin_loop
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_spin_loop17h9cc4f1c87ce75065E(ptr noundef nonnull align 8 %f) unnamed_addr #0 !dbg !69 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !71, !DIExpression(), !72)
    #dbg_declare(ptr %f.dbg.spill, !73, !DIExpression(), !76)
  br label %bb1, !dbg !78

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !79, !DIExpression(), !82)
  %_2 = load i64, ptr %f, align 8, !dbg !84, !noundef !16
  %0 = icmp eq i64 %_2, 0, !dbg !85
  br i1 %0, label %bb2, label %bb3, !dbg !85

bb2:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause(), !dbg !86
  br label %bb1, !dbg !78

bb3:                                              ; preds = %bb1
  ret void, !dbg !97
}

; loop_bodies::wait_yield_now
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_yield_now17hd34ffd2e0a5099daE(ptr noundef nonnull align 8 %f) unnamed_addr #0 !dbg !98 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !100, !DIExpression(), !101)
    #dbg_declare(ptr %f.dbg.spill, !102, !DIExpression(), !105)
  br label %bb1, !dbg !107

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !108, !DIExpression(), !111)
  %_2 = load i64, ptr %f, align 8, !dbg !113, !noundef !16
  %0 = icmp eq i64 %_2, 0, !dbg !114
  br i1 %0, label %bb2, label %bb4, !dbg !114

bb2:                                              ; preds = %bb1
; call std::thread::functions::yield_now
  call void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now(), !dbg !115
  br label %bb1, !dbg !107

bb4:                                              ; preds = %bb1
  ret void, !dbg !116
}

; loop_bodies::wait_local_call
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN11loop_bodies15wait_local_call17h9c0d181b0e1de896E(ptr noundef nonnull align 8 %f) unnamed_addr #0 !dbg !117 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  %h = alloca [8 x i8], align 8
    #dbg_declare(ptr %h, !120, !DIExpression(), !122)
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !119, !DIExpression(), !123)
    #dbg_declare(ptr %f.dbg.spill, !124, !DIExpression(), !127)
  store i64 1, ptr %h, align 8, !dbg !129
  br label %bb1, !dbg !130

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !131, !DIExpression(), !134)
  %_2 = load i64, ptr %f, align 8, !dbg !136, !noundef !16
  %0 = icmp eq i64 %_2, 0, !dbg !137
  br i1 %0, label %bb2, label %bb4, !dbg !137

bb2:                                              ; preds = %bb1
  %1 = load i64, ptr %h, align 8, !dbg !138, !noundef !16
; call loop_bodies::mix
  %_3 = call noundef i64 @_ZN11loop_bodies3mix17hc08a59c1b91d17f0E(i64 noundef %1) #6, !dbg !138
  store i64 %_3, ptr %h, align 8, !dbg !139
  br label %bb1, !dbg !130

bb4:                                              ; preds = %bb1
  %2 = load i64, ptr %h, align 8, !dbg !140, !noundef !16
  ret i64 %2, !dbg !140
}

; loop_bodies::wait_extern_call
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies16wait_extern_call17hf4d24350c318a777E(ptr noundef nonnull align 8 %f) unnamed_addr #0 !dbg !141 {
start:
  %f.dbg.spill = alloca [8 x i8], align 8
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !143, !DIExpression(), !144)
    #dbg_declare(ptr %f.dbg.spill, !145, !DIExpression(), !148)
  br label %bb1, !dbg !150

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !151, !DIExpression(), !154)
  %_3 = load i64, ptr %f, align 8, !dbg !156, !noundef !16
  %0 = icmp eq i64 %_3, 0, !dbg !157
  br i1 %0, label %bb2, label %bb3, !dbg !157

bb2:                                              ; preds = %bb1
  call void @irscope_external_tick() #2, !dbg !158
  br label %bb1, !dbg !150

bb3:                                              ; preds = %bb1
  ret void, !dbg !159
}

; loop_bodies::nested_inner_poll
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN11loop_bodies17nested_inner_poll17hcfe084a9dc26d5c4E(ptr noundef nonnull align 8 %done, ptr noundef nonnull align 8 %step) unnamed_addr #0 !dbg !160 {
start:
  %step.dbg.spill = alloca [8 x i8], align 8
  %done.dbg.spill = alloca [8 x i8], align 8
  %rounds = alloca [8 x i8], align 8
    #dbg_declare(ptr %rounds, !166, !DIExpression(), !168)
  store ptr %done, ptr %done.dbg.spill, align 8
    #dbg_declare(ptr %done.dbg.spill, !164, !DIExpression(), !169)
    #dbg_declare(ptr %done.dbg.spill, !170, !DIExpression(), !173)
  store ptr %step, ptr %step.dbg.spill, align 8
    #dbg_declare(ptr %step.dbg.spill, !165, !DIExpression(), !175)
    #dbg_declare(ptr %step.dbg.spill, !170, !DIExpression(), !176)
  store i64 0, ptr %rounds, align 8, !dbg !178
  br label %bb1, !dbg !179

bb1:                                              ; preds = %bb5, %start
    #dbg_value(ptr %done, !180, !DIExpression(), !183)
  %_3 = load i64, ptr %done, align 8, !dbg !185, !noundef !16
  %0 = icmp eq i64 %_3, 0, !dbg !186
  br i1 %0, label %bb2, label %bb6, !dbg !186

bb2:                                              ; preds = %bb1
  br label %bb3, !dbg !187

bb6:                                              ; preds = %bb1
  %1 = load i64, ptr %rounds, align 8, !dbg !188, !noundef !16
  ret i64 %1, !dbg !188

bb3:                                              ; preds = %bb4, %bb2
    #dbg_value(ptr %step, !180, !DIExpression(), !189)
  %_4 = load i64, ptr %step, align 8, !dbg !192, !noundef !16
  %2 = icmp eq i64 %_4, 0, !dbg !193
  br i1 %2, label %bb4, label %bb5, !dbg !193

bb4:                                              ; preds = %bb3
  br label %bb3, !dbg !187

bb5:                                              ; preds = %bb3
  %3 = load i64, ptr %rounds, align 8, !dbg !194, !noundef !16
  %4 = add i64 %3, 1, !dbg !194
  store i64 %4, ptr %rounds, align 8, !dbg !194
  br label %bb1, !dbg !179
}

; loop_bodies::nested_outer_poll
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN11loop_bodies17nested_outer_poll17hb1fd2c294aa02647E(ptr noundef nonnull align 8 %f, i64 noundef %n) unnamed_addr #0 !dbg !195 {
start:
  %rhs.dbg.spill2 = alloca [8 x i8], align 8
  %i.dbg.spill = alloca [8 x i8], align 8
  %old.dbg.spill = alloca [8 x i8], align 8
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill1 = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  %_5 = alloca [16 x i8], align 8
  %iter = alloca [16 x i8], align 8
  %acc = alloca [8 x i8], align 8
    #dbg_declare(ptr %acc, !201, !DIExpression(), !215)
    #dbg_declare(ptr %acc, !216, !DIExpression(), !225)
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !199, !DIExpression(), !227)
    #dbg_declare(ptr %f.dbg.spill, !228, !DIExpression(), !231)
  store i64 %n, ptr %n.dbg.spill, align 8
    #dbg_declare(ptr %n.dbg.spill, !200, !DIExpression(), !233)
    #dbg_declare(ptr %iter, !203, !DIExpression(), !234)
    #dbg_declare(ptr %iter, !235, !DIExpression(), !247)
  store i64 1, ptr %n.dbg.spill1, align 8, !dbg !249
    #dbg_declare(ptr %n.dbg.spill1, !256, !DIExpression(), !249)
  store i64 1, ptr %rhs.dbg.spill, align 8, !dbg !289
    #dbg_declare(ptr %rhs.dbg.spill, !326, !DIExpression(), !289)
  store i64 0, ptr %acc, align 8, !dbg !328
  br label %bb1, !dbg !329

bb1:                                              ; preds = %bb6, %start
    #dbg_value(ptr %f, !330, !DIExpression(), !333)
  %_3 = load i64, ptr %f, align 8, !dbg !335, !noundef !16
  %0 = icmp eq i64 %_3, 0, !dbg !336
  br i1 %0, label %bb2, label %bb4, !dbg !336

bb2:                                              ; preds = %bb1
  store i64 0, ptr %iter, align 8, !dbg !248
  %1 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !248
  store i64 %n, ptr %1, align 8, !dbg !248
  br label %bb3, !dbg !337

bb4:                                              ; preds = %bb1
  %2 = load i64, ptr %acc, align 8, !dbg !338, !noundef !16
  ret i64 %2, !dbg !338

bb3:                                              ; preds = %bb5, %bb2
  call void @llvm.lifetime.start.p0(ptr %_5), !dbg !234
    #dbg_value(ptr %iter, !284, !DIExpression(), !339)
    #dbg_value(ptr %iter, !278, !DIExpression(), !340)
    #dbg_value(ptr %iter, !341, !DIExpression(), !353)
    #dbg_value(ptr %iter, !352, !DIExpression(DW_OP_plus_uconst, 8, DW_OP_stack_value), !355)
  %_18 = load i64, ptr %iter, align 8, !dbg !356, !noundef !16
  %3 = getelementptr inbounds i8, ptr %iter, i64 8, !dbg !357
  %_19 = load i64, ptr %3, align 8, !dbg !357, !noundef !16
  %_13 = icmp ult i64 %_18, %_19, !dbg !356
  br i1 %_13, label %bb5, label %bb6, !dbg !354

bb6:                                              ; preds = %bb3
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !358
  br label %bb1, !dbg !329

bb5:                                              ; preds = %bb3
  %old = load i64, ptr %iter, align 8, !dbg !359, !noundef !16
  store i64 %old, ptr %old.dbg.spill, align 8, !dbg !359
    #dbg_declare(ptr %old.dbg.spill, !279, !DIExpression(), !360)
    #dbg_declare(ptr %old.dbg.spill, !255, !DIExpression(), !361)
    #dbg_declare(ptr %old.dbg.spill, !325, !DIExpression(), !362)
  %_17 = add nuw i64 %old, 1, !dbg !363
  store i64 %_17, ptr %iter, align 8, !dbg !364
  %4 = getelementptr inbounds i8, ptr %_5, i64 8, !dbg !365
  store i64 %old, ptr %4, align 8, !dbg !365
  store i64 1, ptr %_5, align 8, !dbg !365
  %5 = getelementptr inbounds i8, ptr %_5, i64 8, !dbg !366
  %i = load i64, ptr %5, align 8, !dbg !366, !noundef !16
  store i64 %i, ptr %i.dbg.spill, align 8, !dbg !366
    #dbg_declare(ptr %i.dbg.spill, !213, !DIExpression(), !367)
  %rhs = mul i64 %i, %i, !dbg !368
  store i64 %rhs, ptr %rhs.dbg.spill2, align 8, !dbg !368
    #dbg_declare(ptr %rhs.dbg.spill2, !224, !DIExpression(), !369)
  %6 = load i64, ptr %acc, align 8, !dbg !370, !noundef !16
  %_8 = add i64 %6, %rhs, !dbg !370
  store i64 %_8, ptr %acc, align 8, !dbg !371
  call void @llvm.lifetime.end.p0(ptr %_5), !dbg !358
  br label %bb3, !dbg !337
}

; loop_bodies::wait_counting_mut
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies17wait_counting_mut17h0ee72bdd0e6bd4bdE(ptr noundef nonnull align 8 %f, ptr noalias noundef align 8 dereferenceable(8) %spins) unnamed_addr #0 !dbg !372 {
start:
  %spins.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !377, !DIExpression(), !379)
    #dbg_declare(ptr %f.dbg.spill, !380, !DIExpression(), !383)
  store ptr %spins, ptr %spins.dbg.spill, align 8
    #dbg_declare(ptr %spins.dbg.spill, !378, !DIExpression(), !385)
  br label %bb1, !dbg !386

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !387, !DIExpression(), !390)
  %_3 = load i64, ptr %f, align 8, !dbg !392, !noundef !16
  %0 = icmp eq i64 %_3, 0, !dbg !393
  br i1 %0, label %bb2, label %bb3, !dbg !393

bb2:                                              ; preds = %bb1
  %1 = load i64, ptr %spins, align 8, !dbg !394, !noundef !16
  %2 = add i64 %1, 1, !dbg !394
  store i64 %2, ptr %spins, align 8, !dbg !394
  br label %bb1, !dbg !386

bb3:                                              ; preds = %bb1
  ret void, !dbg !395
}

; loop_bodies::wait_counting_raw
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies17wait_counting_raw17hfb0fc94618254f4aE(ptr noundef nonnull align 8 %f, ptr noundef %spins) unnamed_addr #0 !dbg !396 {
start:
  %spins.dbg.spill = alloca [8 x i8], align 8
  %f.dbg.spill = alloca [8 x i8], align 8
  store ptr %f, ptr %f.dbg.spill, align 8
    #dbg_declare(ptr %f.dbg.spill, !400, !DIExpression(), !402)
    #dbg_declare(ptr %f.dbg.spill, !403, !DIExpression(), !406)
  store ptr %spins, ptr %spins.dbg.spill, align 8
    #dbg_declare(ptr %spins.dbg.spill, !401, !DIExpression(), !408)
  br label %bb1, !dbg !409

bb1:                                              ; preds = %bb2, %start
    #dbg_value(ptr %f, !410, !DIExpression(), !413)
  %_3 = load i64, ptr %f, align 8, !dbg !415, !noundef !16
  %0 = icmp eq i64 %_3, 0, !dbg !416
  br i1 %0, label %bb2, label %bb3, !dbg !416

bb2:                                              ; preds = %bb1
  %1 = load i64, ptr %spins, align 8, !dbg !417, !noundef !16
  %2 = add i64 %1, 1, !dbg !417
  store i64 %2, ptr %spins, align 8, !dbg !417
  br label %bb1, !dbg !409

bb3:                                              ; preds = %bb1
  ret void, !dbg !418
}

; loop_bodies::mix
; Function Attrs: noinline nonlazybind uwtable
define internal noundef i64 @_ZN11loop_bodies3mix17hc08a59c1b91d17f0E(i64 noundef %x) unnamed_addr #0 !dbg !419 {
start:
  %0 = alloca [8 x i8], align 8
  %self.dbg.spill = alloca [8 x i8], align 8
  %n.dbg.spill = alloca [4 x i8], align 4
  %rhs.dbg.spill = alloca [8 x i8], align 8
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !423, !DIExpression(), !424)
    #dbg_declare(ptr %x.dbg.spill, !425, !DIExpression(), !429)
  store i64 -7046029254386353131, ptr %rhs.dbg.spill, align 8, !dbg !431
    #dbg_declare(ptr %rhs.dbg.spill, !428, !DIExpression(), !431)
  store i32 7, ptr %n.dbg.spill, align 4, !dbg !432
    #dbg_declare(ptr %n.dbg.spill, !438, !DIExpression(), !432)
  %self = mul i64 %x, -7046029254386353131, !dbg !440
  store i64 %self, ptr %self.dbg.spill, align 8, !dbg !440
    #dbg_declare(ptr %self.dbg.spill, !437, !DIExpression(), !441)
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !442
; call core::intrinsics::rotate_left
  %_0 = call noundef i64 @_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE(i64 noundef %self, i32 noundef 7) #2, !dbg !442
  ret i64 %_0, !dbg !443
}

; loop_bodies::raise
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies5raise17h58fc6af23f46e1cfE() unnamed_addr #0 !dbg !444 {
start:
  %self.dbg.spill = alloca [8 x i8], align 8
  %v.dbg.spill = alloca [8 x i8], align 8
  store i64 1, ptr %v.dbg.spill, align 8, !dbg !445
    #dbg_declare(ptr %v.dbg.spill, !452, !DIExpression(), !445)
  store ptr @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, ptr %self.dbg.spill, align 8, !dbg !454
    #dbg_declare(ptr %self.dbg.spill, !451, !DIExpression(), !455)
    #dbg_value(ptr @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, !456, !DIExpression(), !459)
  store i64 1, ptr @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, align 8, !dbg !461
  ret void, !dbg !462
}

; core::intrinsics::rotate_left
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i64 @_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE(i64 noundef %x, i32 noundef %shift) unnamed_addr #1 personality ptr @rust_eh_personality !dbg !463 {
start:
  %0 = alloca [8 x i8], align 8
  %shift.dbg.spill = alloca [4 x i8], align 4
  %x.dbg.spill = alloca [8 x i8], align 8
  store i64 %x, ptr %x.dbg.spill, align 8
    #dbg_declare(ptr %x.dbg.spill, !467, !DIExpression(), !469)
  store i32 %shift, ptr %shift.dbg.spill, align 4
    #dbg_declare(ptr %shift.dbg.spill, !468, !DIExpression(), !470)
  %_3 = urem i32 %shift, 64, !dbg !471
  call void @llvm.lifetime.start.p0(ptr %0), !dbg !472
  %1 = zext i32 %_3 to i64, !dbg !472
  %2 = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 %1), !dbg !472
  store i64 %2, ptr %0, align 8, !dbg !472
  %_0 = load i64, ptr %0, align 8, !dbg !472, !noundef !16
  call void @llvm.lifetime.end.p0(ptr %0), !dbg !472
  ret i64 %_0, !dbg !473
}

; Function Attrs: nounwind
declare void @llvm.x86.sse2.pause() unnamed_addr #2

; std::thread::functions::yield_now
; Function Attrs: nonlazybind uwtable
declare void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now() unnamed_addr #3

; Function Attrs: nounwind nonlazybind uwtable
declare void @irscope_external_tick() unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.fshl.i64(i64, i64, i64) #5

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind }
attributes #3 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { noinline }

!llvm.module.flags = !{!17, !18, !19, !20}
!llvm.ident = !{!21}
!llvm.dbg.cu = !{!22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "SHARED", linkageName: "_ZN11loop_bodies6SHARED17hed38fa89b2656185E", scope: !2, file: !3, line: 27, type: !4, isLocal: false, isDefinition: true, align: 64)
!2 = !DINamespace(name: "loop_bodies", scope: null)
!3 = !DIFile(filename: "testdata/rust/src/loop_bodies.rs", directory: ".", checksumkind: CSK_MD5, checksum: "c8a7f8b842a464c2c93283e3dd141cc2")
!4 = !DICompositeType(tag: DW_TAG_structure_type, name: "Flag", scope: !2, file: !5, size: 64, align: 64, flags: DIFlagPublic, elements: !6, templateParams: !16, identifier: "95461481ceac79551c480780e6efdae5")
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
!22 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !23, producer: "clang LLVM (rustc version 1.95.0 (59807616e 2026-04-14))", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !24, splitDebugInlining: false, nameTableKind: None)
!23 = !DIFile(filename: "testdata/rust/src/loop_bodies.rs/@/loop_bodies.a9cc09ba377a73bb-cgu.0", directory: ".")
!24 = !{!0}
!25 = distinct !DISubprogram(name: "wait_black_box", linkageName: "_ZN11loop_bodies14wait_black_box17hfe368fb6e4de3bfeE", scope: !2, file: !3, line: 54, type: !26, scopeLine: 54, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !29)
!26 = !DISubroutineType(types: !27)
!27 = !{null, !28}
!28 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&loop_bodies::Flag", baseType: !4, size: 64, align: 64, dwarfAddressSpace: 0)
!29 = !{!30}
!30 = !DILocalVariable(name: "f", arg: 1, scope: !25, file: !3, line: 54, type: !28)
!31 = !DILocation(line: 54, column: 23, scope: !25)
!32 = !DILocalVariable(name: "self", arg: 1, scope: !33, file: !3, line: 19, type: !28)
!33 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !37)
!34 = !DISubroutineType(types: !35)
!35 = !{!13, !28}
!36 = !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!37 = !{!32}
!38 = !DILocation(line: 19, column: 16, scope: !33, inlinedAt: !39)
!39 = !DILocation(line: 55, column: 13, scope: !25)
!40 = !DILocalVariable(name: "dummy", scope: !41, file: !42, line: 490, type: !46, align: 8)
!41 = distinct !DISubprogram(name: "black_box<()>", linkageName: "_ZN4core4hint9black_box17h43fad694634364e7E", scope: !43, file: !42, line: 490, type: !44, scopeLine: 490, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !48, retainedNodes: !47)
!42 = !DIFile(filename: "library/core/src/hint.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "2a901a283eb5f69871d8be07d256ca78")
!43 = !DINamespace(name: "hint", scope: !10)
!44 = !DISubroutineType(types: !45)
!45 = !{null, !46}
!46 = !DIBasicType(name: "()", encoding: DW_ATE_unsigned)
!47 = !{!40}
!48 = !{!49}
!49 = !DITemplateTypeParameter(name: "T", type: !46)
!50 = !DILocation(line: 490, column: 27, scope: !41, inlinedAt: !51)
!51 = !DILocation(line: 56, column: 9, scope: !25)
!52 = !DILocation(line: 55, column: 5, scope: !25)
!53 = !DILocalVariable(name: "self", arg: 1, scope: !54, file: !55, line: 2443, type: !59)
!54 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !61)
!55 = !DIFile(filename: "library/core/src/cell.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "96404e804c6faf0fea9fa631bcb8d1d2")
!56 = !DISubroutineType(types: !57)
!57 = !{!58, !59}
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::cell::UnsafeCell<usize>", baseType: !8, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !14)
!61 = !{!53}
!62 = !DILocation(line: 2443, column: 22, scope: !54, inlinedAt: !63)
!63 = !DILocation(line: 20, column: 30, scope: !33, inlinedAt: !39)
!64 = !DILocation(line: 20, column: 18, scope: !33, inlinedAt: !39)
!65 = !DILocation(line: 55, column: 11, scope: !25)
!66 = !DILocation(line: 491, column: 5, scope: !41, inlinedAt: !51)
!67 = !{i64 4151614173527996}
!68 = !DILocation(line: 58, column: 2, scope: !25)
!69 = distinct !DISubprogram(name: "wait_spin_loop", linkageName: "_ZN11loop_bodies14wait_spin_loop17h9cc4f1c87ce75065E", scope: !2, file: !3, line: 36, type: !26, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !70)
!70 = !{!71}
!71 = !DILocalVariable(name: "f", arg: 1, scope: !69, file: !3, line: 36, type: !28)
!72 = !DILocation(line: 36, column: 23, scope: !69)
!73 = !DILocalVariable(name: "self", arg: 1, scope: !74, file: !3, line: 19, type: !28)
!74 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !75)
!75 = !{!73}
!76 = !DILocation(line: 19, column: 16, scope: !74, inlinedAt: !77)
!77 = !DILocation(line: 37, column: 13, scope: !69)
!78 = !DILocation(line: 37, column: 5, scope: !69)
!79 = !DILocalVariable(name: "self", arg: 1, scope: !80, file: !55, line: 2443, type: !59)
!80 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !81)
!81 = !{!79}
!82 = !DILocation(line: 2443, column: 22, scope: !80, inlinedAt: !83)
!83 = !DILocation(line: 20, column: 30, scope: !74, inlinedAt: !77)
!84 = !DILocation(line: 20, column: 18, scope: !74, inlinedAt: !77)
!85 = !DILocation(line: 37, column: 11, scope: !69)
!86 = !DILocation(line: 25, column: 14, scope: !87, inlinedAt: !94)
!87 = distinct !DISubprogram(name: "_mm_pause", linkageName: "_RNvNtNtNtCsgEmfK2I1SDS_4core9core_arch3x864sse29__mm_pause", scope: !89, file: !88, line: 22, type: !92, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!88 = !DIFile(filename: "library/core/src/../../stdarch/crates/core_arch/src/x86/sse2.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "993d4bc7139abe8a85f0c8441a9817e5")
!89 = !DINamespace(name: "sse2", scope: !90)
!90 = !DINamespace(name: "x86", scope: !91)
!91 = !DINamespace(name: "core_arch", scope: !10)
!92 = !DISubroutineType(types: !93)
!93 = !{null}
!94 = !DILocation(line: 287, column: 13, scope: !95, inlinedAt: !96)
!95 = distinct !DISubprogram(name: "spin_loop", linkageName: "_RNvNtCsgEmfK2I1SDS_4core4hint9spin_loop", scope: !43, file: !42, line: 270, type: !92, scopeLine: 270, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!96 = !DILocation(line: 38, column: 9, scope: !69)
!97 = !DILocation(line: 40, column: 2, scope: !69)
!98 = distinct !DISubprogram(name: "wait_yield_now", linkageName: "_ZN11loop_bodies14wait_yield_now17hd34ffd2e0a5099daE", scope: !2, file: !3, line: 45, type: !26, scopeLine: 45, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !99)
!99 = !{!100}
!100 = !DILocalVariable(name: "f", arg: 1, scope: !98, file: !3, line: 45, type: !28)
!101 = !DILocation(line: 45, column: 23, scope: !98)
!102 = !DILocalVariable(name: "self", arg: 1, scope: !103, file: !3, line: 19, type: !28)
!103 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !104)
!104 = !{!102}
!105 = !DILocation(line: 19, column: 16, scope: !103, inlinedAt: !106)
!106 = !DILocation(line: 46, column: 13, scope: !98)
!107 = !DILocation(line: 46, column: 5, scope: !98)
!108 = !DILocalVariable(name: "self", arg: 1, scope: !109, file: !55, line: 2443, type: !59)
!109 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !110)
!110 = !{!108}
!111 = !DILocation(line: 2443, column: 22, scope: !109, inlinedAt: !112)
!112 = !DILocation(line: 20, column: 30, scope: !103, inlinedAt: !106)
!113 = !DILocation(line: 20, column: 18, scope: !103, inlinedAt: !106)
!114 = !DILocation(line: 46, column: 11, scope: !98)
!115 = !DILocation(line: 47, column: 9, scope: !98)
!116 = !DILocation(line: 49, column: 2, scope: !98)
!117 = distinct !DISubprogram(name: "wait_local_call", linkageName: "_ZN11loop_bodies15wait_local_call17h9c0d181b0e1de896E", scope: !2, file: !3, line: 78, type: !34, scopeLine: 78, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !118)
!118 = !{!119, !120}
!119 = !DILocalVariable(name: "f", arg: 1, scope: !117, file: !3, line: 78, type: !28)
!120 = !DILocalVariable(name: "h", scope: !121, file: !3, line: 79, type: !13, align: 64)
!121 = distinct !DILexicalBlock(scope: !117, file: !3, line: 79, column: 5)
!122 = !DILocation(line: 79, column: 9, scope: !121)
!123 = !DILocation(line: 78, column: 24, scope: !117)
!124 = !DILocalVariable(name: "self", arg: 1, scope: !125, file: !3, line: 19, type: !28)
!125 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !126)
!126 = !{!124}
!127 = !DILocation(line: 19, column: 16, scope: !125, inlinedAt: !128)
!128 = !DILocation(line: 80, column: 13, scope: !121)
!129 = !DILocation(line: 79, column: 17, scope: !117)
!130 = !DILocation(line: 80, column: 5, scope: !121)
!131 = !DILocalVariable(name: "self", arg: 1, scope: !132, file: !55, line: 2443, type: !59)
!132 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !133)
!133 = !{!131}
!134 = !DILocation(line: 2443, column: 22, scope: !132, inlinedAt: !135)
!135 = !DILocation(line: 20, column: 30, scope: !125, inlinedAt: !128)
!136 = !DILocation(line: 20, column: 18, scope: !125, inlinedAt: !128)
!137 = !DILocation(line: 80, column: 11, scope: !121)
!138 = !DILocation(line: 81, column: 13, scope: !121)
!139 = !DILocation(line: 81, column: 9, scope: !121)
!140 = !DILocation(line: 84, column: 2, scope: !117)
!141 = distinct !DISubprogram(name: "wait_extern_call", linkageName: "_ZN11loop_bodies16wait_extern_call17hf4d24350c318a777E", scope: !2, file: !3, line: 63, type: !26, scopeLine: 63, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !142)
!142 = !{!143}
!143 = !DILocalVariable(name: "f", arg: 1, scope: !141, file: !3, line: 63, type: !28)
!144 = !DILocation(line: 63, column: 25, scope: !141)
!145 = !DILocalVariable(name: "self", arg: 1, scope: !146, file: !3, line: 19, type: !28)
!146 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !147)
!147 = !{!145}
!148 = !DILocation(line: 19, column: 16, scope: !146, inlinedAt: !149)
!149 = !DILocation(line: 64, column: 13, scope: !141)
!150 = !DILocation(line: 64, column: 5, scope: !141)
!151 = !DILocalVariable(name: "self", arg: 1, scope: !152, file: !55, line: 2443, type: !59)
!152 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !153)
!153 = !{!151}
!154 = !DILocation(line: 2443, column: 22, scope: !152, inlinedAt: !155)
!155 = !DILocation(line: 20, column: 30, scope: !146, inlinedAt: !149)
!156 = !DILocation(line: 20, column: 18, scope: !146, inlinedAt: !149)
!157 = !DILocation(line: 64, column: 11, scope: !141)
!158 = !DILocation(line: 65, column: 18, scope: !141)
!159 = !DILocation(line: 67, column: 2, scope: !141)
!160 = distinct !DISubprogram(name: "nested_inner_poll", linkageName: "_ZN11loop_bodies17nested_inner_poll17hcfe084a9dc26d5c4E", scope: !2, file: !3, line: 120, type: !161, scopeLine: 120, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !163)
!161 = !DISubroutineType(types: !162)
!162 = !{!13, !28, !28}
!163 = !{!164, !165, !166}
!164 = !DILocalVariable(name: "done", arg: 1, scope: !160, file: !3, line: 120, type: !28)
!165 = !DILocalVariable(name: "step", arg: 2, scope: !160, file: !3, line: 120, type: !28)
!166 = !DILocalVariable(name: "rounds", scope: !167, file: !3, line: 121, type: !13, align: 64)
!167 = distinct !DILexicalBlock(scope: !160, file: !3, line: 121, column: 5)
!168 = !DILocation(line: 121, column: 9, scope: !167)
!169 = !DILocation(line: 120, column: 26, scope: !160)
!170 = !DILocalVariable(name: "self", arg: 1, scope: !171, file: !3, line: 19, type: !28)
!171 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !172)
!172 = !{!170}
!173 = !DILocation(line: 19, column: 16, scope: !171, inlinedAt: !174)
!174 = !DILocation(line: 122, column: 16, scope: !167)
!175 = !DILocation(line: 120, column: 39, scope: !160)
!176 = !DILocation(line: 19, column: 16, scope: !171, inlinedAt: !177)
!177 = !DILocation(line: 123, column: 20, scope: !167)
!178 = !DILocation(line: 121, column: 22, scope: !160)
!179 = !DILocation(line: 122, column: 5, scope: !167)
!180 = !DILocalVariable(name: "self", arg: 1, scope: !181, file: !55, line: 2443, type: !59)
!181 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !182)
!182 = !{!180}
!183 = !DILocation(line: 2443, column: 22, scope: !181, inlinedAt: !184)
!184 = !DILocation(line: 20, column: 30, scope: !171, inlinedAt: !174)
!185 = !DILocation(line: 20, column: 18, scope: !171, inlinedAt: !174)
!186 = !DILocation(line: 122, column: 11, scope: !167)
!187 = !DILocation(line: 123, column: 9, scope: !167)
!188 = !DILocation(line: 127, column: 2, scope: !160)
!189 = !DILocation(line: 2443, column: 22, scope: !181, inlinedAt: !190)
!190 = !DILocation(line: 20, column: 30, scope: !191, inlinedAt: !177)
!191 = !DILexicalBlockFile(scope: !171, file: !3, discriminator: 2)
!192 = !DILocation(line: 20, column: 18, scope: !171, inlinedAt: !177)
!193 = !DILocation(line: 123, column: 15, scope: !167)
!194 = !DILocation(line: 124, column: 9, scope: !167)
!195 = distinct !DISubprogram(name: "nested_outer_poll", linkageName: "_ZN11loop_bodies17nested_outer_poll17hb1fd2c294aa02647E", scope: !2, file: !3, line: 107, type: !196, scopeLine: 107, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !198)
!196 = !DISubroutineType(types: !197)
!197 = !{!13, !28, !13}
!198 = !{!199, !200, !201, !203, !213}
!199 = !DILocalVariable(name: "f", arg: 1, scope: !195, file: !3, line: 107, type: !28)
!200 = !DILocalVariable(name: "n", arg: 2, scope: !195, file: !3, line: 107, type: !13)
!201 = !DILocalVariable(name: "acc", scope: !202, file: !3, line: 108, type: !13, align: 64)
!202 = distinct !DILexicalBlock(scope: !195, file: !3, line: 108, column: 5)
!203 = !DILocalVariable(name: "iter", scope: !204, file: !3, line: 110, type: !205, align: 64)
!204 = distinct !DILexicalBlock(scope: !202, file: !3, line: 110, column: 9)
!205 = !DICompositeType(tag: DW_TAG_structure_type, name: "Range<usize>", scope: !206, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !208, templateParams: !211, identifier: "53448c16a7a0802d59f963f67d6d8fdf")
!206 = !DINamespace(name: "range", scope: !207)
!207 = !DINamespace(name: "ops", scope: !10)
!208 = !{!209, !210}
!209 = !DIDerivedType(tag: DW_TAG_member, name: "start", scope: !205, file: !5, baseType: !13, size: 64, align: 64, flags: DIFlagPublic)
!210 = !DIDerivedType(tag: DW_TAG_member, name: "end", scope: !205, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!211 = !{!212}
!212 = !DITemplateTypeParameter(name: "Idx", type: !13)
!213 = !DILocalVariable(name: "i", scope: !214, file: !3, line: 110, type: !13, align: 64)
!214 = distinct !DILexicalBlock(scope: !204, file: !3, line: 110, column: 9)
!215 = !DILocation(line: 108, column: 9, scope: !202)
!216 = !DILocalVariable(name: "self", arg: 1, scope: !217, file: !218, line: 2456, type: !13)
!217 = distinct !DISubprogram(name: "wrapping_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj12wrapping_add", scope: !219, file: !218, line: 2456, type: !221, scopeLine: 2456, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !223)
!218 = !DIFile(filename: "library/core/src/num/uint_macros.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "de2f29a3485fc28d710ba6c3062e6efa")
!219 = !DINamespace(name: "{impl#11}", scope: !220)
!220 = !DINamespace(name: "num", scope: !10)
!221 = !DISubroutineType(types: !222)
!222 = !{!13, !13, !13}
!223 = !{!216, !224}
!224 = !DILocalVariable(name: "rhs", arg: 2, scope: !217, file: !218, line: 2456, type: !13)
!225 = !DILocation(line: 2456, column: 35, scope: !217, inlinedAt: !226)
!226 = !DILocation(line: 111, column: 23, scope: !214)
!227 = !DILocation(line: 107, column: 26, scope: !195)
!228 = !DILocalVariable(name: "self", arg: 1, scope: !229, file: !3, line: 19, type: !28)
!229 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !230)
!230 = !{!228}
!231 = !DILocation(line: 19, column: 16, scope: !229, inlinedAt: !232)
!232 = !DILocation(line: 109, column: 13, scope: !202)
!233 = !DILocation(line: 107, column: 36, scope: !195)
!234 = !DILocation(line: 110, column: 18, scope: !204)
!235 = !DILocalVariable(name: "self", arg: 1, scope: !236, file: !237, line: 322, type: !205)
!236 = distinct !DISubprogram(name: "into_iter<core::ops::range::Range<usize>>", linkageName: "_ZN63_$LT$I$u20$as$u20$core..iter..traits..collect..IntoIterator$GT$9into_iter17h1a1c66b5d67c69f5E", scope: !238, file: !237, line: 322, type: !242, scopeLine: 322, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !245, retainedNodes: !244)
!237 = !DIFile(filename: "library/core/src/iter/traits/collect.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "35d2b5f35e8dd294396f20d1a263fa6f")
!238 = !DINamespace(name: "{impl#0}", scope: !239)
!239 = !DINamespace(name: "collect", scope: !240)
!240 = !DINamespace(name: "traits", scope: !241)
!241 = !DINamespace(name: "iter", scope: !10)
!242 = !DISubroutineType(types: !243)
!243 = !{!205, !205}
!244 = !{!235}
!245 = !{!246}
!246 = !DITemplateTypeParameter(name: "I", type: !205)
!247 = !DILocation(line: 322, column: 18, scope: !236, inlinedAt: !248)
!248 = !DILocation(line: 110, column: 18, scope: !202)
!249 = !DILocation(line: 211, column: 50, scope: !250, inlinedAt: !257)
!250 = distinct !DISubprogram(name: "forward_unchecked", linkageName: "_RNvXsF_NtNtCsgEmfK2I1SDS_4core4iter5rangejNtB5_4Step17forward_unchecked", scope: !252, file: !251, line: 211, type: !221, scopeLine: 211, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !254)
!251 = !DIFile(filename: "library/core/src/iter/range.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "e302cc3146df1591d87c4742d277fd2d")
!252 = !DINamespace(name: "{impl#43}", scope: !253)
!253 = !DINamespace(name: "range", scope: !241)
!254 = !{!255, !256}
!255 = !DILocalVariable(name: "start", arg: 1, scope: !250, file: !251, line: 211, type: !13)
!256 = !DILocalVariable(name: "n", scope: !250, file: !251, line: 211, type: !13, align: 64)
!257 = !DILocation(line: 775, column: 35, scope: !258, inlinedAt: !280)
!258 = distinct !DILexicalBlock(scope: !259, file: !251, line: 773, column: 13)
!259 = distinct !DISubprogram(name: "spec_next<usize>", linkageName: "_ZN89_$LT$core..ops..range..Range$LT$T$GT$$u20$as$u20$core..iter..range..RangeIteratorImpl$GT$9spec_next17h5624b380452fd093E", scope: !260, file: !251, line: 771, type: !261, scopeLine: 771, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !277)
!260 = !DINamespace(name: "{impl#5}", scope: !253)
!261 = !DISubroutineType(types: !262)
!262 = !{!263, !276}
!263 = !DICompositeType(tag: DW_TAG_structure_type, name: "Option<usize>", scope: !264, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !265, templateParams: !16, identifier: "6f59025219977f466509bd4ae79a2945")
!264 = !DINamespace(name: "option", scope: !10)
!265 = !{!266}
!266 = !DICompositeType(tag: DW_TAG_variant_part, scope: !263, file: !5, size: 128, align: 64, elements: !267, templateParams: !16, identifier: "57fdcff454be91893aca78d2b2510f66", discriminator: !274)
!267 = !{!268, !270}
!268 = !DIDerivedType(tag: DW_TAG_member, name: "None", scope: !266, file: !5, baseType: !269, size: 128, align: 64, extraData: i64 0)
!269 = !DICompositeType(tag: DW_TAG_structure_type, name: "None", scope: !263, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !16, templateParams: !14, identifier: "5f402b7d82062085bb94b01d172ca4ec")
!270 = !DIDerivedType(tag: DW_TAG_member, name: "Some", scope: !266, file: !5, baseType: !271, size: 128, align: 64, extraData: i64 1)
!271 = !DICompositeType(tag: DW_TAG_structure_type, name: "Some", scope: !263, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !272, templateParams: !14, identifier: "c70f2dfad93186ce146b7e80830727")
!272 = !{!273}
!273 = !DIDerivedType(tag: DW_TAG_member, name: "__0", scope: !271, file: !5, baseType: !13, size: 64, align: 64, offset: 64, flags: DIFlagPublic)
!274 = !DIDerivedType(tag: DW_TAG_member, scope: !263, file: !5, baseType: !275, size: 64, align: 64, flags: DIFlagArtificial)
!275 = !DIBasicType(name: "u64", size: 64, encoding: DW_ATE_unsigned)
!276 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut core::ops::range::Range<usize>", baseType: !205, size: 64, align: 64, dwarfAddressSpace: 0)
!277 = !{!278, !279}
!278 = !DILocalVariable(name: "self", arg: 1, scope: !259, file: !251, line: 771, type: !276)
!279 = !DILocalVariable(name: "old", scope: !258, file: !251, line: 773, type: !13, align: 64)
!280 = !DILocation(line: 857, column: 14, scope: !281, inlinedAt: !287)
!281 = distinct !DISubprogram(name: "next<usize>", linkageName: "_ZN4core4iter5range101_$LT$impl$u20$core..iter..traits..iterator..Iterator$u20$for$u20$core..ops..range..Range$LT$A$GT$$GT$4next17hf6f7688f32a441e2E", scope: !282, file: !251, line: 856, type: !261, scopeLine: 856, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !285, retainedNodes: !283)
!282 = !DINamespace(name: "{impl#6}", scope: !253)
!283 = !{!284}
!284 = !DILocalVariable(name: "self", arg: 1, scope: !281, file: !251, line: 856, type: !276)
!285 = !{!286}
!286 = !DITemplateTypeParameter(name: "A", type: !13)
!287 = !DILocation(line: 110, column: 18, scope: !288)
!288 = !DILexicalBlockFile(scope: !204, file: !3, discriminator: 2)
!289 = !DILocation(line: 832, column: 49, scope: !290, inlinedAt: !327)
!290 = distinct !DISubprogram(name: "unchecked_add", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj13unchecked_add", scope: !219, file: !218, line: 832, type: !291, scopeLine: 832, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !324)
!291 = !DISubroutineType(types: !292)
!292 = !{!13, !13, !13, !293}
!293 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&core::panic::location::Location", baseType: !294, size: 64, align: 64, dwarfAddressSpace: 0)
!294 = !DICompositeType(tag: DW_TAG_structure_type, name: "Location", scope: !295, file: !5, size: 192, align: 64, flags: DIFlagPublic, elements: !297, templateParams: !16, identifier: "c23b7de1297af8f4a89df3da49f37ee6")
!295 = !DINamespace(name: "location", scope: !296)
!296 = !DINamespace(name: "panic", scope: !10)
!297 = !{!298, !312, !314, !315}
!298 = !DIDerivedType(tag: DW_TAG_member, name: "filename", scope: !294, file: !5, baseType: !299, size: 128, align: 64, flags: DIFlagPrivate)
!299 = !DICompositeType(tag: DW_TAG_structure_type, name: "NonNull<str>", scope: !300, file: !5, size: 128, align: 64, flags: DIFlagPublic, elements: !302, templateParams: !310, identifier: "cc7383b2ce73f6838bfb6ae828fb6ae6")
!300 = !DINamespace(name: "non_null", scope: !301)
!301 = !DINamespace(name: "ptr", scope: !10)
!302 = !{!303}
!303 = !DIDerivedType(tag: DW_TAG_member, name: "pointer", scope: !299, file: !5, baseType: !304, size: 128, align: 64, flags: DIFlagPrivate)
!304 = !DICompositeType(tag: DW_TAG_structure_type, name: "*const str", file: !5, size: 128, align: 64, elements: !305, templateParams: !16, identifier: "238a44609877474087c05adf26cd41fa")
!305 = !{!306, !309}
!306 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !304, file: !5, baseType: !307, size: 64, align: 64)
!307 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !308, size: 64, align: 64, dwarfAddressSpace: 0)
!308 = !DIBasicType(name: "u8", size: 8, encoding: DW_ATE_unsigned)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !304, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!310 = !{!311}
!311 = !DITemplateTypeParameter(name: "T", type: !308)
!312 = !DIDerivedType(tag: DW_TAG_member, name: "line", scope: !294, file: !5, baseType: !313, size: 32, align: 32, offset: 128, flags: DIFlagPrivate)
!313 = !DIBasicType(name: "u32", size: 32, encoding: DW_ATE_unsigned)
!314 = !DIDerivedType(tag: DW_TAG_member, name: "col", scope: !294, file: !5, baseType: !313, size: 32, align: 32, offset: 160, flags: DIFlagPrivate)
!315 = !DIDerivedType(tag: DW_TAG_member, name: "_filename", scope: !294, file: !5, baseType: !316, align: 8, offset: 192, flags: DIFlagPrivate)
!316 = !DICompositeType(tag: DW_TAG_structure_type, name: "PhantomData<&str>", scope: !317, file: !5, align: 8, flags: DIFlagPublic, elements: !16, templateParams: !318, identifier: "e16ac355808b6aef9fb50b5f125fee05")
!317 = !DINamespace(name: "marker", scope: !10)
!318 = !{!319}
!319 = !DITemplateTypeParameter(name: "T", type: !320)
!320 = !DICompositeType(tag: DW_TAG_structure_type, name: "&str", file: !5, size: 128, align: 64, elements: !321, templateParams: !16, identifier: "9277eecd40495f85161460476aacc992")
!321 = !{!322, !323}
!322 = !DIDerivedType(tag: DW_TAG_member, name: "data_ptr", scope: !320, file: !5, baseType: !307, size: 64, align: 64)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "length", scope: !320, file: !5, baseType: !13, size: 64, align: 64, offset: 64)
!324 = !{!325, !326}
!325 = !DILocalVariable(name: "self", arg: 1, scope: !290, file: !218, line: 832, type: !13)
!326 = !DILocalVariable(name: "rhs", scope: !290, file: !218, line: 832, type: !13, align: 64)
!327 = !DILocation(line: 213, column: 28, scope: !250, inlinedAt: !257)
!328 = !DILocation(line: 108, column: 19, scope: !195)
!329 = !DILocation(line: 109, column: 5, scope: !202)
!330 = !DILocalVariable(name: "self", arg: 1, scope: !331, file: !55, line: 2443, type: !59)
!331 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !332)
!332 = !{!330}
!333 = !DILocation(line: 2443, column: 22, scope: !331, inlinedAt: !334)
!334 = !DILocation(line: 20, column: 30, scope: !229, inlinedAt: !232)
!335 = !DILocation(line: 20, column: 18, scope: !229, inlinedAt: !232)
!336 = !DILocation(line: 109, column: 11, scope: !202)
!337 = !DILocation(line: 110, column: 9, scope: !204)
!338 = !DILocation(line: 115, column: 2, scope: !195)
!339 = !DILocation(line: 856, column: 13, scope: !281, inlinedAt: !287)
!340 = !DILocation(line: 771, column: 18, scope: !259, inlinedAt: !280)
!341 = !DILocalVariable(name: "self", arg: 1, scope: !342, file: !343, line: 1916, type: !350)
!342 = distinct !DISubprogram(name: "lt", linkageName: "_RNvXsU_NtNtCsgEmfK2I1SDS_4core3cmp5implsjNtB7_10PartialOrd2lt", scope: !344, file: !343, line: 1916, type: !347, scopeLine: 1916, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !351)
!343 = !DIFile(filename: "library/core/src/cmp.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "9b875f3ee90b4abbf50efdba3db39504")
!344 = !DINamespace(name: "{impl#58}", scope: !345)
!345 = !DINamespace(name: "impls", scope: !346)
!346 = !DINamespace(name: "cmp", scope: !10)
!347 = !DISubroutineType(types: !348)
!348 = !{!349, !350, !350}
!349 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!350 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!351 = !{!341, !352}
!352 = !DILocalVariable(name: "other", arg: 2, scope: !342, file: !343, line: 1916, type: !350)
!353 = !DILocation(line: 1916, column: 19, scope: !342, inlinedAt: !354)
!354 = !DILocation(line: 772, column: 12, scope: !259, inlinedAt: !280)
!355 = !DILocation(line: 1916, column: 26, scope: !342, inlinedAt: !354)
!356 = !DILocation(line: 1916, column: 50, scope: !342, inlinedAt: !354)
!357 = !DILocation(line: 1916, column: 59, scope: !342, inlinedAt: !354)
!358 = !DILocation(line: 112, column: 9, scope: !204)
!359 = !DILocation(line: 773, column: 23, scope: !259, inlinedAt: !280)
!360 = !DILocation(line: 773, column: 17, scope: !258, inlinedAt: !280)
!361 = !DILocation(line: 211, column: 37, scope: !250, inlinedAt: !257)
!362 = !DILocation(line: 832, column: 43, scope: !290, inlinedAt: !327)
!363 = !DILocation(line: 844, column: 17, scope: !290, inlinedAt: !327)
!364 = !DILocation(line: 775, column: 13, scope: !258, inlinedAt: !280)
!365 = !DILocation(line: 776, column: 13, scope: !258, inlinedAt: !280)
!366 = !DILocation(line: 110, column: 13, scope: !204)
!367 = !DILocation(line: 110, column: 13, scope: !214)
!368 = !DILocation(line: 111, column: 36, scope: !214)
!369 = !DILocation(line: 2456, column: 41, scope: !217, inlinedAt: !226)
!370 = !DILocation(line: 2457, column: 13, scope: !217, inlinedAt: !226)
!371 = !DILocation(line: 111, column: 13, scope: !214)
!372 = distinct !DISubprogram(name: "wait_counting_mut", linkageName: "_ZN11loop_bodies17wait_counting_mut17h0ee72bdd0e6bd4bdE", scope: !2, file: !3, line: 98, type: !373, scopeLine: 98, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !376)
!373 = !DISubroutineType(types: !374)
!374 = !{null, !28, !375}
!375 = !DIDerivedType(tag: DW_TAG_pointer_type, name: "&mut usize", baseType: !13, size: 64, align: 64, dwarfAddressSpace: 0)
!376 = !{!377, !378}
!377 = !DILocalVariable(name: "f", arg: 1, scope: !372, file: !3, line: 98, type: !28)
!378 = !DILocalVariable(name: "spins", arg: 2, scope: !372, file: !3, line: 98, type: !375)
!379 = !DILocation(line: 98, column: 26, scope: !372)
!380 = !DILocalVariable(name: "self", arg: 1, scope: !381, file: !3, line: 19, type: !28)
!381 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !382)
!382 = !{!380}
!383 = !DILocation(line: 19, column: 16, scope: !381, inlinedAt: !384)
!384 = !DILocation(line: 99, column: 13, scope: !372)
!385 = !DILocation(line: 98, column: 36, scope: !372)
!386 = !DILocation(line: 99, column: 5, scope: !372)
!387 = !DILocalVariable(name: "self", arg: 1, scope: !388, file: !55, line: 2443, type: !59)
!388 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !389)
!389 = !{!387}
!390 = !DILocation(line: 2443, column: 22, scope: !388, inlinedAt: !391)
!391 = !DILocation(line: 20, column: 30, scope: !381, inlinedAt: !384)
!392 = !DILocation(line: 20, column: 18, scope: !381, inlinedAt: !384)
!393 = !DILocation(line: 99, column: 11, scope: !372)
!394 = !DILocation(line: 100, column: 9, scope: !372)
!395 = !DILocation(line: 102, column: 2, scope: !372)
!396 = distinct !DISubprogram(name: "wait_counting_raw", linkageName: "_ZN11loop_bodies17wait_counting_raw17hfb0fc94618254f4aE", scope: !2, file: !3, line: 89, type: !397, scopeLine: 89, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !399)
!397 = !DISubroutineType(types: !398)
!398 = !{null, !28, !58}
!399 = !{!400, !401}
!400 = !DILocalVariable(name: "f", arg: 1, scope: !396, file: !3, line: 89, type: !28)
!401 = !DILocalVariable(name: "spins", arg: 2, scope: !396, file: !3, line: 89, type: !58)
!402 = !DILocation(line: 89, column: 33, scope: !396)
!403 = !DILocalVariable(name: "self", arg: 1, scope: !404, file: !3, line: 19, type: !28)
!404 = distinct !DISubprogram(name: "get", linkageName: "_ZN11loop_bodies4Flag3get17hd35180625a04abbfE", scope: !4, file: !3, line: 19, type: !34, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !36, retainedNodes: !405)
!405 = !{!403}
!406 = !DILocation(line: 19, column: 16, scope: !404, inlinedAt: !407)
!407 = !DILocation(line: 90, column: 13, scope: !396)
!408 = !DILocation(line: 89, column: 43, scope: !396)
!409 = !DILocation(line: 90, column: 5, scope: !396)
!410 = !DILocalVariable(name: "self", arg: 1, scope: !411, file: !55, line: 2443, type: !59)
!411 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !412)
!412 = !{!410}
!413 = !DILocation(line: 2443, column: 22, scope: !411, inlinedAt: !414)
!414 = !DILocation(line: 20, column: 30, scope: !404, inlinedAt: !407)
!415 = !DILocation(line: 20, column: 18, scope: !404, inlinedAt: !407)
!416 = !DILocation(line: 90, column: 11, scope: !396)
!417 = !DILocation(line: 91, column: 9, scope: !396)
!418 = !DILocation(line: 93, column: 2, scope: !396)
!419 = distinct !DISubprogram(name: "mix", linkageName: "_ZN11loop_bodies3mix17hc08a59c1b91d17f0E", scope: !2, file: !3, line: 70, type: !420, scopeLine: 70, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !422)
!420 = !DISubroutineType(types: !421)
!421 = !{!13, !13}
!422 = !{!423}
!423 = !DILocalVariable(name: "x", arg: 1, scope: !419, file: !3, line: 70, type: !13)
!424 = !DILocation(line: 70, column: 8, scope: !419)
!425 = !DILocalVariable(name: "self", arg: 1, scope: !426, file: !218, line: 2532, type: !13)
!426 = distinct !DISubprogram(name: "wrapping_mul", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj12wrapping_mul", scope: !219, file: !218, line: 2532, type: !221, scopeLine: 2532, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !427)
!427 = !{!425, !428}
!428 = !DILocalVariable(name: "rhs", scope: !426, file: !218, line: 2532, type: !13, align: 64)
!429 = !DILocation(line: 2532, column: 35, scope: !426, inlinedAt: !430)
!430 = !DILocation(line: 71, column: 7, scope: !419)
!431 = !DILocation(line: 2532, column: 41, scope: !426, inlinedAt: !430)
!432 = !DILocation(line: 385, column: 40, scope: !433, inlinedAt: !439)
!433 = distinct !DISubprogram(name: "rotate_left", linkageName: "_RNvMs9_NtCsgEmfK2I1SDS_4core3numj11rotate_left", scope: !219, file: !218, line: 385, type: !434, scopeLine: 385, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, retainedNodes: !436)
!434 = !DISubroutineType(types: !435)
!435 = !{!13, !13, !313}
!436 = !{!437, !438}
!437 = !DILocalVariable(name: "self", arg: 1, scope: !433, file: !218, line: 385, type: !13)
!438 = !DILocalVariable(name: "n", scope: !433, file: !218, line: 385, type: !313, align: 32)
!439 = !DILocation(line: 71, column: 43, scope: !419)
!440 = !DILocation(line: 2533, column: 13, scope: !426, inlinedAt: !430)
!441 = !DILocation(line: 385, column: 34, scope: !433, inlinedAt: !439)
!442 = !DILocation(line: 386, column: 20, scope: !433, inlinedAt: !439)
!443 = !DILocation(line: 72, column: 2, scope: !419)
!444 = distinct !DISubprogram(name: "raise", linkageName: "_ZN11loop_bodies5raise17h58fc6af23f46e1cfE", scope: !2, file: !3, line: 130, type: !92, scopeLine: 130, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16)
!445 = !DILocation(line: 22, column: 23, scope: !446, inlinedAt: !453)
!446 = distinct !DISubprogram(name: "set", linkageName: "_ZN11loop_bodies4Flag3set17h75e4514395ad90d3E", scope: !4, file: !3, line: 22, type: !447, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !16, declaration: !449, retainedNodes: !450)
!447 = !DISubroutineType(types: !448)
!448 = !{null, !28, !13}
!449 = !DISubprogram(name: "set", linkageName: "_ZN11loop_bodies4Flag3set17h75e4514395ad90d3E", scope: !4, file: !3, line: 22, type: !447, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagOptimized, templateParams: !16)
!450 = !{!451, !452}
!451 = !DILocalVariable(name: "self", arg: 1, scope: !446, file: !3, line: 22, type: !28)
!452 = !DILocalVariable(name: "v", scope: !446, file: !3, line: 22, type: !13, align: 64)
!453 = !DILocation(line: 131, column: 12, scope: !444)
!454 = !DILocation(line: 131, column: 5, scope: !444)
!455 = !DILocation(line: 22, column: 16, scope: !446, inlinedAt: !453)
!456 = !DILocalVariable(name: "self", arg: 1, scope: !457, file: !55, line: 2443, type: !59)
!457 = distinct !DISubprogram(name: "get<usize>", linkageName: "_ZN4core4cell19UnsafeCell$LT$T$GT$3get17h0222feeadcd0d939E", scope: !8, file: !55, line: 2443, type: !56, scopeLine: 2443, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, declaration: !60, retainedNodes: !458)
!458 = !{!456}
!459 = !DILocation(line: 2443, column: 22, scope: !457, inlinedAt: !460)
!460 = !DILocation(line: 23, column: 30, scope: !446, inlinedAt: !453)
!461 = !DILocation(line: 23, column: 18, scope: !446, inlinedAt: !453)
!462 = !DILocation(line: 132, column: 2, scope: !444)
!463 = distinct !DISubprogram(name: "rotate_left<usize>", linkageName: "_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE", scope: !465, file: !464, line: 2025, type: !434, scopeLine: 2025, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !22, templateParams: !14, retainedNodes: !466)
!464 = !DIFile(filename: "library/core/src/intrinsics/mod.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860", checksumkind: CSK_MD5, checksum: "b1b7915c1b8b57766c20270acae549ce")
!465 = !DINamespace(name: "intrinsics", scope: !10)
!466 = !{!467, !468}
!467 = !DILocalVariable(name: "x", arg: 1, scope: !463, file: !464, line: 2025, type: !13)
!468 = !DILocalVariable(name: "shift", arg: 2, scope: !463, file: !464, line: 2025, type: !313)
!469 = !DILocation(line: 2025, column: 60, scope: !463)
!470 = !DILocation(line: 2025, column: 66, scope: !463)
!471 = !DILocation(line: 2029, column: 41, scope: !463)
!472 = !DILocation(line: 2029, column: 14, scope: !463)
!473 = !DILocation(line: 2030, column: 2, scope: !463)
