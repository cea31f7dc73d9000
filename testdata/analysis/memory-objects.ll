; RUN: print-analysis memory
; The objects a pointer is based on (LLVM's getUnderlyingObjects: through GEPs, casts,
; non-interposable aliases, `returned` arguments, launder.invariant.group, phis and selects) and
; the location kinds function-attrs would count an access to them as: an argument's memory is
; argmem; another identified object (global, noalias call) is other and errnomem; an
; unidentified one any of the three; an alloca (local) or a constant global (cannot change)
; counts as none. CHECK lines are irscope's output, each checked by hand against LLVM's rules.

@g = global i32 0
@c = constant [4 x i32] zeroinitializer
@tl = thread_local global i32 0
@alias = alias i32, ptr @g
@weak_alias = weak alias i32, ptr @g

declare noalias ptr @malloc(i64)
declare ptr @passthrough(ptr returned)
declare ptr @opaque(ptr)
declare ptr @llvm.launder.invariant.group.p0(ptr)

; Positive: an alloca, directly or through a GEP, is local: it counts as no location.
; CHECK: Memory effects for function: allocas
; CHECK-NEXT:   28:3: store i32 0, ptr %x
; CHECK-NEXT:     Mod; loc none; object %x (alloca, local); size 4
; CHECK-NEXT:   30:3: store i32 0, ptr %gep
; CHECK-NEXT:     Mod; loc none; object %x (alloca, local); size 4
define void @allocas(i64 %i) {
  %x = alloca [8 x i32], align 4
  store i32 0, ptr %x
  %gep = getelementptr inbounds [8 x i32], ptr %x, i64 0, i64 %i
  store i32 0, ptr %gep
  ret void
}

; Positive: globals (thread-local too, and through a non-interposable alias) are other and
; errnomem memory; a constant global, read through a constant GEP, counts as none. Negative: a
; weak alias may be replaced at link time, so it is an unidentified object.
; CHECK-NEXT: Memory effects for function: globals
; CHECK-NEXT:   49:3: store i32 0, ptr @g
; CHECK-NEXT:     Mod; loc errnomem, other; object @g (global); size 4
; CHECK-NEXT:   50:3: %cv = load i32, ptr getelementptr inbounds ([4 x i32], ptr @c, i64 0, i64 2)
; CHECK-NEXT:     Ref; loc none; object @c (constant global); size 4
; CHECK-NEXT:   51:3: store i32 0, ptr @tl
; CHECK-NEXT:     Mod; loc errnomem, other; object @tl (global); size 4
; CHECK-NEXT:   52:3: store i32 0, ptr @alias
; CHECK-NEXT:     Mod; loc errnomem, other; object @g (global); size 4
; CHECK-NEXT:   53:3: store i32 0, ptr @weak_alias
; CHECK-NEXT:     Mod; loc argmem, errnomem, other; object @weak_alias (unidentified interposable alias); size 4
define void @globals() {
  store i32 0, ptr @g
  %cv = load i32, ptr getelementptr inbounds ([4 x i32], ptr @c, i64 0, i64 2)
  store i32 0, ptr @tl
  store i32 0, ptr @alias
  store i32 0, ptr @weak_alias
  ret void
}

; Positive: every argument's memory is argmem; noalias and byval are shown.
; CHECK-NEXT: Memory effects for function: arguments
; CHECK-NEXT:   66:3: store i32 0, ptr %a
; CHECK-NEXT:     Mod; loc argmem; object %a (argument 0); size 4
; CHECK-NEXT:   67:3: store i32 0, ptr %na
; CHECK-NEXT:     Mod; loc argmem; object %na (argument 1, noalias); size 4
; CHECK-NEXT:   68:3: %v = load i32, ptr %bv
; CHECK-NEXT:     Ref; loc argmem; object %bv (argument 2, byval); size 4
define void @arguments(ptr %a, ptr noalias %na, ptr byval(i32) %bv) {
  store i32 0, ptr %a
  store i32 0, ptr %na
  %v = load i32, ptr %bv
  ret void
}

; Positive: a noalias call's result is identified; a call returning its `returned` argument, and
; launder.invariant.group, lead to the argument's object. Negative: another call's result is
; unidentified.
; CHECK-NEXT: Memory effects for function: call_results
; CHECK-NEXT:   96:3: %m = call ptr @malloc(i64 4)
; CHECK-NEXT:     ModRef; memory(readwrite) from callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:   97:3: store i32 0, ptr %m
; CHECK-NEXT:     Mod; loc errnomem, other; object %m (noalias call); size 4
; CHECK-NEXT:   98:3: %r = call ptr @passthrough(ptr %a)
; CHECK-NEXT:     ModRef; memory(readwrite) from callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:     arg 0: ModRef; loc argmem; object %a (argument 0)
; CHECK-NEXT:   99:3: store i32 0, ptr %r
; CHECK-NEXT:     Mod; loc argmem; object %a (argument 0); size 4
; CHECK-NEXT:   100:3: %o = call ptr @opaque(ptr %a)
; CHECK-NEXT:     ModRef; memory(readwrite) from callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:     arg 0: ModRef; loc argmem; object %a (argument 0)
; CHECK-NEXT:   101:3: store i32 0, ptr %o
; CHECK-NEXT:     Mod; loc argmem, errnomem, other; object %o (unidentified call); size 4
; CHECK-NEXT:   102:3: %l = call ptr @llvm.launder.invariant.group.p0(ptr %x)
; CHECK-NEXT:     ModRef; memory(inaccessiblemem: readwrite) from callee memory(inaccessiblemem: readwrite) (LLVM 22 intrinsic table)
; CHECK-NEXT:   103:3: store i32 0, ptr %l
; CHECK-NEXT:     Mod; loc none; object %x (alloca, local); size 4
define void @call_results(ptr %a) {
  %x = alloca i32, align 4
  %m = call ptr @malloc(i64 4)
  store i32 0, ptr %m
  %r = call ptr @passthrough(ptr %a)
  store i32 0, ptr %r
  %o = call ptr @opaque(ptr %a)
  store i32 0, ptr %o
  %l = call ptr @llvm.launder.invariant.group.p0(ptr %x)
  store i32 0, ptr %l
  ret void
}

; Negative: a loaded pointer, an inttoptr and null are unidentified: argmem, errnomem, other.
; CHECK-NEXT: Memory effects for function: unidentified
; CHECK-NEXT:   118:3: %q = load ptr, ptr %a
; CHECK-NEXT:     Ref; loc argmem; object %a (argument 0); size 8
; CHECK-NEXT:   119:3: store i32 0, ptr %q
; CHECK-NEXT:     Mod; loc argmem, errnomem, other; object %q (unidentified load); size 4
; CHECK-NEXT:   121:3: store i32 0, ptr %ip
; CHECK-NEXT:     Mod; loc argmem, errnomem, other; object %ip (unidentified inttoptr); size 4
; CHECK-NEXT:   122:3: store i32 0, ptr null
; CHECK-NEXT:     Mod; loc argmem, errnomem, other; object null (unidentified); size 4
define void @unidentified(ptr %a, i64 %i) {
  %q = load ptr, ptr %a
  store i32 0, ptr %q
  %ip = inttoptr i64 %i to ptr
  store i32 0, ptr %ip
  store i32 0, ptr null
  ret void
}

; Positive: selects and phis give every object they can reach, in operand order, and the union
; of their location kinds; a loop phi that only steps through its own GEP reaches the argument
; alone, as does a one-input phi.
; CHECK-NEXT: Memory effects for function: merges
; CHECK-NEXT:   142:3: store i32 0, ptr %s
; CHECK-NEXT:     Mod; loc argmem, errnomem, other; objects %a (argument 0), @g (global); size 4
; CHECK-NEXT:   144:3: %v = load i32, ptr %s2
; CHECK-NEXT:     Ref; loc none; objects %x (alloca, local), @c (constant global); size 4
; CHECK-NEXT:   148:3: store i32 0, ptr %p
; CHECK-NEXT:     Mod; loc argmem; object %a (argument 0); size 4
; CHECK-NEXT:   153:3: store i32 0, ptr %j
; CHECK-NEXT:     Mod; loc argmem; object %b (argument 1); size 4
define void @merges(ptr %a, ptr %b, i1 %c) {
entry:
  %x = alloca i32, align 4
  %s = select i1 %c, ptr %a, ptr @g
  store i32 0, ptr %s
  %s2 = select i1 %c, ptr %x, ptr @c
  %v = load i32, ptr %s2
  br label %loop
loop:
  %p = phi ptr [ %a, %entry ], [ %next, %loop ]
  store i32 0, ptr %p
  %next = getelementptr i32, ptr %p, i64 1
  br i1 %c, label %loop, label %exit
exit:
  %j = phi ptr [ %b, %loop ]
  store i32 0, ptr %j
  ret void
}
