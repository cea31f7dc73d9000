; ModuleID = 'loop_bodies.a9cc09ba377a73bb-cgu.0'
source_filename = "loop_bodies.a9cc09ba377a73bb-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@_ZN11loop_bodies6SHARED17hed38fa89b2656185E = global [8 x i8] zeroinitializer, align 8

; loop_bodies::wait_black_box
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_black_box17hfe368fb6e4de3bfeE(ptr noundef nonnull align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  call void asm sideeffect "", "~{memory}"(), !srcloc !4
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; loop_bodies::wait_spin_loop
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_spin_loop17h9cc4f1c87ce75065E(ptr noundef nonnull align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  call void @llvm.x86.sse2.pause()
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; loop_bodies::wait_yield_now
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies14wait_yield_now17hd34ffd2e0a5099daE(ptr noundef nonnull align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb2, label %bb4

bb2:                                              ; preds = %bb1
; call std::thread::functions::yield_now
  call void @_RNvNtNtCsjrHSEGnQ3l9_3std6thread9functions9yield_now()
  br label %bb1

bb4:                                              ; preds = %bb1
  ret void
}

; loop_bodies::wait_local_call
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN11loop_bodies15wait_local_call17h9c0d181b0e1de896E(ptr noundef nonnull align 8 %f) unnamed_addr #0 {
start:
  %h = alloca [8 x i8], align 8
  store i64 1, ptr %h, align 8
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb2, label %bb4

bb2:                                              ; preds = %bb1
  %1 = load i64, ptr %h, align 8, !noundef !3
; call loop_bodies::mix
  %_3 = call noundef i64 @_ZN11loop_bodies3mix17hc08a59c1b91d17f0E(i64 noundef %1) #6
  store i64 %_3, ptr %h, align 8
  br label %bb1

bb4:                                              ; preds = %bb1
  %2 = load i64, ptr %h, align 8, !noundef !3
  ret i64 %2
}

; loop_bodies::wait_extern_call
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies16wait_extern_call17hf4d24350c318a777E(ptr noundef nonnull align 8 %f) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_3 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  call void @irscope_external_tick() #2
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; loop_bodies::nested_inner_poll
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN11loop_bodies17nested_inner_poll17hcfe084a9dc26d5c4E(ptr noundef nonnull align 8 %done, ptr noundef nonnull align 8 %step) unnamed_addr #0 {
start:
  %rounds = alloca [8 x i8], align 8
  store i64 0, ptr %rounds, align 8
  br label %bb1

bb1:                                              ; preds = %bb5, %start
  %_3 = load i64, ptr %done, align 8, !noundef !3
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb2, label %bb6

bb2:                                              ; preds = %bb1
  br label %bb3

bb6:                                              ; preds = %bb1
  %1 = load i64, ptr %rounds, align 8, !noundef !3
  ret i64 %1

bb3:                                              ; preds = %bb4, %bb2
  %_4 = load i64, ptr %step, align 8, !noundef !3
  %2 = icmp eq i64 %_4, 0
  br i1 %2, label %bb4, label %bb5

bb4:                                              ; preds = %bb3
  br label %bb3

bb5:                                              ; preds = %bb3
  %3 = load i64, ptr %rounds, align 8, !noundef !3
  %4 = add i64 %3, 1
  store i64 %4, ptr %rounds, align 8
  br label %bb1
}

; loop_bodies::nested_outer_poll
; Function Attrs: noinline nonlazybind uwtable
define noundef i64 @_ZN11loop_bodies17nested_outer_poll17hb1fd2c294aa02647E(ptr noundef nonnull align 8 %f, i64 noundef %n) unnamed_addr #0 {
start:
  %iter = alloca [8 x i8], align 8
  %_4 = alloca [16 x i8], align 8
  %acc = alloca [8 x i8], align 8
  store i64 0, ptr %acc, align 8
  br label %bb1

bb1:                                              ; preds = %bb6, %start
  %_3 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb2, label %bb4

bb2:                                              ; preds = %bb1
  store i64 0, ptr %iter, align 8
  br label %bb3

bb4:                                              ; preds = %bb1
  %1 = load i64, ptr %acc, align 8, !noundef !3
  ret i64 %1

bb3:                                              ; preds = %bb5, %bb2
  call void @llvm.lifetime.start.p0(ptr %_4)
  %_13 = load i64, ptr %iter, align 8, !noundef !3
  %_10 = icmp ult i64 %_13, %n
  br i1 %_10, label %bb5, label %bb6

bb6:                                              ; preds = %bb3
  call void @llvm.lifetime.end.p0(ptr %_4)
  br label %bb1

bb5:                                              ; preds = %bb3
  %_11 = load i64, ptr %iter, align 8, !noundef !3
  %2 = add nuw i64 %_11, 1
  store i64 %2, ptr %iter, align 8
  %3 = getelementptr inbounds i8, ptr %_4, i64 8
  store i64 %_11, ptr %3, align 8
  store i64 1, ptr %_4, align 8
  %4 = getelementptr inbounds i8, ptr %_4, i64 8
  %i = load i64, ptr %4, align 8, !noundef !3
  %_7 = mul i64 %i, %i
  %5 = load i64, ptr %acc, align 8, !noundef !3
  %_6 = add i64 %5, %_7
  store i64 %_6, ptr %acc, align 8
  call void @llvm.lifetime.end.p0(ptr %_4)
  br label %bb3
}

; loop_bodies::wait_counting_mut
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies17wait_counting_mut17h0ee72bdd0e6bd4bdE(ptr noundef nonnull align 8 %f, ptr noalias noundef align 8 dereferenceable(8) %spins) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_3 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  %1 = load i64, ptr %spins, align 8, !noundef !3
  %2 = add i64 %1, 1
  store i64 %2, ptr %spins, align 8
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; loop_bodies::wait_counting_raw
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies17wait_counting_raw17hfb0fc94618254f4aE(ptr noundef nonnull align 8 %f, ptr noundef %spins) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_3 = load i64, ptr %f, align 8, !noundef !3
  %0 = icmp eq i64 %_3, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  %1 = load i64, ptr %spins, align 8, !noundef !3
  %2 = add i64 %1, 1
  store i64 %2, ptr %spins, align 8
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; loop_bodies::mix
; Function Attrs: noinline nonlazybind uwtable
define internal noundef i64 @_ZN11loop_bodies3mix17hc08a59c1b91d17f0E(i64 noundef %x) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %_2 = mul i64 %x, -7046029254386353131
  call void @llvm.lifetime.start.p0(ptr %0)
; call core::intrinsics::rotate_left
  %_0 = call noundef i64 @_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE(i64 noundef %_2, i32 noundef 7) #2
  ret i64 %_0
}

; loop_bodies::raise
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN11loop_bodies5raise17h58fc6af23f46e1cfE() unnamed_addr #0 {
start:
  store i64 1, ptr @_ZN11loop_bodies6SHARED17hed38fa89b2656185E, align 8
  ret void
}

; core::intrinsics::rotate_left
; Function Attrs: nounwind nonlazybind uwtable
define internal noundef i64 @_ZN4core10intrinsics11rotate_left17h7f3495d2a76bf51cE(i64 noundef %x, i32 noundef %shift) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %0 = alloca [8 x i8], align 8
  %_3 = urem i32 %shift, 64
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = zext i32 %_3 to i64
  %2 = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 %1)
  store i64 %2, ptr %0, align 8
  %_0 = load i64, ptr %0, align 8, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  ret i64 %_0
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

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 4151614173527996}
