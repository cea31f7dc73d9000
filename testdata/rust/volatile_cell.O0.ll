; ModuleID = 'volatile_cell.d236791d4eb4aedc-cgu.0'
source_filename = "volatile_cell.d236791d4eb4aedc-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_c76625d7fc643e9c64bd53ed97e90c12 = private unnamed_addr constant [35 x i8] c"testdata/rust/src/volatile_cell.rs\00", align 1
@alloc_dac7f6968b9b1fa2564dbdcb3b4a00c0 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c76625d7fc643e9c64bd53ed97e90c12, [16 x i8] c"\22\00\00\00\00\00\00\00\15\00\00\00\12\00\00\00" }>, align 8
@alloc_ec947e888615a2d8209c99b95f5b5af9 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_c76625d7fc643e9c64bd53ed97e90c12, [16 x i8] c"\22\00\00\00\00\00\00\00\1A\00\00\00\12\00\00\00" }>, align 8
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_c848f501c9a24e1e115677405b6cf8e4 = private unnamed_addr constant [215 x i8] c"unsafe precondition(s) violated: ptr::write_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_fad0cd83b7d1858a846a172eb260e593 = private unnamed_addr constant [42 x i8] c"is_aligned_to: align is not a power-of-two", align 1
@alloc_3d063512bd2a283debbda10df8c730ad = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/const_ptr.rs\00", align 1
@alloc_180ab55c3ad9891a0d81c48ca2ae33fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3d063512bd2a283debbda10df8c730ad, [16 x i8] c"Q\00\00\00\00\00\00\00^\05\00\00\0D\00\00\00" }>, align 8

; volatile_cell::read_twice
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN13volatile_cell10read_twice17h96bab827fca42864E(ptr align 4 %a) unnamed_addr #0 {
start:
; call core::ptr::read_volatile
  %_0.i2 = call i32 @_ZN4core3ptr13read_volatile17h3a516eebb3469ce4E(ptr %a, ptr align 8 @alloc_dac7f6968b9b1fa2564dbdcb3b4a00c0) #8
; call core::ptr::read_volatile
  %_0.i = call i32 @_ZN4core3ptr13read_volatile17h3a516eebb3469ce4E(ptr %a, ptr align 8 @alloc_dac7f6968b9b1fa2564dbdcb3b4a00c0) #8
  %_0 = icmp eq i32 %_0.i2, %_0.i
  ret i1 %_0
}

; volatile_cell::reader
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN13volatile_cell6reader17hf2e85f6e1699a580E(ptr align 8 %a) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::ptr::read_volatile
  %_0.i = call i64 @_ZN4core3ptr13read_volatile17hce6b5e3126c78960E(ptr %a, ptr align 8 @alloc_dac7f6968b9b1fa2564dbdcb3b4a00c0) #8
  %_2 = icmp eq i64 %_0.i, 0
  br i1 %_2, label %bb1, label %bb3

bb3:                                              ; preds = %bb1
  ret void
}

; volatile_cell::writer
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN13volatile_cell6writer17h9bb22eb8e910a509E(ptr align 8 %a) unnamed_addr #0 {
start:
; call core::ptr::write_volatile
  call void @_ZN4core3ptr14write_volatile17haf30758e2a4bd6b1E(ptr %a, i64 1, ptr align 8 @alloc_ec947e888615a2d8209c99b95f5b5af9) #8
  ret void
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nonlazybind uwtable
define i32 @_ZN4core3ptr13read_volatile17h3a516eebb3469ce4E(ptr %src, ptr align 8 %0) unnamed_addr #1 {
start:
  %1 = alloca [4 x i8], align 4
  br label %bb1

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17hacbd53544a5ee3f3E(ptr %src, i64 4, ptr align 8 %0) #9
  br label %bb3

bb3:                                              ; preds = %bb1
  %2 = load volatile i32, ptr %src, align 4
  store i32 %2, ptr %1, align 4
  %_0 = load i32, ptr %1, align 4
  ret i32 %_0
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @_ZN4core3ptr13read_volatile17hce6b5e3126c78960E(ptr %src, ptr align 8 %0) unnamed_addr #1 {
start:
  %1 = alloca [8 x i8], align 8
  br label %bb1

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17hacbd53544a5ee3f3E(ptr %src, i64 8, ptr align 8 %0) #9
  br label %bb3

bb3:                                              ; preds = %bb1
  %2 = load volatile i64, ptr %src, align 8
  store i64 %2, ptr %1, align 8
  %_0 = load i64, ptr %1, align 8
  ret i64 %_0
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17hacbd53544a5ee3f3E(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
; invoke core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = invoke zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17hf882b0e2ecafa36bE"(ptr %addr, i64 %align)
          to label %bb3 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10
  unreachable

bb3:                                              ; preds = %start
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %bb3
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #11
  unreachable

bb1:                                              ; preds = %bb3
  ret void
}

; core::ptr::write_volatile
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core3ptr14write_volatile17haf30758e2a4bd6b1E(ptr %dst, i64 %src, ptr align 8 %0) unnamed_addr #1 {
start:
  br label %bb1

bb1:                                              ; preds = %start
; call core::ptr::write_volatile::precondition_check
  call void @_ZN4core3ptr14write_volatile18precondition_check17h62ab1be6c980c62bE(ptr %dst, i64 8, ptr align 8 %0) #9
  br label %bb3

bb3:                                              ; preds = %bb1
  store volatile i64 %src, ptr %dst, align 8
  ret void
}

; core::ptr::write_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr14write_volatile18precondition_check17h62ab1be6c980c62bE(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
; invoke core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = invoke zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17hf882b0e2ecafa36bE"(ptr %addr, i64 %align)
          to label %bb3 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #10
  unreachable

bb3:                                              ; preds = %start
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %bb3
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_c848f501c9a24e1e115677405b6cf8e4, ptr inttoptr (i64 431 to ptr), i1 zeroext false, ptr align 8 %0) #11
  unreachable

bb1:                                              ; preds = %bb3
  ret void
}

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17hf882b0e2ecafa36bE"(ptr %self, i64 %align) unnamed_addr #1 {
start:
  %0 = alloca [4 x i8], align 4
  %1 = call i64 @llvm.ctpop.i64(i64 %align)
  %2 = trunc i64 %1 to i32
  store i32 %2, ptr %0, align 4
  %_8 = load i32, ptr %0, align 4
  %3 = icmp eq i32 %_8, 1
  br i1 %3, label %bb1, label %bb2

bb1:                                              ; preds = %start
  %_6 = ptrtoint ptr %self to i64
  %_7 = sub i64 %align, 1
  %_5 = and i64 %_6, %_7
  %_0 = icmp eq i64 %_5, 0
  ret i1 %_0

bb2:                                              ; preds = %start
; call core::panicking::panic_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr @alloc_fad0cd83b7d1858a846a172eb260e593, ptr inttoptr (i64 85 to ptr), ptr align 8 @alloc_180ab55c3ad9891a0d81c48ca2ae33fa) #12
  unreachable
}

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #3

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #4

; core::panicking::panic_nounwind_fmt
; Function Attrs: cold noinline noreturn nounwind nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr, ptr, i1 zeroext, ptr align 8) unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctpop.i64(i64) #6

; core::panicking::panic_fmt
; Function Attrs: cold noinline noreturn nonlazybind uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking9panic_fmt(ptr, ptr, ptr align 8) unnamed_addr #7

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { inlinehint nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { inlinehint }
attributes #9 = { inlinehint nounwind }
attributes #10 = { cold noreturn nounwind }
attributes #11 = { noinline noreturn nounwind }
attributes #12 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
