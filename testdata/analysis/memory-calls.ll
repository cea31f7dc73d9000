; RUN: print-analysis memory
; Per-instruction memory effects of calls and invokes: the call's memory(...) as
; AAResults::getMemoryEffects(call) gives it (call site & (callee | operand bundles)) with where
; each part comes from, then per pointer argument what the call may do through it
; (getArgModRefInfo narrowed to the call's argmem access). Intrinsics have the attributes of
; LLVM's intrinsic table whatever their declaration says, as LLVM gives them when it reads the
; file. CHECK lines are irscope's output, each checked by hand against LangRef and LLVM's rules.

declare void @unknown(ptr)
declare void @reads(ptr readonly) memory(argmem: read)
declare void @copies(ptr writeonly, ptr readonly) memory(argmem: readwrite)
declare void @ignores(ptr readnone) memory(argmem: readwrite)
declare void @counter() memory(inaccessiblemem: readwrite)
declare void @legacy(ptr) #0
declare i32 @pure(i32) memory(none)
declare i32 @__gxx_personality_v0(...)
; No attributes declared: LLVM gives memcpy memory(argmem: readwrite) and writeonly/readonly
; parameters from its table.
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memcpy.inline.p0.p0.i64(ptr, ptr, i64, i1)
; Declared memory(none), but LLVM replaces that with the table's memory(argmem: readwrite).
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1) memory(none)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.element.unordered.atomic.p0.p0.i64(ptr, ptr, i64, i32)
declare void @llvm.lifetime.start.p0(i64, ptr)
declare i32 @llvm.smax.i32(i32, i32)
declare void @llvm.assume(i1)
declare void @llvm.experimental.guard(i1, ...)

; Positive: a defined callee's memory(...) counts too (its origin is the definition).
; CHECK: Memory effects for function: writer
; CHECK-NEXT:   35:3: store i8 0, ptr %p
; CHECK-NEXT:     Mod; loc argmem; object %p (argument 0); size 1
define void @writer(ptr %p) memory(argmem: write) {
  store i8 0, ptr %p
  ret void
}

; Positive: callee attributes: none stated is memory(readwrite); memory(argmem: read) with a
; readonly parameter; writeonly and readonly parameters split Mod and Ref between arguments; a
; readnone parameter is NoModRef; inaccessible memory only lists no argument; the legacy
; readonly attribute is memory(read). Negative: memory(none) is NoModRef, no argument listed.
; CHECK-NEXT: Memory effects for function: calls
; CHECK-NEXT:   68:3: call void @unknown(ptr %p)
; CHECK-NEXT:     ModRef; memory(readwrite) from callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:     arg 0: ModRef; loc argmem; object %p (argument 0)
; CHECK-NEXT:   69:3: call void @reads(ptr %p)
; CHECK-NEXT:     Ref; memory(argmem: read) from callee memory(argmem: read) (declaration)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   70:3: call void @copies(ptr %p, ptr %q)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (declaration)
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %p (argument 0)
; CHECK-NEXT:     arg 1: Ref; loc argmem; object %q (argument 1)
; CHECK-NEXT:   71:3: call void @ignores(ptr %p)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (declaration)
; CHECK-NEXT:     arg 0: NoModRef; loc argmem; object %p (argument 0)
; CHECK-NEXT:   72:3: call void @counter()
; CHECK-NEXT:     ModRef; memory(inaccessiblemem: readwrite) from callee memory(inaccessiblemem: readwrite) (declaration)
; CHECK-NEXT:   73:3: call void @legacy(ptr %p)
; CHECK-NEXT:     Ref; memory(read) from callee memory(read) (declaration)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   74:3: %r = call i32 @pure(i32 1)
; CHECK-NEXT:     NoModRef; memory(none) from callee memory(none) (declaration)
; CHECK-NEXT:   75:3: call void @writer(ptr %q)
; CHECK-NEXT:     Mod; memory(argmem: write) from callee memory(argmem: write) (definition)
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %q (argument 1)
define void @calls(ptr %p, ptr %q) {
  call void @unknown(ptr %p)
  call void @reads(ptr %p)
  call void @copies(ptr %p, ptr %q)
  call void @ignores(ptr %p)
  call void @counter()
  call void @legacy(ptr %p)
  %r = call i32 @pure(i32 1)
  call void @writer(ptr %q)
  ret void
}

; Positive: call-site attributes narrow the callee's: memory(...) on the call intersects; a
; readonly on the call's argument makes that argument Ref while other memory stays readwrite;
; a writeonly parameter under a call-site memory(argmem: read) is NoModRef; an attribute group
; on the call counts as written.
; CHECK-NEXT: Memory effects for function: call_site
; CHECK-NEXT:   98:3: call void @unknown(ptr %p) memory(argmem: read)
; CHECK-NEXT:     Ref; memory(argmem: read) from call site memory(argmem: read) & callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   99:3: call void @unknown(ptr readonly %p)
; CHECK-NEXT:     ModRef; memory(readwrite) from callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   100:3: call void @copies(ptr %p, ptr %p) memory(argmem: read)
; CHECK-NEXT:     Ref; memory(argmem: read) from call site memory(argmem: read) & callee memory(argmem: readwrite) (declaration)
; CHECK-NEXT:     arg 0: NoModRef; loc argmem; object %p (argument 0)
; CHECK-NEXT:     arg 1: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   101:3: call void @unknown(ptr %p) #0
; CHECK-NEXT:     Ref; memory(read) from call site memory(read) & callee memory(readwrite) (declaration, none stated)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
define void @call_site(ptr %p) {
  call void @unknown(ptr %p) memory(argmem: read)
  call void @unknown(ptr readonly %p)
  call void @copies(ptr %p, ptr %p) memory(argmem: read)
  call void @unknown(ptr %p) #0
  ret void
}

; Positive: a deopt bundle may read anything (not write: the readonly parameter holds); an
; unknown bundle may read and write anything (the callee's readonly parameter no longer counts);
; llvm.experimental.guard reads anything and writes inaccessible memory whatever it is declared
; with. Negative: kcfi bundles and llvm.assume's bundles change nothing.
; CHECK-NEXT: Memory effects for function: bundles
; CHECK-NEXT:   124:3: call void @reads(ptr %p) [ "deopt"() ]
; CHECK-NEXT:     Ref; memory(read) from callee memory(argmem: read) (declaration) | operand bundles read
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   125:3: call void @reads(ptr %p) [ "unknown-bundle"(ptr %p) ]
; CHECK-NEXT:     ModRef; memory(readwrite) from callee memory(argmem: read) (declaration) | operand bundles read | operand bundles write
; CHECK-NEXT:     arg 0: ModRef; loc argmem; object %p (argument 0)
; CHECK-NEXT:   126:3: call void @reads(ptr %p) [ "kcfi"(i32 1) ]
; CHECK-NEXT:     Ref; memory(argmem: read) from callee memory(argmem: read) (declaration)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
; CHECK-NEXT:   127:3: call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
; CHECK-NEXT:     Mod; memory(inaccessiblemem: write) from callee memory(inaccessiblemem: write) (LLVM 22 intrinsic table)
; CHECK-NEXT:   128:3: call void (i1, ...) @llvm.experimental.guard(i1 true) [ "deopt"() ]
; CHECK-NEXT:     ModRef; memory(read, inaccessiblemem: readwrite) from callee memory(read, inaccessiblemem: readwrite) (as LLVM treats llvm.experimental.guard) | operand bundles read
define void @bundles(ptr %p) {
  call void @reads(ptr %p) [ "deopt"() ]
  call void @reads(ptr %p) [ "unknown-bundle"(ptr %p) ]
  call void @reads(ptr %p) [ "kcfi"(i32 1) ]
  call void @llvm.assume(i1 true) [ "align"(ptr %p, i64 8) ]
  call void (i1, ...) @llvm.experimental.guard(i1 true) [ "deopt"() ]
  ret void
}

; Positive: an indirect call or inline asm without call-site memory(...) may do anything; with
; it, what the call site says.
; CHECK-NEXT: Memory effects for function: indirect
; CHECK-NEXT:   144:3: call void %fp(ptr %p)
; CHECK-NEXT:     ModRef; memory(readwrite) from indirect call without memory attributes
; CHECK-NEXT:     arg 0: ModRef; loc argmem; object %p (argument 1)
; CHECK-NEXT:   145:3: call void %fp(ptr %p) memory(argmem: readwrite)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from call site memory(argmem: readwrite)
; CHECK-NEXT:     arg 0: ModRef; loc argmem; object %p (argument 1)
; CHECK-NEXT:   146:3: call void asm sideeffect "", "~{memory}"()
; CHECK-NEXT:     ModRef; memory(readwrite) from inline asm without memory attributes
define void @indirect(ptr %fp, ptr %p) {
  call void %fp(ptr %p)
  call void %fp(ptr %p) memory(argmem: readwrite)
  call void asm sideeffect "", "~{memory}"()
  ret void
}

; Positive: an invoke is a call (printed on one line).
; CHECK-NEXT: Memory effects for function: invokes
; CHECK-NEXT:   157:3: invoke void @reads(ptr %p) to label %ok unwind label %lp
; CHECK-NEXT:     Ref; memory(argmem: read) from callee memory(argmem: read) (declaration)
; CHECK-NEXT:     arg 0: Ref; loc argmem; object %p (argument 0)
define void @invokes(ptr %p) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @reads(ptr %p) to label %ok unwind label %lp
ok:
  ret void
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}

