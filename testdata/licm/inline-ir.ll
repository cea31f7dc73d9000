; RUN: licm --passes inline --attrs declared --print-ir
; What InlinePass leaves in the caller, one caller per case, as LLVM's InlineFunction does it
; (compared with opt-19 -passes=inline -inline-threshold=250 on this file): copies named %x.i,
; allocas moved to the caller's entry with lifetime markers around the inlined code, returns
; turned into branches to CALLEE.exit, !dbg locations inlined at the call, a byval argument
; copied, and only the reachable part of a callee copied when an argument is a constant.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @ext(i32)

; Two returns: the call's value becomes a phi in %max.exit, named as the call; names that are
; taken get the function's next number, as LLVM's symbol table gives them.
define internal i32 @max(i32 %a, i32 %b) {
entry:
  %lt = icmp slt i32 %a, %b
  br i1 %lt, label %second, label %first
first:
  ret i32 %a
second:
  ret i32 %b
}

define i32 @calls_max(i32 %x, i32 %y) {
entry:
  %m = call i32 @max(i32 %x, i32 %y)
  %n = call i32 @max(i32 %m, i32 0)
  ret i32 %n
}
; CHECK: define i32 @calls_max(i32 %x, i32 %y) {
; CHECK-NEXT: entry:
; CHECK-NEXT: %lt.i = icmp slt i32 %x, %y
; CHECK-NEXT: br i1 %lt.i, label %second.i, label %first.i
; CHECK: first.i:
; CHECK-NEXT: br label %max.exit
; CHECK: second.i:
; CHECK-NEXT: br label %max.exit
; CHECK: max.exit:
; CHECK-NEXT: %m1 = phi i32 [ %x, %first.i ], [ %y, %second.i ]
; CHECK-NEXT: %lt.i2 = icmp slt i32 %m1, 0
; CHECK-NEXT: br i1 %lt.i2, label %second.i4, label %first.i3
; CHECK: first.i3:
; CHECK: max.exit5:
; CHECK-NEXT: %n6 = phi i32 [ %m1, %first.i3 ], [ 0, %second.i4 ]
; CHECK-NEXT: ret i32 %n6

; An alloca of the callee: moved to the caller's entry block, alive only around the inlined code.
define internal i32 @through_memory(i32 %v) {
entry:
  %slot = alloca i32, align 4
  store i32 %v, ptr %slot, align 4
  %r = load i32, ptr %slot, align 4
  ret i32 %r
}

define i32 @calls_through_memory(i32 %v) {
entry:
  br label %body
body:
  %r = call i32 @through_memory(i32 %v)
  ret i32 %r
}
; CHECK: define i32 @calls_through_memory(i32 %v) {
; CHECK-NEXT: entry:
; CHECK-NEXT: %slot.i = alloca i32, align 4
; CHECK-NEXT: br label %body
; CHECK: body:
; CHECK-NEXT: call void @llvm.lifetime.start.p0(i64 4, ptr %slot.i)
; CHECK-NEXT: store i32 %v, ptr %slot.i, align 4
; CHECK-NEXT: %r.i = load i32, ptr %slot.i, align 4
; CHECK-NEXT: call void @llvm.lifetime.end.p0(i64 4, ptr %slot.i)
; CHECK-NEXT: ret i32 %r.i

; A constant mode: the zext and the switch fold while copying; only the arm of mode 1 is copied,
; and the block it leaves is merged with the entry.
define internal void @by_mode(i32 %x, i8 %mode) {
entry:
  %m = zext i8 %mode to i32
  switch i32 %m, label %other [
    i32 0, label %zero
    i32 1, label %one
  ]
zero:
  ret void
one:
  call void @ext(i32 %x)
  ret void
other:
  call void @ext(i32 0)
  call void @ext(i32 1)
  ret void
}

define void @mode_one(i32 %v) {
entry:
  call void @by_mode(i32 %v, i8 1)
  ret void
}
; CHECK: define void @mode_one(i32 %v) {
; CHECK-NEXT: entry:
; CHECK-NEXT: call void @ext(i32 %v)
; CHECK-NEXT: ret void
; CHECK-NEXT: }

; A byval argument: the callee works on a copy in the caller's frame (named as the argument,
; filled by a memcpy of alignment 1, alive around the inlined code).
%struct.pair = type { i64, i64 }

define internal i64 @first_of(ptr byval(%struct.pair) align 8 %p) {
entry:
  store i64 0, ptr %p, align 8
  %f = getelementptr inbounds %struct.pair, ptr %p, i32 0, i32 1
  %v = load i64, ptr %f, align 8
  ret i64 %v
}

define i64 @calls_first_of(ptr %q) {
entry:
  %v = call i64 @first_of(ptr byval(%struct.pair) align 8 %q)
  ret i64 %v
}
; CHECK: define i64 @calls_first_of(ptr %q) {
; CHECK-NEXT: entry:
; CHECK-NEXT: %q1 = alloca %struct.pair, align 8
; CHECK-NEXT: call void @llvm.lifetime.start.p0(i64 16, ptr %q1)
; CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 1 %q1, ptr align 1 %q, i64 16, i1 false)
; CHECK-NEXT: store i64 0, ptr %q1, align 8
; CHECK-NEXT: %f.i = getelementptr inbounds %struct.pair, ptr %q1, i32 0, i32 1
; CHECK-NEXT: %v.i = load i64, ptr %f.i, align 8
; CHECK-NEXT: call void @llvm.lifetime.end.p0(i64 16, ptr %q1)
; CHECK-NEXT: ret i64 %v.i

; Debug locations: the inlined add keeps its line and scope and is inlined at a distinct copy
; of the call's location.
define internal i32 @inc(i32 %x) !dbg !10 {
entry:
  %y = add i32 %x, 1, !dbg !11
  ret i32 %y, !dbg !11
}

define i32 @calls_inc(i32 %x) !dbg !20 {
entry:
  %r = call i32 @inc(i32 %x), !dbg !21
  ret i32 %r, !dbg !22
}
; CHECK: define i32 @calls_inc(i32 %x) !dbg !20 {
; CHECK-NEXT: entry:
; CHECK-NEXT: %y.i = add i32 %x, 1, !dbg !36
; CHECK-NEXT: ret i32 %y.i, !dbg !22

; Scoped noalias metadata: each inlined copy gets scopes of its own (two copies here).
define internal void @scoped(ptr %p, ptr %q) {
entry:
  store i32 1, ptr %p, align 4, !alias.scope !30, !noalias !33
  store i32 2, ptr %q, align 4, !alias.scope !33, !noalias !30
  ret void
}

define void @calls_scoped_twice(ptr %a, ptr %b) {
entry:
  call void @scoped(ptr %a, ptr %b)
  call void @scoped(ptr %b, ptr %a)
  ret void
}
; CHECK: define void @calls_scoped_twice(ptr %a, ptr %b) {
; CHECK-NEXT: entry:
; CHECK-NEXT: store i32 1, ptr %a, align 4, !alias.scope !37, !noalias !38
; CHECK-NEXT: store i32 2, ptr %b, align 4, !alias.scope !38, !noalias !37
; CHECK-NEXT: store i32 1, ptr %b, align 4, !alias.scope !42, !noalias !43
; CHECK-NEXT: store i32 2, ptr %a, align 4, !alias.scope !43, !noalias !42

; CHECK: declare void @llvm.lifetime.start.p0(i64 immarg, ptr)
; CHECK: declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
; CHECK: !35 = distinct !DILocation(line: 7, column: 8, scope: !20)
; CHECK-NEXT: !36 = !DILocation(line: 2, column: 3, scope: !10, inlinedAt: !35)
; CHECK-NEXT: !37 = !{!39}
; CHECK-NEXT: !38 = !{!40}
; CHECK-NEXT: !39 = distinct !{!39, !41, !"scoped: %p"}
; CHECK-NEXT: !40 = distinct !{!40, !41, !"scoped: %q"}
; CHECK-NEXT: !41 = distinct !{!41, !"scoped"}
; CHECK-NEXT: !42 = !{!44}

!llvm.module.flags = !{!0}
!llvm.dbg.cu = !{!1}
!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!2 = !DIFile(filename: "inc.c", directory: ".")
!3 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "inc", scope: !2, file: !2, line: 1, type: !3, scopeLine: 1, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !1)
!11 = !DILocation(line: 2, column: 3, scope: !10)
!20 = distinct !DISubprogram(name: "calls_inc", scope: !2, file: !2, line: 6, type: !3, scopeLine: 6, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !1)
!21 = !DILocation(line: 7, column: 8, scope: !20)
!22 = !DILocation(line: 7, column: 1, scope: !20)
!30 = !{!31}
!31 = distinct !{!31, !32, !"scoped: %p"}
!32 = distinct !{!32, !"scoped"}
!33 = !{!34}
!34 = distinct !{!34, !32, !"scoped: %q"}
