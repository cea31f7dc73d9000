; ModuleID = 'raw_pointers.3f13836abc0c5dc5-cgu.0'
source_filename = "raw_pointers.3f13836abc0c5dc5-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_9747ad1b474a5c7c1a7133a5f9dca373 = private unnamed_addr constant [34 x i8] c"testdata/rust/src/raw_pointers.rs\00", align 1
@alloc_a333f052f93d3b15daf6a06e0bb48b34 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\00\1F\00\00\00\14\00\00\00" }>, align 8
@alloc_b1dee74eab70f44c8766c70015868b0c = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\00\12\00\00\00\0B\00\00\00" }>, align 8
@alloc_f2b8fd1bdb1402789a637e4069021636 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\00\13\00\00\00\0D\00\00\00" }>, align 8
@alloc_de3056d89ae4886e41bb5f40a9404b8f = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\00\14\00\00\00\05\00\00\00" }>, align 8
@alloc_6725b591b057c09a030ac37676709f5e = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\00\0B\00\00\00\0B\00\00\00" }>, align 8
@alloc_e5fd1816557cfa14a7528be5e29265c0 = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\000\00\00\00\0F\00\00\00" }>, align 8
@alloc_98d0e5b0c9ffea1f77da7712d2964cea = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_9747ad1b474a5c7c1a7133a5f9dca373, [16 x i8] c"!\00\00\00\00\00\00\001\00\00\00\09\00\00\00" }>, align 8
@alloc_854c899e5ca06b77ca7e89923faf1616 = private unnamed_addr constant [214 x i8] c"unsafe precondition(s) violated: ptr::read_volatile requires that the pointer argument is aligned\0A\0AThis indicates a bug in the program. This Undefined Behavior check is optional, and cannot be relied on for safety.", align 1
@alloc_fad0cd83b7d1858a846a172eb260e593 = private unnamed_addr constant [42 x i8] c"is_aligned_to: align is not a power-of-two", align 1
@alloc_3d063512bd2a283debbda10df8c730ad = private unnamed_addr constant [82 x i8] c"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ptr/const_ptr.rs\00", align 1
@alloc_180ab55c3ad9891a0d81c48ca2ae33fa = private unnamed_addr constant <{ ptr, [16 x i8] }> <{ ptr @alloc_3d063512bd2a283debbda10df8c730ad, [16 x i8] c"Q\00\00\00\00\00\00\00^\05\00\00\0D\00\00\00" }>, align 8

; raw_pointers::wait_mmio_ready
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12raw_pointers15wait_mmio_ready17h77be665f36cf7df0E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::ptr::read_volatile
  %_3 = call i32 @_ZN4core3ptr13read_volatile17h74893c7219b091bfE(ptr inttoptr (i64 1073741824 to ptr), ptr align 8 @alloc_a333f052f93d3b15daf6a06e0bb48b34) #8
  %_2 = and i32 %_3, 1
  %_1 = icmp eq i32 %_2, 0
  br i1 %_1, label %bb1, label %bb3

bb3:                                              ; preds = %bb1
  ret void
}

; raw_pointers::poll_raw_and_clear
; Function Attrs: noinline nonlazybind uwtable
define i32 @_ZN12raw_pointers18poll_raw_and_clear17h6de36c2bff24982cE(ptr %p) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb6, %start
  %_15 = ptrtoint ptr %p to i64
  %_17 = and i64 %_15, 3
  %_18 = icmp eq i64 %_17, 0
  br i1 %_18, label %bb5, label %panic

bb5:                                              ; preds = %bb1
  %_20 = ptrtoint ptr %p to i64
  %_22 = icmp eq i64 %_20, 0
  %_23 = and i1 %_22, true
  %_24 = xor i1 %_23, true
  br i1 %_24, label %bb6, label %panic1

panic:                                            ; preds = %bb1
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 4, i64 %_15, ptr align 8 @alloc_b1dee74eab70f44c8766c70015868b0c) #9
  unreachable

