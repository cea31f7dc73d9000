; RUN: licm --passes inline,licm,gvn,loop-deletion,simple-loop-unswitch,simplifycfg --attrs declared
; The seed article's two readers (/work/shared/seed/rust-mutex-atomics-unsafecell.md), shaped as
; rustc -C opt-level=3 -C no-prepopulate-passes writes them (testdata/rust/*.O3-noprepop.ll):
; the spin loop `while a.load() == 0 {}` calls the load function, as it is before LLVM's inliner.
; Inlining comes first, as in the -O3 pipeline; then LICM sees what the load really is.
; The inline remarks are opt-19's (-passes=inline -inline-threshold=250), but for std_reader's
; cost: 5 less, because functions run callees first, so GVN has already removed atomic_load's
; reload of %_0 when std_reader inlines it (as -O3's call-graph pipeline does; opt's `inline`
; alone costs the unsimplified callee).
source_filename = "readers.rs"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; core::sync::atomic::atomic_load::<usize>: a switch on the ordering, one atomic load per arm.
define internal i64 @atomic_load(ptr %dst, i8 %order) unnamed_addr #0 !dbg !10 {
start:
  %_0 = alloca [8 x i8], align 8
  %_3 = zext i8 %order to i64, !dbg !12
  switch i64 %_3, label %bb1 [
    i64 0, label %bb6
    i64 2, label %bb5
    i64 4, label %bb4
  ], !dbg !12
bb1:
  unreachable, !dbg !12
bb6:
  %0 = load atomic i64, ptr %dst monotonic, align 8, !dbg !13
  store i64 %0, ptr %_0, align 8, !dbg !13
  br label %bb7, !dbg !13
bb5:
  %1 = load atomic i64, ptr %dst acquire, align 8, !dbg !14
  store i64 %1, ptr %_0, align 8, !dbg !14
  br label %bb7, !dbg !14
bb4:
  %2 = load atomic i64, ptr %dst seq_cst, align 8, !dbg !15
  store i64 %2, ptr %_0, align 8, !dbg !15
  br label %bb7, !dbg !15
bb7:
  %3 = load i64, ptr %_0, align 8, !dbg !16
  ret i64 %3, !dbg !16
}

; Positive: std's AtomicUsize::load(Relaxed). Inlined with the constant ordering, only the
; relaxed arm is copied; the monotonic load lands in the loop, and LICM keeps it there because it
; is ordered (before inlining it only saw a call that may throw).
define void @std_reader(ptr align 8 %a) unnamed_addr #1 !dbg !20 {
start:
  br label %bb1, !dbg !22
bb1:
  %_2 = call i64 @atomic_load(ptr %a, i8 0) #2, !dbg !23
  %c = icmp eq i64 %_2, 0, !dbg !24
  br i1 %c, label %bb1, label %bb3, !dbg !24
bb3:
  ret void, !dbg !25
}

; The article's own AtomicUsize::load: `unsafe { *self.inner.get() }`, a plain load.
define internal i64 @custom_load(ptr align 8 %self) unnamed_addr #0 !dbg !30 {
start:
  %_0 = load i64, ptr %self, align 8, !dbg !31
  ret i64 %_0, !dbg !31
}

; Positive: inlined, the plain load is loop-invariant and nothing in the loop writes: LICM
; hoists it and the loop becomes `br label %bb1` forever (the article's miscompile).
define void @custom_reader(ptr align 8 %a) unnamed_addr #1 !dbg !40 {
start:
  br label %bb1, !dbg !41
bb1:
  %_2 = call i64 @custom_load(ptr %a) #2, !dbg !42
  %c = icmp eq i64 %_2, 0, !dbg !43
  br i1 %c, label %bb1, label %bb3, !dbg !43
bb3:
  ret void, !dbg !44
}

; Negative: the same loop calling a noinline load function: the call stays, and LICM keeps it.
define internal i64 @opaque_load(ptr %p) unnamed_addr #3 {
start:
  %v = load atomic i64, ptr %p monotonic, align 8
  ret i64 %v
}

define void @opaque_reader(ptr align 8 %a) unnamed_addr #1 {
start:
  br label %bb1
bb1:
  %_2 = call i64 @opaque_load(ptr %a)
  %c = icmp eq i64 %_2, 0
  br i1 %c, label %bb1, label %bb3
bb3:
  ret void
}

attributes #0 = { inlinehint nonlazybind uwtable }
attributes #1 = { noinline nonlazybind uwtable }
attributes #2 = { inlinehint }
attributes #3 = { noinline nonlazybind uwtable }

!llvm.module.flags = !{!0}
!llvm.dbg.cu = !{!1}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !2, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!2 = !DIFile(filename: "readers.rs", directory: ".")
!3 = !DIFile(filename: "library/core/src/sync/atomic.rs", directory: "/rustc")
!4 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "atomic_load<usize>", linkageName: "atomic_load", scope: !3, file: !3, line: 3886, type: !4, scopeLine: 3886, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !1)
!12 = !DILocation(line: 3888, column: 5, scope: !10)
!13 = !DILocation(line: 3890, column: 24, scope: !10)
!14 = !DILocation(line: 3891, column: 24, scope: !10)
!15 = !DILocation(line: 3893, column: 24, scope: !10)
!16 = !DILocation(line: 3897, column: 2, scope: !10)
!20 = distinct !DISubprogram(name: "std_reader", linkageName: "std_reader", scope: !2, file: !2, line: 9, type: !4, scopeLine: 9, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !1)
!22 = !DILocation(line: 10, column: 5, scope: !20)
!23 = !DILocation(line: 10, column: 13, scope: !20)
!24 = !DILocation(line: 10, column: 11, scope: !20)
!25 = !DILocation(line: 13, column: 2, scope: !20)
!30 = distinct !DISubprogram(name: "load", linkageName: "custom_load", scope: !2, file: !2, line: 20, type: !4, scopeLine: 20, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !1)
!31 = !DILocation(line: 21, column: 18, scope: !30)
!40 = distinct !DISubprogram(name: "custom_reader", linkageName: "custom_reader", scope: !2, file: !2, line: 30, type: !4, scopeLine: 30, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !1)
!41 = !DILocation(line: 31, column: 5, scope: !40)
!42 = !DILocation(line: 31, column: 13, scope: !40)
!43 = !DILocation(line: 31, column: 11, scope: !40)
!44 = !DILocation(line: 34, column: 2, scope: !40)

; CHECK: @atomic_load
; CHECK-NEXT: remark: library/core/src/sync/atomic.rs:3897:2: load of type i64 eliminated  [gvn LoadElim]
; CHECK: @std_reader
; CHECK-NEXT: remark: readers.rs:10:13: 'atomic_load' inlined into 'std_reader' with (cost=-15025, threshold=487) at callsite std_reader:1:13;  [inline Inlined]
; CHECK-NEXT: at:  `%_2 = call i64 @atomic_load(ptr %a, i8 0) #2` at 50:3 (readers.rs:10:13)
; CHECK-NEXT: why: the cost is below the threshold: cost -15025 = 15 for what @atomic_load runs with these arguments
; CHECK-NOT: remark:
; CHECK: note: library/core/src/sync/atomic.rs:3890:24: load kept in loop: it is atomic monotonic  [licm LoadOrdered]
; CHECK-NEXT: at:  `%0 = load atomic i64, ptr %a monotonic, align 8` at 27:3 (library/core/src/sync/atomic.rs:3890:24)
; CHECK-NOT: remark:
; CHECK: @custom_reader
; CHECK-NEXT: remark: readers.rs:31:13: 'custom_load' inlined into 'custom_reader' with (cost=-15030, threshold=487) at callsite custom_reader:1:13;  [inline Inlined]
; CHECK: remark: readers.rs:21:18: hoisting load  [licm Hoisted]
; CHECK-NEXT: at:  `%_0.i = load i64, ptr %a, align 8` at 60:3 (readers.rs:21:18)
; CHECK: remark: readers.rs:31:11: hoisting icmp  [licm Hoisted]
; CHECK: note: readers.rs:31:11: unswitched the loop-invariant exit branch on %c  [simple-loop-unswitch UnswitchedTrivialBranch]
; CHECK-NOT: remark:
; CHECK: @opaque_reader
; CHECK-NEXT: remark: <unknown>:0:0: 'opaque_load' not inlined into 'opaque_reader' because it should never be inlined (cost=never): noinline function attribute  [inline NeverInline]
; CHECK: note: <unknown>:0:0: call kept in loop  [licm CallKept]
; CHECK-NEXT: at:  `%_2 = call i64 @opaque_load(ptr %a)` at 88:3
; CHECK-NOT: remark:
