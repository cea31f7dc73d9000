; RUN: lint
; Loops of the standard library's own code, inlined at full -O3 (memchr-like searches of
; core::str::pattern and hashbrown's probes read through raw pointers), are not the user's to fix: every
; instruction of such a loop has its debug location in rustc's sources (/rustc/HASH/library/...
; or /rust/deps/...). The same loop with one instruction from the user's file is linted.

; negative: every located instruction of the loop is core's, inlined into the user's function
; (the same `while *p == 0 {}` shape as below, read through a raw pointer)
define void @in_core(ptr noundef %p) !dbg !10 {
start:
  br label %bb1

bb1:
  %v = load i8, ptr %p, align 1, !dbg !21
  %z = icmp eq i8 %v, 0, !dbg !22
  br i1 %z, label %bb1, label %exit, !dbg !22

exit:
  ret void, !dbg !13
}

; positive: the user's own loop polling through a raw pointer (`while *p == 0 {}`)
define void @poll_raw(ptr noundef %p) !dbg !14 {
start:
  br label %bb1

bb1:
; LINT: NonAtomicLoadInLoop error: non-atomic read of memory behind parameter %p
  %v = load i8, ptr %p, align 1, !dbg !15
  %z = icmp eq i8 %v, 0, !dbg !15
  br i1 %z, label %bb1, label %exit, !dbg !15

exit:
  ret void, !dbg !16
}

!llvm.dbg.cu = !{!5}
!llvm.module.flags = !{!7}

!2 = !DINamespace(name: "user", scope: null)
!3 = !DIFile(filename: "src/lib.rs", directory: "/home/user/crate")
!4 = !DIFile(filename: "library/core/src/str/pattern.rs", directory: "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860")
!5 = distinct !DICompileUnit(language: DW_LANG_Rust, file: !3, producer: "rustc", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = !DISubroutineType(types: !9)
!9 = !{null}
!10 = distinct !DISubprogram(name: "in_core", linkageName: "in_core", scope: !2, file: !3, line: 3, type: !8, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!11 = distinct !DISubprogram(name: "next_match", scope: !2, file: !4, line: 1840, type: !8, scopeLine: 1840, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!12 = !DILocation(line: 4, column: 5, scope: !10)
!13 = !DILocation(line: 5, column: 1, scope: !10)
!14 = distinct !DISubprogram(name: "poll_raw", linkageName: "poll_raw", scope: !2, file: !3, line: 8, type: !8, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !5)
!15 = !DILocation(line: 9, column: 20, scope: !14)
!16 = !DILocation(line: 10, column: 1, scope: !14)
!21 = !DILocation(line: 1848, column: 20, scope: !11, inlinedAt: !12)
!22 = !DILocation(line: 1850, column: 13, scope: !11, inlinedAt: !12)