; Positive: memory intrinsics: destination Mod and source Ref with the constant length as size
; (none for a variable length); volatile memset and element-wise atomic memcpy say so;
; lifetime.start (LLVM 19 form) has its size argument as the size. Negative: llvm.smax is
; memory(none) in the table.
; CHECK-NEXT: Memory effects for function: intrinsics
; CHECK-NEXT:   195:3: call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 16, i1 false)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (LLVM 22 intrinsic table)
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %d (argument 0); size 16
; CHECK-NEXT:     arg 1: Ref; loc argmem; object %s (argument 1); size 16
; CHECK-NEXT:   196:3: call void @llvm.memcpy.inline.p0.p0.i64(ptr %d, ptr %s, i64 8, i1 false)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (LLVM 22 intrinsic table)
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %d (argument 0); size 8
; CHECK-NEXT:     arg 1: Ref; loc argmem; object %s (argument 1); size 8
; CHECK-NEXT:   197:3: call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (LLVM 22 intrinsic table)
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %d (argument 0)
; CHECK-NEXT:     arg 1: Ref; loc argmem; object %s (argument 1)
; CHECK-NEXT:   198:3: call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 32, i1 true)
; CHECK-NEXT:     Mod; memory(argmem: write) from callee memory(argmem: write) (LLVM 22 intrinsic table); volatile
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %d (argument 0); size 32
; CHECK-NEXT:   199:3: call void @llvm.memcpy.element.unordered.atomic.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 16, i32 4)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (LLVM 22 intrinsic table); atomic unordered
; CHECK-NEXT:     arg 0: Mod; loc argmem; object %d (argument 0); size 16
; CHECK-NEXT:     arg 1: Ref; loc argmem; object %s (argument 1); size 16
; CHECK-NEXT:   200:3: call void @llvm.lifetime.start.p0(i64 4, ptr %d)
; CHECK-NEXT:     ModRef; memory(argmem: readwrite) from callee memory(argmem: readwrite) (LLVM 22 intrinsic table)
; CHECK-NEXT:     arg 1: ModRef; loc argmem; object %d (argument 0); size 4
; CHECK-NEXT:   201:3: %m = call i32 @llvm.smax.i32(i32 1, i32 2)
; CHECK-NEXT:     NoModRef; memory(none) from callee memory(none) (LLVM 22 intrinsic table)
define void @intrinsics(ptr %d, ptr %s, i64 %n) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 16, i1 false)
  call void @llvm.memcpy.inline.p0.p0.i64(ptr %d, ptr %s, i64 8, i1 false)
  call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)
  call void @llvm.memset.p0.i64(ptr %d, i8 0, i64 32, i1 true)
  call void @llvm.memcpy.element.unordered.atomic.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 16, i32 4)
  call void @llvm.lifetime.start.p0(i64 4, ptr %d)
  %m = call i32 @llvm.smax.i32(i32 1, i32 2)
  ret void
}

attributes #0 = { readonly }
