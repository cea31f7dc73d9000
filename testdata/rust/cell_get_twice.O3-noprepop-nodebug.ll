; ModuleID = 'cell_get_twice.5f29398d9433f588-cgu.0'
source_filename = "cell_get_twice.5f29398d9433f588-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE", ptr @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE" }>, align 8

; cell_get_twice::cell_test_writer
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr noundef nonnull align 8 %a, ptr noundef nonnull align 1 %writer.0, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) %writer.1) unnamed_addr #0 {
start:
  %first = load i64, ptr %a, align 8, !noundef !3
  %0 = getelementptr inbounds i8, ptr %writer.1, i64 40
  %1 = load ptr, ptr %0, align 8, !invariant.load !3, !nonnull !3
  call void %1(ptr noundef align 1 %writer.0) #4
  %second = load i64, ptr %a, align 8, !noundef !3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; cell_get_twice::cell_test_black_box
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice19cell_test_black_box17h06c2669805d55078E(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %first = load i64, ptr %a, align 8, !noundef !3
  call void @llvm.lifetime.start.p0(ptr %0)
  store ptr %a, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr %0), !srcloc !4
  %_3 = load ptr, ptr %0, align 8, !nonnull !3, !align !5, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %0)
  %second = load i64, ptr %a, align 8, !noundef !3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; cell_get_twice::cell_test_black_box_unit
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice24cell_test_black_box_unit17h7bd422d119abbeb9E(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  %first = load i64, ptr %a, align 8, !noundef !3
  call void asm sideeffect "", "~{memory}"(), !srcloc !4
  %second = load i64, ptr %a, align 8, !noundef !3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; cell_get_twice::cell_demo
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice9cell_demo17hd35eeecb9bfd9e50E() unnamed_addr #0 {
start:
  %_5 = alloca [8 x i8], align 8
  %a = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr %a)
  store i64 0, ptr %a, align 8
  call void @llvm.lifetime.start.p0(ptr %_5)
  store ptr %a, ptr %_5, align 8
; call cell_get_twice::cell_test_writer
  %_0 = call noundef zeroext i1 @_ZN14cell_get_twice16cell_test_writer17h5f5a849daa740cfeE(ptr noundef nonnull align 8 %a, ptr noundef nonnull align 1 %_5, ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(48) @vtable.0) #5
  call void @llvm.lifetime.end.p0(ptr %a)
  call void @llvm.lifetime.end.p0(ptr %_5)
  ret i1 %_0
}

; cell_get_twice::cell_demo::{{closure}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_1) unnamed_addr #1 {
start:
  %_2 = load ptr, ptr %_1, align 8, !nonnull !3, !align !5, !noundef !3
  store i64 1, ptr %_2, align 8
  ret void
}

; cell_get_twice::cell_test
; Function Attrs: noinline nonlazybind uwtable
define noundef zeroext i1 @_ZN14cell_get_twice9cell_test17h17582eb515b9986dE(ptr noundef nonnull align 8 %a) unnamed_addr #0 {
start:
  %first = load i64, ptr %a, align 8, !noundef !3
  %second = load i64, ptr %a, align 8, !noundef !3
  %_0 = icmp eq i64 %first, %second
  ret i1 %_0
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h5d8402339db11001E"(ptr noundef %_1) unnamed_addr #1 {
start:
  %_2 = alloca [0 x i8], align 1
  %0 = load ptr, ptr %_1, align 8, !nonnull !3, !align !5, !noundef !3
; call core::ops::function::FnOnce::call_once
  call void @_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE(ptr noundef nonnull align 8 %0) #4
  ret void
}

; core::ops::function::FnOnce::call_once
; Function Attrs: inlinehint nonlazybind uwtable
define internal void @_ZN4core3ops8function6FnOnce9call_once17hd398d3eea441dffcE(ptr noundef nonnull align 8 %0) unnamed_addr #1 personality ptr @rust_eh_personality {
start:
  %1 = alloca [16 x i8], align 8
  %_2 = alloca [0 x i8], align 1
  %_1 = alloca [8 x i8], align 8
  store ptr %0, ptr %_1, align 8
; invoke cell_get_twice::cell_demo::{{closure}}
  invoke void @"_ZN14cell_get_twice9cell_demo28_$u7b$$u7b$closure$u7d$$u7d$17hcd2e616b8b7ef13bE"(ptr noalias noundef readonly align 8 captures(address, read_provenance) dereferenceable(8) %_1)
          to label %bb1 unwind label %cleanup

bb3:                                              ; preds = %cleanup
  %2 = load ptr, ptr %1, align 8, !noundef !3
  %3 = getelementptr inbounds i8, ptr %1, i64 8
  %4 = load i32, ptr %3, align 8, !noundef !3
  call void @llvm.lifetime.end.p0(ptr %1)
  %5 = insertvalue { ptr, i32 } poison, ptr %2, 0
  %6 = insertvalue { ptr, i32 } %5, i32 %4, 1
  resume { ptr, i32 } %6

cleanup:                                          ; preds = %start
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = extractvalue { ptr, i32 } %7, 0
  %9 = extractvalue { ptr, i32 } %7, 1
  call void @llvm.lifetime.start.p0(ptr %1)
  store ptr %8, ptr %1, align 8
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  store i32 %9, ptr %10, align 8
  br label %bb3

bb1:                                              ; preds = %start
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #3

attributes #0 = { noinline nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { inlinehint nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { inlinehint }
attributes #5 = { noinline }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 4141735748744896}
!5 = !{i64 8}
