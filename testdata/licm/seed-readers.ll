; RUN: licm --passes licm
; The seed article's two readers, `while a.load() == 0 {}`, in the shape LICM sees them in rustc's
; -O3 pipeline (AtomicUsize::load inlined; debug info trimmed to the locations). Positive: the
; hand-made AtomicUsize reads its UnsafeCell with a plain load, which LICM hoists with the icmp,
; leaving `br i1 %0, label %bb1, ...` with an invariant condition (the infinite loop when the
; value is 0). Negative: std's AtomicUsize with Relaxed is a monotonic load; LICM keeps it and
; LLVM says nothing, irscope names the ordering. opt-19 -passes='loop-mssa(licm)' gives exactly
; the two "hoisting" remarks checked below (tools/update-licm-checks on this file agrees).

; positive: plain load of the UnsafeCell in the spin loop
define void @custom_reader(ptr noundef nonnull align 8 %a) unnamed_addr !dbg !5 {
start:
  br label %bb1, !dbg !8

bb1:
  %_2 = load i64, ptr %a, align 8, !dbg !9, !noundef !2
  %0 = icmp eq i64 %_2, 0, !dbg !10
  br i1 %0, label %bb1, label %bb3, !dbg !10

bb3:
  ret void, !dbg !11
}
; CHECK: @custom_reader
; CHECK: remark: src/main.rs:22:18: hoisting load  [licm Hoisted]
; CHECK-NEXT: at:  `%_2 = load i64, ptr %a, align 8` at 16:3 (src/main.rs:22:18)
; CHECK-NEXT: why: its address %a is an argument or constant, so it is the same in every iteration; no instruction in the loop may write the location it reads; it runs whenever the loop is entered (it is in the loop header); the load is not atomic
; CHECK: remark: src/main.rs:38:11: hoisting icmp  [licm Hoisted]
; CHECK-NOT: remark:

; negative: std's AtomicUsize::load(Relaxed) is a monotonic load
define void @std_reader(ptr noundef nonnull align 8 %a) unnamed_addr !dbg !12 {
start:
  br label %bb1, !dbg !13

bb1:
  %0 = load atomic i64, ptr %a monotonic, align 8, !dbg !14
  %1 = icmp eq i64 %0, 0, !dbg !15
  br i1 %1, label %bb1, label %bb3, !dbg !15

bb3:
  ret void, !dbg !16
}
; CHECK: @std_reader
; CHECK-NOT: remark:
; CHECK: note: src/main.rs:9:15: load kept in loop: it is atomic monotonic  [licm LoadOrdered]
; CHECK-NEXT: at:  `%0 = load atomic i64, ptr %a monotonic, align 8` at 36:3 (src/main.rs:9:15)
; CHECK-NEXT: why: a monotonic (Relaxed) load must eventually see other threads' stores
; CHECK-NOT: remark:

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!3}
!0 = !{i32 7, !"Dwarf Version", i32 4}
!1 = !{i32 2, !"Debug Info Version", i32 3}
!2 = !{}
!3 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !4, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!4 = !DIFile(filename: "src/main.rs", directory: ".")
!5 = distinct !DISubprogram(name: "reader", scope: !4, file: !4, line: 37, type: !6, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !3)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 38, column: 5, scope: !5)
!9 = !DILocation(line: 22, column: 18, scope: !5)
!10 = !DILocation(line: 38, column: 11, scope: !5)
!11 = !DILocation(line: 41, column: 2, scope: !5)
!12 = distinct !DISubprogram(name: "reader", scope: !4, file: !4, line: 8, type: !6, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !3)
!13 = !DILocation(line: 9, column: 5, scope: !12)
!14 = !DILocation(line: 9, column: 15, scope: !12)
!15 = !DILocation(line: 9, column: 11, scope: !12)
!16 = !DILocation(line: 12, column: 2, scope: !12)
