; ModuleID = 'volatile_cell.d236791d4eb4aedc-cgu.0'
source_filename = "volatile_cell.d236791d4eb4aedc-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; volatile_cell::read_twice
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN13volatile_cell10read_twice17h96bab827fca42864E(ptr noundef nonnull align 4 %a) unnamed_addr #0 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = alloca [4 x i8], align 4
  call void @llvm.lifetime.start.p0(ptr %1)
  %2 = load volatile i32, ptr %a, align 4
  store i32 %2, ptr %1, align 4
  %_2 = load i32, ptr %1, align 4, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %1)
  call void @llvm.lifetime.start.p0(ptr %0)
  %3 = load volatile i32, ptr %a, align 4
  store i32 %3, ptr %0, align 4
  %_3 = load i32, ptr %0, align 4, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %_0 = icmp eq i32 %_2, %_3
  ret i1 %_0
}

; volatile_cell::reader
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN13volatile_cell6reader17hf2e85f6e1699a580E(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  br label %bb1

bb1:                                              ; preds = %bb2, %start
  call void @llvm.lifetime.start.p0(ptr %0)
  %1 = load volatile i64, ptr %a, align 8
  store i64 %1, ptr %0, align 8
  %_2 = load i64, ptr %0, align 8, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %2 = icmp eq i64 %_2, 0
  br i1 %2, label %bb2, label %bb3

bb2:                                              ; preds = %bb1
  br label %bb1

bb3:                                              ; preds = %bb1
  ret void
}

; volatile_cell::writer
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN13volatile_cell6writer17h9bb22eb8e910a509E(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  store volatile i64 1, ptr %a, align 8
  ret void
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