bb6:                                              ; preds = %bb5
  %_3 = load i32, ptr %p, align 4
  %_2 = icmp eq i32 %_3, 0
  br i1 %_2, label %bb1, label %bb2

panic1:                                           ; preds = %bb5
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_b1dee74eab70f44c8766c70015868b0c) #9
  unreachable

bb2:                                              ; preds = %bb6
  %_10 = ptrtoint ptr %p to i64
  %_12 = and i64 %_10, 3
  %_13 = icmp eq i64 %_12, 0
  br i1 %_13, label %bb4, label %panic2

bb4:                                              ; preds = %bb2
  %_26 = ptrtoint ptr %p to i64
  %_28 = icmp eq i64 %_26, 0
  %_29 = and i1 %_28, true
  %_30 = xor i1 %_29, true
  br i1 %_30, label %bb7, label %panic3

panic2:                                           ; preds = %bb2
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 4, i64 %_10, ptr align 8 @alloc_f2b8fd1bdb1402789a637e4069021636) #9
  unreachable

bb7:                                              ; preds = %bb4
  %v = load i32, ptr %p, align 4
  %_5 = ptrtoint ptr %p to i64
  %_7 = and i64 %_5, 3
  %_8 = icmp eq i64 %_7, 0
  br i1 %_8, label %bb3, label %panic4

panic3:                                           ; preds = %bb4
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_f2b8fd1bdb1402789a637e4069021636) #9
  unreachable

bb3:                                              ; preds = %bb7
  %_32 = ptrtoint ptr %p to i64
  %_34 = icmp eq i64 %_32, 0
  %_35 = and i1 %_34, true
  %_36 = xor i1 %_35, true
  br i1 %_36, label %bb8, label %panic5

panic4:                                           ; preds = %bb7
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 4, i64 %_5, ptr align 8 @alloc_de3056d89ae4886e41bb5f40a9404b8f) #9
  unreachable

bb8:                                              ; preds = %bb3
  store i32 0, ptr %p, align 4
  ret i32 %v

panic5:                                           ; preds = %bb3
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_de3056d89ae4886e41bb5f40a9404b8f) #9
  unreachable
}

; raw_pointers::poll_raw
; Function Attrs: noinline nonlazybind uwtable
define void @_ZN12raw_pointers8poll_raw17h8751414fbce08eceE(ptr %p) unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb4, %start
  %_5 = ptrtoint ptr %p to i64
  %_7 = and i64 %_5, 7
  %_8 = icmp eq i64 %_7, 0
  br i1 %_8, label %bb3, label %panic

bb3:                                              ; preds = %bb1
  %_10 = ptrtoint ptr %p to i64
  %_12 = icmp eq i64 %_10, 0
  %_13 = and i1 %_12, true
  %_14 = xor i1 %_13, true
  br i1 %_14, label %bb4, label %panic1

panic:                                            ; preds = %bb1
; call core::panicking::panic_misaligned_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64 8, i64 %_5, ptr align 8 @alloc_6725b591b057c09a030ac37676709f5e) #9
  unreachable

bb4:                                              ; preds = %bb3
  %_3 = load i64, ptr %p, align 8
  %_2 = icmp eq i64 %_3, 0
  br i1 %_2, label %bb1, label %bb2

panic1:                                           ; preds = %bb3
; call core::panicking::panic_null_pointer_dereference
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8 @alloc_6725b591b057c09a030ac37676709f5e) #9
  unreachable

bb2:                                              ; preds = %bb4
  ret void
}

; raw_pointers::uart_getc
; Function Attrs: noinline nonlazybind uwtable
define i8 @_ZN12raw_pointers9uart_getc17he39969bdbba5b8e9E() unnamed_addr #0 {
start:
  br label %bb1

