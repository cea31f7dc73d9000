; ModuleID = 'cell_get_twice.5f29398d9433f588-cgu.0'
source_filename = "cell_get_twice.5f29398d9433f588-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE" }>, align 8

; cell_get_twice::cell_test_writer
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr align 8 %a, ptr align 1 %writer.0, ptr align 8 %writer.1) unnamed_addr #0 {
start:
; call core::cell::Cell<T>::get
  %first = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
  %0 = getelementptr inbounds i8, ptr %writer.1, i64 40
  %1 = load ptr, ptr %0, align 8, !invariant.load !3, !nonnull !3
  call void %1(ptr align 1 %writer.0) #3
; call core::cell::Cell<T>::get
  %second = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; cell_get_twice::cell_test_black_box
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN14cell_get_twice19cell_test_black_box17h06c2669805d55078E(ptr align 8 %a) unnamed_addr #0 {
start:
; call core::cell::Cell<T>::get
  %first = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
; call core::hint::black_box
  %_3 = call align 8 ptr @_ZN4core4hint9black_box17h6128164034b932b2E(ptr align 8 %a) #3
; call core::cell::Cell<T>::get
  %second = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; cell_get_twice::cell_test_black_box_unit
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN14cell_get_twice24cell_test_black_box_unit17h7bd422d119abbeb9E(ptr align 8 %a) unnamed_addr #0 {
start:
; call core::cell::Cell<T>::get
  %first = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
; call core::hint::black_box
  call void @_ZN4core4hint9black_box17hbb7d2e15bf07ad04E() #3
; call core::cell::Cell<T>::get
  %second = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; cell_get_twice::cell_demo
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN14cell_get_twice9cell_demo17hd35eeecb9bfd9e50E() unnamed_addr #0 {
start:
  %_5 = alloca [8 x i8], align 8
  %a = alloca [8 x i8], align 8
; call core::cell::Cell<T>::new
  %0 = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3new17hd39cd7bf9a6daecaE"(i64 0) #3
  store i64 %0, ptr %a, align 8
  store ptr %a, ptr %_5, align 8
; call cell_get_twice::cell_test_writer
  %_0 = call zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr align 8 %a, ptr align 1 %_5, ptr align 8 @vtable.0) #4
  ret i1 %_0
}

; cell_get_twice::cell_demo::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr align 8 %_1) unnamed_addr #1 {
start:
  %_2 = load ptr, ptr %_1, align 8
; call core::cell::Cell<T>::set
  call void @"_ZN4core4cell13Cell$LT$T$GT$3set17h14002d2752702a5cE"(ptr align 8 %_2, i64 1) #3
  ret void
}

; cell_get_twice::cell_test
; Function Attrs: noinline nonlazybind uwtable
define zeroext i1 @_ZN14cell_get_twice9cell_test17h17582eb515b9986dE(ptr align 8 %a) unnamed_addr #0 {
start:
; call core::cell::Cell<T>::get
  %first = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
; call core::cell::Cell<T>::get
  %second = call i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %a) #3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E"(ptr %_1) unnamed_addr #1 {
start:
  %_2 = alloca [0 x i8], align 1
  %0 = load ptr, ptr %_1, align 8
; call core::ops::function::FnOnce::call_once
  call void @_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE(ptr align 8 %0) #3
  ret void
}

; core::ops::function::FnOnce::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE(ptr align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  %_1 = alloca [8 x i8], align 8
  store ptr %0, ptr %_1, align 8
; invoke cell_get_twice::cell_demo::{{closure}}
  invoke void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr align 8 %_1)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %2 = load ptr, ptr %1, align 8
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load i32, ptr %3, align 8
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1
  resume { ptr, i32 } %6

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  store ptr %8, ptr %1, align 8
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret void
}

; core::cell::Cell<T>::get
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @"_ZN4core4cell13Cell$LT$T$GT$3get17hf21b8d839e182fe1E"(ptr align 8 %self) unnamed_addr #1 {
start:
  %_0 = load i64, ptr %self, align 8
  ret i64 %_0
}

; core::cell::Cell<T>::new
; Function Attrs: inlinehint nonlazybind uwtable
define i64 @"_ZN4core4cell13Cell$LT$T$GT$3new17hd39cd7bf9a6daecaE"(i64 %value) unnamed_addr #1 {
start:
  ret i64 %value
}

; core::cell::Cell<T>::set
; Function Attrs: inlinehint nonlazybind uwtable
define void @"_ZN4core4cell13Cell$LT$T$GT$3set17h14002d2752702a5cE"(ptr align 8 %self, i64 %val) unnamed_addr #1 {
start:
  %_3 = load i64, ptr %self, align 8
  store i64 %val, ptr %self, align 8
  ret void
}

; core::hint::black_box
; Function Attrs: inlinehint nonlazybind uwtable
define align 8 ptr @_ZN4core4hint9black_box17h6128164034b932b2E(ptr align 8 %dummy) unnamed_addr #1 {
start:
  %0 = alloca [8 x i8], align 8
  store ptr %dummy, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr %0), !srcloc !4
  %_0 = load ptr, ptr %0, align 8
  ret ptr %_0
}

; core::hint::black_box
; Function Attrs: inlinehint nonlazybind uwtable
define void @_ZN4core4hint9black_box17hbb7d2e15bf07ad04E() unnamed_addr #1 {
start:
  call void asm sideeffect "", "~{memory}"(), !srcloc !4
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
declare i32 @rust_eh_personality(i32, i32, i64, ptr, ptr) unnamed_addr #2

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint }
attributes #4 = { noinline }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 4141735748744896}
