; ModuleID = 'raw_pointers.3f13836abc0c5dc5-cgu.0'
source_filename = "raw_pointers.3f13836abc0c5dc5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; raw_pointers::wait_mmio_ready
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12raw_pointers15wait_mmio_ready17h77be665f36cf7df0E() unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = load volatile i32, ptr inttoptr (i64 1073741824 to ptr), align 4
  store i32 %1, ptr %0, align 4
  %_2 = load i32, ptr %0, align 4, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %_1 = and i32 %_2, 1
  %2 = icmp eq i32 %_1, 0
  br i1 %2, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; raw_pointers::poll_raw_and_clear
; Function Attrs: noinline nonlazybind uwtable
define noundef i32 @_ZN12raw_pointers18poll_raw_and_clear17h6de36c2bff24982cE(ptr noundef %p) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i32, ptr %p, align 4, !noundef !3
  %0 = icmp eq i32 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  %v = load i32, ptr %p, align 4, !noundef !3
  store i32 0, ptr %p, align 4
  ret i32 %v
}

; raw_pointers::poll_raw
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12raw_pointers8poll_raw17h8751414fbce08eceE(ptr noundef %p) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  %_2 = load i64, ptr %p, align 8, !noundef !3
  %0 = icmp eq i64 %_2, 0
  br i1 %0, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; raw_pointers::uart_getc
; Function Attrs: noinline nonlazybind uwtable
define noundef i8 @_ZN12raw_pointers9uart_getc17he39969bdbba5b8e9E() unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = alloca [4 x i8], align 4
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  call void @llvm.lifetime.start.p0(ptr %1)
  %2 = load volatile i32, ptr inttoptr (i64 1073745920 to ptr), align 4
  store i32 %2, ptr %1, align 4
  %_2 = load i32, ptr %1, align 4, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %1)
  %_1 = and i32 %_2, 32
  %3 = icmp eq i32 %_1, 0
  br i1 %3, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  call void @llvm.lifetime.start.p0(ptr %0)
  %4 = load volatile i32, ptr getelementptr inbounds (i8, ptr inttoptr (i64 1073745920 to ptr), i64 4), align 4
  store i32 %4, ptr %0, align 4
  %_3 = load i32, ptr %0, align 4, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %_0 = trunc i32 %_3 to i8
  ret i8 %_0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