bb1:                                              ; preds = %bb1, %start
; call core::ptr::read_volatile
  %_3 = call i32 @_ZN4core3ptr13read_volatile17h74893c7219b091bfE(ptr inttoptr (i64 1073745920 to ptr), ptr align 8 @alloc_e5fd1816557cfa14a7528be5e29265c0) #8
  %_2 = and i32 %_3, 32
  %_1 = icmp eq i32 %_2, 0
  br i1 %_1, label %bb1, label %bb3

bb3:                                              ; preds = %bb1
; call core::ptr::read_volatile
  %_6 = call i32 @_ZN4core3ptr13read_volatile17h74893c7219b091bfE(ptr getelementptr inbounds (i8, ptr inttoptr (i64 1073745920 to ptr), i64 4), ptr align 8 @alloc_98d0e5b0c9ffea1f77da7712d2964cea) #8
  %_0 = trunc i32 %_6 to i8
  ret i8 %_0
}

; core::ptr::read_volatile
; Function Attrs: inlinehint nonlazybind uwtable
define i32 @_ZN4core3ptr13read_volatile17h74893c7219b091bfE(ptr %src, ptr align 8 %0) unnamed_addr #1 {
start:
  %1 = alloca [4 x i8], align 4
  br label %bb1

bb1:                                              ; preds = %start
; call core::ptr::read_volatile::precondition_check
  call void @_ZN4core3ptr13read_volatile18precondition_check17h991fb3d5ebd7eaecE(ptr %src, i64 4, ptr align 8 %0) #10
  br label %bb3

bb3:                                              ; preds = %bb1
  %2 = load volatile i32, ptr %src, align 4
  store i32 %2, ptr %1, align 4
  %_0 = load i32, ptr %1, align 4
  ret i32 %_0
}

; core::ptr::read_volatile::precondition_check
; Function Attrs: inlinehint nounwind nonlazybind uwtable
define internal void @_ZN4core3ptr13read_volatile18precondition_check17h991fb3d5ebd7eaecE(ptr %addr, i64 %align, ptr align 8 %0) unnamed_addr #2 personality ptr @rust_eh_personality {
start:
; invoke core::ptr::const_ptr::<impl *const T>::is_aligned_to
  %_3 = invoke zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17ha917ff1c49083a0aE"(ptr %addr, i64 %align)
          to label %bb3 unwind label %terminate

terminate:                                        ; preds = %start
  %1 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_cannot_unwind
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() #11
  unreachable

bb3:                                              ; preds = %start
  br i1 %_3, label %bb1, label %bb2

bb2:                                              ; preds = %bb3
; call core::panicking::panic_nounwind_fmt
  call void @_RNvNtCsgEmfK2I1SDS_4core9panicking18panic_nounwind_fmt(ptr @alloc_854c899e5ca06b77ca7e89923faf1616, ptr inttoptr (i64 429 to ptr), i1 zeroext false, ptr align 8 %0) #9
  unreachable

bb1:                                              ; preds = %bb3
  ret void
}

; core::ptr::const_ptr::<impl *const T>::is_aligned_to
; Function Attrs: inlinehint nonlazybind uwtable
define zeroext i1 @"_ZN4core3ptr9const_ptr33_$LT$impl$u20$$BP$const$u20$T$GT$13is_aligned_to17ha917ff1c49083a0aE"(ptr %self, i64 %align) unnamed_addr #1 {
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

; core::panicking::panic_misaligned_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking36panic_misaligned_pointer_dereference(i64, i64, ptr align 8) unnamed_addr #3

; core::panicking::panic_null_pointer_dereference
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking30panic_null_pointer_dereference(ptr align 8) unnamed_addr #3

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #4

; core::panicking::panic_cannot_unwind
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking19panic_cannot_unwind() unnamed_addr #3

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
attributes #3 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { cold noinline noreturn nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { cold noinline noreturn nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { inlinehint }
attributes #9 = { noinline noreturn nounwind }
attributes #10 = { inlinehint nounwind }
attributes #11 = { cold noreturn nounwind }
attributes #12 = { noinline noreturn }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
